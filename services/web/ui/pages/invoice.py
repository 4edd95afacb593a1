"""``/ui/invoices/{id}``: one invoice, its versions and its audit trail. The PDF links point at the
API's audited PDF route, which accepts the session cookie."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from services.core.access import Permission
from services.web.deps import PortsDep
from services.web.ui.guard import PageNotFound, Reader
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)


@router.get("/invoices/{invoice_id}")
def invoice_page(request: Request, ports: PortsDep, ctx: Reader, invoice_id: str) -> HTMLResponse:
    principal = ctx.principal
    doc = ports.invoices.get(principal.tenant, invoice_id)
    if doc is None or not principal.sees_site(doc.get("site", "")):
        raise PageNotFound(ctx)
    versions = ports.invoices.versions(invoice_id)
    trail = ports.audit.trail(principal.tenant, invoice_id)
    invoice = doc.get("invoice") or {}
    return render(request, "invoice.html", ctx, doc=doc, inv=invoice, match=doc.get("match") or {},
                  versions=versions, trail=trail, warnings=invoice.get("warnings") or [],
                  can_pdf=principal.can(Permission.READ_PDF))
