"""A Billingo back-fill job's states and the progress line a person reads (``core/backfill.py``)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from services.core import backfill as bf
from services.core.errors import SchemaViolationError

T0 = datetime(2026, 12, 6, 15, 0, tzinfo=UTC)


def job() -> dict[str, object]:
    return bf.new_job("bil-1|a", tenant="acme", connection_id="bil-1", since=date(2024, 1, 1), requested_by="demo",
                      now=T0)


def test_a_date_is_read_and_a_future_or_malformed_one_refused() -> None:
    assert bf.parse_since(" 2024-01-01 ", date(2026, 12, 6)) == date(2024, 1, 1)
    for text in ("2027-01-01", "2024-13-01", "", "tegnap"):
        with pytest.raises(SchemaViolationError):
            bf.parse_since(text, date(2026, 12, 6))


def test_a_job_goes_queued_running_done_with_its_counts() -> None:
    queued = job()
    assert queued["status"] == "queued" and bf.is_active(queued) and not bf.is_active(None)
    running = bf.started(queued, total=480, now=T0)
    assert (running["status"], running["total"], running["attempts"], running["done"]) == ("running", 480, 1, 0)
    moved = bf.advanced(running, {"imported": 118, "unchanged": 2, "skipped": 0}, now=T0 + timedelta(seconds=5))
    assert moved["done"] == 120 and moved["outcomes"] == {"imported": 118, "unchanged": 2}
    done = bf.finished(moved, {"imported": 478, "unchanged": 2}, complete=True, errors=[], now=T0)
    assert done["status"] == "done" and done["done"] == 480 and done["last_error"] is None and not bf.is_active(done)


def test_an_incomplete_run_fails_with_its_last_error_and_a_rerun_counts_from_the_start() -> None:
    moved = bf.advanced(bf.started(job(), total=10, now=T0), {"imported": 4, "failed": 1}, now=T0)
    ended = bf.finished(moved, {"imported": 4, "failed": 1}, complete=False, errors=["document 7: 500", "x" * 900],
                        now=T0)
    assert ended["status"] == "failed" and ended["last_error"] == "x" * bf.MAX_ERROR_LENGTH
    assert bf.finished(moved, {}, complete=False, errors=[], now=T0)["last_error"]  # never failed without a why
    again = bf.started(ended, total=10, now=T0)
    assert again["attempts"] == 2 and again["done"] == 0 and again["outcomes"] == {} and again["last_error"] is None
    assert bf.failed(again, "Billingo down", now=T0)["status"] == "failed"


def test_the_progress_line_says_how_far_and_what_was_new_in_both_languages() -> None:
    running = bf.advanced(bf.started(job(), total=1480, now=T0), {"imported": 118, "unchanged": 2}, now=T0)
    text = bf.progress_text(running)
    assert text["hu"] == "Folyamatban: 120 / 1\u00a0480 számla — 118 új, 2 már megvolt"
    assert text["en"] == "Running: 120 / 1,480 invoices — 118 new, 2 already there"
    assert "Sorban áll" in bf.progress_text(job())["hu"] and "2024-01-01" in bf.progress_text(job())["en"]
    ended = bf.finished(running, {"imported": 118, "unchanged": 2, "skipped": 3, "failed": 1}, complete=False,
                        errors=["document 9: HTTP 500"], now=T0)
    hu = bf.progress_text(ended)["hu"]
    assert hu.startswith("Megszakadt: 124 / 1\u00a0480 számla — 118 új, 2 már megvolt, 3 kihagyva") and "1 hibás" in hu
    assert "document 9: HTTP 500" in hu
    assert bf.progress_text({**running, "status": "done"})["hu"].startswith("Kész: ")


def test_progress_is_written_every_few_invoices_or_seconds_never_per_invoice() -> None:
    assert not bf.flush_due(10, 0, 0.1)
    assert bf.flush_due(bf.FLUSH_EVERY_INVOICES, 0, 0.1)
    assert bf.flush_due(3, 0, bf.FLUSH_EVERY_SECONDS)
    assert not bf.flush_due(3, 3, 60.0)  # nothing new: nothing to write


def test_the_public_job_names_its_id_and_carries_the_line() -> None:
    shown = bf.public_job(job())
    assert shown["id"] == "bil-1|a" and "_id" not in shown and set(shown["progress"]) == {"hu", "en"}
