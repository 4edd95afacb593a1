"""Turn a document (+ the data its source sent) into one ``Invoice``.

Structured data first, PDF text after: the source's own data, then XML embedded in the PDF
(Factur-X, ZUGFeRD, XRechnung, UBL), then the PDF's text. Each later source only fills gaps,
and every disagreement on a compared field becomes a warning (``merge.py``). The invoice that
comes out is checked for totals that do not add up (``consistency.py``), whichever layers made it.

Media types: ``application/pdf``; ``application/xml`` / ``text/xml`` (NAV InvoiceData, UBL,
CII, ZUGFeRD 1, Számla Agent ``<szamla>``, told apart by root namespace); ``application/json``
(Billingo v3 Document, or our wire form).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.core.errors import Rejected, UnsupportedDocumentError
from services.core.invoice import Invoice, InvoiceKind, Provenance
from services.core.parsing.limits import DEFAULT_PDF_LIMITS, PdfLimits
from services.core.parsing.merge import merge_invoices
from services.core.parsing.pdf.layout import extract_pdf
from services.core.parsing.pdf.ocr import Ocr, lower_confidence
from services.core.parsing.pdf.reader import invoice_from_lines
from services.core.parsing.source_json import invoice_from_source_json
from services.core.parsing.structured import read_json, read_xml, with_checks
from services.core.parsing.xmlsafe import looks_like_xml

__all__ = ["DEFAULT_PDF_LIMITS", "ParseResult", "PdfLimits", "parse_document"]

XML_TYPES = frozenset({"application/xml", "text/xml"})
JSON_TYPES = frozenset({"application/json"})


@dataclass(frozen=True)
class ParseResult:
    invoice: Invoice
    text: str  # PDF text, for the full-text index
    reader: str  # which reader's data won (``source_json``, ``nav_xml``, ``cii``, ``pdf_text``…)


def _embedded_invoice(
    files: tuple[tuple[str, bytes], ...], limits: PdfLimits, operation: str | None = None
) -> tuple[tuple[str, Invoice] | None, list[str]]:
    """The first embedded file that is an invoice in a syntax we read, plus notes on the others."""
    notes: list[str] = []
    for name, data in files:
        if not looks_like_xml(data):
            continue
        try:
            reader, invoice = read_xml(data, limits, operation=operation)
        except UnsupportedDocumentError:
            continue  # an order, a signature, some other XML: not the invoice
        except Rejected as exc:
            notes.append(f"embedded file {name!r} was not read: {exc.message}")
            continue
        return (reader, invoice), notes
    return None, notes


OPERATION_KEY = "invoice_operation"  # in metadata: NAV's invoiceOperation (CREATE / MODIFY / STORNO)


def parse_document(
    document: bytes,
    *,
    media_type: str = "application/pdf",
    metadata: Mapping[str, Any] | None = None,
    limits: PdfLimits = DEFAULT_PDF_LIMITS,
    source_kind: str | None = None,
    operation: str | None = None,
    ocr: Ocr | None = None,
) -> ParseResult:
    """One invoice from ``document``; raises only ``Rejected`` errors.

    ``source_kind`` (``billingo``, ``szamlazz``, ``nav``, ``own_system``…) is a hint for JSON
    documents whose shape alone is ambiguous. ``operation`` (or ``metadata["invoice_operation"]``,
    for callers that can only pass metadata, such as the sandbox) is NAV's ``invoiceOperation``:
    InvoiceData cannot say "storno", the report that carried it can; ``STORNO`` makes the invoice
    a storno whichever reader wins. ``ocr`` reads PDF pages that have no usable text layer
    (``pdf.ocr``); the parse sandbox passes Tesseract, without it such pages are only noted.
    """
    kind = media_type.split(";")[0].strip().lower()
    meta = dict(metadata) if metadata else {}
    given = meta.pop(OPERATION_KEY, None)
    operation = operation or (given if isinstance(given, str) else None)
    layers: list[tuple[str, Invoice]] = []
    if meta:
        layers.append(("source_json", invoice_from_source_json(meta)))
    text = ""
    notes: list[str] = []
    if kind in XML_TYPES:
        layers.append(read_xml(document, limits, operation=operation))
    elif kind in JSON_TYPES:
        layers.append(read_json(document, source_kind))
    elif kind == "application/pdf":
        content = extract_pdf(document, limits, ocr=ocr)
        text = content.text
        embedded, notes = _embedded_invoice(content.embedded, limits, operation)
        notes = list(content.refused) + list(content.notes) + notes
        if embedded is not None:
            layers.append(embedded)
        layers.append(("pdf_text", lower_confidence(invoice_from_lines(content.lines), content.ocr_pages)))
    else:
        raise UnsupportedDocumentError(f"unsupported media type {media_type!r}")
    reader, invoice = layers[0]
    for _, later in layers[1:]:
        invoice = merge_invoices(invoice, later)
    if operation and operation.upper() == "STORNO" and invoice.kind is not InvoiceKind.STORNO:
        invoice = dataclasses.replace(
            invoice, kind=InvoiceKind.STORNO,
            provenance={**invoice.provenance, "kind": Provenance("operation", "invoiceOperation", 1.0)},
        )
    if notes:
        invoice = dataclasses.replace(invoice, warnings=invoice.warnings + tuple(notes))
    # Checked once more on what is archived: the source's own data and the PDF text are not
    # checked by their readers, and a merge can pair one layer's net and VAT with another's gross.
    return ParseResult(with_checks(invoice), text, reader)
