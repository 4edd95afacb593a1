"""A batch's lanes: one key's records in one lane in their order; different keys apart."""

from __future__ import annotations

from services.core.lanes import lanes


def test_records_of_one_key_share_a_lane_in_the_order_they_came() -> None:
    keys = [(0, b"a"), (1, b"b"), (0, b"a"), (2, b"c"), (1, b"b"), (0, b"a")]
    assert lanes(keys) == [[0, 2, 5], [1, 4], [3]]


def test_keyless_records_keep_their_partition_order_in_one_lane_per_partition() -> None:
    keys = [(0, None), (1, None), (0, None), (0, b"a")]
    assert lanes(keys) == [[0, 2], [1], [3]]


def test_every_record_is_in_exactly_one_lane() -> None:
    keys = [(i % 3, None if i % 4 == 0 else str(i % 5).encode()) for i in range(40)]
    assert sorted(i for lane in lanes(keys) for i in lane) == list(range(40))
    assert lanes([]) == []
