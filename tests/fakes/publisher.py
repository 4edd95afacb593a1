"""An in-memory twin of ``services/adapters/kafka_producer.py``'s ``EventPublisher``: every event is
validated against its topic's schema and encoded as the real producer does, then kept."""

from __future__ import annotations

import json
from typing import Any

from services.adapters.schemas import encode
from services.core.keys import partition_key_of

Doc = dict[str, Any]


class Publisher:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []  # topic, key, value
        self.headers: list[list[tuple[str, bytes]]] = []  # of each sent message
        self.closed = False

    def publish(self, topic: str, event: Doc, timeout: float = 30.0) -> None:
        value = encode(event)  # validated first: a refused event needs no key
        self.publish_raw(topic, partition_key_of(event).encode(), value, timeout)

    def publish_raw(self, topic: str, key: bytes | None, value: bytes, timeout: float = 30.0,
                    headers: list[tuple[str, bytes]] | None = None) -> None:
        self.sent.append((topic, key, value))
        self.headers.append(list(headers or []))

    def close(self) -> None:
        self.closed = True

    # --- for tests ------------------------------------------------------------------------------
    def on(self, topic: str) -> list[Doc]:
        """The events sent to ``topic``, decoded, in order."""
        return [json.loads(value) for t, _, value in self.sent if t == topic]
