"""``/ui/clients/{id}``: the client card (Ügyfélkarton) — every invoice of one counterparty, matched or
not, with the open balance, what is overdue, totals per currency and per year, and a chart of monthly
invoiced vs paid; the client's data and its ids in the billing systems.

``id`` is either a client record's opaque id (``core/clients.client_record_id``, what a search row's
``counterparty_id`` links to) or a reference client's own id (``client-003``, what the matcher links).
Both lead to the same card: the invoices whose counterparty is that record, or that the matcher linked
to one of its reference ids. Invoices and figures come from the query index (the rows it stores); a
site-limited viewer sees only their sites' invoices, and a card with nothing they may see is not found.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from services.core.client_card import CardSummary, summarise
from services.core.clients import address_line, client_key_of_reference, is_client_record_id
from services.core.keys import client_record_id
from services.core.search_index import AnyOf, Either, IndexQuery, decode_row, encode_row, index_query, parse_sort
from services.core.search_query import InvoiceQuery, build_filter
from services.web import presentation as fmt
from services.web.deps import Ports, PortsDep
from services.web.params import Page
from services.web.ui.bar_chart import monthly_chart
from services.web.ui.guard import PageNotFound, Searcher, accounts_of
from services.web.ui.pages.search import PAGE_SIZE
from services.web.ui.render import language, render

router = APIRouter(prefix="/ui", include_in_schema=False)
CLIENT_CARD_LIMIT = 5000  # invoices read for one card (rows from the index, ~0.5 KB each)
Doc = dict[str, Any]


@dataclass
class CardClient:
    """What the card shows of the client: never a store key, only the client's own data and ids."""

    record_id: str | None
    reference_ids: list[str]
    name: str | None = None
    tax_number: str | None = None
    vat_number: str | None = None
    address: str = ""
    email: str | None = None
    phone: str | None = None
    billing_ids: dict[str, list[str]] = field(default_factory=dict)


def _from_record(record: Doc, reference_ids: list[str]) -> CardClient:
    ids = record.get("ids") or {}
    return CardClient(record_id=str(record["_id"]), reference_ids=sorted({*reference_ids, *ids.get("reference", [])}),
                      name=record.get("name"), tax_number=record.get("tax_number"),
                      vat_number=record.get("vat_number"), address=address_line(record.get("address")),
                      email=record.get("email"), phone=record.get("phone"),
                      billing_ids={k: v for k, v in ids.items() if k != "reference" and v})


def resolve_client(ports: Ports, tenant: str, sites: tuple[str, ...], client_id: str) -> CardClient | None:
    """The client a card URL names: a client record by its id, or a reference client by its own id
    (with the record of the same counterparty, when there is one)."""
    records = ports.client_records
    if is_client_record_id(client_id):
        record = records.get(tenant, client_id) if records is not None else None
        return _from_record(record, []) if record is not None else CardClient(record_id=client_id, reference_ids=[])
    reference = accounts_of(ports).client(tenant, client_id)
    if reference is None or (sites and reference.get("site", "") not in sites):
        return CardClient(record_id=None, reference_ids=[client_id])  # invoices the matcher linked may remain
    key = client_key_of_reference(reference)
    record_id = client_record_id(tenant, key) if key else None
    record = records.get(tenant, record_id) if records is not None and record_id else None
    if record is not None:
        return _from_record(record, [client_id])
    return CardClient(record_id=record_id, reference_ids=[client_id], name=reference.get("name"),
                      tax_number=reference.get("tax_number"), vat_number=reference.get("vat_number"),
                      address=address_line({"postal_code": reference.get("postal_code"),
                                            "city": reference.get("city")}))


def card_rows(ports: Ports, tenant: str, sites: tuple[str, ...], client: CardClient) -> tuple[list[Doc], int]:
    """The client's invoices the caller may see, newest first, as index rows; and how many there are."""
    ids = ((AnyOf("counterparty", (client.record_id,)),) if client.record_id else ()) + \
        ((AnyOf("client_id", tuple(client.reference_ids)),) if client.reference_ids else ())
    if not ids:
        return [], 0
    scope = InvoiceQuery(tenant=tenant, sites=sites)
    if ports.search is not None:
        query = IndexQuery((*index_query(scope).clauses, Either(ids)))
        page = ports.search.search(query, sort=parse_sort(None), offset=0, limit=CLIENT_CARD_LIMIT)
        return page.rows, page.total
    # Without a query index (unit tests, a store-only setup): the store's rows, filtered here.
    docs, _ = ports.invoices.search(build_filter(scope), skip=0, limit=CLIENT_CARD_LIMIT)
    rows = [decode_row(encode_row(d)) for d in docs]
    mine = [r for r in rows if (client.record_id and r.get("counterparty_id") == client.record_id)
            or r.get("client_id") in client.reference_ids]
    return mine, len(mine)


_MONTHS = {
    "hu": ("jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def _month_label(lang: str, *, short: bool = False) -> Callable[[str], str]:
    """``2025-03`` → ``2025. márc.`` / ``Mar 2025``; ``short``: the month alone (the chart's axis)."""
    names = _MONTHS.get(lang, _MONTHS["hu"])

    def label(month: str) -> str:
        year, number = month.split("-")
        name = names[int(number) - 1]
        return name if short else (f"{year}. {name}" if lang == "hu" else f"{name} {year}")
    return label


def _chart(summary: CardSummary, lang: str) -> tuple[Markup | None, str]:
    """The monthly chart (``None`` for a client without invoices) and its title."""
    t, currency, label = fmt.translate, summary.chart_currency or "HUF", _month_label(lang)
    title = t(lang, "client.chart_title", currency=currency, first=label(summary.months[0].month),
              last=label(summary.months[-1].month))
    if summary.chart_currency is None:
        return None, title
    return monthly_chart(
        summary.months, title=title, invoiced_label=t(lang, "client.invoiced"), paid_label=t(lang, "client.paid"),
        amount=lambda v: fmt.format_amount(Decimal(v).quantize(Decimal(1)), currency, lang=lang),
        month_label=label, axis_label=_month_label(lang, short=True)), title


@router.get("/clients/{client_id}")
def client_page(request: Request, ports: PortsDep, ctx: Searcher, client_id: str, page: Page = 1) -> HTMLResponse:
    principal = ctx.principal
    client = resolve_client(ports, principal.tenant, principal.sites, client_id)
    rows, total = card_rows(ports, principal.tenant, principal.sites, client) if client else ([], 0)
    visible_reference = client is not None and client.name is not None and not is_client_record_id(client_id)
    if client is None or (not rows and not visible_reference):
        raise PageNotFound(ctx)
    if client.name is None and rows:  # no record yet (a backfill has not run): the newest invoice's party
        first = rows[0]
        side = "seller" if first.get("direction") == "incoming" else "buyer"
        client.name, client.tax_number = first.get(f"{side}_name"), first.get(f"{side}_tax_number")
    lang = language(request, ctx.user)
    summary = summarise(rows, datetime.now(fmt.LOCAL_TZ).date())
    chart, chart_title = _chart(summary, lang)
    pager = fmt.paginate(len(rows), page, PAGE_SIZE)
    return render(request, "client.html", ctx, client=client, items=rows[pager.skip:pager.skip + PAGE_SIZE],
                  pg=pager, summary=summary, chart=chart, chart_title=chart_title,
                  chart_currency=summary.chart_currency or "HUF", month_label=_month_label(lang),
                  truncated=total > len(rows), limit=CLIENT_CARD_LIMIT,
                  page_url=lambda p: f"/ui/clients/{quote(client_id)}?page={p}")
