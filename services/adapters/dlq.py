"""Reading invoice.dlq and replaying its records to the topics they failed on."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from pymongo.database import Database

from services.adapters.kafka_producer import EventPublisher
from services.adapters.mongo import translate_errors
from services.core.topics import INVOICE_DLQ


def read_dlq(bootstrap: str) -> Iterator[dict[str, Any]]:
    """Every record currently in the DLQ, oldest first per partition (a snapshot to the end offsets)."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, group_id=None,
                             consumer_timeout_ms=2000)
    try:
        numbers = consumer.partitions_for_topic(INVOICE_DLQ.name) or ()
        partitions = [TopicPartition(INVOICE_DLQ.name, p) for p in numbers]
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


def original_payload(record: dict[str, Any]) -> bytes:
    if record.get("payload_encoding") == "base64":
        return base64.b64decode(record["payload"])
    return str(record["payload"]).encode("utf-8")


def replay(record: dict[str, Any], publisher: EventPublisher, db: Database[dict[str, Any]]) -> bool:
    """Re-produce one record's original message to its topic, once; False if already replayed."""
    with translate_errors("read replay log"):
        if db.dlq_replays.find_one({"_id": record["event_id"]}):
            return False
    key = record["key"].encode() if record.get("key") is not None else None
    publisher.publish_raw(record["topic"], key, original_payload(record))
    with translate_errors("write replay log"):
        db.dlq_replays.replace_one(
            {"_id": record["event_id"]},
            {"_id": record["event_id"], "topic": record["topic"], "stage": record["stage"],
             "reason": record["reason"], "replayed_at": datetime.now(UTC)},
            upsert=True,
        )
    return True
