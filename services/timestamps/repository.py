"""The timestamper's MongoDB state: the backlog (``timestamp_backlog``: digests the TSA failed on,
each with its next try), and the token summary on an invoice version record (``timestamp``), which
the API and the UI show. The token itself is in the archive bucket (``core/keys.timestamp_key``)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.tsp import TokenInfo
from services.core.timestamps import Subject, backlog_entry


class TimestampRepo:
    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def retain_until(self, invoice_id: str) -> date | None:
        """The invoice's retention date (its current view), which its tokens share."""
        with translate_errors("read invoice retention"):
            view = self.db.invoices.find_one({"_id": invoice_id}, {"retain_until": 1})
        value = (view or {}).get("retain_until")
        return date.fromisoformat(value) if value else None

    def mark_version(self, record_id: str, token_key: str, info: TokenInfo) -> None:
        with translate_errors("record version timestamp"):
            self.db.invoice_versions.update_one({"_id": record_id}, {"$set": {"timestamp": {
                "token_key": token_key, "gen_time": info.gen_time.isoformat(), "tsa": info.tsa,
                "serial": str(info.serial), "policy": info.policy}}})

    def queue(self, subject: Subject, *, error: str, now: datetime, base_seconds: float) -> None:
        with translate_errors("queue timestamp"):
            previous = self.db.timestamp_backlog.find_one({"_id": subject.token_key})
            self.db.timestamp_backlog.replace_one(
                {"_id": subject.token_key},
                backlog_entry(subject, error=error, now=now, previous=previous, base_seconds=base_seconds),
                upsert=True)

    def done(self, token_key: str) -> None:
        with translate_errors("drop timestamp from backlog"):
            self.db.timestamp_backlog.delete_one({"_id": token_key})

    def due(self, now: datetime, limit: int = 100) -> list[dict[str, Any]]:
        with translate_errors("read timestamp backlog"):
            return list(self.db.timestamp_backlog.find({"next_try_at": {"$lte": now}}).sort("next_try_at", 1)
                        .limit(limit))

    def queued_keys(self) -> set[str]:
        with translate_errors("read timestamp backlog"):
            return {d["_id"] for d in self.db.timestamp_backlog.find({}, {"_id": 1})}

    def depth_and_oldest(self) -> tuple[int, datetime | None]:
        with translate_errors("measure timestamp backlog"):
            depth = self.db.timestamp_backlog.count_documents({})
            oldest = self.db.timestamp_backlog.find_one({}, sort=[("queued_at", 1)])
        return depth, (oldest or {}).get("queued_at")
