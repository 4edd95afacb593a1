"""A party's name that wraps onto a second line in a narrow block.

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
from services.core.parsing.pdf.party_labels import COMPANY, heading, party_name

_MAX_WORDS = 4  # the part of a name that wraps: its last few words and the form


def with_second_line(found: Found[str], lines: Sequence[TextLine]) -> Found[str]:
    """``found`` with the rest of a wrapped company name joined to it, on the lower line's place."""
    name, line = found.value, found.line
    if COMPANY.search(name):
        return found
    under = below(line, lines, rows=1)
    if not under:
        return found
    nxt = under[0]
    gap = line.y0 - nxt.y1
    if (abs(nxt.x0 - line.x0) > 3 or gap > line.height * 0.6 or len(nxt.text.split()) > _MAX_WORDS
            or party_name(nxt.text) != nxt.text.strip() or heading(nxt) is not None
            or any(ch.isdigit() for ch in nxt.text) or ":" in nxt.text):
        return found
    joined = f"{name} {nxt.text.strip()}"
    if len(joined) > SHORT or not COMPANY.search(joined):
        return found
    return Found(joined, nxt, found.confidence, found.label)
