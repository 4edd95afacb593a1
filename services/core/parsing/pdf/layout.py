"""The PDF as text lines with coordinates, and plain text in the same shape.

The text layer is read by PDFium (``pypdfium2``): each letter and its box, in content order,
grouped into lines by the rule of pdfminer.six's layout analysis (``group_chars``: a gap wider
than ``CHAR_MARGIN`` letter widths, another row, or a letter drawn elsewhere in between starts a
new line — a table's cells become lines of their own, which the line-item reader relies on).
Joined by position alone, PDFium's lines had lost the line items of 4 of NAV's printed sample
invoices: Word-made tables write a cell's empty first line as a text object holding only a space,
which PDFium leaves out and pdfminer sees between two cells of a row; such objects are put back.
On the golden set both engines now give the same lines and the same fields (measured figures:
docs/ingest.md), PDFium in a few milliseconds a page. pdfminer's own analysis stays as the
engine to compare (``engine="pdfminer"``) and the fallback for a file PDFium cannot open.
PDFium renders the pages without a usable text layer for OCR. pdfminer.six also parses the
document's objects for embedded files (``embedded``), where its bounded stream handling counts.

Every other module of the reader works on ``TextLine``s only, so a PDF and a plain text go
through the same code: a plain text line becomes a row of its own.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.parsing.embedded import embedded_files
from services.core.parsing.limits import PdfLimits
from services.core.parsing.pdf.lines import TextLine

if TYPE_CHECKING:
    from pdfminer.pdfdocument import PDFDocument

    from services.core.parsing.pdf.ocr import Ocr

# pdfminer.six's LAParams defaults, so lines break where its layout analysis broke them:
CHAR_MARGIN = 2.0  # a gap wider than this many character widths starts a new line (a table cell)
WORD_MARGIN = 0.1  # a gap wider than this many character sizes is a space between words


@dataclass(frozen=True)
class PdfContent:
    text: str
    lines: tuple[TextLine, ...]
    embedded: tuple[tuple[str, bytes], ...] = ()  # (file name, bytes) of embedded files
    refused: tuple[str, ...] = ()  # embedded files not taken (too large, a bomb, broken), one sentence each
    ocr_pages: tuple[int, ...] = ()  # pages without a usable text layer whose lines come from OCR
    notes: tuple[str, ...] = ()  # pages that could not be read (no text layer and no OCR), one sentence each


def extract_pdf(document: bytes, limits: PdfLimits, *, with_embedded: bool = True,
                engine: str = "pdfium", ocr: Ocr | None = None) -> PdfContent:
    """Text, positioned lines and embedded files of a PDF, within ``limits``.

    ``engine`` reads the text layer: ``pdfium`` (the default: PDFium's letters grouped into lines
    as pdfminer's layout analysis groups them, ``group_chars``) or ``pdfminer`` (its layout
    analysis itself: the reference ``bench/bench_engines.py`` compares against, and the fallback
    when PDFium cannot open or read a file pdfminer can). Either way a page without a usable text
    layer is rendered by PDFium and read by ``ocr`` (``pdf.ocr``); without one, it is noted.

    Raises ``LimitExceededError`` (too big, too many pages), ``MalformedDocumentError``
    (not a PDF, broken, or password-protected: reason ``encrypted_pdf``).
    """
    _check_envelope(document, limits)
    # pdfminer takes most of a second to import; the XML and JSON readers and every CLI command
    # import the parsing package, so pdfminer is loaded only once a PDF is actually read.
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(document)))
        # copy-protection flags (doc.is_extractable) do not stop an archive from reading its own invoices
        attachments = embedded_files(doc, limits) if with_embedded else None
        pages = _read_pdfium(document, limits, ocr) if engine == "pdfium" else None
        if pages is None:
            pages = _with_ocr(document, limits, ocr, *_read_pages(doc, limits))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise MalformedDocumentError(
            "PDF is password-protected; ask the sender for an unprotected copy", reason=ReasonCode.ENCRYPTED_PDF
        ) from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AssertionError,
            AttributeError, IndexError, ZeroDivisionError) as exc:
        # pdfminer reports a broken file with whatever its code trips over; all of them mean "unreadable"
        raise MalformedDocumentError(
            f"PDF cannot be read: {type(exc).__name__}", reason=ReasonCode.MALFORMED_PDF
        ) from exc
    text = "".join(pages.chunks)[: limits.max_text_chars]
    content = PdfContent(text=text, lines=tuple(pages.lines), ocr_pages=tuple(pages.ocr_pages),
                         notes=tuple(pages.notes))
    if attachments is None:
        return content
    return dataclasses.replace(content, embedded=attachments.files, refused=attachments.refused)


def _check_envelope(document: bytes, limits: PdfLimits) -> None:
    """Refuse what is too big or not a PDF at all before pdfminer spends any time on it."""
    if len(document) > limits.max_bytes:
        raise LimitExceededError(f"PDF is {len(document)} bytes, limit {limits.max_bytes}", reason=ReasonCode.TOO_LARGE)
    if b"%PDF-" not in document[:1024]:
        raise MalformedDocumentError("not a PDF (no %PDF- header)", reason=ReasonCode.MALFORMED_PDF)


def _read_pages(doc: PDFDocument, limits: PdfLimits) -> tuple[list[str], list[TextLine]]:
    """The text of every page (each ended by a form feed) and its lines, up to ``limits.max_pages``."""
    # imported here for the reason given in extract_pdf
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    lines: list[TextLine] = []
    chunks: list[str] = []
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(PDFPage.create_pages(doc)):
        if number >= limits.max_pages:
            raise LimitExceededError(f"PDF has more than {limits.max_pages} pages", reason=ReasonCode.TOO_MANY_PAGES)
        interpreter.process_page(page)
        for box in device.get_result():
            if isinstance(box, LTTextBox):
                chunks.append(box.get_text())
                for line in box:
                    if isinstance(line, LTTextLine):
                        kept = _pdfminer_line(number, line)
                        if kept is not None:
                            lines.append(kept)
        chunks.append("\f")
    return chunks, lines


def _pdfminer_line(page: int, line: Any) -> TextLine | None:
    """A pdfminer line as a ``TextLine``: its letters through the rule PDFium's go through (``line_from_run``)."""
    from pdfminer.layout import LTChar

    return line_from_run(page, [Char(o.get_text(), o.x0, o.y0, o.x1, o.y1, o.upright and not _askew(o.matrix))
                                for o in line if isinstance(o, LTChar)])


