"""Reading topics back in the drills and the integration tests."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from kafka import KafkaConsumer

from services.adapters.settings import Settings


def json_objects(messages: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """The messages' values that are JSON objects: a topic may also hold the tombstones and garbage
    test_poison_records plants, which every consumer must survive, and so must the tests' readers."""
    for message in messages:
        try:
            record = json.loads(message.value)
        except (TypeError, ValueError):
            continue
        if isinstance(record, dict):
            yield record


def dead_letters_of(settings: Settings, tenant: str) -> list[dict[str, Any]]:
    """Every invoice.dlq record of ``tenant``, the topic read from the start to its end."""
    consumer = KafkaConsumer("invoice.dlq", bootstrap_servers=settings.kafka_bootstrap, group_id=None,
                             auto_offset_reset="earliest", enable_auto_commit=False, consumer_timeout_ms=3000)
    try:
        return [r for r in json_objects(consumer) if r.get("tenant") == tenant]
    finally:
        consumer.close()
