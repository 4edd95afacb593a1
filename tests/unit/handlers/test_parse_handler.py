"""ParseHandler with fakes: it hands the sandbox what the raw event knows about the document."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pytest

from services.adapters.recent_connections import KEPT_SECONDS, RecentConnections
from services.adapters.sealer import Sealer
from services.adapters.stage_runner import Record
from services.core.errors import BadSignatureError, UnknownTenantError
from services.core.events import raw_event
from services.core.parsing import ParseResult, parse_document
from services.core.source_binding import SIGNATURE_HEADER, sign_record
from services.pipeline.handlers import ParseHandler
from tests.fakes import ConnectionRepo
from tests.unit.billing.fakes import settings as fake_settings

BILLINGO = b'{"invoice_number": "B-1", "gross_total": 127, "currency": "HUF", "type": "invoice"}'


class FakeStore:
    def __init__(self, objects: dict[tuple[str, str], bytes]) -> None:
        self.objects = objects

    def read(self, bucket: str, key: str) -> bytes:
        return self.objects[(bucket, key)]


def holding(*connections: dict[str, Any]) -> ConnectionRepo:
    """The connection twin holding ``connections``."""
    repo = ConnectionRepo()
    for connection in connections:
        repo.upsert(connection)
    return repo


class RecordingSandbox:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def parse(self, document: bytes, *, media_type: str, metadata: Mapping[str, Any] | None,
              source_kind: str | None = None) -> ParseResult:
        self.calls.append({"media_type": media_type, "source_kind": source_kind})
        return parse_document(document, media_type=media_type, metadata=metadata, source_kind=source_kind)


def test_parse_handler_passes_the_source_kind_to_the_parser() -> None:
    sha = hashlib.sha256(BILLINGO).hexdigest()
    document = {"bucket": "staging", "object_key": f"t/sha256/{sha}", "sha256": sha, "media_type": "application/json",
                "size": len(BILLINGO)}
    raw = raw_event(tenant="t", site="hq", source_kind="billingo", connection_id="c1", external_id="1",
                    correlation_id="x", document=document, metadata=None, now=datetime(2025, 1, 1, tzinfo=UTC))
    sandbox = RecordingSandbox()
    handler = ParseHandler(FakeStore({("staging", document["object_key"]): BILLINGO}), sandbox,  # type: ignore[arg-type]
                           holding({"_id": "c1", "kind": "billingo", "tenant": "t"}),  # type: ignore[arg-type]
                           "staging")
    [(_, event)] = asyncio.run(handler(raw))
    assert sandbox.calls == [{"media_type": "application/json", "source_kind": "billingo"}]
    assert event["reader"] == "billingo"
    assert event["invoice"]["number"] == "B-1"


def _producer_event(connection_id: str, *, tenant: str = "t", kind: str = "producer",
                    object_key: str | None = None) -> dict[str, Any]:
    sha = hashlib.sha256(BILLINGO).hexdigest()
    document = {"bucket": "staging", "object_key": object_key or f"{tenant}/sha256/{sha}", "sha256": sha,
                "media_type": "application/json", "size": len(BILLINGO)}
    return raw_event(tenant=tenant, site="hq", source_kind=kind, connection_id=connection_id, external_id="1",
                     correlation_id="x", document=document, metadata=None, now=datetime(2025, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("event,reason", [
    pytest.param(_producer_event("nobody"), "unknown_connection", id="unknown-connection"),
    pytest.param(_producer_event("p-other", tenant="t"), "unknown_tenant", id="another-tenants-connection"),
    pytest.param(_producer_event("p-t", kind="billingo"), "unknown_connection", id="producer-posing-as-billingo"),
    pytest.param(_producer_event("p-t", object_key=f"other/sha256/{'0' * 64}"), "unknown_tenant",
                 id="another-tenants-staged-bytes"),
])
def test_parse_handler_refuses_an_event_its_connection_may_not_carry(event: dict[str, Any], reason: str) -> None:
    sandbox = RecordingSandbox()
    connections = holding({"_id": "p-t", "kind": "producer", "tenant": "t"},
                                  {"_id": "p-other", "kind": "producer", "tenant": "other"})
    store = FakeStore({("staging", event["document"]["object_key"]): BILLINGO})
    handler = ParseHandler(store, sandbox, connections, "staging")  # type: ignore[arg-type]
    with pytest.raises(UnknownTenantError) as caught:
        asyncio.run(handler(event))
    assert caught.value.reason == reason
    assert sandbox.calls == []  # refused before the document is read or parsed


def _signing_world() -> tuple[ParseHandler, dict[str, Any], bytes]:
    settings = fake_settings()
    signed = {"_id": "p-signed", "kind": "producer", "tenant": "t", "kafka_principal": "User:producer-p-signed",
              "signing_secrets": [Sealer.of(settings).seal("the-secret")]}
    handler = ParseHandler(FakeStore({}), RecordingSandbox(), holding(signed),  # type: ignore[arg-type]
                           "staging", keks={settings.kek_id: settings.kek})
    raw = _producer_event("p-signed")
    return handler, raw, json.dumps(raw).encode()


def test_parse_handler_takes_a_record_signed_with_the_connections_sealed_secret() -> None:
    handler, raw, value = _signing_world()
    key = b"t|producer|p-signed|1"
    asyncio.run(handler.check_signature(raw, Record(key, value, ((SIGNATURE_HEADER,
                                                                  sign_record("the-secret", key, value).encode()),))))


@pytest.mark.parametrize("headers,reason", [
    pytest.param((), "missing_signature", id="unsigned"),
    pytest.param(((SIGNATURE_HEADER, b"v1=00"),), "bad_signature", id="wrong"),
])
def test_parse_handler_refuses_a_record_of_a_signing_connection_without_its_signature(
    headers: tuple[tuple[str, bytes], ...], reason: str
) -> None:
    handler, raw, value = _signing_world()
    with pytest.raises(BadSignatureError) as caught:
        asyncio.run(handler.check_signature(raw, Record(b"k", value, headers)))
    assert caught.value.reason == reason


def test_parse_handler_leaves_unsigned_and_unknown_connections_to_the_source_check() -> None:
    handler = ParseHandler(FakeStore({}), RecordingSandbox(),  # type: ignore[arg-type]
                           holding({"_id": "p-t", "kind": "producer", "tenant": "t"}), "staging")  # type: ignore[arg-type]
    for connection_id in ("p-t", "nobody"):
        raw = _producer_event(connection_id)
        asyncio.run(handler.check_signature(raw, Record(None, json.dumps(raw).encode())))


class CountingConnections(ConnectionRepo):
    def __init__(self) -> None:
        super().__init__()
        self.reads = 0

    def get(self, connection_id: str) -> dict[str, Any] | None:
        self.reads += 1
        return super().get(connection_id)


def test_the_record_check_and_the_handler_share_a_read_and_a_deletion_stops_a_producer_within_a_second() -> None:
    """The runner checks a record and then hands it to the handler: both take the connection read once
    and kept for ``KEPT_SECONDS`` (the next records' too); a deletion refuses the producer's records once
    the kept document is that old, and a refusal is never made on a kept document."""
    connections = CountingConnections()
    connections.upsert({"_id": "p-t", "kind": "producer", "tenant": "t"})
    raw = _producer_event("p-t")
    handler = ParseHandler(FakeStore({("staging", raw["document"]["object_key"]): BILLINGO}),  # type: ignore[arg-type]
                           RecordingSandbox(), connections, "staging")  # type: ignore[arg-type]
    clock = [0.0]
    handler.connections = RecentConnections(connections.get, clock=lambda: clock[0])
    for _ in (1, 2):
        asyncio.run(handler.check_signature(raw, Record(None, json.dumps(raw).encode())))
        asyncio.run(handler(raw))
    assert connections.reads == 1
    connections.delete(connections.get("p-t") or {}, datetime(2025, 1, 2, tzinfo=UTC))
    clock[0] += KEPT_SECONDS
    asyncio.run(handler.check_signature(raw, Record(None, json.dumps(raw).encode())))
    with pytest.raises(UnknownTenantError):
        asyncio.run(handler(raw))  # deleted: refused once the kept document is a second old
    asyncio.run(handler.check_signature(raw, Record(None, json.dumps(raw).encode())))
    connections.upsert({"_id": "p-t", "kind": "producer", "tenant": "t"})  # (an id is never reused; a test only)
    asyncio.run(handler(raw))  # the kept tombstone refused it: read again, and the fresh answer stands
