"""Billingo and Számlázz.hu connections per tenant and site: create, change, delete, test.

Credentials (Billingo API key; Számla Agent key and the Számlázz.hu push key) are sealed with the
archive's key-encryption key and never returned — except a push key generated here, which is shown
once in the create answer because it must be entered in the Számlázz.hu account. Saving runs a test
fetch and answers what it found ("12 számla az elmúlt 30 napban") or why it found nothing, in
Hungarian and English. Every change is in the audit log.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Body, Response, status

from services.adapters.sealer import Sealer
from services.billingo.probe import probe_billingo
from services.core.access import Permission, Principal
from services.core.connections import (
    CREDENTIALS,
    FetchOutcome,
    check_connection_id,
    describe_test,
    public_view,
    validate_settings,
)
from services.core.errors import ConflictError, NotFoundError, ReasonCode, UnsupportedOperationError
from services.szamlazz.probe import probe_szamlazz
from services.web.billing_deps import BillingContext, BillingDep
from services.web.deps import Ports, PortsDep, PrincipalDep, require, require_sites

router = APIRouter(prefix="/api/v1/connections", tags=["connections"])
PUSH_KEY_SUFFIX = "sztar"  # our receiver's registered keypostfix: Számlázz.hu keys end with it
OWN_SYSTEM = "own-system connections are managed with `szamlatar connection` commands"


async def _own(billing: BillingContext, principal: Principal, connection_id: str) -> dict[str, Any]:
    found = await asyncio.to_thread(billing.repos.connections.active, connection_id)
    if found is None or found.tenant != principal.tenant or not principal.sees_site(found.doc.get("site", "")):
        raise NotFoundError(f"no connection {connection_id!r}")
    return dict(found.doc)


def _view(billing: BillingContext, doc: dict[str, Any]) -> dict[str, Any]:
    return public_view(doc, billing.push_url(doc["_id"]) if doc.get("kind") == "szamlazz" else None)


def _probe(ports: Ports, billing: BillingContext, doc: dict[str, Any], now: datetime) -> FetchOutcome:
    if doc["kind"] == "billingo":
        return probe_billingo(ports.settings, doc, billing.upstream, now)
    return probe_szamlazz(ports.settings, doc, billing.repos.ingest, billing.upstream, now)


async def _test_and_store(ports: Ports, billing: BillingContext, doc: dict[str, Any]) -> dict[str, Any]:
    now = datetime.now(UTC)
    outcome = await asyncio.to_thread(_probe, ports, billing, doc, now)
    result = {**describe_test(doc["kind"], outcome), "at": now.isoformat()}
    doc["last_test"] = result
    await asyncio.to_thread(billing.repos.connections.save, doc)
    return {**result, "observed": {k: v for k, v in asdict(outcome).items() if v not in (None, ())}}


async def _audit(ports: Ports, principal: Principal, action: str, target: str, details: dict[str, Any]) -> None:
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject, action=action,
                            target=target, details=details)


@router.get("", summary="The tenant's connections (no credentials)")
async def list_connections(ports: PortsDep, principal: PrincipalDep, billing: BillingDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    found = await asyncio.to_thread(billing.repos.connections.list, tenant=principal.tenant,
                                    kinds=("billingo", "szamlazz", "own_system"))
    docs = [dict(c.doc) for c in found]
    return {"items": [_view(billing, d) for d in docs if principal.sees_site(d.get("site", ""))]}


@router.post(
    "", status_code=status.HTTP_201_CREATED, summary="Create a Billingo or Számlázz.hu connection",
    description=(
        "Billingo: `{kind: billingo, api_key, site, document_kinds?, import_since?}` — a key with the write "
        "('Írás') scope lets payments recorded here reach Billingo. Számlázz.hu: `{kind: szamlazz, agent_key, "
        "push_key?, site, …}`; register the returned `push_url` (and the push key) in the Számlázz.hu account "
        "under Pénzügyi adatkapcsolat. The answer carries the test fetch's result."
    ),
)
async def create_connection(ports: PortsDep, principal: PrincipalDep, billing: BillingDep,
                            body: dict[str, Any] = Body(...)) -> dict[str, Any]:  # noqa: B008
    require(principal, Permission.ADMIN)
    kind = str(body.get("kind", ""))
    fields, creds = validate_settings(kind, body, allowed_url_prefixes=billing.settings.url_allowlist, creating=True)
    connection_id = check_connection_id(str(body["id"])) if body.get("id") else f"{kind}-{secrets.token_hex(4)}"
    require_sites(principal, [fields["site"]])
    if await asyncio.to_thread(billing.repos.connections.get, connection_id) is not None:
        raise ConflictError(f"connection {connection_id!r} exists", reason=ReasonCode.EXISTS)
    shown_once: dict[str, str] = {}
    if kind == "szamlazz" and "push_key" not in creds:
        creds["push_key"] = secrets.token_urlsafe(24)[:30] + PUSH_KEY_SUFFIX
        shown_once["push_key"] = creds["push_key"]
    now = datetime.now(UTC)
    doc = {"_id": connection_id, "kind": kind, "tenant": principal.tenant, **fields,
           "credentials": {k: Sealer.of(ports.settings).seal(v) for k, v in creds.items()},
           "created_at": now, "updated_at": now, "created_by": principal.subject}
    await asyncio.to_thread(billing.repos.connections.save, doc)
    await _audit(ports, principal, "connection.created", connection_id,
                 {"kind": kind, "site": fields["site"], "credentials": sorted(creds)})
    test = await _test_and_store(ports, billing, doc)
    answer: dict[str, Any] = {"connection": _view(billing, doc), "test": test}
    if shown_once:
        answer["shown_once"] = shown_once
    return answer


@router.get("/{connection_id}", summary="One connection (no credentials)")
async def get_connection(connection_id: str, principal: PrincipalDep, billing: BillingDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return _view(billing, await _own(billing, principal, connection_id))


@router.patch("/{connection_id}", summary="Change settings or replace credentials; runs the test fetch again")
async def change_connection(connection_id: str, ports: PortsDep, principal: PrincipalDep, billing: BillingDep,
                            body: dict[str, Any] = Body(...)) -> dict[str, Any]:  # noqa: B008
    require(principal, Permission.ADMIN)
    doc = await _own(billing, principal, connection_id)
    if doc.get("kind") not in CREDENTIALS:
        raise UnsupportedOperationError(OWN_SYSTEM)
    fields, creds = validate_settings(doc["kind"], {k: v for k, v in body.items() if k not in ("id", "kind")},
                                      allowed_url_prefixes=billing.settings.url_allowlist, creating=False)
    if "site" in fields:
        require_sites(principal, [fields["site"]])
    doc.update(fields)
    sealer = Sealer.of(ports.settings)
    doc["credentials"] = {**(doc.get("credentials") or {}), **{k: sealer.seal(v) for k, v in creds.items()}}
    doc["updated_at"] = datetime.now(UTC)
    await asyncio.to_thread(billing.repos.connections.save, doc)
    await _audit(ports, principal, "connection.changed", connection_id,
                 {"fields": sorted(fields), "credentials": sorted(creds)})
    test = await _test_and_store(ports, billing, doc)
    return {"connection": _view(billing, doc), "test": test}


@router.post("/{connection_id}/test", summary="Run the test fetch again")
async def retest_connection(connection_id: str, ports: PortsDep, principal: PrincipalDep,
                            billing: BillingDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    doc = await _own(billing, principal, connection_id)
    if doc.get("kind") not in CREDENTIALS:
        raise UnsupportedOperationError("only Billingo and Számlázz.hu connections")
    return await _test_and_store(ports, billing, doc)


@router.delete("/{connection_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a connection")
async def delete_connection(connection_id: str, ports: PortsDep, principal: PrincipalDep,
                            billing: BillingDep) -> Response:
    """Credentials are destroyed; invoices already archived stay. The poller stops with the next
    round, and Számlázz.hu is told KEY_DEL if it pushes again."""
    require(principal, Permission.ADMIN)
    doc = await _own(billing, principal, connection_id)
    if doc.get("kind") not in CREDENTIALS:
        raise UnsupportedOperationError(OWN_SYSTEM)
    await asyncio.to_thread(billing.repos.connections.delete, doc, datetime.now(UTC))
    await asyncio.to_thread(billing.repos.ingest.forget, connection_id)
    await _audit(ports, principal, "connection.deleted", connection_id, {"kind": doc["kind"]})
    return Response(status_code=204)
