"""A Billingo history back-fill asked for on the Integrációk page or through the API: the job document,
its state transitions and the progress line an administrator reads — pure, no I/O.

A job is one small document (``backfill_jobs``, read and written by ``_id`` only): tenant, connection,
the first invoice date, who asked, ``status`` (queued → running → done | failed), the total Billingo
counted, how many invoices were handled and their outcomes, the last error and the times. The
connection keeps the id of its latest job (``backfill_job``), so nothing ever lists jobs by filter.

The Billingo poller runs it (``billingo/backfill_runner.py``). A job left ``running`` by a restart is
run again from the start: the back-fill is idempotent (an invoice already imported counts as
``unchanged``), so re-running costs listing and comparing, never a duplicate.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from services.core.errors import SchemaViolationError

Doc = dict[str, Any]
# Write the job's progress after this many invoices, or after this many seconds, whichever comes
# first: a person watching sees it move, and a back-fill of 100 000 invoices costs a few thousand
# writes of one document, never one per invoice.
FLUSH_EVERY_INVOICES = 25
FLUSH_EVERY_SECONDS = 2.0
MAX_ERROR_LENGTH = 500
# What the importer's outcomes are called in the progress line (others are summed under "other").
NEW, KNOWN = "imported", "unchanged"


class JobStatus(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


ACTIVE = (JobStatus.QUEUED, JobStatus.RUNNING)


def parse_since(text: str, today: date) -> date:
    """The first invoice date a person typed (``YYYY-MM-DD``), not in the future."""
    try:
        since = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise SchemaViolationError("since must be a date, YYYY-MM-DD") from exc
    if since > today:
        raise SchemaViolationError("since is in the future: there is nothing to back-fill yet")
    return since


def new_job(job_id: str, *, tenant: str, connection_id: str, since: date, requested_by: str, now: datetime) -> Doc:
    return {"_id": job_id, "tenant": tenant, "connection_id": connection_id, "since": since.isoformat(),
            "requested_by": requested_by, "status": JobStatus.QUEUED.value, "total": None, "done": 0,
            "outcomes": {}, "last_error": None, "attempts": 0, "requested_at": now, "started_at": None,
            "finished_at": None, "updated_at": now}


def is_active(job: Mapping[str, Any] | None) -> bool:
    """Queued or running: a new request for the connection waits for this one."""
    return job is not None and job.get("status") in ACTIVE


def started(job: Mapping[str, Any], *, total: int, now: datetime) -> Doc:
    """Running from the start (a re-run after a restart counts again: nothing is imported twice)."""
    return {**job, "status": JobStatus.RUNNING.value, "total": total, "done": 0, "outcomes": {},
            "last_error": None, "attempts": int(job.get("attempts") or 0) + 1, "started_at": now,
            "finished_at": None, "updated_at": now}


def advanced(job: Mapping[str, Any], outcomes: Mapping[str, int], *, now: datetime) -> Doc:
    """The progress so far: the outcome counts, and their sum as ``done``."""
    counts = {k: int(v) for k, v in outcomes.items() if v}
    return {**job, "outcomes": counts, "done": sum(counts.values()), "updated_at": now}


def finished(job: Mapping[str, Any], outcomes: Mapping[str, int], *, complete: bool, errors: list[str],
             now: datetime) -> Doc:
    """Done when every invoice was handled; failed (asking again goes on safely) otherwise."""
    ended = advanced(job, outcomes, now=now)
    status = JobStatus.DONE if complete and not errors else JobStatus.FAILED
    error = (errors[-1] if errors else None) if status is JobStatus.FAILED else None
    if status is JobStatus.FAILED and error is None:
        error = "not every invoice was handled"
    return {**ended, "status": status.value, "last_error": _clip(error), "finished_at": now}


def failed(job: Mapping[str, Any], error: str, *, now: datetime) -> Doc:
    return {**job, "status": JobStatus.FAILED.value, "last_error": _clip(error), "finished_at": now,
            "updated_at": now}


def flush_due(done: int, flushed: int, seconds_since_flush: float) -> bool:
    """Whether the runner writes the job's progress now."""
    return done - flushed >= FLUSH_EVERY_INVOICES or (done > flushed and seconds_since_flush >= FLUSH_EVERY_SECONDS)


def _clip(text: str | None) -> str | None:
    return None if text is None else text[:MAX_ERROR_LENGTH]


def _n(value: int, lang: str) -> str:
    grouped = f"{value:,}"
    return grouped.replace(",", "\u00a0") if lang == "hu" else grouped


def _counts(job: Mapping[str, Any], lang: str) -> str:
    outcomes: Mapping[str, int] = job.get("outcomes") or {}
    new, known = int(outcomes.get(NEW, 0)), int(outcomes.get(KNOWN, 0))
    failed_n = int(outcomes.get("failed", 0))
    other = sum(int(v) for k, v in outcomes.items() if k not in (NEW, KNOWN, "failed"))
    if lang == "hu":
        parts = [f"{_n(new, lang)} új", f"{_n(known, lang)} már megvolt"]
        parts += [f"{_n(other, lang)} kihagyva vagy csak fizetés"] if other else []
        parts += [f"{_n(failed_n, lang)} hibás"] if failed_n else []
    else:
        parts = [f"{_n(new, lang)} new", f"{_n(known, lang)} already there"]
        parts += [f"{_n(other, lang)} skipped or payments only"] if other else []
        parts += [f"{_n(failed_n, lang)} failed"] if failed_n else []
    return ", ".join(parts)


def _of_total(job: Mapping[str, Any], lang: str) -> str:
    done, total = int(job.get("done") or 0), job.get("total")
    unit = "számla" if lang == "hu" else "invoices"
    return f"{_n(done, lang)} / {_n(int(total), lang)} {unit}" if total is not None else f"{_n(done, lang)} {unit}"


def progress_text(job: Mapping[str, Any]) -> dict[str, str]:
    """The line the page shows, Hungarian and English: "120 / 480 számla — 118 új, 2 már megvolt"."""
    status, since = job.get("status"), str(job.get("since"))
    out: dict[str, str] = {}
    for lang in ("hu", "en"):
        if status == JobStatus.QUEUED:
            out[lang] = (f"Sorban áll: {since} óta kiállított számlák letöltése; a Billingo-lekérdező hamarosan "
                         "elindítja." if lang == "hu" else
                         f"Queued: invoices issued since {since}; the Billingo poller starts it shortly.")
            continue
        line = f"{_of_total(job, lang)} — {_counts(job, lang)}"
        if status == JobStatus.RUNNING:
            out[lang] = f"Folyamatban: {line}" if lang == "hu" else f"Running: {line}"
        elif status == JobStatus.DONE:
            out[lang] = f"Kész: {line}" if lang == "hu" else f"Done: {line}"
        else:
            error = job.get("last_error") or ""
            out[lang] = (f"Megszakadt: {line}. Hiba: {error}. Újraindítható: ami megvan, nem töltődik le kétszer."
                         if lang == "hu" else
                         f"Stopped: {line}. Error: {error}. Ask again: nothing is imported twice.")
    return out


def public_job(job: Mapping[str, Any]) -> Doc:
    """The job as the API and the page show it: its fields (the id as ``id``) and the progress line."""
    shown = {k: v for k, v in job.items() if k != "_id"}
    return {"id": job["_id"], **shown, "progress": progress_text(job)}
