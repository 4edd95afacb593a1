"""The Tantivy adapter against the same behaviour as the in-memory fake: upsert by id keeping the
newest version, delete, search with filters, ranges, sort and paging, count, facets — and one
writer with a reader in another object (as in another process) seeing each commit after reload."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from services.adapters.tantivy_index import (
    SearchUnavailableError,
    TantivyIndexWriter,
    TantivySearchIndex,
    current_generation,
    new_generation,
    swap_generation,
)
from services.core.search_index import FACETS, ROW_FIELDS, index_document, index_query, parse_sort, view_version
from services.core.search_query import InvoiceQuery
from tests.unit.search.fake_index import FakeSearchIndex
from tests.unit.search.test_index_document import view

NOW = datetime(2026, 12, 6, tzinfo=UTC)


class Pair:
    """A writer and a reader on one index, shaped like the fake (which is both)."""

    def __init__(self, root: Path) -> None:
        self.reader = TantivySearchIndex(root)
        self.writer = TantivyIndexWriter(current_generation(root))
        self.upsert, self.delete, self.commit = self.writer.upsert, self.writer.delete, self.writer.commit
        self.search, self.count, self.facets = self.reader.search, self.reader.count, self.reader.facets
        self.versions, self.all_ids = self.reader.versions, self.reader.all_ids


@pytest.fixture(params=["fake", "tantivy"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "fake":
        yield FakeSearchIndex()
    else:
        pair = Pair(tmp_path / "index")
        yield pair
        pair.writer.close()


def views() -> list[dict[str, Any]]:
    return [
        view("00000001-a", invoice_number="A-1", issue_date="2025-01-10", gross_amount=1000.0, site="bp",
             invoice={"payment_status": "paid"}, client_name="Alfa Kft.", direction="outgoing"),
        view("00000002-b", invoice_number="A-2", issue_date="2025-02-10", gross_amount=5000.0, site="deb",
             client_name="Béta Bt.", direction="incoming"),
        view("00000003-c", invoice_number="B-7", issue_date="2025-03-10", gross_amount=2500.0, site="bp",
             client_name="Gamma Zrt.", direction="outgoing"),
        view("00000004-d", tenant="other", invoice_number="A-3"),
    ]


def load(index: Any) -> None:
    assert index.upsert(index_document(v, indexed_at=NOW) for v in views()) == 4
    index.commit()


def ids(index: Any, sort: str | None = None, offset: int = 0, limit: int = 50, **query: Any) -> list[str]:
    page = index.search(index_query(InvoiceQuery(tenant="acme", **query)), sort=parse_sort(sort), offset=offset,
                        limit=limit)
    return list(page.ids)


def test_filters_ranges_and_prefixes(index: Any) -> None:
    load(index)
    assert ids(index) == ["00000003-c", "00000002-b", "00000001-a"]
    assert ids(index, number="a-") == ["00000002-b", "00000001-a"]
    assert ids(index, sites=("bp",)) == ["00000003-c", "00000001-a"]
    assert ids(index, gross_min=Decimal(2000), gross_max=Decimal(5000)) == ["00000003-c", "00000002-b"]
    assert ids(index, client="beta") == ["00000002-b"]
    assert ids(index, text="arviztu") == []  # full text is whole words; prefixes are for numbers and names


def test_sort_by_listed_columns_and_page(index: Any) -> None:
    load(index)
    assert ids(index, sort="gross_total") == ["00000001-a", "00000003-c", "00000002-b"]
    assert ids(index, sort="-invoice_number") == ["00000003-c", "00000002-b", "00000001-a"]
    assert ids(index, sort="client_name", offset=1, limit=1) == ["00000002-b"]
    page = index.search(index_query(InvoiceQuery(tenant="acme")), sort=parse_sort(None), offset=2, limit=5)
    assert (page.ids, page.total) == (["00000001-a"], 3)


def test_a_hit_hands_back_its_row_as_the_view_showed_it(index: Any) -> None:
    load(index)
    page = index.search(index_query(InvoiceQuery(tenant="acme", number="a-")), sort=parse_sort("invoice_number"),
                        offset=0, limit=1)
    [row] = page.rows
    shown = views()[0]
    assert row["_id"] == page.ids[0] == "00000001-a"
    assert {k: row[k] for k in ROW_FIELDS} == {k: shown.get(k) for k in ROW_FIELDS}
    assert (row["status"], row["payment_status"], row["version"]) == ("paid", "paid", view_version(shown))


def test_count_and_facets(index: Any) -> None:
    load(index)
    q = index_query(InvoiceQuery(tenant="acme"))
    assert index.count(q) == 3
    facets = index.facets(q, FACETS)
    assert facets["status"] == {"paid": 1, "unpaid": 2}
    assert facets["site"] == {"bp": 2, "deb": 1}
    assert facets["direction"] == {"outgoing": 2, "incoming": 1}


def test_upsert_replaces_by_id_older_versions_are_ignored_and_delete_removes(index: Any) -> None:
    load(index)
    newer = view("00000001-a", invoice_number="A-1", invoice={"payment_status": "partially_paid"},
                 updated_at=datetime(2026, 6, 1, tzinfo=UTC))
    assert index.upsert([index_document(newer, indexed_at=NOW)]) == 1
    index.commit()
    assert index.upsert([index_document(views()[0], indexed_at=NOW)]) == 0  # the older state, replayed
    index.commit()
    q = index_query(InvoiceQuery(tenant="acme"))
    assert index.count(q) == 3
    assert index.facets(q, ["status"])["status"] == {"partially_paid": 1, "unpaid": 2}
    index.delete(["00000002-b"])
    index.commit()
    assert sorted(i for i, _ in index.all_ids("acme")) == ["00000001-a", "00000003-c"]
    assert set(index.versions(["00000001-a", "00000002-b"])) == {"00000001-a"}


def test_nothing_is_visible_before_commit(index: Any) -> None:
    index.upsert([index_document(views()[0], indexed_at=NOW)])
    assert index.count(index_query(InvoiceQuery(tenant="acme"))) == 0
    index.commit()
    assert index.count(index_query(InvoiceQuery(tenant="acme"))) == 1


def test_a_second_writer_on_the_same_generation_is_refused(tmp_path: Path) -> None:
    first = TantivyIndexWriter(current_generation(tmp_path))
    with pytest.raises(SearchUnavailableError):
        TantivyIndexWriter(current_generation(tmp_path))
    first.close()


def test_a_reader_follows_a_swapped_generation(tmp_path: Path) -> None:
    reader = TantivySearchIndex(tmp_path)
    old = TantivyIndexWriter(current_generation(tmp_path))
    old.upsert([index_document(views()[0], indexed_at=NOW)])
    old.commit()
    q = index_query(InvoiceQuery(tenant="acme"))
    assert reader.count(q) == 1
    fresh = new_generation(tmp_path)
    rebuilt = TantivyIndexWriter(fresh)
    rebuilt.upsert(index_document(v, indexed_at=NOW) for v in views())
    rebuilt.close()
    assert reader.count(q) == 1  # the rebuild is not live yet
    swap_generation(tmp_path, fresh)
    assert reader.count(q) == 3
    assert reader.generation == fresh
    old.close()
