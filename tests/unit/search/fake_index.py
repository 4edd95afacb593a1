"""``FakeSearchIndex``: the ``SearchIndex`` port in memory, evaluating ``core/search_index`` queries
directly — for tests of what sits around the index (routes, the indexer handler) without Tantivy.
The Tantivy adapter passes the same behaviour tests (``test_tantivy_index.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from services.adapters.search_index import Bucket, SearchPage
from services.core.search_index import AllOf, AnyOf, Clause, IndexDocument, IndexQuery, Range, Sort, decode_row


def holds(doc: IndexDocument, clause: Clause) -> bool:
    if isinstance(clause, AnyOf):
        return any(v in doc.get(clause.field, []) for v in clause.values)
    if isinstance(clause, AllOf):
        return all(v in doc.get(clause.field, []) for v in clause.values)
    if isinstance(clause, Range):
        values = doc.get(clause.field, [])
        return any((clause.low is None or v >= clause.low) and (clause.high is None or v <= clause.high)
                   for v in values)
    return any(holds(doc, c) for c in clause.clauses)


class FakeSearchIndex:
    def __init__(self) -> None:
        self.docs: dict[str, IndexDocument] = {}
        self.pending: dict[str, IndexDocument | None] = {}
        self.commits = 0

    def upsert(self, docs: Iterable[IndexDocument]) -> int:
        applied = 0
        for doc in docs:
            key = doc["id"][0]
            current = self.pending.get(key, self.docs.get(key))
            if current is None or current["version"][0] <= doc["version"][0]:
                self.pending[key] = doc
                applied += 1
        return applied

    def delete(self, invoice_ids: Iterable[str]) -> None:
        for key in invoice_ids:
            self.pending[key] = None

    def commit(self) -> None:
        for key, doc in self.pending.items():
            if doc is None:
                self.docs.pop(key, None)
            else:
                self.docs[key] = doc
        self.pending.clear()
        self.commits += 1

    def reload(self) -> None:
        pass

    def _matching(self, query: IndexQuery) -> list[IndexDocument]:
        return [d for d in self.docs.values() if all(holds(d, c) for c in query.clauses)]

    def search(self, query: IndexQuery, *, sort: Sort, offset: int, limit: int) -> SearchPage:
        found = self._matching(query)

        def key(d: IndexDocument) -> Any:
            values = d.get(sort.field) or [None]
            return (values[0] is None, values[0] if values[0] is not None else 0)

        found.sort(key=key, reverse=sort.descending)
        page = found[offset:offset + limit]
        return SearchPage(ids=[d["id"][0] for d in page], total=len(found),
                          rows=[decode_row(d["row"][0]) for d in page if d.get("row")])

    def count(self, query: IndexQuery) -> int:
        return len(self._matching(query))

    def facets(self, query: IndexQuery, fields: Sequence[str]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {f: {} for f in fields}
        for d in self._matching(query):
            for f in fields:
                for v in d.get(f, []):
                    out[f][str(v)] = out[f].get(str(v), 0) + 1
        return out

    def totals(self, query: IndexQuery, by: str, sums: Sequence[str]) -> dict[str, Bucket]:
        counts: dict[str, int] = {}
        added: dict[str, dict[str, float]] = {}
        for d in self._matching(query):
            for v in d.get(by, []):
                counts[str(v)] = counts.get(str(v), 0) + 1
                group = added.setdefault(str(v), dict.fromkeys(sums, 0.0))
                for f in sums:
                    group[f] += sum(d.get(f, []))
        return {k: Bucket(n, added[k]) for k, n in counts.items()}

    def versions(self, invoice_ids: Sequence[str]) -> dict[str, int]:
        return {k: self.docs[k]["version"][0] for k in invoice_ids if k in self.docs}

    def all_ids(self, tenant: str | None = None) -> Iterator[tuple[str, int]]:
        for k, d in list(self.docs.items()):
            if tenant is None or tenant in d["tenant"]:
                yield k, d["version"][0]
