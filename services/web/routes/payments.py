"""Payments of an invoice: record one (→ ``invoice.payment`` → status-sync → Billingo / Számlázz.hu),
see the payment state with its history and the write-back records, and the invoice's links
(a storno to the invoice it cancels, and back)."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, status
from pydantic import BaseModel, Field

from services.core import keys
from services.core.access import Permission, Principal
from services.core.billing_import import INVERSE_RELATIONS
from services.core.errors import NotFoundError, NotPayableError
from services.core.invoice import Payment
from services.core.money import to_decimal
from services.core.payments import payment_label, registered_event
from services.core.topics import INVOICE_PAYMENT
from services.web.billing_deps import BillingDep
from services.web.deps import Ports, PortsDep, PrincipalDep, require

router = APIRouter(prefix="/api/v1/invoices", tags=["payments"])
_NOT_PAYABLE = ("storno", "proforma", "credit_note")


class PaymentIn(BaseModel):
    date: date
    amount: Decimal = Field(..., gt=0, description="in the invoice's currency")
    method: Literal["transfer", "cash", "card", "cash_on_delivery", "other"] = "transfer"
    reference: str | None = Field(None, max_length=100,
                                  description="bank reference; also what identifies the payment in the billing system")


class PaymentQueued(BaseModel):
    payment_id: str
    event_id: str
    label: str
    status: str = "queued"


async def _invoice(ports: Ports, principal: Principal, invoice_id: str) -> dict[str, Any]:
    doc = await asyncio.to_thread(ports.invoices.get, principal.tenant, invoice_id)
    if doc is None or not principal.sees_site(doc.get("site", "")):
        raise NotFoundError(f"no invoice {invoice_id}")
    return doc


def _dec(value: Any) -> Decimal | None:
    return to_decimal(value) if value not in (None, "") else None


@router.post(
    "/{invoice_id}/payments", status_code=status.HTTP_202_ACCEPTED, response_model=PaymentQueued,
    summary="Record a payment; it is written back to the billing system the invoice came from",
    description=(
        "Answers 202 once the payment is on `invoice.payment`; status-sync writes it to Billingo (the whole "
        "merged payment history) or to Számlázz.hu (a credit entry) and records the answer — see "
        "`GET …/payments`. Send an `Idempotency-Key` header to make a retried request the same payment."
    ),
)
async def record_payment(
    invoice_id: str, body: PaymentIn, ports: PortsDep, principal: PrincipalDep, billing: BillingDep,
    idempotency_key: Annotated[str | None, Header(max_length=128)] = None,
    x_correlation_id: Annotated[str | None, Header(max_length=128)] = None,
) -> PaymentQueued:
    require(principal, Permission.PAY)
    doc = await _invoice(ports, principal, invoice_id)
    if doc.get("kind") in _NOT_PAYABLE:
        raise NotPayableError(f"a {doc.get('kind')} invoice takes no payment")
    state = await asyncio.to_thread(billing.repos.payments.state, invoice_id)
    if state is not None and state.get("cancelled"):
        raise NotPayableError("the invoice is cancelled (stornoed)")
    payment_id = keys.payment_id(invoice_id, idempotency_key) if idempotency_key else str(uuid.uuid4())
    label = payment_label(payment_id, body.reference)
    envelope = {"tenant": doc["tenant"], "site": doc.get("site") or "default", "source": doc["source"],
                "external_id": doc["external_id"], "correlation_id": x_correlation_id or payment_id}
    invoice = doc.get("invoice") or {}
    event = registered_event(
        envelope, invoice_id=invoice_id, invoice_number=doc.get("invoice_number"), currency=doc.get("currency"),
        gross_total=_dec(doc.get("gross_total")), conversion_rate=_dec(invoice.get("exchange_rate")),
        payment_id=payment_id, payment=Payment(date=body.date, amount=body.amount, method=body.method, reference=label),
        registered_by=principal.subject, now=datetime.now(UTC).isoformat(),
    )
    await asyncio.to_thread(ports.publisher.publish, INVOICE_PAYMENT.name, event)
    await asyncio.to_thread(
        ports.audit.append, tenant=principal.tenant, actor=principal.subject, action="invoice.payment.recorded",
        target=invoice_id, details={"payment_id": payment_id, "date": body.date.isoformat(),
                                    "amount": str(body.amount), "label": label},
    )
    return PaymentQueued(payment_id=payment_id, event_id=event["event_id"], label=label)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


@router.get("/{invoice_id}/payments", summary="Payment status, its history, and what was written back")
async def get_payments(invoice_id: str, ports: PortsDep, principal: PrincipalDep,
                       billing: BillingDep) -> dict[str, Any]:
    require(principal, Permission.READ)
    doc = await _invoice(ports, principal, invoice_id)
    repos = billing.repos.payments
    state, history, writebacks = await asyncio.gather(
        asyncio.to_thread(repos.state, invoice_id), asyncio.to_thread(repos.history, invoice_id),
        asyncio.to_thread(repos.writebacks, invoice_id),
    )
    invoice = doc.get("invoice") or {}
    current = state or {"status": invoice.get("payment_status"), "payments": invoice.get("payments") or [],
                        "paid_total": None, "cancelled": None, "updated_at": None, "updated_by": None}
    return {
        "invoice_id": invoice_id,
        "invoice_number": doc.get("invoice_number"),
        "currency": doc.get("currency"),
        "gross_total": doc.get("gross_total"),
        **{k: current.get(k) for k in ("status", "paid_total", "payments", "cancelled", "updated_at", "updated_by")},
        "history": history,
        "writebacks": [
            {"payment_id": w["_id"], **{k: _iso(w.get(k)) for k in ("service", "outcome", "attempts", "at",
                                                                      "requested_at", "payment", "answer")}}
            for w in writebacks
        ],
    }


@router.get("/{invoice_id}/links", summary="Invoices this one refers to (storno, correction…) and back")
async def get_links(invoice_id: str, ports: PortsDep, principal: PrincipalDep, billing: BillingDep) -> dict[str, Any]:
    require(principal, Permission.READ)
    await _invoice(ports, principal, invoice_id)
    outgoing, incoming = await asyncio.to_thread(billing.repos.links.of, principal.tenant, invoice_id)

    async def describe(relation: str, other_id: str, number: str | None) -> dict[str, Any]:
        other = await asyncio.to_thread(ports.invoices.get, principal.tenant, other_id)
        return {"relation": relation, "invoice_id": other_id, "archived": other is not None,
                "invoice_number": (other or {}).get("invoice_number") or number}

    items = [await describe(link["relation"], link["to_invoice_id"], link.get("to_number")) for link in outgoing]
    items += [await describe(INVERSE_RELATIONS.get(link["relation"], link["relation"]), link["from_invoice_id"], None)
              for link in incoming]
    return {"invoice_id": invoice_id, "items": items}
