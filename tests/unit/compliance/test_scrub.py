"""The integrity scrub re-reads every version: a flipped byte in the stored object, bytes that hash to
something else, a missing object, a missing or wrong token are each reported by invoice; a token the
timestamper still has queued is pending, not a failure."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from services.compliance.scrub import scrub_versions
from services.core.scrub import NO_TOKEN, Problem, Tally, timestamp_finding
from tests.unit.compliance.fakes import World

KEY = "acme/invoices/{}.pdf"


def _archive(w: World, invoice: str, body: bytes) -> dict[str, Any]:
    sha = hashlib.sha256(body).hexdigest()
    w.store.archive(KEY.format(invoice), body, sha, date(2034, 12, 31))
    record = {"tenant": "acme", "invoice_id": invoice, "version": 1, "sha256": sha,
              "object_key": KEY.format(invoice), "version_id": "v1"}
    w.stamper.on_archived(record)
    return record


def test_a_sound_archive_scrubs_clean(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    records = [_archive(w, f"inv-{i}", f"%PDF invoice {i}".encode() * 5000) for i in range(3)]
    ticks: list[int] = []
    tally = scrub_versions(records, w.store, w.chain, queued=set(), progress=ticks.append)  # type: ignore[arg-type]
    assert (tally.checked, tally.failures, tally.findings, len(ticks)) == (3, 0, [], 3)


def test_a_flipped_byte_in_the_stored_object_is_reported_by_invoice(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    good, bad = _archive(w, "inv-good", b"%PDF good" * 9000), _archive(w, "inv-bad", b"%PDF bad" * 9000)
    sealed = bytearray(w.store.sealed[bad["object_key"]])
    sealed[len(sealed) // 2] ^= 0x40  # bit rot in the middle of the body
    w.store.sealed[bad["object_key"]] = bytes(sealed)
    tally = scrub_versions([good, bad], w.store, w.chain, queued=set())  # type: ignore[arg-type]
    assert tally.failures == 1
    assert list(tally.by_invoice()) == ["inv-bad"]
    assert [f.problem for f in tally.by_invoice()["inv-bad"]] == [Problem.UNREADABLE]


def test_other_bytes_a_missing_object_and_a_missing_token_are_findings(tsa_dir: Path) -> None:
    w = World(tsa_dir)
    changed = _archive(w, "inv-1", b"%PDF one") | {"sha256": hashlib.sha256(b"what was archived").hexdigest()}
    gone = {"tenant": "acme", "invoice_id": "inv-2", "version": 1, "sha256": "ab" * 32,
            "object_key": KEY.format("inv-2"), "version_id": "v1"}
    tally = scrub_versions([changed, gone], w.store, w.chain, queued=set())  # type: ignore[arg-type]
    found = {(f.invoice_id, f.problem) for f in tally.findings}
    assert found == {("inv-1", Problem.SHA256), ("inv-1", Problem.TIMESTAMP), ("inv-2", Problem.MISSING),
                     ("inv-2", Problem.TIMESTAMP)}
    assert tally.failures == 2 and tally.by_problem() == {"sha256_mismatch": 1, "timestamp": 2, "missing": 1}


def test_a_token_waiting_in_the_backlog_or_for_a_fresh_version_is_pending_not_a_failure() -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    record = {"tenant": "acme", "invoice_id": "inv-1", "version": 2, "archived_at": now - timedelta(days=2)}
    assert timestamp_finding(record, NO_TOKEN, queued=True, now=now) is None
    assert timestamp_finding(record, NO_TOKEN, queued=False, now=now) is not None
    fresh = record | {"archived_at": now - timedelta(minutes=5)}
    assert timestamp_finding(fresh, NO_TOKEN, queued=False, now=now) is None
    assert timestamp_finding(record, "the time-stamp token is for another digest", queued=True, now=now) is not None
    assert Tally().failures == 0
