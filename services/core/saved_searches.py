"""Saved searches: a name for the search list's filters (its query string), kept per user or, when an
admin shares one, for the whole tenant. A shared search is only the filters: whoever opens it still
sees only what their own tenant and sites allow, so sharing grants nothing.

Pure: the list a person keeps, adding (a name used again replaces the filters it stood for) and
removing; ``adapters/saved_searches.py`` stores each list as one document by ``_id``."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

NAME_MAX = 80
QUERY_MAX = 2000  # far more than every filter of the list filled in
KEPT_MAX = 50  # per person, and shared per tenant: a list one reads at a glance


class SavedSearchError(ValueError):
    """A name or query that cannot be saved; ``code`` is a message key's last part."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class SavedSearch:
    id: str
    name: str
    query: str  # the search list's query string without "?" (ui/search_params ListRequest.url)
    owner: str  # who saved it
    shared: bool  # kept for the whole tenant
    saved_at: datetime

    def as_doc(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "query": self.query, "owner": self.owner,
                "saved_at": self.saved_at}

    @classmethod
    def of_doc(cls, doc: dict[str, object], *, shared: bool) -> SavedSearch:
        saved_at = doc["saved_at"]
        assert isinstance(saved_at, datetime)
        return cls(id=str(doc["id"]), name=str(doc["name"]), query=str(doc["query"]), owner=str(doc["owner"]),
                   shared=shared, saved_at=saved_at)


def new_search(name: str, query: str, *, owner: str, shared: bool, now: datetime) -> SavedSearch:
    """A search to keep, its name tidied; ``SavedSearchError`` when the name or query cannot be kept."""
    tidy = " ".join(name.split())
    if not tidy:
        raise SavedSearchError("name_missing")
    if len(tidy) > NAME_MAX:
        raise SavedSearchError("name_too_long")
    query = query.strip().removeprefix("?")
    if len(query) > QUERY_MAX:
        raise SavedSearchError("query_too_long")
    return SavedSearch(id=secrets.token_hex(6), name=tidy, query=query, owner=owner, shared=shared, saved_at=now)


def with_search(kept: list[SavedSearch], new: SavedSearch) -> list[SavedSearch]:
    """``kept`` with ``new`` in it, sorted by name: one of the same name (case-insensitive) is replaced;
    beyond ``KEPT_MAX`` a new name is refused (``SavedSearchError("too_many")``)."""
    others = [s for s in kept if s.name.casefold() != new.name.casefold()]
    if len(others) >= KEPT_MAX:
        raise SavedSearchError("too_many")
    return by_name([*others, new])


def without_search(kept: list[SavedSearch], search_id: str) -> list[SavedSearch]:
    return [s for s in kept if s.id != search_id]


def by_name(searches: list[SavedSearch]) -> list[SavedSearch]:
    return sorted(searches, key=lambda s: (s.name.casefold(), s.id))
