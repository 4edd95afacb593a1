"""Számlázz.hu ``<szamla>`` documents (a push, or an Agent XML answer), as pure decisions: reading one
(defused XML, size-limited), what changed since the last import, the raw event's metadata, the
payment observation, the link of a storno / correction, and the push's ``szamlavalasz``
acknowledgement."""

from __future__ import annotations

import base64
import binascii
import copy
import dataclasses
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, tostring
from xml.sax.saxutils import escape

from services.core.billing_import import RELATIONS, InvoiceLink, invoice_metadata, sha256_hex
from services.core.errors import MalformedDocumentError, ReasonCode, UnsupportedDocumentError
from services.core.invoice import Invoice, InvoiceKind, Payment
from services.core.parsing.limits import DEFAULT_PDF_LIMITS, PdfLimits
from services.core.parsing.structured import with_checks
from services.core.parsing.szamla_agent import read_szamla
from services.core.parsing.xmlsafe import parse_xml
from services.core.payments import PaymentObservation, payment_status, payments_fingerprint
from services.szamlazz.protocol.payments import szamla_payments

# Számlázz.hu <alap><tipus>; SL (delivery note) is not an invoice.
SZAMLAZZ_KINDS: dict[str, InvoiceKind] = {
    "SZ": InvoiceKind.NORMAL, "SS": InvoiceKind.STORNO, "JS": InvoiceKind.CREDIT_NOTE,
    "HS": InvoiceKind.CORRECTION, "ES": InvoiceKind.ADVANCE, "VS": InvoiceKind.FINAL, "D": InvoiceKind.PROFORMA,
}

SZAMLA_NS = "{http://www.szamlazz.hu/szamla}"
_SZAMLA_VOLATILE = ("pdf", "kifizetesek")


@dataclass(frozen=True)
class SzamlaDocument:
    """One ``<szamla>`` (a push, or an Agent XML query answer)."""

    alap_id: int | None
    number: str
    type_code: str
    kind: InvoiceKind | None
    invoice: Invoice
    payments: tuple[Payment, ...]
    stornoed: bool
    pdf: bytes | None
    content_fp: str


def read_szamla_document(data: bytes, limits: PdfLimits = DEFAULT_PDF_LIMITS) -> SzamlaDocument:
    root = parse_xml(data, limits)
    if root.tag != f"{SZAMLA_NS}szamla":
        raise UnsupportedDocumentError(f"expected a <szamla> document, got {root.tag!r}")
    alap = root.find(f"{SZAMLA_NS}alap")
    number = (alap.findtext(f"{SZAMLA_NS}szamlaszam") if alap is not None else None) or ""
    if not number.strip():
        raise MalformedDocumentError("<szamla> has no alap/szamlaszam", reason=ReasonCode.MALFORMED_XML)
    raw_id = (alap.findtext(f"{SZAMLA_NS}id") or "").strip() if alap is not None else ""
    type_code = ((alap.findtext(f"{SZAMLA_NS}tipus") if alap is not None else None) or "SZ").strip()
    stornoed = ((alap.findtext(f"{SZAMLA_NS}sztornozott") if alap is not None else None) or "").strip() == "true"
    pdf_text = root.findtext(f"{SZAMLA_NS}pdf")
    try:
        pdf = base64.b64decode("".join(pdf_text.split()), validate=True) if pdf_text and pdf_text.strip() else None
    except (binascii.Error, ValueError) as exc:
        raise MalformedDocumentError("<szamla>/pdf is not base64", reason=ReasonCode.MALFORMED_XML) from exc
    return SzamlaDocument(
        alap_id=int(raw_id) if raw_id.isdigit() else None,
        number=number.strip(),
        type_code=type_code,
        kind=SZAMLAZZ_KINDS.get(type_code),
        invoice=with_checks(read_szamla(root)),
        payments=szamla_payments(root),
        stornoed=stornoed,
        pdf=pdf,
        content_fp=_szamla_content_fingerprint(root),
    )


def _szamla_content_fingerprint(root: Element) -> str:
    """The document without its PDF, credit entries and storno flag (followed as payment state)."""
    clone = copy.deepcopy(root)
    for name in _SZAMLA_VOLATILE:
        for el in clone.findall(f"{SZAMLA_NS}{name}"):
            clone.remove(el)
    alap = clone.find(f"{SZAMLA_NS}alap")
    if alap is not None:
        for el in alap.findall(f"{SZAMLA_NS}sztornozott"):
            alap.remove(el)
    for el in clone.iter():
        if el.text is not None:
            el.text = el.text.strip()
        el.tail = None
    return sha256_hex(tostring(clone, encoding="utf-8"))


def szamla_cancelled(doc: SzamlaDocument) -> bool:
    return doc.stornoed or doc.kind is InvoiceKind.STORNO


def szamla_metadata(doc: SzamlaDocument) -> dict[str, Any]:
    status = payment_status(doc.invoice.gross_total, doc.payments, cancelled=szamla_cancelled(doc))
    return invoice_metadata(dataclasses.replace(doc.invoice, payments=doc.payments, payment_status=status))


def szamla_observation(doc: SzamlaDocument, at: str) -> PaymentObservation:
    return PaymentObservation(payments=doc.payments, gross_total=doc.invoice.gross_total,
                              cancelled=szamla_cancelled(doc), origin="source", at=at)


def szamla_payments_fp(doc: SzamlaDocument) -> str:
    return payments_fingerprint(doc.payments, cancelled=szamla_cancelled(doc))


def szamla_links(doc: SzamlaDocument) -> list[InvoiceLink]:
    """A storno / correction / credit note / final invoice names the invoice it refers to; our
    Számlázz.hu external id is the invoice number, so the target's id follows from it."""
    relation = RELATIONS.get(doc.kind) if doc.kind is not None else None
    preceding = doc.invoice.references.preceding_invoice
    if relation is None or not preceding:
        return []
    return [InvoiceLink(relation, preceding, preceding)]


def szamlavalasz(alap_id: int | None, filing_number: str | None = None, error: str | None = None) -> bytes:
    """The receiver's acknowledgement (szamlavalasz.xsd): ``alap/id`` echoes the pushed invoice's
    id; ``hibakod`` KEY_ERR (unknown key) or KEY_DEL (connection removed) stops the re-sending."""
    alap = ""
    if alap_id is not None:
        alap = f"<alap><id>{alap_id}</id>"
        if filing_number:
            alap += f"<iktatoszam>{escape(filing_number)}</iktatoszam>"
        alap += "</alap>"
    code = f"<hibakod>{error}</hibakod>" if error else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<szamlavalasz xmlns="http://www.szamlazz.hu/szamlavalasz">{alap}{code}</szamlavalasz>'
    ).encode()
