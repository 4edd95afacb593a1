"""``/ui/admin/users``: list and create the tenant's users. A site-restricted admin lists and creates
only users whose sites are all its own (``Principal.covers``, ``sites_beyond`` in ``core/access.py``);
a refused grant is audited (``user.create.refused``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from services.adapters.users import build_user, validate_username
from services.core.access import EVERY_SITE, Principal, sites_beyond
from services.core.enums import Role
from services.web.deps import Ports, PortsDep
from services.web.i18n import LANGUAGES
from services.web.sessions import SessionContext
from services.web.ui.guard import Admin, AdminForm, accounts_of
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]


def _users_page(request: Request, ports: Ports, ctx: SessionContext, *, status: int = 200,
                notice: str | None = None, error: str | None = None,
                refusal: tuple[str, dict[str, str]] | None = None) -> HTMLResponse:
    principal = ctx.principal
    # A site-restricted admin manages, and so lists, only the users whose sites are all its own.
    users = [u for u in accounts_of(ports).users.list(principal.tenant) if principal.covers(u.get("sites") or ())]
    return render(request, "users.html", ctx, status=status, users=users, roles=[r.value for r in Role],
                  languages=LANGUAGES, notice=notice, error=error, refusal=refusal)


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


@router.get("/admin/users")
def users_page(request: Request, ports: PortsDep, ctx: Admin) -> HTMLResponse:
    return _users_page(request, ports, ctx)


@router.post("/admin/users")
def users_create(request: Request, ports: PortsDep, ctx: AdminForm, username: FormStr = "",
                 password: FormStr = "", role: FormStr = "", sites: FormStr = "", display_name: FormStr = "",
                 language: FormStr = "hu") -> HTMLResponse:
    principal = ctx.principal
    try:
        if role not in {r.value for r in Role}:
            raise ValueError(f"role: {role!r}")
        site_list = tuple(s.strip() for s in sites.split(",") if s.strip())
        denied = _grant_refusal(principal, site_list)
        if denied is not None:
            ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="user.create.refused",
                               target=f"user:{username.strip()[:64]}",
                               details={"role": role, "sites": list(site_list), "reason": denied[0]})
            return _users_page(request, ports, ctx, status=403, refusal=denied)
        if accounts_of(ports).users.get(principal.tenant, validate_username(username)) is not None:
            raise ValueError(f"username: {username.strip().lower()} exists")
        user = build_user(tenant=principal.tenant, username=username, password=password, role=Role(role),
                          sites=site_list, display_name=display_name.strip() or None, language=language,
                          now=datetime.now(UTC))
        accounts_of(ports).users.upsert(user)
    except ValueError as exc:
        return _users_page(request, ports, ctx, status=422, error=str(exc))
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="user.create",
                       target=f"user:{user['username']}", details={"role": user["role"], "sites": user["sites"]})
    return _users_page(request, ports, ctx, notice=user["username"])
