"""Billingo and Számlázz.hu connections per tenant and site: create, change, delete, test; the test
fetch of NAV and pull connections, and pause / resume of every kind.

Credentials (Billingo API key; Számla Agent key and the Számlázz.hu push key) are sealed with the
archive's key-encryption key and never returned — except a push key generated here, which is shown
once in the create answer because it must be entered in the Számlázz.hu account. Saving runs a test
fetch and answers what it found ("12 számla az elmúlt 30 napban") or why it found nothing, in
Hungarian and English. Every change is in the audit log. The use cases are ``app/connections.py``,
which the admin's Integrációk page calls too.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Body, Response, status
from pydantic import BaseModel, Field

from services.app import backfill as bf
from services.app import connections as uc
from services.core.access import Permission
from services.web.billing_deps import BackfillDep, ConnectionsDep
from services.web.deps import PrincipalDep, require

router = APIRouter(prefix="/api/v1/connections", tags=["connections"])


@router.get("", summary="The tenant's connections (no credentials)")
async def list_connections(principal: PrincipalDep, conns: ConnectionsDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return {"items": await asyncio.to_thread(uc.list_connections, conns, principal)}


@router.post(
    "", status_code=status.HTTP_201_CREATED, summary="Create a Billingo or Számlázz.hu connection",
    description=(
        "Billingo: `{kind: billingo, api_key, site, document_kinds?, import_since?}` — a key with the write "
        "('Írás') scope lets payments recorded here reach Billingo. Számlázz.hu: `{kind: szamlazz, agent_key, "
        "push_key?, site, …}`; register the returned `push_url` (and the push key) in the Számlázz.hu account "
        "under Pénzügyi adatkapcsolat. The answer carries the test fetch's result."
    ),
)
async def create_connection(principal: PrincipalDep, conns: ConnectionsDep,
                            body: dict[str, Any] = Body(...)) -> dict[str, Any]:  # noqa: B008
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.create_connection, conns, principal, body)


@router.get("/{connection_id}", summary="One connection (no credentials)")
async def get_connection(connection_id: str, principal: PrincipalDep, conns: ConnectionsDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return uc.view(conns, await asyncio.to_thread(uc.owned, conns, principal, connection_id))


@router.patch("/{connection_id}", summary="Change settings or replace credentials; runs the test fetch again")
async def change_connection(connection_id: str, principal: PrincipalDep, conns: ConnectionsDep,
                            body: dict[str, Any] = Body(...)) -> dict[str, Any]:  # noqa: B008
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.change_connection, conns, principal, connection_id, body)


@router.post("/{connection_id}/test", summary="Run the test fetch again (Billingo, Számlázz.hu, NAV, pull)",
             description="Billingo and Számlázz.hu: the key and the last 30 days' invoices. NAV (admins without a "
                         "site limit): the technical user's token exchange and the first page of invoices issued in "
                         "the last 30 days. Pull: the own system's list, first page, read with the connection's "
                         "credential (nothing imported). The verdict is kept on the connection (`last_test`).")
async def retest_connection(connection_id: str, principal: PrincipalDep, conns: ConnectionsDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.retest_connection, conns, principal, connection_id)


class Enabled(BaseModel):
    enabled: bool = Field(..., description="false pauses the connection, true resumes it")


@router.put("/{connection_id}/enabled", summary="Pause or resume a connection of any kind",
            description="What a pause means per kind: pollers (Billingo, pull, NAV) skip it; the own-system webhook "
                        "and the Számlázz.hu push answer 503 `disabled` with Retry-After; the export inbox leaves "
                        "its drops; a producer's records are dead-lettered with reason `disabled`, to be replayed "
                        "after the resume. Audited as `connection.changed`.")
async def set_enabled(connection_id: str, principal: PrincipalDep, conns: ConnectionsDep,
                      body: Enabled) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(uc.set_enabled, conns, principal, connection_id, body.enabled)


@router.delete("/{connection_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a connection")
async def delete_connection(connection_id: str, principal: PrincipalDep, conns: ConnectionsDep) -> Response:
    """Credentials are destroyed; invoices already archived stay. The poller stops with the next
    round, and Számlázz.hu is told KEY_DEL if it pushes again."""
    require(principal, Permission.ADMIN)
    await asyncio.to_thread(uc.delete_connection, conns, principal, connection_id)
    return Response(status_code=204)


class BackfillRequest(BaseModel):
    since: str = Field(..., description="the first invoice date to import, YYYY-MM-DD (not in the future)",
                       examples=["2024-01-01"])


BACKFILL_JOB = ("The job: `id`, `status` (queued, running, done, failed), `since`, `total` (what Billingo counted), "
                "`done`, `outcomes` (imported = new, unchanged = already there, skipped, payments_changed, failed), "
                "`last_error`, `requested_by`, the times, and `progress` — the line the Integrációk page shows, "
                "`{hu, en}`.")


@router.post("/{connection_id}/backfill", status_code=status.HTTP_202_ACCEPTED,
             summary="Ask for a Billingo history back-fill (answered at once; the poller runs it)",
             description="Records a back-fill job of every invoice issued from `since` and answers it queued; the "
                         "Billingo poller (`szamlatar run billingo-poller`) runs it, one job at a time per "
                         "connection (409 while one is queued or running), also on a paused connection. Nothing "
                         "is imported twice. Only Billingo has a list to back-fill from: a Számlázz.hu connection is "
                         "answered 422 (it pushes every invoice itself). Audited as "
                         "`connection.backfill_requested`. " + BACKFILL_JOB)
async def request_backfill(connection_id: str, principal: PrincipalDep, ports: BackfillDep,
                           body: BackfillRequest) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return await asyncio.to_thread(bf.request_backfill, ports, principal, connection_id, body.since)


@router.get("/{connection_id}/backfill", summary="The connection's latest back-fill job and its progress",
            description="`{job: null}` when none was asked for. " + BACKFILL_JOB)
async def backfill_status(connection_id: str, principal: PrincipalDep, ports: BackfillDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return {"job": await asyncio.to_thread(bf.backfill_status, ports, principal, connection_id)}
