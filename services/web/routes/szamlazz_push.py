"""Számlázz.hu "Pénzügyi adatkapcsolat": the HTTP side of the push receiver and the IPN. What a push
or an IPN does is ``services/szamlazz/push.py``; here the request is read and the answer written."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Header, Request, Response

from services.core.errors import (
    ConnectionDisabledError,
    LimitExceededError,
    NotFoundError,
    Rejected,
    SchemaViolationError,
)
from services.szamlazz.protocol.documents import szamlavalasz
from services.szamlazz.push import accept_ipn, accept_push, check_push_key, ipn_connection
from services.web.billing_deps import BillingDep
from services.web.deps import PortsDep
from services.web.errors import unprocessable

router = APIRouter(prefix="/api/v1/szamlazz", tags=["ingest"])
XML = "application/xml; charset=utf-8"


def _answer(body: bytes, code: int = 200) -> Response:
    return Response(body, status_code=code, media_type=XML)


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
    connection = await asyncio.to_thread(billing.repos.connections.connection, connection_id)
    try:
        refusal = check_push_key(ports.settings, connection, x_szamlazzhu_key)
    except ConnectionDisabledError:
        metric.labels("szamlazz", "refused", "disabled").inc()
        raise
    if refusal is not None:
        metric.labels("szamlazz", "refused", refusal.reason).inc()
        return _answer(refusal.answer())
    assert connection is not None  # checked above
    body = await _body(request, ports.settings.max_document_bytes * 4 // 3 + 256 * 1024)
    try:
        alap_id, invoice_id, outcome = await asyncio.to_thread(
            accept_push, settings=ports.settings, repos=billing.repos, upstream=billing.upstream, store=ports.store,
            publisher=ports.publisher, connection=dict(connection.doc), body=body,
        )
    except Rejected as exc:
        metric.labels("szamlazz", "refused", exc.reason.value).inc()
        raise unprocessable(exc) from exc  # whatever refused the document, the push is answered 422
    metric.labels("szamlazz", outcome, "").inc()
    return _answer(szamlavalasz(alap_id, invoice_id))


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
    found = await asyncio.to_thread(billing.repos.connections.connection, connection_id)
    try:
        connection = ipn_connection(found, connection_id)
    except NotFoundError:
        metric.labels("szamlazz_ipn", "refused", "unknown_connection").inc()
        raise
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
