"""Invoices a person has just changed in place — a review decision on an archived invoice's match —
noted by ``_id`` so that a search in the next seconds reads their rows from the store
(``web/invoice_search.py``): the person sees their own decision at once, before the indexer has taken
the decision's ``invoice.linked`` event (within a second, on every node).

A small collection: one document per invoice changed this way; notes older than ``KEEP`` are dropped
when the next one is written.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database

from services.adapters.mongo import translate_errors

COLLECTION = "index_requests"
KEEP = timedelta(minutes=10)  # far longer than the search looks back (FRESH_SECONDS)


class IndexRequests:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.collection = db[COLLECTION]

    def note(self, invoice_id: str) -> None:
        now = datetime.now(UTC)
        with translate_errors("note an index request"):
            self.collection.replace_one({"_id": invoice_id}, {"_id": invoice_id, "at": now}, upsert=True)
            self.collection.delete_many({"at": {"$lt": now - KEEP}})

    def since(self, after: datetime) -> list[tuple[str, datetime]]:
        """The (invoice id, when noted) noted after ``after``, oldest first."""
        with translate_errors("read index requests"):
            found = self.collection.find({"at": {"$gt": after}}).sort("at", ASCENDING)
            return [(str(d["_id"]), _aware(d["at"])) for d in found]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
