"""A message that failed for a reason since fixed is replayed from the DLQ and goes through once."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from services.adapters.kafka_producer import EventPublisher
from services.adapters.own_system_admin import create_producer_connection
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.events import raw_event
from services.core.keys import staging_key
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, consume_matching, wait_until

SZT = str(Path(sys.executable).parent / "szamlatar")


def test_replay_after_the_missing_document_is_staged_archives_the_invoice_once(
    tenant: Tenant, publisher: EventPublisher, settings: Settings, store: S3ObjectStore
) -> None:
    inv, pdf = demo_documents(demo_book(1, seed=31))[0]
    sha = hashlib.sha256(pdf).hexdigest()
    key = staging_key(tenant.name, sha)
    direct = f"{tenant.name}-direct"  # the parse stage refuses events of connections that do not exist
    create_producer_connection(tenant.db, connection_id=direct, tenant=tenant.name)
    event = raw_event(tenant=tenant.name, site="budapest", source_kind="producer", connection_id=direct,
                      external_id="late-pdf", correlation_id="c", now=datetime.now(UTC),
                      metadata=invoice_metadata(inv),
                      document={"sha256": sha, "bucket": settings.staging_bucket, "object_key": key,
                                "media_type": "application/pdf", "size": len(pdf), "filename": None})
    publisher.publish("invoice.raw", event)  # the PDF is not staged yet: NotFound → DLQ
    dead = consume_matching(settings.kafka_bootstrap, "invoice.dlq",
                            lambda r: r.get("original_event_id") == event["event_id"], timeout=60)
    assert (dead["stage"], dead["reason"]) == ("parse", "not_found")

    store.stage(key, pdf, sha)
    run = subprocess.run([SZT, "dlq", "replay", "--stage", "parse", "--reason", "not_found"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    wait_until(lambda: tenant.archived_count() == 1, timeout=60, what="the replayed invoice archived")
    again = subprocess.run([SZT, "dlq", "replay", "--stage", "parse", "--reason", "not_found"],
                           capture_output=True, text=True, timeout=120)
    assert "replayed 0" in again.stdout
    assert tenant.db.invoice_versions.count_documents({"tenant": tenant.name}) == 1
