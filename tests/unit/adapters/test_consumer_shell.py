"""The kafka-python consumer shell with a fake consumer: each record's output is published (and
acknowledged) before its offset is committed; an outage of our own stores is waited out with capped
backoff and nothing committed meanwhile (never a dead letter for a healthy message); a billing
system's errors still end in the DLQ after the policy's attempts; a bad record is dead-lettered and
committed; a stop during a wait leaves the record uncommitted."""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from kafka import TopicPartition
from kafka.errors import KafkaTimeoutError
from prometheus_client import CollectorRegistry

from services.adapters.consumer_shell import ConsumerShell, Route
from services.adapters.metrics import stage_metrics
from services.adapters.retry import RetryPolicy
from services.adapters.stage_runner import Output
from services.core.enums import Stage
from services.core.errors import (
    BrokerUnavailableError,
    MalformedDocumentError,
    StorageUnavailableError,
    UpstreamError,
)
from services.core.events import raw_event
from tests.unit.adapters.fakes import Message

TOPIC = "invoice.raw"
TP = TopicPartition(TOPIC, 0)


def _raw(external_id: str) -> bytes:
    event = raw_event(tenant="acme", site="hq", source_kind="own_system", connection_id="erp", external_id=external_id,
                      correlation_id="c", now=datetime(2025, 1, 1, tzinfo=UTC), metadata=None,
                      document={"sha256": "a" * 64, "bucket": "bkt", "object_key": "k",
                                "media_type": "application/pdf", "size": 3, "filename": None})
    return json.dumps(event).encode()


def _rec(offset: int, value: bytes | None) -> Message:
    return Message(TOPIC, 0, offset, b"k", value)


