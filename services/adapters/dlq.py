"""Reading a dead-letter topic (invoice.dlq, downstream.dlq) and replaying its records, each at most once.

* ``invoice.dlq``: the original message goes back to the topic it failed on.
* ``downstream.dlq``, by ``target``: a consumed message (``invoice.archived``, ``invoice.matched``,
  ``reference.changed``) goes back to its topic, with its key, for the downstream worker; a webhook
  delivery (``webhook:<subscription id>``) is POSTed again to that subscription — the same body and
  ``X-Szamlatar-Delivery``, signed afresh with the subscription's current secret. Why not re-publish
  the ``invoice.archived`` behind it instead: the worker would publish ``invoice.linked`` again and
  POST to every subscription of the tenant, not only to the one that failed.

``dlq_replays``, keyed by the record's ``event_id``, is the one replay log for both topics: a second
run replays nothing. A record counts as replayed once it is published again or, for a webhook,
once the receiver answered 2xx — a receiver still down keeps its records for the next run.
A dead-lettered tombstone (a record without a value, ``payload_encoding: none``) is not sent
again — it would only be dead-lettered once more — and is reported as not replayable.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from pymongo.database import Database

from services.adapters.kafka_auth import client_options
from services.adapters.kafka_producer import EventPublisher
from services.adapters.mongo import translate_errors
from services.adapters.reference_repo import SubscriptionRepo
from services.adapters.settings import KafkaAuth, Settings
from services.adapters.subscriptions import Post, open_secret, post_delivery
from services.core.dead_letters import original
from services.core.topics import DOWNSTREAM_DLQ, INVOICE_DLQ

DLQ_TOPICS = (INVOICE_DLQ.name, DOWNSTREAM_DLQ.name)
# The record fields each dead-letter topic can be filtered on (`szamlatar dlq list|replay`).
FILTERS: dict[str, tuple[str, ...]] = {INVOICE_DLQ.name: ("stage", "reason", "tenant"),
                                       DOWNSTREAM_DLQ.name: ("target", "reason", "tenant")}
_WEBHOOK = "webhook:"
logger = logging.getLogger(__name__)


class Replay(StrEnum):
    REPLAYED = "replayed"
    ALREADY_REPLAYED = "already_replayed"
    FAILED = "failed"
    NOT_REPLAYABLE = "not_replayable"


@dataclass(frozen=True)
class ReplayResult:
    outcome: Replay
    error: str = ""


def read_dlq(bootstrap: str, topic: str = INVOICE_DLQ.name,
             auth: KafkaAuth | None = None) -> Iterator[dict[str, Any]]:
    """Every record currently in ``topic``, oldest first per partition (a snapshot to the end offsets)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                             consumer_timeout_ms=2000, **client_options(auth))
    try:
        numbers = consumer.partitions_for_topic(topic) or ()
        partitions = [TopicPartition(topic, p) for p in numbers]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        end = consumer.end_offsets(partitions)
        remaining = {tp for tp in partitions if end[tp] > 0}
        while remaining:
            batch = consumer.poll(timeout_ms=2000)
            if not batch:
                break
            for tp, messages in batch.items():
                for message in messages:
                    if message.offset < end[tp]:
                        yield json.loads(message.value)
                    if message.offset >= end[tp] - 1:
                        remaining.discard(tp)
    finally:
        consumer.close()


def matches(record: dict[str, Any], filters: dict[str, str | None]) -> bool:
    """Whether ``record`` has every given (not ``None``) field value."""
    return all(value is None or record.get(field) == value for field, value in filters.items())


def original_payload(record: dict[str, Any]) -> bytes | None:
    """The dead-lettered message's value, as it was consumed (``None`` for a tombstone)."""
    return original(str(record["payload"]), record.get("payload_encoding"))


_TOMBSTONE = ReplayResult(Replay.NOT_REPLAYABLE, "a tombstone (no value) cannot be replayed")


def original_headers(record: dict[str, Any]) -> list[tuple[str, bytes]]:
    """The message's headers as they came (a producer's signature among them)."""
    return [(h["key"], base64.b64decode(h["value_base64"])) for h in record.get("headers") or ()]


