"""Invoices whose view changed without an event the indexer consumes — a review decision on an
archived invoice's match rewrites its client in place — noted here by ``_id`` so every node's
indexer re-indexes them on its next tick (``indexer/handler.py``), within a second like an event.

A small collection: one document per invoice changed this way, dropped after ``KEEP`` (an indexer
down longer than that is caught up by ``szamlatar index verify`` / ``rebuild``). Every node reads
it, so nothing is deleted on being taken; each indexer remembers what it took.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database

from services.adapters.mongo import translate_errors

COLLECTION = "index_requests"
KEEP = timedelta(hours=1)


class IndexRequests:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.collection = db[COLLECTION]

    def note(self, invoice_id: str) -> None:
        with translate_errors("note an index request"):
            self.collection.replace_one({"_id": invoice_id}, {"_id": invoice_id, "at": datetime.now(UTC)},
                                        upsert=True)

    def since(self, after: datetime) -> list[tuple[str, datetime]]:
        """The (invoice id, when noted) noted after ``after``, oldest first."""
        with translate_errors("read index requests"):
            found = self.collection.find({"at": {"$gt": after}}).sort("at", ASCENDING)
            return [(str(d["_id"]), _aware(d["at"])) for d in found]

    def prune(self, now: datetime) -> None:
        with translate_errors("prune index requests"):
            self.collection.delete_many({"at": {"$lt": now - KEEP}})


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
