"""``/ui/admin/webhooks`` (Kimenő webhookok): the tenant's outbound webhook subscriptions — add one (its
signing secret shown once), edit, disable / enable, delete — and each one's delivery log, a page at a
time, where a failed delivery is sent again.

Every action is a use case of ``app/subscriptions.py``, the same as ``/api/v1/subscriptions``, audited
the same; its domain errors become a Hungarian message on the page. A site-restricted admin sees and
changes only the subscriptions of its sites."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from services.app import subscriptions as uc
from services.app.subscriptions import SubscriptionPorts
from services.core.errors import (
    ConflictError,
    ForbiddenError,
    NotFoundError,
    Rejected,
    SchemaViolationError,
    SzamlatarError,
    UnsupportedOperationError,
)
from services.core.subscriptions import EVENTS, public_subscription
from services.core.url_policy import UrlRefusedError
from services.web.deps import Ports, PortsDep
from services.web.sessions import SessionContext
from services.web.subscription_deps import SubscriptionsDep
from services.web.ui.guard import Admin, AdminForm, PageNotFound
from services.web.ui.render import render
from services.web.ui.sites import chosen_sites, known_sites

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
FormList = Annotated[list[str] | None, Form()]
BASE = "/ui/admin/webhooks"

# A refused save, by its domain error: the status of the page and the message for a person.
REFUSALS: dict[type[Rejected], tuple[int, str]] = {
    UrlRefusedError: (422, "webhooks.url_refused"),
    SchemaViolationError: (422, "webhooks.invalid"),
    ForbiddenError: (403, "webhooks.sites_beyond"),
    ConflictError: (409, "webhooks.exists"),
    UnsupportedOperationError: (422, "webhooks.invalid"),
}


def _refused(exc: SzamlatarError) -> tuple[int, str]:
    return next((v for cls, v in REFUSALS.items() if isinstance(exc, cls)), (503, "webhooks.failed"))


def _page(request: Request, ports: Ports, subs: SubscriptionPorts, ctx: SessionContext, *, status: int = 200,
          error: str | None = None, detail: str = "", secret: dict[str, str] | None = None,
          editing: dict[str, Any] | None = None, values: dict[str, Any] | None = None,
          notice: str | None = None) -> HTMLResponse:
    return render(request, "webhooks.html", ctx, status=status, subs=uc.list_subscriptions(subs, ctx.principal),
                  events=EVENTS, sites=known_sites(ports, ctx.principal), error=error, detail=detail,
                  secret=secret, editing=editing, values=values or {}, notice=notice)


def _body(url: str, events: list[str] | None, sites: list[str] | None, other_site: str,
          description: str) -> dict[str, Any]:
    body: dict[str, Any] = {"url": url.strip(), "sites": chosen_sites(sites, other_site),
                            "description": description.strip()}
    if events:  # none ticked: invoice.linked on a new one, the stored events on an edit
        body["events"] = list(events)
    return body


@router.get("/admin/webhooks")
def webhooks_page(request: Request, ctx: Admin, ports: PortsDep, subs: SubscriptionsDep,
                  edit: str = "") -> HTMLResponse:
    editing = None
    if edit:
        try:
            editing = public_subscription(uc.visible(subs, ctx.principal, edit))
        except NotFoundError as exc:
            raise PageNotFound(ctx) from exc
    return _page(request, ports, subs, ctx, editing=editing)


@router.post("/admin/webhooks")
def webhooks_create(request: Request, ctx: AdminForm, ports: PortsDep, subs: SubscriptionsDep,
                    url: FormStr = "", events: FormList = None, sites: FormList = None, other_site: FormStr = "",
                    description: FormStr = "") -> HTMLResponse:
    body = _body(url, events, sites, other_site, description)
    try:
        answer = uc.create(subs, ctx.principal, body)
    except SzamlatarError as exc:
        status, message = _refused(exc)
        return _page(request, ports, subs, ctx, status=status, error=message, detail=str(exc), values=body)
    return _page(request, ports, subs, ctx, secret={"id": answer["subscription"]["id"], "value": answer["secret"]})


@router.post("/admin/webhooks/{sub_id}")
def webhooks_change(request: Request, ctx: AdminForm, ports: PortsDep, subs: SubscriptionsDep, sub_id: str,
                    url: FormStr = "", events: FormList = None, sites: FormList = None, other_site: FormStr = "",
                    description: FormStr = "") -> HTMLResponse:
    body = _body(url, events, sites, other_site, description)
    try:
        uc.change(subs, ctx.principal, sub_id, body)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = _refused(exc)
        return _page(request, ports, subs, ctx, status=status, error=message, detail=str(exc),
                     editing={"id": sub_id, **body}, values=body)
    return _page(request, ports, subs, ctx, notice="webhooks.saved")


@router.post("/admin/webhooks/{sub_id}/active")
def webhooks_active(request: Request, ctx: AdminForm, ports: PortsDep, subs: SubscriptionsDep, sub_id: str,
                    active: FormStr = "") -> HTMLResponse:
    try:
        shown = uc.change(subs, ctx.principal, sub_id, {"active": active == "1"})
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = _refused(exc)
        return _page(request, ports, subs, ctx, status=status, error=message, detail=str(exc))
    return _page(request, ports, subs, ctx, notice="webhooks.enabled" if shown["active"] else "webhooks.disabled")


@router.post("/admin/webhooks/{sub_id}/delete")
def webhooks_delete(request: Request, ctx: AdminForm, ports: PortsDep, subs: SubscriptionsDep,
                    sub_id: str) -> HTMLResponse:
    try:
        uc.delete(subs, ctx.principal, sub_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    return _page(request, ports, subs, ctx, notice="webhooks.deleted")


def _log(request: Request, subs: SubscriptionPorts, ctx: SessionContext, sub_id: str, before: str, *,
         status: int = 200, verdict: dict[str, str] | None = None) -> HTMLResponse:
    try:
        sub = public_subscription(uc.visible(subs, ctx.principal, sub_id))
        entries, after = uc.deliveries(subs, ctx.principal, sub_id, before=before)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    return render(request, "webhook_deliveries.html", ctx, status=status, sub=sub, entries=entries,
                  after=after, first=not before, verdict=verdict)


@router.get("/admin/webhooks/{sub_id}/deliveries")
def webhook_deliveries(request: Request, ctx: Admin, subs: SubscriptionsDep, sub_id: str,
                       before: str = "") -> HTMLResponse:
    return _log(request, subs, ctx, sub_id, before)


@router.post("/admin/webhooks/{sub_id}/replay")
def webhook_replay(request: Request, ctx: AdminForm, subs: SubscriptionsDep, sub_id: str,
                   entry: FormStr = "") -> HTMLResponse:
    try:
        verdict = uc.replay(subs, ctx.principal, sub_id, entry)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        return _log(request, subs, ctx, sub_id, "", status=_refused(exc)[0],
                    verdict={"outcome": "failed", "error": str(exc)})
    return _log(request, subs, ctx, sub_id, "", verdict=verdict)
