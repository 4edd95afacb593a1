"""A page's letters into text lines, as pdfminer.six's layout analysis groups them: a pure function.

The text layer (``pdfium_text``) hands over every letter and its box in content order; here they
become lines by pdfminer's rule (``group_chars``) — a gap wider than ``CHAR_MARGIN`` letter widths
(the next table cell), another row, or a letter drawn elsewhere in between starts a new line — and
lose the letters of a watermark that joined them (``read_run``). pdfminer's own lines, where it
reads a file, go through the same watermark rule. One difference is meant: where pdfminer spaces
out a letter-spaced heading (``S Z Á M L A``), its words are read as words (``_letter_spaced``).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable
from typing import NamedTuple

from services.core.parsing.pdf.lines import TextLine

# pdfminer.six's LAParams defaults, so lines break where its layout analysis broke them:
CHAR_MARGIN = 2.0  # a gap wider than this many character widths starts a new line (a table cell)
WORD_MARGIN = 0.1  # a gap wider than this many character sizes is a space between words


def askew(matrix: tuple[float, ...]) -> bool:
    """Whether a character is drawn at a slant (neither level nor at a right angle): a watermark's."""
    a, b = matrix[0], matrix[1]
    return abs(a) > 1e-3 and abs(b) > 1e-3


def level(a: float, b: float, c: float, d: float, page: Matrix | None = None) -> bool:
    """Whether a letter drawn with this matrix (then ``page``'s, ``page_matrix``) stands upright and
    level, as pdfminer's ``upright`` (``a·d > 0``, ``b·c ≤ 0``) and not at a slant (``askew``):
    only such letters make lines."""
    if page is not None:
        pa, pb, pc, pd = page[:4]
        a, b, c, d = a * pa + b * pc, a * pb + b * pd, c * pa + d * pc, c * pb + d * pd
    return a * d > 0 and b * c <= 0 and not askew((a, b))


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def page_matrix(rotation: int, mediabox: tuple[float, float, float, float]) -> Matrix:
    """pdfminer's page matrix: the page turned as it is shown (its ``/Rotate``), its media box's
    corner at the origin — so a letter's box and its uprightness are pdfminer's on a turned page too."""
    x0, y0, x1, y1 = mediabox
    turned: dict[int, Matrix] = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1), 270: (0, 1, -1, 0, y1, -x0)}
    return turned.get(rotation % 360, (1.0, 0.0, 0.0, 1.0, -x0, -y0))


def on_page(ch: Char, m: Matrix) -> Char:
    """``ch`` with its box through the page matrix (whole quarter turns: two opposite corners say it all)."""
    a, b, c, d, e, f = m
    xa, ya = a * ch.x0 + c * ch.y0 + e, b * ch.x0 + d * ch.y0 + f
    xb, yb = a * ch.x1 + c * ch.y1 + e, b * ch.x1 + d * ch.y1 + f
    return ch._replace(x0=min(xa, xb), y0=min(ya, yb), x1=max(xa, xb), y1=max(ya, yb))


