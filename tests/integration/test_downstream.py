"""The downstream worker (`szamlatar run downstream`) as a real process against the test stack:
invoice.archived → invoice.linked, certificates and handover documents get their invoices,
outbound webhooks arrive HMAC-signed at a local receiver, are retried on 5xx and end in
downstream.dlq with the reason; rule "notify" actions reach rule.notify subscribers;
reference.changed events from a Kafka producer upsert (and delete) reference data;
`szamlatar dlq replay --topic downstream.dlq` re-POSTs a dead-lettered delivery once a receiver is
fixed (same delivery id, once) and puts a dead-lettered message back on its topic."""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests

from services.adapters.admin import create_token
from services.adapters.kafka_producer import EventPublisher
from services.adapters.reference_repo import ReviewRepo
from services.adapters.settings import Settings
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import render_invoice_pdf
from tests.integration.conftest import SZT, Process, Tenant, consume_matching, metric, szt, wait_until

BOOK = demo_book(6, seed=41)
DOCS = demo_documents(BOOK)


class Receiver:
    """A tiny HTTP receiver: each path answers from a script of status codes (the last repeats)
    and records every request it got, with the status it answered."""

    def __init__(self) -> None:
        self.scripts: dict[str, list[int]] = {}
        self.got: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with outer.lock:
                    script = outer.scripts.get(self.path, [404])
                    status = script.pop(0) if len(script) > 1 else script[0]
                    outer.got.append({"path": self.path, "headers": dict(self.headers), "body": body,
                                      "status": status, "at": time.time()})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def route(self, statuses: list[int]) -> str:
        path = f"/hook/{uuid.uuid4().hex[:8]}"
        self.scripts[path] = list(statuses)
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def answer(self, url: str, statuses: list[int]) -> None:
        """From now on ``url`` answers from this script (a receiver that was fixed)."""
        with self.lock:
            self.scripts[url.split(str(self.server.server_port), 1)[1]] = list(statuses)

    def at_least(self, url: str, n: int) -> list[dict[str, Any]] | None:
        got = self.requests_to(url)
        return got if len(got) >= n else None

    def requests_to(self, url: str) -> list[dict[str, Any]]:
        path = url.split(str(self.server.server_port), 1)[1]
        with self.lock:
            return [r for r in self.got if r["path"] == path]


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


def admin(tenant: Tenant) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {create_token(tenant.db, tenant=tenant.name, role=Role.ADMIN, name='adm')}"
    return s


def ok(response: requests.Response) -> Any:
    assert response.ok, f"{response.status_code} {response.text}"
    return response.json()


def subscribe(tenant: Tenant, url: str, events: list[str] | None = None) -> tuple[str, str]:
    answer = ok(admin(tenant).post(f"{tenant.api}/api/v1/subscriptions",
                                   json={"url": url, **({"events": events} if events else {})}, timeout=30))
    return answer["subscription"]["id"], answer["secret"]


def signed_by(secret: str, request: dict[str, Any]) -> bool:
    ts = request["headers"]["X-Szamlatar-Timestamp"]
    expected = "v1=" + hmac.new(secret.encode(), f"{ts}.".encode() + request["body"], hashlib.sha256).hexdigest()
    fresh = abs(time.time() - int(ts)) < 300
    return fresh and hmac.compare_digest(expected, request["headers"]["X-Szamlatar-Signature"])


def with_text_number(index: int, number: str) -> tuple[Any, bytes, dict[str, Any]]:
    """A demo invoice whose PDF text carries ``number`` (printed in the order-number slot) while
    its structured data names no order: the certificate can only be found in the text."""
    inv = dataclasses.replace(DOCS[index][0], order_number=number)
    meta = invoice_metadata(inv)
    meta["references"] = {}
    return inv, render_invoice_pdf(inv), meta


def add_buyer(tenant: Tenant, inv: Any) -> None:
    ok(admin(tenant).post(f"{tenant.api}/api/v1/reference/client/_bulk", json={"records": [
        {"id": f"{tenant.name}-buyer", "name": inv.buyer.name, "tax_number": inv.buyer.tax_number}]}, timeout=30))