def _askew(matrix: tuple[float, ...]) -> bool:
    """Whether a character is drawn at a slant (neither level nor at a right angle): a watermark's."""
    a, b = matrix[0], matrix[1]
    return abs(a) > 1e-3 and abs(b) > 1e-3


@dataclass
class _Pages:
    chunks: list[str]
    lines: list[TextLine]
    ocr_pages: list[int] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)


def _with_ocr(document: bytes, limits: PdfLimits, ocr: Ocr | None, chunks: list[str],
              lines: list[TextLine]) -> _Pages:
    """pdfminer's pages, each page without a usable text layer replaced by what OCR reads on it."""
    from services.core.parsing.pdf.ocr import needs_ocr

    page_chunks: list[list[str]] = [[]]
    for chunk in chunks:  # a form feed ends each page
        page_chunks[-1].append(chunk)
        if chunk == "\f":
            page_chunks.append([])
    page_chunks.pop()
    by_page: dict[int, list[TextLine]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    blank = [n for n in range(len(page_chunks)) if needs_ocr(by_page.get(n, ()))]
    if not blank:
        return _Pages(chunks, lines)
    import pypdfium2 as pdfium  # imported here for the reason given in extract_pdf

    from services.core.parsing.pdf.ocr import read_page

    out = _Pages([], [])
    pdf = pdfium.PdfDocument(document)
    try:
        for number, page_text in enumerate(page_chunks):
            page_lines = by_page.get(number, [])
            if number in blank:
                page = pdf[number]
                try:
                    read = read_page(page, number, limits, ocr, out.ocr_pages, out.notes)
                finally:
                    page.close()
                if read:
                    page_lines, page_text = read, [*(f"{line.text}\n" for line in read), "\f"]
            out.lines.extend(page_lines)
            out.chunks.extend(page_text)
    finally:
        pdf.close()
    return out


def _read_pdfium(document: bytes, limits: PdfLimits, ocr: Ocr | None) -> _Pages | None:
    """The text layer through PDFium, or None where PDFium cannot open or read the file."""
    import pypdfium2 as pdfium  # imported here for the reason given in extract_pdf

    try:
        pdf = pdfium.PdfDocument(document)
    except pdfium.PdfiumError:
        return None
    try:
        return _read_pages_pdfium(pdf, limits, ocr)
    except pdfium.PdfiumError:
        return None
    finally:
        pdf.close()


def _read_pages_pdfium(pdf: Any, limits: PdfLimits, ocr: Ocr | None) -> _Pages:
    """The text layer through PDFium: each page's characters grouped into lines (``group_chars``).

    At most ``limits.max_text_chars`` characters are read over the whole document: the text is cut
    there anyway, and the cap bounds the work a page of millions of invisible letters asks for.
    """
    from services.core.parsing.pdf.ocr import needs_ocr, read_page

    out = _Pages([], [])
    if len(pdf) > limits.max_pages:
        raise LimitExceededError(f"PDF has more than {limits.max_pages} pages", reason=ReasonCode.TOO_MANY_PAGES)
    budget = limits.max_text_chars
    for number in range(len(pdf)):
        page = pdf[number]
        textpage = page.get_textpage()
        try:
            chars = _page_chars(page.raw, textpage.raw, budget)
            budget -= len(chars)
            read = [read_run(number, run) for run in group_chars(chars)]
            page_lines = [line for line, _ in read if line is not None]
            page_text = [f"{text}\n" for _, text in read if text]
            if needs_ocr(page_lines):
                ocr_lines = read_page(page, number, limits, ocr, out.ocr_pages, out.notes)
                if ocr_lines:
                    page_lines, page_text = ocr_lines, [f"{line.text}\n" for line in ocr_lines]
        finally:
            textpage.close()
            page.close()
        out.lines.extend(page_lines)
        out.chunks.extend(page_text)
        out.chunks.append("\f")
    return out


def _page_chars(page: Any, textpage: Any, budget: int) -> list[Char]:
    """The characters of a page in content order with their loose boxes (the font's, as pdfminer measures).

    PDFium's character list differs from the content stream in two ways pdfminer's grouping would
    notice, both undone here: it adds characters of its own (spaces and line breaks where it thinks
    a word or line ends: left out), and it leaves out text objects that hold only spaces (Word and
    other DTP tools write a table cell's empty first line or a cell's trailing space as one, between
    two cells of a row; pdfminer sees the space and the row ends there — ``27%`` and ``1.600 kg``
    two cells, not one — so each comes back as a space at its place). A third is not undone: of a
    run of spaces PDFium keeps the first, and a single space followed by a kerned gap looks the same,
    so a line that starts with a run of spaces may start at its first letter instead.
    """
    import pypdfium2.raw as pdfium_c

    objects = _text_objects(page, textpage)
    rect = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    out: list[Char] = []
    pending = iter(objects.hidden)  # hidden objects in content order, each put back before the next object's text
    hidden = next(pending, None)
    upright: dict[int, bool] = {}
    owner_of = _owner_function()
    # the raw calls: pypdfium2's helpers cost several times more per character than PDFium itself
    for i in range(min(pdfium_c.FPDFText_CountChars(textpage), budget)):
        owner = owner_of(textpage, i)
        if not owner:
            continue  # a space or line break PDFium made up
        order = objects.order.get(owner)
        while hidden is not None and order is not None and hidden[0] < order:
            out.append(hidden[1])
            hidden = next(pending, None)
        level = upright.get(owner)
        if level is None:  # the same for every letter of one text object
            pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
            level = upright[owner] = _level(matrix.a, matrix.b, matrix.c, matrix.d)
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
        ch = chr(code) if not 0xD800 <= code < 0xE000 else "\ufffd"  # a lone UTF-16 surrogate
        out.append(Char(ch, rect.left, rect.bottom, rect.right, rect.top, level))
    return out


def _owner_function() -> Any:
    """PDFium's ``FPDFText_GetTextObject`` answering the object's address as an int (0: none):
    one call a letter, without a ctypes cast each time."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    prototype = ctypes.CFUNCTYPE(ctypes.c_void_p, pdfium_c.FPDF_TEXTPAGE, ctypes.c_int)
    return ctypes.cast(pdfium_c.FPDFText_GetTextObject, prototype)


@dataclass
class _TextObjects:
    order: dict[int, int]  # a text object's address → its place in the content
    hidden: list[tuple[int, Char]]  # space-only text objects PDFium left out: (place, the space as a letter)


def _text_objects(page: Any, textpage: Any) -> _TextObjects:
    """Every text object of a page in content order (form XObjects opened in place), and its hidden ones."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    found = _TextObjects({}, [])
    matrix = pdfium_c.FS_MATRIX()
    width, bottom = ctypes.c_float(), ctypes.c_float()
    size = ctypes.c_float()

    def visit(count: int, get: Any, depth: int) -> None:
        for n in range(count):
            obj = get(n)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                visit(pdfium_c.FPDFFormObj_CountObjects(obj),
                      lambda k, form=obj: pdfium_c.FPDFFormObj_GetObject(form, k), depth + 1)
                continue
            if kind != pdfium_c.FPDF_PAGEOBJ_TEXT:
                continue
            place = len(found.order)
            found.order[ctypes.cast(obj, ctypes.c_void_p).value or 0] = place
            # 2 bytes: the terminating NUL alone, no letter of this object is on PDFium's text page
            if depth or pdfium_c.FPDFTextObj_GetText(obj, textpage, None, 0) > 2:
                continue  # (inside a form the object's own matrix is not the page's: left alone)
            pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
            if not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)) or size.value <= 0:
                continue
            font = pdfium_c.FPDFTextObj_GetFont(obj)
            if not pdfium_c.FPDFFont_GetGlyphWidth(font, 0x20, size, ctypes.byref(width)):
                width.value = size.value / 4
            if not pdfium_c.FPDFFont_GetDescent(font, size, ctypes.byref(bottom)):
                bottom.value = -size.value / 5
            x, y = matrix.e, matrix.f + bottom.value
            found.hidden.append((place, Char(" ", x, y, x + width.value, y + size.value,
                                             _level(matrix.a, matrix.b, matrix.c, matrix.d))))

    visit(pdfium_c.FPDFPage_CountObjects(page), lambda k: pdfium_c.FPDFPage_GetObject(page, k), 0)
    return found


