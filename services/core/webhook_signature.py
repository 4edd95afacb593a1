"""HMAC-SHA256 webhook signatures over timestamp and body.

Headers: ``X-Szamlatar-Timestamp: <unix seconds>`` and
``X-Szamlatar-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>." + body)>``.
Binding the timestamp into the MAC makes a captured request useless after the window.
Several secrets may be valid at once so a secret can be rotated without downtime.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

from services.core.errors import BadSignatureError, ReasonCode

TIMESTAMP_HEADER = "X-Szamlatar-Timestamp"
SIGNATURE_HEADER = "X-Szamlatar-Signature"


def mac(secret: str, message: bytes) -> str:
    """``v1=<hex HMAC-SHA256>``: the signature form webhooks and signed Kafka records share."""
    return "v1=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def matches(secrets: Sequence[str], signature_header: str, message: bytes) -> bool:
    """Whether one of the comma-separated signatures is ``message``'s under one of the ``secrets``
    (compared in constant time)."""
    given = [part.strip() for part in signature_header.split(",")]
    return any(hmac.compare_digest(mac(secret, message), g) for secret in secrets for g in given)


def sign(secret: str, timestamp: int, body: bytes) -> str:
    return mac(secret, f"{timestamp}.".encode() + body)


def verify(
    secrets: Sequence[str],
    timestamp_header: str | None,
    signature_header: str | None,
    body: bytes,
    now: float,
    tolerance_seconds: int,
) -> int:
    """Returns the verified timestamp; raises ``BadSignatureError`` saying what was wrong."""
    if not signature_header or not timestamp_header:
        missing = SIGNATURE_HEADER if not signature_header else TIMESTAMP_HEADER
        raise BadSignatureError(f"missing {missing} header", reason=ReasonCode.MISSING_SIGNATURE)
    try:
        timestamp = int(timestamp_header)
    except ValueError as exc:
        raise BadSignatureError(
            f"{TIMESTAMP_HEADER} must be unix seconds", reason=ReasonCode.BAD_SIGNATURE
        ) from exc
    if abs(now - timestamp) > tolerance_seconds:
        raise BadSignatureError(
            f"timestamp is {int(now - timestamp)} s away from now; the window is ±{tolerance_seconds} s",
            reason=ReasonCode.STALE_TIMESTAMP,
        )
    if matches(secrets, signature_header, f"{timestamp}.".encode() + body):
        return timestamp
    raise BadSignatureError("signature does not match the body", reason=ReasonCode.BAD_SIGNATURE)
