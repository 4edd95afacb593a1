"""``/ui/invoices``: the search list — filters, every column sortable, totals of all hits per currency,
page size, CSV / XLSX export links, saved searches (the filters under a name: the person's own, and the
tenant's shared by an admin; ``core/saved_searches.py``). The query is
``web/invoice_search.find_invoices`` (the query index: hits, order, count, sums and the rows
themselves), the same as the JSON API's, scoped to the reader's
tenant and sites; the query string is read by ``ui/search_params.read_list``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import QueryParams

from services.core.access import Permission
from services.core.errors import LimitExceededError, Rejected, Retryable
from services.core.retention import REASON_MAX, REASON_MIN
from services.core.saved_searches import KEPT_MAX, NAME_MAX, SavedSearchError, new_search
from services.core.search_index import counterparty, index_query
from services.core.search_query import InvoiceQuery
from services.web import holds
from services.web import presentation as fmt
from services.web.deps import Ports, PortsDep
from services.web.invoice_search import find_invoices
from services.web.params import Page
from services.web.ui import search_params as sp
from services.web.ui.guard import AdminForm, Forbidden, Searcher, SearcherForm, accounts_of
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
HOLD_OUTCOMES = ("placed", "lifted", "too_many", "failed", "bad_reason")
# The notice after saving or deleting a search (``?saved=…``): done, or why not (core SavedSearchError codes).
SAVED_OUTCOMES = ("saved", "deleted", "name_missing", "name_too_long", "query_too_long", "too_many")
PAGE_SIZE = sp.DEFAULT_PAGE_SIZE  # also the client card's

# The list's columns: (sort column or None, message key, right-aligned); the order of the table.
COLUMNS = (("direction", "col.direction", False), ("kind", "col.kind", False), ("invoice_number", "col.number", False),
           ("issue_date", "col.date", False), ("due_date", "col.due", False), ("counterparty", "col.partner", False),
           ("gross_total", "col.gross", True), ("currency", "col.currency", False), ("status", "col.payment", False),
           ("site", "col.site", False))


def _choices(ports: Ports, query: InvoiceQuery) -> dict[str, list[str]]:
    """What the reader's invoices hold, for the site, source and currency lists (facet terms)."""
    if ports.search is None:
        return {"site": [], "source": list(sp.SOURCES), "currency": []}
    scope = index_query(InvoiceQuery(tenant=query.tenant, sites=query.sites))
    found = ports.search.facets(scope, ("site", "source", "currency"))
    return {k: sorted(v) for k, v in found.items()}


@router.get("/invoices")
def search_page(request: Request, ports: PortsDep, ctx: Searcher, page: Page = 1) -> HTMLResponse:
    wanted = sp.read_list(request.query_params, ctx.principal)
    size = wanted.page_size
    items: list[dict[str, Any]] = []
    pager, totals = fmt.paginate(0, 1, size), {}
    if not wanted.errors:
        first = fmt.paginate(page * size, page, size)  # assume the page exists …
        found = find_invoices(ports, wanted.query, skip=first.skip, limit=size, sort=wanted.sort, totals=True)
        items, pager, totals = found.rows, fmt.paginate(found.total, page, size), found.totals
        if pager.page != page:  # … and fetch the last one when it does not
            items = find_invoices(ports, wanted.query, skip=pager.skip, limit=size, sort=wanted.sort).rows
    today = sp.today().isoformat()
    by_currency = sorted(totals.items(), key=lambda kv: (kv[0] != "HUF", kv[0]))
    return render(request, "search.html", ctx, items=items, pg=pager, values=wanted.values, errors=wanted.errors,
                  listing=wanted, columns=COLUMNS, totals=by_currency,
                  choices=_choices(ports, wanted.query), page_sizes=sp.PAGE_SIZES, directions=sp.DIRECTIONS,
                  kinds=sp.KINDS, statuses=sp.STATUSES, today=today, partner=counterparty,
                  page_url=lambda p: wanted.url(page=p), can_hold=ctx.principal.can(Permission.ADMIN),
                  can_evidence=ctx.principal.can(Permission.READ_AUDIT) and ctx.principal.tenant_wide,
                  hold_outcome=_outcome(request), hold_max=holds.MAX_SEARCH_HOLD,
                  listing_query=wanted.url("").removeprefix("?"),
                  saved=accounts_of(ports).searches.of(ctx.principal.tenant, ctx.principal.subject),
                  saved_outcome=_saved_outcome(request), can_share=ctx.principal.can(Permission.ADMIN),
                  saved_max=KEPT_MAX, saved_name_max=NAME_MAX)


