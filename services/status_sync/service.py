"""The status-sync process: a kafka-python consumer of ``invoice.payment``, one event at a time.

Concurrency is 1 per process by construction (one loop, one event), and the offset is committed
only after the stage runner finished the event — written back, or sent to ``invoice.dlq`` — so a
crash replays the event, which the handler turns into a no-op. Scale out with partitions and more
processes in the same consumer group; one invoice's events share a partition, so they stay in order.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from datetime import UTC, datetime
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata
from prometheus_client import CollectorRegistry

from services.adapters.billing import billing_repos
from services.adapters.kafka_auth import client_options
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import stage_metrics, status_sync_metrics, upstream_metrics
from services.adapters.mongo import connect
from services.adapters.ops_http import serve_ops
from services.adapters.retry import RetryPolicy
from services.adapters.settings import BillingSettings, Settings
from services.adapters.stage_runner import StageRunner
from services.core.enums import Stage
from services.core.topics import INVOICE_PAYMENT
from services.status_sync.handler import StatusSyncHandler

logger = logging.getLogger(__name__)
GROUP = "szamlatar-status-sync"


def build_runner(settings: Settings, billing: BillingSettings, registry: CollectorRegistry,
                 publisher: EventPublisher) -> StageRunner:
    handler = StatusSyncHandler(settings=settings, repos=billing_repos(connect(settings)),
                                upstream=upstream_metrics(registry), metrics=status_sync_metrics(registry))

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        await asyncio.to_thread(publisher.publish_raw, topic, key, value)

    return StageRunner(stage=Stage.STATUS_SYNC, in_schema=INVOICE_PAYMENT.schema, handler=handler, send=send,
                       metrics=stage_metrics(registry), sleep=asyncio.sleep,
                       retry=status_sync_retry(billing.writeback_attempts))


def status_sync_retry(attempts: int) -> RetryPolicy:
    """Long enough to ride out a billing system's outage of several minutes before the DLQ. A longer
    Retry-After (Billingo may ask for minutes) is slept 30 s at a time, each try counted as an attempt,
    so one event sleeps at most ``attempts`` × 30 s in front of its partition before ``invoice.dlq``."""
    return RetryPolicy(max_attempts=attempts, base_seconds=0.5, cap_seconds=30.0, max_retry_after_seconds=30.0)


def run_status_sync(settings: Settings, billing: BillingSettings, *, host: str = "127.0.0.1",
                    port: int | None = None, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    registry = CollectorRegistry()
    state: dict[str, Any] = {"status": "ok", "processed": 0, "last_event_at": None}
    server = serve_ops(port or billing.status_sync_port, registry, lambda: state, host=host)
    publisher = EventPublisher.of(settings, client_id="szamlatar-status-sync")
    runner = build_runner(settings, billing, registry, publisher)
    consumer = KafkaConsumer(
        INVOICE_PAYMENT.name, bootstrap_servers=settings.kafka_bootstrap, **client_options(settings.kafka_auth),
        group_id=GROUP,
        client_id="szamlatar-status-sync", enable_auto_commit=False, auto_offset_reset="earliest",
        max_poll_records=20, max_poll_interval_ms=30 * 60 * 1000, session_timeout_ms=10_000,
        heartbeat_interval_ms=2_000,
    )
    loop = asyncio.new_event_loop()
    logger.info("status-sync started", extra={"topic": INVOICE_PAYMENT.name, "group": GROUP})
    try:
        while not stop.is_set():
            try:
                batch = consumer.poll(timeout_ms=1000)
            except KafkaError as exc:
                logger.warning("status-sync: poll failed: %s", exc)
                stop.wait(1.0)
                continue
            for tp, records in batch.items():
                for record in records:
                    loop.run_until_complete(runner.run(
                        record.value, topic=record.topic, partition=record.partition, offset=record.offset,
                        key=record.key,
                    ))
                    _commit(consumer, tp, record.offset + 1)
                    state["processed"] += 1
                    state["last_event_at"] = datetime.now(UTC).isoformat()
    finally:
        consumer.close()
        publisher.close()
        loop.close()
        server.shutdown()


def _commit(consumer: KafkaConsumer, tp: TopicPartition, offset: int) -> None:
    """Commit after each event; a failed commit only means a replay, which changes nothing."""
    try:
        consumer.commit({tp: OffsetAndMetadata(offset, "", -1)})
    except KafkaError as exc:
        logger.warning("status-sync: commit failed (the event will be replayed): %s", exc)
