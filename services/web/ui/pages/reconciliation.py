"""``/ui/reconciliation``: NAV completeness, through the same ``reconcile_tenant`` the API and the CLI
use (``Ports.reconciliation``); the last full month (a monthly VAT period) unless asked. NAV's lists
are the whole company's, so a site-restricted user gets 403."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from services.core.enums import Direction
from services.nav.completeness import period_problem
from services.web import presentation as fmt
from services.web.deps import PortsDep
from services.web.ui.guard import Forbidden, Searcher
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
DIRECTIONS = {"outbound": Direction.OUTGOING, "inbound": Direction.INCOMING}


@router.get("/reconciliation")
def reconciliation_page(request: Request, ports: PortsDep, ctx: Searcher, direction: str = "outbound",
                        date_from: Annotated[str, Query(alias="from")] = "",
                        date_to: Annotated[str, Query(alias="to")] = "") -> HTMLResponse:
    if not ctx.principal.tenant_wide:  # NAV's lists are the whole company's: no site filter can apply to them
        raise Forbidden(ctx, "recon.tenant_wide")
    default_from, default_to = fmt.previous_month(datetime.now(UTC).date())
    try:
        start = fmt.parse_date_input(date_from) or default_from
        end = fmt.parse_date_input(date_to) or default_to
    except ValueError:
        start, end = default_from, default_to
        bad_period = True
    else:
        bad_period = period_problem(start, end) is not None
    chosen = direction if direction in DIRECTIONS else "outbound"
    values = {"from": start.isoformat(), "to": end.isoformat(), "direction": chosen}
    if bad_period:
        return render(request, "reconciliation.html", ctx, status=422, values=values, result=None, bad_period=True,
                      taxpayers=set())
    result, taxpayers = ports.reconciliation.reconcile(ctx.principal.tenant, start, end, DIRECTIONS[chosen])
    return render(request, "reconciliation.html", ctx, values=values, result=result, bad_period=False,
                  taxpayers=taxpayers, gap_total=sum(result.gaps.values()))
