"""The PDF as text lines with coordinates (pdfminer.six), and plain text in the same shape.

Every other module of the reader works on ``TextLine``s only, so a PDF and a plain text go
through the same code: a plain text line becomes a row of its own.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.parsing.embedded import embedded_files
from services.core.parsing.limits import PdfLimits

if TYPE_CHECKING:
    from pdfminer.pdfdocument import PDFDocument

SHORT = 70  # characters: longer lines are prose, not labels, titles or table cells


@dataclass(frozen=True)
class TextLine:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


@dataclass(frozen=True)
class PdfContent:
    text: str
    lines: tuple[TextLine, ...]
    embedded: tuple[tuple[str, bytes], ...] = ()  # (file name, bytes) of embedded files
    refused: tuple[str, ...] = ()  # embedded files not taken (too large, a bomb, broken), one sentence each


def extract_pdf(document: bytes, limits: PdfLimits, *, with_embedded: bool = True) -> PdfContent:
    """Text, positioned lines and embedded files of a PDF, within ``limits``.

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
        chunks, lines = _read_pages(doc, limits)
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
    text = "".join(chunks)[: limits.max_text_chars]
    if attachments is None:
        return PdfContent(text=text, lines=tuple(lines))
    return PdfContent(text=text, lines=tuple(lines), embedded=attachments.files, refused=attachments.refused)


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
                        # pdfminer keeps the drawing's spacing; labels are matched with one space between words
                        text = " ".join(line.get_text().split())
                        if text:
                            lines.append(TextLine(number, line.x0, line.y0, line.x1, line.y1, text))
        chunks.append("\f")
    return chunks, lines


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
