"""The PDF as text lines with coordinates, and plain text in the same shape.

The text layer is read by PDFium (``pypdfium2``, ``pdfium_text``): each letter and its box, in content
order, grouped into lines by the rule of pdfminer.six's layout analysis (``letters``: a gap wider
than ``CHAR_MARGIN`` letter widths, another row, or a letter drawn elsewhere in between starts a
new line — a table's cells become lines of their own, which the line-item reader relies on).
Joined by position alone, PDFium's lines had lost the line items of 4 of NAV's printed sample
invoices: Word-made tables write a cell's empty first line as a text object holding only a space,
which PDFium leaves out and pdfminer sees between two cells of a row; such objects are put back.
On the golden set both engines now give the same lines and the same fields (measured figures:
docs/ingest.md), PDFium in a few milliseconds a page. pdfminer's own analysis stays as the
engine to compare (``engine="pdfminer"``) and the fallback for a file PDFium cannot open.
PDFium renders the pages without a usable text layer for OCR. pdfminer.six also parses the
document's objects for embedded files (``embedded``), where its bounded stream handling counts, and
tells a password-protected file — only where a file may be either (``_needs_pdfminer``).

Every other module of the reader works on ``TextLine``s only, so a PDF and a plain text go
through the same code: a plain text line becomes a row of its own.
"""

from __future__ import annotations

import dataclasses
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.parsing.embedded import Attachments, embedded_files
from services.core.parsing.limits import PdfLimits
from services.core.parsing.pdf.letters import Char, askew, lines_from_run
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.pdfium_text import Pages, read_pdfium

if TYPE_CHECKING:
    from pdfminer.pdfdocument import PDFDocument

    from services.core.parsing.pdf.ocr import Ocr


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
    if engine == "pdfium" and not _needs_pdfminer(document):
        try:
            pages = read_pdfium(document, limits, ocr)
        except _PDFIUM_TRIPS as exc:
            raise _unreadable(exc) from exc
        if pages is not None:
            return _content(pages, limits, Attachments((), ()) if with_embedded else None)
    # pdfminer takes most of a second to import; the XML and JSON readers and every CLI command
    # import the parsing package, so pdfminer is loaded only once a PDF is actually read.
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser, PDFSyntaxError
    from pdfminer.psparser import PSException

    try:
        doc = PDFDocument(PDFParser(io.BytesIO(document)))
        # copy-protection flags (doc.is_extractable) do not stop an archive from reading its own invoices
        attachments = embedded_files(doc, limits) if with_embedded else None
        pages = read_pdfium(document, limits, ocr) if engine == "pdfium" else None
        if pages is None:
            pages = _with_ocr(document, limits, ocr, *_read_pages(doc, limits))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise MalformedDocumentError(
            "PDF is password-protected; ask the sender for an unprotected copy", reason=ReasonCode.ENCRYPTED_PDF
        ) from exc
    except (PDFSyntaxError, PSException, *_PDFIUM_TRIPS) as exc:
        # pdfminer reports a broken file with whatever its code trips over; all of them mean "unreadable"
        raise _unreadable(exc) from exc
    return _content(pages, limits, attachments)


# what pdfminer's code (and our own on PDFium's answers) trips over in a broken file
_PDFIUM_TRIPS = (ValueError, KeyError, TypeError, AssertionError, AttributeError, IndexError, ZeroDivisionError)


def _unreadable(exc: Exception) -> MalformedDocumentError:
    return MalformedDocumentError(f"PDF cannot be read: {type(exc).__name__}", reason=ReasonCode.MALFORMED_PDF)


def _content(pages: Pages, limits: PdfLimits, attachments: Attachments | None) -> PdfContent:
    text = "".join(pages.chunks)[: limits.max_text_chars]
    content = PdfContent(text=text, lines=tuple(pages.lines), ocr_pages=tuple(pages.ocr_pages),
                         notes=tuple(pages.notes))
    if attachments is None:
        return content
    return dataclasses.replace(content, embedded=attachments.files, refused=attachments.refused)


def _pdf_name(word: str) -> str:
    """A regex for the PDF name ``/word`` as a file may write it: any letter may be a ``#xx`` escape."""
    return "/" + "".join(f"(?:{ch}|#{ord(ch):02x})" for ch in word)


# Where pdfminer has something to tell PDFium does not: a password (the trailer's /Encrypt), and the
# embedded files (the catalog's /Names → /EmbeddedFiles and its /AF). A file can hold those only by
# naming them, and names are written out in the file unless they sit in a compressed object
# stream (/ObjStm); a file that names none of the four has neither, and PDFium alone reads it.
_PDFMINER_NAMES = re.compile(
    "|".join(_pdf_name(word) for word in ("Encrypt", "EmbeddedFiles", "AF", "ObjStm")).encode(), re.IGNORECASE)


def _needs_pdfminer(document: bytes) -> bool:
    """Whether pdfminer.six must parse the file's objects: it may be encrypted or carry embedded files."""
    return _PDFMINER_NAMES.search(document) is not None


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
                        lines.extend(_pdfminer_lines(number, line))
        chunks.append("\f")
    return chunks, lines


def _pdfminer_lines(page: int, line: Any) -> list[TextLine]:
    """A pdfminer line as ``TextLine``s: its letters through the rule PDFium's go through (``lines_from_run``)."""
    from pdfminer.layout import LTChar

    return lines_from_run(page, [Char(o.get_text(), o.x0, o.y0, o.x1, o.y1, o.upright and not askew(o.matrix))
                                for o in line if isinstance(o, LTChar)])


def _with_ocr(document: bytes, limits: PdfLimits, ocr: Ocr | None, chunks: list[str],
              lines: list[TextLine]) -> Pages:
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
        return Pages(chunks, lines)
    import pypdfium2 as pdfium  # imported here for the reason given in extract_pdf

    from services.core.parsing.pdf.ocr import read_page

    out = Pages([], [])
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
