"""The Billingo poller process: every enabled Billingo connection, one pass each, every interval.

Connections are read from MongoDB every round, so new ones start on the next round and deleted or
disabled ones stop. Each connection polls on a thread of its own, and a connection whose previous
pass is still running is skipped: one slow or unreachable Billingo account never holds up the
others, and no connection is ever polled twice at once. The history back-fills an administrator asks
for run here too, on a pool of their own (``backfill_runner.py``), paused connections included.
``/healthz`` and ``/metrics`` are served on the poller port.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.billing_repos import billing_repos
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import billing_ingest_metrics, upstream_metrics
from services.adapters.mongo import connect
from services.adapters.ops_http import serve_ops
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import BillingSettings, Settings
from services.billingo.backfill_runner import BackfillRunner
from services.billingo.importer import BACKFILL_RETRY, BillingoImporter, PassResult
from services.core.connection_model import Connection
from services.core.errors import Retryable

logger = logging.getLogger(__name__)
MAX_PARALLEL_CONNECTIONS = 8
MAX_PARALLEL_BACKFILLS = 2  # long batches a person watches; polls keep their own pool


def run_poller(settings: Settings, billing: BillingSettings, *, host: str = "127.0.0.1", port: int | None = None,
               interval: float | None = None, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    state: dict[str, Any] = {"status": "ok", "rounds": 0, "last_round_at": None, "connections": {}}
    server = serve_ops(port or billing.poller_port, registry, lambda: state, host=host)
    repos = billing_repos(connect(settings, registry))
    publisher = EventPublisher.of(settings, client_id="szamlatar-billingo-poller")
    upstream, ingest_metrics = upstream_metrics(registry), billing_ingest_metrics(registry)  # once per registry
    importer = BillingoImporter(
        settings=settings, billing=billing, repos=repos, store=S3ObjectStore(settings), publisher=publisher,
        upstream=upstream, metrics=ingest_metrics,
    )
    # A back-fill is one long batch that a person watches: its 429s are waited out more patiently.
    backfiller = BillingoImporter(
        settings=settings, billing=billing, repos=repos, store=S3ObjectStore(settings), publisher=publisher,
        upstream=upstream, metrics=ingest_metrics, retry=BACKFILL_RETRY,
    )
    every = billing.poll_interval_seconds if interval is None else interval
    running: dict[str, Future[PassResult | None]] = {}

    def poll(connection: Connection) -> PassResult | None:
        try:
            result = importer.poll(connection)
        except Exception:  # a thread must not die silently: log, and the next round tries again
            logger.exception("billingo poll of %s failed", connection.id, extra={"connection": connection.id})
            return None
        state["connections"][connection.id] = {
            "complete": result.complete, "listed": result.listed, "outcomes": result.outcomes,
            "error": result.errors[-1] if result.errors else None, "at": datetime.now(UTC).isoformat(),
        }
        if result.outcomes.get("imported") or result.outcomes.get("payments_changed") or result.errors:
            logger.info("billingo pass %s: %s", connection.id, result.outcomes,
                        extra={"connection": connection.id, "complete": result.complete})
        return result

    logger.info("billingo poller started", extra={"interval": every})
    pool = ThreadPoolExecutor(max_workers=MAX_PARALLEL_CONNECTIONS, thread_name_prefix="billingo-poll")
    backfills = BackfillRunner(importer=backfiller, jobs=repos.backfills, stop=stop,
                               pool=ThreadPoolExecutor(max_workers=MAX_PARALLEL_BACKFILLS,
                                                       thread_name_prefix="billingo-backfill"))
    try:
        while not stop.is_set():
            started = time.monotonic()
            try:
                every_billingo = repos.connections.list(kinds=("billingo",))
            except Retryable as exc:
                logger.warning("billingo poller: cannot read connections: %s", exc)
                every_billingo = []
            backfills.tick(every_billingo)
            connections = [c for c in every_billingo if c.enabled]
            for connection in connections:
                busy = running.get(connection.id)
                if busy is None or busy.done():
                    running[connection.id] = pool.submit(poll, connection)
            for gone in set(running) - {c.id for c in connections}:
                if running[gone].done():
                    del running[gone]
                    state["connections"].pop(gone, None)
            state["rounds"] += 1
            state["last_round_at"] = datetime.now(UTC).isoformat()
            stop.wait(max(0.0, every - (time.monotonic() - started)))
    finally:
        stop.set()  # a running back-fill ends between batches and is taken up again by the next start
        pool.shutdown(wait=True, cancel_futures=True)
        backfills.pool.shutdown(wait=True, cancel_futures=True)
        publisher.close()
        server.shutdown()
