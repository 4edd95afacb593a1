"""The seller printed as the page's letterhead, with no heading: which line it is, its name without the address or
the logo's monogram the line prints with it, and its first words wrapped onto the lines above it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.party_labels import COMPANY, FORM, heading, name_before_address, party_name


def letterhead_line(lines: Sequence[TextLine], buyer: TextLine | None) -> TextLine | None:
    """The seller printed as the page's letterhead, with no heading: the topmost company name on page 1
    that is not in the buyer's block (its heading and the lines under it down to a blank row)."""
    block = party_block(buyer, lines) if buyer is not None else []
    for line in sorted((ln for ln in lines if ln.page == 0), key=lambda ln: (-ln.y1, ln.x0)):
        if any(line is ln for ln in block):
            continue
        name = letterhead_name(line.text)
        # "Értékesítő neve: Duna Kft." is a label's line, not a letterhead; "Duna Kft. · … · Adószám: …" is one
        if ":" not in name and COMPANY.search(name) and party_name(name) == name and heading(line) is None:
            return line
    return None


_GOES_ON = re.compile(r"(?:\s(?:és|and|und|&)|,)$")
# a line that opens with a lower-case "és" (and) or an "&" starts no name: it is the tail of one wrapped before its
# conjunction, "Lapozó Könyvkiadó" over "és Terjesztő Kft."
_CARRIES_ON = re.compile(r"^(?:és|and|und|&)\s")


def with_line_above(line: TextLine, name: str, lines: Sequence[TextLine]) -> str:
    """A letterhead's name with its first words wrapped onto the line(s) above: "Pixelkert Digitális" over
    "Ügynökség Kft.", "Melegház" over "Távhőszolgáltató" over "Zrt."; ``name`` itself where the line above is no
    part of it."""
    form = FORM.search(name)
    if form is None or name != line.text.strip():
        return name
    heads: list[str] = []
    top = line
    while len(heads) < _MAX_HEADS:
        # the wrapped tail is short (a word and the form) and in the same type as the head: a logo's or a
        # tagline's line above a one-line name ("Szerviz", "METRÓPIA cash & carry") is not part of it
        # (a letterhead set flush right, at the page's right margin, wraps there: its lines end level)
        over = [ln for ln in lines if ln.page == top.page and (abs(ln.x0 - top.x0) <= 3 or abs(ln.x1 - top.x1) <= 3)
                and -top.height * 0.5 < ln.y0 - top.y1 < top.height * 0.8
                and abs(ln.height - line.height) < max(1.0, line.height * 0.2)]
        if len(over) != 1:
            break
        head = over[0].text.strip()
        # a word or so before the form goes on from the line above, or any tail after an "és" / comma that ends it
        if (len(name[: form.start()].split()) > 1 and not _GOES_ON.search(head)
                and not _CARRIES_ON.match(" ".join([*heads, name]))):
            break
        if (party_name(head) != head or FORM.search(head) or heading(over[0]) is not None or ":" in head
                or any(ch.isdigit() for ch in head) or len(" ".join([head, *heads]).split()) > 4):
            break
        heads.insert(0, head)
        top = over[0]
    return " ".join([*heads, name])


_MAX_HEADS = 2  # a name over three lines of a narrow letterhead: "Melegház" / "Távhőszolgáltató" / "Zrt."


def party_block(head: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """``head`` and the lines under it in its column down to the first blank row: one party's block."""
    column = sorted((ln for ln in lines if ln.page == head.page and ln.y1 <= head.y1 + 2 and ln is not head
                     and (abs(ln.x0 - head.x0) < 120 or abs(ln.x1 - head.x1) < 3)), key=lambda ln: -ln.y1)
    block = [head]
    for line in column:
        if block[-1].y0 - line.y1 > 1.5 * block[-1].height:
            break
        block.append(line)
    return block


def letterhead_name(text: str) -> str:
    """The name of a letterhead line, without the postal address it may print after it on the same line, nor
    the monogram a logo prints before it ("VG Vertex Gépjárműjavító…", "DF Dr. Fogas Réka…")."""
    name = name_before_address(text)
    first, _, rest = name.partition(" ")
    if not (2 <= len(first) <= 3 and first.isupper() and first.isalpha()):
        return name
    words = rest.split()
    untitled = [w for w in words if w.rstrip(".").casefold() not in _TITLES]
    monogram = {"".join(w[0] for w in ws[: len(first)]).upper() for ws in (words, untitled)}
    return rest if first in monogram else name


_TITLES = {"dr", "ifj", "id", "özv", "prof"}  # a person's title before the name: in a monogram or not
