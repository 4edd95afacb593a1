"""Login, logout and the language switch. Login, CSRF and lockout policy:
``web/sessions.py``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.background import BackgroundTask

from services.adapters.users import validate_username
from services.web import presentation as fmt
from services.web import sessions
from services.web.deps import Ports, PortsDep
from services.web.i18n import LANGUAGES
from services.web.ui.guard import Forbidden, accounts_of, current_session
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]


def _remote(request: Request) -> str:
    return request.client.host if request.client else ""


@router.get("/lang/{code}")
def switch_language(request: Request, code: str, next: str | None = None) -> RedirectResponse:
    response = RedirectResponse(fmt.safe_next(next), status_code=303)
    if code in LANGUAGES:
        sessions.set_cookie(response, request, sessions.LANG_COOKIE, code, max_age=365 * 24 * 3600)
    return response


def _login_page(request: Request, *, status: int = 200, error: str | None = None, tenant: str = "",
                username: str = "", next_url: str | None = None, notice: str | None = None,
                error_values: dict[str, Any] | None = None) -> HTMLResponse:
    prelogin = request.cookies.get(sessions.PRELOGIN_COOKIE) or sessions.new_prelogin()
    response = render(request, "login.html", None, status=status, error=error, notice=notice, tenant=tenant,
                      error_values=error_values or {},
                      username=username, next_url=fmt.safe_next(next_url), login_csrf=sessions.login_csrf(prelogin))
    sessions.set_cookie(response, request, sessions.PRELOGIN_COOKIE, prelogin, max_age=3600)
    return response


login_page = _login_page  # the company sign-in (oidc_login.py) answers its refusals with this page too


@router.get("/login", response_model=None)
def login_form(request: Request, ports: PortsDep, next: str | None = None, tenant: str = "",
               bye: bool = False) -> Response:
    if current_session(request, ports) is not None:
        return RedirectResponse(fmt.safe_next(next), status_code=303)
    return _login_page(request, tenant=tenant, next_url=next, notice="login.logged_out" if bye else None)


@router.post("/login", response_model=None)
def login(request: Request, ports: PortsDep, tenant: FormStr = "", username: FormStr = "",
          password: FormStr = "", csrf_token: FormStr = "", next: FormStr = "") -> Response:
    accounts = accounts_of(ports)
    prelogin = request.cookies.get(sessions.PRELOGIN_COOKIE)
    tenant = tenant.strip()
    if not prelogin or not sessions.csrf_ok(sessions.login_csrf(prelogin), csrf_token):
        return _login_page(request, status=403, error="csrf.failed", tenant=tenant, next_url=next)
    try:
        name = validate_username(username)
    except ValueError:
        name = ""
    now = datetime.now(UTC)
    remote = _remote(request)
    details = {"remote": remote}
    # Until the answer is sent, the work done is the same for every tenant and user, known or not:
    # records read by _id, one password hash, records written. Whether the tenant exists — which
    # decides whether the attempt is audited — is looked up after the answer, in its background task.
    throttle = accounts.throttle.get(tenant, name) if name else {"failures": 0}
    from_address = accounts.throttle.address(remote)
    lock = sessions.login_lock(throttle, from_address, now)
    if lock is not None:
        wait, scope, record = lock
        minutes = max(1, -(-int(wait.total_seconds()) // 60))
        response = _login_page(request, status=429, error="login.locked", tenant=tenant, username=name,
                               next_url=next, error_values={"minutes": minutes})
        response.headers["Retry-After"] = str(int(wait.total_seconds()) + 1)
        response.background = BackgroundTask(_audit_attempt, ports, tenant, name or username[:64], "login.locked",
                                             {**details, "failures": record["failures"], "scope": scope})
        return response
    user = accounts.users.check_password(tenant, name, password)
    if user is None:
        failures = int(throttle.get("failures", 0)) + 1
        locked_until = sessions.lock_after_failure(failures, now)
        if name:
            accounts.throttle.failed(tenant, name, failures, locked_until, now)
        accounts.throttle.address_failed(remote, *sessions.address_failed(from_address, now), now)
        until = locked_until.isoformat() if locked_until else None
        response = _login_page(request, status=401, error="login.failed", tenant=tenant, username=name,
                               next_url=next)
        response.background = BackgroundTask(_audit_attempt, ports, tenant, name or username[:64], "login.failure",
                                             {**details, "failures": failures, "locked_until": until})
        return response
    accounts.throttle.reset(tenant, name)
    new = accounts.sessions.create(tenant, name, now, sessions.SESSION_LIFETIME)
    ports.audit.append(tenant=tenant, actor=name, action="login.success", target=f"user:{name}",
                       details={**details, "role": user["role"]})
    signed_in = RedirectResponse(fmt.safe_next(next), status_code=303)
    sessions.set_cookie(signed_in, request, sessions.SESSION_COOKIE, new.token,
                        max_age=int(sessions.SESSION_LIFETIME.total_seconds()))
    sessions.clear_cookie(signed_in, request, sessions.PRELOGIN_COOKIE)
    return signed_in


def _audit_attempt(ports: Ports, tenant: str, actor: str, action: str, details: dict[str, Any]) -> None:
    """A refused login, in the tenant's log when there is such a tenant (an unknown one has no log,
    and a log per guessed name would let anyone create them)."""
    if tenant and accounts_of(ports).users.tenant_exists(tenant):
        ports.audit.append(tenant=tenant, actor=actor, action=action, target=f"user:{actor}", details=details)


@router.post("/logout", response_model=None)
def logout(request: Request, ports: PortsDep, csrf_token: FormStr = "") -> Response:
    ctx = current_session(request, ports)
    if ctx is None:  # signed out already: nothing to come back to
        return RedirectResponse("/ui/login", status_code=303)
    if not sessions.csrf_ok(ctx.csrf, csrf_token):
        raise Forbidden(ctx, "csrf.failed")
    accounts_of(ports).sessions.delete(ctx.token)
    subject = ctx.principal.subject
    ports.audit.append(tenant=ctx.principal.tenant, actor=subject, action="logout", target=f"user:{subject}",
                       details={"remote": _remote(request)})
    response = RedirectResponse(f"/ui/login?bye=1&tenant={quote(ctx.principal.tenant)}", status_code=303)
    sessions.clear_cookie(response, request, sessions.SESSION_COOKIE)
    return response
