"""The Integrációk page's own-system and producer parts (the page itself: ``integrations.py``): an
own-system webhook connection is created with its first secret, its secret rotated (the new one shown
once, beside a curl and a Python example of a signed POST with the header names the webhook verifies)
and the older one retired; a direct producer's connection is created (its record-signing secret shown
once when it names a Kafka principal), its secret rotated, deleted; a NAV connection (the company's
technical user) and an own-system pull connection are set up. Each action is a use case of
``app/integrations.py``, the same as the API and the CLI, audited the same."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse

from services.app import integrations as uc
from services.core.errors import NotFoundError, SzamlatarError
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER
from services.web.billing_deps import ConnectionsDep
from services.web.deps import PortsDep
from services.web.integration_deps import IntegrationsDep
from services.web.ui.guard import AdminForm, PageNotFound
from services.web.ui.pages.integrations import refused, shower
from services.web.ui.pages.integrations_edit import mapping_of
from services.web.ui.sites import chosen_sites

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
FormList = Annotated[list[str] | None, Form()]


def signing_examples(url: str, secret: str) -> dict[str, str]:
    """A signed POST to ``url``, as curl (bash) and as Python: ``<timestamp>.`` + body, HMAC-SHA256 with
    the secret, hex, ``v1=`` in front — what ``core/webhook_signature.verify`` checks."""
    curl = "\n".join([
        f"SECRET='{secret}'",
        "BODY='{\"external_id\": \"INV-1\", \"document\": {\"url\": \"https://erp.example.hu/inv-1.pdf\"}}'",
        "TS=$(date +%s)",
        "SIG=$(printf '%s.%s' \"$TS\" \"$BODY\" | openssl dgst -sha256 -hmac \"$SECRET\" -hex | sed 's/^.* //')",
        f"curl -X POST '{url}' -H 'Content-Type: application/json' \\",
        f"  -H \"{TIMESTAMP_HEADER}: $TS\" -H \"{SIGNATURE_HEADER}: v1=$SIG\" --data-binary \"$BODY\"",
    ])
    python = "\n".join([
        "import hashlib, hmac, json, time, requests",
        "",
        f"secret = {secret!r}",
        "body = json.dumps({\"external_id\": \"INV-1\", \"document\": {\"url\": \"https://erp.example.hu/inv-1.pdf\"}}"
        ").encode()",
        "ts = str(int(time.time()))",
        "sig = hmac.new(secret.encode(), ts.encode() + b\".\" + body, hashlib.sha256).hexdigest()",
        f"requests.post({url!r}, data=body, headers={{",
        "    \"Content-Type\": \"application/json\",",
        f"    \"{TIMESTAMP_HEADER}\": ts, \"{SIGNATURE_HEADER}\": \"v1=\" + sig}})",
    ])
    return {"curl": curl, "python": python}


def _own_secret(kind: str, connection_id: str, secret: str, url: str = "") -> dict[str, Any]:
    return {"kind": kind, "id": connection_id, "value": secret, "url": url,
            "examples": signing_examples(url, secret) if url else None}


@router.post("/admin/own-systems")
def own_system_create(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                      ints: IntegrationsDep, connection_id: FormStr = "", name: FormStr = "",
                      site: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        made = uc.create_own_system(ints, ctx.principal, connection_id=connection_id.strip(), site=site, name=name)
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc),
                       values={"own_id": connection_id, "own_name": name, "own_site": site})
    return show(secret=_own_secret("own_system", made["id"], made["secret"], made["url"]))


@router.post("/admin/own-systems/{connection_id}/rotate")
def own_system_rotate(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                      ints: IntegrationsDep, connection_id: str) -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        secret = uc.rotate_own_secret(ints, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    return show(secret=_own_secret("own_system", connection_id, secret,
                                                                  ints.webhook_url(connection_id)))


@router.post("/admin/own-systems/{connection_id}/retire")
def own_system_retire(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                      ints: IntegrationsDep, connection_id: str) -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        uc.retire_own_secrets(ints, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    return show(notice="integrations.retired")


@router.post("/admin/producers")
def producer_create(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                    ints: IntegrationsDep, connection_id: FormStr = "", sites: FormList = None,
                    other_site: FormStr = "", kafka_principal: FormStr = "", url_hosts: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    body = {"id": connection_id.strip(), "sites": chosen_sites(sites, other_site),
            "url_hosts": chosen_sites(None, url_hosts), "kafka_principal": kafka_principal.strip() or None}
    try:
        made = uc.create_producer(ints, ctx.principal, body)
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc),
                       values={"producer_id": connection_id, "kafka_principal": kafka_principal})
    if made.get("signing_secret"):
        return show(secret=_own_secret("producer", made["id"], made["signing_secret"]))
    return show(notice="integrations.producer_created")


@router.post("/admin/producers/{connection_id}")
def producer_change(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                    ints: IntegrationsDep, connection_id: str, sites: FormList = None, other_site: FormStr = "",
                    url_hosts: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        uc.change_producer(ints, ctx.principal, connection_id, {"sites": chosen_sites(sites, other_site),
                                                                "url_hosts": chosen_sites(None, url_hosts)})
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc))
    return show(notice="integrations.producer_saved")


@router.post("/admin/producers/{connection_id}/rotate")
def producer_rotate(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                    ints: IntegrationsDep, connection_id: str) -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        secret = uc.rotate_producer_secret(ints, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc))
    return show(secret=_own_secret("producer", connection_id, secret))


@router.post("/admin/producers/{connection_id}/delete")
def producer_delete(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep,
                    ints: IntegrationsDep, connection_id: str) -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        uc.delete_producer(ints, ctx.principal, connection_id)
    except NotFoundError as exc:
        raise PageNotFound(ctx) from exc
    return show(notice="integrations.producer_deleted")


@router.post("/admin/nav-connections")
def nav_create(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep, ints: IntegrationsDep,
               connection_id: FormStr = "", url: FormStr = "", login: FormStr = "", password: FormStr = "",
               tax_number: FormStr = "", signature_key: FormStr = "", exchange_key: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    try:
        uc.create_nav(ints, ctx.principal, connection_id=connection_id.strip(), url=url.strip(), login=login,
                      password=password, tax_number=tax_number, signature_key=signature_key,
                      exchange_key=exchange_key)
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc),  # never a secret back
                    values={"nav_id": connection_id, "nav_url": url, "nav_login": login, "nav_tax": tax_number})
    return show(notice="integrations.nav_created")


@router.post("/admin/pull-connections")
def pull_create(request: Request, ctx: AdminForm, ports: PortsDep, conns: ConnectionsDep, ints: IntegrationsDep,
                connection_id: FormStr = "", site: FormStr = "", mapping: FormStr = "", url_hosts: FormStr = "",
                authorization: FormStr = "") -> HTMLResponse:
    show = shower(request, conns, ctx, ports, ints)
    values = {"pull_id": connection_id, "pull_site": site, "pull_mapping": mapping, "pull_hosts": url_hosts}
    try:
        uc.create_pull(ints, ctx.principal, connection_id=connection_id.strip(), site=site, pull=mapping_of(mapping),
                       url_hosts=chosen_sites(None, url_hosts), authorization=authorization.strip())
    except SzamlatarError as exc:
        status, message = refused(exc)
        return show(status=status, error=message, detail=str(exc), values=values)
    return show(notice="integrations.pull_created")
