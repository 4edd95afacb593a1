"""The walking skeleton end to end: webhook → Kafka → parse → match → archive → search/PDF."""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from datetime import UTC, datetime

import pytest

from services.adapters.kafka_producer import EventPublisher
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.keys import archive_key
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import Invoice
from tests.integration.conftest import Tenant, consume_matching, wait_until

BOOK = demo_book(12, seed=11)
DOCS: list[tuple[Invoice, bytes]] = demo_documents(BOOK)


def _one(tenant: Tenant, number: str) -> dict:
    items = tenant.search(number=number)["items"]
    return items[0] if len(items) == 1 else {}


def test_signed_webhook_makes_the_invoice_searchable_and_its_pdf_downloads_byte_equal(tenant: Tenant) -> None:
    inv, pdf = DOCS[0]
    tenant.add_client("c-1", inv.buyer.name, inv.buyer.tax_number)
    response = tenant.post("ext-1", pdf, invoice_metadata(inv))
    assert response.status_code == 202, response.text
    assert response.json()["sha256"] == hashlib.sha256(pdf).hexdigest()

    found = wait_until(lambda: _one(tenant, inv.number), timeout=30, what="the invoice in search")
    assert found["client_id"] == "c-1"
    assert found["gross_total"] == str(inv.gross_total)

    # Every search filter finds it.
    buyer_word = inv.buyer.name.split()[0]
    assert tenant.search(client=inv.buyer.tax_number)["total"] == 1
    assert tenant.search(client=buyer_word)["total"] == 1
    assert tenant.search(q=f"{inv.number} {buyer_word}")["total"] == 1
    day = inv.issue_date.isoformat()
    assert tenant.search(issue_from=day, issue_to=day)["total"] == 1
    assert tenant.search(gross_min=str(inv.gross_total), gross_max=str(inv.gross_total))["total"] == 1
    assert tenant.search(gross_min=str(inv.gross_total + 1))["total"] == 0

    detail = tenant.session.get(f"{tenant.api}/api/v1/invoices/{found['id']}", timeout=30).json()
    assert [v["version"] for v in detail["versions"]] == [1]
    assert "tax number" in detail["match"]["explanation"]

    downloaded = tenant.session.get(f"{tenant.api}/api/v1/invoices/{found['id']}/pdf", timeout=30)
    assert downloaded.status_code == 200
    assert downloaded.content == pdf
    audit = tenant.session.get(f"{tenant.api}/api/v1/invoices/{found['id']}/audit", timeout=30).json()["items"]
    assert [e["action"] for e in audit] == ["invoice.archived", "invoice.pdf.read"]


def test_same_webhook_twice_is_one_invoice_and_a_changed_pdf_is_a_second_version(
    tenant: Tenant, store: S3ObjectStore, settings: Settings
) -> None:
    inv, pdf = DOCS[1]
    meta = invoice_metadata(inv)
    # Sent twice as two deliveries (each signed with its own timestamp; an identical request
    # would be a replay, refused with 409 — tests/integration/test_webhook_hardening.py).
    now = int(time.time())
    assert tenant.post("ext-2", pdf, meta, timestamp=now - 1).status_code == 202
    assert tenant.post("ext-2", pdf, meta, timestamp=now).status_code == 202
    first = wait_until(lambda: _one(tenant, inv.number), what="the invoice")
    changed = pdf + b"\n% corrected copy\n"
    assert tenant.post("ext-2", changed, meta).status_code == 202

    def two_versions() -> dict:
        d = tenant.session.get(f"{tenant.api}/api/v1/invoices/{first['id']}", timeout=30).json()
        return d if len(d["versions"]) == 2 else {}

    detail = wait_until(two_versions, what="the second version")
    assert tenant.archived_count() == 1
    assert [v["sha256"] for v in detail["versions"]] == [
        hashlib.sha256(pdf).hexdigest(), hashlib.sha256(changed).hexdigest()]
    for version, expected in ((1, pdf), (2, changed)):
        got = tenant.session.get(f"{tenant.api}/api/v1/invoices/{first['id']}/pdf",
                                 params={"version": version}, timeout=30)
        assert got.content == expected
    # Delivering v1 again makes no third version: wait until the archive stage has seen it.
    reposted_at = datetime.now(UTC).isoformat()
    assert tenant.post("ext-2", pdf, meta, timestamp=now + 1).status_code == 202
    consume_matching(settings.kafka_bootstrap, "invoice.archived",
                     lambda e: e["invoice_id"] == first["id"] and e["outcome"] == "duplicate"
                     and e["occurred_at"] > reposted_at, timeout=60)
    assert len(store.versions(archive_key(tenant.name, first["id"]))) == 2
    assert tenant.archived_count() == 1


def test_the_stored_object_is_not_the_plaintext_pdf(tenant: Tenant, store: S3ObjectStore,
                                                     settings: Settings) -> None:
    inv, pdf = DOCS[2]
    assert tenant.post("ext-3", pdf, invoice_metadata(inv)).status_code == 202
    found = wait_until(lambda: _one(tenant, inv.number), what="the invoice")
    raw = store.raw(settings.archive_bucket, archive_key(tenant.name, found["id"]))
    assert raw != pdf
    assert b"%PDF" not in raw
    assert pdf[200:264] not in raw
    retention = store.client.get_object_retention(settings.archive_bucket, archive_key(tenant.name, found["id"]))
    assert retention is not None and retention.retain_until_date.year == inv.issue_date.year + 8


