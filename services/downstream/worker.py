"""Downstream triggers and reference intake: one process, two consumer groups' worth of work.

* ``invoice.archived`` → read the invoice view → (1) ``invoice.linked`` for HR / time tracking,
  asset and inventory systems; (2) attach the invoice to the completion certificates / handover
  documents it matched; (3) POST it, HMAC-signed, to the tenant's webhook subscriptions, with
  retries and exponential backoff, then ``downstream.dlq``.
* ``invoice.matched`` → when a rule's ``notify`` action fired, a ``rule.notify`` POST (same
  signing, retries and DLQ) to the subscriptions that asked for it (``core/subscriptions.py``).
  A webhook URL the URL policy refuses at delivery time (``core/url_policy.subscription_policy``:
  it resolves to a private address now, say) is never sent and never retried: it goes to
  ``downstream.dlq`` at once with reason ``url_refused``.
* ``reference.changed`` → validated records upserted (or deleted) in the reference collections.

Offsets are committed after the work for a message is done (at-least-once; every write is
idempotent). A message that cannot be processed — a tombstone, bytes that are not UTF-8 or not
JSON, an event off its schema, a bug — goes to ``downstream.dlq`` with its reason and the worker
moves on. ``/healthz`` and ``/metrics`` (review-queue depth and oldest age too) on a port.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from kafka import KafkaConsumer
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from pymongo.database import Database

from services.adapters.kafka_auth import client_options
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import REVIEW_KINDS, downstream_metrics
from services.adapters.mongo import InvoiceRepo
from services.adapters.reference_repo import ReferenceRepo, ReviewRepo, SubscriptionRepo
from services.adapters.retry import RetryPolicy
from services.adapters.schemas import encode
from services.adapters.settings import Settings, load_billing_settings
from services.adapters.stage_runner import decode_record
from services.adapters.subscriptions import NOT_SENT, Post, http_post, open_secret, post_delivery
from services.core.dead_letters import UTF8, carried, key_text
from services.core.enums import Stage
from services.core.errors import ReasonCode, Rejected, Retryable, SzamlatarError
from services.core.events import derive
from services.core.reference import RefKind, normalise_record
from services.core.subscriptions import notification
from services.core.topics import (
    DOWNSTREAM_DLQ,
    INVOICE_ARCHIVED,
    INVOICE_LINKED,
    INVOICE_MATCHED,
    REFERENCE_CHANGED,
)

logger = logging.getLogger(__name__)
CONSUMED_TOPICS = (INVOICE_ARCHIVED.name, INVOICE_MATCHED.name, REFERENCE_CHANGED.name)
# Waits of exactly 0.5, 1, 2 and 4 s: one thread sends the deliveries one after another, so there is
# no crowd of clients whose retries jitter would need to spread out.
WEBHOOK_RETRY = RetryPolicy(max_attempts=5, base_seconds=0.5, cap_seconds=30.0, jitter=0.0)


class Consumed(Protocol):
    """What the worker needs of a consumed message (kafka-python's ``ConsumerRecord`` has it)."""

    @property
    def topic(self) -> str: ...
    @property
    def partition(self) -> int: ...
    @property
    def offset(self) -> int: ...
    @property
    def key(self) -> bytes | None: ...
    @property
    def value(self) -> bytes | None: ...


def linked_event(archived: dict[str, Any], view: dict[str, Any], now: datetime) -> dict[str, Any]:
    inv = view.get("invoice") or {}
    return derive(
        archived, stage=Stage.ARCHIVE, schema="invoice.linked.v1", now=now, content_sha256=archived["sha256"],
        invoice_id=archived["invoice_id"], version=archived["version"], invoice_number=view.get("invoice_number"),
        kind=view.get("kind"), direction=view.get("direction"), issue_date=view.get("issue_date"),
        currency=view.get("currency"), gross_total=view.get("gross_total"), client_id=view.get("client_id"),
        client_name=view.get("client_name"), project_id=view.get("project_id"), contract_id=view.get("contract_id"),
        order_id=view.get("order_id"), delivery_note_id=view.get("delivery_note_id"),
        cost_centre=view.get("cost_centre"), certificate_ids=list(view.get("certificate_ids") or []),
        tags=list(view.get("tags") or []),
        lines=[{"description": ln.get("description"), "net": ln.get("net"), "quantity": ln.get("quantity")}
               for ln in inv.get("lines") or []],
    ) | {"event_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"linked:{archived['event_id']}"))}


class Downstream:
    def __init__(self, db: Database[dict[str, Any]], publisher: EventPublisher, settings: Settings,
                 registry: CollectorRegistry, post: Post | None = None, sleep: Callable[[float], None] = time.sleep,
                 retry: RetryPolicy = WEBHOOK_RETRY, jitter: Callable[[], float] = random.random,
                 url_allowlist: Sequence[str] = ()) -> None:
        self.db, self.publisher, self.settings = db, publisher, settings
        self.refs, self.subs, self.review = ReferenceRepo(db), SubscriptionRepo(db), ReviewRepo(db)
        self.post = post or http_post(url_allowlist)
        self.sleep, self.retry, self.jitter = sleep, retry, jitter
        metrics = downstream_metrics(registry)
        self.delivered, self.attached, self.references = metrics.webhooks, metrics.attached, metrics.references
        self.dead_lettered = metrics.dead_lettered
        self.depth, self.oldest = metrics.review_depth, metrics.review_oldest_age

    def refresh_gauges(self) -> None:
        now = datetime.now(UTC)
        for kind in REVIEW_KINDS:
            depth, oldest = self.review.depth_and_oldest(kind)
            self.depth.labels(kind).set(depth)
            self.oldest.labels(kind).set((now - oldest).total_seconds() if oldest else 0)

    # --- invoice.archived ---------------------------------------------------------------------
    def on_archived(self, archived: dict[str, Any]) -> None:
        view = InvoiceRepo(self.db).get(archived["tenant"], archived["invoice_id"])
        if view is None:
            logger.warning("archived invoice %s has no view; skipped", archived["invoice_id"])
            return
        now = datetime.now(UTC)
        linked = linked_event(archived, view, now)
        self.publisher.publish(INVOICE_LINKED.name, linked)
        for cert in view.get("certificate_ids") or []:
            for kind in (RefKind.COMPLETION_CERTIFICATE, RefKind.HANDOVER):
                if self.refs.attach_invoice(archived["tenant"], kind, cert, archived["invoice_id"]):
                    self.attached.inc()
        body = json.dumps(linked, ensure_ascii=False).encode()
        for sub in self.subs.for_event(archived["tenant"], "invoice.linked", archived["site"]):
            self._deliver(sub, "invoice.linked", body, archived["event_id"], archived["tenant"])

    # --- invoice.matched: the rule action "notify" ----------------------------------------------
    def on_matched(self, matched: dict[str, Any]) -> None:
        note = notification(matched)
        if note is None:
            return
        body = json.dumps(note, ensure_ascii=False).encode()
        subs = self.subs.for_event(matched["tenant"], "rule.notify", matched["site"])
        if not subs:
            logger.warning("rule.notify for tenant %s, site %s: no subscription takes it; nobody is told",
                           matched["tenant"], matched["site"])
            self.delivered.labels("no_subscriber").inc()
        for sub in subs:
            self._deliver(sub, "rule.notify", body, matched["event_id"], matched["tenant"])

    def _deliver(self, sub: dict[str, Any], event: str, body: bytes, source_event_id: str, tenant: str) -> None:
        secret = open_secret(self.settings, sub)
        delivery = str(uuid.uuid5(uuid.NAMESPACE_URL, f"webhook:{sub['_id']}:{event}:{source_event_id}"))
        error, reason = "", "receiver_unavailable"
        for attempt in range(1, self.retry.max_attempts + 1):
            status, error = post_delivery(self.post, sub["url"], secret, body, event=event, delivery=delivery)
            if not error:
                self.delivered.labels("ok").inc()
                return
            if status == NOT_SENT:
                reason = "url_refused"  # the URL policy said no: nothing was sent, and trying again will not help
                logger.warning("webhook %s: delivery refused by the URL policy: %s", sub.get("id") or sub["_id"], error)
                break
            if 300 <= status < 500 and status not in (408, 429):
                # the receiver refuses this payload, or redirects (never followed): retrying will not help
                reason = "receiver_refused"
                break
            self.delivered.labels("retry").inc()
            if attempt < self.retry.max_attempts:
                self.sleep(self.retry.delay(attempt, rand=self.jitter()))
        self.delivered.labels("dlq").inc()
        # event_id is the delivery id: `szamlatar dlq replay --topic downstream.dlq` re-POSTs the body
        # with it, so a receiver that got an earlier try after all still sees one delivery.
        record = {"schema": "downstream.dlq.v1", "event_id": delivery, "failed_at": datetime.now(UTC).isoformat(),
                  "tenant": tenant, "target": f"webhook:{sub.get('id') or sub['_id']}", "event": event,
                  "reason": reason, "error": error[:1000], "attempts": attempt, "payload": body.decode()}
        self.publisher.publish_raw(DOWNSTREAM_DLQ.name, tenant.encode(), encode(record))

    # --- reference.changed --------------------------------------------------------------------
    def on_reference(self, event: dict[str, Any]) -> None:
        kind, tenant = RefKind(event["kind"]), event["tenant"]
        if event.get("op") == "delete":
            for r in event["records"]:
                self.refs.delete(tenant, kind, r["id"])
            self.references.labels("deleted").inc(len(event["records"]))
            return
        records = [normalise_record(kind, tenant, r, event.get("site") or "default") for r in event["records"]]
        self.refs.upsert_many(tenant, records)
        self.references.labels("upserted").inc(len(records))

    def handle(self, message: Consumed) -> None:
        topic, value = message.topic, message.value
        try:
            if topic == INVOICE_ARCHIVED.name:
                self.on_archived(decode_record(value, INVOICE_ARCHIVED.schema))
            elif topic == INVOICE_MATCHED.name:
                self.on_matched(decode_record(value, INVOICE_MATCHED.schema))
            else:
                self.on_reference(decode_record(value, REFERENCE_CHANGED.schema))
        except Retryable:
            raise  # the serve loop waits and tries the same message again
        except Rejected as exc:
            self._dead(message, str(exc), exc.reason)
        except Exception as exc:  # a bug must not crash-loop the worker on one message: DLQ it, move on
            logger.exception("downstream: unexpected error on %s; sent to %s", topic, DOWNSTREAM_DLQ.name)
            self._dead(message, f"{type(exc).__name__}: {exc}", ReasonCode.INTERNAL)

    def _dead(self, message: Consumed, error: str, reason: ReasonCode) -> None:
        topic, value = message.topic, message.value
        # Counted by topic: an invoice.archived here is an invoice.linked never published and webhooks
        # never sent, an invoice.matched a rule.notify nobody got — invisible without this counter.
        self.dead_lettered.labels(topic).inc()
        if topic == REFERENCE_CHANGED.name:
            self.references.labels("rejected").inc()
        payload, encoding = carried(value)
        # The id comes from where the message was, as in invoice.dlq: the same message dead-lettered
        # again after a crash keeps its id, while a replayed message that fails again (a new offset)
        # is a new record that a later replay still sends. The key goes back with a replay, so the
        # message lands on its partition again (per-invoice order).
        record = {"schema": "downstream.dlq.v1",
                  "event_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{topic}:{message.partition}:{message.offset}")),
                  "failed_at": datetime.now(UTC).isoformat(), "tenant": _tenant_of(payload, encoding),
                  "target": topic, "key": key_text(message.key), "reason": reason.value,
                  "error": error[:1000], "attempts": 1, "payload": payload, "payload_encoding": encoding}
        self.publisher.publish_raw(DOWNSTREAM_DLQ.name, message.key, encode(record))


