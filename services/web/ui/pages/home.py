"""``/ui/`` (Kezdőlap): what needs the reader today, within the reader's tenant and sites.

- Invoices in and out, today and this month; what is still to be paid to us and by us, and what of it
  is overdue — counts and amounts per currency from the query index (``SearchIndex.totals``: one
  aggregation over fast fields each, no document read). Every figure links to the search list with the
  same filters, read by the same ``ui/search_params.read_list``, so the list shows exactly what was counted.
- Waiting for approval (the review page's own bounded query), integrations in error (admin: the small
  ``connections`` collection, their cursors and a back-fill that stopped with an error), NAV gaps found
  by the NAV sync's last reconciliation (tenant-wide readers: NAV's lists are the whole company's), dead
  letters not yet replayed — failed imports and processing (``invoice.dlq``), failed deliveries
  (``downstream.dlq``) — for a tenant-wide admin (``adapters/dlq.DeadLetterCounts``: a bounded read of
  the topics, kept a minute).
- The last twelve months invoiced (outgoing) vs paid, in the main currency, as server-side SVG (``ui/chart.py``).
- The reader's saved searches and the tenant's shared ones, as links to the list (``core/saved_searches.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.app import backfill as backfills
from services.app import connections as connections_uc
from services.app import review as decisions
from services.core.access import Permission, Principal
from services.core.search_index import TOTALS, index_query
from services.web.billing_deps import ConnectionsDep
from services.web.deps import Ports, PortsDep, review_ports
from services.web.ui import chart as charts
from services.web.ui import search_params as sp
from services.web.ui.guard import Searcher, accounts_of
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
REVIEW_LIMIT = 200  # as the review page: one bounded query, shown as "200+" beyond


@dataclass(frozen=True)
class Figure:
    key: str  # the message key of its title
    url: str  # the search list with the same filters
    count: int
    amounts: list[tuple[str, float]]  # (currency, amount), HUF first


def invoice_figures(day: date) -> list[tuple[str, dict[str, Any], str]]:
    """The start page's invoice figures: (title key, the list's filters, the amount summed)."""
    month = day.replace(day=1)
    figures: list[tuple[str, dict[str, Any], str]] = []
    for direction in ("outgoing", "incoming"):
        figures += [(f"home.{direction}.today", {"direction": direction, "issue_from": day, "issue_to": day},
                     "gross_amount"),
                    (f"home.{direction}.month", {"direction": direction, "issue_from": month, "issue_to": day},
                     "gross_amount"),
                    (f"home.{direction}.open", {"direction": direction, "status": "open"}, "open_amount"),
                    (f"home.{direction}.overdue", {"direction": direction, "overdue": "1"}, "open_amount")]
    return figures


def _figure(ports: Ports, principal: Principal, day: date, key: str, params: dict[str, Any], amount: str) -> Figure:
    assert ports.search is not None
    wanted = sp.read_list({k: v.isoformat() if isinstance(v, date) else v for k, v in params.items()}, principal,
                          on=day)
    found = ports.search.totals(index_query(wanted.query), "currency", TOTALS)
    amounts = sorted(((cur, b.sums[amount]) for cur, b in found.items()), key=lambda ca: (ca[0] != "HUF", ca[0]))
    return Figure(key, sp.list_url(**params), sum(b.count for b in found.values()), amounts)


def _chart(ports: Ports, principal: Principal, day: date) -> tuple[charts.Chart, str] | None:
    """Outgoing invoices of the last twelve months per issue month, in the currency most of them are in."""
    assert ports.search is not None
    months = charts.last_months(day)
    base = {"direction": "outgoing", "issue_from": months[0].isoformat(), "issue_to": day.isoformat()}
    period = sp.read_list(base, principal, on=day).query
    per_currency = ports.search.totals(index_query(period), "currency", ())
    if not per_currency:
        return None
    currency = max(per_currency, key=lambda c: (per_currency[c].count, c == "HUF"))
    in_currency = sp.read_list({**base, "currency": currency}, principal, on=day).query
    sums = ports.search.totals(index_query(in_currency), "issue_month", ("gross_amount", "paid_amount"))
    return charts.monthly_chart(months, {k: b.sums for k, b in sums.items()}), currency


@router.get("")
@router.get("/")
def home_page(request: Request, ports: PortsDep, ctx: Searcher, conns: ConnectionsDep) -> HTMLResponse:
    principal, day = ctx.principal, sp.today()
    figures = chart = None
    if ports.search is not None:
        figures = [_figure(ports, principal, day, *f) for f in invoice_figures(day)]
        chart = _chart(ports, principal, day)
    waiting = len(decisions.visible_items(review_ports(ports), principal, status="open", limit=REVIEW_LIMIT))
    failing = None
    if principal.can(Permission.ADMIN):
        rows = connections_uc.overview(conns, principal)
        failing = backfills.in_error(rows, backfills.shown_jobs(ports.billing.backfills, [r.connection for r in rows]))
    gaps = connections_uc.nav_gaps(conns, principal)
    dead: dict[str, int] | bool | None = False  # False: not this reader's; None: cannot be read now
    if principal.can(Permission.ADMIN) and principal.tenant_wide and ports.dead_letters is not None:
        dead = ports.dead_letters.waiting(principal.tenant)
    saved = accounts_of(ports).searches.of(principal.tenant, principal.subject)
    return render(request, "home.html", ctx, figures=figures, chart=chart, waiting=waiting,
                  waiting_limit=REVIEW_LIMIT, failing=failing, gaps=gaps, dead=dead, today=day, saved=saved)