class Log:
    """One ordered log of what the publisher and the consumer did."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, Any]] = []

    def of(self, kind: str) -> list[Any]:
        return [what for k, what in self.entries if k == kind]


class FakePublisher:
    def __init__(self, log: Log, fail_first: int = 0) -> None:
        self.log, self.fail_first = log, fail_first

    def publish_raw(self, topic: str, key: bytes | None, value: bytes, timeout: float = 30.0,
                    headers: list[tuple[str, bytes]] | None = None) -> None:
        if self.fail_first:
            self.fail_first -= 1
            raise BrokerUnavailableError("Kafka: produce: not acknowledged")
        self.log.entries.append(("published", (topic, json.loads(value))))


class FakeConsumer:
    """Hands out ``batches`` one per poll (a ``KafkaTimeoutError`` is raised instead), then sets ``stop``."""

    def __init__(self, log: Log, batches: list[list[Message] | dict[TopicPartition, list[Message]] | Exception],
                 stop: threading.Event) -> None:
        self.log, self.batches, self.stop = log, list(batches), stop
        self.closed = False
        self.commit_requests = 0

    def poll(self, timeout_ms: int) -> dict[TopicPartition, list[Message]]:
        if not self.batches:
            self.stop.set()
            return {}
        batch = self.batches.pop(0)
        if isinstance(batch, Exception):
            raise batch
        return batch if isinstance(batch, dict) else {TP: batch}

    def commit(self, offsets: dict[TopicPartition, Any]) -> None:
        self.commit_requests += 1
        for _, meta in sorted(offsets.items()):
            self.log.entries.append(("committed", meta.offset))

    def close(self) -> None:
        self.closed = True


class Sleeps:
    def __init__(self, stop: threading.Event | None = None, stop_after: int | None = None) -> None:
        self.delays: list[float] = []
        self.stop, self.stop_after = stop, stop_after

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        if self.stop is not None and len(self.delays) == self.stop_after:
            self.stop.set()


def _shell(handler: Any, log: Log, *, sleeps: Sleeps | None = None, stop: threading.Event | None = None,
           publisher: FakePublisher | None = None, attempts: int = 3) -> tuple[ConsumerShell, CollectorRegistry]:
    registry = CollectorRegistry()
    shell = ConsumerShell(stage=Stage.STATUS_SYNC, routes={TOPIC: Route("invoice.raw.v1", handler)},
                          publisher=publisher or FakePublisher(log), metrics=stage_metrics(registry),
                          retry=RetryPolicy(max_attempts=attempts, base_seconds=0.5, cap_seconds=4.0),
                          stop=stop, sleep=sleeps or Sleeps(), jitter=lambda: 1.0)
    return shell, registry


def _echo(event: dict[str, Any]) -> Any:
    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        return [("invoice.parsed", {**event, "outcome": "ok"})]
    return handler


def test_each_output_is_acknowledged_before_its_offset_is_committed() -> None:
    log, stop = Log(), threading.Event()
    shell, _ = _shell(_echo({}), log, stop=stop)
    consumer = FakeConsumer(log, [[_rec(5, _raw("x-1")), _rec(6, _raw("x-2"))]], stop)
    shell.serve(consumer)  # type: ignore[arg-type]
    assert [(k, w if k == "committed" else (w[0], w[1]["external_id"])) for k, w in log.entries] == [
        ("published", ("invoice.parsed", "x-1")), ("committed", 6),
        ("published", ("invoice.parsed", "x-2")), ("committed", 7)]
    assert consumer.closed and shell.health()["processed"] == 2


def test_an_unacknowledged_output_is_sent_again_before_the_commit() -> None:
    log, stop = Log(), threading.Event()
    sleeps = Sleeps()
    shell, _ = _shell(_echo({}), log, stop=stop, sleeps=sleeps, publisher=FakePublisher(log, fail_first=2))
    shell.serve(FakeConsumer(log, [[_rec(0, _raw("x-1"))]], stop))  # type: ignore[arg-type]
    assert [k for k, _ in log.entries] == ["published", "committed"] and len(sleeps.delays) == 2


def test_an_outage_of_our_stores_is_waited_out_with_capped_backoff_and_never_dead_lettered() -> None:
    log, stop, calls = Log(), threading.Event(), {"n": 0}

    async def mongo_down_for_a_while(event: dict[str, Any]) -> Sequence[Output]:
        calls["n"] += 1
        if calls["n"] <= 12:  # far more failures than the policy's 3 attempts
            raise StorageUnavailableError("MongoDB: no primary")
        return [("invoice.parsed", event)]

    sleeps = Sleeps()
    shell, registry = _shell(mongo_down_for_a_while, log, stop=stop, sleeps=sleeps)
    shell.serve(FakeConsumer(log, [[_rec(3, _raw("x-1"))]], stop))  # type: ignore[arg-type]
    assert [k for k, _ in log.entries] == ["published", "committed"]  # no DLQ record, then the commit
    assert log.of("published")[0][0] == "invoice.parsed"
    assert sleeps.delays[:4] == [0.5, 1.0, 2.0, 4.0] and max(sleeps.delays) == 4.0 and len(sleeps.delays) == 12
    assert registry.get_sample_value("szamlatar_dlq_events_total", {"stage": "status_sync",
                                                                    "reason": "storage_unavailable"}) is None


def test_a_stop_during_an_outage_leaves_the_record_uncommitted() -> None:
    log, stop = Log(), threading.Event()

    async def down(event: dict[str, Any]) -> Sequence[Output]:
        raise BrokerUnavailableError("Kafka: not acknowledging")

    shell, _ = _shell(down, log, stop=stop, sleeps=Sleeps(stop, stop_after=5))
    consumer = FakeConsumer(log, [[_rec(3, _raw("x-1")), _rec(4, _raw("x-2"))]], stop)
    shell.serve(consumer)  # type: ignore[arg-type]
    assert log.entries == [] and consumer.closed and shell.health()["processed"] == 0


def test_the_real_wait_ends_as_soon_as_the_process_stops() -> None:
    log, stop = Log(), threading.Event()

    async def down(event: dict[str, Any]) -> Sequence[Output]:
        raise StorageUnavailableError("MongoDB: no primary")

    registry = CollectorRegistry()
    shell = ConsumerShell(stage=Stage.STATUS_SYNC, routes={TOPIC: Route("invoice.raw.v1", down)},
                          publisher=FakePublisher(log), metrics=stage_metrics(registry),
                          retry=RetryPolicy(base_seconds=60.0, cap_seconds=60.0), stop=stop)
    threading.Timer(0.3, stop.set).start()
    started = datetime.now(UTC)
    assert shell.handle(_rec(1, _raw("x-1"))) is False  # stopped: not done, not to be committed
    assert (datetime.now(UTC) - started).total_seconds() < 5


def test_a_billing_systems_errors_end_in_the_dlq_after_the_attempts_and_the_offset_moves_on() -> None:
    log, stop = Log(), threading.Event()

    async def rate_limited(event: dict[str, Any]) -> Sequence[Output]:
        raise UpstreamError("Billingo: HTTP 503")

    sleeps = Sleeps()
    shell, _ = _shell(rate_limited, log, stop=stop, sleeps=sleeps, attempts=3)
    shell.serve(FakeConsumer(log, [[_rec(9, _raw("x-1"))]], stop))  # type: ignore[arg-type]
    [(topic, record)] = log.of("published")
    assert (topic, record["reason"], record["attempts"]) == ("invoice.dlq", "upstream", 3)
    assert record["stage"] == "status_sync"
    assert log.of("committed") == [10] and len(sleeps.delays) == 2


def test_a_bad_record_is_dead_lettered_committed_and_the_next_one_handled() -> None:
    log, stop = Log(), threading.Event()
    handled: list[str] = []

    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        handled.append(event["external_id"])
        if event["external_id"] == "x-bad":
            raise MalformedDocumentError("PDF cannot be read")
        return []

    shell, _ = _shell(handler, log, stop=stop)
    batch = [_rec(0, None), _rec(1, _raw("x-bad")), _rec(2, _raw("x-1"))]
    shell.serve(FakeConsumer(log, [batch], stop))  # type: ignore[arg-type]
    assert [(k, w if k == "committed" else w[1]["reason"]) for k, w in log.entries] == [
        ("published", "tombstone"), ("committed", 1), ("published", "malformed_pdf"), ("committed", 2),
        ("committed", 3)]
    assert handled == ["x-bad", "x-1"]


def test_a_failed_poll_is_tried_again() -> None:
    log, stop = Log(), threading.Event()
    shell, _ = _shell(_echo({}), log, stop=stop)
    shell.stop.wait = lambda timeout=None: False  # type: ignore[method-assign]  # no real second of waiting
    shell.serve(FakeConsumer(log, [KafkaTimeoutError(), [_rec(0, _raw("x-1"))]], stop))  # type: ignore[arg-type]
    assert log.of("committed") == [1]


def _flushing_shell(log: Log, stop: threading.Event, flush: Any,
                    registry: CollectorRegistry | None = None, gap: float = 0.0) -> ConsumerShell:
    return ConsumerShell(stage=Stage.INDEX, routes={TOPIC: Route("invoice.raw.v1", _echo({}))},
                         publisher=FakePublisher(log), metrics=stage_metrics(registry or CollectorRegistry()),
                         stop=stop, sleep=Sleeps(), jitter=lambda: 1.0, flush=flush, flush_seconds=60.0,
                         flush_gap=gap)


def test_with_a_flush_a_polls_records_are_flushed_once_before_their_offsets_are_committed() -> None:
    log, stop = Log(), threading.Event()
    shell = _flushing_shell(log, stop, lambda: log.entries.append(("flushed", None)))
    shell.serve(FakeConsumer(log, [[_rec(5, _raw("x-1")), _rec(6, _raw("x-2"))], [_rec(7, _raw("x-3"))]],
                             stop))  # type: ignore[arg-type]
    assert [k if k != "committed" else (k, w) for k, w in log.entries] == [
        "published", "published", "flushed", ("committed", 7), "published", "flushed", ("committed", 8)]


def test_records_polled_within_the_flush_gap_join_the_next_flush_and_a_stop_flushes_them() -> None:
    log, stop = Log(), threading.Event()
    shell = _flushing_shell(log, stop, lambda: log.entries.append(("flushed", None)), gap=60.0)
    shell.serve(FakeConsumer(log, [[_rec(5, _raw("x-1"))], [_rec(6, _raw("x-2"))], [_rec(7, _raw("x-3"))]],
                             stop))  # type: ignore[arg-type]
    assert [k if k != "committed" else (k, w) for k, w in log.entries] == [
        "published", "flushed", ("committed", 6),  # the first flush does not wait
        "published", "published", "flushed", ("committed", 8)]  # within the gap: one flush, at the stop


def test_a_flushed_polls_partitions_are_committed_in_one_request_and_the_flush_is_timed() -> None:
    log, stop, registry = Log(), threading.Event(), CollectorRegistry()
    shell = _flushing_shell(log, stop, lambda: log.entries.append(("flushed", None)), registry)
    other = TopicPartition(TOPIC, 1)
    consumer = FakeConsumer(log, [{TP: [_rec(5, _raw("x-1"))], other: [Message(TOPIC, 1, 9, b"k", _raw("x-2"))]}],
                            stop)
    shell.serve(consumer)  # type: ignore[arg-type]
    assert [k if k != "committed" else (k, w) for k, w in log.entries] == [
        "published", "published", "flushed", ("committed", 6), ("committed", 10)]
    assert consumer.commit_requests == 1  # not one round trip per partition before the next poll
    assert registry.get_sample_value("szamlatar_stage_flush_seconds_count", {"stage": "index"}) == 1


def test_a_failing_flush_is_retried_and_nothing_is_committed_before_it_succeeds() -> None:
    log, stop, calls = Log(), threading.Event(), {"n": 0}

    def flaky() -> None:
        calls["n"] += 1
        if calls["n"] < 3:
            raise StorageUnavailableError("index: commit: disk busy")
        log.entries.append(("flushed", None))

    shell = _flushing_shell(log, stop, flaky)
    shell.serve(FakeConsumer(log, [[_rec(1, _raw("x-1"))]], stop))  # type: ignore[arg-type]
    assert [k for k, _ in log.entries] == ["published", "flushed", "committed"] and calls["n"] == 3


def test_a_stop_while_the_flush_fails_commits_nothing() -> None:
    log, stop = Log(), threading.Event()

    def down() -> None:
        stop.set()
        raise StorageUnavailableError("index: commit: disk full")

    shell = _flushing_shell(log, stop, down)
    shell.serve(FakeConsumer(log, [[_rec(1, _raw("x-1"))]], stop))  # type: ignore[arg-type]
    assert log.of("committed") == []  # the record replays at the next start


def test_each_record_is_timed_from_its_produce_to_its_start() -> None:
    """``szamlatar_stage_queued_seconds`` from kafka-python's millisecond timestamp; a record without one
    is not timed."""
    log, stop = Log(), threading.Event()
    shell, registry = _shell(_echo({}), log, stop=stop)
    sent = int((datetime.now(UTC).timestamp() - 1.5) * 1000)
    records = [Message(TOPIC, 0, 0, b"k", _raw("x-1"), timestamp=sent), _rec(1, _raw("x-2"))]
    shell.serve(FakeConsumer(log, [records], stop))  # type: ignore[arg-type]
    labels = {"stage": "status_sync"}
    assert registry.get_sample_value("szamlatar_stage_queued_seconds_count", labels) == 1
    waited = registry.get_sample_value("szamlatar_stage_queued_seconds_sum", labels)
    assert waited is not None and 1.5 <= waited < 2.5
