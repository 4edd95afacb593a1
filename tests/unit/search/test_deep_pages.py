"""A page deep in a list sorted by amount skips ahead by a value bound (``_skip_ahead``) and must be
exactly the page the plain top-(offset + limit) search gives: ties, invoices without an amount (they
sort last both ways), negative amounts (stornos) and several segments included."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import tantivy

from services.adapters import tantivy_index
from services.adapters.tantivy_index import (
    TantivyIndexWriter,
    TantivySearchIndex,
    _skip_ahead,
    best_skip,
    current_generation,
    skip_candidates,
    to_tantivy,
)
from services.core.search_index import index_document, index_query, parse_sort
from services.core.search_query import InvoiceQuery
from tests.unit.search.test_index_document import view

N = 3000
AMOUNTS = [-25_400.0, 0.0, 990.0, 1_000.0, 12_700.0, 127_000.0, 1_270_000.0,
           *(float(a) for a in range(2_000, 80_000, 2_300))]


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TantivySearchIndex]:
    root = tmp_path_factory.mktemp("deep") / "index"
    reader = TantivySearchIndex(root)
    writer = TantivyIndexWriter(current_generation(root))
    rng, now = random.Random(5), datetime(2026, 12, 6, tzinfo=UTC)
    for start in range(0, N, 1000):  # a commit each: three segments
        writer.upsert(index_document(view(f"{i:08x}-0000", gross_amount=None if i % 19 == 0 else rng.choice(AMOUNTS)),
                                     indexed_at=now) for i in range(start, start + 1000))
        writer.commit()
    writer.close()
    yield reader


def page(reader: TantivySearchIndex, sort: str, offset: int, *, skip_from: int,
         monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int]:
    monkeypatch.setattr(tantivy_index, "SKIP_AHEAD_FROM", skip_from)
    result = reader.search(index_query(InvoiceQuery(tenant="acme")), sort=parse_sort(sort), offset=offset, limit=50)
    return list(result.ids), result.total


@pytest.mark.parametrize("sort", ["gross_total", "-gross_total"])
@pytest.mark.parametrize("offset", [1, 700, 1500, 2400, 2790, 2840, 2960, 2999, 3000])
def test_a_skipped_ahead_page_is_the_plain_page(reader: TantivySearchIndex, sort: str, offset: int,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    skipped = page(reader, sort, offset, skip_from=0, monkeypatch=monkeypatch)
    plain = page(reader, sort, offset, skip_from=10**9, monkeypatch=monkeypatch)
    assert skipped == plain
    assert plain[1] == N


@pytest.mark.parametrize("sort", ["gross_total", "-gross_total"])
def test_it_really_skips_most_of_the_offset(reader: TantivySearchIndex, sort: str) -> None:
    reader.reload()
    searcher = reader._opened.searcher()
    query = to_tantivy(index_query(InvoiceQuery(tenant="acme")))
    _, skipped = _skip_ahead(searcher, query, parse_sort(sort), 1500)
    # ~2 840 hits with an amount over 32 values: a tie group is ~90 hits, the grid step 0.5 % (~14).
    assert 1500 - 300 <= skipped <= 1500


def test_sort_by_date_is_never_skipped_ahead(reader: TantivySearchIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tantivy_index, "SKIP_AHEAD_FROM", 0)

    def fail(*_: object) -> tuple[tantivy.Query, int]:
        raise AssertionError("skipped ahead on a date column")
    monkeypatch.setattr(tantivy_index, "_skip_ahead", fail)
    assert len(reader.search(index_query(InvoiceQuery(tenant="acme")), sort=parse_sort("-issue_date"),
                             offset=2000, limit=50).ids) == 50


def test_best_skip_takes_the_largest_count_not_past_the_offset() -> None:
    # buckets: < 10: 40, [10, 20): 30, [20, 30): 20, ≥ 30: 10 — 100 valued hits
    assert best_skip([10.0, 20.0, 30.0], [40, 30, 20, 10], 75, descending=False) == (20.0, 70)
    assert best_skip([10.0, 20.0, 30.0], [40, 30, 20, 10], 39, descending=False) is None
    # descending skips the hits at or above a bound: ≥ 30: 10, ≥ 20: 30, ≥ 10: 60
    assert best_skip([10.0, 20.0, 30.0], [40, 30, 20, 10], 45, descending=True) == (20.0, 30)
    assert best_skip([10.0, 20.0, 30.0], [40, 30, 20, 10], 9, descending=True) is None


def test_candidates_lie_on_the_near_side_of_the_offsets_percentile() -> None:
    grid = [(p, p * 10.0) for p in (0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0)]
    assert skip_candidates(grid, 1000, 450, descending=False) == [200.0, 300.0, 400.0]
    assert skip_candidates(grid, 1000, 450, descending=True) == [600.0, 700.0, 800.0]
    assert skip_candidates(grid, 1000, 1000, descending=False) == []  # past the valued hits: all without one
    assert skip_candidates([], 0, 10, descending=True) == []
    ties = [(0.0, 1.0), (10.0, 5.0), (20.0, 5.0), (30.0, 5.0), (40.0, 7.0), (50.0, 9.0), (60.0, 9.0)]
    assert skip_candidates(ties, 100, 35, descending=False) == [1.0, 5.0]  # distinct values, not grid points

