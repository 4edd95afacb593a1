"""Who may see a UI page: one session dependency that raises, and one handler that answers.

A page declares what it needs as a parameter — ``ctx: Searcher`` — and gets the signed-in user's
``SessionContext``; a state-changing form declares ``ctx: ReviewerForm`` and the session's CSRF token
is checked too. When the answer is no, the dependency raises a ``Refusal`` and
``answer_refusal`` (registered on the app by ``ui/router.py``) turns it into the reply:

- ``LoginRequired`` — not signed in: to the login page, back here after;
- ``Forbidden`` — signed in but not allowed, or a form without this session's CSRF token: the 403 page;
- ``PageNotFound`` — nothing this user may see by that id: the 404 page;
- ``Unavailable`` — the app was built without a user store: the 503 page.

Pages raise these too (``raise PageNotFound(ctx)``), so no page builds a refusal by hand. Every
permission decision is still ``Principal.can`` (``core/access.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from services.adapters.users import Accounts
from services.core.access import Permission
from services.web import sessions
from services.web.deps import Ports, PortsDep
from services.web.sessions import SessionContext
from services.web.ui.render import error_page, here


class Refusal(Exception):
    """A UI page that is not shown; ``answer_refusal`` says why, in the reader's language."""

    status = 403
    message_key = "error.forbidden"

    def __init__(self, ctx: SessionContext | None = None, message_key: str | None = None) -> None:
        super().__init__(message_key or self.message_key)
        self.ctx = ctx  # the session, when there is one: the error page keeps its navigation
        if message_key is not None:
            self.message_key = message_key


class LoginRequired(Refusal):
    status = 303


class Forbidden(Refusal):
    status = 403
    message_key = "error.forbidden"


class PageNotFound(Refusal):
    status = 404
    message_key = "error.not_found"


class Unavailable(Refusal):
    status = 503
    message_key = "error.unavailable"


def accounts_of(ports: Ports) -> Accounts:
    if ports.accounts is None:
        raise Unavailable()
    return ports.accounts


def current_session(request: Request, ports: Ports) -> SessionContext | None:
    """The signed-in user's session, or None (the login page asks without requiring one)."""
    return sessions.load_session(accounts_of(ports), request.cookies.get(sessions.SESSION_COOKIE),
                                 datetime.now(UTC))


def page(permission: str) -> Callable[..., SessionContext]:
    """The dependency of a page needing ``permission``: signed in and allowed, or a ``Refusal``."""

    def signed_in(request: Request, ports: PortsDep) -> SessionContext:
        ctx = current_session(request, ports)
        if ctx is None:
            raise LoginRequired()
        if not ctx.principal.can(permission):
            raise Forbidden(ctx)
        return ctx

    return signed_in


def form(permission: str) -> Callable[..., SessionContext]:
    """The dependency of a state-changing form: a page's checks, and this session's CSRF token."""
    checks = page(permission)

    def with_csrf(request: Request, ports: PortsDep, csrf_token: Annotated[str, Form()] = "") -> SessionContext:
        ctx = checks(request, ports)
        if not sessions.csrf_ok(ctx.csrf, csrf_token):
            raise Forbidden(ctx, "csrf.failed")
        return ctx

    return with_csrf


# What a page or form parameter declares; its value is the signed-in user's session.
Reader = Annotated[SessionContext, Depends(page(Permission.READ))]
Searcher = Annotated[SessionContext, Depends(page(Permission.SEARCH))]
AuditReader = Annotated[SessionContext, Depends(page(Permission.READ_AUDIT))]
Admin = Annotated[SessionContext, Depends(page(Permission.ADMIN))]
# Those who decide reviews (finance, admins) link invoices to reference data, so they may look at it.
Reviewer = Annotated[SessionContext, Depends(page(Permission.REVIEW))]
SearcherForm = Annotated[SessionContext, Depends(form(Permission.SEARCH))]
ReviewerForm = Annotated[SessionContext, Depends(form(Permission.REVIEW))]
AuditReaderForm = Annotated[SessionContext, Depends(form(Permission.READ_AUDIT))]
AdminForm = Annotated[SessionContext, Depends(form(Permission.ADMIN))]
PayerForm = Annotated[SessionContext, Depends(form(Permission.PAY))]


def login_url(request: Request) -> str:
    return f"/ui/login?next={quote(here(request), safe='')}"


def answer_refusal(request: Request, exc: Exception) -> Response:
    """The one answer to a ``Refusal``, wherever in a page it was raised."""
    assert isinstance(exc, Refusal)  # registered for Refusal only
    if isinstance(exc, LoginRequired):
        return RedirectResponse(login_url(request), status_code=303)
    return error_page(request, exc.ctx, exc.status, exc.message_key)