def _saved_outcome(request: Request) -> str | None:
    outcome = request.query_params.get("saved", "")
    return outcome if outcome in SAVED_OUTCOMES else None


@router.post("/invoices/saved", response_model=None)
def save_search(ports: PortsDep, ctx: SearcherForm, listing: FormStr = "", name: FormStr = "",
                shared: FormStr = "") -> Response:
    """Keep the list's filters (``listing``, its query string) under ``name``: the person's own, or the
    tenant's when an admin shares it; the same name again replaces the filters it stood for."""
    wanted = sp.read_list(QueryParams(listing), ctx.principal)
    share = shared == "1"
    if share and not ctx.principal.can(Permission.ADMIN):
        raise Forbidden(ctx)
    now = datetime.now(UTC)
    try:
        search = new_search(name, wanted.url("").removeprefix("?"), owner=ctx.principal.subject, shared=share,
                            now=now)
        accounts_of(ports).searches.save(ctx.principal.tenant, search, now)
    except SavedSearchError as refused:
        return RedirectResponse(wanted.url(saved=refused.code) + "#saved", status_code=303)
    ports.audit.append(tenant=ctx.principal.tenant, actor=ctx.principal.subject, action="search.saved",
                       target=f"saved_search:{search.id}",
                       details={"name": search.name, "query": search.query, "shared": search.shared})
    return RedirectResponse(wanted.url(saved="saved") + "#saved", status_code=303)


@router.post("/invoices/saved/delete", response_model=None)
def delete_search(ports: PortsDep, ctx: SearcherForm, listing: FormStr = "", search_id: FormStr = "",
                  shared: FormStr = "") -> Response:
    """Forget one of the person's saved searches, or (admins) one shared with the tenant."""
    share = shared == "1"
    if share and not ctx.principal.can(Permission.ADMIN):
        raise Forbidden(ctx)
    if accounts_of(ports).searches.delete(ctx.principal.tenant, ctx.principal.subject, search_id, shared=share,
                                          now=datetime.now(UTC)):
        ports.audit.append(tenant=ctx.principal.tenant, actor=ctx.principal.subject, action="search.deleted",
                           target=f"saved_search:{search_id}", details={"shared": share})
    wanted = sp.read_list(QueryParams(listing), ctx.principal)
    return RedirectResponse(wanted.url(saved="deleted") + "#saved", status_code=303)


def _outcome(request: Request) -> tuple[str, int] | None:
    """The notice after a hold on the list (``?hold=…&held=N``), if the address carries one."""
    outcome = request.query_params.get("hold", "")
    held = request.query_params.get("held", "0")
    return (outcome, int(held) if held.isdigit() else 0) if outcome in HOLD_OUTCOMES else None


@router.post("/invoices/legal-hold", response_model=None)
def search_legal_hold(ports: PortsDep, ctx: AdminForm, listing: FormStr = "", action: FormStr = "",
                      reason: FormStr = "") -> Response:
    """Place (``action=place``) or lift (``action=lift``) the legal hold on every hit of the list whose
    query string ``listing`` is, with a reason — bounded and audited per invoice by ``web/holds.py``."""
    wanted = sp.read_list(QueryParams(listing), ctx.principal)
    reason = reason.strip()

    def back(outcome: str, held: int = 0) -> RedirectResponse:
        return RedirectResponse(wanted.url(hold=outcome, held=held or None) + "#hold-search", status_code=303)

    if wanted.errors or action not in ("place", "lift") or not REASON_MIN <= len(reason) <= REASON_MAX:
        return back("bad_reason")
    try:
        done = holds.hold_search(ports, ctx.principal, wanted.query, reason=reason, on=action == "place")
    except LimitExceededError:
        return back("too_many")
    except (Retryable, Rejected):
        return back("failed")
    return back("placed" if action == "place" else "lifted", done.total)

