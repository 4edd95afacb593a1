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
"""

from __future__ import annotations

import base64
from typing import Final

from services.core.errors import ReasonCode, SchemaViolationError

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
