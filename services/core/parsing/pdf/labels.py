"""A field's value found by its printed label, wherever the layout puts it.

A field is found by its label (``Számla kelte``, ``Adószám``…) and a value next to it: after
the label on the same line, then the nearest line to the right on the same row, then the
nearest line below in the same column. Whatever the layout, a printed invoice puts a value in
one of those three places. The value must also parse as what the field holds (a date, an
amount…), and the place it was found in sets its confidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

from services.core.invoice import Provenance
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.normalise import loose

READER = "pdf_text"  # the reader's name in every field's provenance
T = TypeVar("T")

# confidence by place: after the label on its own line, to its right on the row, below it
_AFTER, _RIGHT, _BELOW = 0.9, 0.8, 0.75
_INLINE = 0.7  # a label inside a line of other text, its value after it


@dataclass(frozen=True)
class Found(Generic[T]):
    value: T
    line: TextLine
    confidence: float
    label: str

    def provenance(self) -> Provenance:
        return where(self.line, self.label, self.confidence)


def where(line: TextLine, label: str, confidence: float) -> Provenance:
    """Provenance of a value read on ``line`` by ``label`` (a label regex or a few words on how)."""
    words = printed_label(label)
    return Provenance(READER, f"page {line.page + 1}: {words}", confidence, page=line.page + 1, label=words)


@lru_cache(maxsize=512)  # the labels are the readers' constants: each is worded once
def printed_label(label: str) -> str:
    """A label regex as the words it matches (``Számla\\s*kelte`` → ``Számla kelte``), for people to read."""
    if not re.search(r"[\\^$]|\(\?", label):  # already words: "totals row", "reference sentence"
        return label
    text = re.sub(r"\\s[*+?]?|\\b|[\^$]", " ", label)
    text = re.sub(r"\(\?:([^()|]*)(?:\|[^()]*)?\)\??", r"\1", text)  # an alternative group: its first choice
    text = re.sub(r"[\\()?*+\[\]]", "", text)
    return " ".join(text.split())


def take(provenance: dict[str, Provenance], field: str, found: Found[T] | None) -> T | None:
    """The found value, with where it was found recorded as ``field``'s provenance."""
    if found is None:
        return None
    provenance[field] = found.provenance()
    return found.value


# A bilingual label may print one or two foreign twins first: "Document No. / Bizonylatszám" (an ERP's
# printout), "Lieferdatum / Delivery date / Teljesítés dátuma" (a German supplier's), "Dátum vystavenia / Kelt"
# (a Slovak one's: any Latin letter, accented ones of Central Europe too, À to ɏ). Each twin is taken
# possessively, as it holds no slash, so a line without one costs a short scan, never a backtrack per
# label; how many twins are skipped may go back, so an English label ("Purchase order / Megrendelés")
# still matches at the start.
FOREIGN_TWINS = r"(?:[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ .\-]{0,40}+/\s*){0,2}"
# A form numbers its boxes: "1. Számla száma", "2. Kiállítás napja"; the box's number (one or two digits and a
# dot or a bracket, before a capital) is no part of the label
_BOX_NUMBER = r"(?:\d{1,2}[.)]\s+(?=(?-i:[A-ZÁÉÍÓÖŐÚÜŰ])))?"
_START = rf"^\s*{_BOX_NUMBER}{FOREIGN_TWINS}"


@cache
def label_pattern(label: str) -> re.Pattern[str]:
    """A label regex, anchored at the start of a line (after spaces, or an English twin) unless it anchors itself."""
    return re.compile(loose(label if label.startswith("^") else _START + label), re.IGNORECASE)


