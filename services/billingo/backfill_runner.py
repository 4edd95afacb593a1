"""The Billingo poller's back-fill jobs: what an administrator asked for on the Integrációk page or
through the API (``app/backfill.py``), run where the connection and the importer already are.

Each round the poller hands ``tick`` the Billingo connections (paused ones too: a back-fill is asked
for explicitly, as ``szamlatar billing backfill`` runs on a paused connection). A connection keeps its
latest job's id (``backfill_job``); a queued job is started — and a ``running`` one that no thread of
this process runs was cut short by a restart, so it is run again from the start (the back-fill is
idempotent: what is there already counts as ``unchanged``). One job at a time per connection, on a
small pool of its own, so polls go on beside it.

Progress lands on the job document every few invoices or seconds (``core/backfill.flush_due``), never
a write per invoice. A stop (the process shutting down) ends a job between batches; it stays
``running`` and the next start takes it up again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from datetime import UTC, date, datetime
from threading import Event
from typing import Any, Protocol

from services.billingo.importer import PassResult
from services.core import backfill as bf
from services.core.connection_model import Connection
from services.core.errors import Retryable

logger = logging.getLogger(__name__)
Doc = dict[str, Any]


class Backfiller(Protocol):
    """What a job needs of ``BillingoImporter``."""

    def count(self, connection: Connection, since: date) -> int: ...
    def backfill(self, connection: Connection, since: date,
                 progress: Callable[[str], None] | None = None) -> PassResult: ...


class Jobs(Protocol):
    """``adapters/backfill_jobs.py``."""

    def get(self, job_id: str) -> Doc | None: ...
    def save(self, job: Doc) -> None: ...
    def claim(self, job: Doc, attempts: int) -> bool: ...


class Stopped(Exception):
    """The process is stopping: the job ends between batches and stays ``running`` for the next start."""


class BackfillRunner:
    def __init__(self, *, importer: Backfiller, jobs: Jobs, pool: Executor, stop: Event,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.importer, self.jobs, self.pool, self.stop = importer, jobs, pool, stop
        self.clock, self.monotonic = clock, monotonic
        self.running: dict[str, Future[None]] = {}

    def tick(self, connections: Iterable[Connection]) -> None:
        """Start the pending job of every connection that has no job running here."""
        for connection in connections:
            busy = self.running.get(connection.id)
            if busy is not None and not busy.done():
                continue
            self.running.pop(connection.id, None)
            job_id = connection.doc.get("backfill_job")
            if not job_id:
                continue
            try:
                job = self.jobs.get(str(job_id))
            except Retryable as exc:
                logger.warning("billingo back-fill: cannot read job %s: %s", job_id, exc)
                continue
            if job is not None and bf.is_active(job):
                self.running[connection.id] = self.pool.submit(self.run, connection, job)

    def run(self, connection: Connection, job: Doc) -> None:
        """One job, start to end; never raises (a thread must not die silently)."""
        try:
            self._run(connection, job)
        except Stopped:
            logger.info("billingo back-fill %s stopped with the process; the next start goes on", job["_id"])
        except Exception as exc:  # the job says what happened, and a person may ask again
            logger.exception("billingo back-fill %s failed", job["_id"], extra={"connection": connection.id})
            try:
                current = self.jobs.get(job["_id"]) or job
                self.jobs.save(bf.failed(current, f"{type(exc).__name__}: {exc}", now=self.clock()))
            except Exception:
                logger.exception("billingo back-fill %s: cannot record the failure", job["_id"])

    def _run(self, connection: Connection, job: Doc) -> None:
        since = date.fromisoformat(str(job["since"]))
        total = self.importer.count(connection, since)
        current = bf.started(job, total=total, now=self.clock())
        if not self.jobs.claim(current, int(job.get("attempts") or 0)):
            return  # another runner started it meanwhile
        outcomes: dict[str, int] = {}
        flushed, flushed_at = 0, self.monotonic()

        def progress(outcome: str) -> None:
            nonlocal current, flushed, flushed_at
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            done = sum(outcomes.values())
            if bf.flush_due(done, flushed, self.monotonic() - flushed_at):
                current = bf.advanced(current, outcomes, now=self.clock())
                self.jobs.save(current)
                flushed, flushed_at = done, self.monotonic()
            if self.stop.is_set():
                raise Stopped()

        logger.info("billingo back-fill %s of %s since %s: %d invoices", job["_id"], connection.id, since, total)
        result = self.importer.backfill(connection, since, progress=progress)
        self.jobs.save(bf.finished(current, result.outcomes, complete=result.complete, errors=result.errors,
                                   now=self.clock()))
        logger.info("billingo back-fill %s: %s", job["_id"], result.outcomes,
                    extra={"connection": connection.id, "complete": result.complete})
