"""Direct producers (admin): the connection a billing system that produces to ``invoice.raw``
itself names in every event. The tenant is always the caller's; its sites must be in the caller's
scope, and one without sites (every site) needs an admin without a site limit — who alone sees,
and may delete, such a producer (``Principal.covers``). The parse stage refuses events whose
connection is missing, deleted, another tenant's, or does not carry their source kind or site
(``core/source_binding.py``). The use cases are ``app/integrations.py``, which the admin's
Integrációk page calls too."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status

from services.app import integrations as uc
from services.core.access import Permission
from services.web.deps import PrincipalDep, require
from services.web.integration_deps import IntegrationsDep

router = APIRouter(prefix="/api/v1/producers", tags=["direct producers"])


@router.get("", summary="The tenant's producer connections")
async def list_producers(ints: IntegrationsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return {"items": await asyncio.to_thread(uc.producers, ints, principal)}


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a producer connection",
             description="`{id, sites?: [..], source_kinds?: [producer, own_system], url_hosts?: [..], "
                         "kafka_principal?: \"User:producer-<id>\"}`. Events then carry `source = {kind: producer, "
                         "connection_id: id}` and the caller's tenant. With `kafka_principal` (the producer's own "
                         "Kafka principal, schemas/README.md) the answer holds `signing_secret`, shown only this once: "
                         "every record must carry its signature, or the parse stage refuses it.")
async def create_producer(ints: IntegrationsDep, principal: PrincipalDep,
                          body: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.create_producer, ints, principal, body)


@router.get("/{connection_id}", summary="One producer connection")
async def get_producer(connection_id: str, ints: IntegrationsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return uc.producer_view(await asyncio.to_thread(uc.producer, ints, principal, connection_id))


@router.delete("/{connection_id}", status_code=status.HTTP_204_NO_CONTENT,
               summary="Delete a producer connection; its events are refused from now on (unknown_connection)")
async def delete_producer(connection_id: str, ints: IntegrationsDep, principal: PrincipalDep) -> Response:
    require(principal, Permission.ADMIN)
    await asyncio.to_thread(uc.delete_producer, ints, principal, connection_id)
    return Response(status_code=204)
