"""The ingest side's producer (kafka-python): idempotent, acks=all, and synchronous where the
caller must know the event is durable before answering (a webhook's 202)."""

from __future__ import annotations

import logging
from typing import Any

from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from services.adapters.kafka_auth import client_options
from services.adapters.schemas import encode
from services.adapters.settings import KafkaAuth, Settings
from services.core.errors import BrokerUnavailableError
from services.core.keys import partition_key_of
from services.core.topics import TopicSpec

logger = logging.getLogger(__name__)


class EventPublisher:
    def __init__(self, bootstrap: str, client_id: str, auth: KafkaAuth | None = None) -> None:
        self._producer = KafkaProducer(
            bootstrap_servers=bootstrap,
            client_id=client_id,
            **client_options(auth),
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
            retries=2**31 - 1,  # idempotence makes broker-side retries safe
            delivery_timeout_ms=30_000,
            request_timeout_ms=10_000,
            max_block_ms=10_000,
        )

    @classmethod
    def of(cls, settings: Settings, client_id: str) -> EventPublisher:
        """A process's publisher: the configured broker, logged in as the process's own principal."""
        return cls(settings.kafka_bootstrap, client_id, settings.kafka_auth)

    def publish(self, topic: str, event: dict[str, Any], timeout: float = 30.0) -> None:
        """Validate, send keyed by the partition key, and wait for the broker's acknowledgement."""
        value = encode(event)
        self.publish_raw(topic, partition_key_of(event).encode(), value, timeout)

    def publish_raw(self, topic: str, key: bytes | None, value: bytes, timeout: float = 30.0,
                    headers: list[tuple[str, bytes]] | None = None) -> None:
        """Bytes as they are (DLQ replay, tests that produce invalid events on purpose)."""
        try:
            self._producer.send(topic, key=key, value=value, headers=headers).get(timeout=timeout)
        except KafkaError as exc:
            raise BrokerUnavailableError(f"Kafka: produce to {topic}: {type(exc).__name__}") from exc

    def close(self) -> None:
        self._producer.close(timeout=10)


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
