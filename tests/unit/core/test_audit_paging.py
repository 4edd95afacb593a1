"""Audit log paging arithmetic (a newest-first page and a batch are seq ranges of the gapless chain) and
the anchors that show a chain cut short or rewritten."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from services.core.audit_chain import (
    Anchor,
    anchor_from_json,
    anchor_to_json,
    newest_first_page,
    next_entry,
    seq_batches,
    verify_chain,
)
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

    assert verify_chain(batches(chain)).explain() == "7 entries, chain intact"
    assert fetched == [(1, 3), (4, 6), (7, 7)]
    fetched.clear()
    without_4 = [e for e in chain if e["seq"] != 4]
    assert verify_chain(batches(without_4)).explain() == "entry 4 is missing"
    assert fetched == [(1, 3), (4, 6)]  # stops at the break, the last batch is never read


# --- anchors: what the chain alone cannot show ---------------------------------------------------------


def _anchor_of(entry: dict[str, Any]) -> Anchor:
    return Anchor(tenant="t", seq=int(entry["seq"]), hash=entry["hash"], at="2025-02-01T00:00:00+00:00")


def test_a_chain_cut_after_its_anchor_verifies_alone_but_not_against_the_anchor() -> None:
    chain = _chain(9)
    anchor = _anchor_of(chain[7])  # anchored at 8
    cut = chain[:5]
    assert verify_chain(cut).ok  # the chain by itself cannot tell
    verdict = verify_chain(cut, anchor)
    assert (verdict.ok, verdict.problem, verdict.seq, verdict.entries) == (False, "truncated", 8, 5)
    assert verdict.explain() == "entries 6‥8 are missing: the anchor holds entry 8"
    longer = verify_chain(chain, anchor)  # entries after the anchor are fine
    assert (longer.ok, longer.entries, longer.anchored_seq, longer.head_hash) == (True, 9, 8, chain[-1]["hash"])


def test_a_chain_rewritten_with_fresh_hashes_no_longer_matches_its_anchor() -> None:
    chain = _chain(6)
    anchor = _anchor_of(chain[3])
    rewritten: list[dict[str, Any]] = []
    for e in chain:  # someone with write access edits entry 2 and recomputes every hash after it
        details = {"i": "hidden"} if e["seq"] == 2 else e["details"]
        rewritten.append(next_entry(rewritten[-1] if rewritten else None, tenant="t", at=e["at"], actor=e["actor"],
                                    action=e["action"], target=e["target"], details=details))
    assert verify_chain(rewritten).ok
    verdict = verify_chain(rewritten, anchor)
    assert (verdict.ok, verdict.problem, verdict.seq) == (False, "rewritten", 4)


def test_anchors_round_trip_and_anything_else_is_refused() -> None:
    anchor = _anchor_of(_chain(2)[1])
    assert anchor_from_json(anchor_to_json(anchor)) == anchor
    for bad in (b"", b"[]", b'{"tenant": "t", "seq": 0, "hash": "' + b"a" * 64 + b'", "at": "x"}',
                b'{"tenant": "t", "seq": 3, "hash": "XYZ", "at": "x"}', b'{"seq": 3}'):
        with pytest.raises(ValueError):
            anchor_from_json(bad)
