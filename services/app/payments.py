"""Recording a payment and reading an invoice's payment state, one use case for every door: the JSON
API (``POST/GET /api/v1/invoices/{id}/payments``, ``web/routes/payments.py``) and the invoice page's
"Fizetés rögzítése" form (``web/ui/pages/invoice.py``) call these, so a payment is the same payment
whichever way it came.

A payment recorded here is published on ``invoice.payment``; status-sync applies it to the stored
state and writes it back to Billingo / Számlázz.hu. Errors are domain errors (``core/errors.py``):
``NotFoundError`` (no such invoice for this principal), ``NotPayableError`` (a storno, proforma or
credit note, or a cancelled invoice), ``SchemaViolationError`` (a non-positive amount).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from services.app.ports import AuditLog, Clock, InvoiceRepo, Publisher, utc_now
from services.core import keys
from services.core.access import Principal
from services.core.errors import NotFoundError, NotPayableError
from services.core.events import view_envelope
from services.core.invoice import Payment
from services.core.money import to_decimal
from services.core.payments import payment_label, registered_event
from services.core.topics import INVOICE_PAYMENT

Doc = dict[str, Any]
NOT_PAYABLE = ("storno", "proforma", "credit_note")
Method = Literal["transfer", "cash", "card", "cash_on_delivery", "other"]


class PaymentLedger(Protocol):
    """The payment state, its history and the write-backs (``adapters/payment_store.py`` ``PaymentStore``)."""

    def state(self, invoice_id: str) -> Doc | None: ...
    def history(self, invoice_id: str) -> list[Doc]: ...
    def writebacks(self, invoice_id: str) -> list[Doc]: ...


@dataclass(frozen=True)
class PaymentPorts:
    """What recording and reading a payment reach (the web app builds it: ``deps.payment_ports``)."""

    invoices: InvoiceRepo
    payments: PaymentLedger
    publisher: Publisher
    audit: AuditLog
    clock: Clock = utc_now


class PaymentIn(BaseModel):
    date: date
    amount: Decimal = Field(..., gt=0, description="in the invoice's currency")
    method: Method = "transfer"
    reference: str | None = Field(None, max_length=100,
                                  description="bank reference; also what identifies the payment in the billing system")


class PaymentQueued(BaseModel):
    payment_id: str
    event_id: str
    label: str
    status: str = "queued"


def visible_invoice(invoices: InvoiceRepo, principal: Principal, invoice_id: str) -> Doc:
    """The invoice's view, if this principal may see it; else ``NotFoundError`` (another site's counts as none)."""
    doc = invoices.get(principal.tenant, invoice_id)
    if doc is None or not principal.sees_site(doc.get("site", "")):
        raise NotFoundError(f"no invoice {invoice_id}")
    return doc


def payable(doc: Doc, state: Doc | None) -> bool:
    """Whether the invoice takes a payment at all: not a storno / proforma / credit note, not cancelled."""
    return doc.get("kind") not in NOT_PAYABLE and not (state or {}).get("cancelled")


def _dec(value: Any) -> Decimal | None:
    return to_decimal(value) if value not in (None, "") else None


def record_payment(ports: PaymentPorts, principal: Principal, invoice_id: str, body: PaymentIn, *,
                   idempotency_key: str | None = None, correlation_id: str | None = None) -> PaymentQueued:
    """Publish a payment of the invoice on ``invoice.payment`` and audit it. The caller checks PAY."""
    doc = visible_invoice(ports.invoices, principal, invoice_id)
    if doc.get("kind") in NOT_PAYABLE:
        raise NotPayableError(f"a {doc.get('kind')} invoice takes no payment")
    state = ports.payments.state(invoice_id)
    if state is not None and state.get("cancelled"):
        raise NotPayableError("the invoice is cancelled (stornoed)")
    # An idempotency key makes a retried request the same payment (the same id, so the same event).
    payment_id = keys.payment_id(invoice_id, idempotency_key) if idempotency_key else str(uuid.uuid4())
    label = payment_label(payment_id, body.reference)
    envelope = view_envelope(doc, correlation_id or payment_id)
    invoice = doc.get("invoice") or {}
    event = registered_event(
        envelope, invoice_id=invoice_id, invoice_number=doc.get("invoice_number"), currency=doc.get("currency"),
        gross_total=_dec(doc.get("gross_total")), conversion_rate=_dec(invoice.get("exchange_rate")),
        payment_id=payment_id, payment=Payment(date=body.date, amount=body.amount, method=body.method, reference=label),
        registered_by=principal.subject, now=ports.clock().isoformat(),
    )
    ports.publisher.publish(INVOICE_PAYMENT.name, event)
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="invoice.payment.recorded",
                       target=invoice_id, details={"payment_id": payment_id, "date": body.date.isoformat(),
                                                   "amount": str(body.amount), "label": label})
    return PaymentQueued(payment_id=payment_id, event_id=event["event_id"], label=label)


def current_state(doc: Doc, state: Doc | None) -> Doc:
    """The stored state, or — before status-sync has applied anything — what the invoice's source said."""
    invoice = doc.get("invoice") or {}
    return state or {"status": invoice.get("payment_status"), "payments": invoice.get("payments") or [],
                     "paid_total": None, "cancelled": None, "updated_at": None, "updated_by": None}


@dataclass(frozen=True)
class PaymentView:
    invoice: Doc
    state: Doc
    history: list[Doc]
    writebacks: list[Doc]


def payment_view(ports: PaymentPorts, principal: Principal, invoice_id: str) -> PaymentView:
    """An invoice's payment state, its history (oldest first) and what was written back (newest first)."""
    doc = visible_invoice(ports.invoices, principal, invoice_id)
    state = ports.payments.state(invoice_id)
    return PaymentView(doc, current_state(doc, state), ports.payments.history(invoice_id),
                       ports.payments.writebacks(invoice_id))
