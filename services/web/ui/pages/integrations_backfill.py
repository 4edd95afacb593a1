"""``/ui/admin/integrations/{id}/backfill`` (Visszamenőleges letöltés): a Billingo connection's history
back-fill from a date, asked for on its row of the Integrációk page. The request is recorded as a job
and answered at once (``app/backfill.py``, the same use case as ``/api/v1/connections/{id}/backfill``);
the Billingo poller runs it, and this page shows the job's progress line, refreshing itself (a meta
refresh, no script) while the job is queued or running. Számlázz.hu has no list to back-fill from:
its row says so instead of offering the form, and this page (and a form posted to it) answers 404."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from services.app import backfill as uc
from services.app.backfill import BackfillPorts
from services.app.connections import owned
from services.core.backfill import is_active
from services.core.errors import (
    ConflictError,
    NotFoundError,
    SchemaViolationError,
    SzamlatarError,
    UnsupportedOperationError,
)
from services.web.billing_deps import BackfillDep
from services.web.sessions import SessionContext
from services.web.ui.guard import Admin, AdminForm, PageNotFound
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
REFRESH_SECONDS = 3  # while a job is queued or running
REFUSED: tuple[tuple[type[SzamlatarError], int, str], ...] = (
    (SchemaViolationError, 422, "integrations.backfill.bad_date"),
    (ConflictError, 409, "integrations.backfill.busy"),
)


def _page(request: Request, ports: BackfillPorts, ctx: SessionContext, connection_id: str, *, status: int = 200,
          error: str | None = None, since: str = "") -> HTMLResponse:
    try:
        doc = owned(ports.connections, ctx.principal, connection_id)
        job = uc.backfill_status(ports, ctx.principal, connection_id)
    except (NotFoundError, UnsupportedOperationError) as exc:  # another kind: nothing to back-fill from
        raise PageNotFound(ctx) from exc
    values: dict[str, Any] = {"connection": doc, "job": job, "error": error, "since": since,
                              "refresh": REFRESH_SECONDS if job is not None and is_active(job) else None}
    return render(request, "integration_backfill.html", ctx, status=status, **values)


@router.get("/admin/integrations/{connection_id}/backfill")
def backfill_page(request: Request, ctx: Admin, ports: BackfillDep, connection_id: str) -> HTMLResponse:
    return _page(request, ports, ctx, connection_id)


@router.post("/admin/integrations/{connection_id}/backfill", response_model=None)
def backfill_request(request: Request, ctx: AdminForm, ports: BackfillDep, connection_id: str,
                     since: FormStr = "") -> Response:
    try:
        uc.request_backfill(ports, ctx.principal, connection_id, since)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = next(((s, m) for cls, s, m in REFUSED if isinstance(exc, cls)),
                               (422, "integrations.backfill.no_list"))
        return _page(request, ports, ctx, connection_id, status=status, error=message, since=since)
    # to the page that shows the progress: a reload then reads the job again, it never asks twice
    return RedirectResponse(f"/ui/admin/integrations/{connection_id}/backfill?asked=1", status_code=303)
