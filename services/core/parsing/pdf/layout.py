"""The PDF as text lines with coordinates, and plain text in the same shape.

The text layer is read with pdfminer.six's layout analysis, which groups a table's columns into
boxes the line-item reader relies on. PDFium (``pypdfium2``) reads characters and boxes in a few
milliseconds a page where pdfminer takes tens, and is kept as an engine to compare (``engine="pdfium"``),
but its lines, joined by position alone, lost the line items of 4 of NAV's printed sample invoices.
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
from typing import TYPE_CHECKING, Any

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
                engine: str = "pdfminer", ocr: Ocr | None = None) -> PdfContent:
    """Text, positioned lines and embedded files of a PDF, within ``limits``.

    ``engine`` reads the text layer: ``pdfminer`` (the default: its layout analysis groups a table's
    columns into boxes, which the line-item reader relies on — PDFium's lines, joined by position
    alone, lost the items of 4 of NAV's printed sample invoices) or ``pdfium`` (about 4× faster, the
    same lines on simple layouts; ``bench/bench_readers.py`` compares them). Either way a page
    without a usable text layer is rendered by PDFium and read by ``ocr`` (``pdf.ocr``); without
    one, it is noted.

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
        pages = (_read_pages_pdfium(document, limits, ocr) if engine == "pdfium"
                 else _with_ocr(document, limits, ocr, *_read_pages(doc, limits)))
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
                        kept = _without_watermark(number, line)
                        if kept is not None:
                            lines.append(kept)
        chunks.append("\f")
    return chunks, lines


WATERMARK_SIZE = 1.8  # a character this many times the line's usual size is a watermark's, not the line's


def _without_watermark(page: int, line: Any) -> TextLine | None:
    """A pdfminer line as a ``TextLine``, without the letters of a watermark that joined it.

    A watermark (``MINTA``, ``MÁSOLAT``) is drawn at a slant or far larger than the text; where its
    letters land beside a line, pdfminer's analysis joins them to it (``Pannon Kft. MINTA``), and
    the line's box grows to the watermark's height. Such letters are left out, and the box is the
    remaining letters' box. The page's text for search keeps them.
    """
    from pdfminer.layout import LTChar

    chars = [o for o in line if isinstance(o, LTChar)]
    sizes = sorted(c.size for c in chars if c.upright) or [0.0]
    usual = sizes[len(sizes) // 2]
    dropped = {id(c) for c in chars if not c.upright or _askew(c.matrix) or c.size > usual * WATERMARK_SIZE}
    if not dropped:
        # pdfminer keeps the drawing's spacing; labels are matched with one space between words
        text = " ".join(line.get_text().split())
        return TextLine(page, line.x0, line.y0, line.x1, line.y1, text) if text else None
    kept = [c for c in chars if id(c) not in dropped]
    text = " ".join("".join(o.get_text() for o in line if id(o) not in dropped).split())
    if not kept or not text:
        return None
    return TextLine(page, min(c.x0 for c in kept), min(c.y0 for c in kept), max(c.x1 for c in kept),
                    max(c.y1 for c in kept), text)


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


def _read_pages_pdfium(document: bytes, limits: PdfLimits, ocr: Ocr | None) -> _Pages:
    """The text layer through PDFium: each page's characters joined into lines (``lines_from_chars``)."""
    import pypdfium2 as pdfium  # imported here for the reason given in extract_pdf

    from services.core.parsing.pdf.ocr import needs_ocr, read_page

    try:
        pdf = pdfium.PdfDocument(document)
    except pdfium.PdfiumError as exc:
        raise MalformedDocumentError(f"PDF cannot be read: {exc}", reason=ReasonCode.MALFORMED_PDF) from exc
    out = _Pages([], [])
    try:
        if len(pdf) > limits.max_pages:
            raise LimitExceededError(f"PDF has more than {limits.max_pages} pages", reason=ReasonCode.TOO_MANY_PAGES)
        for number in range(len(pdf)):
            page = pdf[number]
            textpage = page.get_textpage()
            try:
                page_lines = lines_from_chars(number, _chars(textpage.raw, textpage.count_chars()))
                if needs_ocr(page_lines):
                    page_lines = read_page(page, number, limits, ocr, out.ocr_pages, out.notes) or page_lines
            finally:
                textpage.close()
                page.close()
            out.lines.extend(page_lines)
            out.chunks.extend(f"{line.text}\n" for line in page_lines)
            out.chunks.append("\f")
    finally:
        pdf.close()
    return out


def _chars(textpage: object, count: int) -> list[tuple[str, float, float, float, float]]:
    """Each character of a PDFium text page and its loose box (the font's, as pdfminer measures)."""
    import pypdfium2.raw as pdfium_c

    rect = pdfium_c.FS_RECTF()
    out = []
    # the raw calls: pypdfium2's helpers cost several times more per character than PDFium itself
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        pdfium_c.FPDFText_GetLooseCharBox(textpage, i, rect)
        ch = chr(code) if not 0xD800 <= code < 0xE000 else "\ufffd"  # a lone UTF-16 surrogate
        out.append((ch, rect.left, rect.bottom, rect.right, rect.top))
    return out


def lines_from_chars(page: int, chars: Iterable[tuple[str, float, float, float, float]]) -> list[TextLine]:
    """Characters (text, x0, y0, x1, y1) in content order as lines, broken as pdfminer would break them.

    A line ends at a line break, where the next character is not on the same baseline or moves
    back left, and at a gap wider than ``CHAR_MARGIN`` character widths (the next table cell).
    """
    out: list[TextLine] = []
    run: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    last: tuple[float, float, float, float] | None = None
    space = False

    def flush() -> None:
        text = " ".join("".join(run).split())
        if text:
            out.append(TextLine(page, box[0], box[1], box[2], box[3], text))
        run.clear()

    for ch, x0, y0, x1, y1 in chars:
        if ch in "\r\n\f" or not ch:
            flush()
            last, space = None, False
            continue
        if ch.isspace() or x1 <= x0:  # PDFium's generated spaces have no box of their own
            space = True
            continue
        if last is not None:
            lx0, ly0, lx1, ly1 = last
            width, size = max(lx1 - lx0, x1 - x0), max(ly1 - ly0, y1 - y0, 1.0)
            same_row = min(ly1, y1) - max(ly0, y0) > 0.5 * min(ly1 - ly0, y1 - y0)
            gap = x0 - lx1
            if not same_row or x0 < lx0 - size or gap > CHAR_MARGIN * max(width, size * 0.5):
                flush()
            elif gap > WORD_MARGIN * max(width, size):
                space = True
        if not run:
            box[:] = [x0, y0, x1, y1]
            space = False
        else:
            box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
        if space:
            run.append(" ")
        run.append(ch)
        last, space = (x0, y0, x1, y1), False
    flush()
    return out


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
