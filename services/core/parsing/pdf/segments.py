"""A line that holds several labelled fields, split into one line per field.

Some invoicing programs draw a row of header fields as one string (``Kelt: 2025.10.15   Teljesítés:
2025.10.14   Fizetési határidő: 2025.10.29``), and the text layer then holds it as one line. The
label search reads a label at the start of a line, so each field after the first would be lost.
A label followed by its colon (or by an English twin and then the colon, ``Kelte / Date of issue:``)
after a space starts a field of its own: the line is cut there, each piece keeping its share of the
line's width, so that what sits to the right of or under a piece is still found by position.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.normalise import loose


def field_splitter(labels: Sequence[str]) -> re.Pattern[str]:
    """The pattern of a field's start inside a line: one of ``labels`` after a space, then its colon."""
    words = "|".join(f"(?:{label})" for label in labels)
    return re.compile(loose(rf"(?<=\s)(?:{words})\s*(?:/[^:/]{{1,40}})?:"), re.IGNORECASE)


def split_fields(lines: Iterable[TextLine], splitter: re.Pattern[str]) -> list[TextLine]:
    """Every line, those with a second labelled field in them cut before each further label."""
    out: list[TextLine] = []
    for line in lines:
        # two colons at least: a label with its value, then the next label
        starts = [m.start() for m in splitter.finditer(line.text)] if line.text.count(":") >= 2 else []
        if not starts:
            out.append(line)
            continue
        out += _cut(line, [0, *starts, len(line.text)])
    return out


def _cut(line: TextLine, bounds: list[int]) -> list[TextLine]:
    per_char = (line.x1 - line.x0) / max(len(line.text), 1)
    pieces: list[TextLine] = []
    for start, end in itertools.pairwise(bounds):
        text = line.text[start:end].strip()
        if text:
            pieces.append(dataclasses.replace(line, x0=line.x0 + start * per_char, x1=line.x0 + end * per_char,
                                              text=text))
    return pieces
