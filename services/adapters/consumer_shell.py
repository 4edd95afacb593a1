"""The one shell around a kafka-python consumer (status-sync, downstream): poll → for each record the
per-record policy every consumer shares (``StageRunner.run``: decode → validate → handler → publish
the outputs and wait for the broker's ack, ``Retryable`` errors retried with the ``RetryPolicy``,
``Rejected`` and unexpected errors to the dead-letter topic) → commit that record's offset.

One record at a time, committed only once its work is done or dead-lettered: a crash replays the
record, which every handler turns into a no-op (at-least-once, idempotent writes). A consumer whose
work becomes durable only in a costly step of its own (the indexer's index commit) gives a ``flush``:
the records of a poll are handled, then flushed together (at most ``flush_seconds`` after the first, and
no sooner than ``flush_gap`` after the last flush: records polled meanwhile join the batch), then their
offsets committed — a crash before the flush replays them all, so nothing is lost. An outage of our
own stores (MongoDB, S3, Kafka) is waited out with capped backoff and nothing is committed meanwhile —
a healthy message is never dead-lettered because a dependency is down. When the process is asked to
stop, a wait ends at once and the record it was for stays uncommitted, for the next start.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from kafka import KafkaConsumer, TopicPartition
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata

from services.adapters.kafka_auth import client_options
from services.adapters.metrics import StageMetrics
from services.adapters.retry import DEFAULT_RETRY, RetryPolicy
from services.adapters.settings import Settings
from services.adapters.stage_runner import DeadLetterHook, Handler, Sleep, StageRunner
from services.core.enums import Stage
from services.core.errors import SzamlatarError
from services.core.topics import INVOICE_DLQ, TopicSpec

logger = logging.getLogger(__name__)


class Consumed(Protocol):
    """What the shell needs of a consumed record (kafka-python's ``ConsumerRecord`` has it)."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def value(self) -> bytes | None: ...
    @property
    def headers(self) -> Sequence[tuple[str, bytes]] | None: ...


class Publisher(Protocol):
    """Publishes bytes and returns once the broker acknowledged them (``EventPublisher``)."""

    def publish_raw(self, topic: str, key: bytes | None, value: bytes, timeout: float = 30.0,
                    headers: list[tuple[str, bytes]] | None = None) -> None: ...


@dataclass(frozen=True)
class Route:
    """What a consumed topic's records are: their schema, and the handler that does their work."""

    schema: str
    handler: Handler


class Stopped(BaseException):
    """The process is stopping during a wait: the record is left uncommitted. A ``BaseException``, so
    that the runner's "anything unexpected goes to the DLQ" does not catch it."""


class ConsumerShell:
    def __init__(
        self, *, stage: Stage, routes: Mapping[str, Route], publisher: Publisher, metrics: StageMetrics,
        dlq: TopicSpec = INVOICE_DLQ, retry: RetryPolicy = DEFAULT_RETRY, on_dead_letter: DeadLetterHook | None = None,
        stop: threading.Event | None = None, sleep: Sleep | None = None, jitter: Callable[[], float] = random.random,
        flush: Callable[[], None] | None = None, flush_seconds: float = 0.5, flush_gap: float = 0.0,
    ) -> None:
        self.stop = stop or threading.Event()
        self.stage, self.metrics = stage, metrics
        self.flush, self.flush_seconds, self.flush_gap = flush, flush_seconds, flush_gap
        self._wait = sleep or self._wait_unless_stopped
        self.publisher = publisher
        self.runners = {
            topic: StageRunner(stage=stage, in_schema=route.schema, handler=route.handler, send=self._send,
                               metrics=metrics, sleep=self._sleep, retry=retry, jitter=jitter, dlq=dlq,
                               on_dead_letter=on_dead_letter)
            for topic, route in routes.items()
        }
        self.processed = 0
        self.last_event_at: str | None = None
        self._loop = asyncio.new_event_loop()

    @property
    def topics(self) -> tuple[str, ...]:
        return tuple(self.runners)

    def health(self) -> dict[str, Any]:
        """The ``/healthz`` body."""
        return {"status": "ok", "processed": self.processed, "last_event_at": self.last_event_at}

    def handle(self, record: Consumed) -> bool:
        """Run one record through its topic's policy until it is done or dead-lettered; ``False`` when
        the process began stopping first (the record is not done: do not commit it)."""
        runner = self.runners[record.topic]
        try:
            self._loop.run_until_complete(runner.run(
                record.value, topic=record.topic, partition=record.partition, offset=record.offset, key=record.key,
                headers=tuple(record.headers or ()), produced_at=_produced_at(record),
            ))
        except Stopped:
            return False
        self.processed += 1
        self.last_event_at = datetime.now(UTC).isoformat()
        return True

    def serve(self, consumer: KafkaConsumer) -> None:
        """Consume until ``stop`` is set; closes the consumer."""
        try:
            if self.flush is None:
                self._serve_each(consumer)
            else:
                self._serve_flushed(consumer)
        finally:
            consumer.close()
            self._loop.close()

    def _poll(self, consumer: KafkaConsumer, seconds: float) -> Mapping[TopicPartition, Sequence[Consumed]]:
        try:
            batch: Mapping[TopicPartition, Sequence[Consumed]] = consumer.poll(timeout_ms=int(seconds * 1000))
        except KafkaError as exc:
            logger.warning("%s: poll failed: %s", ",".join(self.topics), exc)
            self.stop.wait(1.0)
            return {}
        return batch

    def _serve_each(self, consumer: KafkaConsumer) -> None:
        while not self.stop.is_set():
            for tp, records in self._poll(consumer, 1.0).items():
                for record in records:
                    if not self.handle(record):
                        return
                    _commit(consumer, tp, record.offset + 1)

    def _serve_flushed(self, consumer: KafkaConsumer) -> None:
        """Handle records, flushing (then committing their offsets) every ``flush_seconds`` within a
        poll and after it — but no sooner than ``flush_gap`` after the last flush: the indexer's flush
        is an index commit with a fixed cost (a new segment, ~35 ms of CPU however few documents), so
        at a steady trickle one commit per poll cost more than the indexing. What was done when the
        process begins stopping is still flushed."""
        assert self.flush is not None
        done: dict[TopicPartition, int] = {}
        flushed_at = float("-inf")

        def flush_and_commit() -> bool:
            nonlocal flushed_at
            if done:
                if not self._flushed():
                    return False
                # One commit request for every partition of the batch: the next poll (whose records
                # wait to become searchable) does not wait for a round trip per partition.
                _commit_all(consumer, done)
                done.clear()
                flushed_at = time.monotonic()
            return True

        while not self.stop.is_set():
            wait = 1.0 if not done else max(0.0, flushed_at + self.flush_gap - time.monotonic())
            started = time.monotonic()
            for tp, records in self._poll(consumer, wait).items():
                for record in records:
                    if not self.handle(record):
                        flush_and_commit()
                        return
                    done[tp] = record.offset + 1
                    if time.monotonic() - started >= self.flush_seconds:
                        if not flush_and_commit():
                            return
                        started = time.monotonic()
            if time.monotonic() - flushed_at >= self.flush_gap and not flush_and_commit():
                return
        flush_and_commit()

    def _flushed(self) -> bool:
        """Flush, waiting out a failing store with capped backoff like a record's outage; ``False``
        when the process stops first (nothing is committed: the records replay)."""
        assert self.flush is not None
        delay = 0.5
        while True:
            try:
                started = time.monotonic()
                self.flush()
                self.metrics.flush.labels(self.stage.value).observe(time.monotonic() - started)
                return True
            except SzamlatarError as exc:
                logger.warning("%s: flush failed, retrying in %.1f s: %s", ",".join(self.topics), delay, exc)
            if self.stop.wait(delay):
                return False
            delay = min(delay * 2, 30.0)

    async def _send(self, topic: str, key: bytes | None, value: bytes) -> None:
        self.publisher.publish_raw(topic, key, value)  # returns once the broker acknowledged it

    async def _sleep(self, seconds: float) -> None:
        """Every wait of the policy: it ends the record's run (uncommitted) once the process stops."""
        if not self.stop.is_set():
            await self._wait(seconds)
        if self.stop.is_set():
            raise Stopped

    async def _wait_unless_stopped(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stop.is_set() and (left := deadline - time.monotonic()) > 0:
            await asyncio.sleep(min(left, 0.5))


def _produced_at(record: Consumed) -> float | None:
    """kafka-python's record timestamp (milliseconds) in epoch seconds; ``None`` for a record without one."""
    timestamp = getattr(record, "timestamp", None)
    return timestamp / 1000 if isinstance(timestamp, int) and timestamp > 0 else None


def _commit(consumer: KafkaConsumer, tp: TopicPartition, offset: int) -> None:
    """Commit after each record; a failed commit only means a replay, which changes nothing."""
    try:
        consumer.commit({tp: OffsetAndMetadata(offset, "", -1)})
    except KafkaError as exc:
        logger.warning("commit of %s@%d failed (the record will be replayed): %s", tp.topic, offset, exc)


def _commit_all(consumer: KafkaConsumer, offsets: Mapping[TopicPartition, int]) -> None:
    """Commit a flushed batch's partitions at once; a failed commit only means a replay."""
    try:
        consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in offsets.items()})
    except KafkaError as exc:
        logger.warning("commit of %d partitions failed (their records will be replayed): %s", len(offsets), exc)


def kafka_consumer(settings: Settings, topics: Sequence[str], *, group: str, client_id: str, max_poll_records: int,
                   max_poll_interval_ms: int) -> KafkaConsumer:
    """A consumer the shell commits for (no auto-commit), logged in as the process's own principal.

    ``max_poll_records`` × the longest a record may take must stay under ``max_poll_interval_ms``,
    or the group rebalances while a record is retried (which only replays it, but costs time)."""
    return KafkaConsumer(
        *topics, bootstrap_servers=settings.kafka_bootstrap, **client_options(settings.kafka_auth), group_id=group,
        client_id=client_id, enable_auto_commit=False, auto_offset_reset="earliest",
        max_poll_records=max_poll_records, max_poll_interval_ms=max_poll_interval_ms, session_timeout_ms=10_000,
        heartbeat_interval_ms=2_000,
    )
