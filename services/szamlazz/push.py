"""Számlázz.hu "Pénzügyi adatkapcsolat": taking a pushed invoice or an IPN (the use case behind
``web/routes/szamlazz_push.py``, which only reads the request and writes the answer).

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

import hmac
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from services.adapters.billing_repos import BillingRepos
from services.adapters.connections import credential
from services.adapters.metrics import UpstreamMetrics
from services.adapters.settings import Settings
from services.adapters.source_documents import envelope_for, publish_document
from services.core.billing_import import DEFAULT_DOCUMENT_KINDS, link_record, wants
from services.core.connection_model import Connection
from services.core.errors import ConnectionDisabledError, NotFoundError, ReasonCode
from services.core.keys import invoice_id_of
from services.core.payments import observed_event
from services.core.topics import INVOICE_PAYMENT
from services.szamlazz.client import connection_agent
from services.szamlazz.protocol.documents import (
    read_szamla_document,
    szamla_links,
    szamla_metadata,
    szamla_observation,
    szamla_payments_fp,
    szamlavalasz,
)

Doc = dict[str, Any]


@dataclass(frozen=True)
class Refusal:
    """A push refused before its body is read: the metric's reason and the acknowledgement's code."""

    reason: str  # unknown_connection | deleted_connection | bad_key
    code: str  # KEY_ERR (unknown key) | KEY_DEL (connection removed): both stop Számlázz.hu re-sending

    def answer(self) -> bytes:
        return szamlavalasz(None, error=self.code)


def check_push_key(settings: Settings, connection: Connection | None, key: str | None) -> Refusal | None:
    """Whether a push may be taken for this connection with this key (``None``: yes). A disabled
    connection raises ``ConnectionDisabledError``: Számlázz.hu is to re-send later."""
    if connection is None or connection.kind != "szamlazz":
        return Refusal("unknown_connection", "KEY_ERR")
    if connection.deleted:
        return Refusal("deleted_connection", "KEY_DEL")
    has_key = connection.has_credential("push_key")
    expected = credential(settings, dict(connection.doc), "push_key").encode() if has_key else b""
    if not has_key or not hmac.compare_digest((key or "").encode(), expected):
        return Refusal("bad_key", "KEY_ERR")
    if not connection.enabled:
        raise ConnectionDisabledError("connection is disabled; re-send later", retry_after=600)
    return None


def ipn_connection(connection: Connection | None, connection_id: str) -> Doc:
    """The live Számlázz.hu connection an IPN names, or ``NotFoundError``."""
    if connection is None or connection.kind != "szamlazz" or connection.deleted:
        raise NotFoundError(f"no Számlázz.hu connection {connection_id!r}", reason=ReasonCode.UNKNOWN_CONNECTION)
    return dict(connection.doc)


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
