"""A line that holds several labelled fields, split into one line per field.

Some invoicing programs draw a row of header fields as one string (``Kelt: 2025.10.15   Teljesítés:
2025.10.14   Fizetési határidő: 2025.10.29``, ``SZÁMLA   Sorszám: 2025/00123``), and the text layer
then holds it as one line. The
label search reads a label at the start of a line, so each field after the first would be lost.
A label followed by its colon (or by an English twin and then the colon, ``Kelte / Date of issue:``)
after a space starts a field of its own: the line is cut there, each piece keeping its share of the
line's width, so that what sits to the right of or under a piece is still found by position. Only
where the piece before it already holds a field (a colon) or is a title (it ends with "számla"), or
where a capital starts the label on a line not set in capitals: "Módosított számla sorszáma:" names
another invoice's number, not this one's.

The other way round, a label in a narrow box may wrap onto two lines (``Teljesítés`` over
``dátuma:``): where the two read together as a field label and the lower one ends in its colon, they
are joined into one line. Without the colon, the lower line must be one lower-case word that
completes a label the upper line alone is not (``Kiállítás`` over ``dátuma``), or the upper line
must end in a bilingual label's slash (``Rechnungsnummer /`` over ``Számlaszám``).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.normalise import loose

_ENGLISH_TWIN = r"\s*(?:/[^:/]{1,40})?"


def field_splitter(labels: Sequence[str]) -> re.Pattern[str]:
    """The pattern of a field's start inside a line: one of ``labels`` after a space, then its colon."""
    words = "|".join(f"(?:{label})" for label in labels)
    return re.compile(loose(rf"(?<=\s)(?:{words}){_ENGLISH_TWIN}:"), re.IGNORECASE)


def label_line(labels: Sequence[str], before: str = "") -> re.Pattern[str]:
    """The pattern of a line that is one of ``labels`` and nothing else (its colon optional); ``before``: what
    may come first (a label's foreign twins, ``labels.FOREIGN_TWINS``)."""
    words = "|".join(f"(?:{label})" for label in labels)
    return re.compile(loose(rf"^\s*{before}(?:{words}){_ENGLISH_TWIN}:?\s*$"), re.IGNORECASE)


def split_fields(lines: Iterable[TextLine], splitter: re.Pattern[str]) -> list[TextLine]:
    """Every line, those with a second labelled field in them cut before each further label."""
    out: list[TextLine] = []
    for line in lines:
        text = line.text
        starts = _field_starts(text, splitter) if ":" in text else []
        if not starts:
            out.append(line)
            continue
        out += _cut(line, [0, *starts, len(text)])
    return out


# a title before the label: the document's name ends it ("ELŐLEG SZÁMLA   SZÁMLA SZÁMA: …")
_TITLE_END = re.compile(r"(?:számla|invoice|okirat)\W*$", re.IGNORECASE)
# words that make "számla" another invoice ("EREDETI SZÁMLA SORSZÁMA:"): what follows is not this one's field
_OTHER_INVOICE = re.compile(loose(r"\b(?:eredeti|módosított|helyesbített|sztornózott|érvénytelenített|hivatkozott|"
                                  r"előzmény|módosítandó)\W"), re.IGNORECASE)


# "sorszáma" is "its number": after a title in lower case it is that document's number ("Előlegszámla
# sorszáma:" on a final invoice names the advance invoice it deducts), not a field of its own
_POSSESSIVE = re.compile(loose(r"sorszáma\b"), re.IGNORECASE)


