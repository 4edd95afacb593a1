"""A party's name that wraps onto a second (or third) line in a narrow block.

A company's registered name ends with its form (Ptk. 3:6. §: ``Kft.``, ``Zrt.``, ``Bt.``…). A name
line without one, whose next line in the block is a short run of words ending with one, is the
first half of the name: ``Reflektor Reklámügynökség`` over ``Kft.``, ``Zöldmező`` over
``Agrárkereskedelmi Zrt.``. A name that ends with its form, a next line that is an address, a
label or a number, or one that is not right under it in the same column, is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from services.core.parsing.pdf.labels import Found, below
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.party_labels import COMPANY, FORM, heading, party_name

_MAX_WORDS = 4  # the part of a name that wraps: its last few words and the form
_MAX_LINES = 3  # a long name in a narrow column: its head, a long word, the form


def with_second_line(found: Found[str], lines: Sequence[TextLine]) -> Found[str]:
    """``found`` with the rest of a wrapped company name joined to it (over one or two more lines: a narrow
    column prints ``Ízes Napok`` / ``Rendezvényétkeztető`` / ``Kft.``), on the lowest line's place."""
    name, line = found.value, found.line
    for _ in range(_MAX_LINES - 1):
        if FORM.search(name):
            break
        nxt = _continuation(line, lines)
        if nxt is None:
            break
        name, line = f"{name} {nxt.text.strip()}", nxt
    # a body's name ("… Kutató Intézet") goes on only to a company's form: "Intézet" over "Nonprofit Kft."
    done = FORM.search(name) or (COMPANY.search(name) and not COMPANY.search(found.value))
    if line is found.line or len(name) > 2 * SHORT or not done:  # spelt out in full, a name runs long
        return found
    return Found(name, line, found.confidence, found.label)


def _continuation(line: TextLine, lines: Sequence[TextLine]) -> TextLine | None:
    """The line right under ``line`` in its column if it can carry on a name: a few words, no label or number."""
    # in the name's own column: a block beside it may start a little to the right, its line a little higher
    under = [ln for ln in below(line, lines, rows=1) if abs(ln.x0 - line.x0) <= 3]
    if not under:
        return None
    nxt = under[0]
    gap = line.y0 - nxt.y1  # an OCR'd line's box is its ink, lower than a font's line: a wider gap for its height
    if (gap > line.height * 0.8 or len(nxt.text.split()) > _MAX_WORDS
            or party_name(nxt.text) != nxt.text.strip() or heading(nxt) is not None
            or any(ch.isdigit() for ch in nxt.text) or ":" in nxt.text):
        return None
    return nxt
