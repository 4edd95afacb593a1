"""A paused connection on the real stack (``core/pausing.py``): the own-system webhook answers a signed
request 503 ``disabled`` with Retry-After and records nothing (the same request is taken after the
resume), a paused producer's record goes to the DLQ with reason ``disabled`` while the resumed one's
are archived, and the S3 inbox leaves a paused tenant's drop in place until the resume."""

from __future__ import annotations

import io
import json
import time
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.kafka_producer import EventPublisher
from services.adapters.own_system_admin import create_producer_connection
from services.adapters.s3_inbox import S3Inbox
from services.adapters.settings import Settings
from services.adapters.webhook_client import post_signed, webhook_body
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, consume_matching, szt, wait_until
from tests.integration.test_producers import _event, _inline

DOCS = demo_documents(demo_book(3, seed=57))


def _pause(db: Database[dict[str, Any]], connection_id: str, enabled: bool) -> None:
    db.connections.update_one({"_id": connection_id}, {"$set": {"enabled": enabled}})


def test_a_paused_webhook_answers_503_disabled_and_takes_the_same_request_after_the_resume(
    tenant: Tenant, db: Database[dict[str, Any]]
) -> None:
    inv, pdf = DOCS[0]
    url = f"{tenant.api}/api/v1/webhooks/{tenant.connection_id}"
    body = webhook_body("paused-1", pdf, filename="paused-1.pdf", invoice=invoice_metadata(inv))
    ts = int(time.time())
    _pause(db, tenant.connection_id, False)
    refused = post_signed(requests.Session(), url, tenant.secret, body, timestamp=ts)
    assert refused.status_code == 503, refused.text
    assert refused.json()["detail"]["reason"] == "disabled" and int(refused.headers["Retry-After"]) > 0
    # A wrong signature learns nothing of the pause.
    assert post_signed(requests.Session(), url, "not-the-secret", body, timestamp=ts).status_code == 401
    _pause(db, tenant.connection_id, True)
    # Nothing was recorded while paused: the very same request is new, not a replay.
    taken = post_signed(requests.Session(), url, tenant.secret, body, timestamp=ts)
    assert taken.status_code == 202, taken.text
    wait_until(lambda: tenant.search(number=inv.number)["total"] == 1, timeout=60, what="the invoice archived")
    assert tenant.archived_count() == 1


def test_a_paused_producers_record_is_dead_lettered_as_disabled_and_a_resumed_ones_archived(
    tenant: Tenant, db: Database[dict[str, Any]], publisher: EventPublisher, settings: Settings
) -> None:
    conn = f"{tenant.name}-producer"
    create_producer_connection(db, connection_id=conn, tenant=tenant.name)
    _pause(db, conn, False)
    # Changing the producer's settings keeps it paused.
    assert create_producer_connection(db, connection_id=conn, tenant=tenant.name, url_hosts=["erp.example.hu"])[
        "enabled"] is False
    inv, pdf = DOCS[1]
    held = _event(tenant, conn, "while-paused", _inline(pdf), invoice_metadata(inv))
    publisher.publish_raw("invoice.raw", f"{tenant.name}|p".encode(), json.dumps(held).encode())
    dlq = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                           lambda r: r.get("original_event_id") == held["event_id"]
                           or held["event_id"] in r.get("payload", ""), timeout=60)
    assert (dlq["stage"], dlq["reason"]) == ("parse", "disabled"), dlq["message"]
    assert tenant.search(number=inv.number)["total"] == 0
    _pause(db, conn, True)
    publisher.publish("invoice.raw", _event(tenant, conn, "after-resume", _inline(pdf), invoice_metadata(inv)))
    wait_until(lambda: tenant.search(number=inv.number)["total"] == 1, timeout=60, what="the resumed producer's")


def test_the_s3_inbox_leaves_a_paused_tenants_drop_until_the_resume(
    tenant: Tenant, db: Database[dict[str, Any]], settings: Settings
) -> None:
    inbox = S3Inbox(settings)
    export = f"{tenant.name}-export"
    db.connections.insert_one({"_id": export, "kind": "export", "tenant": tenant.name, "site": "budapest",
                               "enabled": False})
    inv, pdf = DOCS[2]
    key = f"inbox/{tenant.name}/{inv.number}.pdf"
    inbox.client.put_object(inbox.bucket, key, io.BytesIO(pdf), len(pdf))
    once = ["run", "s3-inbox", "--tenant", tenant.name, "--site", "budapest", "--settle", "0", "--once"]
    skipped = szt(*once)
    assert skipped.returncode == 0, skipped.stderr
    assert [o.key for o in inbox.list(f"inbox/{tenant.name}/")] == [key] and skipped.stdout.strip() == ""
    _pause(db, export, True)
    taken = szt(*once)
    assert taken.returncode == 0, taken.stderr
    assert json.loads(taken.stdout.strip().splitlines()[-1])["imported_count"] == 1
    assert not inbox.list(f"inbox/{tenant.name}/")
    wait_until(lambda: tenant.search(number=inv.number)["total"] == 1, timeout=60, what="the inbox invoice archived")
