"""The poller's back-fill jobs (``billingo/backfill_runner.py``) with a fake importer and the jobs twin:
a queued job runs to done with its counts, progress is written every few invoices (not per invoice), a
job cut short by a restart is run again, a job already running here is not started twice, a failure
and a stop are recorded as they should be."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from datetime import UTC, date, datetime
from threading import Event
from typing import Any

from services.billingo.backfill_runner import BackfillRunner
from services.billingo.importer import PassResult
from services.core import backfill as bf
from services.core.connection_model import Connection, connection_of
from services.core.errors import FetchFailedError
from tests.fakes import BackfillJobs

T0 = datetime(2026, 12, 6, 15, 0, tzinfo=UTC)


class Inline(Executor):
    """Runs a submitted job at once (the runner's pool, made synchronous)."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted += 1
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


class Pending(Executor):
    """Keeps what is submitted running (a future never done)."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted += 1
        return Future()


class FakeImporter:
    def __init__(self, outcomes: list[str], *, fail_count: Exception | None = None) -> None:
        self.outcomes, self.fail_count = outcomes, fail_count
        self.calls: list[date] = []
        self.seen_by_jobs: list[dict[str, Any] | None] = []

    def count(self, connection: Connection, since: date) -> int:
        if self.fail_count is not None:
            raise self.fail_count
        return len(self.outcomes)

    def backfill(self, connection: Connection, since: date,
                 progress: Callable[[str], None] | None = None) -> PassResult:
        self.calls.append(since)
        result = PassResult(listed=len(self.outcomes))
        for outcome in self.outcomes:
            result.count(outcome)
            if outcome == "failed":
                result.errors.append("document 9: HTTP 500")
            assert progress is not None
            progress(outcome)
        result.complete = result.failed == 0
        return result


def connection(job_id: str | None) -> Connection:
    doc = {"_id": "bil-1", "kind": "billingo", "tenant": "acme", "site": "budapest", "enabled": False}
    return connection_of({**doc, "backfill_job": job_id} if job_id else doc)


def queued(jobs: BackfillJobs, **fields: Any) -> dict[str, Any]:
    job = {**bf.new_job("bil-1|a", tenant="acme", connection_id="bil-1", since=date(2024, 1, 1),
                        requested_by="demo", now=T0), **fields}
    jobs.save(job)
    return job


def runner(importer: FakeImporter, jobs: BackfillJobs, pool: Executor | None = None,
           stop: Event | None = None) -> BackfillRunner:
    return BackfillRunner(importer=importer, jobs=jobs, pool=pool or Inline(), stop=stop or Event(),
                          clock=lambda: T0, monotonic=lambda: 0.0)


def test_a_queued_job_of_a_paused_connection_runs_to_done_with_its_counts() -> None:
    jobs = BackfillJobs()
    queued(jobs)
    importer = FakeImporter(["imported"] * 118 + ["unchanged"] * 2)
    runner(importer, jobs).tick([connection("bil-1|a")])
    job = jobs.get("bil-1|a")
    assert job is not None and importer.calls == [date(2024, 1, 1)]
    assert (job["status"], job["total"], job["done"]) == ("done", 120, 120)
    assert job["outcomes"] == {"imported": 118, "unchanged": 2} and job["attempts"] == 1
    assert bf.progress_text(job)["hu"] == "Kész: 120 / 120 számla — 118 új, 2 már megvolt"


def test_progress_is_written_every_few_invoices_never_per_invoice() -> None:
    jobs = BackfillJobs()
    queued(jobs)
    before = jobs.saves
    runner(FakeImporter(["imported"] * 1000), jobs).tick([connection("bil-1|a")])
    writes = jobs.saves - before  # the claim, the progress, the end
    assert writes == 1 + 1000 // bf.FLUSH_EVERY_INVOICES + 1


def test_a_job_cut_short_by_a_restart_is_run_again_and_a_finished_one_is_left_alone() -> None:
    jobs = BackfillJobs()
    queued(jobs, status="running", attempts=1, done=40, total=120)
    importer = FakeImporter(["unchanged"] * 40 + ["imported"] * 80)
    run = runner(importer, jobs)
    run.tick([connection("bil-1|a")])
    job = jobs.get("bil-1|a")
    assert job is not None and job["status"] == "done" and job["attempts"] == 2 and job["done"] == 120
    run.tick([connection("bil-1|a")])
    assert len(importer.calls) == 1  # done: not run again
    run.tick([connection(None)])  # a connection never asked has nothing to run
    assert len(importer.calls) == 1


def test_one_job_at_a_time_per_connection() -> None:
    jobs = BackfillJobs()
    queued(jobs)
    pool = Pending()
    run = runner(FakeImporter(["imported"]), jobs, pool)
    run.tick([connection("bil-1|a")])
    run.tick([connection("bil-1|a")])
    assert pool.submitted == 1


def test_another_runner_that_claimed_the_job_first_wins() -> None:
    jobs = BackfillJobs()
    job = queued(jobs)
    jobs.save({**job, "status": "running", "attempts": 1})
    importer = FakeImporter(["imported"])
    runner(importer, jobs).run(connection("bil-1|a"), job)  # it read the job before the other's claim
    assert importer.calls == [] and jobs.get("bil-1|a")["attempts"] == 1  # type: ignore[index]


def test_a_failing_document_or_an_unreachable_billingo_fails_the_job_with_its_error() -> None:
    jobs = BackfillJobs()
    queued(jobs)
    runner(FakeImporter(["imported", "failed"]), jobs).tick([connection("bil-1|a")])
    job = jobs.get("bil-1|a")
    assert job is not None and job["status"] == "failed" and job["last_error"] == "document 9: HTTP 500"
    assert job["outcomes"] == {"imported": 1, "failed": 1}
    jobs2 = BackfillJobs()
    queued(jobs2)
    runner(FakeImporter([], fail_count=FetchFailedError("Billingo unreachable")), jobs2).tick([connection("bil-1|a")])
    failed = jobs2.get("bil-1|a")
    assert failed is not None and failed["status"] == "failed" and "Billingo unreachable" in failed["last_error"]


def test_a_stop_ends_the_job_between_batches_and_leaves_it_running_for_the_next_start() -> None:
    jobs = BackfillJobs()
    queued(jobs)
    stop = Event()
    stop.set()
    runner(FakeImporter(["imported"] * 100), jobs, stop=stop).tick([connection("bil-1|a")])
    job = jobs.get("bil-1|a")
    assert job is not None and job["status"] == "running" and bf.is_active(job)
