"""Issue 15: an outage of our own stores is waited out, never dead-lettered, and refused at the door
with a quick 503 + Retry-After. The servers are SIGKILLed for longer than the stages' old retry budget
(8 attempts, ~25–30 s, which sent healthy invoices to invoice.dlq) while a backlog flows, then started
again."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from services.adapters.kafka_producer import EventPublisher
from services.adapters.mongo import AuditLog
from services.adapters.settings import Settings
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.audit_chain import verify_chain
from szamlatar_dev.demo.own_system import demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import generate_demo
from tests.chaos.stack import kill_server, start_servers
from tests.chaos.topics import dead_letters_of
from tests.integration.conftest import Process, Tenant, consume_matching, metric, wait_until

COUNT = 120  # a backlog that takes the worker several seconds, so the outage outlasts its first retries
OUTAGE_SECONDS = 40  # longer than the old budget: 0.2·(1+2+…+64) s of full-jitter backoff, at most ~25 s


def _post_all(tenant: Tenant, seed: int) -> None:
    docs = demo_documents(generate_demo(seed=seed, invoices=COUNT))[:COUNT]

    def post(i: int) -> int:
        inv, pdf = docs[i]
        return tenant.post(f"outage-{i}", pdf, invoice_metadata(inv)).status_code

    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(post, range(COUNT))) == {202}


@pytest.mark.parametrize(("server", "dependency"), [
    pytest.param("versitygw", "s3", id="s3"),
    pytest.param("ferretdb", "mongodb", id="ferretdb"),
])
def test_a_store_down_longer_than_the_old_retry_budget_holds_the_backlog_and_then_archives_it_all(
        tenant: Tenant, worker: Process, settings: Settings, servers_back: None, server: str,
        dependency: str) -> None:
    # The worker is held while the invoices come in and the store dies, so the whole backlog meets the
    # outage: racing the worker's speed (about 20 a second since issue 13) let it finish first on CI.
    # Posting takes a few seconds, well inside the consumer's 10 s session.
    with worker.paused():
        _post_all(tenant, seed=31 if server == "versitygw" else 37)
        # The store's count, not the searchable one: the index may lag a worker that has already finished.
        stored = tenant.db.invoice_versions.count_documents({"tenant": tenant.name})
        kill_server(server)
    assert stored < COUNT, "the worker finished before the outage; the test proves nothing"
    down_at = time.monotonic()

    def waiting() -> bool:
        return any(metric(worker, "szamlatar_stage_waiting_on_dependency", {"stage": s, "dependency": dependency})
                   == 1 for s in ("parse", "match", "archive"))

    wait_until(waiting, timeout=30, what=f"a stage to report waiting on {dependency}")
    time.sleep(max(0.0, OUTAGE_SECONDS - (time.monotonic() - down_at)))
    assert waiting(), f"the stage stopped waiting while {server} was still down"
    start_servers()

    wait_until(lambda: tenant.archived_count() >= COUNT, timeout=180, interval=1, what=f"all {COUNT} archived")
    assert tenant.archived_count() == COUNT
    assert tenant.db.invoice_versions.count_documents({"tenant": tenant.name}) == COUNT
    assert dead_letters_of(settings, tenant.name) == []
    wait_until(lambda: not waiting(), timeout=30, what="no stage waiting any more")


def test_kafka_down_the_webhook_answers_503_with_retry_after_quickly_and_the_same_request_succeeds_after(
        tenant: Tenant, worker: Process, settings: Settings, servers_back: None) -> None:
    """An outside run saw the webhook hang 22–30 s with Kafka down (the client's own timeout is 30 s)."""
    inv, pdf = demo_documents(generate_demo(seed=41, invoices=1))[0]
    body = webhook_body("kafka-down-1", pdf, filename="kafka-down-1.pdf", invoice=invoice_metadata(inv))
    url, ts = f"{tenant.api}/api/v1/webhooks/{tenant.connection_id}", int(time.time())
    kill_server("kafka")
    started = time.monotonic()
    refused = post_signed(requests.Session(), url, tenant.secret, body, timestamp=ts)
    took = time.monotonic() - started
    assert refused.status_code == 503, refused.text
    assert took < 5.0, f"the 503 took {took:.1f} s"
    assert int(refused.headers["Retry-After"]) > 0
    assert refused.json()["detail"]["reason"] == "broker_unavailable"
    start_servers()
    # The very same signed request (same timestamp, same body): nothing was accepted, so it is no replay.
    accepted = wait_until(lambda: _accepted(url, tenant.secret, body, ts), timeout=60, interval=1,
                          what="the webhook to accept again once Kafka is back")
    assert accepted.json()["external_id"] == "kafka-down-1"
    wait_until(lambda: tenant.archived_count() >= 1, timeout=120, interval=1, what="the invoice archived")
    time.sleep(3)  # a second copy, had one been published, would be archived by now as well
    assert tenant.archived_count() == 1
    assert tenant.db.invoice_versions.count_documents({"tenant": tenant.name}) == 1


def _accepted(url: str, secret: str, body: bytes, ts: int) -> requests.Response | None:
    response = post_signed(requests.Session(), url, secret, body, timestamp=ts)
    if response.status_code == 503:
        return None
    assert response.status_code == 202, response.text
    return response


def test_an_archive_replayed_after_a_crash_before_the_version_record_writes_no_second_audit_entry(
        tenant: Tenant, worker: Process, settings: Settings, publisher: EventPublisher) -> None:
    """An outside run killed FerretDB between the audit write and the version record: the replay wrote a
    second ``invoice.archived`` entry. Here the crash's aftermath is made by hand (the version record
    removed), and the same ``invoice.matched`` record is delivered again."""
    inv, pdf = demo_documents(generate_demo(seed=43, invoices=1))[0]
    assert tenant.post("audit-once-1", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() == 1, timeout=120, interval=1, what="the invoice archived")
    [view] = tenant.db.invoices.find({"tenant": tenant.name})
    matched = consume_matching(settings.kafka_bootstrap, "invoice.matched",
                               lambda e: e.get("tenant") == tenant.name, timeout=60)
    tenant.db.invoice_versions.delete_many({"tenant": tenant.name})  # the crash: no commit point written
    publisher.publish("invoice.matched", matched)
    wait_until(lambda: tenant.db.invoice_versions.count_documents({"tenant": tenant.name}) == 1, timeout=120,
               interval=1, what="the replayed archive step to write the version record")
    entries = tenant.db.audit_log.find({"tenant": tenant.name, "target": view["_id"], "action": "invoice.archived"})
    assert len(list(entries)) == 1
    chain = list(AuditLog(tenant.db).stream(tenant.name, up_to=AuditLog(tenant.db).head_seq(tenant.name)))
    assert verify_chain(chain).explain().endswith("chain intact")
