"""``GET /api/v1/reconciliation?from=&to=&direction=`` — NAV completeness for the caller's tenant.

One direction per request, ``outbound`` unless asked: the answer keeps the shape existing callers
read, and each direction has its own counts and gaps, which one merged answer would blur."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from services.core.access import Permission
from services.core.enums import Direction
from services.core.errors import NotPermittedError, SchemaViolationError
from services.nav.completeness import MAX_PERIOD_DAYS, period_problem, reconciliation_to_json
from services.web.deps import PortsDep, PrincipalDep, require
from services.web.presentation import translate

router = APIRouter(prefix="/api/v1/reconciliation", tags=["nav"])


@router.get(
    "",
    summary="Completeness against NAV Online Számla for an issue-date period",
    description=(
        "Compares the NAV invoice data imported by the NAV connector (`szamlatar run nav-sync`) with the "
        "archive: `missing_in_archive` (NAV has it, the archive lacks it), `missing_in_nav`, `differing` "
        "(amounts, issue date, currency, buyer) and `without_pdf`, with gap counts. `direction=outbound` "
        "(default): invoices the tenant's NAV taxpayers issued; `direction=inbound`: incoming invoices "
        "addressed to them, matched on the supplier's tax number and the invoice number. Tenant-wide, so "
        "a token restricted to sites gets 403."
    ),
)
async def get_reconciliation(
    ports: PortsDep, principal: PrincipalDep,
    date_from: Annotated[date, Query(alias="from")], date_to: Annotated[date, Query(alias="to")],
    # NAV's words, lower-cased: outbound (our taxpayer issued), inbound (received; NAV lists them
    # where it is the buyer).
    direction: Literal["outbound", "inbound"] = "outbound",
) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    if principal.sites:  # NAV lists the whole company's invoices; no site filter can apply to them
        raise NotPermittedError("the NAV reconciliation is tenant-wide: a site-restricted token may not read it")
    problem = period_problem(date_from, date_to)
    if problem:
        raise SchemaViolationError(translate("en", f"recon.period.{problem}", days=MAX_PERIOD_DAYS))
    result, taxpayers = await asyncio.to_thread(ports.reconciliation.reconcile, principal.tenant, date_from,
                                                date_to, Direction.from_nav(direction.upper()))
    return {**reconciliation_to_json(result), "direction": direction, "taxpayers": sorted(taxpayers)}
