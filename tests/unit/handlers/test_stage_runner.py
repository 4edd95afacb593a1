"""The stage runner's policy, with fakes: publish, retry transient errors, DLQ the rest."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from prometheus_client import CollectorRegistry

from services.adapters.dlq import original_payload
from services.adapters.metrics import stage_metrics
from services.adapters.retry import RetryPolicy
from services.adapters.schemas import validate
from services.adapters.stage_runner import Incoming, Output, Record, StageRunner
from services.core.enums import Stage
from services.core.errors import (
    BadSignatureError,
    BrokerUnavailableError,
    MalformedDocumentError,
    ObjectStoreUnavailableError,
    ReasonCode,
    Retryable,
    StorageUnavailableError,
    UpstreamError,
)
from services.core.events import raw_event


def _raw() -> dict[str, Any]:
    return raw_event(tenant="acme", site="hq", source_kind="own_system", connection_id="erp", external_id="x-1",
                     correlation_id="c", now=datetime(2025, 1, 1, tzinfo=UTC), metadata=None,
                     document={"sha256": "a" * 64, "bucket": "bkt", "object_key": "k",
                               "media_type": "application/pdf", "size": 3, "filename": None})


class FakeBroker:
    def __init__(self, fail_first: int = 0) -> None:
        self.sent: list[tuple[str, bytes | None, dict[str, Any]]] = []
        self.fail_first = fail_first

    async def send(self, topic: str, key: bytes | None, value: bytes) -> None:
        if self.fail_first:
            self.fail_first -= 1
            raise BrokerUnavailableError("broker down")
        self.sent.append((topic, key, json.loads(value)))


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def _runner(handler: Any, broker: FakeBroker, sleeps: Sleeps, attempts: int = 4) -> tuple[StageRunner, Any]:
    registry = CollectorRegistry()
    runner = StageRunner(stage=Stage.PARSE, in_schema="invoice.raw.v1", handler=handler, send=broker.send,
                         metrics=stage_metrics(registry), sleep=sleeps,
                         retry=RetryPolicy(max_attempts=attempts, base_seconds=0.1, cap_seconds=1))
    return runner, registry


def _run(runner: StageRunner, value: bytes | None, key: bytes | None = b"k", offset: int = 42) -> None:
    asyncio.run(runner.run(value, topic="invoice.raw", partition=1, offset=offset, key=key))


def _echo_to(topic: str) -> Any:
    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        return [(topic, {**event, "outcome": "ok"})]
    return handler


def test_a_valid_event_is_handled_and_its_output_published_once() -> None:
    broker, sleeps = FakeBroker(), Sleeps()
    runner, registry = _runner(_echo_to("invoice.raw"), broker, sleeps)
    _run(runner, json.dumps(_raw()).encode())
    assert [t for t, _, _ in broker.sent] == ["invoice.raw"]
    assert broker.sent[0][1] == b"acme|own_system|erp|x-1"
    assert registry.get_sample_value("szamlatar_stage_events_out_total", {"stage": "parse", "outcome": "ok"}) == 1
    assert sleeps.delays == []


@pytest.mark.parametrize(
    ("value", "reason", "encoding"),
    [
        pytest.param(None, "tombstone", "none", id="tombstone"),
        pytest.param(b"\xff\xfe binary", "not_utf8", "base64", id="not-utf8"),
        pytest.param(b"", "malformed_json", "utf-8", id="empty"),
        pytest.param(b"{not json", "malformed_json", "utf-8", id="not-json"),
        pytest.param(json.dumps({"schema": "invoice.raw.v1"}).encode(), "schema_violation", "utf-8",
                     id="schema-violation"),
    ],
)
def test_an_invalid_event_goes_to_the_dlq_with_stage_and_reason(value: bytes | None, reason: str,
                                                                 encoding: str) -> None:
    broker, sleeps = FakeBroker(), Sleeps()
    runner, registry = _runner(_echo_to("invoice.parsed"), broker, sleeps)
    _run(runner, value)
    [(topic, key, record)] = broker.sent
    assert topic == "invoice.dlq" and key == b"k"
    validate("invoice.dlq.v1", record)
    assert (record["stage"], record["reason"], record["payload_encoding"]) == ("parse", reason, encoding)
    assert (record["partition"], record["offset"], record["attempts"]) == (1, 42, 1)
    assert record["error_class"] == "SchemaViolationError" and record["original_event_id"] is None
    assert original_payload(record) == value
    assert registry.get_sample_value("szamlatar_dlq_events_total", {"stage": "parse", "reason": reason}) == 1


def test_after_a_tombstone_and_bytes_that_are_not_utf8_the_next_good_event_is_handled() -> None:
    broker, sleeps = FakeBroker(), Sleeps()
    runner, _ = _runner(_echo_to("invoice.parsed"), broker, sleeps)
    _run(runner, None, key=None, offset=1)
    _run(runner, b"\x80\x81", key=b"\xffkey", offset=2)
    _run(runner, json.dumps(_raw()).encode(), offset=3)
    assert [(topic, key) for topic, key, _ in broker.sent] == [
        ("invoice.dlq", None), ("invoice.dlq", b"\xffkey"), ("invoice.parsed", b"acme|own_system|erp|x-1")]
    tombstone, binary, _ = (record for _, _, record in broker.sent)
    assert (tombstone["key"], tombstone["payload"]) == (None, "")
    assert binary["key"] == "\ufffdkey" and "not UTF-8" in binary["message"]


def test_a_rejected_document_goes_to_the_dlq_without_retries() -> None:
    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        raise MalformedDocumentError("PDF cannot be read")

    broker, sleeps = FakeBroker(), Sleeps()
    runner, _ = _runner(handler, broker, sleeps)
    _run(runner, json.dumps(_raw()).encode())
    [(_, _, record)] = broker.sent
    assert record["error_class"] == "MalformedDocumentError" and record["message"] == "PDF cannot be read"
    assert record["original_event_id"] == _raw()["event_id"] and record["tenant"] == "acme"
    assert sleeps.delays == []


def test_a_transient_failure_is_retried_with_backoff_then_succeeds() -> None:
    calls = {"n": 0}

    async def flaky(event: dict[str, Any]) -> Sequence[Output]:
        calls["n"] += 1
        if calls["n"] < 3:
            raise StorageUnavailableError("mongo down")
        return [("invoice.parsed", event)]

    broker, sleeps = FakeBroker(), Sleeps()
    runner, registry = _runner(flaky, broker, sleeps)
    _run(runner, json.dumps(_raw()).encode())
    assert calls["n"] == 3 and len(sleeps.delays) == 2
    assert [t for t, _, _ in broker.sent] == ["invoice.parsed"]
    assert registry.get_sample_value("szamlatar_stage_retries_total", {"stage": "parse"}) == 2


@pytest.mark.parametrize(("error", "dependency"), [
    pytest.param(StorageUnavailableError("MongoDB: no primary"), "mongodb", id="mongodb"),
    pytest.param(ObjectStoreUnavailableError("S3: connection refused"), "s3", id="s3"),
    pytest.param(BrokerUnavailableError("Kafka: produce timed out"), "kafka", id="kafka"),
])
def test_an_outage_of_our_stores_is_waited_out_far_past_the_attempts_and_never_dead_lettered(
        error: Retryable, dependency: str) -> None:
    """The old budget (max_attempts, ~30 s) dead-lettered a healthy invoice when S3 was down for 40 s."""
    registry = CollectorRegistry()
    metrics = stage_metrics(registry)
    seen_waiting: list[float | None] = []

    def gauge() -> float | None:
        return registry.get_sample_value("szamlatar_stage_waiting_on_dependency",
                                         {"stage": "archive", "dependency": dependency})

    calls = {"n": 0}

    async def down_for_a_while(event: dict[str, Any]) -> Sequence[Output]:
        calls["n"] += 1
        seen_waiting.append(gauge())
        if calls["n"] <= 50:  # far more failures than the policy's 3 attempts
            raise error
        return [("invoice.archived", event)]

    broker, sleeps = FakeBroker(), Sleeps()
    runner = StageRunner(stage=Stage.ARCHIVE, in_schema="invoice.raw.v1", handler=down_for_a_while,
                         send=broker.send, metrics=metrics, sleep=sleeps, jitter=lambda: 1.0,
                         retry=RetryPolicy(max_attempts=3, base_seconds=0.5, cap_seconds=30, outage_cap_seconds=4))
    _run(runner, json.dumps(_raw()).encode())
    assert [t for t, _, _ in broker.sent] == ["invoice.archived"]  # handled once the store is back; no DLQ record
    # Capped at the outage probe interval, not the policy's 30 s: it resumes within seconds of the return.
    assert sleeps.delays[:4] == [0.5, 1.0, 2.0, 4.0] and max(sleeps.delays) == 4.0 and len(sleeps.delays) == 50
    assert seen_waiting[0] == 0 and set(seen_waiting[1:]) == {1}  # waiting while it waits ...
    assert gauge() == 0  # ... and no more once the record is done
    assert registry.get_sample_value("szamlatar_stage_dependency_wait_seconds_total",
                                     {"stage": "archive", "dependency": dependency}) == sum(sleeps.delays)
    assert registry.get_sample_value("szamlatar_dlq_events_total",
                                     {"stage": "archive", "reason": error.reason.value}) is None


def test_every_stage_starts_out_not_waiting_so_the_alert_sees_its_first_wait() -> None:
    broker, sleeps = FakeBroker(), Sleeps()
    _, registry = _runner(_echo_to("invoice.parsed"), broker, sleeps)
    assert {registry.get_sample_value("szamlatar_stage_waiting_on_dependency", {"stage": "parse", "dependency": d})
            for d in ("mongodb", "s3", "kafka")} == {0}


def test_a_billing_systems_error_that_outlasts_the_attempts_is_dead_lettered_with_them() -> None:
    """Not our own store: a SaaS down for a day must not hold every other event, so the budget applies."""
    async def upstream_down(event: dict[str, Any]) -> Sequence[Output]:
        raise UpstreamError("Billingo: HTTP 503")

    broker, sleeps = FakeBroker(), Sleeps()
    runner, registry = _runner(upstream_down, broker, sleeps, attempts=3)
    _run(runner, json.dumps(_raw()).encode())
    [(_, _, record)] = broker.sent
    assert record["attempts"] == 3 and record["reason"] == "upstream" and len(sleeps.delays) == 2
    assert registry.get_sample_value("szamlatar_stage_waiting_on_dependency",
                                     {"stage": "parse", "dependency": "mongodb"}) == 0


def test_a_stop_during_an_outage_wait_leaves_the_stage_not_waiting() -> None:
    class Stop(BaseException):
        pass

    async def down(event: dict[str, Any]) -> Sequence[Output]:
        raise StorageUnavailableError("MongoDB: no primary")

    async def stopping(seconds: float) -> None:
        raise Stop

    registry = CollectorRegistry()
    runner = StageRunner(stage=Stage.PARSE, in_schema="invoice.raw.v1", handler=down, send=FakeBroker().send,
                         metrics=stage_metrics(registry), sleep=stopping)
    with pytest.raises(Stop):
        _run(runner, json.dumps(_raw()).encode())
    assert registry.get_sample_value("szamlatar_stage_waiting_on_dependency",
                                     {"stage": "parse", "dependency": "mongodb"}) == 0


def test_an_unexpected_bug_is_dead_lettered_not_raised() -> None:
    async def buggy(event: dict[str, Any]) -> Sequence[Output]:
        raise KeyError("oops")

    broker, sleeps = FakeBroker(), Sleeps()
    runner, _ = _runner(buggy, broker, sleeps)
    _run(runner, json.dumps(_raw()).encode())
    [(_, _, record)] = broker.sent
    assert record["error_class"] == "KeyError" and record["reason"] == "internal"


def test_publishing_retries_until_the_broker_takes_the_output() -> None:
    broker, sleeps = FakeBroker(fail_first=2), Sleeps()
    runner, _ = _runner(_echo_to("invoice.parsed"), broker, sleeps)
    _run(runner, json.dumps(_raw()).encode())
    assert [t for t, _, _ in broker.sent] == ["invoice.parsed"]


def test_retry_delay_grows_is_capped_and_honours_retry_after() -> None:
    policy = RetryPolicy(max_attempts=10, base_seconds=0.5, cap_seconds=4)
    assert [policy.delay(a, rand=1.0) for a in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert policy.delay(1, retry_after=30, rand=0.5) == 30


def _rate_limited(retry_after: float) -> Any:
    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        raise UpstreamError("Billingo PUT /documents/1/payments: HTTP 429", retry_after=retry_after)
    return handler


def test_a_retry_after_longer_than_the_policy_sleeps_is_cut_counted_and_then_dead_lettered() -> None:
    broker, sleeps = FakeBroker(), Sleeps()
    runner = StageRunner(stage=Stage.STATUS_SYNC, in_schema="invoice.raw.v1", handler=_rate_limited(600.0),
                         send=broker.send, metrics=stage_metrics(CollectorRegistry()), sleep=sleeps,
                         retry=RetryPolicy(max_attempts=4, base_seconds=0.1, cap_seconds=1,
                                           max_retry_after_seconds=30.0))
    _run(runner, json.dumps(_raw()).encode())
    assert sleeps.delays == [30.0, 30.0, 30.0]  # not 600 s each: the partition moves on within minutes
    [(topic, _, record)] = broker.sent
    assert topic == "invoice.dlq" and (record["attempts"], record["reason"]) == (4, "upstream")
    assert "429" in record["message"]


@pytest.mark.parametrize(("bound", "retry_after", "slept"), [
    pytest.param(30.0, 12.0, 12.0, id="a-shorter-wait-is-honoured"),
    pytest.param(float("inf"), 600.0, 600.0, id="no-bound-sleeps-what-the-server-asks"),
])
def test_a_retry_after_within_the_bound_is_slept_in_full(bound: float, retry_after: float, slept: float) -> None:
    broker, sleeps = FakeBroker(), Sleeps()
    runner = StageRunner(stage=Stage.STATUS_SYNC, in_schema="invoice.raw.v1", handler=_rate_limited(retry_after),
                         send=broker.send, metrics=stage_metrics(CollectorRegistry()), sleep=sleeps,
                         retry=RetryPolicy(max_attempts=2, base_seconds=0.1, cap_seconds=1,
                                           max_retry_after_seconds=bound))
    _run(runner, json.dumps(_raw()).encode())
    assert sleeps.delays == [slept]


class RecordChecks:
    """A record check that remembers what it saw and refuses records without a ``sig`` header."""

    def __init__(self) -> None:
        self.seen: list[Record] = []

    async def __call__(self, event: dict[str, Any], record: Record) -> None:
        self.seen.append(record)
        if not any(k == "sig" for k, _ in record.headers):
            raise BadSignatureError("no sig header", reason=ReasonCode.MISSING_SIGNATURE)


def _checked_runner(check: RecordChecks, broker: FakeBroker, handled: list[dict[str, Any]]) -> StageRunner:
    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        handled.append(event)
        return [("invoice.parsed", event)]

    return StageRunner(stage=Stage.PARSE, in_schema="invoice.raw.v1", handler=handler, send=broker.send,
                       metrics=stage_metrics(CollectorRegistry()), sleep=Sleeps(), check_record=check)


def test_the_record_check_sees_the_message_as_it_came_and_lets_a_good_one_through() -> None:
    check, broker, handled = RecordChecks(), FakeBroker(), []
    value = json.dumps(_raw()).encode()
    runner = _checked_runner(check, broker, handled)
    asyncio.run(runner.run(value, topic="invoice.raw", key=b"k", headers=[("sig", b"v1=ab")]))
    assert check.seen == [Record(b"k", value, (("sig", b"v1=ab"),))]
    assert len(handled) == 1 and [t for t, _, _ in broker.sent] == ["invoice.parsed"]


def test_a_record_the_check_refuses_is_dead_lettered_with_its_headers_and_never_handled() -> None:
    check, broker, handled = RecordChecks(), FakeBroker(), []
    runner = _checked_runner(check, broker, handled)
    asyncio.run(runner.run(json.dumps(_raw()).encode(), topic="invoice.raw", partition=0, offset=7, key=b"k",
                           headers=[("traceparent", b"\x00\xff")]))
    assert handled == []
    [(topic, _, record)] = broker.sent
    assert (topic, record["reason"], record["error_class"]) == ("invoice.dlq", "missing_signature", "BadSignatureError")
    # Kept for `szamlatar dlq replay`, which sends the message again exactly as it came.
    assert record["headers"] == [{"key": "traceparent", "value_base64": "AP8="}]
    validate("invoice.dlq.v1", record)


def test_each_stage_reports_how_long_the_invoice_has_been_on_its_way_since_ingest() -> None:
    """szamlatar_stage_end_to_end_seconds{stage}: 202 → the end of each stage (the indexer adds "searchable"); a
    replay is not counted."""
    broker, sleeps = FakeBroker(), Sleeps()
    runner, registry = _runner(_echo_to("invoice.parsed"), broker, sleeps)
    accepted = datetime.now(UTC).timestamp() - 2.0
    event = {**_raw(), "occurred_at": datetime.fromtimestamp(accepted, UTC).isoformat()}  # a raw event: its own time
    _run(runner, json.dumps(event).encode())
    count = registry.get_sample_value("szamlatar_stage_end_to_end_seconds_count", {"stage": "parse"})
    total = registry.get_sample_value("szamlatar_stage_end_to_end_seconds_sum", {"stage": "parse"})
    assert count == 1 and total is not None and 2.0 <= total < 10.0

    async def replayed(event: dict[str, Any]) -> Sequence[Output]:
        return [("invoice.parsed", {**event, "outcome": "duplicate"})]

    runner, registry = _runner(replayed, broker, sleeps)
    _run(runner, json.dumps(event).encode())
    assert registry.get_sample_value("szamlatar_stage_end_to_end_seconds_count", {"stage": "parse"}) is None


def test_the_runner_times_how_long_each_record_waited_to_be_started() -> None:
    """``szamlatar_stage_queued_seconds``: from the record's produce (its timestamp) to the stage
    starting it — the part of a slow invoice that is waiting, not work (issue 15's tail)."""
    async def handler(event: dict[str, Any]) -> Sequence[Output]:
        return [("invoice.parsed", {**event, "outcome": "ok"})]

    runner, registry = _runner(handler, FakeBroker(), Sleeps())
    now = datetime.now(UTC).timestamp()

    async def main() -> None:
        for offset, produced_at in enumerate((now - 2.0, now - 0.5, None)):  # no timestamp: not timed
            raw = raw_event(tenant="acme", site="hq", source_kind="own_system", connection_id="erp",
                            external_id=f"e{offset}", correlation_id="c", now=datetime(2025, 1, 1, tzinfo=UTC),
                            metadata=None, document={"sha256": "a" * 64, "bucket": "bkt", "object_key": "k",
                                                     "media_type": "application/pdf", "size": 3, "filename": None})
            await runner.run_incoming(Incoming(json.dumps(raw).encode(), topic="invoice.raw", partition=0,
                                               offset=offset, key=b"a", produced_at=produced_at))

    asyncio.run(main())
    labels = {"stage": "parse"}
    assert registry.get_sample_value("szamlatar_stage_queued_seconds_count", labels) == 2
    waited = registry.get_sample_value("szamlatar_stage_queued_seconds_sum", labels)
    assert waited is not None and 2.5 <= waited < 3.5
