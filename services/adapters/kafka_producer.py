"""The ingest side's producer (kafka-python): idempotent, acks=all, and synchronous where the
caller must know the event is durable before answering (a webhook's 202).

How long a publish may take before it reports ``BrokerUnavailableError`` is a ``ProduceTimeouts``:
``AT_THE_DOOR`` for the API, where a sender is waiting and must learn within a few seconds that
Kafka is down (503 + ``Retry-After``, never a hang near its own timeout), ``IN_THE_BACKGROUND`` for
everything else (pollers, consumers, the CLI), which retries on its own schedule anyway.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass
from typing import Any

from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaConnectionError, KafkaError, TopicAlreadyExistsError

from services.adapters.kafka_auth import client_options
from services.adapters.schemas import encode
from services.adapters.settings import KafkaAuth, Settings
from services.core.errors import BrokerUnavailableError
from services.core.keys import partition_key_of
from services.core.topics import TopicSpec

logger = logging.getLogger(__name__)


LINGER_MS = 5
REBUILD_PAUSE_SECONDS = 1.0


@dataclass(frozen=True)
class ProduceTimeouts:
    """The producer's bounds: together they are the longest a publish takes to fail."""

    max_block_ms: int  # waiting for the topic's metadata (the broker unreachable) before the record is queued
    request_timeout_ms: int  # one produce request
    delivery_timeout_ms: int  # queued → acknowledged, retries included; then the record expires, never sent later

    def __post_init__(self) -> None:
        # kafka-python's own rule: a record must be able to outlive one request and the linger.
        if self.delivery_timeout_ms < self.request_timeout_ms + LINGER_MS:
            raise ValueError(f"delivery_timeout_ms must cover request_timeout_ms + linger: {self}")

    @property
    def seconds(self) -> float:
        """The longest a publish blocks before it reports failure (metadata wait + delivery)."""
        return (self.max_block_ms + self.delivery_timeout_ms) / 1000


# The API answers a sender who is waiting: Kafka down → 503 + Retry-After within ~5 s.
AT_THE_DOOR = ProduceTimeouts(max_block_ms=1_500, request_timeout_ms=2_500, delivery_timeout_ms=3_000)
IN_THE_BACKGROUND = ProduceTimeouts(max_block_ms=10_000, request_timeout_ms=10_000, delivery_timeout_ms=30_000)


class EventPublisher:
    def __init__(self, bootstrap: str, client_id: str, auth: KafkaAuth | None = None,
                 timeouts: ProduceTimeouts = IN_THE_BACKGROUND) -> None:
        self.timeouts = timeouts
        self._options: dict[str, Any] = {
            "bootstrap_servers": bootstrap, "client_id": client_id, **client_options(auth),
            "enable_idempotence": True, "acks": "all", "linger_ms": LINGER_MS,
            "retries": 2**31 - 1,  # idempotence makes broker-side retries safe
            "delivery_timeout_ms": timeouts.delivery_timeout_ms, "request_timeout_ms": timeouts.request_timeout_ms,
            "max_block_ms": timeouts.max_block_ms,
            # Building a producer waits for the broker (its version); bounded like any other wait, so
            # a rebuild during an outage fails in max_block_ms, not kafka-python's default 30 s.
            "bootstrap_timeout_ms": timeouts.max_block_ms,
        }
        self._lock = threading.Lock()
        self._build_failed_at = -math.inf
        self._producer: KafkaProducer | None = KafkaProducer(**self._options)

    def _current(self) -> KafkaProducer:
        """The producer, a new one if the last was discarded (raises ``KafkaError`` while Kafka is down).

        One caller at a time tries to build; while a try failed less than ``REBUILD_PAUSE_SECONDS``
        ago the others fail at once, so concurrent requests do not queue up behind one bootstrap
        timeout after another."""
        with self._lock:
            if self._producer is None:
                if time.monotonic() - self._build_failed_at < REBUILD_PAUSE_SECONDS:
                    raise KafkaConnectionError("Kafka was unreachable a moment ago")
                try:
                    self._producer = KafkaProducer(**self._options)
                except KafkaError:
                    self._build_failed_at = time.monotonic()
                    raise
            return self._producer

    def _discard(self, producer: KafkaProducer) -> None:
        """Forget a producer whose publish failed. After records expired in flight (the broker died
        with them) kafka-python's idempotent producer was seen refusing every later record although
        the broker was back — the API answered 503 for good. A new producer starts with a new
        producer id and nothing in flight; the records the old one held have failed to their callers."""
        failed = producer  # kept apart: the identity check below narrows ``producer`` to the Optional field's type
        with self._lock:
            if self._producer is not producer:
                return
            self._producer = None
        try:
            failed.close(timeout=0)
        except KafkaError as exc:
            logger.warning("closing a failed Kafka producer: %s", exc)

    @classmethod
    def of(cls, settings: Settings, client_id: str, timeouts: ProduceTimeouts = IN_THE_BACKGROUND) -> EventPublisher:
        """A process's publisher: the configured broker, logged in as the process's own principal."""
        return cls(settings.kafka_bootstrap, client_id, settings.kafka_auth, timeouts)

    def publish(self, topic: str, event: dict[str, Any], timeout: float | None = None) -> None:
        """Validate, send keyed by the partition key, and wait for the broker's acknowledgement."""
        value = encode(event)
        self.publish_raw(topic, partition_key_of(event).encode(), value, timeout)

    def publish_raw(self, topic: str, key: bytes | None, value: bytes, timeout: float | None = None,
                    headers: list[tuple[str, bytes]] | None = None) -> None:
        """Bytes as they are (DLQ replay, tests that produce invalid events on purpose).

        The wait outlasts the producer's delivery timeout, so a failure is the producer's own verdict
        (the record expired, it will not be sent later) rather than our giving up on a record still queued."""
        wait = timeout if timeout is not None else self.timeouts.seconds + 1.0
        producer: KafkaProducer | None = None
        try:
            producer = self._current()
            producer.send(topic, key=key, value=value, headers=headers).get(timeout=wait)
        except KafkaError as exc:
            if producer is not None:
                self._discard(producer)
            raise BrokerUnavailableError(f"Kafka: produce to {topic}: {type(exc).__name__}") from exc

    def close(self) -> None:
        with self._lock:
            producer, self._producer = self._producer, None
        if producer is not None:
            producer.close(timeout=10)


def ensure_topics(bootstrap: str, topics: tuple[TopicSpec, ...], auth: KafkaAuth | None = None) -> list[str]:
    """Create missing topics with their partitions and configs; returns the names created."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="szamlatar-admin", **client_options(auth))
    created: list[str] = []
    try:
        existing = set(admin.list_topics())
        for spec in topics:
            if spec.name in existing:
                continue
            try:
                admin.create_topics(
                    [NewTopic(spec.name, spec.partitions, 1, topic_configs=dict(spec.configs))]
                )
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass
    except KafkaError as exc:
        raise BrokerUnavailableError(f"Kafka: create topics: {type(exc).__name__}") from exc
    finally:
        admin.close()
    return created
