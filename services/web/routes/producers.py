"""Direct producers (admin): the connection a billing system that produces to ``invoice.raw``
itself names in every event. The tenant is always the caller's; its sites must be in the caller's
scope, and one without sites (every site) needs an admin without a site limit — who alone sees,
and may delete, such a producer (``Principal.covers``). The parse stage refuses events whose
connection is missing, deleted, another tenant's, or does not carry their source kind or site
(``core/source_binding.py``)."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status

from services.core.access import Permission, Principal
from services.core.connections import check_connection_id
from services.core.errors import ConflictError, NotFoundError, ReasonCode, SchemaViolationError
from services.web.deps import PortsDep, PrincipalDep, require, require_sites

router = APIRouter(prefix="/api/v1/producers", tags=["direct producers"])
FIELDS = ("sites", "source_kinds", "url_allowlist", "allow_private_urls", "kafka_principal")


def _view(doc: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["_id"], "tenant": doc["tenant"], **{k: doc.get(k) for k in FIELDS},
            "key": f"{doc['tenant']}|{(doc.get('source_kinds') or ['producer'])[0]}|{doc['_id']}|<external_id>"}


def _strings(body: dict[str, Any], name: str) -> list[str]:
    value = body.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SchemaViolationError(f"{name} must be a list of strings")
    return value


async def _own(ports: PortsDep, principal: Principal, connection_id: str) -> dict[str, Any]:
    docs = await asyncio.to_thread(ports.producers.list, principal.tenant)
    found = next((d for d in docs if d["_id"] == connection_id), None)
    if found is None or not principal.covers(found.get("sites") or ()):
        raise NotFoundError(f"no producer connection {connection_id!r}")
    return found


@router.get("", summary="The tenant's producer connections")
async def list_producers(ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    docs = await asyncio.to_thread(ports.producers.list, principal.tenant)
    return {"items": [_view(d) for d in docs if principal.covers(d.get("sites") or ())]}


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a producer connection",
             description="`{id, sites?: [..], source_kinds?: [producer, own_system], url_hosts?: [..], "
                         "kafka_principal?: \"User:producer-<id>\"}`. Events then carry `source = {kind: producer, "
                         "connection_id: id}` and the caller's tenant. With `kafka_principal` (the producer's own "
                         "Kafka principal, schemas/README.md) the answer holds `signing_secret`, shown only this once: "
                         "every record must carry its signature, or the parse stage refuses it.")
async def create_producer(ports: PortsDep, principal: PrincipalDep,
                          body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    connection_id = check_connection_id(str(body.get("id") or ""))
    sites = _strings(body, "sites")
    require_sites(principal, sites)
    existing = await asyncio.to_thread(ports.connections.get, connection_id)
    if existing is not None:
        raise ConflictError(f"connection {connection_id!r} exists", reason=ReasonCode.EXISTS)
    kafka_principal = body.get("kafka_principal")
    if kafka_principal is not None and not isinstance(kafka_principal, str):
        raise SchemaViolationError("kafka_principal must be a string")
    try:
        doc = await asyncio.to_thread(ports.producers.create, connection_id=connection_id,
                                      tenant=principal.tenant, sites=sites, source_kinds=_strings(body, "source_kinds"),
                                      url_hosts=_strings(body, "url_hosts"), kafka_principal=kafka_principal or None,
                                      created_by=principal.subject)
    except ValueError as exc:
        raise SchemaViolationError(str(exc)) from exc
    secret = await asyncio.to_thread(ports.producers.first_signing_secret, ports.settings, doc)
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="producer.created", target=connection_id,
                            details={k: doc.get(k) for k in FIELDS})
    return {**_view(doc), **({"signing_secret": secret} if secret else {})}


@router.get("/{connection_id}", summary="One producer connection")
async def get_producer(connection_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return _view(await _own(ports, principal, connection_id))


@router.delete("/{connection_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Delete a producer connection; its events are refused from now on (unknown_connection)")
async def delete_producer(connection_id: str, ports: PortsDep, principal: PrincipalDep) -> Response:
    require(principal, Permission.ADMIN)
    await _own(ports, principal, connection_id)
    await asyncio.to_thread(ports.producers.delete, connection_id, principal.tenant)
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="producer.deleted", target=connection_id, details={})
    return Response(status_code=204)
