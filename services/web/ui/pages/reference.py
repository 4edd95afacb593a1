"""``/ui/reference/{kind}/{id}``: a project, contract, order or delivery note an invoice is linked to — the
record (number, name, client, the records it names) and the invoices of the reader's sites linked to it.
The invoice page links here; read-only (the records are edited through the reference API and CLI)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.core.errors import NotFoundError
from services.core.reference import RefKind
from services.core.search_query import InvoiceQuery, build_filter
from services.web.deps import PortsDep
from services.web.ui.guard import PageNotFound, Searcher
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
KINDS = (RefKind.PROJECT, RefKind.CONTRACT, RefKind.ORDER, RefKind.DELIVERY_NOTE)
LINKED_INVOICES = 200  # shown on the page; the search list holds the rest


@router.get("/reference/{kind}/{ref_id}")
def reference_page(request: Request, ports: PortsDep, ctx: Searcher, kind: str, ref_id: str) -> HTMLResponse:
    principal = ctx.principal
    if kind not in {k.value for k in KINDS}:
        raise PageNotFound(ctx)
    try:
        record: dict[str, Any] | None = ports.reference.get(principal.tenant, RefKind(kind), ref_id)
    except NotFoundError:
        record = None
    if record is not None and not principal.sees_site(record.get("site", "")):
        record = None  # another site's record, as the reference API would not show it either
    scope = build_filter(InvoiceQuery(tenant=principal.tenant, sites=principal.sites))
    docs, total = ports.invoices.search({"$and": [scope, {f"{kind}_id": ref_id}]}, skip=0, limit=LINKED_INVOICES)
    if record is None and not docs:
        raise PageNotFound(ctx)
    links = [(k, record.get(f"{k}_id")) for k in ("client", "project", "contract", "order")
             if record and k != kind and record.get(f"{k}_id")]
    return render(request, "reference.html", ctx, kind=kind, ref_id=ref_id, record=record or {}, links=links,
                  items=docs, total=total, limit=LINKED_INVOICES)