def linked(settings: Settings, tenant: Tenant, number: str) -> dict[str, Any]:
    return consume_matching(settings.kafka_bootstrap, "invoice.linked",
                            lambda e: e.get("tenant") == tenant.name and e.get("invoice_number") == number,
                            timeout=60)


def test_archived_invoice_is_linked_attached_to_its_certificate_and_posted_signed(
        tenant: Tenant, downstream: Process, receiver: Receiver, settings: Settings) -> None:
    adm, base = admin(tenant), f"{tenant.api}/api/v1/reference"
    buyer_id = f"{tenant.name}-buyer"
    add_buyer(tenant, DOCS[0][0])
    ok(adm.put(f"{base}/completion_certificate/tj-1", json={"number": "TJ-2025/0042", "client_id": buyer_id,
                                                             "name": "Teljesítési jegyzőkönyv, 1. ütem"}, timeout=30))
    ok(adm.put(f"{base}/handover/aa-1", json={"number": "AAD-2025/0007", "client_id": buyer_id}, timeout=30))
    url = receiver.route([200])
    sub_id, secret = subscribe(tenant, url)
    listed = ok(adm.get(f"{tenant.api}/api/v1/subscriptions", timeout=30))
    assert [s["id"] for s in listed["items"]] == [sub_id] and secret not in json.dumps(listed)
    assert "secret" not in ok(adm.get(f"{tenant.api}/api/v1/subscriptions/{sub_id}", timeout=30))
    stored = tenant.db.webhook_subscriptions.find_one({"id": sub_id, "tenant": tenant.name})
    assert stored is not None and secret not in json.dumps(stored, default=str)  # sealed, not plain
    # finance may not subscribe; a second subscription deleted again receives nothing
    assert tenant.session.post(f"{tenant.api}/api/v1/subscriptions", json={"url": url}, timeout=30).status_code == 403
    gone_url = receiver.route([200])
    gone_id, _ = subscribe(tenant, gone_url)
    assert adm.delete(f"{tenant.api}/api/v1/subscriptions/{gone_id}", timeout=30).status_code == 204
    assert adm.get(f"{tenant.api}/api/v1/subscriptions/{gone_id}", timeout=30).status_code == 404

    cert_inv, cert_pdf, cert_meta = with_text_number(0, "TJ-2025/0042")
    hand_inv, hand_pdf, hand_meta = with_text_number(1, "AAD-2025/0007")
    hand_meta["buyer"] = cert_meta["buyer"]  # the same buyer (structured data wins over the PDF)
    assert tenant.post("d-cert", cert_pdf, cert_meta).status_code == 202
    assert tenant.post("d-hand", hand_pdf, hand_meta).status_code == 202

    first = linked(settings, tenant, cert_inv.number)
    second = linked(settings, tenant, hand_inv.number)
    assert first["client_id"] == buyer_id and first["certificate_ids"] == ["tj-1"]
    assert second["client_id"] == buyer_id and second["certificate_ids"] == ["aa-1"]
    view = tenant.db.invoices.find_one({"_id": first["invoice_id"]}) or {}
    assert first["schema"] == "invoice.linked.v1" and view.get("certificate_ids") == ["tj-1"]
    assert len(first["lines"]) == len(view["invoice"].get("lines") or [])

    def attached(kind: str, ref_id: str) -> list[str]:
        return list(ok(adm.get(f"{base}/{kind}/{ref_id}", timeout=30)).get("invoice_ids") or [])

    assert wait_until(lambda: attached("completion_certificate", "tj-1"), what="the certificate's invoice") \
        == [first["invoice_id"]]
    assert wait_until(lambda: attached("handover", "aa-1"), what="the handover's invoice") == [second["invoice_id"]]

    got = wait_until(lambda: receiver.at_least(url, 2), timeout=30,
                     what="two webhook deliveries")
    assert {json.loads(r["body"])["invoice_id"] for r in got} == {first["invoice_id"], second["invoice_id"]}
    for r in got:
        assert r["headers"]["X-Szamlatar-Event"] == "invoice.linked"
        assert signed_by(secret, r), "the signature must verify with the secret shown at creation"
        assert not signed_by(secret + "x", r)
    assert receiver.requests_to(gone_url) == []