def _field_starts(text: str, splitter: re.Pattern[str]) -> list[int]:
    """Where each further field starts in ``text``.

    A label may hide a shorter one inside it: in ``JÓVÁÍRÓ SZÁMLA SORSZÁM: J-1`` the leftmost label is
    ``SZÁMLA SORSZÁM``, which the title's own word starts; when that one does not start a field, the
    search goes on inside it, and ``SORSZÁM`` after the title does, but only after a title set in
    capitals that names no other invoice ("Eredeti számla sorszáma:" is the original's number).
    """
    starts: list[int] = []
    rejected_end = 0  # a match that starts before this lies inside one that did not start a field
    m = splitter.search(text)
    while m is not None:
        strict = m.start() < rejected_end or bool(_POSSESSIVE.match(text, m.start()))
        if _starts_a_field(text, m.start(), strict) and not _twin_of(text[:m.start()], splitter):
            starts.append(m.start())
            m = splitter.search(text, m.end())
        else:
            rejected_end = max(rejected_end, m.end())
            m = splitter.search(text, m.start() + 1)
    return starts


def _twin_of(before: str, splitter: re.Pattern[str]) -> bool:
    """Whether ``before`` is a label alone, with no colon or value: the label after it is its twin in
    another language ("Számlaszám Invoice No.: THS 2026/1471"), one field, not a label with no value."""
    head = f" {before.strip()}:"
    m = splitter.match(head, 1) if len(head) > 2 else None
    return m is not None and m.end() == len(head)


def _starts_a_field(text: str, at: int, strict: bool) -> bool:
    """Whether a label at ``at`` starts a field; ``strict``: after a title only where it is in capitals."""
    before = text[:at]
    if ":" in before or (text[at].isupper() and not text.isupper()):
        return True
    if not _TITLE_END.search(before):
        return False
    return not strict or (before.isupper() and not _OTHER_INVOICE.search(before))


_WORD_DATE = r"\d{4}\.\s*[^\W\d_]{3,}\.?\s*\d{1,2}\."  # a date with its month's name: "2027. április 5."


def trailing_splitter(labels: Sequence[str]) -> re.Pattern[str]:
    """The pattern of one of ``labels`` (its group) ending a line, with no colon, after a word with a digit
    (the line's first only where it is no form's box number: "1. Számla száma" is no value before a label);
    the label may have its own value after it, one word that starts with a digit ("… Teljesítés 2027.05.31."),
    or a date with its month's name ("TELJESÍTÉS KELTE 2027. március 22. FIZETÉSI HATÁRIDŐ 2027. április 5.")."""
    words = "|".join(f"(?:{label})" for label in labels)
    return re.compile(loose(rf"(?:\S\s+|^\s*(?!\d{{1,2}}[.)]\s))\S*\d\S*\s+((?:{words}){_ENGLISH_TWIN})"
                            rf"(?:\s+(?:{_WORD_DATE}|\d[\d./\-]*))?\s*$"), re.IGNORECASE)



def split_trailing(lines: Iterable[TextLine], splitter: re.Pattern[str]) -> list[TextLine]:
    """Every line, one that ends with a field's label after a value cut before that label.

    A grid of header cells ("Sorszám", its number, "Kelt", its date) may reach the text layer as one line
    "Sorszám PSZ-27-04470 Kelt" with the date apart to its right: the label at the end names the value
    beside it, not the number before it. A row of fields printed without colons reaches it as
    "Számlaszám MP-2027-045 Teljesítés 2027.05.31.": the second label names the date after it. Only a
    label with a capital (a field's label starts with one) after a word with a digit in it (a value), on a
    line with no colon (``split_fields`` cuts those).
    """
    out: list[TextLine] = []
    for line in lines:
        m = splitter.search(line.text) if ":" not in line.text else None
        if m is None or not line.text[m.start(1)].isupper():
            out.append(line)
            continue
        out += _cut(line, [0, m.start(1), len(line.text)])
    return out


def bilingual_splitter(labels: Sequence[str]) -> re.Pattern[str]:
    """The pattern of a bilingual label right after a value inside a line, with no colon of its own.

    A bilingual print may draw a row of boxes as one string: "November 30, 2026 Delivery date /
    Teljesítés", "CN-HU-2026-00117 Original invoice / Eredeti számla INV-…". An English label (a
    capital, then at most three lower-case words), a slash and a Hungarian label after a value ending
    in a digit start a field as surely as a colon does.
    """
    words = "|".join(f"(?:{label})" for label in labels)
    return re.compile(rf"(?<=\d )[A-Z][a-z]+(?: [a-z]+\.?){{0,3}} / (?i:{loose(words)})")


