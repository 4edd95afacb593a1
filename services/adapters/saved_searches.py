"""Saved searches (``core/saved_searches.py``) in MongoDB: a small collection, one document per person
(``_id`` ``tenant:username``, as the user's) and one per tenant for the shared ones (``_id``
``"<tenant> (shared)"``, which no user id can equal: a username holds no space or parentheses). Every read
and write names its document by ``_id``, the one filter FerretDB serves without a scan."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pymongo.database import Database

from services.adapters.mongo import translate_errors
from services.core.saved_searches import SavedSearch, by_name, with_search, without_search

COLLECTION = "saved_searches"


def own_id(tenant: str, username: str) -> str:
    return f"{tenant}:{username}"


def shared_id(tenant: str) -> str:
    return f"{tenant} (shared)"


class SavedSearches:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.collection = db[COLLECTION]

    def of(self, tenant: str, username: str) -> list[SavedSearch]:
        """The person's own searches and the tenant's shared ones, by name."""
        own, shared = own_id(tenant, username), shared_id(tenant)
        with translate_errors("read saved searches"):
            docs = {d["_id"]: d for d in self.collection.find({"_id": {"$in": [own, shared]}})}
        found = [SavedSearch.of_doc(s, shared=key == shared) for key in (own, shared)
                 for s in (docs.get(key) or {}).get("searches", [])]
        return by_name(found)

    def save(self, tenant: str, search: SavedSearch, now: datetime) -> None:
        """Keeps ``search`` in its owner's list, or the tenant's when shared (``SavedSearchError``
        beyond ``KEPT_MAX``)."""
        key = shared_id(tenant) if search.shared else own_id(tenant, search.owner)
        kept = self._list(key, search.shared)
        self._store(key, tenant, with_search(kept, search), now)

    def delete(self, tenant: str, username: str, search_id: str, *, shared: bool, now: datetime) -> bool:
        """Removes one of the person's searches (or the tenant's shared one); False when it was not there."""
        key = shared_id(tenant) if shared else own_id(tenant, username)
        kept = self._list(key, shared)
        left = without_search(kept, search_id)
        if len(left) == len(kept):
            return False
        self._store(key, tenant, left, now)
        return True

    def _list(self, key: str, shared: bool) -> list[SavedSearch]:
        with translate_errors("read saved searches"):
            doc = self.collection.find_one({"_id": key})
        return [SavedSearch.of_doc(s, shared=shared) for s in (doc or {}).get("searches", [])]

    def _store(self, key: str, tenant: str, searches: list[SavedSearch], now: datetime) -> None:
        with translate_errors("store saved searches"):
            self.collection.replace_one(
                {"_id": key}, {"_id": key, "tenant": tenant, "searches": [s.as_doc() for s in searches],
                               "changed_at": now}, upsert=True)
