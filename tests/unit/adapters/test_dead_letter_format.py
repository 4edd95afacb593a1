"""One dead-letter record shape for both topics: a pipeline stage's ``invoice.dlq`` record, the
downstream worker's ``downstream.dlq`` record for a message it cannot process, and a failed webhook
delivery's (which adds only ``event``) carry the same fields; each validates against both topics'
schemas, and ``szamlatar dlq list`` / ``replay`` still read each the way they read it before."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any, cast

import pytest
from prometheus_client import CollectorRegistry

from services.adapters.dlq import FILTERS, matches, original_payload
from services.adapters.metrics import stage_metrics
from services.adapters.schemas import validate
from services.adapters.sealer import Sealer
from services.adapters.stage_runner import Output, StageRunner
from services.commands.dlq import _row
from services.core.enums import Stage
from services.core.errors import MalformedDocumentError
from services.core.events import raw_event
from services.downstream.worker import Downstream, downstream_shell
from tests.unit.adapters.fakes import FakeDb, FakePublisher, Message
from tests.unit.billing.fakes import settings

SCHEMAS = ("invoice.dlq.v1", "downstream.dlq.v1")
RAW = raw_event(tenant="acme", site="hq", source_kind="own_system", connection_id="erp", external_id="x-1",
                correlation_id="c", now=datetime(2025, 1, 1, tzinfo=UTC), metadata=None,
                document={"sha256": "a" * 64, "bucket": "bkt", "object_key": "k", "media_type": "application/pdf",
                          "size": 3, "filename": None})
MATCHED = {"event_id": "e-1", "tenant": "acme", "site": "budapest", "external_id": "x-1",
           "source": {"kind": "own_system", "connection_id": "erp"}, "invoice": {"number": "A-1"},
           "match": {"notify": ["penzugy@example.hu"], "decision": "hold", "rule_hits": []}}


def _stage_record() -> dict[str, Any]:
    sent: list[bytes] = []

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        sent.append(value)

    async def handler(event: dict[str, Any]) -> list[Output]:
        raise MalformedDocumentError("PDF cannot be read")

    async def sleep(seconds: float) -> None:
        return

    runner = StageRunner(stage=Stage.PARSE, in_schema="invoice.raw.v1", handler=handler, send=send,
                         metrics=stage_metrics(CollectorRegistry()), sleep=sleep)
    asyncio.run(runner.run(json.dumps(RAW).encode(), topic="invoice.raw", partition=0, offset=3, key=b"k",
                           headers=[("sig", b"v1=ab")]))
    [value] = sent
    return cast(dict[str, Any], json.loads(value))


def _downstream() -> tuple[Downstream, FakePublisher]:
    publisher = FakePublisher()
    return Downstream(cast(Any, FakeDb()), cast(Any, publisher), settings(), CollectorRegistry(),
                      post=lambda url, body, headers: 503, sleep=lambda _: None), publisher


def _message_record() -> dict[str, Any]:
    downstream, publisher = _downstream()
    assert downstream_shell(downstream, CollectorRegistry()).handle(
        Message("invoice.matched", 1, 9, b"acme|own_system|erp|x-1", b"{not json"))
    [(_, _, value)] = publisher.sent
    return cast(dict[str, Any], json.loads(value))


class Subs:
    def for_event(self, tenant: str, event: str, site: str) -> list[dict[str, Any]]:
        return [{"_id": "acme|hr", "id": "hr", "tenant": "acme", "url": "https://hr.example.hu/in",
                 "events": ["rule.notify"], "secret": Sealer.of(settings()).seal("whsec_hr")}]


def _webhook_record() -> dict[str, Any]:
    downstream, publisher = _downstream()
    downstream.subs = cast(Any, Subs())
    downstream.on_matched(MATCHED)
    [(topic, key, value)] = publisher.sent
    assert (topic, key) == ("downstream.dlq", b"acme")
    return cast(dict[str, Any], json.loads(value))


def test_every_dead_letter_has_the_same_fields_and_a_webhook_delivery_adds_only_its_event() -> None:
    stage, message, webhook = _stage_record(), _message_record(), _webhook_record()
    assert set(stage) == set(message)
    assert set(webhook) - set(stage) == {"event"} and set(stage) <= set(webhook)
    assert (stage["schema"], message["schema"], webhook["schema"]) == ("invoice.dlq.v1", "downstream.dlq.v1",
                                                                       "downstream.dlq.v1")
    assert (stage["stage"], message["stage"], webhook["stage"]) == ("parse", "downstream", "downstream")
    assert (stage["target"], message["target"], webhook["target"]) == ("invoice.raw", "invoice.matched", "webhook:hr")
    assert (webhook["attempts"], webhook["reason"], webhook["error"], webhook["event"]) == (
        5, "receiver_unavailable", "HTTP 503", "rule.notify")
    assert (webhook["original_event_id"], webhook["tenant"], webhook["topic"]) == ("e-1", "acme", "invoice.matched")
    assert stage["headers"] == [{"key": "sig", "value_base64": "djE9YWI="}] and message["headers"] == []


@pytest.mark.parametrize("schema", SCHEMAS)
def test_each_dead_letter_validates_against_both_topics_schemas(schema: str) -> None:
    for record in (_stage_record(), _message_record(), _webhook_record()):
        validate(schema, {**record, "schema": schema})


def test_dlq_list_and_replay_read_each_record_as_before() -> None:
    stage, message, webhook = _stage_record(), _message_record(), _webhook_record()
    assert _row("invoice.dlq", stage)[1:4] == ("parse", "malformed_pdf", "MalformedDocumentError")
    assert _row("downstream.dlq", message)[1:5] == ("invoice.matched", "", "malformed_json", "1")
    assert _row("downstream.dlq", webhook)[1:5] == ("webhook:hr", "rule.notify", "receiver_unavailable", "5")
    assert _row("downstream.dlq", webhook)[-1] == "HTTP 503"
    assert all(field in stage for field in FILTERS["invoice.dlq"])
    assert all(field in message for field in FILTERS["downstream.dlq"])
    assert matches(message, {"target": "invoice.matched", "tenant": None, "reason": "malformed_json"})
    assert (stage["original_event_id"], stage["tenant"]) == (RAW["event_id"], "acme")
    assert original_payload(message) == b"{not json"
    assert json.loads(original_payload(webhook) or b"")["tenant"] == "acme"
