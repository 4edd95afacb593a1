"""A Billingo history back-fill asked for by an administrator, one use case for the API
(``POST``/``GET /api/v1/connections/{id}/backfill``) and the Integrációk page: the request is recorded
as a job (``core/backfill.py``) and answered at once; the Billingo poller runs it
(``billingo/backfill_runner.py``) and the page and the API read its progress from the job.

Only Billingo has a list to back-fill from: Számlázz.hu pushes every invoice itself, so there is
nothing of its past to fetch (the same answer as ``szamlatar billing backfill``). One job at a time per
connection: a request while one is queued or running is a conflict, and the running one is answered.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from services.app.connections import ConnectionPorts, ConnectionStatus, owned
from services.core.access import Principal
from services.core.backfill import JobStatus, is_active, new_job, parse_since, public_job
from services.core.errors import ConflictError, UnsupportedOperationError

Doc = dict[str, Any]
BACKFILL_KINDS = ("billingo",)
NO_LIST = ("only Billingo has a list to back-fill from: Számlázz.hu pushes every invoice itself, so its "
           "history arrives as it is pushed")


class BackfillJobStore(Protocol):
    """``backfill_jobs`` by ``_id`` (``adapters/backfill_jobs.py``)."""

    def get(self, job_id: str) -> Doc | None: ...
    def save(self, job: Doc) -> None: ...


class LatestJobMark(Protocol):
    """Where the connection keeps its latest job's id (``ConnectionRepo.set_fields``)."""

    def set_fields(self, connection_id: str, fields: Doc) -> None: ...


@dataclass(frozen=True)
class BackfillPorts:
    connections: ConnectionPorts
    jobs: BackfillJobStore
    mark: LatestJobMark


def latest_job(ports: BackfillPorts, doc: Doc) -> Doc | None:
    """The connection's latest back-fill job, read by the id it keeps (``None``: never asked)."""
    job_id = doc.get("backfill_job")
    return ports.jobs.get(str(job_id)) if job_id else None


def shown_jobs(jobs: BackfillJobStore, connections: Iterable[Mapping[str, Any]]) -> dict[str, Doc]:
    """The latest job of each connection shown (``public_view`` rows naming ``backfill_job``), by connection
    id: one read by ``_id`` per Billingo connection on the page."""
    out: dict[str, Doc] = {}
    for view in connections:
        job_id = view.get("backfill_job")
        job = jobs.get(str(job_id)) if job_id and view.get("kind") in BACKFILL_KINDS else None
        if job is not None:
            out[str(view["id"])] = public_job(job)
    return out


def in_error(rows: Iterable[ConnectionStatus], jobs: Mapping[str, Doc]) -> list[tuple[ConnectionStatus, Doc | None]]:
    """The connections the start page names as in error: a poll or test fetch that failed, or a back-fill
    that stopped with an error (paired with its job, whose line says how far it got and why)."""
    out: list[tuple[ConnectionStatus, Doc | None]] = []
    for row in rows:
        job = jobs.get(str(row.connection["id"]))
        stopped = job if job is not None and job.get("status") == JobStatus.FAILED else None
        if row.last_error or stopped is not None:
            out.append((row, stopped))
    return out


def request_backfill(ports: BackfillPorts, principal: Principal, connection_id: str, since: str) -> Doc:
    """Record a back-fill of the connection's invoices issued from ``since`` (``YYYY-MM-DD``); audited.
    The answer is the queued job, at once."""
    doc = owned(ports.connections, principal, connection_id)
    if doc.get("kind") not in BACKFILL_KINDS:
        raise UnsupportedOperationError(NO_LIST)
    now = ports.connections.clock()
    first = parse_since(since, now.date())
    current = latest_job(ports, doc)
    if current is not None and is_active(current):
        raise ConflictError(f"a back-fill of {connection_id!r} is already {current['status']}")
    job = new_job(f"{connection_id}|{secrets.token_hex(6)}", tenant=principal.tenant, connection_id=connection_id,
                  since=first, requested_by=principal.subject, now=now)
    ports.jobs.save(job)
    ports.mark.set_fields(connection_id, {"backfill_job": job["_id"]})
    ports.connections.audit.append(tenant=principal.tenant, actor=principal.subject,
                                   action="connection.backfill_requested", target=connection_id,
                                   details={"since": job["since"], "job": job["_id"]})
    return public_job(job)


def backfill_status(ports: BackfillPorts, principal: Principal, connection_id: str) -> Doc | None:
    """The connection's latest job as shown (``None``: never asked); ``UnsupportedOperationError`` for a
    kind without a list."""
    doc = owned(ports.connections, principal, connection_id)
    if doc.get("kind") not in BACKFILL_KINDS:
        raise UnsupportedOperationError(NO_LIST)
    job = latest_job(ports, doc)
    return None if job is None else public_job(job)
