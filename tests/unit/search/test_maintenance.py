"""``index rebuild`` and ``index verify`` on a real Tantivy directory with the store faked: a rebuild
answers searches from the old generation until it swaps, a tenant rebuild keeps the other tenants,
and verify names a planted difference of each kind."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.adapters.tantivy_index import TantivyIndexWriter, TantivySearchIndex, current_generation
from services.core.search_index import index_document, index_query
from services.core.search_query import InvoiceQuery
from services.indexer import maintenance
from tests.unit.search.test_index_document import view

NOW = datetime(2026, 12, 6, tzinfo=UTC)


class FakeViews:
    def __init__(self, views: list[dict[str, Any]]) -> None:
        self.views = {v["_id"]: v for v in views}

    def stream(self, tenant: str | None = None) -> Iterator[dict[str, Any]]:
        return iter([v for v in self.views.values() if tenant is None or v["tenant"] == tenant])

    stream_versions = stream

    def for_index(self, invoice_id: str) -> dict[str, Any] | None:
        return self.views.get(invoice_id)


def count(reader: TantivySearchIndex, tenant: str = "acme") -> int:
    return reader.count(index_query(InvoiceQuery(tenant=tenant)))


def test_search_answers_from_the_old_generation_during_a_rebuild_and_from_the_new_one_after(tmp_path: Path) -> None:
    store = FakeViews([view(f"0000000{i}-x") for i in range(5)])
    reader = TantivySearchIndex(tmp_path)
    seen_during: list[int] = []
    report = maintenance.rebuild(store, tmp_path,  # type: ignore[arg-type]
                                 progress=lambda n: seen_during.append(count(reader)))
    assert seen_during == [0]  # the live (empty) generation kept answering while the new one filled
    assert report.from_store == 5
    assert count(reader) == 5
    assert current_generation(tmp_path).name == report.generation


def test_a_tenant_rebuild_keeps_the_other_tenants(tmp_path: Path) -> None:
    store = FakeViews([view("00000001-x"), view("00000002-x", tenant="other")])
    maintenance.rebuild(store, tmp_path)  # type: ignore[arg-type]
    del store.views["00000001-x"]
    report = maintenance.rebuild(store, tmp_path, tenant="acme")  # type: ignore[arg-type]
    reader = TantivySearchIndex(tmp_path)
    assert (report.from_store, report.copied) == (0, 1)
    assert (count(reader), count(reader, "other")) == (0, 1)
    assert len(list(tmp_path.glob("gen-*"))) == 2  # older generations are dropped, the last one kept


def test_verify_names_what_is_missing_extra_and_stale(tmp_path: Path) -> None:
    store = FakeViews([view("00000001-x"), view("00000002-x"), view("00000003-x")])
    maintenance.rebuild(store, tmp_path)  # type: ignore[arg-type]
    reader = TantivySearchIndex(tmp_path)
    assert maintenance.verify(store, reader).ok  # type: ignore[arg-type]
    writer = TantivyIndexWriter(current_generation(tmp_path))
    writer.delete(["00000001-x"])
    writer.upsert([index_document(view("00000009-x"), indexed_at=NOW)])
    writer.close()
    store.views["00000002-x"] = view("00000002-x", updated_at=datetime(2026, 11, 1, tzinfo=UTC))
    report = maintenance.verify(store, reader)  # type: ignore[arg-type]
    assert (report.missing, report.extra, report.stale) == (["00000001-x"], ["00000009-x"], ["00000002-x"])
    assert not report.ok
    assert maintenance.describe(report)[-1] == "index and store DIFFER"
