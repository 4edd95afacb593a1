"""Számlázz.hu "Pénzügyi adatkapcsolat": the push receiver for issued invoices and their payment changes.

Számlázz.hu POSTs one ``<szamla>`` per issued or changed invoice with the connection's identification
key in ``X-Szamlazzhu-Key`` and re-sends until it gets a ``szamlavalasz`` acknowledgement echoing the
invoice's ``alap/id``. So the acknowledgement is sent only after everything is durable:

1. the key is checked (unknown → ``KEY_ERR``; connection deleted → ``KEY_DEL``: both stop the re-sending);
2. the document is read (defused XML, size-limited) and filtered by the connection's document kinds;
3. if its content is new or changed (``ingest_items`` holds the fingerprints), the PDF — from the push,
   or fetched through the Számla Agent when the push carries none — is staged and ``invoice.raw`` is
   produced; a storno / correction also records its link to the invoice it refers to;
4. if its payments changed, ``invoice.payment`` is produced — a notification only: a ``<szamla>`` has no
   change time, and a push re-sent late may carry an older state, so status-sync reads the invoice
   through the Számla Agent and applies what it shows then (an Agent outage delays that, but never this
   acknowledgement);
5. then 200 with the acknowledgement. A re-sent push changes nothing and is acknowledged again.

A transient failure (Kafka, S3, MongoDB, the Agent) answers 503, and Számlázz.hu simply tries again.
"""

from __future__ import annotations

import asyncio
import hmac
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Header, Request, Response

from services.adapters.billing import (
    BillingRepos,
    connection_agent,
    credential,
    envelope_for,
    publish_document,
)
from services.adapters.metrics import UpstreamMetrics
from services.adapters.settings import Settings
from services.core.billing_import import (
    DEFAULT_DOCUMENT_KINDS,
    link_record,
    read_szamla_document,
    szamla_links,
    szamla_metadata,
    szamla_observation,
    szamla_payments_fp,
    szamlavalasz,
    wants,
)
from services.core.errors import (
    ConnectionDisabledError,
    LimitExceededError,
    NotFoundError,
    ReasonCode,
    Rejected,
    SchemaViolationError,
)
from services.core.keys import invoice_id_of
from services.core.payments import observed_event
from services.core.topics import INVOICE_PAYMENT
from services.web.billing_deps import BillingDep
from services.web.deps import PortsDep
from services.web.errors import unprocessable

router = APIRouter(prefix="/api/v1/szamlazz", tags=["ingest"])
XML = "application/xml; charset=utf-8"
Doc = dict[str, Any]


def _answer(body: bytes, code: int = 200) -> Response:
    return Response(body, status_code=code, media_type=XML)


def accept_push(*, settings: Settings, repos: BillingRepos, upstream: UpstreamMetrics, store: Any, publisher: Any,
                connection: Doc, body: bytes) -> tuple[int | None, str, str]:
    """Import one pushed ``<szamla>``; returns (alap id, our invoice id, outcome)."""
    doc = read_szamla_document(body)
    cid, ext = connection["_id"], doc.number
    envelope = envelope_for(connection, ext, f"szamlazz-{cid}-{ext}-{doc.content_fp[:12]}")
    invoice_id = invoice_id_of(envelope)
    if not wants(doc.kind, connection.get("document_kinds") or DEFAULT_DOCUMENT_KINDS):
        return doc.alap_id, invoice_id, "skipped"
    now = datetime.now(UTC)
    known = repos.ingest.item(cid, ext)
    item = dict(known or {"_id": repos.ingest.item_id(cid, ext), "received_at": now})
    outcome = "unchanged"
    if known is None or known.get("content_fp") != doc.content_fp:
        pdf, origin = doc.pdf, "push"
        if pdf is None:
            agent, _ = connection_agent(settings, connection, upstream)
            try:
                pdf, origin = agent.get_pdf(invoice_number=ext), "agent"
            finally:
                agent.close()
        event = publish_document(settings=settings, store=store, publisher=publisher, envelope=envelope, pdf=pdf,
                                 filename=f"{ext.replace('/', '_')}.pdf", metadata=szamla_metadata(doc), now=now)
        for link in szamla_links(doc):
            repos.links.save(link_record(event, link))
        item.update({"content_fp": doc.content_fp, "pdf_sha256": event["document"]["sha256"], "pdf_from": origin,
                     "raw_event_id": event["event_id"]})
        outcome = "imported"
    payments_fp = szamla_payments_fp(doc)
    if (known or {}).get("payments_fp") != payments_fp:
        publisher.publish(INVOICE_PAYMENT.name, observed_event(
            envelope, invoice_id=invoice_id, invoice_number=ext, currency=doc.invoice.currency,
            observation=szamla_observation(doc, now.isoformat()), now=now.isoformat(),
        ))
        outcome = "imported" if outcome == "imported" else "payments_changed"
    item.update({"tenant": connection["tenant"], "connection_id": cid, "external_id": ext, "kind": doc.type_code,
                 "invoice_number": ext, "alap_id": doc.alap_id, "payments_fp": payments_fp, "updated_at": now,
                 "invoice_date": doc.invoice.issue_date.isoformat() if doc.invoice.issue_date else None})
    repos.ingest.save_item(item)
    return doc.alap_id, invoice_id, outcome