def _tenant_of(payload: str, encoding: str) -> str | None:
    """The tenant a dead-lettered message names, when it is JSON text that names one."""
    if encoding != UTF8:
        return None
    try:
        tenant = json.loads(payload).get("tenant")
    except (ValueError, AttributeError):
        return None
    return tenant if isinstance(tenant, str) else None


def serve(settings: Settings, port: int, group: str = "szamlatar-downstream", host: str = "127.0.0.1") -> None:
    from services.adapters.mongo import connect

    registry = CollectorRegistry()
    db = connect(settings)
    publisher = EventPublisher.of(settings, client_id="szamlatar-downstream")
    worker = Downstream(db, publisher, settings, registry,
                        url_allowlist=load_billing_settings(settings.api_port).url_allowlist)

    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/metrics":
                with contextlib.suppress(SzamlatarError):
                    worker.refresh_gauges()
                body, ctype = generate_latest(registry), CONTENT_TYPE_LATEST
            else:
                body, ctype = b'{"status": "ok"}', "application/json"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            return

    server = ThreadingHTTPServer((host, port), Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    topics = CONSUMED_TOPICS
    # A failing receiver costs up to ~8 s per delivery (5 tries, backoff): few records per poll and
    # a generous poll interval keep the group from rebalancing while it retries.
    consumer = KafkaConsumer(*topics, bootstrap_servers=settings.kafka_bootstrap, group_id=group,
                             **client_options(settings.kafka_auth),
                             enable_auto_commit=False, auto_offset_reset="earliest", session_timeout_ms=10_000,
                             max_poll_records=10, max_poll_interval_ms=600_000)
    logger.info("downstream worker consuming %s; health on %s:%d", ", ".join(topics), host, port)
    while True:
        batch = consumer.poll(timeout_ms=1000)
        for messages in batch.values():
            for msg in messages:
                while True:
                    try:
                        worker.handle(msg)
                        break
                    except SzamlatarError as exc:  # Retryable: Mongo / Kafka down — wait and try again
                        logger.warning("downstream: %s; retrying", exc)
                        time.sleep(2)
        if batch:
            consumer.commit()
