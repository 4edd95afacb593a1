"""Shared pieces of the EN 16931 readers (UBL and CII): document type codes and party tax ids."""

from __future__ import annotations

from services.core.invoice import InvoiceKind
from services.core.taxnumber import normalise_tax_number, normalise_vat_number, taxpayer_id

# UNTDID 1001 document type (BT-3) → our kind
TYPE_CODES = {
    "380": InvoiceKind.NORMAL, "389": InvoiceKind.NORMAL, "393": InvoiceKind.NORMAL, "875": InvoiceKind.NORMAL,
    "381": InvoiceKind.CREDIT_NOTE, "396": InvoiceKind.CREDIT_NOTE, "261": InvoiceKind.CREDIT_NOTE,
    "384": InvoiceKind.CORRECTION, "386": InvoiceKind.ADVANCE, "326": InvoiceKind.NORMAL,
    "325": InvoiceKind.PROFORMA,
}
# UNCL 4461 payment means (BT-81) → our method
PAYMENT_MEANS = {"10": "cash", "20": "cheque", "30": "transfer", "31": "transfer", "42": "transfer",
                 "48": "card", "49": "direct_debit", "54": "card", "55": "card", "57": "transfer",
                 "58": "transfer", "59": "direct_debit", "97": "other", "ZZZ": "other", "1": "other"}


def tax_ids(vat_ids: list[str], national: list[str]) -> tuple[str | None, str | None, str | None]:
    """(Hungarian tax number, taxpayer id, EU VAT number) from a party's registrations."""
    vat = next((v for v in (normalise_vat_number(x) for x in vat_ids) if v), None)
    tax = next((t for t in (normalise_tax_number(x) for x in national) if t and "-" in t), None)
    if tax is None:
        tax = next((t for t in (normalise_tax_number(x) for x in vat_ids + national) if t and "-" in t), None)
    tp = taxpayer_id(tax) or (taxpayer_id(vat[2:]) if vat and vat.startswith("HU") else None)
    return tax, tp, vat
