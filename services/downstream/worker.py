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

The records run through the consumer shell (``adapters/consumer_shell.py``): offsets are committed
after the work for a message is done (at-least-once; every write is idempotent); an outage of MongoDB
or Kafka is waited out with capped backoff. A message that cannot be processed — a tombstone, bytes
that are not UTF-8 or not JSON, an event off its schema, a bug — goes to ``downstream.dlq`` with its
reason and the worker moves on. ``/healthz`` and ``/metrics`` (review-queue depth and oldest age too)
on a port.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.consumer_shell import ConsumerShell, Route, kafka_consumer
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import REVIEW_KINDS, downstream_metrics, stage_metrics
from services.adapters.mongo import InvoiceRepo, MongoDb
from services.adapters.ops_http import serve_ops
from services.adapters.reference_repo import ReferenceRepo, ReviewRepo, SubscriptionRepo
from services.adapters.retry import RetryPolicy
from services.adapters.schemas import encode
from services.adapters.settings import Settings, load_billing_settings
from services.adapters.stage_runner import Output, Sleep
from services.adapters.subscriptions import NOT_SENT, Post, http_post, open_secret, post_delivery
from services.adapters.webhook_deliveries import WebhookDeliveries
from services.core.dead_letters import dead_letter
from services.core.enums import Stage
from services.core.keys import delivery_id
from services.core.linked import linked_event
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


class Downstream:
    def __init__(self, db: MongoDb, publisher: EventPublisher, settings: Settings,
                 registry: CollectorRegistry, post: Post | None = None, sleep: Callable[[float], None] = time.sleep,
                 retry: RetryPolicy = WEBHOOK_RETRY, jitter: Callable[[], float] = random.random,
                 url_allowlist: Sequence[str] = ()) -> None:
        self.db, self.publisher, self.settings = db, publisher, settings
        self.refs, self.subs, self.review = ReferenceRepo(db), SubscriptionRepo(db), ReviewRepo(db)
        self.deliveries = WebhookDeliveries(db)  # what the admin's Kimenő webhookok page lists
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
    def on_archived(self, archived: dict[str, Any]) -> list[Output]:
        """The invoice attached to its certificates and POSTed to the subscriptions; its
        ``invoice.linked`` returned for the shell to publish."""
        view = InvoiceRepo(self.db).get(archived["tenant"], archived["invoice_id"])
        if view is None:
            logger.warning("archived invoice %s has no view; skipped", archived["invoice_id"])
            return []
        now = datetime.now(UTC)
        linked = linked_event(archived, view, now)
        for cert in view.get("certificate_ids") or []:
            for kind in (RefKind.COMPLETION_CERTIFICATE, RefKind.HANDOVER):
                if self.refs.attach_invoice(archived["tenant"], kind, cert, archived["invoice_id"]):
                    self.attached.inc()
        body = json.dumps(linked, ensure_ascii=False).encode()
        for sub in self.subs.for_event(archived["tenant"], "invoice.linked", archived["site"]):
            self._deliver(sub, "invoice.linked", body, INVOICE_ARCHIVED.name, archived)
        return [(INVOICE_LINKED.name, linked)]

    # --- invoice.matched: the rule action "notify" ----------------------------------------------
    def on_matched(self, matched: dict[str, Any]) -> list[Output]:
        note = notification(matched)
        if note is None:
            return []
        body = json.dumps(note, ensure_ascii=False).encode()
        subs = self.subs.for_event(matched["tenant"], "rule.notify", matched["site"])
        if not subs:
            logger.warning("rule.notify for tenant %s, site %s: no subscription takes it; nobody is told",
                           matched["tenant"], matched["site"])
            self.delivered.labels("no_subscriber").inc()
        for sub in subs:
            self._deliver(sub, "rule.notify", body, INVOICE_MATCHED.name, matched)
        return []

    def _deliver(self, sub: dict[str, Any], event: str, body: bytes, topic: str, source: dict[str, Any]) -> None:
        """One delivery to one subscription, tried up to ``retry.max_attempts`` times; when every try
        failed, a dead letter in ``downstream.dlq`` that ``szamlatar dlq replay`` POSTs again."""
        secret = open_secret(self.settings, sub)
        delivery = delivery_id(sub["_id"], event, source["event_id"])
        error, reason, refused = "", "receiver_unavailable", False
        log = partial(self.deliveries.record, tenant=str(source["tenant"]),
                      subscription=str(sub.get("id") or sub["_id"]), delivery=delivery, event=event,
                      topic=topic, invoice_id=source.get("invoice_id"))
        for attempt in range(1, self.retry.max_attempts + 1):
            status, error = post_delivery(self.post, sub["url"], secret, body, event=event, delivery=delivery)
            if not error:
                self.delivered.labels("ok").inc()
                log(at=datetime.now(UTC), ok=True, attempts=attempt, status=status)
                return
            if status == NOT_SENT:
                # the URL policy said no: nothing was sent, and trying again will not help
                reason, refused = "url_refused", True
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
        now = datetime.now(UTC)
        record = dead_letter(
            dlq=DOWNSTREAM_DLQ, stage=Stage.DOWNSTREAM.value, topic=topic, partition=None, offset=None, key=None,
            value=body, error_class="UrlRefusedError" if refused else "UpstreamError", reason=reason, message=error,
            attempts=attempt, now=now, event=source, target=f"webhook:{sub.get('id') or sub['_id']}",
            event_id=delivery,
        ) | {"event": event}
        self.publisher.publish_raw(DOWNSTREAM_DLQ.name, str(source["tenant"]).encode(), encode(record))
        # logged after the dead letter is out: the page's replay and the CLI's read the same record
        log(at=now, ok=False, attempts=attempt, status=status, error=error,
                               reason=reason, payload=record["payload"], payload_encoding=record["payload_encoding"])

    # --- reference.changed --------------------------------------------------------------------
    def on_reference(self, event: dict[str, Any]) -> list[Output]:
        kind, tenant = RefKind(event["kind"]), event["tenant"]
        if event.get("op") == "delete":
            for r in event["records"]:
                self.refs.delete(tenant, kind, r["id"])
            self.references.labels("deleted").inc(len(event["records"]))
            return []
        records = [normalise_record(kind, tenant, r, event.get("site") or "default") for r in event["records"]]
        self.refs.upsert_many(tenant, records)
        self.references.labels("upserted").inc(len(records))
        return []

    def routes(self) -> dict[str, Route]:
        """Each consumed topic's schema and handler (looked up at each call, so a test may swap one)."""

        async def archived(event: dict[str, Any]) -> Sequence[Output]:
            return self.on_archived(event)

        async def matched(event: dict[str, Any]) -> Sequence[Output]:
            return self.on_matched(event)

        async def reference(event: dict[str, Any]) -> Sequence[Output]:
            return self.on_reference(event)

        return {INVOICE_ARCHIVED.name: Route(INVOICE_ARCHIVED.schema, archived),
                INVOICE_MATCHED.name: Route(INVOICE_MATCHED.schema, matched),
                REFERENCE_CHANGED.name: Route(REFERENCE_CHANGED.schema, reference)}

    def dead_lettered_message(self, record: dict[str, Any]) -> None:
        # Counted by topic: an invoice.archived here is an invoice.linked never published and webhooks
        # never sent, an invoice.matched a rule.notify nobody got — invisible without this counter.
        self.dead_lettered.labels(record["topic"]).inc()
        if record["topic"] == REFERENCE_CHANGED.name:
            self.references.labels("rejected").inc()


