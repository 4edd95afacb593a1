"""Billingo documents, as pure decisions: which are invoices we import, what changed since the last
import (a *content* fingerprint and a *payment* marker), the raw event's metadata, the payment
observation and the links of a cancellation or modification."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from services.core.billing_import import RELATIONS, InvoiceLink, canonical_json, invoice_metadata, sha256_hex
from services.core.invoice import InvoiceKind, Payment
from services.core.money import to_decimal
from services.core.parsing.billingo import read_billingo_document
from services.core.parsing.structured import with_checks
from services.core.payments import PaymentObservation, payment_status

# Billingo document types that are issued invoices; everything else (drafts, receipts, offers,
# order forms, waybills, certificates…) is never imported. Billingo's type cannot tell a final
# invoice from a normal one, so for the connection's filter both count as "normal".
BILLINGO_KINDS: dict[str, InvoiceKind] = {
    "invoice": InvoiceKind.NORMAL, "advance": InvoiceKind.ADVANCE, "cancellation": InvoiceKind.STORNO,
    "modification": InvoiceKind.CORRECTION, "proforma": InvoiceKind.PROFORMA,
}

# --- Billingo --------------------------------------------------------------------------------------

# Fields that change without the invoice changing: payment state (followed separately), whether the
# buyer opened the e-mail, the NAV reporting state.
_BILLINGO_VOLATILE = ("payment_status", "paid_date", "cancelled", "notification_status", "online_szamla_status")
_PAID = ("paid", "partially_paid")


def billingo_kind(doc: Mapping[str, Any]) -> InvoiceKind | None:
    return BILLINGO_KINDS.get(str(doc.get("type")))


def billingo_content_fingerprint(doc: Mapping[str, Any]) -> str:
    return sha256_hex(canonical_json({k: v for k, v in doc.items() if k not in _BILLINGO_VOLATILE}))


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
    return invoice_metadata(dataclasses.replace(invoice, payments=payments, payment_status=status))


def billingo_observation(doc: Mapping[str, Any], payments: tuple[Payment, ...], at: str) -> PaymentObservation:
    gross = doc.get("gross_total")
    return PaymentObservation(payments=payments, gross_total=to_decimal(gross) if gross is not None else None,
                              cancelled=billingo_cancelled(doc), origin="source", at=at)


def billingo_links(doc: Mapping[str, Any]) -> list[InvoiceLink]:
    """A cancellation or modification links to the documents it names. (Billingo lists related
    documents on both sides, so only the storno/correction side says which way the link goes.)"""
    kind = billingo_kind(doc)
    relation = RELATIONS.get(kind) if kind is not None else None
    if relation not in ("cancels", "corrects"):
        return []
    return [
        InvoiceLink(relation, str(r["id"]), r.get("invoice_number"))
        for r in doc.get("related_documents") or []
        if isinstance(r, Mapping) and r.get("id") is not None
    ]


