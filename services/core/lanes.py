"""A poll's records split into lanes that may be handled side by side.

Kafka keeps one invoice's records in order because they share a partition key
(``core/keys.py``); records of different invoices carry no order between them. So a stage may
handle a batch of records concurrently as long as the records of one key stay in one lane, in the
order they came. A record without a key has no invoice to order by: those of one partition share
a lane, so they keep the order the partition gave them.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence


def lanes(keys: Sequence[tuple[int | None, Hashable | None]]) -> list[list[int]]:
    """Indexes into ``keys`` (each ``(partition, key)``) grouped by key — or by partition where the
    key is ``None`` — each lane in the order given, the lanes in the order of their first record."""
    by_lane: dict[tuple[str, Hashable | None], list[int]] = {}
    for index, (partition, key) in enumerate(keys):
        lane = ("partition", partition) if key is None else ("key", key)
        by_lane.setdefault(lane, []).append(index)
    return list(by_lane.values())