def test_failing_webhooks_are_retried_then_land_in_dlq_with_the_reason(
        tenant: Tenant, downstream: Process, receiver: Receiver, settings: Settings) -> None:
    inv, pdf = DOCS[2]
    add_buyer(tenant, inv)
    flaky, down, gone = receiver.route([503, 503, 200]), receiver.route([503]), receiver.route([410])
    flaky_id, flaky_secret = subscribe(tenant, flaky)
    down_id, _ = subscribe(tenant, down)
    gone_id, _ = subscribe(tenant, gone)
    assert tenant.post("d-retry", pdf, invoice_metadata(inv)).status_code == 202

    dead = consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                            lambda e: e.get("target") == f"webhook:{down_id}", timeout=90)
    assert dead["tenant"] == tenant.name and dead["attempts"] == 5 and dead["error"] == "HTTP 503"
    assert json.loads(dead["payload"])["invoice_number"] == inv.number
    assert len(receiver.requests_to(down)) == 5
    times = [r["at"] for r in receiver.requests_to(down)]
    assert times[-1] - times[0] >= 3.0, "retries back off instead of hammering the receiver"

    refused = consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                               lambda e: e.get("target") == f"webhook:{gone_id}", timeout=60)
    assert refused["attempts"] == 1 and refused["error"] == "HTTP 410"  # a 4xx is not retried

    tries = wait_until(lambda: receiver.at_least(flaky, 3), timeout=30,
                       what="the flaky receiver's third try")
    assert [r["status"] for r in tries] == [503, 503, 200]
    assert len({r["headers"]["X-Szamlatar-Delivery"] for r in tries}) == 1  # one delivery id to dedupe on
    assert all(signed_by(flaky_secret, r) for r in tries)
    with pytest.raises(AssertionError):
        consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                         lambda e: e.get("target") == f"webhook:{flaky_id}", timeout=3)


def test_rule_notify_reaches_rule_notify_subscribers_signed(
        tenant: Tenant, downstream: Process, receiver: Receiver, settings: Settings) -> None:
    inv, pdf = DOCS[3]
    add_buyer(tenant, inv)
    ok(admin(tenant).put(f"{tenant.api}/api/v1/rules/szolj", json={
        "name": "Pénzügy értesítése", "priority": 5, "conditions": {"sources": ["own_system"]},
        "actions": {"archive": "approval", "notify": ["penzugy@example.hu"]}}, timeout=30))
    notify_url, linked_url = receiver.route([200]), receiver.route([200])
    _, secret = subscribe(tenant, notify_url, ["rule.notify"])
    subscribe(tenant, linked_url, ["invoice.linked"])
    assert tenant.post("d-notify", pdf, invoice_metadata(inv)).status_code == 202

    got = wait_until(lambda: receiver.requests_to(notify_url), timeout=60, what="the rule.notify delivery")
    assert len(got) == 1 and signed_by(secret, got[0])
    assert got[0]["headers"]["X-Szamlatar-Event"] == "rule.notify"
    note = json.loads(got[0]["body"])
    assert note["recipients"] == ["penzugy@example.hu"] and note["held_for_approval"] is True
    assert [r["rule_id"] for r in note["rules"]] == ["szolj"]
    assert note["invoice"]["number"] == inv.number and note["tenant"] == tenant.name
    item = wait_until(lambda: tenant.db.review_queue.find_one({"_id": note["invoice_id"]}),
                      what="the held invoice in the review queue")
    assert item["kind"] == "approval"
    assert receiver.requests_to(linked_url) == []  # held: not archived, so nothing is linked yet


