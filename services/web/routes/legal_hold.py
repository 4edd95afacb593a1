"""Legal hold (admins): ``PUT`` places it, ``DELETE`` lifts it, each with a reason — on one invoice, or on
every hit of a search (bounded) — on the storage (S3 Object Lock legal hold on every stored version) and
in the audit log, through ``web/holds.py``. While held, an invoice outlives its retention:
``szamlatar retention purge`` keeps it."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from services.core.retention import REASON_MAX, REASON_MIN
from services.core.search_query import InvoiceQuery
from services.web import holds
from services.web.deps import PortsDep, PrincipalDep

router = APIRouter(tags=["invoices"])


class HoldReason(BaseModel):
    reason: str = Field(min_length=REASON_MIN, max_length=REASON_MAX,
                        description="why: the tax audit, the lawsuit, the request (kept in the audit log)")


class SearchCriteria(BaseModel):
    """The search of ``GET /api/v1/invoices`` (its filters, same meaning), within the admin's sites."""

    client: str | None = Field(None, max_length=200, description="client id, tax number or part of the name")
    issue_from: date | None = None
    issue_to: date | None = None
    gross_min: Decimal | None = Field(None, ge=-10**15, le=10**15)
    gross_max: Decimal | None = Field(None, ge=-10**15, le=10**15)
    number: str | None = Field(None, max_length=200)
    q: str | None = Field(None, max_length=500, description="full text: every word must occur")


class SearchHoldBody(HoldReason):
    query: SearchCriteria


async def _hold(invoice_id: str, body: HoldReason, ports: PortsDep, principal: PrincipalDep,
                on: bool) -> dict[str, Any]:
    hold = await asyncio.to_thread(holds.hold_invoice, ports, principal, invoice_id, reason=body.reason, on=on)
    return {"id": invoice_id, "legal_hold": hold}


@router.put("/api/v1/invoices/{invoice_id}/legal-hold", summary="Place a legal hold (admins; a reason is required)")
async def place_hold(invoice_id: str, body: HoldReason, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    return await _hold(invoice_id, body, ports, principal, True)


@router.delete("/api/v1/invoices/{invoice_id}/legal-hold", summary="Lift a legal hold (admins; a reason is required)")
async def lift_hold(invoice_id: str, body: HoldReason, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    return await _hold(invoice_id, body, ports, principal, False)


async def _hold_search(body: SearchHoldBody, ports: PortsDep, principal: PrincipalDep, on: bool) -> dict[str, Any]:
    c = body.query
    query = InvoiceQuery(tenant=principal.tenant, client=c.client, issue_from=c.issue_from, issue_to=c.issue_to,
                         gross_min=c.gross_min, gross_max=c.gross_max, number=c.number, text=c.q)
    done = await asyncio.to_thread(holds.hold_search, ports, principal, query, reason=body.reason, on=on)
    return {"held" if on else "lifted": done.held, "count": done.total}


@router.put("/api/v1/search/legal-hold",
            summary=f"Hold every invoice a search finds (admins; a reason; at most {holds.MAX_SEARCH_HOLD})")
async def place_search_hold(body: SearchHoldBody, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    return await _hold_search(body, ports, principal, True)


@router.delete("/api/v1/search/legal-hold", summary="Lift the hold on every invoice a search finds (admins)")
async def lift_search_hold(body: SearchHoldBody, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    return await _hold_search(body, ports, principal, False)
