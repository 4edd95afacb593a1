"""The downstream worker's dead letters for messages it cannot process (through the consumer shell,
as the process runs them): where the message was names the record, its key goes with it (a replay
puts it back on its partition), each is counted by topic; the review-queue gauges by kind."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import pytest
from prometheus_client import CollectorRegistry

from services.adapters.consumer_shell import ConsumerShell
from services.adapters.dlq import original_payload
from services.adapters.schemas import validate
from services.downstream.worker import CONSUMED_TOPICS, Downstream, downstream_shell
from tests.unit.adapters.fakes import FakeDb, FakePublisher, Message
from tests.unit.billing.fakes import settings


class Worker:
    """The worker and the consumer shell it runs in, sharing one publisher and registry."""

    def __init__(self) -> None:
        self.publisher, self.registry = FakePublisher(), CollectorRegistry()
        self.downstream = Downstream(cast(Any, FakeDb()), cast(Any, self.publisher), settings(), self.registry)
        self.shell: ConsumerShell = downstream_shell(self.downstream, self.registry)

    def handle(self, message: Message) -> None:
        assert self.shell.handle(message), "handled to the end (not stopped half way)"


INVALID_ARCHIVED = json.dumps({"schema": "invoice.archived.v1", "tenant": "acme"}).encode()


def test_an_invalid_archived_event_is_dead_lettered_with_its_key_and_an_id_from_its_position() -> None:
    w = Worker()
    for offset in (7, 7, 8):  # 7 again: redelivered after a crash; 8: the replayed message failing again
        w.handle(Message("invoice.archived", 1, offset, b"acme|own_system|erp|x-1", INVALID_ARCHIVED))
    records = [json.loads(value) for _, _, value in w.publisher.sent]
    assert [topic for topic, _, _ in w.publisher.sent] == ["downstream.dlq"] * 3
    for r in records:
        validate("downstream.dlq.v1", r)
        assert (r["target"], r["key"], r["tenant"]) == ("invoice.archived", "acme|own_system|erp|x-1", "acme")
        assert json.loads(r["payload"]) == json.loads(INVALID_ARCHIVED)
    assert records[0]["event_id"] == records[1]["event_id"] != records[2]["event_id"]


def test_each_dead_lettered_event_is_counted_by_its_topic() -> None:
    w = Worker()

    def dead(topic: str) -> float | None:
        return w.registry.get_sample_value("szamlatar_downstream_dlq_events_total", {"topic": topic})

    assert (dead("invoice.archived"), dead("invoice.matched")) == (0, 0)  # born at 0: increase() sees the first
    w.handle(Message("invoice.archived", 0, 1, None, INVALID_ARCHIVED))
    w.handle(Message("invoice.matched", 0, 1, None, b"not json"))
    w.handle(Message("invoice.matched", 0, 2, None, json.dumps({"schema": "invoice.matched.v1"}).encode()))
    assert (dead("invoice.archived"), dead("invoice.matched"), dead("reference.changed")) == (1, 2, 0)
    assert len(w.publisher.sent) == 3


@pytest.mark.parametrize("topic", ["invoice.archived", "invoice.matched", "reference.changed"])
@pytest.mark.parametrize(("value", "reason", "encoding"), [
    pytest.param(None, "tombstone", "none", id="tombstone"),
    pytest.param(b"\xff\xfe{}", "not_utf8", "base64", id="not-utf8"),
    pytest.param(b"{not json", "malformed_json", "utf-8", id="not-json"),
    pytest.param(b"[1, 2]", "schema_violation", "utf-8", id="json-but-no-event"),
])
def test_any_bad_record_on_any_consumed_topic_is_dead_lettered_with_its_reason_and_value(
        topic: str, value: bytes | None, reason: str, encoding: str) -> None:
    w = Worker()
    w.handle(Message(topic, 2, 5, b"\xffk", value))
    [(dlq, key, raw)] = w.publisher.sent
    record = json.loads(raw)
    validate("downstream.dlq.v1", record)
    assert (dlq, key, record["key"], record["target"]) == ("downstream.dlq", b"\xffk", "\ufffdk", topic)
    assert (record["reason"], record["payload_encoding"], record["tenant"]) == (reason, encoding, None)
    assert original_payload(record) == value
    assert w.registry.get_sample_value("szamlatar_downstream_dlq_events_total", {"topic": topic}) == 1


def test_a_bug_is_dead_lettered_as_internal() -> None:
    w = Worker()

    def broken(event: dict[str, Any]) -> None:
        raise KeyError("invoice")

    w.downstream.on_reference = broken  # type: ignore[method-assign]
    event = {"schema": "reference.changed.v1", "tenant": "acme", "kind": "client", "records": [{"id": "c-1"}]}
    w.handle(Message("reference.changed", 0, 1, b"acme", json.dumps(event).encode()))
    record = json.loads(w.publisher.sent[0][2])
    assert (record["reason"], record["tenant"], record["error"]) == ("internal", "acme", "KeyError: 'invoice'")


class FakeReview:
    def __init__(self, open_items: dict[str, list[datetime]]) -> None:
        self.open_items = open_items

    def depth_and_oldest(self, kind: str) -> tuple[int, datetime | None]:
        created = self.open_items.get(kind, [])
        return len(created), min(created, default=None)


def test_review_gauges_report_held_approvals_and_unconfirmed_matches_apart() -> None:
    w = Worker()
    downstream, registry = w.downstream, w.registry
    now = datetime.now(UTC)
    downstream.review = cast(Any, FakeReview({"match": [now - timedelta(days=40), now - timedelta(days=2)]}))
    downstream.refresh_gauges()

    def sample(name: str, kind: str) -> float | None:
        return registry.get_sample_value(f"szamlatar_review_queue_{name}", {"kind": kind})

    assert (sample("depth", "approval"), sample("oldest_age_seconds", "approval")) == (0, 0)
    assert sample("depth", "match") == 2
    assert 40 * 86400 <= (sample("oldest_age_seconds", "match") or 0) < 40 * 86400 + 60
    downstream.review = cast(Any, FakeReview({"approval": [now - timedelta(hours=5)]}))
    downstream.refresh_gauges()
    assert sample("depth", "approval") == 1 and sample("depth", "match") == 0
    assert 5 * 3600 <= (sample("oldest_age_seconds", "approval") or 0) < 5 * 3600 + 60
    assert sample("oldest_age_seconds", "match") == 0


def test_the_shell_consumes_exactly_the_topics_the_worker_declares() -> None:
    # CONSUMED_TOPICS is what the ACLs and the dead-letter counters are checked against.
    assert Worker().shell.topics == CONSUMED_TOPICS
