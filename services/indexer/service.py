"""The indexer process: ``invoice.archived`` and ``invoice.payment`` through the consumer shell into
this node's query index; beside it, each tenant's audit chain tailed into the audit index
(``audit_tail.py``).

One indexer per node writes the node's index directory (``SZAMLATAR_INDEX_DIR``); every API process
on the node opens it read-only and reloads on each commit. Each node has its own consumer group
(``szamlatar-indexer-<SZAMLATAR_INDEX_NODE>``), so every node's index sees every event
(docs/scaling.md). One event at a time, the index committed once for the events polled since the last
commit (at most every ``FLUSH_GAP_SECONDS``), before their offsets (``handler.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.audit_index import AuditIndexWriter, audit_dir
from services.adapters.client_records import ClientRecords
from services.adapters.consumer_shell import ConsumerShell, Publisher, Route, kafka_consumer
from services.adapters.invoice_views import InvoiceViews
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import StageMetrics, stage_metrics
from services.adapters.mongo import AuditLog, connect
from services.adapters.ops_http import serve_ops
from services.adapters.settings import IndexSettings, Settings
from services.core.enums import Stage
from services.core.errors import SzamlatarError
from services.core.topics import INVOICE_ARCHIVED, INVOICE_LINKED, INVOICE_PAYMENT
from services.indexer.audit_tail import AuditTailer, TargetSites
from services.indexer.handler import IndexerHandler, LiveWriter

logger = logging.getLogger(__name__)
TICK_SECONDS = 0.5
# An index commit costs ~35 ms of CPU however few documents it adds (a new segment): one per poll at
# 10 invoices/s was ~20 ms per invoice. At most one per FLUSH_GAP_SECONDS, the records polled meanwhile
# joining it, costs each invoice at most that much of its 202 → searchable.
FLUSH_GAP_SECONDS = 0.3
# The audit index is for people reading trails, not for the pipeline: its commits (same fixed cost)
# and the head reads behind them come at most this often.
AUDIT_TICK_SECONDS = 2.0
SEARCHABLE = "searchable"  # the end-to-end histogram's label for 202 → searchable


def group_of(index: IndexSettings) -> str:
    return f"szamlatar-indexer-{index.node}"


def build_shell(handler: IndexerHandler, metrics: StageMetrics, publisher: Publisher,
                stop: threading.Event | None = None) -> ConsumerShell:
    routes = {topic.name: Route(topic.schema, handler) for topic in (INVOICE_ARCHIVED, INVOICE_PAYMENT, INVOICE_LINKED)}
    return ConsumerShell(stage=Stage.INDEX, routes=routes, publisher=publisher, metrics=metrics,
                         stop=stop, flush=handler.flush if handler.deferred else None, flush_gap=FLUSH_GAP_SECONDS)


def _ticking(tick: Callable[[], object], stop: threading.Event, name: str,
             seconds: float = TICK_SECONDS) -> threading.Thread:
    def run() -> None:
        while not stop.wait(seconds):
            try:
                tick()
            except SzamlatarError as exc:  # the store or the index is down: the next tick tries again
                logger.warning("index: %s failed: %s", name, exc)
    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread


def run_indexer(settings: Settings, index: IndexSettings, *, host: str = "127.0.0.1", port: int | None = None,
                stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    live = LiveWriter(Path(index.index_dir))
    db = connect(settings, registry)
    metrics = stage_metrics(registry)
    # ``stage="searchable"``: 202 → found by search, observed at the index commit (the alert's series)
    sites = TargetSites(db)  # fed by the handler's reads of the views, read by the audit tail
    handler = IndexerHandler(InvoiceViews(db), live, clients=ClientRecords(db), deferred=True,
                             searchable=metrics.end_to_end.labels(SEARCHABLE).observe, on_view=sites.remember)
    audit_writer = AuditIndexWriter(audit_dir(index.index_dir))
    audit_tail = AuditTailer(AuditLog(db), audit_writer, sites)
    publisher = EventPublisher.of(settings, client_id="szamlatar-indexer")  # dead letters only
    shell = build_shell(handler, metrics, publisher, stop)

    def health() -> dict[str, Any]:
        return {**shell.health(), "generation": live.generation.name, "indexed": handler.indexed,
                "audit_indexed": audit_tail.indexed}

    server = serve_ops(port or index.indexer_port, registry, health, host=host)
    consumer = kafka_consumer(settings, shell.topics, group=group_of(index), client_id="szamlatar-indexer",
                              max_poll_records=100, max_poll_interval_ms=10 * 60 * 1000)
    ticker = _ticking(handler.tick, stop, "indexer-tick")
    audit_ticker = _ticking(audit_tail.tick, stop, "audit-tail", AUDIT_TICK_SECONDS)
    logger.info("indexer started", extra={"group": group_of(index), "index_dir": index.index_dir})
    try:
        shell.serve(consumer)
    finally:
        stop.set()
        ticker.join(timeout=5)
        audit_ticker.join(timeout=5)
        audit_writer.close()
        with handler.lock:
            live.close()
        publisher.close()
        server.shutdown()
