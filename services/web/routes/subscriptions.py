"""Outbound webhook subscriptions (admin): create (the signing secret is in the answer once and
never again), list, get, delete. The downstream worker (services/downstream) POSTs
``invoice.linked`` and ``rule.notify`` to them, signed like our inbound webhooks.

A subscription receives only events of invoices at its ``sites`` (empty: every site). A
site-restricted admin creates, sees and deletes only subscriptions whose sites are all its own
(``Principal.covers``); one for every site needs an admin without a site limit.

The URL policy (``core/url_policy.subscription_policy``): ``https`` to a host that resolves to
public addresses only; plain ``http`` and private addresses only under a prefix of
``SZAMLATAR_BILLING_URL_ALLOWLIST`` (``http://127.0.0.1:`` in ``make run`` and tests). A refused URL
is a 422 with reason ``url_refused``; the worker checks again at every delivery."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status

from services.adapters.subscriptions import create_subscription
from services.core.access import Permission, Principal
from services.core.errors import ConflictError, NotFoundError, ReasonCode
from services.core.subscriptions import public_subscription, validate_subscription
from services.web.billing_deps import BillingDep
from services.web.deps import Ports, PortsDep, PrincipalDep, require, require_sites

router = APIRouter(prefix="/api/v1/subscriptions", tags=["webhook subscriptions"])


def _covered(principal: Principal, doc: dict[str, Any]) -> bool:
    return principal.covers(doc.get("sites") or ())  # stored before subscriptions had sites: every site


async def _visible(ports: Ports, principal: Principal, sub_id: str) -> dict[str, Any]:
    doc = await asyncio.to_thread(ports.subscriptions.get, principal.tenant, sub_id)
    if doc is None or not _covered(principal, doc):
        raise NotFoundError(f"no subscription {sub_id!r}")
    return doc


@router.get("", summary="The tenant's outbound webhook subscriptions (no secrets); a site-restricted caller "
                        "sees those of its sites")
async def list_subscriptions(ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    docs = await asyncio.to_thread(ports.subscriptions.list, principal.tenant)
    return {"items": [public_subscription(d) for d in docs if _covered(principal, d)]}


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a subscription; the secret is shown once",
             description="`{url, events?: [invoice.linked, rule.notify], sites?: [..], id?, description?}`; "
                         "`sites` empty or absent is every site, which only an admin without a site limit "
                         "may subscribe to. The answer's "
                         "`secret` verifies `X-Szamlatar-Signature: v1=<hex HMAC-SHA256(secret, "
                         "\"<X-Szamlatar-Timestamp>.\" + body)>`; it is stored encrypted and never shown again.")
async def create(ports: PortsDep, principal: PrincipalDep, billing: BillingDep,
                 body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    fields = validate_subscription(body, http_prefixes=billing.settings.url_allowlist)
    require_sites(principal, fields["sites"])
    repo = ports.subscriptions
    if fields.get("id") and await asyncio.to_thread(repo.get, principal.tenant, fields["id"]) is not None:
        raise ConflictError(f"subscription {fields['id']!r} exists", reason=ReasonCode.EXISTS)
    doc, secret = await asyncio.to_thread(create_subscription, repo, ports.settings,
                                          tenant=principal.tenant, fields=fields, actor=principal.subject,
                                          url_allowlist=billing.settings.url_allowlist)
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="subscription.created", target=doc["id"],
                            details={"url": doc["url"], "events": doc["events"], "sites": doc["sites"]})
    return {"subscription": public_subscription(doc), "secret": secret}


@router.get("/{sub_id}", summary="One subscription (no secret)")
async def get_subscription(sub_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return public_subscription(await _visible(ports, principal, sub_id))


@router.delete("/{sub_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a subscription")
async def delete_subscription(sub_id: str, ports: PortsDep, principal: PrincipalDep) -> Response:
    require(principal, Permission.ADMIN)
    await _visible(ports, principal, sub_id)
    if not await asyncio.to_thread(ports.subscriptions.delete, principal.tenant, sub_id):
        raise NotFoundError(f"no subscription {sub_id!r}")
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="subscription.deleted", target=sub_id, details={})
    return Response(status_code=204)
