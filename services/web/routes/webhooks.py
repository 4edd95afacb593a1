"""Ingest from an in-house billing system: a signed webhook (DESIGN §2, §7).

The body is verified before anything else is read from it: HMAC-SHA256 over
``<timestamp>.<raw body>`` with any of the connection's secrets (two while a secret is rotated),
the timestamp within the replay window, and the request not seen before (nonce memory in
MongoDB, ``services/adapters/webhook_nonces.py``). Then the PDF — inline base64, a multipart
file, or a URL fetched under the connection's URL policy (``services/core/url_policy.py``) — is
staged in S3 by its sha256, an ``invoice.raw`` event is produced (idempotent producer,
acks=all) and only then do we answer 202, so a 202 means the invoice cannot be lost.

Once the event is durable the answer is 202, whatever bookkeeping fails after it: a sender told
"failed" about an invoice we hold would give up on it or send it again for nothing. The nonce is
marked accepted on a best-effort basis; one left ``pending`` (that mark failed, or the process died
between the publish and the mark) is taken over by the same request sent again, which publishes the
same event id again — absorbed by the archive step — and is answered 202 like the first. While Kafka,
S3 or MongoDB is down the answer is 503 with ``Retry-After`` within a few seconds (the API's producer
is bounded by ``kafka_producer.AT_THE_DOOR``), and nothing has been accepted.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Header, Request, status
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from services.adapters.recent_connections import RecentConnections
from services.adapters.sealer import Sealer
from services.adapters.url_fetch import fetch
from services.adapters.webhook_nonces import nonce_of
from services.core.errors import (
    BadSignatureError,
    ConnectionDisabledError,
    FetchFailedError,
    LimitExceededError,
    MalformedDocumentError,
    NotFoundError,
    ReasonCode,
    Rejected,
    ReplayedError,
    Retryable,
    SchemaViolationError,
    UnsupportedMediaTypeError,
)
from services.core.events import raw_event
from services.core.http_headers import unsupported_media_type
from services.core.keys import staging_key
from services.core.pausing import check_door_open
from services.core.source_binding import connection_site
from services.core.topics import INVOICE_RAW
from services.core.url_policy import UrlPolicy, UrlRefusedError
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from services.web.deps import Ports, PortsDep
from services.web.errors import unprocessable

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1/webhooks", tags=["ingest"])
BODY_TYPES = ("application/json", "multipart/form-data")
# A body up to this size is verified on the event loop when its connection is kept: its HMAC costs
# less than a hop to a thread. A larger one is verified in a thread, so the loop is not held.
ON_LOOP_BYTES = 256 * 1024
T = TypeVar("T")


class WebhookDocument(BaseModel):
    """Exactly one of ``content_base64`` and ``url``."""

    filename: str | None = Field(None, max_length=255)
    content_base64: str | None = Field(None, description="the PDF, base64 (standard alphabet, padded)")
    url: str | None = Field(
        None, max_length=2048,
        description="an https URL we fetch the PDF from; its host must be on the connection's allowlist "
                    "and resolve to a public address; no redirects off the allowlist; size-capped",
    )

    @model_validator(mode="after")
    def one_source(self) -> WebhookDocument:
        if (self.content_base64 is None) == (self.url is None):
            raise ValueError("document needs exactly one of content_base64 and url")
        return self


class WebhookPayload(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"external_id": "INV-2025-0042", "invoice": {"number": "INV-2025-0042", "issue_date": "2025-03-01",
                                                     "currency": "HUF", "gross_total": "127000"},
         "document": {"filename": "INV-2025-0042.pdf", "content_base64": "JVBERi0xLjcK..."}},
        {"external_id": "INV-2025-0043",
         "document": {"url": "https://erp.example.hu/invoices/INV-2025-0043.pdf"}},
    ]})

    external_id: str = Field(..., min_length=1, max_length=256, description="the invoice's id in your system")
    site: str | None = Field(None, max_length=64, description="site (telephely): the connection's own, which is "
                             "used when this is absent; naming another is refused (422 `site_mismatch`)")
    invoice: dict[str, Any] | None = Field(None, description="invoice data in the invoice.v1 wire form")
    document: WebhookDocument


class Accepted(BaseModel):
    event_id: str
    external_id: str
    sha256: str


DESCRIPTION = f"""
Sign every request: `{TIMESTAMP_HEADER}: <unix seconds>` and
`{SIGNATURE_HEADER}: v1=<hex HMAC-SHA256(secret, "<timestamp>." + raw body)>`.
While a secret is being rotated both the old and the new one are accepted.