def split_bilingual(lines: Iterable[TextLine], splitter: re.Pattern[str]) -> list[TextLine]:
    """Every line, those with a bilingual label after a value cut before it (only lines with " / " are read)."""
    out: list[TextLine] = []
    for line in lines:
        starts = [m.start() for m in splitter.finditer(line.text)] if " / " in line.text else []
        out += _cut(line, [0, *starts, len(line.text)]) if starts else [line]
    return out


@dataclasses.dataclass(frozen=True)
class CaptionRow:
    """The patterns ``split_captions`` reads a row of captions by (``caption_row``)."""

    start: re.Pattern[str]  # a line that starts with a label and a space: the only lines tried
    label: re.Pattern[str]  # one label, the whole of a piece


def caption_row(labels: Sequence[str]) -> CaptionRow:
    """The patterns of a row of ``labels`` run together (those that anchor themselves, "^…", never start a cell)."""
    words = "|".join(f"(?:{label})" for label in labels if not label.startswith("^"))
    return CaptionRow(re.compile(loose(rf"^\s*(?:{words})\s"), re.IGNORECASE),
                      re.compile(loose(rf"(?:{words})"), re.IGNORECASE))


def split_captions(lines: Iterable[TextLine], row: CaptionRow) -> list[TextLine]:
    """Every line, one that is nothing but field captions in a row cut into one line per caption.

    A header table prints its captions over the values in a row of narrow columns ("Számlaszám  Kiállítás
    dátuma  Teljesítés kelte  Esedékesség", each value under its own), and where the columns stand closer
    than a cell gap the text layer holds the captions as one line: the label search reads the first caption
    only, and the rest of the row as its value. A line with no colon and no digit, read from its start to
    its end as two captions or more, each with a capital (or the line all in capitals), is cut before each;
    each piece keeps its share of the line's width, so the value under it is found by position.
    """
    out: list[TextLine] = []
    for line in lines:
        text = line.text
        cuts = _captions(text, row.label) if (":" not in text and row.start.match(text)
                                              and not any(ch.isdigit() for ch in text)) else None
        out += _cut(line, [*cuts, len(text)]) if cuts else [line]
    return out


