"""In-memory stand-ins for the few MongoDB collections and the publisher that DLQ replay and the
downstream worker's dead-letter path touch, and a consumed record."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tests.fakes.publisher import Publisher as FakePublisher  # the one publisher twin, under its old name here

__all__ = ["FakeCollection", "FakeDb", "FakePublisher", "Message"]


@dataclass(frozen=True)
class Message:
    """A consumed record as the consumer shell reads it (kafka-python's ``ConsumerRecord`` has these)."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: Sequence[tuple[str, bytes]] = ()
    timestamp: int | None = None  # milliseconds since the epoch, as kafka-python gives it


class FakeCollection:
    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}

    def find_one(self, query: dict[str, Any]) -> dict[str, Any] | None:
        found = self.docs.get(query["_id"])
        ok = found is not None and all(found.get(k) == v for k, v in query.items())
        return copy.deepcopy(found) if ok else None

    def replace_one(self, query: dict[str, Any], doc: dict[str, Any], upsert: bool = False) -> None:
        assert upsert or query["_id"] in self.docs
        self.docs[query["_id"]] = copy.deepcopy(doc)


class FakeDb:
    def __init__(self) -> None:
        self.dlq_replays, self.webhook_subscriptions = FakeCollection(), FakeCollection()
        self.webhook_deliveries = FakeCollection()  # the delivery log (adapters/webhook_deliveries.py)
