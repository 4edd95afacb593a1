"""``POST /api/v1/audit/verify`` — verify the caller's tenant's audit chain against its anchor."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter

from services.app.audit import verify_for
from services.core.access import Permission
from services.web.deps import PortsDep, PrincipalDep, anchors_of, require

router = APIRouter(prefix="/api/v1/audit", tags=["audit"])


@router.post(
    "/verify",
    summary="Verify the tenant's hash-chained audit log",
    description=(
        "Recomputes every entry's hash in order and checks the chain against its newest anchor (a copy of "
        "the head kept retention-locked in the archive bucket), so an edited, removed, cut-off or wholesale "
        "rewritten log is reported. An intact chain is anchored at its current head. The verification is "
        "itself recorded in the log. `problem`: `missing`, `broken_link`, `altered`, `rewritten`, "
        "`truncated`; `seq`: the first entry concerned. The chain is the whole tenant's: a token restricted "
        "to sites gets 403."
    ),
)
async def verify(ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.READ_AUDIT)
    verdict = await asyncio.to_thread(verify_for, ports.audit, anchors_of(ports), principal)
    return verdict.as_details()
