"""Replaying dead letters: each record at most once, a webhook delivery re-POSTed with its delivery id
and a fresh signature, a message back to its topic with its key; what fails stays for the next run."""

from __future__ import annotations

import json
from typing import Any, cast

import pytest

from services.adapters.dlq import Replay, matches, replay, replay_downstream
from services.adapters.sealer import Sealer
from services.core.errors import UpstreamError
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from tests.unit.adapters.fakes import FakeDb, FakePublisher
from tests.unit.billing.fakes import settings

SETTINGS = settings()


class Receiver:
    """Answers from a list of statuses (the last repeats); an int 0 stands for no answer."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.got: list[tuple[str, bytes, dict[str, str]]] = []

    def __call__(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        self.got.append((url, body, headers))
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        if status == 0:
            raise UpstreamError("hr.example.hu: no answer (NewConnectionError)")
        return status


BODY = json.dumps({"invoice_id": "i-1", "client_name": "Dunakavics Építő Kft."}, ensure_ascii=False)


def webhook_record(**extra: Any) -> dict[str, Any]:
    return {"schema": "downstream.dlq.v1", "event_id": "delivery-1", "failed_at": "2025-03-31T12:00:00+00:00",
            "tenant": "acme", "target": "webhook:hr", "event": "invoice.linked", "error": "HTTP 503",
            "attempts": 5, "payload": BODY, **extra}


def world(**sub: Any) -> tuple[FakeDb, FakePublisher]:
    db = FakeDb()
    db.webhook_subscriptions.docs["acme|hr"] = {
        "_id": "acme|hr", "id": "hr", "tenant": "acme", "url": "https://hr.example.hu/in", "events": ["invoice.linked"],
        "secret": Sealer.of(SETTINGS).seal("whsec_hr"), **sub}
    return db, FakePublisher()


def test_a_webhook_record_is_posted_again_with_its_delivery_id_and_a_fresh_signature_once() -> None:
    db, publisher = world()
    receiver = Receiver(200)
    first = replay_downstream(webhook_record(), cast(Any, publisher), cast(Any, db), SETTINGS, receiver)
    again = replay_downstream(webhook_record(), cast(Any, publisher), cast(Any, db), SETTINGS, receiver)
    assert (first.outcome, again.outcome) == (Replay.REPLAYED, Replay.ALREADY_REPLAYED)
    assert len(receiver.got) == 1 and publisher.sent == []
    url, body, headers = receiver.got[0]
    assert url == "https://hr.example.hu/in" and body == BODY.encode()
    assert headers["X-Szamlatar-Delivery"] == "delivery-1" and headers["X-Szamlatar-Event"] == "invoice.linked"
    ts = int(headers[TIMESTAMP_HEADER])
    assert verify(["whsec_hr"], headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER], body, ts, 300) == ts
    assert db.dlq_replays.docs["delivery-1"]["dlq"] == "downstream.dlq"


@pytest.mark.parametrize("receiver, sub, error", [
    pytest.param(Receiver(503), {}, "HTTP 503", id="still-failing"),
    pytest.param(Receiver(0), {}, "no answer", id="no-answer"),
    pytest.param(Receiver(200), {"active": False}, "inactive", id="inactive-subscription"),
    pytest.param(Receiver(200), {"events": ["rule.notify"]}, "no longer takes invoice.linked", id="event-dropped"),
])
def test_a_webhook_replay_that_fails_is_kept_for_the_next_run(receiver: Receiver, sub: dict[str, Any],
                                                              error: str) -> None:
    db, publisher = world(**sub)
    result = replay_downstream(webhook_record(), cast(Any, publisher), cast(Any, db), SETTINGS, receiver)
    assert result.outcome is Replay.FAILED and error in result.error
    assert db.dlq_replays.docs == {}


def test_a_receiver_fixed_after_a_failed_replay_gets_the_next_one() -> None:
    db, publisher = world()
    receiver = Receiver(503, 200)
    outcomes = [replay_downstream(webhook_record(), cast(Any, publisher), cast(Any, db), SETTINGS, receiver).outcome
                for _ in range(3)]
    assert outcomes == [Replay.FAILED, Replay.REPLAYED, Replay.ALREADY_REPLAYED]
    assert [h["X-Szamlatar-Delivery"] for _, _, h in receiver.got] == ["delivery-1", "delivery-1"]


def test_a_deleted_subscription_is_not_posted_to() -> None:
    db, publisher = world()
    db.webhook_subscriptions.docs.clear()
    receiver = Receiver(200)
    result = replay_downstream(webhook_record(), cast(Any, publisher), cast(Any, db), SETTINGS, receiver)
    assert result.outcome is Replay.FAILED and "deleted" in result.error and receiver.got == []


def test_a_message_record_goes_back_to_its_topic_with_its_key_once() -> None:
    db, publisher = world()
    record = {"schema": "downstream.dlq.v1", "event_id": "m-1", "failed_at": "2025-03-31T12:00:00+00:00",
              "tenant": "acme", "target": "invoice.archived", "key": "acme|own_system|erp|x-1",
              "error": "KeyError: 'x'", "attempts": 1, "payload": '{"schema": "invoice.archived.v1"}'}
    outcomes = [replay_downstream(record, cast(Any, publisher), cast(Any, db), SETTINGS, Receiver(500)).outcome
                for _ in range(2)]
    assert outcomes == [Replay.REPLAYED, Replay.ALREADY_REPLAYED]
    assert publisher.sent == [("invoice.archived", b"acme|own_system|erp|x-1", b'{"schema": "invoice.archived.v1"}')]


def test_invoice_dlq_records_share_the_replay_log() -> None:
    db, publisher = world()
    record = {"event_id": "p-1", "topic": "invoice.raw", "stage": "parse", "reason": "not_found", "key": "k",
              "payload": "{}", "payload_encoding": "utf-8"}
    assert [replay(record, cast(Any, publisher), cast(Any, db)).outcome for _ in range(2)] == [
        Replay.REPLAYED, Replay.ALREADY_REPLAYED]
    assert publisher.sent == [("invoice.raw", b"k", b"{}")]
    assert db.dlq_replays.docs["p-1"]["stage"] == "parse" and db.dlq_replays.docs["p-1"]["dlq"] == "invoice.dlq"


def test_an_invoice_dlq_record_is_sent_again_with_the_headers_it_came_with() -> None:
    """A producer's signature header travels with the replayed message, so it verifies again."""
    db, publisher = world()
    record = {"event_id": "p-2", "topic": "invoice.raw", "stage": "parse", "reason": "url_refused", "key": "k",
              "payload": "{}", "payload_encoding": "utf-8",
              "headers": [{"key": "szamlatar-signature", "value_base64": "djE9YWI="}]}
    assert replay(record, cast(Any, publisher), cast(Any, db)).outcome == Replay.REPLAYED
    assert publisher.sent == [("invoice.raw", b"k", b"{}")]
    assert publisher.headers == [[("szamlatar-signature", b"v1=ab")]]


