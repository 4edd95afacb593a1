"""``backfill_jobs``: one small document per Billingo history back-fill an administrator asked for
(``core/backfill.py`` shapes it). Read and written by ``_id`` only — the connection keeps its latest
job's id (``backfill_job``), so no question ever filters the collection, however many jobs it holds."""

from __future__ import annotations

from typing import Any

from services.adapters.mongo import MongoDb, translate_errors

Doc = dict[str, Any]


class BackfillJobs:
    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def get(self, job_id: str) -> Doc | None:
        with translate_errors("get backfill job"):
            return self.db.backfill_jobs.find_one({"_id": job_id})

    def save(self, job: Doc) -> None:
        """The job, replaced whole (its progress is a few counters on the one document)."""
        with translate_errors("save backfill job"):
            self.db.backfill_jobs.replace_one({"_id": job["_id"]}, job, upsert=True)

    def claim(self, job: Doc, attempts: int) -> bool:
        """Store ``job`` if the stored one still has ``attempts`` starts: a compare-and-set, so two
        runners never both start the same job from the same state."""
        with translate_errors("claim backfill job"):
            result = self.db.backfill_jobs.replace_one({"_id": job["_id"], "attempts": attempts}, job)
        return bool(result.matched_count)
