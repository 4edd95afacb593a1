"""``/ui/admin/integrations`` (Integrációk): every connection of the tenant — Billingo, Számlázz.hu, own
system, pull, NAV, exports, producers — with its kind, site, state, last sync and last error; add or edit
a Billingo or Számlázz.hu connection (the key is never shown back), whose saving runs the test fetch and
shows its verdict; pause and resume any of them (each process honours it: ``core/pausing.py``); a
Billingo row offers a history back-fill from a date and shows its progress (``integrations_backfill.py``).

Every action is a use case of ``app/connections.py``, the same as ``/api/v1/connections``; its domain
errors become a Hungarian message on the page. A site-restricted admin sees and changes only the
connections of its sites (``Principal.sees_site``, ``deps.require_sites``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from services.app import backfill as backfills
from services.app import connections as uc
from services.app import integrations as more
from services.app.connections import ConnectionPorts
from services.app.integrations import IntegrationPorts
from services.core.connections import KINDS, SERVICE_NAMES
from services.core.errors import (
    ConflictError,
    ForbiddenError,
    NotFoundError,
    Rejected,
    Retryable,
    SchemaViolationError,
    SzamlatarError,
    UnsupportedOperationError,
)
from services.web.billing_deps import ConnectionsDep
from services.web.deps import Ports, PortsDep
from services.web.integration_deps import IntegrationsDep
from services.web.sessions import SessionContext
from services.web.ui.guard import Admin, AdminForm, PageNotFound
from services.web.ui.render import render
from services.web.ui.sites import known_sites

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
KEY_FIELD = {"billingo": "api_key", "szamlazz": "agent_key"}  # the one key each kind's form asks for
assert set(KEY_FIELD) == set(KINDS)
PAUSE_NOTICES = ("own_system", "producer", "export", "nav")  # integrations.paused.<kind> (core/pausing.py)

# A refused save, by its domain error: the status of the page and the message for a person.
SAVE_ERRORS: dict[type[Rejected], tuple[int, str]] = {
    SchemaViolationError: (422, "integrations.invalid"),
    ForbiddenError: (403, "integrations.sites_beyond"),
    ConflictError: (409, "integrations.exists"),
    UnsupportedOperationError: (422, "integrations.not_editable"),
}


def _page(request: Request, conns: ConnectionPorts, ctx: SessionContext, *, status: int = 200,
          error: str | None = None, verdict: dict[str, Any] | None = None, shown_once: dict[str, str] | None = None,
          editing: dict[str, Any] | None = None, values: dict[str, str] | None = None,
          notice: str | None = None, ports: Ports, ints: IntegrationPorts, detail: str = "",
          secret: dict[str, Any] | None = None) -> HTMLResponse:
    rows = uc.overview(conns, ctx.principal)
    producers = {p["id"]: p for p in more.producers(ints, ctx.principal)}
    return render(request, "integrations.html", ctx, status=status, rows=rows, error=error, verdict=verdict,
                  shown_once=shown_once or {}, editing=editing, values=values or {}, notice=notice,
                  kinds=KINDS, pausable=uc.PAUSABLE, testable=uc.TESTABLE, service_names=SERVICE_NAMES,
                  detail=detail, secret=secret,
                  backfills=backfills.shown_jobs(ports.billing.backfills, [r.connection for r in rows]),
                  producers=producers, sites=known_sites(ports, ctx.principal),
                  inbox={"bucket": ports.settings.inbox_bucket if ports.settings else "szamlatar-inbox",
                         "prefix": f"inbox/{ctx.principal.tenant}/"},
                  webhook_base=ints.webhook_url(""))


def shower(request: Request, conns: ConnectionPorts, ctx: SessionContext, ports: Ports,
           ints: IntegrationPorts) -> Callable[..., HTMLResponse]:
    """The page, with what an action has to say (``_page``'s keywords): every handler's answer, here and
    in ``integrations_more.py``."""
    return partial(_page, request, conns, ctx, ports=ports, ints=ints)


def refused(exc: SzamlatarError) -> tuple[int, str]:
    if isinstance(exc, Retryable):
        return 503, "integrations.failed"
    return next((v for cls, v in SAVE_ERRORS.items() if isinstance(exc, cls)), (422, "integrations.failed"))


def _settings(kind: str, name: str, site: str, key: str, import_since: str, base_url: str) -> dict[str, Any]:
    body: dict[str, Any] = {"name": name.strip(), "site": site.strip()}
    if import_since.strip():
        body["import_since"] = import_since.strip()
    if base_url.strip():  # another address than the service's own (checked against the allow-list)
        body["base_url"] = base_url.strip()
    if key.strip():
        body[KEY_FIELD.get(kind, "api_key")] = key.strip()
    return body


@router.get("/admin/integrations")
def integrations_page(request: Request, ctx: Admin, conns: ConnectionsDep, ports: PortsDep, ints: IntegrationsDep,
                      edit: str = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    editing, values = None, {}
    if edit:
        try:
            editing = uc.owned(conns, ctx.principal, edit)
        except NotFoundError as exc:
            raise PageNotFound(ctx) from exc
        if editing.get("kind") == "pull":  # the mapping as the admin typed it: readable JSON, accents kept
            values["mapping"] = json.dumps(editing.get("pull") or {}, ensure_ascii=False, indent=2)
    return show(editing=editing, values=values)


@router.post("/admin/integrations")
def integrations_create(request: Request, ctx: AdminForm, conns: ConnectionsDep, ports: PortsDep, ints: IntegrationsDep,
                        kind: FormStr = "", name: FormStr = "", site: FormStr = "", key: FormStr = "",
                        import_since: FormStr = "", base_url: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    values = {"kind": kind, "name": name, "site": site, "import_since": import_since,
              "base_url": base_url}  # never the key
    if kind not in KINDS:
        return show(status=422, error="integrations.bad_kind", values=values)
    if not key.strip():
        return show(status=422, error=f"integrations.key_required.{kind}", values=values)
    try:
        answer = uc.create_connection(conns, ctx.principal, {"kind": kind, **_settings(kind, name, site, key,
                                                                                          import_since, base_url)})
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, values=values)
    return show(verdict={"name": answer["connection"]["name"], **answer["test"]},
                 shown_once=answer.get("shown_once"))


@router.post("/admin/integrations/{connection_id}")
def integrations_change(request: Request, ctx: AdminForm, conns: ConnectionsDep, ports: PortsDep, ints: IntegrationsDep,
                        connection_id: str,
                        name: FormStr = "", site: FormStr = "", key: FormStr = "",
                        import_since: FormStr = "", base_url: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        doc = uc.owned(conns, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    # an empty key keeps the stored one, an empty address the stored address
    body = _settings(str(doc.get("kind")), name, site, key, import_since, base_url)
    try:
        answer = uc.change_connection(conns, ctx.principal, connection_id, body)
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, editing=doc,
                     values={"name": name, "site": site, "import_since": import_since, "base_url": base_url})
    return show(verdict={"name": answer["connection"]["name"], **answer["test"]})


@router.post("/admin/integrations/{connection_id}/test")
def integrations_test(request: Request, ctx: AdminForm, conns: ConnectionsDep, ports: PortsDep, ints: IntegrationsDep,
                      connection_id: str) -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        doc = uc.owned(conns, ctx.principal, connection_id)
        test = uc.retest_connection(conns, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message)
    return show(verdict={"name": doc.get("name") or connection_id, **test})


@router.post("/admin/integrations/{connection_id}/enabled")
def integrations_enable(request: Request, ctx: AdminForm, conns: ConnectionsDep, ports: PortsDep, ints: IntegrationsDep,
                        connection_id: str, enabled: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        shown = uc.set_enabled(conns, ctx.principal, connection_id, enabled == "1")
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message)
    if shown["enabled"]:
        return show(notice="integrations.resumed")
    # what the pause means for this kind's process, where it differs from "nothing fetched or accepted"
    kind = str(shown.get("kind"))
    return show(notice=f"integrations.paused.{kind}" if kind in PAUSE_NOTICES else "integrations.paused")
