"""Per-invoice lists of document ids, so that "this invoice's X" is read by ``_id``.

FerretDB on SQLite answers a filter on anything but ``_id`` by reading the whole collection, so an
invoice's write-backs or links, filtered by ``invoice_id``, cost seconds in a large archive. Each of
those collections keeps, beside it, one small document per owner (``_id`` = the owner's key) naming
its documents' ids; a writer adds to the list before it writes the document (a listed id whose
document a crash kept from being written is read past), a reader reads the list and then each
document by ``_id``.

Collections that had documents before their lists existed are listed once by ``backfill`` (``szamlatar
stack init``), which marks the collection done; until it is marked, readers use the old filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from services.adapters.mongo import MongoDb, translate_errors

Doc = dict[str, Any]
MARKS = "id_lists_done"  # one document per listed collection: its lists are complete


class IdLists:
    """The lists of ``collection``'s documents, kept in ``<collection>_lists``."""

    def __init__(self, db: MongoDb, collection: str) -> None:
        self.db, self.collection = db, collection
        self._complete = False

    @property
    def lists(self) -> Any:  # the pymongo collection, looked up when used
        return self.db[f"{self.collection}_lists"]

    def add(self, owner: str, doc_id: str) -> None:
        with translate_errors(f"list {self.collection}"):
            self.lists.update_one({"_id": owner}, {"$addToSet": {"ids": doc_id}}, upsert=True)

    def complete(self) -> bool:
        """Whether every document is listed (the backfill ran); once true, it stays true."""
        if not self._complete:
            with translate_errors(f"read {self.collection} list mark"):
                self._complete = self.db[MARKS].find_one({"_id": self.collection}) is not None
        return self._complete

    def read(self, owner: str, legacy: Callable[[], list[Doc]]) -> list[Doc]:
        """The owner's documents by ``_id`` through its list; ``legacy()`` (the old filter) until the
        collection is backfilled."""
        if not self.complete():
            return legacy()
        with translate_errors(f"read {self.collection}"):
            listed = self.lists.find_one({"_id": owner})
            docs = [self.db[self.collection].find_one({"_id": i}) for i in (listed or {}).get("ids") or ()]
        return [d for d in docs if d is not None]

    def drop(self, owner: str) -> None:
        with translate_errors(f"drop {self.collection} list"):
            self.lists.delete_one({"_id": owner})

    def backfill(self, owners_of: Callable[[Doc], Iterable[str]], fields: Iterable[str]) -> int:
        """List every document once (one pass, maintenance) and mark the collection; how many."""
        if self.complete():
            return 0
        n = 0
        with translate_errors(f"backfill {self.collection} lists"):
            for doc in self.db[self.collection].find({}, {f: 1 for f in fields}):
                for owner in owners_of(doc):
                    self.add(owner, str(doc["_id"]))
                n += 1
            self.db[MARKS].replace_one({"_id": self.collection}, {"_id": self.collection}, upsert=True)
        self._complete = True
        return n