* The timestamp must be within ±300 s of our clock (the replay window).
* Each request (timestamp + body) is accepted once: sending the identical request again within the
  window is answered **409 `replayed`** with the `event_id` of the first delivery — nothing is
  produced twice. To re-send an invoice, sign it again with a new timestamp. A request whose first
  delivery got no answer (a timeout, a dropped connection) may be sent again as it is: it is answered
  202 with the same `event_id`, or 409 `replayed` with it once the first one is on record.
* **503** with `Retry-After` (seconds) while one of our stores is down: nothing was accepted; send
  the same invoice again after that long. Once the invoice is durable the answer is 202, whatever
  fails after it. We answer within a few seconds; give your client a timeout of at least 15 s.

Body, one of:

1. `application/json` — `WebhookPayload` with `document.content_base64` (the PDF, base64);
2. `application/json` — `WebhookPayload` with `document.url`, an https URL on the connection's
   allowlist, fetched by us (public addresses only, no redirect off the allowlist, size-capped);
3. `multipart/form-data` — a `metadata` field holding the `WebhookPayload` JSON without `document`,
   and a `document` file part holding the PDF. The signature covers the whole multipart body.

Errors carry `{{"detail": {{"reason": ..., "message": ...}}}}`: 401 `bad_signature` /
`missing_signature` / `stale_timestamp`, 404 `unknown_connection`, 409 `replayed`,
413 `too_large`, 415 `unsupported_media_type` (any other `Content-Type`),
422 `schema_violation` / `site_mismatch` / `malformed_pdf` / `url_refused`, 502 when the document URL
cannot be fetched, 503 `disabled` with `Retry-After` while an administrator has paused the connection
(a correctly signed request only; nothing was accepted: send it again later, as for any 503).
Examples in curl and Python: `docs/webhooks.md`.
"""


@router.post(
    "/{connection_id}",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    summary="Receive an invoice from an in-house billing system",
    description=DESCRIPTION,
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/WebhookPayload"}},
        "multipart/form-data": {"schema": {"type": "object", "required": ["metadata", "document"], "properties": {
            "metadata": {"type": "string", "description": "WebhookPayload as JSON, without `document`"},
            "document": {"type": "string", "format": "binary", "description": "the PDF"}}}},
    }}},
    responses={401: {"description": "bad, missing or stale signature"}, 404: {"description": "unknown connection"},
               409: {"description": "this exact request was already received (replay)"},
               413: {"description": "document too large"},
               415: {"description": "Content-Type is neither application/json nor multipart/form-data "
                                    "(or names a charset other than UTF-8)"},
               422: {"description": "payload not valid, names another site than the connection's, not a PDF, "
                                     "or document URL refused"},
               502: {"description": "the document URL could not be fetched"},
               503: {"description": "Kafka, S3 or MongoDB is down, or the connection is paused (reason "
                                    "`disabled`): nothing was accepted; send again after Retry-After seconds"}},
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
    # The body types of the contract only (a charset, if named, UTF-8), refused before any other work.
    refused_type = unsupported_media_type(request.headers.get("content-type"), BODY_TYPES)
    if refused_type is not None:
        metric.labels("own_system", "refused", "unsupported_media_type").inc()
        raise UnsupportedMediaTypeError(refused_type)
    # The connection is kept for a second across requests (``adapters/recent_connections.py``): a pause,
    # a deletion or a retired secret is refused within that second; a refusal is always made on a fresh read.
    recent = ports.recent_connections
    try:
        await _admitted(recent, connection_id, functools.partial(_own_system, connection_id))
    except NotFoundError:
        metric.labels("own_system", "refused", "unknown_connection").inc()
        raise
    try:
        declared = int(request.headers.get("content-length") or 0)
    except ValueError:
        declared = 0
    limit = settings.max_document_bytes * 4 // 3 + 64 * 1024  # base64 overhead + metadata
    if declared > limit:
        metric.labels("own_system", "refused", "too_large").inc()
        raise LimitExceededError(f"body declared at {declared} bytes exceeds {limit}")
    body = await _read_capped(request, limit)

    sealer = Sealer.of(settings)
    now = time.time()

    def admit(found: dict[str, Any] | None) -> tuple[dict[str, Any], float]:
        connection = _own_system(connection_id, found)
        secrets = [sealer.open(s) for s in connection.get("secrets", [])]
        timestamp = verify(secrets, x_szamlatar_timestamp, x_szamlatar_signature, body, now,
                           settings.webhook_tolerance_seconds)
        check_door_open(connection)  # only now: only the sender learns that its connection is paused
        return connection, timestamp

    try:
        connection, timestamp = await _admitted(recent, connection_id, admit, on_loop=len(body) <= ON_LOOP_BYTES)
    except BadSignatureError as exc:
        metric.labels("own_system", "refused", exc.reason.value).inc()
        raise
    except ConnectionDisabledError:
        metric.labels("own_system", "refused", "disabled").inc()
        raise
    except NotFoundError:  # deleted while its body was read
        metric.labels("own_system", "refused", "unknown_connection").inc()
        raise

    nonces = ports.nonces
    nonce = nonce_of(connection_id, timestamp, body)
    earlier = await asyncio.to_thread(nonces.claim, nonce, connection_id=connection_id, timestamp=timestamp,
                                      tolerance_seconds=settings.webhook_tolerance_seconds,
                                      now=datetime.fromtimestamp(now, UTC))
    if earlier is not None:
        metric.labels("own_system", "refused", "replayed").inc()
        raise ReplayedError("this request (timestamp and body) was already received; sign it again with a new "
                            "timestamp to re-send", event_id=earlier.get("event_id"))
    try:
        document = await _document(connection_id, connection, request, body, ports)
    except BaseException:
        await asyncio.to_thread(_bookkeeping, nonces.release, nonce, what="release the nonce")
        raise
    # Staging, the event and the nonce's mark in one thread: each hop to a thread cost the loop more
    # than the HMAC of a typical body.
    return await asyncio.to_thread(_deliver, document, connection_id, connection, nonce,
                                   request.headers.get("x-correlation-id"), ports)


async def _admitted(recent: RecentConnections, connection_id: str, check: Callable[[dict[str, Any] | None], T],
                    on_loop: bool = True) -> T:
    """``check`` on the connection kept a moment ago, right here on the event loop (no I/O), or in a
    thread when the store must be read (``RecentConnections``). ``on_loop=False``: the check itself is
    too long for the loop (an HMAC over a large body), so all of it runs in the thread."""
    if not on_loop:
        return await asyncio.to_thread(recent.admit, connection_id, check)
    kept = recent.admit_kept(connection_id, check)
    if kept is not None:
        return kept[0]
    return await asyncio.to_thread(recent.admit_read, connection_id, check)


def _own_system(connection_id: str, connection: dict[str, Any] | None) -> dict[str, Any]:
    if connection is None or connection.get("kind") != "own_system":
        raise NotFoundError(f"no active own-system connection {connection_id!r}", reason=ReasonCode.UNKNOWN_CONNECTION)
    return connection


def _bookkeeping(step: Any, *args: str, what: str) -> None:
    """A nonce step whose failure must not become the answer: the request's own outcome stands, and a
    nonce left pending is taken over by the same request sent again (``WebhookNonces.claim``). Blocking."""
    try:
        step(*args)
    except Retryable as exc:
        logger.warning("webhook: could not %s (%s); the answer stands", what, exc)


async def _read_capped(request: Request, limit: int) -> bytes:
    """The body, refusing as soon as it passes ``limit`` (a missing or lying Content-Length)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise LimitExceededError(f"body exceeds {limit} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    request._body = body  # Starlette's cache: lets request.form() parse a multipart body read here
    return body


@dataclass(frozen=True)
class _Document:
    payload: WebhookPayload
    pdf: bytes
    filename: str | None
    site: str


async def _document(connection_id: str, connection: dict[str, Any], request: Request, body: bytes,
                    ports: Ports) -> _Document:
    """The payload and its PDF (fetched when it is given by URL), checked against the connection."""
    settings = ports.settings
    metric = ports.metrics.ingested
    payload, pdf, filename = await _read_payload(request, body)
    site = connection_site(connection)
    if payload.site is not None and payload.site != site:
        # A connection is made for one site; a body may not move its invoices to another.
        metric.labels("own_system", "refused", "site_mismatch").inc()
        raise SchemaViolationError(f"connection {connection_id!r} writes for site {site!r}, not {payload.site!r}; "
                                   "leave site out or name the connection's own", reason=ReasonCode.SITE_MISMATCH)
    if pdf is None:
        assert payload.document.url is not None
        pdf, fetched_name = await _fetched(payload.document.url, connection, ports)
        filename = payload.document.filename or fetched_name
    if not pdf.startswith(b"%PDF-"):
        metric.labels("own_system", "refused", "malformed_pdf").inc()
        raise MalformedDocumentError("document is not a PDF (no %PDF- header)")
    if len(pdf) > settings.max_document_bytes:
        raise LimitExceededError(f"PDF of {len(pdf)} bytes exceeds {settings.max_document_bytes}")
    return _Document(payload, pdf, filename, site)


async def _fetched(url: str, connection: dict[str, Any], ports: Ports) -> tuple[bytes, str | None]:
    metric = ports.metrics.ingested
    policy = UrlPolicy.of(connection, ports.settings.max_document_bytes)
    try:
        fetched = await asyncio.to_thread(fetch, url, policy)
    except UrlRefusedError as exc:
        metric.labels("own_system", "refused", exc.reason.value).inc()
        raise
    except LimitExceededError as exc:
        metric.labels("own_system", "refused", "too_large").inc()
        raise LimitExceededError(exc.message) from exc
    except Exception as exc:  # UpstreamError and anything the remote side did
        metric.labels("own_system", "refused", "upstream").inc()
        raise FetchFailedError(f"the document URL could not be fetched: {exc}") from exc
    return fetched.content, fetched.filename


def _deliver(document: _Document, connection_id: str, connection: dict[str, Any], nonce: str,
             correlation_id: str | None, ports: Ports) -> Accepted:
    """Stage, publish, then mark the nonce; the nonce is released if the invoice did not become durable.
    Blocking: one thread for all of it."""
    try:
        accepted = _durable(document, connection_id, connection, correlation_id, ports)
    except BaseException:
        _bookkeeping(ports.nonces.release, nonce, what="release the nonce")
        raise
    # The event is durable: from here on nothing changes the answer.
    _bookkeeping(ports.nonces.accept, nonce, accepted.event_id, what="mark the nonce accepted")
    ports.metrics.ingested.labels("own_system", "accepted", "").inc()
    return accepted


def _durable(document: _Document, connection_id: str, connection: dict[str, Any], correlation_id: str | None,
             ports: Ports) -> Accepted:
    settings = ports.settings
    pdf, payload = document.pdf, document.payload
    tenant = connection["tenant"]
    sha = hashlib.sha256(pdf).hexdigest()
    key = staging_key(tenant, sha)
    try:
        ports.store.stage(key, pdf, sha)
        event = raw_event(
            tenant=tenant, site=document.site, source_kind="own_system",
            connection_id=connection_id, external_id=payload.external_id,
            correlation_id=correlation_id or str(uuid.uuid4()),
            document={"sha256": sha, "bucket": settings.staging_bucket, "object_key": key,
                      "media_type": "application/pdf", "size": len(pdf), "filename": document.filename},
            metadata=payload.invoice, now=datetime.now(UTC),
        )
        ports.publisher.publish(INVOICE_RAW.name, event)
    except Rejected as exc:
        ports.metrics.ingested.labels("own_system", "refused", exc.reason.value).inc()
        raise unprocessable(exc) from exc  # the staging store or the event schema refused it
    return Accepted(event_id=event["event_id"], external_id=payload.external_id, sha256=sha)


async def _read_payload(request: Request, body: bytes) -> tuple[WebhookPayload, bytes | None, str | None]:
    """(payload, PDF bytes or None when the PDF is to be fetched from ``document.url``, filename)."""
    ctype = request.headers.get("content-type", "")
    try:
        if ctype.startswith("multipart/form-data"):
            form = await request.form()
            meta_raw, part = form.get("metadata"), form.get("document")
            if not isinstance(meta_raw, str) or part is None or isinstance(part, str):
                raise SchemaViolationError("multipart needs a 'metadata' JSON field and a 'document' file")
            pdf = await part.read()
            meta = json.loads(meta_raw)
            if not isinstance(meta, dict):
                raise ValueError("metadata is not a JSON object")
            meta["document"] = {"filename": part.filename, "content_base64": ""}
            payload = WebhookPayload.model_validate(meta)
            return payload, pdf, part.filename
        payload = WebhookPayload.model_validate_json(body)
        if payload.document.content_base64 is None:
            return payload, None, payload.document.filename
        pdf = base64.b64decode(payload.document.content_base64, validate=True)
        return payload, pdf, payload.document.filename
    except (ValidationError, json.JSONDecodeError, binascii.Error, ValueError) as exc:
        message = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
        raise SchemaViolationError(f"payload is not valid: {message}") from exc
