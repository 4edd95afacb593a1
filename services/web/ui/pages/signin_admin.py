"""``/ui/admin/signin`` (Céges bejelentkezés): the tenant's OpenID Connect provider — issuer, client id, a
write-only client secret, and the groups that give a role or sites, one ``GROUP=VALUE`` a line — as
``szamlatar signin oidc`` sets it. Admins without a site limit only; every change is the use case of
``app/signin.py``, audited ``signin.oidc.changed`` without the secret. A refused form is shown again with
what was typed (never the secret) and the problem in the reader's language."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from services.app import signin as uc
from services.core.errors import ForbiddenError, InvalidInputError
from services.core.oidc import mapping_lines
from services.web.deps import Ports, PortsDep
from services.web.sessions import SessionContext
from services.web.ui.guard import Admin, AdminForm, Forbidden, Unavailable
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]


def _store(ports: Ports) -> uc.ProviderStore:
    if ports.sign_in is None:
        raise Unavailable()
    return ports.sign_in.store


def _page(request: Request, ctx: SessionContext, ports: Ports, *, status: int = 200,
          values: dict[str, str] | None = None, notice: str | None = None,
          error: tuple[str, dict[str, str]] | None = None) -> HTMLResponse:
    try:
        provider = uc.current(_store(ports), ctx.principal)
    except ForbiddenError as exc:
        raise Forbidden(ctx) from exc
    shown: dict[str, Any] = values or ({
        "issuer": provider.get("issuer", ""), "client_id": provider.get("client_id", ""),
        "roles": mapping_lines(provider.get("group_roles") or {}),
        "sites": mapping_lines(provider.get("group_sites") or {})} if provider else {})
    return render(request, "signin_admin.html", ctx, status=status, provider=provider, values=shown,
                  notice=notice, error=error)


@router.get("/admin/signin")
def signin_admin_page(request: Request, ctx: Admin, ports: PortsDep) -> HTMLResponse:
    return _page(request, ctx, ports)


@router.post("/admin/signin")
def signin_admin_save(request: Request, ctx: AdminForm, ports: PortsDep, issuer: FormStr = "",
                      client_id: FormStr = "", client_secret: FormStr = "", roles: FormStr = "",
                      sites: FormStr = "") -> HTMLResponse:
    typed = {"issuer": issuer, "client_id": client_id, "roles": roles, "sites": sites}  # never the secret
    try:
        uc.save(_store(ports), ports.audit, ctx.principal, issuer=issuer, client_id=client_id,
                client_secret=client_secret, roles_text=roles, sites_text=sites, now=datetime.now(UTC))
    except ForbiddenError as exc:
        raise Forbidden(ctx) from exc
    except InvalidInputError as exc:
        return _page(request, ctx, ports, status=422, values=typed, error=(f"problem.{exc.problem}", exc.params))
    return _page(request, ctx, ports, notice="signin_admin.saved")