def _captions(text: str, label: re.Pattern[str]) -> list[int] | None:
    """Where each caption starts, where ``text`` is two or more of them and nothing else; else None.

    Read from the end: the captions from each word on, the longest caption first ("Teljesítés kelte"
    before "Teljesítés"), so that a label that is another's first words never cuts that one in two.
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    tiles: dict[int, list[int]] = {len(words): []}  # the word a reading starts at → its captions' starts
    for first in range(len(words) - 1, -1, -1):
        start = words[first][0]
        if not (text[start].isupper() or text.isupper()):
            continue
        for after in range(len(words), first, -1):
            rest = tiles.get(after)
            if rest is not None and label.fullmatch(text, start, words[after - 1][1]):
                tiles[first] = [start, *rest]
                break
    found = tiles.get(0)
    return found if found is not None and len(found) >= 2 else None


def join_wrapped(lines: Sequence[TextLine], label: re.Pattern[str]) -> list[TextLine]:
    """Every line, a label wrapped onto a second line joined back into one."""
    by_column: dict[tuple[int, int], list[TextLine]] = {}
    for line in lines:
        by_column.setdefault((line.page, round(line.x0)), []).append(line)
    joined: dict[int, TextLine] = {}  # id of the upper line → the joined line
    dropped: set[int] = set()
    slashed = any(ln.text.endswith("/") for ln in lines)  # else no capitalised lower line can go on a label
    for lower in lines:
        colon = lower.text.endswith(":")
        tail = colon or _tail_word(lower.text)
        if (not (tail or (slashed and lower.text[:1].isupper())) or len(lower.text) > 30
                or any(ch.isdigit() for ch in lower.text)):
            continue
        upper = _above(lower, by_column)
        # a bilingual label wrapped after its twin's slash ("Rechnungsnummer /" over "Számlaszám") goes on below,
        # whatever the lower line's case: no label ends in a slash
        if upper is None or not (tail or upper.text.endswith("/")):
            continue
        if (id(upper) not in joined and label.match(f"{upper.text} {lower.text}")
                and (colon or not label.match(upper.text))):
            joined[id(upper)] = TextLine(lower.page, min(upper.x0, lower.x0), lower.y0, max(upper.x1, lower.x1),
                                         upper.y1, f"{upper.text} {lower.text}")
            dropped.add(id(lower))
    if not joined:
        return list(lines)
    return [joined.get(id(ln), ln) for ln in lines if id(ln) not in dropped]


def close_up(lines: Sequence[TextLine], label: re.Pattern[str]) -> list[TextLine]:
    """Every line, a label that the text layer broke inside its words (``Szám lake lte``) written closed up.

    A font's kerning may read as spaces between letters and none between words: the label is then
    only known with every space taken out (``Számlakelte``), which a label pattern, allowing words to
    run together, still matches. Only a short line without a digit, that is no label as printed, is
    tried: a value or a sentence is never closed up.
    """
    out: list[TextLine] = []
    for line in lines:
        text = line.text
        if " " in text and len(text) <= 30 and not any(ch.isdigit() for ch in text) and not label.match(text):
            closed = text.replace(" ", "")
            if label.match(closed):
                line = dataclasses.replace(line, text=closed)
        out.append(line)
    return out


def _tail_word(text: str) -> bool:
    """Whether ``text`` is one word in lower case, with no colon: the wrapped end of the label above it.

    A field's label starts with a capital, so a lone lower-case word (``dátuma`` under ``Kiállítás``,
    ``határidő`` under ``Fizetési``) goes on with the line above. It is joined only where the upper line
    is no label alone: ``Teljesítés`` over ``dátuma`` reads the same either way.
    """
    word = text.strip()
    return bool(word) and word[0].islower() and " " not in word and word.isalpha()


# the upper part of a wrapped label: a bilingual one runs longer ("Data wykonania usługi / Service")
_UPPER_LABEL = 45
_SAME_PRINT = 1.4  # how much taller the upper half may be: accents and descenders, never a bigger font


def _above(lower: TextLine, by_column: dict[tuple[int, int], list[TextLine]]) -> TextLine | None:
    """The short line without a colon or a digit right above ``lower``, starting where it starts."""
    x = round(lower.x0)
    for column in (by_column.get((lower.page, x + dx), []) for dx in (-1, 0, 1)):
        for line in column:
            gap = line.y0 - lower.y1
            # a label wraps in its own print: a title set bigger over a label ("Számla / Rechnung" over
            # "Rechnungsnummer / Számlaszám:") is a heading, not the label's first half
            if (-2 < gap < lower.height and len(line.text) <= _UPPER_LABEL and ":" not in line.text
                    and line.height <= lower.height * _SAME_PRINT
                    and not any(ch.isdigit() for ch in line.text)):
                return line
    return None


# what parts one field from the next in a line ("Sorszám: KA 27/0033 | Számla kelte: …"): no part of the value
# before it, where it ends a piece ("KA 27/0033 |" is no series and number alone)
_PARTING = " \t|;·•"


def _cut(line: TextLine, bounds: list[int]) -> list[TextLine]:
    per_char = (line.x1 - line.x0) / max(len(line.text), 1)
    pieces: list[TextLine] = []
    for start, end in itertools.pairwise(bounds):
        text = line.text[start:end].strip()
        if end < len(line.text):
            text = text.rstrip(_PARTING)
        if text:
            pieces.append(dataclasses.replace(line, x0=line.x0 + start * per_char, x1=line.x0 + end * per_char,
                                              text=text))
    return pieces
