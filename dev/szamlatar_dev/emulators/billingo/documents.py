"""Demo invoices as Billingo v3 ``Document`` JSON, and the payment-status rule.

Only values the 3.0.14 spec allows are produced (enums, no nulls where the schema has no
``nullable``), so the spec validation in the tests stays strict.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from szamlatar_dev.emulators.demo_data import Company, Invoice, InvoiceKind

_TYPES = {
    InvoiceKind.NORMAL: "invoice",
    InvoiceKind.ADVANCE: "advance",
    InvoiceKind.FINAL: "invoice",
    InvoiceKind.STORNO: "cancellation",
    InvoiceKind.CORRECTION: "modification",
}
# Document types with no payment obligation; Billingo reports payment_status "none" for them (inferred).
_NO_PAYMENT_TYPES = {
    "cancellation",
    "draft",
    "proforma",
    "offer",
    "draft_offer",
    "order_form",
    "waybill",
    "receipt_cancellation",
    "dossier",
    "cert_of_completion",
    "d_cert_of_completion",
}


def _num(value: Decimal) -> float | int:
    """JSON numbers as Billingo sends them: integers stay integers (140000), others become floats."""
    return int(value) if value == value.to_integral_value() else float(value)


def _address(company: Company) -> dict[str, str]:
    return {
        "country_code": company.address.country_code,
        "post_code": company.address.post_code,
        "city": company.address.city,
        "address": company.address.street,
    }


def _tax_type(company: Company) -> str:
    if company.tax_number:
        return "HAS_TAX_NUMBER"
    return "FOREIGN" if not company.is_domestic else "NO_TAX_NUMBER"


def _partner(company: Company) -> dict[str, Any]:
    return {
        "id": company.id,
        "name": company.name,
        "address": _address(company),
        "emails": [company.email],
        "taxcode": company.tax_number or company.eu_tax_number,
        "iban": "",
        "swift": "",
        "account_number": company.bank_account,
        "phone": "",
        "tax_type": _tax_type(company),
    }


def payment_status(doc_type: str, gross_total: float, paid: float, due_date: date, today: date, cancelled: bool) -> str:
    """Billingo's enum, derived from the history (the rule itself is inferred: see billing-apis.md §1.8)."""
    if doc_type in _NO_PAYMENT_TYPES or cancelled or gross_total <= 0:
        return "none"
    if paid >= gross_total - 0.005:
        return "paid"
    if paid > 0:
        return "partially_paid"
    return "expired" if due_date < today else "outstanding"


def document_from_invoice(invoice: Invoice, block_id: int, related: list[dict[str, Any]]) -> dict[str, Any]:
    doc_type = _TYPES[invoice.kind]
    issuer = invoice.issuer
    vat_summary = [
        {
            "vat_name": total.vat_label,
            "vat_percentage": (total.vat_rate or 0) / 100,
            "vat_rate_net_amount": _num(total.net),
            "vat_rate_vat_amount": _num(total.vat),
            "vat_rate_vat_amount_local": _num(total.vat * invoice.conversion_rate),
            "vat_rate_gross_amount": _num(total.gross),
        }
        for total in invoice.vat_totals
    ]
    return {
        "id": invoice.id,
        "invoice_number": invoice.number,
        "type": doc_type,
        "correction_type": doc_type,
        "cancelled": invoice.cancelled,
        "block_id": block_id,
        "payment_status": "outstanding",  # recomputed from the payment history by the store
        "payment_method": invoice.payment_method,
        "gross_total": _num(invoice.gross_total),
        "currency": invoice.currency,
        "conversion_rate": _num(invoice.conversion_rate),
        "invoice_date": invoice.issue_date.isoformat(),
        "fulfillment_date": invoice.fulfillment_date.isoformat(),
        "due_date": invoice.due_date.isoformat(),
        "paid_date": invoice.issue_date.isoformat(),
        "organization": {
            "name": issuer.name,
            "tax_number": issuer.tax_number,
            "bank_account": {
                "id": 148697,
                "name": issuer.bank_name,
                "account_number": issuer.bank_account,
                "account_number_iban": "",
                "swift": "",
            },
            "address": _address(issuer),
            "small_taxpayer": False,
            "ev_number": "",
            "eu_tax_number": "",
            "cash_settled": False,
        },
        "partner": {**_partner(invoice.buyer), "general_ledger_number": "", "group_member_tax_number": ""},
        "document_partner": _partner(invoice.buyer),
        "electronic": True,
        "comment": invoice.comment,
        "tags": [],
        "notification_status": "opened",
        "language": "hu",
        "items": [
            {
                "product_id": None,
                "name": line.name,
                "net_unit_amount": _num(line.net_unit_price),
                "quantity": _num(line.quantity),
                "unit": line.unit,
                "net_amount": _num(line.net),
                "gross_amount": _num(line.gross),
                "vat": line.vat_label,
                "vat_amount": _num(line.vat),
                "comment": "",
            }
            for line in invoice.lines
        ],
        "summary": {
            "net_amount": _num(invoice.net_total),
            "net_amount_local": _num(invoice.net_total * invoice.conversion_rate),
            "gross_amount_local": _num(invoice.gross_total * invoice.conversion_rate),
            "vat_amount": _num(invoice.vat_total),
            "vat_amount_local": _num(invoice.vat_total * invoice.conversion_rate),
            "vat_rate_summary": vat_summary,
        },
        "settings": {
            "mediated_service": False,
            "without_financial_fulfillment": False,
            "online_payment": "",
            "round": "none",
            "no_send_onlineszamla_by_user": False,
            "order_number": invoice.order_number,
            "place_id": None,
            "instant_payment": False,
            "selected_type": doc_type,
        },
        "online_szamla_status": "done",
        "related_documents": related,
    }


def payment_from_demo(day: date, amount: Decimal, method: str, conversion_rate: Decimal) -> dict[str, Any]:
    return {
        "date": day.isoformat(),
        "price": _num(amount),
        "payment_method": method,
        "voucher_number": None,
        "conversion_rate": _num(conversion_rate),
    }


PAYMENT_STATUSES = ("expired", "none", "outstanding", "paid", "partially_paid")
DOCUMENT_TYPES = (
    "advance",
    "cancellation",
    "cert_of_completion",
    "d_cert_of_completion",
    "dossier",
    "draft",
    "draft_offer",
    "draft_order_form",
    "draft_waybill",
    "invoice",
    "modification",
    "offer",
    "order_form",
    "proforma",
    "receipt",
    "receipt_cancellation",
    "waybill",
)
PAYMENT_METHODS = (
    "aruhitel",
    "bankcard",
    "barion",
    "barter",
    "cash",
    "cash_on_delivery",
    "coupon",
    "elore_utalas",
    "ep_kartya",
    "kompenzacio",
    "levonas",
    "online_bankcard",
    "other",
    "paylike",
    "payoneer",
    "paypal",
    "paypal_utolag",
    "payu",
    "pick_pack_pont",
    "postai_csekk",
    "postautalvany",
    "skrill",
    "szep_card",
    "transferwise",
    "upwork",
    "utalvany",
    "valto",
    "wire_transfer",
)