def _replay_once(db: Database[dict[str, Any]], record: dict[str, Any], dlq: str,
                 send: Callable[[], str]) -> ReplayResult:
    """Run ``send`` (which returns an error text, empty on success) unless the record was replayed."""
    with translate_errors("read replay log"):
        if db.dlq_replays.find_one({"_id": record["event_id"]}):
            return ReplayResult(Replay.ALREADY_REPLAYED)
    error = send()
    if error:
        return ReplayResult(Replay.FAILED, error)
    noted: dict[str, Any] = {k: record[k] for k in ("topic", "stage", "reason", "target", "tenant") if k in record}
    with translate_errors("write replay log"):
        db.dlq_replays.replace_one(
            {"_id": record["event_id"]},
            {"_id": record["event_id"], "dlq": dlq, **noted, "replayed_at": datetime.now(UTC)},
            upsert=True,
        )
    return ReplayResult(Replay.REPLAYED)


def replay(record: dict[str, Any], publisher: EventPublisher, db: Database[dict[str, Any]]) -> ReplayResult:
    """An invoice.dlq record: its original message back to its topic, once."""
    value = original_payload(record)
    if value is None:
        return _TOMBSTONE

    def send() -> str:
        publisher.publish_raw(record["topic"], _key(record), value, headers=original_headers(record))
        return ""

    return _replay_once(db, record, INVOICE_DLQ.name, send)


def _key(record: dict[str, Any]) -> bytes | None:
    return record["key"].encode() if record.get("key") is not None else None


def replay_downstream(record: dict[str, Any], publisher: EventPublisher, db: Database[dict[str, Any]],
                      settings: Settings, post: Post) -> ReplayResult:
    """A downstream.dlq record: a webhook delivery POSTed again, a message back to its topic; once."""
    target = str(record["target"])
    value = original_payload(record)
    if value is None:
        return _TOMBSTONE

    def resend() -> str:
        publisher.publish_raw(target, _key(record), value)
        return ""

    def repost() -> str:
        sub_id, event = target.removeprefix(_WEBHOOK), str(record.get("event") or "invoice.linked")
        sub = SubscriptionRepo(db).get(str(record.get("tenant")), sub_id)
        if sub is None or sub.get("active") is False:
            return f"subscription {sub_id} is deleted or inactive"
        if event not in (sub.get("events") or ["invoice.linked"]):
            return f"subscription {sub_id} no longer takes {event}"
        _, error = post_delivery(post, sub["url"], open_secret(settings, sub), str(record["payload"]).encode(),
                                 event=event, delivery=record["event_id"])
        return error

    return _replay_once(db, record, DOWNSTREAM_DLQ.name, repost if target.startswith(_WEBHOOK) else resend)


class DeadLetterCounts:
    """How many of a tenant's dead letters wait in each DLQ topic, not yet replayed (the start page).

    Kafka keeps no count per tenant, so this reads the topics (``read_dlq``) — at most ``limit``
    records each, and once per ``ttl`` seconds per tenant; a DLQ is small while the system is healthy
    and is emptied by retention. ``None`` when Kafka or the replay log cannot be read now: the page
    says so instead of failing."""

    def __init__(self, settings: Settings, db: Database[dict[str, Any]], *, ttl: float = 60.0, limit: int = 10_000,
                 read: Callable[..., Iterator[dict[str, Any]]] = read_dlq,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings, self.db, self.ttl, self.limit, self.read, self.clock = settings, db, ttl, limit, read, clock
        self._cache: dict[str, tuple[float, dict[str, int]]] = {}
        self._lock = threading.Lock()

    def waiting(self, tenant: str) -> dict[str, int] | None:
        with self._lock:
            cached = self._cache.get(tenant)
            if cached is not None and self.clock() - cached[0] < self.ttl:
                return cached[1]
        try:
            counts = {topic: self._count(topic, tenant) for topic in DLQ_TOPICS}
        except Exception as exc:  # Kafka or MongoDB away: the start page shows the rest
            logger.warning("dead-letter counts unavailable: %s", exc)
            return None
        with self._lock:
            self._cache[tenant] = (self.clock(), counts)
        return counts

    def _count(self, topic: str, tenant: str) -> int:
        waiting = 0
        for seen, record in enumerate(self.read(self.settings.kafka_bootstrap, topic, self.settings.kafka_auth)):
            if seen >= self.limit:
                break
            if record.get("tenant") == tenant and not self.db.dlq_replays.find_one({"_id": record.get("event_id")}):
                waiting += 1
        return waiting