@cache
def _any_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that finds a line where any of ``labels`` matches (``label_pattern``).

    Most lines hold none of a field's labels; one search rules such a line out where a search per
    label did. Each label is a group of its own, so the alternation matches exactly where one does;
    the start they share (``_START``) is matched once, before the alternation, not once per label.
    """
    own = [label_pattern(label).pattern for label in labels if label.startswith("^")]
    plain = "|".join(f"(?:{loose(label)})" for label in labels if not label.startswith("^"))
    return re.compile("|".join(f"(?:{p})" for p in [*own, *([f"{_START}(?:{plain})"] if plain else [])]),
                      re.IGNORECASE)


def _labelled(lines: Sequence[TextLine], labels: Sequence[str]) -> list[TextLine]:
    """The lines, in order, where one of ``labels`` matches."""
    search = _any_label(tuple(labels)).search
    return [line for line in lines if search(line.text)]


# Where a field may start inside a line: after a separator (a comma, a semicolon, a bar, a bullet, the
# end of a sentence, or a column gap of two spaces or more), never right after a word, as a word before a
# label qualifies it: "Eredeti számla sorszáma:" is another invoice's number, "Szállítási cím:" not the
# seller's address.
_SEPARATOR = r"(?:[,;|·•]\s*|\s{2,}|[.!?]\s+)"


@cache
def inline_pattern(label: str) -> re.Pattern[str] | None:
    """``label`` inside a line, after a separator and followed by its colon (None: a label that anchors itself)."""
    if label.startswith("^") or label.endswith("$"):
        return None
    return re.compile(loose(rf"{_SEPARATOR}(?:{label})\s*(?:/[^:/]{{1,40}})?:"), re.IGNORECASE)


@cache
def _any_inline(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern that finds a line where any of ``labels`` stands inside it (as ``_any_label`` does)."""
    patterns = [p.pattern for label in labels if (p := inline_pattern(label)) is not None]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


_SEPARATES = re.compile(r"[,;|·•.!?]|\s\s")


@lru_cache(maxsize=1024)  # the readers search the same lines for one field after another
def _head(text: str) -> str:
    """``text`` up to its first colon, the colon kept, where a separator comes before it; else "".

    A label inside a line is only taken where no colon comes before it (``_inline_match``), so its own
    colon is the line's first, and a separator stands before the label.
    """
    head = text[:text.find(":") + 1]
    return head if head and _SEPARATES.search(head) else ""


def _inline_lines(lines: Sequence[TextLine], labels: Sequence[str]) -> list[TextLine]:
    """The lines, in order, where one of ``labels`` stands inside the line with its colon."""
    pattern = _any_inline(tuple(labels))
    if pattern is None:
        return []
    return [line for line in lines if (head := _head(line.text)) and pattern.search(head)]


def _inline_match(line: TextLine, label: str) -> re.Match[str] | None:
    """``label`` inside ``line``, only where the text before it holds no colon.

    After a colon, the label may be part of another field's value ("Helyesbített számla: A-1, kelte:
    2025.09.01." dates the corrected invoice); where it starts a header field of its own, ``segments``
    has already cut the line there. The match's positions are the line's: the head is its start.
    """
    pattern = inline_pattern(label)
    return pattern.search(_head(line.text)) if pattern is not None else None


def _after(line: TextLine, m: re.Match[str], parse: Callable[[str], T | None], label: str) -> Found[T] | None:
    """The value after a label found inside ``line``: only on the same line, the label's own place."""
    value = parse(line.text[m.end():].lstrip(" :"))
    return Found(value, line, _INLINE, label) if value is not None else None


