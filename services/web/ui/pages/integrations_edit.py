"""The Integrációk page's edit forms for connections set up outside the billing services (the page:
``integrations.py``; their set-up: ``integrations_more.py``): an own-system webhook connection's name,
site and document-URL hosts; a pull connection's name, site, mapping, hosts and Authorization value; the
NAV connection's name, address, technical user, tax number, first day and secrets (tenant-wide admins).
Secrets are write-only: the form never shows them, and one left empty keeps the stored value. Saving a
NAV or pull connection runs its test fetch (Próbalekérés) and shows the verdict, as saving a Billingo
key does. Each is a use case of ``app/integrations.py``, audited ``connection.changed`` with the names
of what changed, never a secret."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from services.app import connections as conn_uc
from services.app import integrations as uc
from services.core.errors import NotFoundError, SchemaViolationError, SzamlatarError
from services.web.billing_deps import ConnectionsDep
from services.web.deps import PortsDep
from services.web.integration_deps import IntegrationsDep
from services.web.ui.guard import AdminForm, PageNotFound
from services.web.ui.pages.integrations import refused, shower
from services.web.ui.sites import chosen_sites

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]


def mapping_of(text: str) -> dict[str, Any]:
    """A pull connection's mapping as typed in the form: a JSON object, else ``SchemaViolationError``."""
    try:
        pull = json.loads(text)
    except ValueError as exc:
        raise SchemaViolationError(f"mapping: not JSON ({exc})") from exc
    if not isinstance(pull, dict):
        raise SchemaViolationError("mapping: a JSON object")
    return pull


@router.post("/admin/own-systems/{connection_id}")
def own_system_change(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                      ints: IntegrationsDep, connection_id: str, name: FormStr = "", site: FormStr = "",
                      url_hosts: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        uc.change_own_system(ints, ctx.principal, connection_id, name=name, site=site,
                             url_hosts=chosen_sites(None, url_hosts))
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc), editing=ints.connections.get(connection_id),
                    values={"name": name, "site": site, "url_hosts": url_hosts})
    return show(notice="integrations.saved")


@router.post("/admin/pull-connections/{connection_id}")
def pull_change(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep, ints: IntegrationsDep,
                connection_id: str, name: FormStr = "", site: FormStr = "", mapping: FormStr = "",
                url_hosts: FormStr = "", authorization: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        uc.change_pull(ints, ctx.principal, connection_id, name=name, site=site, pull=mapping_of(mapping),
                       url_hosts=chosen_sites(None, url_hosts), authorization=authorization.strip())
        test = conn_uc.retest_connection(conns, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc), editing=ints.connections.get(connection_id),
                    values={"name": name, "site": site, "mapping": mapping, "url_hosts": url_hosts})
    return show(verdict={"name": name.strip() or connection_id, **test})


@router.post("/admin/nav-connections/{connection_id}")
def nav_change(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep, ints: IntegrationsDep,
               connection_id: str, name: FormStr = "", url: FormStr = "", login: FormStr = "",
               tax_number: FormStr = "", sync_from: FormStr = "", password: FormStr = "",
               signature_key: FormStr = "", exchange_key: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        uc.change_nav(ints, ctx.principal, connection_id, name=name, url=url, login=login, tax_number=tax_number,
                      sync_from=sync_from, password=password, signature_key=signature_key, exchange_key=exchange_key)
        test = conn_uc.retest_connection(conns, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc),  # never a secret back
                    editing=ints.connections.get(connection_id) if ctx.principal.tenant_wide else None,
                    values={"name": name, "url": url, "login": login, "tax_number": tax_number,
                            "sync_from": sync_from})
    return show(verdict={"name": name.strip() or connection_id, **test})