def test_filters_match_only_given_fields() -> None:
    record = webhook_record()
    assert matches(record, {"target": "webhook:hr", "tenant": None})
    assert not matches(record, {"target": "webhook:other", "tenant": None})
    assert not matches(record, {"stage": "parse"})


@pytest.mark.parametrize("replay_it", [
    pytest.param(lambda record, publisher, db: replay(record, publisher, db), id="invoice.dlq"),
    pytest.param(lambda record, publisher, db: replay_downstream(record, publisher, db, SETTINGS, Receiver(200)),
                 id="downstream.dlq"),
])
def test_a_dead_lettered_tombstone_is_reported_not_replayable_and_nothing_is_sent(replay_it: Any) -> None:
    db, publisher = world()
    record = {"event_id": "t-1", "topic": "invoice.payment", "stage": "status_sync", "target": "invoice.archived",
              "reason": "tombstone", "key": "k", "payload": "", "payload_encoding": "none"}
    results = [replay_it(record, cast(Any, publisher), cast(Any, db)) for _ in range(2)]
    assert [r.outcome for r in results] == [Replay.NOT_REPLAYABLE] * 2
    assert "tombstone" in results[0].error
    assert publisher.sent == [] and db.dlq_replays.docs == {}


def test_bytes_that_were_not_utf8_go_back_to_their_topic_as_they_were() -> None:
    db, publisher = world()
    record = {"schema": "downstream.dlq.v1", "event_id": "b-1", "failed_at": "2025-03-31T12:00:00+00:00",
              "tenant": None, "target": "reference.changed", "key": "k", "reason": "not_utf8",
              "error": "not UTF-8", "attempts": 1, "payload": "/wD+", "payload_encoding": "base64"}
    assert replay_downstream(record, cast(Any, publisher), cast(Any, db), SETTINGS, Receiver(500)).outcome \
        is Replay.REPLAYED
    assert publisher.sent == [("reference.changed", b"k", b"\xff\x00\xfe")]
