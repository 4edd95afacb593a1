"""The timestamper: archiving never waits for the TSA — a digest it fails on waits in the backlog, is
tried again later and then stored beside its version; audit anchors are stamped too."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.tsp import verify_token
from services.core.timestamps import retry_at
from services.timestamps.service import build_shell, verify_versions
from tests.unit.compliance.fakes import NOW, World

SHA = hashlib.sha256(b"pdf v1").hexdigest()


def archived(sha: str = SHA) -> dict[str, Any]:
    return {"tenant": "acme", "invoice_id": "inv-1", "sha256": sha, "object_key": "acme/invoices/inv-1.pdf",
            "version": 1}


TOKEN_KEY = f"timestamps/acme/invoices/inv-1.pdf/{SHA}.tsr"


def test_an_archived_version_gets_its_token_beside_it_kept_as_long_as_the_invoice(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    w.repo.retention["inv-1"] = date(2033, 12, 31)
    assert w.stamper.on_archived(archived()) == []
    token, _, retain = w.store.objects[TOKEN_KEY]
    assert verify_token(token, SHA, w.chain).sha256 == SHA
    assert retain == date(2033, 12, 31)
    assert f"inv-1:{SHA}" in w.repo.marked
    assert w.sample("szamlatar_timestamps_total", {"subject": "version", "outcome": "ok"}) == 1
    w.stamper.on_archived(archived())  # a replay asks the TSA nothing
    assert w.tsa.requests == 1


def test_when_the_tsa_is_down_the_digest_waits_in_the_backlog_and_is_stamped_later(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    w.tsa.up = False
    assert w.stamper.on_archived(archived()) == []  # the record is done: the offset moves on
    assert TOKEN_KEY not in w.store.objects and TOKEN_KEY in w.repo.backlog
    assert w.sample("szamlatar_timestamps_total", {"subject": "version", "outcome": "backlogged"}) == 1
    w.clock_at = NOW + timedelta(minutes=30)
    w.stamper.refresh_gauges()
    assert (w.sample("szamlatar_timestamp_backlog"), w.sample("szamlatar_timestamp_backlog_oldest_age_seconds")) \
        == (1, 1800)
    assert w.stamper.drain_backlog() == 0  # still down: attempt 2, the next wait doubles
    assert w.repo.backlog[TOKEN_KEY]["attempts"] == 2
    w.tsa.up = True
    w.clock_at += timedelta(minutes=5)
    assert w.stamper.drain_backlog() == 1
    assert TOKEN_KEY in w.store.objects and not w.repo.backlog
    w.stamper.refresh_gauges()
    assert w.sample("szamlatar_timestamp_backlog_oldest_age_seconds") == 0
    # the retention a backlog entry carries is the one the version had
    assert w.store.objects[TOKEN_KEY][2] == date(NOW.year + 8, 12, 31)


def test_audit_anchors_without_a_token_are_stamped_once(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    body = b'{"seq": 3}'
    w.store.archive("audit-anchors/acme/000000000003.json", body, hashlib.sha256(body).hexdigest(), date(2034, 12, 31))
    assert w.stamper.stamp_anchors() == 1
    key = f"timestamps/audit-anchors/acme/000000000003.json/{hashlib.sha256(body).hexdigest()}.tsr"
    assert verify_token(w.store.objects[key][0], hashlib.sha256(body).hexdigest(), w.chain)
    assert w.stamper.stamp_anchors() == 0 and w.tsa.requests == 1


def test_verify_versions_reports_a_missing_and_a_wrong_token(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    w.stamper.on_archived(archived())
    other = hashlib.sha256(b"pdf v2").hexdigest()
    versions = [{"version": 1, "sha256": SHA, "object_key": "acme/invoices/inv-1.pdf"},
                {"version": 2, "sha256": other, "object_key": "acme/invoices/inv-1.pdf"}]
    ok, missing = verify_versions(w.store, versions, w.chain)  # type: ignore[arg-type]
    assert ok.info is not None and ok.problem is None
    assert missing.info is None and missing.problem == "no time-stamp token yet"
    # v2's token slot holding v1's token: it vouches for another digest
    w.store.archive(f"timestamps/acme/invoices/inv-1.pdf/{other}.tsr", *w.store.objects[TOKEN_KEY])
    _, wrong = verify_versions(w.store, versions, w.chain)  # type: ignore[arg-type]
    assert wrong.problem == "the time-stamp token is for another digest"


def test_retry_waits_double_and_are_capped_at_an_hour() -> None:
    assert [(retry_at(n, NOW, 60) - NOW).total_seconds() for n in (1, 2, 3, 10)] == [60, 120, 240, 3600]


def test_the_timestamper_runs_invoice_archived_through_the_consumer_shell(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    shell = build_shell(w.stamper, CollectorRegistry(), publisher=None)  # type: ignore[arg-type]
    assert shell.topics == ("invoice.archived",)
