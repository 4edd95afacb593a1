"""``/ui/invoices``, where ``/ui`` leads: the search form and its results. The query is
``web/invoice_search.find_invoices`` (the query index, rows by _id), the same as the JSON API's, scoped to
the reader's tenant and sites."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from services.core.search_query import InvoiceQuery
from services.web import presentation as fmt
from services.web.deps import PortsDep
from services.web.invoice_search import find_invoices
from services.web.params import Page
from services.web.ui.guard import Searcher
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
PAGE_SIZE = 25


@router.get("")
@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/ui/invoices", status_code=303)


@router.get("/invoices")
def search_page(request: Request, ports: PortsDep, ctx: Searcher, page: Page = 1,
                client: str = "", issue_from: str = "", issue_to: str = "", gross_min: str = "",
                gross_max: str = "", number: str = "", q: str = "") -> HTMLResponse:
    principal = ctx.principal
    raw = {"client": client, "issue_from": issue_from, "issue_to": issue_to, "gross_min": gross_min,
           "gross_max": gross_max, "number": number, "q": q}
    errors: list[tuple[str, str]] = []

    def parsed(parse: Any, key: str, message: str) -> Any:
        try:
            return parse(raw[key])
        except (ValueError, ArithmeticError):
            errors.append((message, raw[key]))
            return None

    query = InvoiceQuery(
        tenant=principal.tenant, sites=principal.sites, client=client.strip() or None,
        issue_from=parsed(fmt.parse_date_input, "issue_from", "search.bad_date"),
        issue_to=parsed(fmt.parse_date_input, "issue_to", "search.bad_date"),
        gross_min=parsed(fmt.parse_amount_input, "gross_min", "search.bad_amount"),
        gross_max=parsed(fmt.parse_amount_input, "gross_max", "search.bad_amount"),
        number=number.strip() or None, text=q.strip() or None,
    )
    items: list[dict[str, Any]] = []
    pager = fmt.paginate(0, 1, PAGE_SIZE)
    if not errors:
        wanted = fmt.paginate(page * PAGE_SIZE, page, PAGE_SIZE)  # assume the page exists …
        found = find_invoices(ports, query, skip=wanted.skip, limit=PAGE_SIZE)
        items, pager = found.rows, fmt.paginate(found.total, page, PAGE_SIZE)
        if pager.page != page:  # … and fetch the last one when it does not
            items = find_invoices(ports, query, skip=pager.skip, limit=PAGE_SIZE).rows
    kept = {k: v for k, v in raw.items() if v}
    return render(request, "search.html", ctx, items=items, pg=pager, values=raw, errors=errors,
                  page_url=lambda p: "/ui/invoices?" + urlencode({**kept, "page": p}))
