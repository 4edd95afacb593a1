"""Lanes: one key's records share a lane whatever their partition; keyless records share their partition's."""

from __future__ import annotations

from services.core.lanes import lane_of


def test_a_key_is_its_own_lane_and_a_keyless_record_takes_its_partitions() -> None:
    assert lane_of(0, b"a") == lane_of(0, b"a") != lane_of(0, b"b")
    assert lane_of(0, None) == lane_of(0, None) != lane_of(1, None)
    assert lane_of(0, None) != lane_of(0, b"0")
