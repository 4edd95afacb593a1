"""Outbound webhook subscriptions (admin): create (the signing secret is in the answer once and
never again), list, get, change (disable with ``active: false``), delete; the delivery log a page at
a time, and a failed delivery sent again. The downstream worker (services/downstream) POSTs
``invoice.linked`` and ``rule.notify`` to them, signed like our inbound webhooks. The use cases are
``app/subscriptions.py``, which the admin's Kimenő webhookok page calls too.

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

from fastapi import APIRouter, Body, Query, Response, status

from services.app import subscriptions as uc
from services.core.access import Permission
from services.core.subscriptions import public_subscription
from services.web.deps import PrincipalDep, require
from services.web.subscription_deps import SubscriptionsDep

router = APIRouter(prefix="/api/v1/subscriptions", tags=["webhook subscriptions"])


@router.get("", summary="The tenant's outbound webhook subscriptions (no secrets); a site-restricted caller "
                        "sees those of its sites")
async def list_subscriptions(subs: SubscriptionsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return {"items": await asyncio.to_thread(uc.list_subscriptions, subs, principal)}


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a subscription; the secret is shown once",
             description="`{url, events?: [invoice.linked, rule.notify], sites?: [..], id?, description?}`; "
                         "`sites` empty or absent is every site, which only an admin without a site limit "
                         "may subscribe to. The answer's "
                         "`secret` verifies `X-Szamlatar-Signature: v1=<hex HMAC-SHA256(secret, "
                         "\"<X-Szamlatar-Timestamp>.\" + body)>`; it is stored encrypted and never shown again.")
async def create(subs: SubscriptionsDep, principal: PrincipalDep,
                 body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.create, subs, principal, body)


@router.get("/{sub_id}", summary="One subscription (no secret)")
async def get_subscription(sub_id: str, subs: SubscriptionsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return public_subscription(await asyncio.to_thread(uc.visible, subs, principal, sub_id))


@router.patch("/{sub_id}", summary="Change url, events, sites, description or active (false: disabled)")
async def change_subscription(sub_id: str, subs: SubscriptionsDep, principal: PrincipalDep,
                              body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.change, subs, principal, sub_id, body)


@router.delete("/{sub_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a subscription")
async def delete_subscription(sub_id: str, subs: SubscriptionsDep, principal: PrincipalDep) -> Response:
    require(principal, Permission.ADMIN)
    await asyncio.to_thread(uc.delete, subs, principal, sub_id)
    return Response(status_code=204)


@router.get("/{sub_id}/deliveries", summary="The subscription's delivery log, newest first, a page at a time",
            description="`before`: the `next` of the previous page.")
async def deliveries(sub_id: str, subs: SubscriptionsDep, principal: PrincipalDep, before: str = "",
                     limit: Annotated[int, Query(ge=1, le=uc.MAX_PAGE)] = uc.PAGE) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    items, after = await asyncio.to_thread(uc.deliveries, subs, principal, sub_id, before=before, limit=limit)
    return {"items": [{"id": d["_id"], **{k: v for k, v in d.items() if k != "_id"}} for d in items],
            "next": after or None}


@router.post("/{sub_id}/deliveries/{entry_id}/replay",
             summary="Send a failed delivery again (same body and delivery id), at most once")
async def replay(sub_id: str, entry_id: str, subs: SubscriptionsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.replay, subs, principal, sub_id, entry_id)
