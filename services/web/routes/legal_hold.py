"""Legal hold on an invoice (admins): ``PUT`` places it, ``DELETE`` lifts it, each with a reason, on the
storage (S3 Object Lock legal hold on every stored version) and in the audit log. While held, the
invoice outlives its retention: ``szamlatar retention purge`` keeps it."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from services.compliance.retention import RetentionRepo, set_legal_hold
from services.core.access import Permission, Principal
from services.core.retention import REASON_MAX, REASON_MIN
from services.web.deps import Ports, PortsDep, PrincipalDep, require
from services.web.pdf_reads import visible_invoice

router = APIRouter(prefix="/api/v1/invoices", tags=["invoices"])


class HoldReason(BaseModel):
    reason: str = Field(min_length=REASON_MIN, max_length=REASON_MAX,
                        description="why: the tax audit, the lawsuit, the request (kept in the audit log)")


def _retention(ports: Ports) -> RetentionRepo:
    if ports.retention is None:
        raise RuntimeError("the retention repository is not configured")
    return ports.retention


async def _hold(invoice_id: str, body: HoldReason, ports: Ports, principal: Principal, on: bool) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    await visible_invoice(ports, principal, invoice_id)
    hold = await asyncio.to_thread(
        set_legal_hold, ports.invoices, _retention(ports), ports.store, ports.audit, tenant=principal.tenant,
        invoice_id=invoice_id, actor=principal.subject, reason=body.reason, on=on)
    return {"id": invoice_id, "legal_hold": hold}


@router.put("/{invoice_id}/legal-hold", summary="Place a legal hold (admins; a reason is required)")
async def place_hold(invoice_id: str, body: HoldReason, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    return await _hold(invoice_id, body, ports, principal, True)


@router.delete("/{invoice_id}/legal-hold", summary="Lift a legal hold (admins; a reason is required)")
async def lift_hold(invoice_id: str, body: HoldReason, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    return await _hold(invoice_id, body, ports, principal, False)