def test_reference_changed_events_from_a_producer_upsert_and_delete(
        tenant: Tenant, downstream: Process, publisher: EventPublisher, settings: Settings) -> None:
    adm, base = admin(tenant), f"{tenant.api}/api/v1/reference"
    client_id = f"{tenant.name}-c1"

    def send(event: dict[str, Any]) -> None:
        publisher.publish_raw("reference.changed", tenant.name.encode(),
                              json.dumps({"schema": "reference.changed.v1", "tenant": tenant.name, **event}).encode())

    send({"kind": "client", "site": "budapest", "records": [
        {"id": client_id, "name": "Dunakavics Építő Kft.", "tax_number": "12345676-2-41"}]})
    send({"kind": "project", "records": [
        {"id": "p-1", "number": "PRJ-2025-11", "name": "Csarnok", "client_id": client_id},
        {"id": "p-2", "number": "PRJ-2025-12", "client_id": client_id}]})
    client = wait_until(lambda: adm.get(f"{base}/client/{client_id}", timeout=30).ok and
                        adm.get(f"{base}/client/{client_id}", timeout=30).json(), what="the client from Kafka")
    assert client["name"] == "Dunakavics Építő Kft." and client["site"] == "budapest"
    assert client["taxpayer_id"] == "12345676"
    projects = wait_until(lambda: ok(adm.get(f"{base}/project", timeout=30))["total"] == 2 and
                          ok(adm.get(f"{base}/project", timeout=30))["items"], what="two projects from Kafka")
    assert {(p["id"], p["number_key"], p["client_id"]) for p in projects} == {
        ("p-1", "PRJ-2025-11", client_id), ("p-2", "PRJ-2025-12", client_id)}

    send({"kind": "project", "op": "delete", "records": [{"id": "p-2"}]})
    send({"kind": "project", "records": [{"id": "p-bad", "name": "no number"}]})
    wait_until(lambda: adm.get(f"{base}/project/p-2", timeout=30).status_code == 404, what="p-2 deleted")
    dead = consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                            lambda e: e.get("target") == "reference.changed" and tenant.name in e.get("payload", ""),
                            timeout=30)
    assert "number is required" in dead["error"]
    assert adm.get(f"{base}/project/p-bad", timeout=30).status_code == 404


def test_a_dead_lettered_delivery_is_replayed_once_with_its_delivery_id_when_the_receiver_is_fixed(
        tenant: Tenant, downstream: Process, receiver: Receiver, settings: Settings) -> None:
    inv, pdf = DOCS[4]
    add_buyer(tenant, inv)
    url = receiver.route([503])
    sub_id, secret = subscribe(tenant, url)
    assert tenant.post("d-replay", pdf, invoice_metadata(inv)).status_code == 202
    dead = consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                            lambda e: e.get("target") == f"webhook:{sub_id}", timeout=90)
    failed = receiver.requests_to(url)
    assert len(failed) == 5 and {r["headers"]["X-Szamlatar-Delivery"] for r in failed} == {dead["event_id"]}
    target = ("--topic", "downstream.dlq", "--target", f"webhook:{sub_id}")
    listed = szt("dlq", "list", *target)
    assert listed.returncode == 0 and f"webhook:{sub_id}" in listed.stdout and "HTTP 503" in listed.stdout, listed

    still_down = szt("dlq", "replay", *target)
    assert still_down.returncode == 1 and "replayed 0, skipped 0 already replayed, 1 failed" in still_down.stdout
    receiver.answer(url, [200])
    replayed = szt("dlq", "replay", *target)
    assert replayed.returncode == 0 and "replayed 1, skipped 0" in replayed.stdout, replayed
    got = receiver.requests_to(url)
    assert [r["status"] for r in got] == [503] * 6 + [200]
    assert got[-1]["headers"]["X-Szamlatar-Delivery"] == dead["event_id"]  # the receiver dedupes on it
    assert got[-1]["body"] == failed[0]["body"] and json.loads(got[-1]["body"])["invoice_number"] == inv.number
    assert signed_by(secret, got[-1])

    again = szt("dlq", "replay", *target)
    assert again.returncode == 0 and "replayed 0, skipped 1 already replayed" in again.stdout, again
    assert len(receiver.requests_to(url)) == 7