def on_row(label: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The other lines on ``label``'s row, either side: each spans its middle (give or take 2 pt)."""
    mid = (label.y0 + label.y1) / 2
    return [ln for ln in lines if ln.page == label.page and ln is not label and ln.y0 - 2 <= mid <= ln.y1 + 2]


def right_of(label: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The lines on ``label``'s row to its right, nearest first."""
    return sorted((ln for ln in on_row(label, lines) if ln.x0 >= label.x1 - 2), key=lambda ln: ln.x0)


def below(label: TextLine, lines: Sequence[TextLine], rows: int = 4) -> list[TextLine]:
    """The lines under ``label`` in its column, at most ``rows`` rows down, nearest first."""
    limit = label.y0 - rows * label.height * 1.6
    # a line's box may reach a little into the one above it, by a quarter of the bigger box: a bigger font's
    # heading over the name, or a name set bigger than its small capitals heading
    col = [ln for ln in lines if ln.page == label.page and ln is not label
           and ln.y1 <= label.y0 + max(2.0, max(label.height, ln.height) * 0.25) and ln.y1 >= limit
           and ln.x0 < label.x1 + 15 and ln.x1 > label.x0 - 15]
    return sorted(col, key=lambda ln: (-ln.y1, abs(ln.x0 - label.x0)))


def captioned(label: TextLine, lines: Sequence[TextLine]) -> list[TextLine]:
    """The value ``label`` captions from under it: a line right above, at its left edge, in a bigger font.

    A designed header prints each value large with a small caption beneath ("2027. jan. 13." over
    "kiállítás dátuma"); the caption has no colon, as it points at nothing after it. Only a line flush with
    the caption's left edge, its bottom within a line's height of the caption's top, and in a bigger print,
    is the value it names: a heading above a labelled block is never flush and that close. It is the last
    place looked: in a stack of labels each over its value, the line above a label is the previous one's.
    """
    centre = (label.x0 + label.x1) / 2
    reach = label.height * 0.1  # a bigger font's box may reach a little down into the caption's
    # a caption is set flush with its value's left edge, or centred under it (a Word table's cell)
    return [ln for ln in lines if ln.page == label.page and ln is not label
            and (abs(ln.x0 - label.x0) <= 2 or abs((ln.x0 + ln.x1) / 2 - centre) <= 2)
            and -reach <= ln.y0 - label.y1 <= label.height and ln.height > label.height * 1.1]


def find_value(
    lines: Sequence[TextLine],
    labels: Sequence[str],
    parse: Callable[[str], T | None],
    *,
    pages: int | None = 1,
    below_first: bool = False,
) -> Found[T] | None:
    """The first value that ``parse`` accepts next to one of ``labels`` (regexes, in priority order).

    Lines on the first ``pages`` pages are searched first (None: every page at once), the later
    pages only when those hold none: a multi-page bill may print its header block on page 2, but
    where page 1 has the label, its value is the one. ``below_first`` looks under the label before
    beside it: a party block is written under its heading, and what sits to its right is another block.
    """
    labelled = _labelled(lines, labels)
    for first in (True, False) if pages is not None else (True,):
        for label in labels:
            pattern = label_pattern(label)
            for line in labelled:
                if pages is not None and (line.page >= pages) == first:
                    continue
                m = pattern.search(line.text)
                if not m:
                    continue
                found = _value_beside(line, m, lines, parse, label, below_first)
                if found is not None:
                    return found
    # only where no line starts with a label: one inside a line of other text (an item's description
    # may hold a label's words) never wins over a label that starts its line
    inline = _by_page(_inline_lines(lines, labels), pages)
    for label in labels:
        for line in inline:
            m = _inline_match(line, label)
            found = _after(line, m, parse, label) if m is not None else None
            if found is not None:
                return found
    return None


def _by_page(lines: Sequence[TextLine], pages: int | None) -> list[TextLine]:
    """The lines, those on the first ``pages`` pages first."""
    if pages is None:
        return list(lines)
    return [ln for ln in lines if ln.page < pages] + [ln for ln in lines if ln.page >= pages]


def find_all_values(
    lines: Sequence[TextLine], labels: Sequence[str], parse: Callable[[str], T | None], *, pages: int | None = 1,
) -> list[Found[T]]:
    """Every labelled value (one per label line), for fields an invoice may print several times."""
    out: list[Found[T]] = []
    patterns = [label_pattern(lb) for lb in labels]
    for line in _labelled(lines, labels):
        if pages is not None and line.page >= pages:
            continue
        for label, pattern in zip(labels, patterns, strict=True):
            m = pattern.search(line.text)
            if m:
                found = _value_beside(line, m, lines, parse, label, False)
                if found is not None:
                    out.append(found)
                break
    if out:
        return out
    # as in ``find_value``: a label inside a line only where no line starts with one
    for line in _inline_lines(lines, labels):
        if pages is not None and line.page >= pages:
            continue
        for label in labels:
            m = _inline_match(line, label)
            if m is not None:
                found = _after(line, m, parse, label)
                if found is not None:
                    out.append(found)
                break
    return out


_NEARER = 1.0  # points: how much nearer a value over its caption must be than the line under it to be its own
_PUNCTUATION = re.compile(r"^[\s:.\-–]*?(?=-?\d|[^\s:.\-–]|$)")


def _value_beside(
    line: TextLine, m: re.Match[str], lines: Sequence[TextLine], parse: Callable[[str], T | None], label: str,
    below_first: bool,
) -> Found[T] | None:
    # the punctuation between a label and its value, but not the minus sign of a negative amount; once only,
    # as after the empty match a label ending in its own colon leaves ("Bruttó:-2 383 790"), re.sub would try
    # again at the same place and take the minus sign for punctuation
    rest = _PUNCTUATION.sub("", line.text[m.end():], count=1)
    if rest:
        value = parse(rest)
        if value is not None:
            return Found(value, line, _AFTER, label)
    right = [(n, _RIGHT) for n in right_of(line, lines)[:2]]
    under = [(n, _BELOW) for n in below(line, lines)[:3]]
    over = [(n, _BELOW) for n in captioned(line, lines)] if not rest and ":" not in line.text else []
    order = (under + right if below_first else right + under) + over
    if over and (not under or over[0][0].y0 - line.y1 < line.y0 - under[0][0].y1 - _NEARER):
        # a row of captions, each under its value: the value touching the caption is its own, and the
        # line further down is the next row's value (which has a caption of its own under it). Where the
        # line under it touches the label too (a tight stack of labels each over its value, the boxes a
        # fraction of a point apart or overlapping), nearness tells nothing, and under is read first
        order = over + order[:-len(over)]
    for neighbour, confidence in order:
        value = parse(neighbour.text)
        if value is not None:
            return Found(value, neighbour, confidence, label)
    return None


# A narrow value column wraps an identifier where it breaks best, after a dash or a slash: "GZ-2026-" over
# "7718204". No number ends in its separator, so one that does goes on in the line right under it, in its
# column, where that line is one word with a digit in it and nothing else.
_OPEN_END = ("-", "/")
_CONTINUATION = re.compile(r"[^\W_][\w/\-]*")


def continued(found: Found[str] | None, lines: Sequence[TextLine]) -> Found[str] | None:
    """``found`` with the rest of a value wrapped after its dash or slash joined on; else ``found`` as it is."""
    if found is None or not found.value.endswith(_OPEN_END):
        return found
    top = found.line
    for line in lines:
        if (line.page == top.page and line is not top and top.x0 - 3 <= line.x0 <= top.x1
                and -top.height * 0.5 < top.y0 - line.y1 < top.height * 0.8
                and _CONTINUATION.fullmatch(line.text) and any(ch.isdigit() for ch in line.text)):
            return Found(found.value + line.text, top, found.confidence, found.label)
    return found


_BARS = ("|", "¦", "·", "•")  # a separator between the fields of a printed line, drawn apart from them


def wrapped_after(
    lines: Sequence[TextLine], labels: Sequence[str], parse: Callable[[str], T | None],
    head: re.Pattern[str] | None = None,
) -> Found[T] | None:
    """A value wrapped to the next line of running text: "… Teljesítés kelte: 2026. december 3. Fizetési
    határidő:" over "2026. december 3. Fizetés módja: készpénz". Only a label cut from a longer printed line
    (a field touches it on its left, or a bar set off by spaces: "… | Fizetési határidő:"), with nothing after
    it on its row but the value's start that ``head`` matches in full ("2027." over "március 26."); its value
    (the rest of it) opens the row under it, at the printed line's left edge. A label alone on its line has
    its value beside or under it (``find_value``).
    """
    for line in _labelled(lines, labels):
        label, m = next(((label, m) for label in labels if (m := label_pattern(label).search(line.text))),
                        (labels[0], None))
        start_of_value = line.text[m.end():].strip(" :") if m is not None else ""
        if (m is None or right_of(line, lines)
                or (start_of_value and (head is None or not head.fullmatch(start_of_value)))):
            continue
        row = [ln for ln in lines if ln.page == line.page and ln is not line and abs(ln.y0 - line.y0) < 1]
        if not any(abs(ln.x1 - line.x0) < 1 or (ln.text in _BARS and -1 < line.x0 - ln.x1 < line.height)
                   for ln in row):
            continue
        start = min(ln.x0 for ln in row)
        nxt = [ln for ln in lines if ln.page == line.page and abs(ln.x0 - start) < 2
               and 0 < line.y0 - ln.y0 < line.height * 1.6]
        value = parse(f"{start_of_value} {nxt[0].text}".lstrip()) if len(nxt) == 1 else None
        if value is not None:
            return Found(value, nxt[0], _INLINE, label)
    return None
