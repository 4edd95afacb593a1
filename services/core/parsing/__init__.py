"""Turn a document (+ the data its source sent) into one ``Invoice``.

Structured data first, PDF text after: the source's own JSON/XML wins, and text fills the gaps
and feeds the full-text index.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.core.errors import UnsupportedDocumentError
from services.core.invoice import Invoice
from services.core.parsing.limits import DEFAULT_PDF_LIMITS, PdfLimits
from services.core.parsing.merge import merge_invoices
from services.core.parsing.pdf_text import extract_pdf_text, invoice_from_text
from services.core.parsing.source_json import invoice_from_source_json

__all__ = ["DEFAULT_PDF_LIMITS", "ParseResult", "PdfLimits", "parse_document"]


@dataclass(frozen=True)
class ParseResult:
    invoice: Invoice
    text: str  # PDF text, for the full-text index
    reader: str  # which reader's data won (``source_json``, ``pdf_text``…)


def parse_document(
    document: bytes,
    *,
    media_type: str = "application/pdf",
    metadata: Mapping[str, Any] | None = None,
    limits: PdfLimits = DEFAULT_PDF_LIMITS,
) -> ParseResult:
    if media_type != "application/pdf":
        raise UnsupportedDocumentError(f"unsupported media type {media_type!r}")
    text = extract_pdf_text(document, limits)
    from_text = invoice_from_text(text)
    if metadata:
        structured = invoice_from_source_json(dict(metadata))
        return ParseResult(merge_invoices(structured, from_text), text, "source_json")
    return ParseResult(from_text, text, "pdf_text")
