"""A consumed record's value as a consumer may meet it, and as a dead letter carries it.

Any topic can hold a record without a value (a tombstone: Kafka's null) or with bytes that are not
UTF-8 text — nothing on the broker stops a producer writing them. Every consumer reads the value
through ``message_bytes`` first, so such a record becomes a ``Rejected`` error with its own reason
(``tombstone``, ``not_utf8``) that the consumer dead-letters like any other bad record, instead
of an ``AttributeError`` or ``TypeError`` that stops the consumer.

A dead letter (``invoice.dlq``, ``downstream.dlq``) carries the value in ``payload`` as text, with
``payload_encoding`` saying how to get the original bytes back: ``utf-8`` (the text itself),
``base64`` (bytes that are not UTF-8) or ``none`` (a tombstone: there were no bytes, and ``payload``
is empty). ``payload`` stays a string in every case, so readers that treat it as text keep working.

Both dead-letter topics hold one record shape, built by ``dead_letter``: where the message was
(``topic``, ``partition``, ``offset``, ``key``, ``headers``), who failed on it (``stage``), why
(``error_class``, ``reason``, ``message``), after how many ``attempts``, and the message itself. Two
fields carry a second name so that every reader of either topic finds the field it always read:
``target`` (downstream.dlq's name for the topic, or ``webhook:<subscription id>`` for a failed
webhook delivery) and ``error`` (downstream.dlq's name for ``message``).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Final

from services.core.errors import ReasonCode, Rejected, Retryable, SchemaViolationError, SzamlatarError
from services.core.keys import dlq_event_id
from services.core.topics import TopicSpec

Headers = Sequence[tuple[str, bytes | None]]
MESSAGE_LIMIT: Final = 1000  # characters of the error message a dead letter keeps

UTF8: Final = "utf-8"
BASE64: Final = "base64"
NO_VALUE: Final = "none"


def message_bytes(value: bytes | None, what: str) -> bytes:
    """``value`` when it is UTF-8 text; ``SchemaViolationError`` with reason ``tombstone`` or
    ``not_utf8`` otherwise. ``what`` (the schema or topic) goes into the message."""
    if value is None:
        raise SchemaViolationError(f"{what}: a tombstone (the record has no value)", reason=ReasonCode.TOMBSTONE)
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SchemaViolationError(f"{what}: the value is not UTF-8 (byte {exc.start} of {len(value)})",
                                   reason=ReasonCode.NOT_UTF8) from exc
    return value


def carried(value: bytes | None) -> tuple[str, str]:
    """(payload, payload_encoding) of a dead letter for the consumed ``value``."""
    if value is None:
        return "", NO_VALUE
    try:
        return value.decode("utf-8"), UTF8
    except UnicodeDecodeError:
        return base64.b64encode(value).decode("ascii"), BASE64


def original(payload: str, encoding: str | None) -> bytes | None:
    """The consumed value back from a dead letter's ``payload`` (``None`` for a tombstone). A record
    written before ``payload_encoding`` existed has none and holds text."""
    if encoding == NO_VALUE:
        return None
    if encoding == BASE64:
        return base64.b64decode(payload)
    return payload.encode("utf-8")


def key_text(key: bytes | None) -> str | None:
    """A record's key as a dead letter shows it: text, with bytes that are not UTF-8 replaced."""
    return key.decode("utf-8", "replace") if key is not None else None


def tenant_of(payload: str, encoding: str) -> str | None:
    """The tenant a dead-lettered message names, when it is JSON text that names one (a message
    that failed its schema still tells whose it was)."""
    if encoding != UTF8:
        return None
    try:
        tenant = json.loads(payload).get("tenant")
    except (ValueError, AttributeError):
        return None
    return tenant if isinstance(tenant, str) else None


def failure(error: BaseException) -> tuple[str, str, str]:
    """(error_class, reason, message) of a dead letter for ``error``. Our own errors carry a reason
    and a message safe to log; anything else is a bug (``internal``), named with its class."""
    reason = error.reason.value if isinstance(error, Rejected | Retryable) else ReasonCode.INTERNAL.value
    message = str(error) if isinstance(error, SzamlatarError) else f"{type(error).__name__}: {error}"
    return type(error).__name__, reason, message


def dead_letter(
    *, dlq: TopicSpec, stage: str, topic: str, partition: int | None, offset: int | None, key: bytes | None,
    value: bytes | None, error_class: str, reason: str, message: str, attempts: int, now: datetime,
    event: Mapping[str, Any] | None = None, headers: Headers = (), target: str | None = None,
    event_id: str | None = None,
) -> dict[str, Any]:
    """The dead letter for ``dlq`` (``invoice.dlq`` or ``downstream.dlq``) of the message ``value``
    consumed from ``topic``. ``event`` is the message decoded, when it could be (it names the
    original event id and the tenant). ``target`` defaults to ``topic``; ``event_id`` to the id from
    the message's position (``core/keys.py``), so the same message dead-lettered twice is one record."""
    payload, encoding = carried(value)
    text = message[:MESSAGE_LIMIT]
    return {
        "schema": dlq.schema,
        "event_id": event_id or dlq_event_id(dlq.name, topic, partition, offset, value),
        "failed_at": now.isoformat(),
        "stage": stage,
        "topic": topic,
        "target": target or topic,
        "partition": partition,
        "offset": offset,
        "key": key_text(key),
        "error_class": error_class,
        "reason": reason,
        "message": text,
        "error": text,
        "attempts": attempts,
        "original_event_id": event.get("event_id") if event is not None else None,
        "tenant": event.get("tenant") if event is not None else tenant_of(payload, encoding),
        "payload": payload,
        "payload_encoding": encoding,
        # Kept so a replay sends the message as it came: a producer's signature header still verifies.
        "headers": [{"key": k, "value_base64": base64.b64encode(v or b"").decode()} for k, v in headers],
    }
