"""``/ui/admin/users``: list, create and edit the tenant's users — role, sites (a choice of the tenant's
known sites, ``ui/sites.py``), display name, language — disable and enable one, and reset a password
(a new random one, shown once). A new user's role defaults to the least privilege (viewer).

A site-restricted admin lists and changes only users whose sites are all its own (``Principal.covers``,
``sites_beyond`` in ``core/access.py``); a refused grant is audited (``user.create.refused``). An admin
cannot disable itself or take its own admin role away: the tenant would be left without a way back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from services.adapters.users import build_user, edited_user, new_password, validate_username
from services.core.access import EVERY_SITE, Principal, sites_beyond
from services.core.enums import Role
from services.web.deps import Ports, PortsDep
from services.web.i18n import LANGUAGES
from services.web.sessions import SessionContext
from services.web.ui.guard import Admin, AdminForm, PageNotFound, accounts_of
from services.web.ui.render import render
from services.web.ui.sites import chosen_sites, known_sites

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
FormList = Annotated[list[str] | None, Form()]
# The roles offered, the least privileged first: a new user starts as a viewer.
ROLES = (Role.VIEWER, *(r for r in Role if r is not Role.VIEWER))


def _users_page(request: Request, ports: Ports, ctx: SessionContext, *, status: int = 200,
                notice: str | None = None, error: str | None = None,
                refusal: tuple[str, dict[str, str]] | None = None, editing: dict[str, Any] | None = None,
                password: dict[str, str] | None = None, changed: str | None = None) -> HTMLResponse:
    principal = ctx.principal
    # A site-restricted admin manages, and so lists, only the users whose sites are all its own.
    users = [u for u in accounts_of(ports).users.list(principal.tenant) if principal.covers(u.get("sites") or ())]
    return render(request, "users.html", ctx, status=status, users=users, roles=[r.value for r in ROLES],
                  languages=LANGUAGES, notice=notice, error=error, refusal=refusal, editing=editing,
                  password=password, changed=changed, sites=known_sites(ports, principal))


def _grant_refusal(principal: Principal, sites: tuple[str, ...]) -> tuple[str, dict[str, str]] | None:
    """The message key and values refusing a grant of ``sites`` (empty: every site), or None when
    the principal may grant them (``core/access.py``)."""
    beyond = sites_beyond(principal.sites, sites)
    if not beyond:
        return None
    own = ", ".join(principal.sites)
    if EVERY_SITE in beyond:
        return "admin.sites_every", {"own": own}
    return "admin.sites_beyond", {"sites": ", ".join(beyond), "own": own}


def _managed(ports: Ports, ctx: SessionContext, username: str) -> dict[str, Any]:
    """A user of the tenant this admin manages; else the 404 page."""
    user = accounts_of(ports).users.get(ctx.principal.tenant, username)
    if user is None or not ctx.principal.covers(user.get("sites") or ()):
        raise PageNotFound(ctx)
    return user


def _audit(ports: Ports, principal: Principal, action: str, username: str, details: dict[str, Any]) -> None:
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action=action, target=f"user:{username}",
                       details=details)


def _own(ctx: SessionContext, user: dict[str, Any]) -> bool:
    return str(ctx.user.get("username")) == user["username"] if ctx.user else False


@router.get("/admin/users")
def users_page(request: Request, ports: PortsDep, ctx: Admin, edit: str = "") -> HTMLResponse:
    return _users_page(request, ports, ctx, editing=_managed(ports, ctx, edit) if edit else None)


@router.post("/admin/users")
def users_create(request: Request, ports: PortsDep, ctx: AdminForm, username: FormStr = "",
                 password: FormStr = "", role: FormStr = Role.VIEWER.value, sites: FormList = None,
                 other_site: FormStr = "", display_name: FormStr = "", language: FormStr = "hu") -> HTMLResponse:
    principal = ctx.principal
    try:
        if role not in {r.value for r in Role}:
            raise ValueError(f"role: {role!r}")
        site_list = tuple(chosen_sites(sites, other_site))
        denied = _grant_refusal(principal, site_list)
        if denied is not None:
            _audit(ports, principal, "user.create.refused", username.strip()[:64],
                   {"role": role, "sites": list(site_list), "reason": denied[0]})
            return _users_page(request, ports, ctx, status=403, refusal=denied)
        if accounts_of(ports).users.get(principal.tenant, validate_username(username)) is not None:
            raise ValueError(f"username: {username.strip().lower()} exists")
        user = build_user(tenant=principal.tenant, username=username, password=password, role=Role(role),
                          sites=site_list, display_name=display_name.strip() or None, language=language,
                          now=datetime.now(UTC))
        accounts_of(ports).users.upsert(user)
    except ValueError as exc:
        return _users_page(request, ports, ctx, status=422, error=str(exc))
    _audit(ports, principal, "user.create", user["username"], {"role": user["role"], "sites": user["sites"]})
    return _users_page(request, ports, ctx, notice=user["username"])


@router.post("/admin/users/{username}")
def users_change(request: Request, ports: PortsDep, ctx: AdminForm, username: str, role: FormStr = "",
                 sites: FormList = None, other_site: FormStr = "", display_name: FormStr = "",
                 language: FormStr = "hu") -> HTMLResponse:
    principal, user = ctx.principal, _managed(ports, ctx, username)
    site_list = tuple(chosen_sites(sites, other_site))
    try:
        if role not in {r.value for r in Role}:
            raise ValueError(f"role: {role!r}")
        if _own(ctx, user) and role != user["role"]:
            raise ValueError("role: an admin cannot change its own role")
        denied = _grant_refusal(principal, site_list)
        if denied is not None:
            _audit(ports, principal, "user.change.refused", username, {"role": role, "sites": list(site_list),
                                                                       "reason": denied[0]})
            return _users_page(request, ports, ctx, status=403, refusal=denied, editing=user)
        changed = edited_user(user, role=Role(role), sites=site_list, display_name=display_name.strip() or None,
                              language=language)
    except ValueError as exc:
        return _users_page(request, ports, ctx, status=422, error=str(exc), editing=user)
    accounts_of(ports).users.upsert(changed)
    fields = sorted(k for k in ("role", "sites", "display_name", "language") if changed.get(k) != user.get(k))
    if fields:
        _audit(ports, principal, "user.change", username, {"fields": fields, "role": changed["role"],
                                                           "sites": changed["sites"]})
    return _users_page(request, ports, ctx, changed="admin.user_saved")


@router.post("/admin/users/{username}/enabled")
def users_enable(request: Request, ports: PortsDep, ctx: AdminForm, username: str,
                 enabled: FormStr = "") -> HTMLResponse:
    user = _managed(ports, ctx, username)
    if _own(ctx, user):
        return _users_page(request, ports, ctx, status=422, error="an admin cannot disable itself")
    disabled = enabled != "1"
    if bool(user.get("disabled")) != disabled:
        accounts_of(ports).users.upsert({**user, "disabled": disabled})
        _audit(ports, ctx.principal, "user.change", username, {"fields": ["disabled"], "disabled": disabled})
    return _users_page(request, ports, ctx, changed="admin.user_disabled" if disabled else "admin.user_enabled")


@router.post("/admin/users/{username}/password")
def users_reset_password(request: Request, ports: PortsDep, ctx: AdminForm, username: str) -> HTMLResponse:
    user, password = new_password(_managed(ports, ctx, username))
    accounts_of(ports).users.upsert(user)
    _audit(ports, ctx.principal, "user.password_reset", username, {})  # never the password
    return _users_page(request, ports, ctx, password={"username": username, "value": password})
