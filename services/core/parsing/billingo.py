"""Billingo API v3 ``Document`` JSON (GET /documents/{id}) → ``Invoice``."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from services.core.errors import MalformedDocumentError, ReasonCode
from services.core.invoice import Address, Invoice, InvoiceKind, Line, Party, PaymentStatus, References, VatLine
from services.core.money import to_decimal
from services.core.parsing._fields import Collector, to_date
from services.core.taxnumber import normalise_tax_number, normalise_vat_number, taxpayer_id

READER = "billingo"
_KINDS = {
    "invoice": InvoiceKind.NORMAL, "advance": InvoiceKind.ADVANCE, "cancellation": InvoiceKind.STORNO,
    "modification": InvoiceKind.CORRECTION, "proforma": InvoiceKind.PROFORMA, "draft": InvoiceKind.PROFORMA,
    "receipt": InvoiceKind.NORMAL, "receipt_cancellation": InvoiceKind.STORNO,
}
_STATUS = {"paid": PaymentStatus.PAID, "partially_paid": PaymentStatus.PARTIALLY_PAID,
           "outstanding": PaymentStatus.UNPAID, "expired": PaymentStatus.UNPAID}
_METHODS = {"wire_transfer": "transfer", "elore_utalas": "transfer", "cash": "cash", "bankcard": "card",
            "online_bankcard": "card", "cash_on_delivery": "cash_on_delivery", "szep_card": "card"}


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return to_decimal(value)


def _address(data: Any) -> Address | None:
    if not isinstance(data, Mapping):
        return None
    return Address(country=data.get("country_code"), postal_code=data.get("post_code"),
                   city=data.get("city"), street=data.get("address"))


def _rate(vat: Any) -> Decimal | None:
    if isinstance(vat, str) and vat.endswith("%"):
        return Decimal(vat[:-1].replace(",", ".")) / 100
    return None


def read_billingo_document(doc: Mapping[str, Any]) -> Invoice:
    try:
        return _read(doc)
    except (TypeError, AttributeError, ArithmeticError, ValueError) as exc:
        raise MalformedDocumentError(f"Billingo document is not valid: {exc}",
                                     reason=ReasonCode.SCHEMA_VIOLATION) from exc


def _partner(partner: Mapping[str, Any]) -> Party:
    """The document's partner: a tax number, or an EU VAT number in the same field, and the partner's
    Billingo id and contacts (the client record's Billingo layer)."""
    raw = partner.get("taxcode")
    tax = normalise_tax_number(raw) if raw and not str(raw)[:2].isalpha() else None
    vat = normalise_vat_number(raw) if raw and str(raw)[:2].isalpha() else None
    emails = partner.get("emails")
    email = emails[0] if isinstance(emails, list) and emails else partner.get("email")
    return Party(name=partner.get("name"), tax_number=tax, taxpayer_id=taxpayer_id(tax), vat_number=vat,
                 address=_address(partner.get("address")), private_person=partner.get("tax_type") == "NO_TAX_NUMBER",
                 partner_id=str(partner["id"]) if partner.get("id") is not None else None,
                 email=str(email) if email else None, phone=str(partner["phone"]) if partner.get("phone") else None)


def _read(doc: Mapping[str, Any]) -> Invoice:
    c = Collector(READER)
    org = doc.get("organization") or {}
    partner = doc.get("document_partner") or doc.get("partner") or {}
    s_tax = normalise_tax_number(org.get("tax_number"))
    seller = Party(name=org.get("name"), tax_number=s_tax, taxpayer_id=taxpayer_id(s_tax),
                   vat_number=normalise_vat_number(org.get("eu_tax_number")), address=_address(org.get("address")))
    buyer = _partner(partner)
    for role, party, key in (("seller", seller, "organization"), ("buyer", buyer, "document_partner")):
        for name in ("name", "tax_number", "taxpayer_id", "vat_number", "address"):
            c.take(f"{role}.{name}", getattr(party, name), f"$.{key}")
    summary = doc.get("summary") or {}
    items = doc.get("items") or []
    lines = tuple(
        Line(description=i.get("name") or "", quantity=_dec(i.get("quantity")), unit=i.get("unit"),
             unit_price=_dec(i.get("net_unit_amount")), net=_dec(i.get("net_amount")), vat_rate=_rate(i.get("vat")),
             vat=_dec(i.get("vat_amount")), gross=_dec(i.get("gross_amount")))
        for i in items
    )
    breakdown = tuple(
        VatLine(rate=(_dec(v.get("vat_percentage")) or Decimal(0)) / 100 if v.get("vat_percentage") is not None
                else None,
                category=v.get("vat_name"), net=_dec(v.get("vat_rate_net_amount")) or Decimal(0),
                vat=_dec(v.get("vat_rate_vat_amount")) or Decimal(0), gross=_dec(v.get("vat_rate_gross_amount")),
                vat_huf=_dec(v.get("vat_rate_vat_amount_local")))
        for v in summary.get("vat_rate_summary") or []
    )
    kind = _KINDS.get(str(doc.get("type")), InvoiceKind.NORMAL)
    # Billingo lists related documents on both sides of a link (an original names its storno and
    # its corrections, an advance invoice names its final invoice), so the direction comes from
    # the kind: only a storno, a correction or a final invoice has a preceding invoice. A final
    # invoice is an "invoice" that deducts an advance (a negative line) and names related documents.
    related = [r.get("invoice_number") for r in doc.get("related_documents") or [] if r.get("invoice_number")]
    deducts_advance = any((_dec(i.get("net_amount")) or Decimal(0)) < 0 for i in items)
    if kind is InvoiceKind.NORMAL and related and doc.get("type") == "invoice" and deducts_advance \
            and not doc.get("cancelled"):
        kind = InvoiceKind.FINAL
    preceding = related[0] if related and kind in (InvoiceKind.STORNO, InvoiceKind.CORRECTION,
                                                   InvoiceKind.FINAL) else None
    method = doc.get("payment_method")
    settings = doc.get("settings") or {}
    net, vat, gross = _dec(summary.get("net_amount")), _dec(summary.get("vat_amount")), _dec(doc.get("gross_total"))
    return Invoice(
        number=c.take("number", doc.get("invoice_number"), "$.invoice_number"),
        kind=c.take("kind", kind, "$.type"),
        issue_date=c.take("issue_date", to_date(doc.get("invoice_date")), "$.invoice_date"),
        fulfilment_date=c.take("fulfilment_date", to_date(doc.get("fulfillment_date")), "$.fulfillment_date"),
        due_date=c.take("due_date", to_date(doc.get("due_date")), "$.due_date"),
        currency=c.take("currency", doc.get("currency"), "$.currency"),
        exchange_rate=_dec(doc.get("conversion_rate")),
        net_total=c.take("net_total", net, "$.summary.net_amount"),
        vat_total=c.take("vat_total", vat, "$.summary.vat_amount"),
        gross_total=c.take("gross_total", gross, "$.gross_total"),
        net_total_huf=_dec(summary.get("net_amount_local")),
        vat_total_huf=_dec(summary.get("vat_amount_local")),
        gross_total_huf=_dec(summary.get("gross_amount_local")),
        vat_breakdown=breakdown, seller=seller, buyer=buyer,
        references=References(
            order=c.take("references.order", settings.get("order_number") or None, "$.settings.order_number"),
            preceding_invoice=c.take("references.preceding_invoice", preceding, "$.related_documents"),
        ),
        payment_method=c.take("payment_method", _METHODS.get(str(method), method), "$.payment_method"),
        payment_status=c.take("payment_status", _STATUS.get(str(doc.get("payment_status"))), "$.payment_status"),
        lines=lines, provenance=c.provenance,
    )
