"""``GET /api/v1/reconciliation?from=&to=`` — NAV completeness for the caller's tenant."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from services.adapters.reconciliation_repo import NavInvoiceRepo, archive_records, nav_taxpayer_ids
from services.core.access import Permission
from services.core.reconcile import reconcile, reconciliation_to_json
from services.web.deps import PortsDep, PrincipalDep, require

router = APIRouter(prefix="/api/v1/reconciliation", tags=["nav"])


@router.get(
    "",
    summary="Completeness against NAV Online Számla for an issue-date period",
    description=(
        "Compares the NAV invoice data imported by the NAV connector (`szamlatar nav-sync`) with the "
        "archive: `missing_in_archive` (NAV has it, the archive lacks it), `missing_in_nav`, `differing` "
        "(amounts, issue date, currency, buyer) and `without_pdf`, with gap counts. Outgoing invoices of "
        "the tenant's NAV taxpayers only."
    ),
)
async def get_reconciliation(
    ports: PortsDep, principal: PrincipalDep,
    date_from: Annotated[date, Query(alias="from")], date_to: Annotated[date, Query(alias="to")],
) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    if date_to < date_from:
        raise HTTPException(422, {"reason": "schema_violation", "message": "'to' is before 'from'"})
    if (date_to - date_from).days > 366:
        raise HTTPException(422, {"reason": "schema_violation", "message": "at most 366 days per request"})
    db = ports.invoices.db
    taxpayers = await asyncio.to_thread(nav_taxpayer_ids, db, principal.tenant)
    nav = await asyncio.to_thread(NavInvoiceRepo(db).records, principal.tenant, date_from, date_to)
    archive = await asyncio.to_thread(archive_records, db, principal.tenant, taxpayers, date_from, date_to)
    result = reconcile(nav, archive, date_from, date_to)
    return {**reconciliation_to_json(result), "taxpayers": sorted(taxpayers)}
