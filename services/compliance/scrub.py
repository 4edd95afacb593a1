"""The integrity scrub: re-read every stored version, decrypt it, hash it, check its time-stamp token.

``szamlatar scrub`` runs one pass (``--tenant`` for one tenant; without it the pass is full and is
recorded in ``scrub_passes``, which the metrics' "age of the last full pass" reads). An outage of our
stores ends the pass with an error (not with findings): a finding is always about the data.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.metrics import ScrubMetrics, scrub_metrics
from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.ops_http import serve_ops
from services.adapters.s3 import S3ObjectStore
from services.core.errors import IntegrityError, NotFoundError, SzamlatarError
from services.core.keys import timestamp_key
from services.core.scrub import Problem, Tally, content_findings, timestamp_finding
from services.timestamps.repository import TimestampRepo
from services.timestamps.service import verify_subject

FULL = "full"
logger = logging.getLogger(__name__)


class ScrubRepo:
    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def count(self, tenant: str | None) -> int:
        with translate_errors("count versions"):
            return self.db.invoice_versions.count_documents({"tenant": tenant} if tenant else {})

    def versions(self, tenant: str | None) -> Iterator[dict[str, Any]]:
        with translate_errors("read versions"):
            yield from self.db.invoice_versions.find({"tenant": tenant} if tenant else {}).sort("_id", 1)

    def record_full_pass(self, tally: Tally, finished: datetime) -> None:
        with translate_errors("record scrub pass"):
            self.db.scrub_passes.replace_one({"_id": FULL}, {
                "_id": FULL, "finished_at": finished, "checked": tally.checked, "failures": tally.failures,
                "by_problem": tally.by_problem()}, upsert=True)

    def last_full_pass(self) -> dict[str, Any] | None:
        with translate_errors("read scrub pass"):
            return self.db.scrub_passes.find_one({"_id": FULL})


def _plaintext_sha256(store: S3ObjectStore, record: dict[str, Any]) -> tuple[str | None, tuple[Problem, str] | None]:
    digest = hashlib.sha256()
    try:
        for chunk in store.stream(store.archive_bucket, record["object_key"], record.get("version_id")):
            digest.update(chunk)
    except NotFoundError as exc:
        return None, (Problem.MISSING, str(exc))
    except IntegrityError as exc:
        return None, (Problem.UNREADABLE, str(exc))
    return digest.hexdigest(), None


def scrub_versions(versions: Iterable[dict[str, Any]], store: S3ObjectStore, chain: bytes, *, queued: set[str],
                   progress: Callable[[int], None] = lambda n: None) -> Tally:
    """Re-read each version record's object; ``queued``: token keys the timestamper's backlog holds."""
    tally, now = Tally(), datetime.now(UTC)
    for record in versions:
        sha, error = _plaintext_sha256(store, record)
        tally.findings += content_findings(record, plaintext_sha256=sha, read_error=error)
        _, problem = verify_subject(store, record["object_key"], record["sha256"], chain)
        found = timestamp_finding(record, problem,
                                  queued=timestamp_key(record["object_key"], record["sha256"]) in queued, now=now)
        if found is not None:
            tally.findings.append(found)
        elif problem is not None:
            tally.pending_timestamps += 1
        tally.checked += 1
        progress(1)
    return tally


def scrub(db: MongoDb, store: S3ObjectStore, chain: bytes, *, tenant: str | None = None,
          progress: Callable[[int], None] = lambda n: None) -> Tally:
    """One pass over the stored versions (``tenant``'s, or all, then recorded as the last full pass)."""
    repo = ScrubRepo(db)
    tally = scrub_versions(repo.versions(tenant), store, chain, queued=TimestampRepo(db).queued_keys(),
                           progress=progress)
    if tenant is None:
        repo.record_full_pass(tally, datetime.now(UTC))
    return tally


def publish(metrics: ScrubMetrics, last_full: dict[str, Any] | None) -> None:
    """The gauges from the last full pass (none yet: they stay absent, and the overdue alert's absent() fires)."""
    if last_full is None:
        return
    metrics.checked.set(last_full["checked"])
    metrics.failures.set(last_full["failures"])
    metrics.last_full_pass.set(last_full["finished_at"].timestamp())


def metrics_registry(db: MongoDb) -> CollectorRegistry:
    registry = CollectorRegistry()
    publish(scrub_metrics(registry), ScrubRepo(db).last_full_pass())
    return registry


def run_scrubber(db: MongoDb, store: S3ObjectStore, chain: bytes, *, every_seconds: float, port: int,
                 host: str = "127.0.0.1", stop: threading.Event | None = None) -> None:
    """The scheduled scrub: a full pass whenever the last one is ``every_seconds`` old (at once when there
    was none), its gauges on ``/metrics`` (read from ``scrub_passes``, so a restart keeps the age right)."""
    stop = stop or threading.Event()
    repo, registry = ScrubRepo(db), CollectorRegistry()
    metrics = scrub_metrics(registry)
    state: dict[str, Any] = {"status": "ok", "running": False}
    server = serve_ops(port, registry, lambda: dict(state), host=host,
                       refresh=lambda: publish(metrics, repo.last_full_pass()))
    try:
        while not stop.is_set():
            last = repo.last_full_pass()
            due = last is None or (datetime.now(UTC) - last["finished_at"]).total_seconds() >= every_seconds
            if due:
                state["running"] = True
                try:
                    tally = scrub(db, store, chain)
                    logger.info("scrub pass: %d versions checked, %d with problems", tally.checked, tally.failures)
                except SzamlatarError as exc:  # an outage of our stores: nothing recorded, try again later
                    logger.warning("scrub pass failed: %s", exc)
                state["running"] = False
            stop.wait(60.0)
    finally:
        server.shutdown()
