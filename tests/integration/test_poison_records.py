"""Every consumer survives any record (issue 9, point 4), one test per consumed topic.

A tombstone (a record without a value) and a record whose value and key are not UTF-8 are produced
with kafka-python straight to the topic — on every partition, so whichever partition the good event
lands on, the consumer meets the bad ones first. Then a good event follows through the normal path.
Each bad record must be in its consumer's dead-letter topic with its reason, the good event must be
processed, the consumer's group must have committed past all of them (nothing is left behind), and
the consumer process must still answer /healthz.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
import requests
from kafka import KafkaConsumer, KafkaProducer

from services.adapters.admin import create_token
from services.adapters.kafka_producer import EventPublisher
from services.adapters.reference_repo import ReferenceRepo
from services.adapters.settings import Settings
from services.core.enums import Role
from services.core.errors import NotFoundError
from services.core.keys import invoice_id_of
from services.core.payments import PaymentObservation, observed_event
from services.core.reference import RefKind
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import (
    Process,
    Tenant,
    consume_matching,
    json_objects,
    metric,
    szt,
    wait_for_group_caught_up,
    wait_until,
)

DOCS = demo_documents(demo_book(6, seed=59))
BAD_VALUE = b"\xff\xfe\x00 not UTF-8 "
DOWNSTREAM, STATUS_SYNC = "szamlatar-downstream", "szamlatar-status-sync"


@pytest.fixture(scope="module")
def producer(settings: Settings) -> Iterator[KafkaProducer]:
    raw = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all", client_id="tests-poison")
    yield raw
    raw.close(timeout=30)


def poison(producer: KafkaProducer, topic: str, marker: str) -> set[tuple[str, int, int]]:
    """A tombstone and a record that is not UTF-8 (value and key) on every partition of ``topic``;
    where each landed, as (topic, partition, offset)."""
    landed: set[tuple[str, int, int]] = set()
    for partition in sorted(producer.partitions_for(topic)):
        for key, value in ((f"{marker}|tombstone".encode(), None), (b"\xff" + f"{marker}|binary".encode(), BAD_VALUE)):
            meta = producer.send(topic, key=key, value=value, partition=partition).get(timeout=30)
            landed.add((topic, meta.partition, meta.offset))
    return landed


def dead_letters(settings: Settings, dlq: str, predicate: Callable[[dict[str, Any]], bool], count: int,
                 timeout: float = 60.0) -> list[dict[str, Any]]:
    """``count`` records of ``dlq`` (read from the start) that satisfy ``predicate``."""
    found: dict[str, dict[str, Any]] = {}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and len(found) < count:
        consumer = KafkaConsumer(dlq, bootstrap_servers=settings.kafka_bootstrap, auto_offset_reset="earliest",
                                 enable_auto_commit=False, group_id=None, consumer_timeout_ms=1000)
        try:
            for record in json_objects(consumer):
                if predicate(record):
                    found[record["event_id"]] = record
        finally:
            consumer.close()
    assert len(found) >= count, f"{len(found)} of {count} dead letters on {dlq} within {timeout:.0f}s: {found}"
    return list(found.values())


def assert_invoice_dlq(settings: Settings, landed: set[tuple[str, int, int]], stage: str) -> None:
    """Each poisoned record is in invoice.dlq from ``stage``, with its reason and its value carried."""
    records = dead_letters(settings, "invoice.dlq", lambda r: r.get("stage") == stage
                           and (r["topic"], r.get("partition"), r.get("offset")) in landed, len(landed))
    assert {(r["topic"], r["partition"], r["offset"]) for r in records} == landed
    for r in records:
        if r["reason"] == "tombstone":
            assert (r["payload"], r["payload_encoding"]) == ("", "none")
            assert r["key"].endswith("|tombstone")
        else:
            assert r["reason"] == "not_utf8"
            assert r["payload_encoding"] == "base64" and r["key"].startswith("\ufffd")
    assert sorted(r["reason"] for r in records) == sorted(["tombstone", "not_utf8"] * (len(landed) // 2))


def in_downstream_dlq(settings: Settings, topic: str, marker: str) -> Callable[[set[tuple[str, int, int]]], None]:
    """A check that the poisoned records of ``topic`` are in downstream.dlq with their reasons."""
    def check(landed: set[tuple[str, int, int]]) -> None:
        records = dead_letters(settings, "downstream.dlq", lambda r: r.get("target") == topic
                               and marker in (r.get("key") or ""), len(landed))
        assert sorted((r["reason"], r["payload_encoding"]) for r in records) == sorted(
            [("tombstone", "none"), ("not_utf8", "base64")] * (len(landed) // 2))
    return check


def survives(settings: Settings, producer: KafkaProducer, topic: str, marker: str, *,
             dead_lettered: Callable[[set[tuple[str, int, int]]], None], good: Callable[[], object],
             consumers: dict[str, Process]) -> None:
    """Bad records on ``topic`` are ``dead_lettered``; then the ``good`` event goes through; each consumer
    group has committed to the end of ``topic`` (past the bad records and the good one: nothing is left
    behind) and each consumer process still answers /healthz."""
    dead_lettered(poison(producer, topic, marker))
    good()
    for group, process in consumers.items():
        wait_for_group_caught_up(settings.kafka_bootstrap, group, (topic,), timeout=60)
        assert process.proc is not None and process.proc.poll() is None, f"{process.name} exited; see {process.log}"
        assert requests.get(process.health_url, timeout=5).ok


def downstream_survives(settings: Settings, producer: KafkaProducer, topic: str, tenant: Tenant,
                        downstream: Process, *, good: Callable[[], object]) -> None:
    survives(settings, producer, topic, tenant.name, dead_lettered=in_downstream_dlq(settings, topic, tenant.name),
             good=good, consumers={DOWNSTREAM: downstream})


def archived(tenant: Tenant, external_id: str, index: int) -> Callable[[], object]:
    def post_and_wait() -> object:
        inv, pdf = DOCS[index]
        assert tenant.post(external_id, pdf, invoice_metadata(inv)).status_code == 202
        return wait_until(lambda: tenant.db.invoices.find_one({"tenant": tenant.name, "external_id": external_id}),
                          timeout=60, what=f"{external_id} archived after the bad records")
    return post_and_wait


@pytest.mark.parametrize(("topic", "stage", "index"), [
    pytest.param("invoice.raw", "parse", 0, id="invoice.raw"),
    pytest.param("invoice.parsed", "match", 1, id="invoice.parsed"),
])
def test_the_worker_dead_letters_bad_records_and_goes_on(
        topic: str, stage: str, index: int, tenant: Tenant, worker: Process, producer: KafkaProducer,
        settings: Settings) -> None:
    survives(settings, producer, topic, tenant.name,
             dead_lettered=lambda landed: assert_invoice_dlq(settings, landed, stage),
             good=archived(tenant, f"after-poison-{stage}", index), consumers={settings.app_id: worker})


def test_invoice_matched_bad_records_pass_the_archive_stage_and_downstream(
        tenant: Tenant, worker: Process, downstream: Process, producer: KafkaProducer, settings: Settings) -> None:
    adm = requests.Session()
    adm.headers["Authorization"] = "Bearer " + create_token(tenant.db, tenant=tenant.name, role=Role.ADMIN,
                                                            name="adm")
    # A rule that notifies, with no subscriber: downstream counts the rule.notify nobody got.
    assert adm.put(f"{tenant.api}/api/v1/rules/poison-notify", timeout=10, json={
        "name": "Értesítés", "priority": 5, "conditions": {"sources": ["own_system"]},
        "actions": {"notify": ["penzugy@example.hu"]}}).ok
    nobody = {"outcome": "no_subscriber"}
    before = metric(downstream, "szamlatar_downstream_webhooks_total", nobody) or 0

    def both(landed: set[tuple[str, int, int]]) -> None:
        assert_invoice_dlq(settings, landed, "archive")
        in_downstream_dlq(settings, "invoice.matched", tenant.name)(landed)

    def archived_and_notified() -> object:
        archived(tenant, "after-poison-archive", 2)()
        return wait_until(lambda: (metric(downstream, "szamlatar_downstream_webhooks_total", nobody) or 0) > before,
                          timeout=60, what="downstream to handle the good invoice.matched")

    survives(settings, producer, "invoice.matched", tenant.name, dead_lettered=both, good=archived_and_notified,
             consumers={settings.app_id: worker, DOWNSTREAM: downstream})


def test_invoice_archived_bad_records_are_dead_lettered_by_downstream(
        tenant: Tenant, downstream: Process, producer: KafkaProducer, settings: Settings) -> None:
    def linked() -> object:
        archived(tenant, "after-poison-linked", 3)()
        return consume_matching(settings.kafka_bootstrap, "invoice.linked",
                                lambda e: e.get("tenant") == tenant.name, timeout=60)

    downstream_survives(settings, producer, "invoice.archived", tenant, downstream, good=linked)


def test_reference_changed_bad_records_are_dead_lettered_by_downstream(
        tenant: Tenant, downstream: Process, producer: KafkaProducer, publisher: EventPublisher,
        settings: Settings) -> None:
    def client() -> dict[str, Any] | None:
        try:
            return ReferenceRepo(tenant.db).get(tenant.name, RefKind.CLIENT, "c-after-poison")
        except NotFoundError:
            return None

    def upserted() -> object:
        publisher.publish_raw("reference.changed", tenant.name.encode(), json.dumps({
            "schema": "reference.changed.v1", "tenant": tenant.name, "kind": "client",
            "records": [{"id": "c-after-poison", "name": "Dunakavics Kft.", "tax_number": "12345676-2-41"}],
        }).encode())
        return wait_until(client, timeout=60, what="the client after the bad records")

    downstream_survives(settings, producer, "reference.changed", tenant, downstream, good=upserted)


def test_invoice_payment_bad_records_are_dead_lettered_by_status_sync(
        tenant: Tenant, status_sync: Process, producer: KafkaProducer, publisher: EventPublisher,
        settings: Settings) -> None:
    env = {"tenant": tenant.name, "site": "budapest", "source": {"kind": "billingo", "connection_id": "bil-poison"},
           "external_id": uuid.uuid4().hex, "correlation_id": "c"}
    invoice_id = invoice_id_of(env)

    def applied() -> object:
        now = datetime.now(UTC).isoformat()
        publisher.publish("invoice.payment", observed_event(
            env, invoice_id=invoice_id, invoice_number="E-1", currency="HUF", now=now,
            observation=PaymentObservation((), Decimal(1000), False, "source", now)))
        return wait_until(lambda: tenant.db.payment_state.find_one({"_id": invoice_id}), timeout=60,
                          what="the payment state after the bad records")

    survives(settings, producer, "invoice.payment", tenant.name,
             dead_lettered=lambda landed: assert_invoice_dlq(settings, landed, "status_sync"),
             good=applied, consumers={STATUS_SYNC: status_sync})


def test_the_cli_lists_such_dead_letters_and_does_not_replay_a_tombstone(
        tenant: Tenant, worker: Process, producer: KafkaProducer, settings: Settings) -> None:
    assert_invoice_dlq(settings, poison(producer, "invoice.raw", tenant.name), "parse")
    for reason in ("tombstone", "not_utf8"):
        listed = szt("dlq", "list", "--stage", "parse", "--reason", reason, "--limit", "1000")
        assert listed.returncode == 0, listed.stderr
        assert reason in listed.stdout and "SchemaViolationError" in listed.stdout
    replayed = szt("dlq", "replay", "--stage", "parse", "--reason", "tombstone")
    assert replayed.returncode == 0, replayed.stderr
    assert re.search(r"replayed 0, skipped 0 already replayed, \d+ not replayable", replayed.stdout), replayed.stdout
    assert "a tombstone (no value) cannot be replayed" in replayed.stdout