def downstream_shell(worker: Downstream, registry: CollectorRegistry, stop: threading.Event | None = None,
                     sleep: Sleep | None = None) -> ConsumerShell:
    return ConsumerShell(stage=Stage.DOWNSTREAM, routes=worker.routes(), publisher=worker.publisher,
                         metrics=stage_metrics(registry), dlq=DOWNSTREAM_DLQ,
                         on_dead_letter=worker.dead_lettered_message, stop=stop, sleep=sleep)


def serve(settings: Settings, port: int, group: str = "szamlatar-downstream", host: str = "127.0.0.1",
          stop: threading.Event | None = None) -> None:
    from services.adapters.mongo import connect

    registry = CollectorRegistry()
    publisher = EventPublisher.of(settings, client_id="szamlatar-downstream")
    worker = Downstream(connect(settings, registry), publisher, settings, registry,
                        url_allowlist=load_billing_settings(settings.api_port).url_allowlist)
    shell = downstream_shell(worker, registry, stop)
    server = serve_ops(port, registry, shell.health, host=host, refresh=worker.refresh_gauges)
    # A failing receiver costs up to ~8 s per delivery (5 tries, backoff): few records per poll and
    # a generous poll interval keep the group from rebalancing while it retries.
    consumer = kafka_consumer(settings, shell.topics, group=group, client_id="szamlatar-downstream",
                              max_poll_records=10, max_poll_interval_ms=600_000)
    logger.info("downstream worker consuming %s; health on %s:%d", ", ".join(shell.topics), host, port)
    try:
        shell.serve(consumer)
    finally:
        publisher.close()
        server.shutdown()