async def _body(request: Request, limit: int) -> bytes:
    declared = int(request.headers.get("content-length") or 0)
    if declared > limit:
        raise LimitExceededError(f"body of {declared} bytes exceeds {limit}")
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form()
        part = next((v for v in form.values() if not isinstance(v, str)), None)
        if part is None:
            raise SchemaViolationError("multipart push without a file part")
        data: bytes = await part.read()
    else:
        data = await request.body()
    if len(data) > limit:
        raise LimitExceededError(f"body of {len(data)} bytes exceeds {limit}")
    return data


@router.post(
    "/push/{connection_id}",
    summary="Számlázz.hu Pénzügyi adatkapcsolat: receive an issued or changed invoice (<szamla> XML)",
    description="Authenticated by the connection's identification key in `X-Szamlazzhu-Key`. Answers the "
                "`szamlavalasz` acknowledgement once the invoice is durable; 503 asks Számlázz.hu to re-send.",
    response_class=Response,
    responses={200: {"content": {"application/xml": {}}, "description": "szamlavalasz acknowledgement"}},
)
async def receive_push(
    connection_id: str, request: Request, ports: PortsDep, billing: BillingDep,
    x_szamlazzhu_key: Annotated[str | None, Header()] = None,
) -> Response:
    metric = ports.metrics.ingested
    connection = await asyncio.to_thread(billing.repos.connections.get, connection_id)
    if connection is None or connection.get("kind") != "szamlazz":
        metric.labels("szamlazz", "refused", "unknown_connection").inc()
        return _answer(szamlavalasz(None, error="KEY_ERR"))
    if connection.get("deleted"):
        metric.labels("szamlazz", "refused", "deleted_connection").inc()
        return _answer(szamlavalasz(None, error="KEY_DEL"))
    has_key = bool((connection.get("credentials") or {}).get("push_key"))
    expected = credential(ports.settings, connection, "push_key").encode() if has_key else b""
    if not has_key or not hmac.compare_digest((x_szamlazzhu_key or "").encode(), expected):
        metric.labels("szamlazz", "refused", "bad_key").inc()
        return _answer(szamlavalasz(None, error="KEY_ERR"))
    if not connection.get("enabled", True):
        metric.labels("szamlazz", "refused", "disabled").inc()
        raise ConnectionDisabledError("connection is disabled; re-send later", retry_after=600)
    body = await _body(request, ports.settings.max_document_bytes * 4 // 3 + 256 * 1024)
    try:
        alap_id, invoice_id, outcome = await asyncio.to_thread(
            accept_push, settings=ports.settings, repos=billing.repos, upstream=billing.upstream, store=ports.store,
            publisher=ports.publisher, connection=connection, body=body,
        )
    except Rejected as exc:
        metric.labels("szamlazz", "refused", exc.reason.value).inc()
        raise unprocessable(exc) from exc  # whatever refused the document, the push is answered 422
    metric.labels("szamlazz", outcome, "").inc()
    return _answer(szamlavalasz(alap_id, invoice_id))


def accept_ipn(*, settings: Settings, repos: BillingRepos, upstream: UpstreamMetrics, store: Any, publisher: Any,
               connection: Doc, invoice_number: str) -> str:
    """An IPN only says "this invoice's paid amount changed" and is not authenticated, so it is a
    trigger: the invoice is read again through the Agent with our own key and taken like a push."""
    agent, _ = connection_agent(settings, connection, upstream)
    try:
        xml = agent.get_invoice_xml(invoice_number=invoice_number).xml
    finally:
        agent.close()
    _, _, outcome = accept_push(settings=settings, repos=repos, upstream=upstream, store=store, publisher=publisher,
                                connection=connection, body=xml)
    return outcome


@router.post(
    "/ipn/{connection_id}",
    summary="Számlázz.hu IPN (payment notification): re-read the invoice through the Agent",
    description="Form fields as Számlázz.hu sends them (`szlahu_szamlaszam`, `szlahu_kifizetettbrutto`, …). "
                "The notification is unauthenticated, so only the invoice number is used: the invoice is "
                "read again with the connection's Agent key. 200 ends Számlázz.hu's re-sending; 503 asks for it.",
    response_class=Response,
)
async def receive_ipn(connection_id: str, request: Request, ports: PortsDep, billing: BillingDep) -> Response:
    metric = ports.metrics.ingested
    connection = await asyncio.to_thread(billing.repos.connections.get, connection_id)
    if connection is None or connection.get("kind") != "szamlazz" or connection.get("deleted"):
        metric.labels("szamlazz_ipn", "refused", "unknown_connection").inc()
        raise NotFoundError(f"no Számlázz.hu connection {connection_id!r}", reason=ReasonCode.UNKNOWN_CONNECTION)
    form = await request.form()
    number = form.get("szlahu_szamlaszam")
    if not isinstance(number, str) or not number.strip() or len(number) > 100:
        raise SchemaViolationError("szlahu_szamlaszam is required")
    try:
        outcome = await asyncio.to_thread(
            accept_ipn, settings=ports.settings, repos=billing.repos, upstream=billing.upstream, store=ports.store,
            publisher=ports.publisher, connection=connection, invoice_number=number.strip(),
        )
    except Rejected as exc:  # e.g. no such invoice: re-sending would not help
        metric.labels("szamlazz_ipn", "refused", exc.reason.value).inc()
        return Response(f"ignored: {exc.reason.value}\n", media_type="text/plain")
    metric.labels("szamlazz_ipn", outcome, "").inc()
    return Response("OK\n", media_type="text/plain")
