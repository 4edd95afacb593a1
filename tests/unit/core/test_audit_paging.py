"""Audit log paging arithmetic: a newest-first page and a batch are seq ranges of the gapless chain."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from services.core.audit_chain import newest_first_page, next_entry, seq_batches, verify_chain
from services.web.presentation import paginate


@pytest.mark.parametrize(
    ("head", "skip", "limit", "expected"),
    [
        pytest.param(120, 0, 50, (71, 120), id="first-page-holds-the-newest"),
        pytest.param(120, 50, 50, (21, 70), id="middle-page"),
        pytest.param(120, 100, 50, (1, 20), id="last-page-is-short"),
        pytest.param(100, 50, 50, (1, 50), id="last-page-is-full"),
        pytest.param(3, 0, 50, (1, 3), id="chain-shorter-than-a-page"),
        pytest.param(0, 0, 50, (1, 0), id="empty-chain"),
        pytest.param(120, 120, 50, (1, 0), id="past-the-oldest"),
        pytest.param(120, -5, 50, (71, 120), id="negative-skip-is-the-first-page"),
        pytest.param(120, 0, 0, (1, 0), id="zero-limit"),
    ],
)
def test_a_newest_first_page_is_a_seq_range(head: int, skip: int, limit: int, expected: tuple[int, int]) -> None:
    assert newest_first_page(head, skip, limit) == expected


@pytest.mark.parametrize("head", [0, 1, 49, 50, 51, 137])
def test_pages_hold_what_slicing_the_whole_chain_newest_first_held(head: int) -> None:
    """The UI used to load every entry and slice it in memory; the ranges must show the same rows."""
    size = 50
    whole_newest_first = list(range(head, 0, -1))
    pages = paginate(head, 1, size).pages
    for page in range(1, pages + 1):
        pager = paginate(head, page, size)
        first, last = newest_first_page(pager.total, pager.skip, size)
        assert list(range(last, first - 1, -1)) == whole_newest_first[pager.skip:pager.skip + size]


@pytest.mark.parametrize(
    ("head", "size", "expected"),
    [
        pytest.param(0, 10, [], id="empty"),
        pytest.param(5, 10, [(1, 5)], id="one-short-batch"),
        pytest.param(20, 10, [(1, 10), (11, 20)], id="exact-multiple"),
        pytest.param(23, 10, [(1, 10), (11, 20), (21, 23)], id="short-last-batch"),
        pytest.param(3, 0, [(1, 1), (2, 2), (3, 3)], id="size-below-one-means-one"),
    ],
)
def test_batches_cover_the_chain_in_seq_order(head: int, size: int, expected: list[tuple[int, int]]) -> None:
    assert list(seq_batches(head, size)) == expected


def _chain(n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(n):
        out.append(next_entry(out[-1] if out else None, tenant="t", at=f"2025-01-01T00:00:{i:02d}+00:00",
                              actor="a", action="x", target=f"inv-{i}", details={"i": i}))
    return out


def test_verify_chain_reads_batches_lazily_and_still_finds_a_gap_across_a_batch_edge() -> None:
    chain = _chain(7)
    fetched: list[tuple[int, int]] = []

    def batches(entries: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for first, last in seq_batches(7, 3):
            fetched.append((first, last))
            yield from (e for e in entries if first <= e["seq"] <= last)

    assert verify_chain(batches(chain)) == (True, "7 entries, chain intact")
    assert fetched == [(1, 3), (4, 6), (7, 7)]
    fetched.clear()
    without_4 = [e for e in chain if e["seq"] != 4]
    assert verify_chain(batches(without_4)) == (False, "entry 4 is missing (found 5)")
    assert fetched == [(1, 3), (4, 6)]  # stops at the break, the last batch is never read