_MAX_FORM_DEPTH = 8  # form XObjects inside form XObjects: deeper ones are not opened


def _level(a: float, b: float, c: float, d: float) -> bool:
    """Whether a letter drawn with this matrix stands upright and level, as pdfminer's ``upright``
    (``a·d > 0``, ``b·c ≤ 0``) and not at a slant (``_askew``): only such letters make lines."""
    return a * d > 0 and b * c <= 0 and not _askew((a, b))


class Char(NamedTuple):
    """One letter of a page and its box in PDF points, as the text layer gives it."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    upright: bool = True  # drawn level; a turned or slanted letter (a watermark's) joins no line

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


LINE_OVERLAP = 0.5  # pdfminer's LAParams.line_overlap: letters share a row where their boxes overlap this much


def _same_row(a: Char, b: Char) -> bool:
    """pdfminer's ``halign``: ``b`` continues ``a``'s line (the boxes overlap by half the smaller height,
    and the gap between them is at most ``CHAR_MARGIN`` times the wider letter)."""
    _, ax0, ay0, ax1, ay1, _ = a
    _, bx0, by0, bx1, by1, _ = b
    if by0 > ay1 or ay0 > by1:
        return False
    overlap = min(abs(ay0 - by1), abs(ay1 - by0))  # pdfminer's voverlap, so boxes compare as there
    if min(ay1 - ay0, by1 - by0) * LINE_OVERLAP >= overlap:
        return False
    distance = 0.0 if (bx0 <= ax1 and ax0 <= bx1) else min(abs(ax0 - bx1), abs(ax1 - bx0))
    return distance < max(ax1 - ax0, bx1 - bx0) * CHAR_MARGIN


def group_chars(chars: Iterable[Char]) -> list[list[Char]]:
    """Letters in content order as pdfminer.six's layout analysis groups them into text lines.

    A line is a run of letters each on the same row as the one before it (``_same_row``): a wider
    gap (the next table cell), another row, or a letter drawn elsewhere in between ends it. Line
    breaks in the text end it too.
    """
    out: list[list[Char]] = []
    run: list[Char] = []
    for ch in chars:
        if ch.text in ("\r", "\n", "\f", ""):
            if run:
                out.append(run)
            run = []
            continue
        if run and not _same_row(run[-1], ch):
            out.append(run)
            run = []
        run.append(ch)
    if run:
        out.append(run)
    return out


def _spaced(run: list[Char]) -> list[str]:
    """Each letter's text, after a space where pdfminer puts one: a gap wider than ``WORD_MARGIN``
    times the letter's size."""
    out: list[str] = []
    last = None
    for _, x0, y0, x1, y1, _ in run:
        out.append(" " if last is not None and last < x0 - WORD_MARGIN * max(x1 - x0, y1 - y0) else "")
        last = x1
    return out


