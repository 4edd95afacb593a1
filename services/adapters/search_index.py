"""The query index as ports: ``SearchIndex`` (what the API reads) and ``SearchIndexWriter`` (what the
indexer and a rebuild write). Documents and queries are the pure ``core/search_index`` types, so an
engine is swapped behind these two Protocols without touching the routes or the indexer: the
embedded Tantivy index (``adapters/tantivy_index.py``) by default, a distributed engine (OpenSearch,
Quickwit, Meilisearch …) when one node's index is not enough (docs/scaling.md).

One writer per index directory, many readers: the engine's own lock refuses a second writer, and a
reader (another process) sees a commit once it reloads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from services.core.search_index import IndexDocument, IndexQuery, Sort


@dataclass(frozen=True)
class SearchPage:
    ids: list[str]  # the page's invoice ids, in the asked order
    total: int  # how many match in all
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # The rows the index stores for the page's hits (``core/search_index.encode_row``), in ``ids``' order.
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Bucket:
    """The documents holding one value of a grouped field: how many, and their amounts summed."""

    count: int
    sums: dict[str, float] = field(default_factory=dict)


class SearchIndex(Protocol):
    def reload(self) -> None:
        """See the last commit (and a rebuilt index swapped in)."""

    def search(self, query: IndexQuery, *, sort: Sort, offset: int, limit: int) -> SearchPage: ...

    def count(self, query: IndexQuery) -> int: ...

    def facets(self, query: IndexQuery, fields: Sequence[str]) -> dict[str, dict[str, int]]:
        """Per field, value → how many of the matching documents hold it."""

    def totals(self, query: IndexQuery, by: str, sums: Sequence[str]) -> dict[str, Bucket]:
        """The matching documents grouped by the values of ``by`` (a fast field: a FACET or an
        INTEGER), each group's count and the sums of the ``sums`` fields (FLOAT)."""

    def versions(self, invoice_ids: Sequence[str]) -> dict[str, int]:
        """The indexed ``view_version`` of those of ``invoice_ids`` the index holds."""

    def all_ids(self, tenant: str | None = None) -> Iterator[tuple[str, int]]:
        """Every indexed (invoice id, version), of one tenant or all (``szamlatar index verify``)."""


class SearchIndexWriter(Protocol):
    def upsert(self, docs: Iterable[IndexDocument]) -> int:
        """Add or replace by invoice id unless the index holds a newer version; how many were taken.
        Nothing is visible before ``commit``."""

    def delete(self, invoice_ids: Iterable[str]) -> None: ...

    def commit(self) -> None:
        """Make everything since the last commit durable and visible to readers."""
