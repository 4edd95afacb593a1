"""The pull poller process: every enabled pull connection, one pass each when its interval has
passed. Connections are read from MongoDB every round (new ones are picked up, deleted ones left
out). ``/healthz`` and ``/metrics`` on the poller port; the health body shows each connection's
cursor, last outcome and error."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.ingest_state import IngestState
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import billing_ingest_metrics
from services.adapters.mongo import connect
from services.adapters.ops_http import serve_ops
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.connection_model import Connection
from services.core.errors import Retryable
from services.ingest_pull.connection import pull_connections
from services.ingest_pull.poller import PullPoller

logger = logging.getLogger(__name__)


def due(connection: Connection, cursor: dict[str, Any] | None, default_interval: float, now: datetime) -> bool:
    every = float(connection.pull.interval_seconds or default_interval)
    last = (cursor or {}).get("last_attempt_at")
    if last is None:
        return True
    last = last if last.tzinfo else last.replace(tzinfo=UTC)
    return (now - last).total_seconds() >= every


def run_pull(settings: Settings, *, port: int, interval: float = 60.0, stop: threading.Event | None = None,
             once: bool = False) -> dict[str, Any]:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    state: dict[str, Any] = {"status": "ok", "rounds": 0, "last_round_at": None, "connections": {}}
    server = serve_ops(port, registry, lambda: state) if port else None
    db = connect(settings, registry)
    ingest = IngestState(db)
    publisher = EventPublisher.of(settings, client_id="szamlatar-pull-poller")
    poller = PullPoller(settings=settings, state=ingest, store=S3ObjectStore(settings), publisher=publisher,
                        metrics=billing_ingest_metrics(registry))
    tick = min(interval, 5.0)
    logger.info("pull poller started", extra={"interval": interval})
    try:
        while not stop.is_set():
            try:
                connections = pull_connections(db)
            except Retryable as exc:
                logger.warning("pull poller: cannot read connections: %s", exc)
                connections = []
            for connection in connections:
                if stop.is_set():
                    break
                cid = connection.id
                if not once and not due(connection, ingest.cursor(cid), interval, datetime.now(UTC)):
                    continue
                result = poller.poll(connection, stop)
                state["connections"][cid] = {
                    "complete": result.complete, "pages": result.pages, "listed": result.listed,
                    "outcomes": result.outcomes, "error": result.errors[-1] if result.errors else None,
                    "cursor": (ingest.cursor(cid) or {}).get("cursor"),
                }
                if result.outcomes.get("imported") or result.outcomes.get("failed") or result.errors:
                    logger.info("pull pass %s: %s", cid, result.outcomes,
                                extra={"connection": cid, "complete": result.complete})
            state["rounds"] += 1
            state["last_round_at"] = datetime.now(UTC).isoformat()
            if once:
                break
            stop.wait(tick)
    finally:
        publisher.close()
        if server is not None:
            server.shutdown()
    return state