class Char(NamedTuple):
    """One letter of a page and its box in PDF points, as the text layer gives it."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    upright: bool = True  # drawn level; a turned or slanted letter (a watermark's) joins no line


LINE_OVERLAP = 0.5  # pdfminer's LAParams.line_overlap: letters share a row where their boxes overlap this much
# A fixed-pitch (dot-matrix, DOS-era) print draws its columns apart with space characters, not with room
# between its letters: three or more spaces in a row end a cell as a wide gap would ("SZALLITO:      VEVO:")
CELL_SPACES = 3


def group_chars(chars: Iterable[Char]) -> list[list[Char]]:
    """Letters in content order as pdfminer.six's layout analysis groups them into text lines.

    A line is a run of letters each on the same row as the one before it: a wider gap (the next
    table cell), another row, or a letter drawn elsewhere in between ends it. Line breaks in the
    text end it too. The row test is pdfminer's ``halign``: the next letter continues the line where
    the two boxes overlap vertically by more than half the smaller height (pdfminer's ``voverlap``,
    so boxes compare as there) and the gap between them is under ``CHAR_MARGIN`` times the wider letter.
    """
    # Written out inline, with ``b if b < a else a`` for min(a, b) and ``b if b > a else a`` for
    # max(a, b) (the comparisons the builtins make, so even a NaN box groups alike): this runs for
    # every letter of every page, and calls cost more here than the arithmetic.
    out: list[list[Char]] = []
    run: list[Char] = []
    blanks = 0  # spaces drawn in a row just before this letter
    ax0 = ay0 = ax1 = ay1 = 0.0  # the box of the run's last letter
    for ch in chars:
        text, bx0, by0, bx1, by1, _ = ch
        if text in _BREAKS:
            if run:
                out.append(run)
            run = []
            continue
        if text == " ":
            blanks += 1
        elif blanks:
            if blanks >= CELL_SPACES and run:  # a fixed-pitch print pads its columns with spaces: a new cell
                out.append(run[:-blanks] or run)
                run = []
            blanks = 0
        if run:
            if by0 > ay1 or ay0 > by1:
                same = False
            else:
                low, high = abs(ay0 - by1), abs(ay1 - by0)
                overlap = high if high < low else low
                ah, bh = ay1 - ay0, by1 - by0
                if (bh if bh < ah else ah) * LINE_OVERLAP >= overlap:
                    same = False
                else:
                    left, right = abs(ax0 - bx1), abs(ax1 - bx0)
                    distance = 0.0 if (bx0 <= ax1 and ax0 <= bx1) else (right if right < left else left)
                    aw, bw = ax1 - ax0, bx1 - bx0
                    same = distance < (bw if bw > aw else aw) * CHAR_MARGIN
            if not same:
                out.append(run)
                run = []
        run.append(ch)
        ax0, ay0, ax1, ay1 = bx0, by0, bx1, by1
    if run:
        out.append(run)
    return out


_BREAKS = frozenset(("\r", "\n", "\f", ""))


def _spaced(run: list[Char]) -> list[str]:
    """Each letter's text, after a space where pdfminer puts one: a gap wider than ``WORD_MARGIN``
    times the letter's size; in letter-spaced text only where the gap is a word's (``_letter_spaced``)."""
    out: list[str] = []
    last = run[0].x0 if run else 0.0  # no gap before the first letter
    spaced = touching = 0  # letters after a word gap; letters no further than half of one from the last
    margin, near = WORD_MARGIN, LETTER_SPACED * WORD_MARGIN
    for _, x0, y0, x1, y1, _ in run:
        width, height = x1 - x0, y1 - y0
        size = height if height > width else width  # max(width, height), as group_chars writes it
        if last < x0 - margin * size:
            out.append(" ")
            spaced += 1
        else:
            out.append("")
            touching += last >= x0 - near * size
        last = x1
    # most letters touching the one before: plain text, as on nearly every line (the check is cheap there)
    return _letter_spaced(run, out) if spaced and touching * 2 <= len(run) else out


LETTER_SPACED = 0.5  # a line whose usual gap between letters is this share of pdfminer's word gap is letter-spaced
WORD_GAP = 2.0  # in letter-spaced text, a gap this many times the usual one between letters is between words


def _letter_spaced(run: list[Char], spaces: list[str]) -> list[str]:
    """``spaces`` with those between the letters of one word taken out, where the run is letter-spaced.

    A heading set with CSS ``letter-spacing`` (``S Z Á M L A``, ``SZÁML A KELTE`` where one letter's
    gap is a little wider), or small capitals boxed at the glyph's height (``Sz o l gáltató``),
    leaves a gap between every two letters about as wide as pdfminer's word gap, so its rule puts
    spaces inside words at random. There the usual gap between letters is wide: a space goes only
    where a gap is clearly wider than that, or where the text draws one itself.
    """
    gaps: list[float] = []
    sizes: list[float] = []
    for a, b in itertools.pairwise(run):
        if a.text.isspace() or b.text.isspace():
            continue
        gaps.append(b.x0 - a.x1)
        sizes.append(max(b.x1 - b.x0, b.y1 - b.y0))
    if len(gaps) < 3:
        return spaces
    gaps.sort()
    sizes.sort()
    usual = gaps[len(gaps) // 2]
    if usual <= LETTER_SPACED * WORD_MARGIN * sizes[len(sizes) // 2]:
        return spaces  # the letters of a word touch: a space is where pdfminer puts it
    if any(ch.text == " " for ch in run[1:-1]):
        # the text draws its own spaces between words: they alone part them, as a kerned pair's wider gap
        # ("Metrológ ia") is no word's end
        return [""] * len(run)
    out = list(spaces)
    for i in range(1, len(run)):
        if out[i] and run[i].x0 - run[i - 1].x1 <= WORD_GAP * usual:
            out[i] = ""
    return out


WATERMARK_SIZE = 1.8  # a character this many times the line's usual size is a watermark's, not the line's


def read_run(page: int, run: list[Char]) -> tuple[list[TextLine], str]:
    """A line's letters as ``TextLine``s without the letters of a watermark that joined it, and its
    whole text (a watermark's letters too) for search. Either text has one space between words,
    as labels are matched.

    A watermark (``MINTA``, ``MÁSOLAT``) is drawn at a slant or far larger than the text; where its
    letters land beside a line, the layout analysis joins them to it (``Pannon Kft. MINTA``), and
    the line's box grows to the watermark's height. Such letters are left out, and the box is the
    remaining letters' box. A title that starts the row (``_leading_title``) is no watermark: it and
    the small text after it are two lines, each with its own box.
    """
    spaces = _spaced(run)
    texts, x0s, y0s, x1s, y1s, upright = zip(*run, strict=True)  # the letters' fields, one tuple each
    whole = " ".join("".join(map(operator.add, spaces, texts)).split())
    heights = list(map(operator.sub, y1s, y0s))
    low, high = min(heights), max(heights)
    if all(upright) and high <= low * WATERMARK_SIZE:  # nothing stands out: the common case
        if not whole:
            return [], whole
        if high == low:  # one size throughout: the box is every letter's
            return [TextLine(page, min(x0s), min(y0s), max(x1s), max(y1s), whole)], whole
        # a space leaves no ink: where a program draws it at a bigger size than the letters around it (Chrome,
        # between words set in small capitals), its box would make the line taller than its print
        inked = [ch for ch in run if not ch.text.isspace()] or run
        return [TextLine(page, min(x0s), min(c.y0 for c in inked), max(x1s), max(c.y1 for c in inked), whole)], whole
    if split := _leading_title(run, spaces, heights, low):
        title = [ch for ch in run[:split] if not ch.text.isspace()]
        words = " ".join("".join(map(operator.add, spaces[:split], texts[:split])).split())
        line = TextLine(page, min(c.x0 for c in title), min(c.y0 for c in title), max(c.x1 for c in title),
                        max(c.y1 for c in title), words)
        return [line, *read_run(page, run[split:])[0]], whole
    sizes = sorted(h for h, ch in zip(heights, run, strict=True) if ch.upright) or [0.0]
    usual = sizes[len(sizes) // 2]
    keep = [ch.upright and h <= usual * WATERMARK_SIZE for h, ch in zip(heights, run, strict=True)]
    _keep_initials(run, spaces, keep)
    # a label in small capitals sets its value in the initials' full size ("Közösségi adószám: HU…"): letters no
    # taller than a kept initial are the line's own type, where a watermark's stand out even over those
    full = max((h for h, k in zip(heights, keep, strict=True) if k), default=0.0)
    if full > usual * WATERMARK_SIZE:
        keep = [k or (ch.upright and h <= full) for h, ch, k in zip(heights, run, keep, strict=True)]
    kept = [ch for ch, k in zip(run, keep, strict=True) if k]
    # the space pdfminer puts before a watermark letter stays where the letter goes; a space the text draws stays
    # whatever its box (a font may box it at its full height, taller than the line's lower-case letters), as it has
    # no ink: a watermark is only its letters
    text = " ".join("".join(sp + (ch.text if k or ch.text.isspace() else "")
                            for sp, ch, k in zip(spaces, run, keep, strict=True)).split())
    if not text or not kept:
        return [], whole
    return [TextLine(page, min(c.x0 for c in kept), min(c.y0 for c in kept), max(c.x1 for c in kept),
                     max(c.y1 for c in kept), text)], whole


TITLE_SIZES = 1.2  # a title's letters are one size: their boxes' heights differ by no more than this ratio


def _leading_title(run: list[Char], spaces: list[str], heights: list[float], low: float) -> int:
    """How many of ``run``'s letters are a title that starts the row, or 0 where none does.

    A big title and a header's small labels on one row ("SZÁMLA" large at the left, "Számla sorszáma:"
    small at the right) group into one run, and the title's letters stand out as a watermark's do. A
    title is whole words of one size, level, set before the row's small text with a word's gap and not
    mixed into it. A watermark joins a line where it is drawn: over the page, after the text it lands
    beside (``Pannon Kft. MINTA``), or at a slant; a large initial runs into its word with no gap
    (``_keep_initials``). So only large words that start the run, all before any small letter, are a title.
    """
    big = low * WATERMARK_SIZE
    if heights[0] <= big:  # the run starts with a small letter or space: no title leads it (a watermark after a line)
        return 0
    # the first small letter: the title, if any, is all before it
    split = next((i for i, (ch, h) in enumerate(zip(run, heights, strict=True)) if h <= big and not ch.text.isspace()),
                 0)
    if not split or not (spaces[split] or run[split - 1].text.isspace()):  # all large, or no word's gap before it
        return 0
    head = [(ch, h) for ch, h in zip(run[:split], heights[:split], strict=True) if not ch.text.isspace()]
    sizes = [h for _, h in head]
    if (sum(ch.text.isalnum() for ch, _ in head) < 2 or not all(ch.upright for ch, _ in head)
            or max(sizes) > min(sizes) * TITLE_SIZES):
        return 0
    rest = zip(run[split:], heights[split:], strict=True)
    return 0 if any(h > big for ch, h in rest if not ch.text.isspace()) else split


def _keep_initials(run: list[Char], spaces: list[str], keep: list[bool]) -> None:
    """A large capital that starts a word whose smaller letters follow it with no gap is kept: the
    initial of a word set in small capitals, which a text layer may box at the glyph's height
    (``S`` of ``Szolgáltató``, twice the height of the rest), or a drop cap. A watermark's letters
    follow one another, all large."""
    for i in range(len(run) - 1):
        if (not keep[i] and run[i].upright and keep[i + 1] and not spaces[i + 1] and not run[i + 1].text.isspace()
                and (i == 0 or spaces[i] or run[i - 1].text.isspace())):
            keep[i] = True


def lines_from_run(page: int, run: list[Char]) -> list[TextLine]:
    """A line's letters as ``TextLine``s, without the letters of a watermark that joined it (``read_run``)."""
    return read_run(page, run)[0]


def run_text(run: list[Char]) -> str:
    """A line's whole text for search: every letter, a watermark's too (``read_run``)."""
    return read_run(0, run)[1]


def lines_from_chars(page: int, chars: Iterable[Char]) -> list[TextLine]:
    """Letters in content order as the page's lines (``group_chars``), watermarks left out (``lines_from_run``)."""
    return [line for run in group_chars(chars) for line in lines_from_run(page, run)]
