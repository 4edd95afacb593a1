"""Issue 15 at the webhook: a dependency down is a quick 503 with Retry-After and nothing accepted; once
the event is durable the answer is 202 whatever bookkeeping fails after it; the same request sent
again after an unknown outcome is answered like the first, never refused as a replay."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from services.adapters.admin import create_own_system_connection
from services.adapters.kafka_producer import AT_THE_DOOR, IN_THE_BACKGROUND, ProduceTimeouts
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.errors import BrokerUnavailableError, StorageUnavailableError
from services.web.deps import Ports
from tests.unit.billing.fakes import FakePublisher, FakeStore
from tests.unit.web.fakes import db_of
from tests.unit.web.webhook_support import in_process, webhook_ports

PDF = b"%PDF-1.7\n% test\n"
URL = "http://testserver/api/v1/webhooks/erp"
TS = 1_700_000_000


class DownPublisher(FakePublisher):
    """Kafka unreachable: the bounded producer's verdict."""

    def publish(self, topic: str, event: dict[str, Any], timeout: float = 30.0) -> None:
        raise BrokerUnavailableError(f"Kafka: produce to {topic}: KafkaTimeoutError")


@pytest.fixture()
def ports(monkeypatch: pytest.MonkeyPatch) -> Ports:
    ports = webhook_ports()
    ports.store, ports.publisher = FakeStore(), FakePublisher()  # type: ignore[assignment]
    monkeypatch.setattr("services.web.routes.webhooks.time.time", lambda: float(TS))
    return ports


@pytest.fixture()
def http(ports: Ports) -> Iterator[requests.Session]:
    with in_process(ports) as session:
        yield session


def _secret(ports: Ports) -> str:
    return create_own_system_connection(db_of(ports), ports.settings, connection_id="erp", tenant="acme",
                                        site="budapest")


def _nonces(ports: Ports) -> dict[str, dict[str, Any]]:
    return ports.nonces.records  # type: ignore[attr-defined, no-any-return]  # the twin's


def test_kafka_down_is_a_503_with_retry_after_and_the_same_request_succeeds_once_it_is_back(
        http: requests.Session, ports: Ports) -> None:
    secret, body = _secret(ports), webhook_body("x-1", PDF, filename="x-1.pdf")
    healthy, ports.publisher = ports.publisher, DownPublisher()  # type: ignore[assignment]
    refused = post_signed(http, URL, secret, body, timestamp=TS)
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
    assert refused.json()["detail"]["reason"] == "broker_unavailable"
    assert _nonces(ports) == {}  # nothing accepted: the identical request is not a replay
    # What SzamlatarIngestRefusingStoreDown reads.
    assert ports.metrics.unavailable.labels("/api/v1/webhooks/{connection_id}", "kafka")._value.get() == 1
    ports.publisher = healthy
    accepted = post_signed(http, URL, secret, body, timestamp=TS)
    assert accepted.status_code == 202
    assert [e["external_id"] for e in healthy.on("invoice.raw")] == ["x-1"]  # type: ignore[attr-defined]


def test_a_durable_invoice_is_202_even_when_marking_its_nonce_accepted_fails(
        http: requests.Session, ports: Ports, monkeypatch: pytest.MonkeyPatch) -> None:
    """An outside run saw `503 storage_unavailable: MongoDB: mark nonce accepted` for published invoices."""
    secret, body = _secret(ports), webhook_body("x-1", PDF, filename="x-1.pdf")

    def mongo_down(nonce: str, event_id: str) -> None:
        raise StorageUnavailableError("MongoDB: mark nonce accepted")

    working = ports.nonces.accept
    monkeypatch.setattr(ports.nonces, "accept", mongo_down)
    first = post_signed(http, URL, secret, body, timestamp=TS)
    assert first.status_code == 202
    [nonce] = _nonces(ports).values()
    assert nonce["state"] == "pending"
    # The sender heard nothing (say its connection dropped) and sends the identical request again:
    # answered like the first, with the same event id, not 409 replayed.
    monkeypatch.setattr(ports.nonces, "accept", working)
    again = post_signed(http, URL, secret, body, timestamp=TS)
    assert again.status_code == 202 and again.json()["event_id"] == first.json()["event_id"]
    raw = ports.publisher.on("invoice.raw")  # type: ignore[attr-defined]
    assert len(raw) == 2 and raw[0]["event_id"] == raw[1]["event_id"]  # one event, absorbed at the archive step
    # Now on record: a third copy is a replay, answered with that event id.
    replay = post_signed(http, URL, secret, body, timestamp=TS)
    assert replay.status_code == 409 and replay.json()["detail"]["event_id"] == first.json()["event_id"]


def test_a_failed_release_does_not_hide_the_outage_behind_another_error(
        http: requests.Session, ports: Ports, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = _secret(ports)
    ports.publisher = DownPublisher()  # type: ignore[assignment]

    def mongo_down(nonce: str) -> None:
        raise StorageUnavailableError("MongoDB: release nonce")

    monkeypatch.setattr(ports.nonces, "release", mongo_down)
    refused = post_signed(http, URL, secret, webhook_body("x-1", PDF), timestamp=TS)
    assert refused.status_code == 503 and refused.json()["detail"]["reason"] == "broker_unavailable"


def test_the_apis_producer_fails_within_a_few_seconds_and_well_inside_our_own_clients_timeout() -> None:
    assert AT_THE_DOOR.seconds <= 5.0
    client_timeout = inspect.signature(post_signed).parameters["timeout"].default
    assert client_timeout >= 3 * AT_THE_DOOR.seconds  # the server's 503 always arrives before the client gives up
    assert IN_THE_BACKGROUND.seconds > AT_THE_DOOR.seconds


def test_a_producer_bound_kafka_python_would_refuse_is_refused_at_startup() -> None:
    with pytest.raises(ValueError, match="delivery_timeout_ms"):
        ProduceTimeouts(max_block_ms=1000, request_timeout_ms=5000, delivery_timeout_ms=3000)
