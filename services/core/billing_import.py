"""Importing from Billingo and Számlázz.hu, as pure decisions.

* which documents a connection imports (``document_kind`` + the connection's kinds; never drafts,
  receipts, offers or delivery notes);
* whether a document changed since we imported it: a *content* fingerprint (everything but the
  payment and notification state) decides on a new raw event, a *payment* fingerprint on an
  ``invoice.payment`` observation — so a re-listed or re-sent document is never imported twice;
* the raw event's ``metadata`` (the structured reader's invoice in the wire form, with the payments),
  the payment observation, and the links of a storno / correction to the invoice it refers to;
* the Számlázz.hu push: reading a ``<szamla>`` and the ``szamlavalasz`` acknowledgement.
"""

from __future__ import annotations

import base64
import binascii
import copy
import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import Element, tostring
from xml.sax.saxutils import escape

from services.core.errors import MalformedDocumentError, ReasonCode, UnsupportedDocumentError
from services.core.invoice import Invoice, InvoiceKind, Payment, invoice_to_json
from services.core.keys import invoice_id_of
from services.core.money import to_decimal
from services.core.parsing.billingo import read_billingo_document
from services.core.parsing.limits import DEFAULT_PDF_LIMITS, PdfLimits
from services.core.parsing.structured import with_checks
from services.core.parsing.szamla_agent import read_szamla
from services.core.parsing.xmlsafe import parse_xml
from services.core.payments import PaymentObservation, payment_status, payments_fingerprint, szamla_payments

# Billingo document types that are issued invoices; everything else (drafts, receipts, offers,
# order forms, waybills, certificates…) is never imported. Billingo's type cannot tell a final
# invoice from a normal one, so for the connection's filter both count as "normal".
BILLINGO_KINDS: dict[str, InvoiceKind] = {
    "invoice": InvoiceKind.NORMAL, "advance": InvoiceKind.ADVANCE, "cancellation": InvoiceKind.STORNO,
    "modification": InvoiceKind.CORRECTION, "proforma": InvoiceKind.PROFORMA,
}
# Számlázz.hu <alap><tipus>; SL (delivery note) is not an invoice.
SZAMLAZZ_KINDS: dict[str, InvoiceKind] = {
    "SZ": InvoiceKind.NORMAL, "SS": InvoiceKind.STORNO, "JS": InvoiceKind.CREDIT_NOTE,
    "HS": InvoiceKind.CORRECTION, "ES": InvoiceKind.ADVANCE, "VS": InvoiceKind.FINAL, "D": InvoiceKind.PROFORMA,
}
DEFAULT_DOCUMENT_KINDS: tuple[str, ...] = tuple(k.value for k in InvoiceKind if k is not InvoiceKind.PROFORMA)
_RELATIONS = {
    InvoiceKind.STORNO: "cancels", InvoiceKind.CORRECTION: "corrects", InvoiceKind.CREDIT_NOTE: "credits",
    InvoiceKind.FINAL: "settles",
}
INVERSE_RELATIONS = {"cancels": "cancelled_by", "corrects": "corrected_by", "credits": "credited_by",
                     "settles": "settled_by"}


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def wants(kind: InvoiceKind | None, document_kinds: Sequence[str]) -> bool:
    return kind is not None and kind.value in document_kinds


def _metadata(invoice: Invoice) -> dict[str, Any]:
    data = invoice_to_json(invoice)
    data.pop("provenance", None)  # the parse stage marks every field as coming from the source
    return data


@dataclass(frozen=True)
class ImportPlan:
    import_document: bool  # download the PDF and publish invoice.raw
    check_payments: bool  # read the payments and publish invoice.payment if they changed
    reason: str  # new | changed | payments | unchanged


def plan_import(known: Mapping[str, Any] | None, content_fp: str, payment_marker: str, *,
                listed_as_modified: bool) -> ImportPlan:
    """``known``: what we recorded when we last imported this document (``None``: never).
    A document listed because it was modified is checked for payments even when its marker is
    unchanged (a second part payment on the same day leaves Billingo's status and date alone)."""
    if known is None or not known.get("content_fp"):
        return ImportPlan(True, True, "new")
    if known["content_fp"] != content_fp:
        return ImportPlan(True, True, "changed")
    if listed_as_modified or known.get("payment_marker") != payment_marker:
        return ImportPlan(False, True, "payments")
    return ImportPlan(False, False, "unchanged")


@dataclass(frozen=True)
class InvoiceLink:
    relation: str  # cancels | corrects | credits | settles
    target_external_id: str
    target_number: str | None


