"""RFC 3161 timestamps against the real stack and the local TSA start.sh runs: an archived version's
token is stored beside it and verifies with plain ``openssl ts -verify`` (and not for another digest);
an audit anchor gets one too; while the TSA is down archiving goes on and the digest waits in the
backlog, stamped once a timestamper can reach the TSA again."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata
from pymongo.database import Database

from services.adapters.kafka_auth import client_options
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings, load_timestamp_settings
from services.core.keys import timestamp_key
from services.core.topics import INVOICE_ARCHIVED
from services.timestamps.service import GROUP
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import SZT, Process, Tenant, metric, szt, wait_until

DOCS = demo_documents(demo_book(4, seed=14))
PORT = int(os.environ.get("SZAMLATAR_TIMESTAMPER_PORT", "8011"))
FAST = ["env", "SZAMLATAR_TIMESTAMP_PASS_SECONDS=1", "SZAMLATAR_TIMESTAMP_RETRY_SECONDS=0.5"]


def _timestamper(*env: str) -> Process:
    return Process("timestamper", [*FAST, *env, SZT, "run", "timestamper"], f"http://127.0.0.1:{PORT}/healthz")


def _start_at_the_end_of_the_archive_topic(settings: Settings) -> None:
    """Commit the timestamper group's offsets at the topic's end. Tests before this one archived
    hundreds of invoices (the chaos drill alone a hundred) that a fresh group would stamp first, well
    past this test's waits; in production the group starts at the beginning, so nothing goes unstamped."""
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, **client_options(settings.kafka_auth),
                             group_id=GROUP, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(INVOICE_ARCHIVED.name, p)
                      for p in consumer.partitions_for_topic(INVOICE_ARCHIVED.name) or ()]
        ends = consumer.end_offsets(partitions)
        consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in ends.items()})
    finally:
        consumer.close()


@pytest.fixture()
def timestamper(settings: Settings) -> Iterator[Process]:
    _start_at_the_end_of_the_archive_topic(settings)
    proc = _timestamper()
    proc.start()
    yield proc
    proc.stop()


def _archived(tenant: Tenant, external_id: str, doc: int) -> dict[str, Any]:
    inv, pdf = DOCS[doc]
    assert tenant.post(external_id, pdf, invoice_metadata(inv)).status_code == 202
    sha = hashlib.sha256(pdf).hexdigest()
    return wait_until(lambda: tenant.db.invoice_versions.find_one({"tenant": tenant.name, "sha256": sha}),
                      timeout=60, what="the archived version")


def _openssl_verify(token: bytes, digest: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    (tmp / "token.tsr").write_bytes(token)
    return subprocess.run(["openssl", "ts", "-verify", "-digest", digest, "-in", str(tmp / "token.tsr"),
                           "-CAfile", load_timestamp_settings().tsa_ca_file], capture_output=True, text=True,
                          check=False)


def test_an_archived_versions_token_verifies_with_openssl_and_not_for_another_digest(
        tenant: Tenant, timestamper: Process, store: S3ObjectStore, settings: Settings, tmp_path: Path) -> None:
    version = _archived(tenant, "ts-1", 0)
    stamped = wait_until(lambda: tenant.db.invoice_versions.find_one(
        {"_id": version["_id"], "timestamp": {"$exists": True}}), timeout=60, what="the version's timestamp")
    key = timestamp_key(version["object_key"], version["sha256"])
    assert stamped["timestamp"]["token_key"] == key
    token = store.read(settings.archive_bucket, key)
    ok = _openssl_verify(token, version["sha256"], tmp_path)
    assert ok.returncode == 0 and "Verification: OK" in ok.stdout, ok.stdout + ok.stderr
    wrong = _openssl_verify(token, hashlib.sha256(b"another document").hexdigest(), tmp_path)
    assert wrong.returncode != 0 and "Verification: FAILED" in wrong.stdout
    assert token not in store.raw(settings.archive_bucket, key)  # stored encrypted like every object
    retention = store.client.get_object_retention(settings.archive_bucket, key)
    assert retention is not None and retention.retain_until_date.date().isoformat() == \
        tenant.db.invoices.find_one({"_id": version["invoice_id"]})["retain_until"]

    verified = szt("timestamp", "verify", version["invoice_id"])
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert f"v1 {version['sha256']}: OK" in verified.stdout

    # an audit anchor is stamped by the timestamper's pass
    assert szt("audit", "verify", "--tenant", tenant.name).returncode == 0
    anchors = store.archived_keys(f"audit-anchors/{tenant.name}/")
    assert anchors
    wait_until(lambda: store.archived_keys(f"timestamps/{anchors[-1]}/"), timeout=30, what="the anchor's token")


def test_while_the_tsa_is_down_archiving_goes_on_and_the_backlog_is_stamped_later(
        tenant: Tenant, db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings) -> None:
    down = _timestamper("SZAMLATAR_TSA_URL=http://127.0.0.1:9/")  # nothing listens on the discard port
    down.start()
    try:
        version = _archived(tenant, "ts-2", 1)  # archived (and searchable) although no TSA answers
        key = timestamp_key(version["object_key"], version["sha256"])
        wait_until(lambda: db.timestamp_backlog.find_one({"_id": key}), timeout=60, what="the digest in the backlog")
        wait_until(lambda: (metric(down, "szamlatar_timestamp_backlog", {}) or 0) >= 1, timeout=30,
                   what="the backlog metric")
        assert store.latest(key) is None
        assert szt("timestamp", "verify", version["invoice_id"]).returncode == 1
    finally:
        down.stop()
    # Each failed try doubles the wait (capped at an hour): skip the wait the down phase built up.
    db.timestamp_backlog.update_one({"_id": key}, {"$set": {"next_try_at": datetime.now(UTC)}})
    up = _timestamper()
    up.start()
    try:
        wait_until(lambda: store.latest(key), timeout=60, what="the backlogged digest stamped")
        assert db.timestamp_backlog.find_one({"_id": key}) is None
        assert szt("timestamp", "verify", version["invoice_id"]).returncode == 0
    finally:
        up.stop()