WATERMARK_SIZE = 1.8  # a character this many times the line's usual size is a watermark's, not the line's


def read_run(page: int, run: list[Char]) -> tuple[TextLine | None, str]:
    """A line's letters as a ``TextLine`` without the letters of a watermark that joined it, and its
    whole text (a watermark's letters too) for search. Either text has one space between words,
    as labels are matched.

    A watermark (``MINTA``, ``MÁSOLAT``) is drawn at a slant or far larger than the text; where its
    letters land beside a line, the layout analysis joins them to it (``Pannon Kft. MINTA``), and
    the line's box grows to the watermark's height. Such letters are left out, and the box is the
    remaining letters' box.
    """
    spaces = _spaced(run)
    whole = " ".join("".join(sp + ch.text for sp, ch in zip(spaces, run, strict=True)).split())
    heights = [ch.y1 - ch.y0 for ch in run]
    if all(ch.upright for ch in run) and max(heights) <= min(heights) * WATERMARK_SIZE:
        kept = run  # nothing stands out: the common case, without sorting
        text = whole
    else:
        sizes = sorted(h for h, ch in zip(heights, run, strict=True) if ch.upright) or [0.0]
        usual = sizes[len(sizes) // 2]
        keep = [ch.upright and h <= usual * WATERMARK_SIZE for h, ch in zip(heights, run, strict=True)]
        kept = [ch for ch, k in zip(run, keep, strict=True) if k]
        # the space pdfminer puts before a watermark letter stays where the letter goes
        text = " ".join("".join(sp + (ch.text if k else "") for sp, ch, k in zip(spaces, run, keep, strict=True))
                        .split())
    if not text or not kept:
        return None, whole
    return TextLine(page, min(c.x0 for c in kept), min(c.y0 for c in kept), max(c.x1 for c in kept),
                    max(c.y1 for c in kept), text), whole


def line_from_run(page: int, run: list[Char]) -> TextLine | None:
    """A line's letters as a ``TextLine``, without the letters of a watermark that joined it (``read_run``)."""
    return read_run(page, run)[0]


def run_text(run: list[Char]) -> str:
    """A line's whole text for search: every letter, a watermark's too (``read_run``)."""
    return read_run(0, run)[1]


def lines_from_chars(page: int, chars: Iterable[Char]) -> list[TextLine]:
    """Letters in content order as the page's lines (``group_chars``), watermarks left out (``line_from_run``)."""
    return [line for run in group_chars(chars) if (line := line_from_run(page, run)) is not None]


def lines_from_text(text: str) -> tuple[TextLine, ...]:
    """Plain text as positioned lines: one row per text line, pages split on form feeds."""
    out: list[TextLine] = []
    for page, page_text in enumerate(text.split("\f")):
        for row, raw in enumerate(page_text.splitlines()):
            value = " ".join(raw.split())
            if value:
                # rows 12 pt apart, characters 6 pt wide: what the neighbour searches expect of a printed page
                y = 10_000.0 - row * 12.0
                out.append(TextLine(page, 0.0, y, 6.0 * len(value), y + 10.0, value))
    return tuple(out)