def link_record(event_envelope: Mapping[str, Any], link: InvoiceLink) -> dict[str, Any]:
    """A stored link between two invoices of one connection; ids are derived, so a re-import
    writes the same record. The target need not be archived yet."""
    target = {**event_envelope, "external_id": link.target_external_id}
    source_id, target_id = invoice_id_of(dict(event_envelope)), invoice_id_of(target)
    return {
        "_id": f"{source_id}:{link.relation}:{target_id}",
        "tenant": event_envelope["tenant"],
        "from_invoice_id": source_id,
        "to_invoice_id": target_id,
        "relation": link.relation,
        "from_external_id": event_envelope["external_id"],
        "to_external_id": link.target_external_id,
        "to_number": link.target_number,
        "connection_id": event_envelope["source"]["connection_id"],
    }


# --- Billingo --------------------------------------------------------------------------------------

# Fields that change without the invoice changing: payment state (followed separately), whether the
# buyer opened the e-mail, the NAV reporting state.
_BILLINGO_VOLATILE = ("payment_status", "paid_date", "cancelled", "notification_status", "online_szamla_status")
_PAID = ("paid", "partially_paid")


def billingo_kind(doc: Mapping[str, Any]) -> InvoiceKind | None:
    return BILLINGO_KINDS.get(str(doc.get("type")))


def billingo_content_fingerprint(doc: Mapping[str, Any]) -> str:
    return _sha(_canonical({k: v for k, v in doc.items() if k not in _BILLINGO_VOLATILE}))


def billingo_payment_marker(doc: Mapping[str, Any]) -> str:
    status = str(doc.get("payment_status"))
    paid_date = doc.get("paid_date") if status in _PAID else ""  # unpaid: "the current date"
    return f"{status}|{paid_date}|{bool(doc.get('cancelled'))}"


def billingo_has_payments(doc: Mapping[str, Any]) -> bool:
    """Only paid / partially paid documents need their history read; the others have none."""
    return doc.get("payment_status") in _PAID


def billingo_cancelled(doc: Mapping[str, Any]) -> bool:
    return bool(doc.get("cancelled")) or billingo_kind(doc) is InvoiceKind.STORNO


def billingo_metadata(doc: Mapping[str, Any], payments: tuple[Payment, ...]) -> dict[str, Any]:
    invoice = with_checks(read_billingo_document(doc))
    status = payment_status(invoice.gross_total, payments, cancelled=billingo_cancelled(doc))
    return _metadata(dataclasses.replace(invoice, payments=payments, payment_status=status))


def billingo_observation(doc: Mapping[str, Any], payments: tuple[Payment, ...], at: str) -> PaymentObservation:
    gross = doc.get("gross_total")
    return PaymentObservation(payments=payments, gross_total=to_decimal(gross) if gross is not None else None,
                              cancelled=billingo_cancelled(doc), origin="source", at=at)


def billingo_links(doc: Mapping[str, Any]) -> list[InvoiceLink]:
    """A cancellation or modification links to the documents it names. (Billingo lists related
    documents on both sides, so only the storno/correction side says which way the link goes.)"""
    kind = billingo_kind(doc)
    relation = _RELATIONS.get(kind) if kind is not None else None
    if relation not in ("cancels", "corrects"):
        return []
    return [
        InvoiceLink(relation, str(r["id"]), r.get("invoice_number"))
        for r in doc.get("related_documents") or []
        if isinstance(r, Mapping) and r.get("id") is not None
    ]


# --- Számlázz.hu -----------------------------------------------------------------------------------

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
    return _sha(tostring(clone, encoding="utf-8"))


def szamla_cancelled(doc: SzamlaDocument) -> bool:
    return doc.stornoed or doc.kind is InvoiceKind.STORNO


def szamla_metadata(doc: SzamlaDocument) -> dict[str, Any]:
    status = payment_status(doc.invoice.gross_total, doc.payments, cancelled=szamla_cancelled(doc))
    return _metadata(dataclasses.replace(doc.invoice, payments=doc.payments, payment_status=status))


def szamla_observation(doc: SzamlaDocument, at: str) -> PaymentObservation:
    return PaymentObservation(payments=doc.payments, gross_total=doc.invoice.gross_total,
                              cancelled=szamla_cancelled(doc), origin="source", at=at)


def szamla_payments_fp(doc: SzamlaDocument) -> str:
    return payments_fingerprint(doc.payments, cancelled=szamla_cancelled(doc))


def szamla_links(doc: SzamlaDocument) -> list[InvoiceLink]:
    """A storno / correction / credit note / final invoice names the invoice it refers to; our
    Számlázz.hu external id is the invoice number, so the target's id follows from it."""
    relation = _RELATIONS.get(doc.kind) if doc.kind is not None else None
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