def test_a_message_the_worker_cannot_process_is_dead_lettered_and_replayed_to_its_topic(
        tenant: Tenant, downstream: Process, publisher: EventPublisher, settings: Settings) -> None:
    def counted() -> float:
        value = metric(downstream, "szamlatar_downstream_dlq_events_total", {"topic": "invoice.archived"})
        assert value is not None, "the counter exists from the start, at 0"
        return value

    before = counted()
    key = f"{tenant.name}|own_system|{tenant.connection_id}|broken-1".encode()
    value = json.dumps({"schema": "invoice.archived.v1", "tenant": tenant.name, "invoice_id": "broken"}).encode()
    publisher.publish_raw("invoice.archived", key, value)
    dead = consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                            lambda e: e.get("target") == "invoice.archived" and e.get("tenant") == tenant.name,
                            timeout=60)
    assert dead["key"] == key.decode() and json.loads(dead["payload"]) == json.loads(value)
    wait_until(lambda: counted() >= before + 1, timeout=10, what="the dead-lettered event counted")

    target = ("--topic", "downstream.dlq", "--target", "invoice.archived", "--tenant", tenant.name)
    replayed = szt("dlq", "replay", *target)
    assert replayed.returncode == 0 and "replayed 1, skipped 0" in replayed.stdout, replayed
    # Still invalid, so it fails again: a new record (a new offset), which a later replay still sends.
    refailed = consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                                lambda e: e.get("target") == "invoice.archived" and e.get("tenant") == tenant.name
                                and e["event_id"] != dead["event_id"], timeout=60)
    assert refailed["key"] == dead["key"] and refailed["payload"] == dead["payload"]
    wait_until(lambda: counted() >= before + 2, timeout=10, what="the second failure counted")
    assert "replayed 1, skipped 1 already replayed" in szt("dlq", "replay", *target).stdout
    assert "--stage" in szt("dlq", "list", "--topic", "downstream.dlq", "--stage", "parse").stderr


def test_review_queue_gauges_report_held_approvals_apart_from_unconfirmed_matches(
        downstream: Process, db: Any) -> None:
    """Items older than any other test makes: a held invoice 4 days old, an unconfirmed match 10 days
    old, and a 30-day-old approval already decided (not open, not counted)."""
    name, now = "t" + uuid.uuid4().hex[:10], datetime.now(UTC)
    items = [("held", "approval", "open", 4), ("unconfirmed", "match", "open", 10), ("decided", "approval",
                                                                                   "approved", 30)]
    reviews = ReviewRepo(db)  # through the repository, which keeps the tenant's open-item summary the gauges read
    for i, kind, status, days in items:
        reviews.put({"_id": f"{name}-{i}", "tenant": name, "site": "budapest", "kind": kind, "status": status,
                     "created_at": now - timedelta(days=days)})
    try:
        def age(kind: str) -> float:
            return metric(downstream, "szamlatar_review_queue_oldest_age_seconds", {"kind": kind}) or 0

        day = 86400
        assert 4 * day <= age("approval") < 5 * day
        assert 10 * day <= age("match") < 11 * day
        for kind in ("approval", "match"):
            assert (metric(downstream, "szamlatar_review_queue_depth", {"kind": kind}) or 0) >= 1
    finally:
        db.review_queue.delete_many({"tenant": name})
        db.review_open_items.delete_many({"tenant": name})


def test_stack_init_created_the_matching_indexes(db: Any) -> None:
    """`szamlatar stack init` (run by the test stack's start) makes the matching collections' indexes."""
    assert ("tenant", 1) in db.review_queue.index_information().get("tenant_1_status_1_created_at_1", {}).get(
        "key", [])
    assert "tenant_1" in db.webhook_subscriptions.index_information()
    assert "tenant_1_id_1" in db.completion_certificates.index_information()


def test_cli_creates_a_subscription_and_prints_its_secret_once(tenant: Tenant, settings: Settings) -> None:
    import subprocess

    def szt(*args: str) -> str:
        done = subprocess.run([SZT, "subscription", *args], capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout

    out = szt("create", "http://127.0.0.1:9/hook", "--tenant", tenant.name, "--event", "rule.notify", "--id", "hr")
    secret = out.split("secret (shown once): ", 1)[1].strip()
    assert secret.startswith("whsec_")
    listed = szt("list", "--tenant", tenant.name)
    assert listed.startswith("hr\thttp://127.0.0.1:9/hook\trule.notify") and secret not in listed
    refused = subprocess.run([SZT, "subscription", "create", "http://example.com/", "--tenant", tenant.name],
                             capture_output=True, text=True, timeout=60, check=False)
    assert refused.returncode == 2 and "https" in refused.stderr
    assert "deleted hr" in szt("delete", "hr", "--tenant", tenant.name)
