"""The three shapes of ``invoice.raw``'s ``document`` (schemas/invoice.raw.v1.json), told apart
and turned into a staged reference — pure: the parse handler does the fetching and staging.

* staged  ``{sha256, bucket, object_key, media_type, size}``  — ingest workers
* inline  ``{content_base64, media_type[, sha256, filename]}`` — external producers, ≤ 512 KiB
* url     ``{url, media_type[, sha256, filename]}``             — external producers, allowlisted
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from enum import StrEnum
from typing import Any

from services.core.errors import IntegrityError, LimitExceededError, ReasonCode, SchemaViolationError
from services.core.keys import staging_key

INLINE_MAX_BYTES = 512 * 1024  # keeps a raw event under Kafka's default 1 MB message size


class DocumentShape(StrEnum):
    STAGED = "staged"
    INLINE = "inline"
    URL = "url"


def shape_of(document: dict[str, Any]) -> DocumentShape:
    if "object_key" in document:
        return DocumentShape.STAGED
    if "content_base64" in document:
        return DocumentShape.INLINE
    if "url" in document:
        return DocumentShape.URL
    raise SchemaViolationError("document is neither staged, inline nor a URL")


def decode_inline(document: dict[str, Any], max_bytes: int = INLINE_MAX_BYTES) -> bytes:
    encoded: str = document["content_base64"]
    if len(encoded) > (max_bytes + 2) // 3 * 4:
        raise LimitExceededError(f"inline document is over the inline limit of {max_bytes} bytes")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SchemaViolationError(f"content_base64 is not valid base64: {exc}") from exc
    if not data:
        raise SchemaViolationError("inline document is empty")
    check_expected_sha256(document, data)
    return data


def check_expected_sha256(document: dict[str, Any], data: bytes) -> None:
    expected = document.get("sha256")
    if expected and hashlib.sha256(data).hexdigest() != expected:
        raise IntegrityError("document bytes do not match the sha256 the producer gave", reason=ReasonCode.INTEGRITY)


def staged_reference(tenant: str, bucket: str, data: bytes, document: dict[str, Any],
                     media_type: str | None = None) -> dict[str, Any]:
    """The staged ``document.v1`` reference that replaces an inline or URL document downstream."""
    sha = hashlib.sha256(data).hexdigest()
    return {"sha256": sha, "bucket": bucket, "object_key": staging_key(tenant, sha),
            "media_type": media_type or document["media_type"], "size": len(data),
            "filename": document.get("filename")}
