"""``/ui/clients/{id}``: the client card (Ügyfélkarton) — every invoice of one counterparty, matched or
not, with the open balance, what is overdue, totals per currency and per year, and a chart of monthly
invoiced vs paid; the client's data and its ids in the billing systems.

``id``: a client record's opaque id or a reference client's own id (``web/client_card.py``). Invoices
and figures come from the query index (the rows it stores); a site-limited viewer sees only their
sites' invoices, and a card with nothing they may see is not found.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.core.client_card import CardSummary, summarise
from services.web import presentation as fmt
from services.web.client_card import CLIENT_CARD_LIMIT, card_rows, fill_from_rows, resolve_client, shown
from services.web.deps import PortsDep
from services.web.params import Page
from services.web.ui import chart as charts
from services.web.ui.guard import PageNotFound, Searcher
from services.web.ui.pages.search import PAGE_SIZE
from services.web.ui.render import language, render

router = APIRouter(prefix="/ui", include_in_schema=False)


_MONTHS = {
    "hu": ("jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def _month_label(lang: str) -> Callable[[str], str]:
    """``2025-03`` → ``2025. márc.`` / ``Mar 2025`` (the chart's title)."""
    names = _MONTHS.get(lang, _MONTHS["hu"])

    def label(month: str) -> str:
        year, number = month.split("-")
        name = names[int(number) - 1]
        return f"{year}. {name}" if lang == "hu" else f"{name} {year}"
    return label


def _chart(summary: CardSummary, lang: str) -> tuple[charts.Chart | None, str]:
    """The monthly chart's geometry (``None`` for a client without invoices) and its title; drawn by the
    same ``templates/_chart.html`` as the start page's."""
    label = _month_label(lang)
    title = fmt.translate(lang, "client.chart_title", currency=summary.chart_currency or "HUF",
                          first=label(summary.months[0].month), last=label(summary.months[-1].month))
    if summary.chart_currency is None:
        return None, title
    months = [date(int(m.month[:4]), int(m.month[5:7]), 1) for m in summary.months]
    sums = {m.month.replace("-", ""): {"gross_amount": float(m.invoiced), "paid_amount": float(m.paid)}
            for m in summary.months}
    return charts.monthly_chart(months, sums), title


@router.get("/clients/{client_id}")
def client_page(request: Request, ports: PortsDep, ctx: Searcher, client_id: str, page: Page = 1) -> HTMLResponse:
    principal = ctx.principal
    client = resolve_client(ports, principal.tenant, principal.sites, client_id)
    rows, total = card_rows(ports, principal.tenant, principal.sites, client) if client else ([], 0)
    if not shown(client_id, client, rows) or client is None:
        raise PageNotFound(ctx)
    fill_from_rows(client, rows)
    lang = language(request, ctx.user)
    summary = summarise(rows, datetime.now(fmt.LOCAL_TZ).date())
    chart, chart_title = _chart(summary, lang)
    pager = fmt.paginate(len(rows), page, PAGE_SIZE)
    return render(request, "client.html", ctx, client=client, items=rows[pager.skip:pager.skip + PAGE_SIZE],
                  pg=pager, summary=summary, chart=chart, chart_title=chart_title,
                  chart_currency=summary.chart_currency or "HUF",
                  truncated=total > len(rows), limit=CLIENT_CARD_LIMIT,
                  page_url=lambda p: f"/ui/clients/{quote(client_id)}?page={p}")