@pytest.mark.parametrize("mutation", ["bad_signature", "missing_signature", "stale_timestamp", "wrong_secret"])
def test_a_bad_signature_gets_401_and_nothing_is_produced(tenant: Tenant, settings: Settings, mutation: str) -> None:
    inv, pdf = DOCS[3]
    external_id = f"bad-{mutation}"
    import requests

    from services.adapters.webhook_client import webhook_body

    url = f"{tenant.api}/api/v1/webhooks/{tenant.connection_id}"
    body = webhook_body(external_id, pdf, invoice=invoice_metadata(inv))
    if mutation == "bad_signature":
        r = requests.post(url, data=body, headers={"Content-Type": "application/json",
                                                   "X-Szamlatar-Timestamp": str(int(time.time())),
                                                   "X-Szamlatar-Signature": "v1=" + "0" * 64}, timeout=30)
    elif mutation == "missing_signature":
        r = requests.post(url, data=body, headers={"Content-Type": "application/json"}, timeout=30)
    elif mutation == "stale_timestamp":
        r = tenant.post(external_id, pdf, invoice_metadata(inv), timestamp=int(time.time()) - 3600)
    else:
        r = tenant.post(external_id, pdf, invoice_metadata(inv), secret="not-the-secret")
    assert r.status_code == 401
    assert r.json()["detail"]["reason"] in {"bad_signature", "missing_signature", "stale_timestamp"}
    # Nothing reached invoice.raw for this tenant: a valid post afterwards is the only raw event.
    ok = tenant.post("after-bad", pdf, invoice_metadata(inv))
    assert ok.status_code == 202
    raw = consume_matching(settings.kafka_bootstrap, "invoice.raw", lambda e: e.get("tenant") == tenant.name)
    assert raw["external_id"] == "after-bad"


def test_an_invalid_event_goes_to_the_dlq_with_its_reason_and_the_next_valid_one_goes_through(
    tenant: Tenant, publisher: EventPublisher, settings: Settings
) -> None:
    marker = uuid.uuid4().hex
    bad = {"schema": "invoice.raw.v1", "tenant": tenant.name, "marker": marker}  # no envelope, no document
    publisher.publish_raw("invoice.raw", f"{tenant.name}|bad".encode(), json.dumps(bad).encode())
    publisher.publish_raw("invoice.raw", b"garbage", b"\xff not json " + marker.encode())
    dlq = consume_matching(settings.kafka_bootstrap, "invoice.dlq", lambda r: marker in r["payload"]
                           and r["payload_encoding"] == "utf-8" and r["reason"] == "schema_violation")
    assert dlq["stage"] == "parse" and dlq["error_class"] == "SchemaViolationError"
    assert "required" in dlq["message"]
    binary = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                              lambda r: r["payload_encoding"] == "base64" and r["key"] == "garbage")
    assert binary["reason"] == "not_utf8" and "not UTF-8" in binary["message"]

    inv, pdf = DOCS[4]
    assert tenant.post("after-dlq", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: _one(tenant, inv.number), what="the valid invoice after the poison ones")


def test_a_pdf_that_is_not_a_pdf_lands_in_the_dlq_from_the_parse_stage(
    tenant: Tenant, publisher: EventPublisher, settings: Settings, store: S3ObjectStore
) -> None:


    from services.core.events import raw_event
    from services.core.keys import staging_key

    junk = b"%PDF-1.4\n this is not really a pdf " + uuid.uuid4().hex.encode()
    sha = hashlib.sha256(junk).hexdigest()
    store.stage(staging_key(tenant.name, sha), junk, sha)
    from services.adapters.own_system_admin import create_producer_connection

    direct = f"{tenant.name}-direct"  # the parse stage refuses events of connections that do not exist
    create_producer_connection(tenant.db, connection_id=direct, tenant=tenant.name)
    event = raw_event(tenant=tenant.name, site="budapest", source_kind="producer", connection_id=direct,
                      external_id="broken-pdf", correlation_id="c", now=datetime.now(UTC), metadata=None,
                      document={"sha256": sha, "bucket": settings.staging_bucket,
                                "object_key": staging_key(tenant.name, sha), "media_type": "application/pdf",
                                "size": len(junk), "filename": "broken.pdf"})
    publisher.publish("invoice.raw", event)
    dlq = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                           lambda r: r.get("original_event_id") == event["event_id"])
    assert dlq["stage"] == "parse"
    assert dlq["reason"] in {"malformed_pdf", "unsupported_document"}


def test_two_tenants_may_use_the_same_client_id(api: str, db, settings: Settings) -> None:  # type: ignore[no-untyped-def]
    from tests.integration.conftest import Tenant as _Tenant

    first, second = _Tenant(api, db, settings), _Tenant(api, db, settings)
    first.add_client("client-001", "Első Kft.", "12345676-2-41")
    second.add_client("client-001", "Második Bt.", "87654321-2-13")
    names = {c["tenant"]: c["name"] for c in db.clients.find({"id": "client-001",
                                                               "tenant": {"$in": [first.name, second.name]}})}
    assert names == {first.name: "Első Kft.", second.name: "Második Bt."}
