"""Ingest from an in-house billing system: a signed webhook (DESIGN §2, §7).

The body is verified before anything else is read from it; then the PDF is staged in S3 by its
sha256, an ``invoice.raw`` event is produced (idempotent producer, acks=all) and only then do we
answer 202 — so a 202 means the invoice cannot be lost.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
import time
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Request, status
from pydantic import BaseModel, Field, ValidationError

from services.adapters.crypto import decrypt
from services.core.errors import BadSignatureError, Rejected
from services.core.events import raw_event
from services.core.keys import staging_key
from services.core.topics import INVOICE_RAW
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from services.web.deps import PortsDep

router = APIRouter(prefix="/api/v1/webhooks", tags=["ingest"])


class WebhookDocument(BaseModel):
    filename: str | None = Field(None, max_length=255)
    content_base64: str = Field(..., description="the PDF, base64")


class WebhookPayload(BaseModel):
    external_id: str = Field(..., min_length=1, max_length=256, description="the invoice's id in your system")
    site: str | None = Field(None, description="site (telephely); defaults to the connection's site")
    invoice: dict[str, Any] | None = Field(None, description="invoice data in the invoice.v1 wire form")
    document: WebhookDocument


class Accepted(BaseModel):
    event_id: str
    external_id: str
    sha256: str


def _fail(code: int, reason: str, message: str) -> HTTPException:
    return HTTPException(code, {"reason": reason, "message": message})


@router.post(
    "/{connection_id}",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    summary="Receive an invoice from an in-house billing system",
    description=(
        "Body: JSON (`WebhookPayload`) with the PDF in base64, or multipart with a `metadata` JSON "
        "part and a `document` file part. Sign with HMAC-SHA256 over `<timestamp>.<raw body>` using "
        f"the connection secret: headers `{TIMESTAMP_HEADER}: <unix seconds>` and "
        f"`{SIGNATURE_HEADER}: v1=<hex>`. Requests older than the replay window are refused."
    ),
    openapi_extra={"requestBody": {"content": {"application/json": {"schema": {
        "$ref": "#/components/schemas/WebhookPayload"}}}, "required": True}},
    responses={401: {"description": "bad, missing or stale signature"}, 404: {"description": "unknown connection"},
               413: {"description": "document too large"}, 422: {"description": "payload not valid"}},
)
async def receive_invoice(
    connection_id: str,
    request: Request,
    ports: PortsDep,
    x_szamlatar_timestamp: Annotated[str | None, Header()] = None,
    x_szamlatar_signature: Annotated[str | None, Header()] = None,
) -> Accepted:
    settings = ports.settings
    metric = ports.metrics.ingested
    connection = await asyncio.to_thread(ports.connections.get, connection_id)
    if connection is None or connection.get("kind") != "own_system" or connection.get("disabled"):
        metric.labels("own_system", "refused", "unknown_connection").inc()
        raise _fail(404, "unknown_connection", f"no active own-system connection {connection_id!r}")
    declared = int(request.headers.get("content-length") or 0)
    limit = settings.max_document_bytes * 4 // 3 + 64 * 1024  # base64 overhead + metadata
    if declared > limit:
        metric.labels("own_system", "refused", "too_large").inc()
        raise _fail(413, "too_large", f"body of {declared} bytes exceeds {limit}")
    body = await request.body()
    if len(body) > limit:
        raise _fail(413, "too_large", f"body of {len(body)} bytes exceeds {limit}")

    keks = {settings.kek_id: settings.kek}
    secrets = [decrypt(base64.b64decode(s), keks).decode() for s in connection.get("secrets", [])]
    try:
        verify(secrets, x_szamlatar_timestamp, x_szamlatar_signature, body, time.time(),
               settings.webhook_tolerance_seconds)
    except BadSignatureError as exc:
        metric.labels("own_system", "refused", exc.reason.value).inc()
        raise _fail(401, exc.reason.value, exc.message) from exc

    payload, pdf, filename = await _read_payload(request, body)
    if not pdf.startswith(b"%PDF-"):
        metric.labels("own_system", "refused", "malformed_pdf").inc()
        raise _fail(422, "malformed_pdf", "document is not a PDF (no %PDF- header)")
    if len(pdf) > settings.max_document_bytes:
        raise _fail(413, "too_large", f"PDF of {len(pdf)} bytes exceeds {settings.max_document_bytes}")

    tenant = connection["tenant"]
    sha = hashlib.sha256(pdf).hexdigest()
    key = staging_key(tenant, sha)
    try:
        await asyncio.to_thread(ports.store.stage, key, pdf, sha)
        event = raw_event(
            tenant=tenant, site=payload.site or connection.get("site", "default"), source_kind="own_system",
            connection_id=connection_id, external_id=payload.external_id,
            correlation_id=request.headers.get("x-correlation-id") or str(uuid.uuid4()),
            document={"sha256": sha, "bucket": settings.staging_bucket, "object_key": key,
                      "media_type": "application/pdf", "size": len(pdf), "filename": filename},
            metadata=payload.invoice, now=datetime.now(UTC),
        )
        await asyncio.to_thread(ports.publisher.publish, INVOICE_RAW.name, event)
    except Rejected as exc:
        metric.labels("own_system", "refused", exc.reason.value).inc()
        raise _fail(422, exc.reason.value, exc.message) from exc
    metric.labels("own_system", "accepted", "").inc()
    return Accepted(event_id=event["event_id"], external_id=payload.external_id, sha256=sha)


async def _read_payload(request: Request, body: bytes) -> tuple[WebhookPayload, bytes, str | None]:
    ctype = request.headers.get("content-type", "")
    try:
        if ctype.startswith("multipart/form-data"):
            form = await request.form()
            meta_raw, part = form.get("metadata"), form.get("document")
            if not isinstance(meta_raw, str) or part is None or isinstance(part, str):
                raise _fail(422, "schema_violation", "multipart needs a 'metadata' JSON field and a 'document' file")
            pdf = await part.read()
            meta = json.loads(meta_raw)
            meta["document"] = {"filename": part.filename, "content_base64": ""}
            payload = WebhookPayload.model_validate(meta)
            return payload, pdf, part.filename
        payload = WebhookPayload.model_validate_json(body)
        pdf = base64.b64decode(payload.document.content_base64, validate=True)
        return payload, pdf, payload.document.filename
    except (ValidationError, json.JSONDecodeError, binascii.Error, ValueError) as exc:
        message = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
        raise _fail(422, "schema_violation", f"payload is not valid: {message}") from exc
