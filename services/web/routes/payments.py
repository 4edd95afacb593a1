"""Payments of an invoice: record one (→ ``invoice.payment`` → status-sync → Billingo / Számlázz.hu),
see the payment state with its history and the write-back records, and the invoice's links
(a storno to the invoice it cancels, and back)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, status

from services.app import payments
from services.app.payments import PaymentIn, PaymentQueued
from services.core.access import Permission
from services.core.billing_import import INVERSE_RELATIONS
from services.web.billing_deps import BillingDep
from services.web.deps import PaymentDep, PortsDep, PrincipalDep, require

router = APIRouter(prefix="/api/v1/invoices", tags=["payments"])


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
    invoice_id: str, body: PaymentIn, pay: PaymentDep, principal: PrincipalDep,
    idempotency_key: Annotated[str | None, Header(max_length=128)] = None,
    x_correlation_id: Annotated[str | None, Header(max_length=128)] = None,
) -> PaymentQueued:
    require(principal, Permission.PAY)
    return await asyncio.to_thread(payments.record_payment, pay, principal, invoice_id, body,
                                   idempotency_key=idempotency_key, correlation_id=x_correlation_id)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


@router.get("/{invoice_id}/payments", summary="Payment status, its history, and what was written back")
async def get_payments(invoice_id: str, pay: PaymentDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.READ)
    view = await asyncio.to_thread(payments.payment_view, pay, principal, invoice_id)
    doc, current = view.invoice, view.state
    return {
        "invoice_id": invoice_id,
        "invoice_number": doc.get("invoice_number"),
        "currency": doc.get("currency"),
        "gross_total": doc.get("gross_total"),
        **{k: current.get(k) for k in ("status", "paid_total", "payments", "cancelled", "updated_at", "updated_by")},
        "history": view.history,
        "writebacks": [
            {"payment_id": w["_id"], **{k: _iso(w.get(k)) for k in ("service", "outcome", "attempts", "at",
                                                                      "requested_at", "payment", "answer")}}
            for w in view.writebacks
        ],
    }


@router.get("/{invoice_id}/links", summary="Invoices this one refers to (storno, correction…) and back")
async def get_links(invoice_id: str, ports: PortsDep, principal: PrincipalDep, billing: BillingDep) -> dict[str, Any]:
    require(principal, Permission.READ)
    await asyncio.to_thread(payments.visible_invoice, ports.invoices, principal, invoice_id)
    outgoing, incoming = await asyncio.to_thread(billing.repos.links.of, principal.tenant, invoice_id)

    async def describe(relation: str, other_id: str, number: str | None) -> dict[str, Any]:
        other = await asyncio.to_thread(ports.invoices.get, principal.tenant, other_id)
        return {"relation": relation, "invoice_id": other_id, "archived": other is not None,
                "invoice_number": (other or {}).get("invoice_number") or number}

    items = [await describe(link["relation"], link["to_invoice_id"], link.get("to_number")) for link in outgoing]
    items += [await describe(INVERSE_RELATIONS.get(link["relation"], link["relation"]), link["from_invoice_id"], None)
              for link in incoming]
    return {"invoice_id": invoice_id, "items": items}
