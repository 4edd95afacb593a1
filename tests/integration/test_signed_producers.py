"""A producer connection with its own Kafka principal: its signing secret is shown once (API and CLI),
kept sealed, and the parse stage takes only records signed with it — a replay from the DLQ included.
On the open test stack; the broker-side half (SASL, ACLs) is tests/integration/test_kafka_acl.py."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
from datetime import UTC, datetime
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.kafka_producer import EventPublisher
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.enums import Role
from services.core.events import raw_event
from services.core.keys import partition_key_of, staging_key
from services.core.source_binding import SIGNATURE_HEADER, sign_record
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import SZT, Tenant, consume_matching, wait_until

DOCS = demo_documents(demo_book(4, seed=53))


def _event(tenant: Tenant, connection_id: str, external_id: str, pdf: bytes, invoice: Any) -> dict[str, Any]:
    return raw_event(tenant=tenant.name, site="budapest", source_kind="producer", connection_id=connection_id,
                     external_id=external_id, correlation_id=external_id, now=datetime.now(UTC),
                     metadata=invoice_metadata(invoice),
                     document={"content_base64": base64.b64encode(pdf).decode(), "media_type": "application/pdf",
                               "sha256": hashlib.sha256(pdf).hexdigest()})


def _send(publisher: EventPublisher, event: dict[str, Any], secret: str | None) -> None:
    """As a billing system does (schemas/README.md): the signature over exactly the bytes it sends."""
    key, value = partition_key_of(event).encode(), json.dumps(event).encode()
    headers = [(SIGNATURE_HEADER, sign_record(secret, key, value).encode())] if secret else []
    publisher.publish_raw("invoice.raw", key, value, headers=headers)


def _archived(tenant: Tenant, number: str) -> bool:
    return bool(tenant.search(number=number)["items"])


def test_a_producer_with_a_kafka_principal_gets_its_secret_once_and_only_signed_records_pass(
    tenant: Tenant, db: Database[dict[str, Any]], publisher: EventPublisher, settings: Settings
) -> None:
    admin = requests.Session()
    admin.headers["Authorization"] = "Bearer " + create_token(db, tenant=tenant.name, role=Role.ADMIN, name="t")
    conn, principal = f"{tenant.name}-signed", f"producer-{tenant.name}"
    created = admin.post(f"{tenant.api}/api/v1/producers", json={"id": conn, "kafka_principal": principal},
                         timeout=30)
    assert created.status_code == 201, created.text
    assert created.json()["kafka_principal"] == f"User:{principal}"
    secret = created.json()["signing_secret"]
    shown = admin.get(f"{tenant.api}/api/v1/producers/{conn}", timeout=30).json()
    assert shown["kafka_principal"] == f"User:{principal}" and "signing_secret" not in shown
    stored = db.connections.find_one({"_id": conn})
    assert stored is not None and len(stored["signing_secrets"]) == 1
    assert secret not in json.dumps(stored, default=str)  # sealed with the KEK, like webhook secrets
    taken = admin.post(f"{tenant.api}/api/v1/producers", json={"id": f"{conn}-2", "kafka_principal": principal},
                       timeout=30)
    assert taken.status_code == 422 and "belongs to" in taken.text  # one principal, one connection

    (inv1, pdf1), (inv2, pdf2), (inv3, pdf3) = DOCS[0], DOCS[1], DOCS[2]
    signed = _event(tenant, conn, "signed", pdf1, inv1)
    unsigned = _event(tenant, conn, "unsigned", pdf2, inv2)
    forged = _event(tenant, conn, "forged", pdf3, inv3)
    _send(publisher, signed, secret)
    _send(publisher, unsigned, None)
    _send(publisher, forged, "a-guessed-secret")
    for event, reason in ((unsigned, "missing_signature"), (forged, "bad_signature")):
        dead = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                                lambda r, e=event: r.get("original_event_id") == e["event_id"], timeout=60)
        assert (dead["stage"], dead["reason"]) == ("parse", reason), dead["message"]
    wait_until(lambda: _archived(tenant, inv1.number), timeout=60, what="the signed invoice archived")
    assert not _archived(tenant, inv2.number) and not _archived(tenant, inv3.number)


def test_a_signed_record_replayed_from_the_dlq_after_a_secret_rotation_still_verifies(
    tenant: Tenant, publisher: EventPublisher, settings: Settings, store: S3ObjectStore
) -> None:
    conn, principal = f"{tenant.name}-cli", f"User:producer-{tenant.name}-cli"
    made = subprocess.run([SZT, "producer", "create", conn, "--tenant", tenant.name, "--kafka-principal", principal],
                          capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr
    first = re.search(r"signing secret \(shown once[^)]*\): (\S+)", made.stdout)
    assert first, made.stdout
    again = subprocess.run([SZT, "producer", "create", conn, "--tenant", tenant.name, "--site", "budapest"],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and "signing secret: unchanged" in again.stdout, again.stdout + again.stderr
    assert first.group(1) not in again.stdout

    # Signed with the first secret, refused for a reason of its own: its PDF is not staged yet.
    inv, pdf = DOCS[3]
    sha = hashlib.sha256(pdf).hexdigest()
    late = raw_event(tenant=tenant.name, site="budapest", source_kind="producer", connection_id=conn,
                     external_id="late", correlation_id="late", now=datetime.now(UTC), metadata=invoice_metadata(inv),
                     document={"sha256": sha, "bucket": settings.staging_bucket, "size": len(pdf),
                               "object_key": staging_key(tenant.name, sha), "media_type": "application/pdf"})
    _send(publisher, late, first.group(1))
    dead = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                            lambda r: r.get("original_event_id") == late["event_id"], timeout=60)
    assert (dead["stage"], dead["reason"]) == ("parse", "not_found"), dead["message"]
    assert [h["key"] for h in dead["headers"]] == [SIGNATURE_HEADER]

    rotated = subprocess.run([SZT, "producer", "rotate-secret", conn], capture_output=True, text=True, timeout=60)
    assert rotated.returncode == 0 and first.group(1) not in rotated.stdout, rotated.stderr
    store.stage(staging_key(tenant.name, sha), pdf, sha)
    replay = subprocess.run([SZT, "dlq", "replay", "--stage", "parse", "--reason", "not_found", "--tenant",
                             tenant.name], capture_output=True, text=True, timeout=120)
    assert replay.returncode == 0, replay.stderr
    # The replay carries the producer's header, and the previous secret is still valid after a rotation.
    wait_until(lambda: _archived(tenant, inv.number), timeout=60, what="the replayed signed invoice archived")
