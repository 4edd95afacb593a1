"""``/ui/clients/{id}``: a client card — the client record and its invoices, with totals and the open
balance (unpaid, and what remains of partially paid invoices) per currency."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.core.search_query import InvoiceQuery, build_filter
from services.web import presentation as fmt
from services.web.deps import PortsDep
from services.web.params import Page
from services.web.ui.guard import PageNotFound, Searcher, accounts_of
from services.web.ui.pages.search import PAGE_SIZE
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
CLIENT_CARD_LIMIT = 2000  # invoices summed on one client card (FerretDB's $group has only $sum/$count)


@router.get("/clients/{client_id}")
def client_page(request: Request, ports: PortsDep, ctx: Searcher, client_id: str, page: Page = 1) -> HTMLResponse:
    principal = ctx.principal
    client = accounts_of(ports).client(principal.tenant, client_id)
    if client is not None and not principal.sees_site(client.get("site", "")):
        client = None  # another site's record, as the reference API would not show it either
    scope = build_filter(InvoiceQuery(tenant=principal.tenant, sites=principal.sites))
    docs, total = ports.invoices.search({"$and": [scope, {"client_id": client_id}]}, skip=0,
                                        limit=CLIENT_CARD_LIMIT)
    if client is None and not docs:
        raise PageNotFound(ctx)
    pager = fmt.paginate(total, page, PAGE_SIZE)
    shown = docs[pager.skip:pager.skip + PAGE_SIZE]
    return render(request, "client.html", ctx, client=client or {"_id": client_id, "name": docs[0].get("client_name")},
                  items=shown, pg=pager, totals=fmt.client_totals(docs), open_balance=fmt.open_balance(docs),
                  truncated=total > len(docs),
                  limit=CLIENT_CARD_LIMIT, page_url=lambda p: f"/ui/clients/{quote(client_id)}?page={p}")
