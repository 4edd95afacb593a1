"""The publisher after a failed publish (issue 15): a chaos drill saw kafka-python's idempotent producer
refuse every record after records expired in flight when the broker died, so the API answered 503
long after Kafka was back. A failed publish discards the producer; the next one builds a new one."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from kafka.errors import KafkaConnectionError, KafkaTimeoutError

from services.adapters import kafka_producer
from services.adapters.kafka_producer import AT_THE_DOOR, EventPublisher
from services.core.errors import BrokerUnavailableError


class Sent:
    def __init__(self, error: Exception | None) -> None:
        self.error = error

    def get(self, timeout: float) -> None:
        if self.error is not None:
            raise self.error


class FakeProducer:
    """Each instance fails its sends with what the class is told, once built (or fails to build)."""

    built: ClassVar[list[FakeProducer]] = []
    refuse_to_build = False
    failing: Exception | None = None

    def __init__(self, **options: Any) -> None:
        if FakeProducer.refuse_to_build:
            raise KafkaConnectionError()
        self.options, self.closed, self.sent = options, False, 0
        self.error = FakeProducer.failing
        FakeProducer.built.append(self)

    def send(self, topic: str, key: bytes | None, value: bytes, headers: Any) -> Sent:
        self.sent += 1
        return Sent(self.error)

    def close(self, timeout: float) -> None:
        self.closed = True


@pytest.fixture(autouse=True)
def fake_producer(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeProducer.built, FakeProducer.refuse_to_build, FakeProducer.failing = [], False, None
    monkeypatch.setattr(kafka_producer, "KafkaProducer", FakeProducer)
    monkeypatch.setattr(kafka_producer, "REBUILD_PAUSE_SECONDS", 0.0)


def test_a_publish_that_failed_in_flight_leaves_a_new_producer_for_the_next_one() -> None:
    FakeProducer.failing = KafkaTimeoutError("Expiring 1 record(s) for invoice.raw-0")
    publisher = EventPublisher("127.0.0.1:1", "tests", timeouts=AT_THE_DOOR)
    with pytest.raises(BrokerUnavailableError, match="KafkaTimeoutError"):
        publisher.publish_raw("invoice.raw", b"k", b"{}")
    [broken] = FakeProducer.built
    assert broken.closed
    FakeProducer.failing = None  # Kafka is back
    publisher.publish_raw("invoice.raw", b"k", b"{}")
    assert len(FakeProducer.built) == 2 and FakeProducer.built[1].sent == 1
    assert FakeProducer.built[1].options["delivery_timeout_ms"] == AT_THE_DOOR.delivery_timeout_ms


def test_while_kafka_is_still_down_a_new_producer_cannot_be_built_and_that_is_a_503_too() -> None:
    FakeProducer.failing = KafkaTimeoutError("expired")
    publisher = EventPublisher("127.0.0.1:1", "tests")
    with pytest.raises(BrokerUnavailableError):
        publisher.publish_raw("invoice.raw", b"k", b"{}")
    FakeProducer.refuse_to_build = True
    with pytest.raises(BrokerUnavailableError, match="KafkaConnectionError"):
        publisher.publish_raw("invoice.raw", b"k", b"{}")
    FakeProducer.refuse_to_build, FakeProducer.failing = False, None
    publisher.publish_raw("invoice.raw", b"k", b"{}")
    assert len(FakeProducer.built) == 2


def test_a_healthy_producer_is_kept() -> None:
    publisher = EventPublisher("127.0.0.1:1", "tests")
    for _ in range(3):
        publisher.publish_raw("invoice.raw", b"k", b"{}")
    assert len(FakeProducer.built) == 1 and FakeProducer.built[0].sent == 3
    publisher.close()
    assert FakeProducer.built[0].closed


def test_right_after_a_failed_rebuild_the_others_fail_at_once_instead_of_queueing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kafka_producer, "REBUILD_PAUSE_SECONDS", 60.0)
    FakeProducer.failing = KafkaTimeoutError("expired")
    publisher = EventPublisher("127.0.0.1:1", "tests")
    with pytest.raises(BrokerUnavailableError):
        publisher.publish_raw("invoice.raw", b"k", b"{}")
    FakeProducer.refuse_to_build = True
    with pytest.raises(BrokerUnavailableError):
        publisher.publish_raw("invoice.raw", b"k", b"{}")  # tries to build, fails
    FakeProducer.refuse_to_build = False
    with pytest.raises(BrokerUnavailableError, match="KafkaConnectionError"):
        publisher.publish_raw("invoice.raw", b"k", b"{}")  # within the pause: no second build
    assert len(FakeProducer.built) == 1


def test_the_producer_waits_for_the_broker_at_most_its_own_bound() -> None:
    EventPublisher("127.0.0.1:1", "tests", timeouts=AT_THE_DOOR)
    assert FakeProducer.built[0].options["bootstrap_timeout_ms"] == AT_THE_DOOR.max_block_ms
