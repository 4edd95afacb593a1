"""Which records of a stage may be handled side by side.

Kafka keeps one invoice's records in order because they share a partition key
(``core/keys.py``); records of different invoices carry no order between them. So a stage may
handle records concurrently as long as the records of one key stay in one lane, in the order they
came. A record without a key has no invoice to order by: those of one partition share a lane, so
they keep the order the partition gave them.
"""

from __future__ import annotations

from collections.abc import Hashable

Lane = tuple[str, Hashable | None]


def lane_of(partition: int | None, key: Hashable | None) -> Lane:
    """The lane of a record: its key's, or its partition's when it has no key."""
    return ("partition", partition) if key is None else ("key", key)
