"""The Billingo poller process: every enabled Billingo connection, one pass each, every interval.

New connections are found on the next round (they are read from MongoDB each time), deleted or
disabled ones are left out. ``/healthz`` and ``/metrics`` are served on the poller port.
"""

from __future__ import annotations

import logging
import threading
import time
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.billing import billing_repos
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import billing_ingest_metrics, upstream_metrics
from services.adapters.mongo import connect
from services.adapters.ops_http import serve_ops
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import BillingSettings, Settings
from services.core.errors import Retryable
from services.ingest_billingo.importer import BillingoImporter

logger = logging.getLogger(__name__)


def run_poller(settings: Settings, billing: BillingSettings, *, port: int | None = None,
               interval: float | None = None, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    state: dict[str, Any] = {"status": "ok", "rounds": 0, "last_round_at": None, "connections": {}}
    server = serve_ops(port or billing.poller_port, registry, lambda: state)
    db = connect(settings)
    repos = billing_repos(db)
    publisher = EventPublisher(settings.kafka_bootstrap, client_id="szamlatar-billingo-poller")
    importer = BillingoImporter(
        settings=settings, billing=billing, repos=repos, store=S3ObjectStore(settings), publisher=publisher,
        upstream=upstream_metrics(registry), metrics=billing_ingest_metrics(registry),
    )
    every = billing.poll_interval_seconds if interval is None else interval
    logger.info("billingo poller started", extra={"interval": every})
    try:
        while not stop.is_set():
            started = time.monotonic()
            try:
                connections = [c for c in repos.connections.list(kinds=("billingo",)) if c.get("enabled", True)]
            except Retryable as exc:
                logger.warning("billingo poller: cannot read connections: %s", exc)
                connections = []
            for connection in connections:
                if stop.is_set():
                    break
                result = importer.poll(connection)
                state["connections"][connection["_id"]] = {
                    "complete": result.complete, "listed": result.listed, "outcomes": result.outcomes,
                    "error": result.errors[-1] if result.errors else None,
                }
                if result.outcomes.get("imported") or result.outcomes.get("payments_changed") or result.errors:
                    logger.info("billingo pass %s: %s", connection["_id"], result.outcomes,
                                extra={"connection": connection["_id"], "complete": result.complete})
            state["rounds"] += 1
            state["last_round_at"] = datetime.now(UTC).isoformat()
            stop.wait(max(0.0, every - (time.monotonic() - started)))
    finally:
        publisher.close()
        server.shutdown()
