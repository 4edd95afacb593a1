"""In-memory twin of ``services/adapters/saved_searches.py``: each person's list and the tenant's shared
one, kept by the same keys."""

from __future__ import annotations

from datetime import datetime

from services.adapters.saved_searches import own_id, shared_id
from services.core.saved_searches import SavedSearch, by_name, with_search, without_search


class SavedSearches:
    def __init__(self) -> None:
        self.lists: dict[str, list[SavedSearch]] = {}

    def of(self, tenant: str, username: str) -> list[SavedSearch]:
        return by_name([*self.lists.get(own_id(tenant, username), []), *self.lists.get(shared_id(tenant), [])])

    def save(self, tenant: str, search: SavedSearch, now: datetime) -> None:
        key = shared_id(tenant) if search.shared else own_id(tenant, search.owner)
        self.lists[key] = with_search(self.lists.get(key, []), search)

    def delete(self, tenant: str, username: str, search_id: str, *, shared: bool, now: datetime) -> bool:
        key = shared_id(tenant) if shared else own_id(tenant, username)
        kept = self.lists.get(key, [])
        self.lists[key] = without_search(kept, search_id)
        return len(self.lists[key]) != len(kept)
