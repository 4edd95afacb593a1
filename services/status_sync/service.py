"""The status-sync process: ``invoice.payment`` through the consumer shell, one event at a time.

Concurrency is 1 per process by construction (one loop, one event), and the offset is committed
only after the event is finished — written back, or sent to ``invoice.dlq`` — so a crash replays
the event, which the handler turns into a no-op. Scale out with partitions and more processes in
the same consumer group; one invoice's events share a partition, so they stay in order.
"""

from __future__ import annotations

import logging
import threading

from prometheus_client import CollectorRegistry

from services.adapters.billing_repos import billing_repos
from services.adapters.consumer_shell import ConsumerShell, Publisher, Route, kafka_consumer
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import stage_metrics, status_sync_metrics, upstream_metrics
from services.adapters.mongo import connect
from services.adapters.ops_http import serve_ops
from services.adapters.retry import RetryPolicy
from services.adapters.settings import BillingSettings, Settings
from services.core.enums import Stage
from services.core.topics import INVOICE_PAYMENT
from services.status_sync.handler import StatusSyncHandler

logger = logging.getLogger(__name__)
GROUP = "szamlatar-status-sync"


def build_shell(settings: Settings, billing: BillingSettings, registry: CollectorRegistry, publisher: Publisher,
                stop: threading.Event | None = None) -> ConsumerShell:
    handler = StatusSyncHandler(settings=settings, repos=billing_repos(connect(settings, registry)),
                                upstream=upstream_metrics(registry), metrics=status_sync_metrics(registry))
    return ConsumerShell(stage=Stage.STATUS_SYNC, routes={INVOICE_PAYMENT.name: Route(INVOICE_PAYMENT.schema, handler)},
                         publisher=publisher, metrics=stage_metrics(registry),
                         retry=status_sync_retry(billing.writeback_attempts), stop=stop)


def status_sync_retry(attempts: int) -> RetryPolicy:
    """Long enough to ride out a billing system's outage of several minutes before the DLQ. A longer
    Retry-After (Billingo may ask for minutes) is slept 30 s at a time, each try counted as an attempt,
    so one event sleeps at most ``attempts`` × 30 s in front of its partition before ``invoice.dlq``.
    (An outage of our own stores is waited out without a DLQ: the consumer shell's rule.)"""
    return RetryPolicy(max_attempts=attempts, base_seconds=0.5, cap_seconds=30.0, max_retry_after_seconds=30.0)


def run_status_sync(settings: Settings, billing: BillingSettings, *, host: str = "127.0.0.1",
                    port: int | None = None, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    publisher = EventPublisher.of(settings, client_id="szamlatar-status-sync")
    shell = build_shell(settings, billing, registry, publisher, stop)
    server = serve_ops(port or billing.status_sync_port, registry, shell.health, host=host)
    consumer = kafka_consumer(settings, shell.topics, group=GROUP, client_id="szamlatar-status-sync",
                              max_poll_records=20, max_poll_interval_ms=30 * 60 * 1000)
    logger.info("status-sync started", extra={"topic": INVOICE_PAYMENT.name, "group": GROUP})
    try:
        shell.serve(consumer)
    finally:
        publisher.close()
        server.shutdown()
