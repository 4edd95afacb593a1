"""Publishing a document a source delivered (Billingo, Számlázz.hu, a pull connection): its
envelope, the PDF staged by its sha256, and ``invoice.raw`` produced with the broker's ack."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from services.adapters.settings import Settings
from services.core.errors import MalformedDocumentError, ReasonCode
from services.core.events import raw_event
from services.core.keys import staging_key
from services.core.topics import INVOICE_RAW

Doc = dict[str, Any]


def envelope_for(connection: Doc, external_id: str, correlation_id: str) -> Doc:
    return {
        "tenant": connection["tenant"],
        "site": connection.get("site") or "default",
        "source": {"kind": connection["kind"], "connection_id": connection["_id"]},
        "external_id": external_id,
        "correlation_id": correlation_id[:128],
    }


def publish_document(
    *, settings: Settings, store: Any, publisher: Any, envelope: Doc, pdf: bytes, filename: str,
    metadata: Doc | None, now: datetime,
) -> Doc:
    """Stage the PDF by its sha256, then produce ``invoice.raw`` and wait for the broker's ack.
    Both steps are idempotent: the same bytes stage once, the same event carries the same id."""
    if not pdf.startswith(b"%PDF-"):
        raise MalformedDocumentError("the billing system's document is not a PDF (no %PDF- header)")
    if len(pdf) > settings.max_document_bytes:
        raise MalformedDocumentError(f"PDF of {len(pdf)} bytes exceeds {settings.max_document_bytes}",
                                     reason=ReasonCode.TOO_LARGE)
    sha = hashlib.sha256(pdf).hexdigest()
    key = staging_key(envelope["tenant"], sha)
    store.stage(key, pdf, sha)
    event = raw_event(
        tenant=envelope["tenant"], site=envelope["site"], source_kind=envelope["source"]["kind"],
        connection_id=envelope["source"]["connection_id"], external_id=envelope["external_id"],
        correlation_id=envelope["correlation_id"],
        document={"sha256": sha, "bucket": settings.staging_bucket, "object_key": key,
                  "media_type": "application/pdf", "size": len(pdf), "filename": filename[:255]},
        metadata=metadata, now=now,
    )
    publisher.publish(INVOICE_RAW.name, event)
    return event
