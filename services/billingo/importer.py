"""Billingo → ``invoice.raw`` (+ ``invoice.payment``): one connection's poll pass, or a backfill.

Billingo has no webhooks and its documents carry no modification time, only a
``last_modified_date`` filter on the list. So the cursor (``ingest_cursors``, one per connection) is
**(modified_since, last_id)**:

* a pass lists every document modified since ``modified_since`` (minus an overlap for clock skew),
  sorts them by id and imports them in that order, saving ``last_id`` after each contiguous success;
* a crash or an outage mid-pass resumes the same pass (same ``modified_since``, skipping ids up to
  ``last_id``); only a complete pass moves ``modified_since`` up to the time the pass started;
* the very first pass of a connection (no cursor yet) takes every document since the connection's
  ``import_since`` instead, page by page.

Nothing is imported twice whatever the listing returns: each document's content and payment
fingerprints are kept in ``ingest_items``; an unchanged document costs no download. PDFs are
downloaded by a small thread pool, each thread with its own client, because Billingo answers a fresh
document's download with 202 + ``Retry-After`` until the PDF is generated.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from services.adapters.billing_repos import BillingRepos
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import BillingIngestMetrics, UpstreamMetrics
from services.adapters.retry import RetryPolicy
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import BillingSettings, Settings
from services.adapters.source_documents import envelope_for, publish_document
from services.billingo.client import BILLINGO_RETRY, BillingoClient, connection_billingo
from services.billingo.protocol.documents import (
    billingo_cancelled,
    billingo_content_fingerprint,
    billingo_has_payments,
    billingo_kind,
    billingo_links,
    billingo_metadata,
    billingo_observation,
    billingo_payment_marker,
)
from services.billingo.protocol.payments import payments_from_billingo
from services.core.billing_import import DEFAULT_DOCUMENT_KINDS, link_record, plan_import, wants
from services.core.errors import SzamlatarError
from services.core.keys import invoice_id_of
from services.core.payments import observed_event, payments_fingerprint
from services.core.topics import INVOICE_PAYMENT

logger = logging.getLogger(__name__)
BUDAPEST = ZoneInfo("Europe/Budapest")  # Billingo's naive times are Hungarian (billing-apis.md §1.6)
INGEST_RETRY = replace(BILLINGO_RETRY, max_attempts=8)
# A backfill is one long batch that a person watches: a 429 means "slower", so it waits longer.
BACKFILL_RETRY = replace(BILLINGO_RETRY, max_attempts=20)
Doc = dict[str, Any]


@dataclass
class PassResult:
    listed: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    complete: bool = False
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    @property
    def imported(self) -> int:
        return self.outcomes.get("imported", 0)

    @property
    def failed(self) -> int:
        return self.outcomes.get("failed", 0)


def _batches(items: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    batch: list[Doc] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class BillingoImporter:
    def __init__(
        self, *, settings: Settings, billing: BillingSettings, repos: BillingRepos, store: S3ObjectStore,
        publisher: EventPublisher, upstream: UpstreamMetrics | None = None,
        metrics: BillingIngestMetrics | None = None, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        retry: RetryPolicy = INGEST_RETRY, sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings, self.billing, self.repos = settings, billing, repos
        self.store, self.publisher, self.upstream, self.metrics = store, publisher, upstream, metrics
        self.clock, self.retry, self.sleep = clock, retry, sleep

    def client(self, connection: Doc) -> BillingoClient:
        client, _ = connection_billingo(self.settings, connection, self.upstream, retry=self.retry, sleep=self.sleep)
        return client

    # -- poll ------------------------------------------------------------------------------------

    def poll(self, connection: Doc) -> PassResult:
        """One pass; never raises for an upstream problem (the result says the pass is incomplete)."""
        cid = connection["_id"]
        cursor = self.repos.ingest.cursor(cid) or {"_id": cid, "modified_since": None, "last_id": None}
        now = self.clock()
        if not cursor.get("pass_started"):
            cursor["pass_started"] = now
            self.repos.ingest.save_cursor(cursor)
        since: datetime | None = cursor.get("modified_since")
        result = PassResult()
        client = self.client(connection)
        try:
            if since is None:
                first = _date(connection.get("import_since"))
                docs = client.list_documents(since=first) if first else client.list_documents()
                self._import_all(connection, docs, result, listed_as_modified=False, not_before=first)
            else:
                lower = (_aware(since) - timedelta(seconds=self.billing.poll_overlap_seconds)).astimezone(BUDAPEST)
                listed = sorted(client.list_documents(modified_since=lower), key=lambda d: int(d["id"]))
                last_id = cursor.get("last_id")
                todo = [d for d in listed if last_id is None or int(d["id"]) > int(last_id)]
                result.listed = len(listed)

                def checkpoint(doc_id: int) -> None:
                    cursor["last_id"] = doc_id
                    self.repos.ingest.save_cursor(cursor)

                self._import_all(connection, todo, result, listed_as_modified=True,
                                 not_before=_date(connection.get("import_since")), checkpoint=checkpoint)
            result.complete = result.failed == 0
        except SzamlatarError as exc:
            result.errors.append(str(exc))
            logger.warning("billingo poll of %s failed: %s", cid, exc, extra={"connection": cid})
        finally:
            client.close()
        if result.complete:
            cursor.update({"modified_since": _aware(cursor["pass_started"]), "pass_started": None, "last_id": None,
                           "completed_at": now})
        cursor["last_attempt_at"], cursor["last_error"] = now, (result.errors[-1] if result.errors else None)
        self.repos.ingest.save_cursor(cursor)
        if self.metrics is not None:
            self.metrics.polls.labels("billingo", "complete" if result.complete else "failed").inc()
            if cursor.get("modified_since"):
                lag = (self.clock() - _aware(cursor["modified_since"])).total_seconds()
                self.metrics.poll_lag.labels("billingo", cid).set(max(0.0, lag))
        return result

    # -- backfill --------------------------------------------------------------------------------

    def count(self, connection: Doc, since: date) -> int:
        client = self.client(connection)
        try:
            return client.count_documents(since=since)
        finally:
            client.close()

    def backfill(self, connection: Doc, since: date, progress: Callable[[str], None] | None = None) -> PassResult:
        """Every document with an invoice date from ``since``; the poll cursor is left alone."""
        result = PassResult()
        client = self.client(connection)
        try:
            self._import_all(connection, client.list_documents(since=since), result, listed_as_modified=False,
                             not_before=since, progress=progress)
            result.complete = result.failed == 0
        except SzamlatarError as exc:
            result.errors.append(str(exc))
        finally:
            client.close()
        return result

    # -- one batch at a time, documents in parallel -------------------------------------------------

    def _import_all(
        self, connection: Doc, docs: Iterable[Doc], result: PassResult, *, listed_as_modified: bool,
        not_before: date | None, checkpoint: Callable[[int], None] | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> None:
        local = threading.local()
        clients: list[BillingoClient] = []
        lock = threading.Lock()

        def client() -> BillingoClient:
            found: BillingoClient | None = getattr(local, "client", None)
            if found is None:
                found = self.client(connection)
                local.client = found
                with lock:
                    clients.append(found)
            return found

        def task(doc: Doc) -> tuple[str, str | None]:
            try:
                return self._import_one(connection, doc, client(), listed_as_modified, not_before), None
            except SzamlatarError as exc:
                return "failed", str(exc)
            except Exception as exc:  # one bad document must not stop the others
                logger.exception("billingo import of %s failed", doc.get("id"))
                return "failed", f"{type(exc).__name__}: {exc}"

        contiguous = True
        workers = self.billing.download_concurrency
        try:
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="billingo") as pool:
                for batch in _batches(docs, max(workers * 4, 25)):
                    if not listed_as_modified:
                        result.listed += len(batch)
                    for doc, (outcome, error) in zip(batch, pool.map(task, batch), strict=True):
                        result.count(outcome)
                        if self.metrics is not None:
                            self.metrics.documents.labels("billingo", outcome).inc()
                        if error is not None:
                            contiguous = False
                            result.errors.append(f"document {doc.get('id')}: {error}")
                        elif contiguous and checkpoint is not None:
                            checkpoint(int(doc["id"]))
                        if progress is not None:
                            progress(outcome)
        finally:
            for c in clients:
                c.close()

    def _import_one(self, connection: Doc, doc: Doc, client: BillingoClient, listed_as_modified: bool,
                    not_before: date | None) -> str:
        cid, ext = connection["_id"], str(doc["id"])
        if not wants(billingo_kind(doc), connection.get("document_kinds") or DEFAULT_DOCUMENT_KINDS):
            return "skipped"
        known = self.repos.ingest.item(cid, ext)
        issued = _date(doc.get("invoice_date"))
        if known is None and not_before and issued and issued < not_before:
            return "skipped"  # an old invoice touched lately (e.g. paid) that is outside the import window
        content_fp, marker = billingo_content_fingerprint(doc), billingo_payment_marker(doc)
        plan = plan_import(known, content_fp, marker, listed_as_modified=listed_as_modified)
        if not plan.import_document and not plan.check_payments:
            return "unchanged"
        now = self.clock()
        history = client.get_payments(int(doc["id"])) if billingo_has_payments(doc) else []
        payments = payments_from_billingo(history)
        payments_fp = payments_fingerprint(payments, cancelled=billingo_cancelled(doc))
        envelope = envelope_for(connection, ext, f"billingo-{cid}-{ext}-{content_fp[:12]}")
        outcome = "unchanged"
        item = dict(known or {"_id": self.repos.ingest.item_id(cid, ext), "received_at": now})
        if plan.import_document:
            pdf = client.download_pdf(int(doc["id"]))
            number = str(doc.get("invoice_number") or ext)
            event = publish_document(
                settings=self.settings, store=self.store, publisher=self.publisher, envelope=envelope, pdf=pdf,
                filename=f"{number.replace('/', '_')}.pdf", metadata=billingo_metadata(doc, payments), now=now,
            )
            for link in billingo_links(doc):
                self.repos.links.save(link_record(event, link))
            item.update({"content_fp": content_fp, "pdf_sha256": event["document"]["sha256"],
                         "raw_event_id": event["event_id"]})
            outcome = "imported"
        if (known or {}).get("payments_fp") != payments_fp:
            self.publisher.publish(INVOICE_PAYMENT.name, observed_event(
                envelope, invoice_id=invoice_id_of(envelope), invoice_number=doc.get("invoice_number"),
                currency=doc.get("currency"), observation=billingo_observation(doc, payments, now.isoformat()),
                now=now.isoformat(),
            ))
            outcome = "imported" if outcome == "imported" else "payments_changed"
        item.update({
            "tenant": connection["tenant"], "connection_id": cid, "external_id": ext, "kind": doc.get("type"),
            "invoice_number": doc.get("invoice_number"), "invoice_date": doc.get("invoice_date"),
            "payment_marker": marker, "payments_fp": payments_fp, "updated_at": now,
        })
        self.repos.ingest.save_item(item)
        return outcome


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
