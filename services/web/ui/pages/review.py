"""``/ui/review``: the review queue and its items. Decisions go through ``app/review.py``,
the same functions as ``POST /api/v1/review/…``; their domain errors become a message on the item page.

Reading needs SEARCH, deciding REVIEW (others see the item read-only). One list query per page
(FerretDB scans the queue per query): the open count beside the nav link is shown only here.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from services.app import review as decisions
from services.core.access import Permission
from services.core.errors import (
    ConflictError,
    NotFoundError,
    Rejected,
    SchemaViolationError,
    UnknownReferenceError,
)
from services.core.pdf_preview import MAX_PREVIEW_PAGES
from services.web.deps import Ports, PortsDep, review_ports
from services.web.sessions import SessionContext
from services.web.ui.guard import PageNotFound, ReviewerForm, Searcher
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
REVIEW_LIMIT = 200  # open items on one page; FerretDB scans the queue per query, so one query, no count

# A refused decision, by its domain error: the status of the page and the message for a person.
DECISION_ERRORS: dict[type[Rejected], tuple[int, str]] = {
    NotFoundError: (404, "error.not_found"),
    UnknownReferenceError: (422, "review.unknown_client"),
    ConflictError: (409, "review.already_decided"),
    SchemaViolationError: (422, "review.reassign_needs_client"),
}


@router.get("/review")
def review_page(request: Request, ports: PortsDep, ctx: Searcher, done: str = "") -> HTMLResponse:
    items = decisions.visible_items(review_ports(ports), ctx.principal, status="open", limit=REVIEW_LIMIT)
    return render(request, "review.html", ctx, items=items, limit=REVIEW_LIMIT, review_open=len(items),
                  notice=f"review.done.{done}" if done in decisions.ACTIONS else None)


def _load(ports: Ports, ctx: SessionContext, item_id: str) -> dict[str, Any]:
    try:
        return decisions.load_item(review_ports(ports), ctx.principal, item_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc


def _item_page(request: Request, ports: Ports, ctx: SessionContext, item: dict[str, Any], *,
               status: int = 200, error: str | None = None, values: dict[str, str] | None = None) -> HTMLResponse:
    principal = ctx.principal
    # A match item's invoice is archived already; a held one is published only once approved.
    published = ports.invoices.get(principal.tenant, item["_id"]) is not None
    matched = item.get("matched") or {}
    return render(request, "review_item.html", ctx, status=status, item=item, match=item.get("match") or {},
                  inv=matched.get("invoice") or {}, published=published, error=error, values=values or {},
                  can_decide=principal.can(Permission.REVIEW) and item["status"] == "open",
                  can_pdf=principal.can(Permission.READ_PDF) and bool((item.get("plan") or {}).get("version")),
                  preview_pages=MAX_PREVIEW_PAGES)


@router.get("/review/{item_id}")
def review_item_page(request: Request, ports: PortsDep, ctx: Searcher, item_id: str) -> HTMLResponse:
    return _item_page(request, ports, ctx, _load(ports, ctx, item_id))


@router.post("/review/{item_id}", response_model=None)
def review_decide(request: Request, ports: PortsDep, ctx: ReviewerForm, item_id: str, action: FormStr = "",
                  reason: FormStr = "", client_id: FormStr = "") -> Response:
    item = _load(ports, ctx, item_id)
    values = {"reason": reason, "client_id": client_id}
    if action not in decisions.ACTIONS:
        return _item_page(request, ports, ctx, item, status=422, error="review.bad_action", values=values)
    try:
        decision = decisions.Decision(reason=reason.strip(), client_id=client_id.strip() or None)
    except ValidationError:
        return _item_page(request, ports, ctx, item, status=422, error="review.bad_reason", values=values)
    try:
        decisions.decide(review_ports(ports), ctx.principal, item_id, decision, action)
    except Rejected as exc:
        status, key = DECISION_ERRORS.get(type(exc), (422, "review.failed"))
        try:
            current = decisions.load_item(review_ports(ports), ctx.principal, item_id)  # e.g. decided meanwhile
        except NotFoundError:
            current = item
        return _item_page(request, ports, ctx, current, status=status, error=key, values=values)
    return RedirectResponse(f"/ui/review?done={action}", status_code=303)
