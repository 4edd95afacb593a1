"""`szamlatar dlq list` and `dlq replay` with the dead letters of records no consumer could read: a
tombstone and bytes that are not UTF-8 are listed with their reasons; a replay sends the bytes back
as they were and reports the tombstone as not replayable, without failing."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest
from typer.testing import CliRunner

from services.cli import app
from tests.unit.adapters.fakes import FakeDb, FakePublisher
from tests.unit.billing.fakes import settings

BINARY = b"\xff\xfe\x00 not UTF-8"
COMMON = {"failed_at": "2025-03-31T12:00:00+00:00", "attempts": 1, "tenant": None,
          "error_class": "SchemaViolationError"}
RECORDS: dict[str, list[dict[str, Any]]] = {
    "invoice.dlq": [
        {**COMMON, "schema": "invoice.dlq.v1", "event_id": "d-1", "stage": "parse", "topic": "invoice.raw",
         "partition": 0, "offset": 7, "key": "k1", "reason": "tombstone", "payload": "", "payload_encoding": "none",
         "message": "invoice.raw.v1: a tombstone (the record has no value)"},
        {**COMMON, "schema": "invoice.dlq.v1", "event_id": "d-2", "stage": "parse", "topic": "invoice.raw",
         "partition": 0, "offset": 8, "key": "\ufffdk2", "reason": "not_utf8",
         "payload": base64.b64encode(BINARY).decode(), "payload_encoding": "base64",
         "message": "invoice.raw.v1: the value is not UTF-8 (byte 0 of 16)"},
    ],
    "downstream.dlq": [
        {**COMMON, "schema": "downstream.dlq.v1", "event_id": "d-3", "target": "reference.changed", "key": None,
         "reason": "tombstone", "error": "reference.changed.v1: a tombstone (the record has no value)",
         "payload": "", "payload_encoding": "none"},
    ],
}


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, bytes | None, bytes]]]:
    publisher = FakePublisher()

    def read(bootstrap: str, topic: str, auth: object = None) -> Iterator[dict[str, Any]]:
        return iter(RECORDS[topic])

    monkeypatch.setattr("services.adapters.dlq.read_dlq", read)
    monkeypatch.setattr("services.adapters.settings.load_settings", settings)
    monkeypatch.setattr("services.adapters.kafka_producer.EventPublisher.of", lambda *a, **k: publisher)
    monkeypatch.setattr("services.adapters.mongo.connect", lambda s: FakeDb())
    yield publisher.sent


def cli(*args: str) -> Any:
    return CliRunner().invoke(app, ["dlq", *args], env={"COLUMNS": "250"})


def test_list_shows_the_dead_letters_of_unreadable_records_with_their_reasons(sent: list[Any]) -> None:
    listed = cli("list")
    assert listed.exit_code == 0, listed.output
    assert "tombstone" in listed.output and "not_utf8" in listed.output
    downstream = cli("list", "--topic", "downstream.dlq", "--reason", "tombstone")
    assert downstream.exit_code == 0, downstream.output
    assert "reference.changed" in downstream.output and "tombstone" in downstream.output


def test_replay_sends_the_bytes_back_and_reports_the_tombstone_as_not_replayable(sent: list[Any]) -> None:
    replayed = cli("replay")
    assert replayed.exit_code == 0, replayed.output
    assert sent == [("invoice.raw", "\ufffdk2".encode(), BINARY)]
    assert "replayed 1, skipped 0 already replayed, 1 not replayable" in replayed.output
    assert "invoice.raw d-1: a tombstone (no value) cannot be replayed" in replayed.output
    downstream = cli("replay", "--topic", "downstream.dlq")
    assert downstream.exit_code == 0, downstream.output
    assert "replayed 0, skipped 0 already replayed, 1 not replayable" in downstream.output
