"""Shared shell of the Billingo / Számlázz.hu integration (issue 4).

* MongoDB repositories: connections (credentials sealed with ``adapters.crypto``), per-document
  ingest records and poll cursors, payment state with its history, write-back records, links;
* the two clients built for one connection, on a ``requests`` session that counts every call by
  service, operation and status, times it, and tells the back-off sleeps apart (rate limited, PDF
  not ready, server error, unreachable, maintenance).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests
from pymongo import ASCENDING, DESCENDING
from pymongo.database import Database

from services.adapters.billingo_client import (
    AuthenticationError,
    BillingoClient,
    DocumentNotFoundError,
    PermissionDeniedError,
    RequestRejectedError,
    SubscriptionRequiredError,
)
from services.adapters.crypto import decrypt, encrypt
from services.adapters.metrics import UpstreamMetrics
from services.adapters.mongo import translate_errors
from services.adapters.retry import RetryPolicy
from services.adapters.settings import Settings
from services.adapters.szamla_agent_client import AgentAuthenticationError, InvoiceNotFoundError, SzamlaAgentClient
from services.core.connections import FetchOutcome
from services.core.errors import (
    MalformedDocumentError,
    ReasonCode,
    StorageUnavailableError,
    SzamlatarError,
    UnknownTenantError,
    UpstreamError,
)
from services.core.events import raw_event
from services.core.keys import staging_key
from services.core.payments import state_mark, view_payment_fields
from services.core.topics import INVOICE_RAW

Doc = dict[str, Any]


# --- credentials -----------------------------------------------------------------------------------


def seal(settings: Settings, value: str) -> str:
    return base64.b64encode(encrypt(value.encode(), settings.kek, settings.kek_id)).decode()


def unseal(settings: Settings, sealed: str) -> str:
    return decrypt(base64.b64decode(sealed), settings.keyring).decode()


def credential(settings: Settings, connection: Doc, name: str) -> str:
    sealed = (connection.get("credentials") or {}).get(name)
    if not sealed:
        raise UnknownTenantError(f"connection {connection['_id']!r} has no {name}",
                                 reason=ReasonCode.UNKNOWN_CONNECTION)
    return unseal(settings, sealed)


# --- repositories ----------------------------------------------------------------------------------


class BillingConnections:
    """Billingo and Számlázz.hu connections, in the ``connections`` collection beside own-system ones."""

    def __init__(self, db: Database[Doc]) -> None:
        self.db = db

    def get(self, connection_id: str) -> Doc | None:
        with translate_errors("get connection"):
            return self.db.connections.find_one({"_id": connection_id})

    def list(self, *, tenant: str | None = None, kinds: tuple[str, ...] = ("billingo", "szamlazz")) -> list[Doc]:
        query: dict[str, Any] = {"kind": {"$in": list(kinds)}, "deleted": {"$ne": True}}
        if tenant is not None:
            query["tenant"] = tenant
        with translate_errors("list connections"):
            return list(self.db.connections.find(query).sort("_id", ASCENDING))

    def save(self, connection: Doc) -> None:
        with translate_errors("save connection"):
            self.db.connections.replace_one({"_id": connection["_id"]}, connection, upsert=True)

    def delete(self, connection: Doc, at: datetime) -> None:
        """Keep a tombstone without credentials: the id is not reused, and a Számlázz.hu push that
        still arrives is told KEY_DEL (sever the connection) rather than KEY_ERR."""
        tombstone = {k: connection.get(k) for k in ("_id", "kind", "tenant", "site", "name")}
        with translate_errors("delete connection"):
            self.db.connections.replace_one({"_id": connection["_id"]}, {**tombstone, "deleted": True,
                                                                        "deleted_at": at}, upsert=True)


class IngestState:
    """What each connection imported (``ingest_items``) and where its poller stands (``ingest_cursors``)."""

    def __init__(self, db: Database[Doc]) -> None:
        self.db = db

    @staticmethod
    def item_id(connection_id: str, external_id: str) -> str:
        return f"{connection_id}|{external_id}"

    def item(self, connection_id: str, external_id: str) -> Doc | None:
        with translate_errors("get ingest item"):
            return self.db.ingest_items.find_one({"_id": self.item_id(connection_id, external_id)})

    def save_item(self, item: Doc) -> None:
        with translate_errors("save ingest item"):
            self.db.ingest_items.replace_one({"_id": item["_id"]}, item, upsert=True)

    def count_received(self, connection_id: str, since: datetime | None = None) -> int:
        query: dict[str, Any] = {"connection_id": connection_id}
        if since is not None:
            query["received_at"] = {"$gte": since}
        with translate_errors("count ingest items"):
            return int(self.db.ingest_items.count_documents(query))

    def cursor(self, connection_id: str) -> Doc | None:
        with translate_errors("get cursor"):
            return self.db.ingest_cursors.find_one({"_id": connection_id})

    def save_cursor(self, cursor: Doc) -> None:
        with translate_errors("save cursor"):
            self.db.ingest_cursors.replace_one({"_id": cursor["_id"]}, cursor, upsert=True)

    def forget(self, connection_id: str) -> None:
        with translate_errors("forget connection state"):
            self.db.ingest_cursors.delete_one({"_id": connection_id})


# Reads of the payment state after a view write before giving up (retried): each extra one means
# status-sync applied another change within the same few milliseconds.
VIEW_SETTLE_READS = 5


class PaymentStore:
    """Payment state per invoice (``payment_state``), its append-only history and the write-backs."""

    def __init__(self, db: Database[Doc]) -> None:
        self.db = db

    def state(self, invoice_id: str) -> Doc | None:
        with translate_errors("get payment state"):
            return self.db.payment_state.find_one({"_id": invoice_id})

    def record_change(self, state: Doc, entry: Doc) -> None:
        """History entry first (its id is ``invoice:seq``, so a replay rewrites the same one), then
        the state that points past it: a crash in between is repaired by the replay."""
        with translate_errors("record payment change"):
            self.db.payment_history.replace_one({"_id": entry["_id"]}, entry, upsert=True)
            self.db.payment_state.replace_one({"_id": state["_id"]}, state, upsert=True)

    def history(self, invoice_id: str) -> list[Doc]:
        with translate_errors("read payment history"):
            return list(self.db.payment_history.find({"invoice_id": invoice_id}, {"_id": 0}).sort("seq", ASCENDING))

    def show_on_invoice(self, tenant: str, invoice_id: str, fields: Doc) -> bool:
        """Copy the state onto the archived invoice's view, if it is archived yet. Filtered by ``_id``
        alone: invoice ids are derived from the tenant already, and FerretDB answers an update with a
        compound filter by scanning the whole collection (seconds at a few hundred invoices)."""
        with translate_errors("update invoice payment"):
            result = self.db.invoices.update_one({"_id": invoice_id}, {"$set": fields})
            return bool(result.matched_count)

    def write_view(self, invoice_id: str, build: Callable[[Doc | None], Doc],
                   upsert: Callable[[Doc], None]) -> Doc:
        """Write an invoice's whole view (archive, review approval) showing its stored payment state.

        ``build`` makes the view from the state read first (``None``: status-sync has applied nothing
        yet). After the view is written the state is read once more, by ``_id``: status-sync may have
        applied a payment in between, and its view update then found no view yet or was overwritten.
        If the state moved, its fields are set on the view and the state read again until it holds
        still. status-sync writes the view *after* the state, so any change later than the last read
        reaches the view after this write: the view ends with the latest state whichever runs first."""
        state = self.state(invoice_id)
        view = build(state)
        upsert(view)
        for _ in range(VIEW_SETTLE_READS):
            latest = self.state(invoice_id)
            if latest is None or state_mark(latest) == state_mark(state):
                return view
            state = latest
            self.show_on_invoice(view["tenant"], invoice_id, view_payment_fields(state))
        # Before the archive's commit point (the version record), so the event is retried whole.
        raise StorageUnavailableError(f"payment state of {invoice_id} kept changing while its view was written")

    def writeback(self, payment_id: str) -> Doc | None:
        with translate_errors("get write-back"):
            return self.db.payment_writebacks.find_one({"_id": payment_id})

    def save_writeback(self, record: Doc) -> None:
        with translate_errors("save write-back"):
            self.db.payment_writebacks.replace_one({"_id": record["_id"]}, record, upsert=True)

    def writebacks(self, invoice_id: str) -> list[Doc]:
        with translate_errors("read write-backs"):
            return list(self.db.payment_writebacks.find({"invoice_id": invoice_id}).sort("at", DESCENDING))


class LinkStore:
    def __init__(self, db: Database[Doc]) -> None:
        self.db = db

    def save(self, link: Doc) -> None:
        with translate_errors("save invoice link"):
            self.db.invoice_links.replace_one({"_id": link["_id"]}, link, upsert=True)

    def of(self, tenant: str, invoice_id: str) -> tuple[list[Doc], list[Doc]]:
        """(links from this invoice, links to it)."""
        with translate_errors("read invoice links"):
            out = list(self.db.invoice_links.find({"tenant": tenant, "from_invoice_id": invoice_id}))
            back = list(self.db.invoice_links.find({"tenant": tenant, "to_invoice_id": invoice_id}))
        return out, back


@dataclass(frozen=True)
class BillingRepos:
    connections: BillingConnections
    ingest: IngestState
    payments: PaymentStore
    links: LinkStore


def billing_repos(db: Database[Doc]) -> BillingRepos:
    return BillingRepos(BillingConnections(db), IngestState(db), PaymentStore(db), LinkStore(db))


# --- observed clients ------------------------------------------------------------------------------

_AGENT_ACTIONS = {"action-szamla_agent_xml": "query_xml", "action-szamla_agent_pdf": "query_pdf",
                  "action-szamla_agent_kifiz": "kifiz"}


def billingo_operation(method: str, url: str) -> str:
    parts = [p for p in urlsplit(url).path.split("/") if p]
    try:
        tail = parts[parts.index("documents") + 1:]
    except ValueError:
        return "other"
    if not tail:
        return "list_documents" if method == "GET" else "other"
    if len(tail) == 1:
        return "get_document" if tail[0].isdigit() else "other"
    if tail[1] == "download":
        return "download_pdf"
    if tail[1] == "payments":
        return {"GET": "get_payments", "PUT": "put_payments", "DELETE": "delete_payments"}.get(method, "other")
    return "other"


def agent_operation(files: Any) -> str:
    names = list(files) if isinstance(files, dict) else []
    return next((_AGENT_ACTIONS[n] for n in names if n in _AGENT_ACTIONS), "other")


class ObservedSession(requests.Session):
    """Counts and times every call; remembers the last status so a back-off sleep knows its cause."""

    def __init__(self, service: str, metrics: UpstreamMetrics | None) -> None:
        super().__init__()
        self.service, self.metrics = service, metrics
        self.last_status: int | None = None
        self.last_maintenance = False

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        m = method.decode() if isinstance(method, bytes) else method
        u = url.decode() if isinstance(url, bytes) else url
        op = agent_operation(kwargs.get("files")) if self.service == "szamlazz" else billingo_operation(m.upper(), u)
        started = time.perf_counter()
        try:
            response = super().request(m, u, *args, **kwargs)
        except requests.RequestException:
            self._record(op, 0, time.perf_counter() - started)
            raise
        self.last_maintenance = "szlahu_down" in response.headers or response.headers.get("szlahu_error_code") == "1"
        self._record(op, response.status_code, time.perf_counter() - started)
        return response

    def _record(self, op: str, status: int, seconds: float) -> None:
        self.last_status = status
        if self.metrics is not None:
            self.metrics.calls.labels(self.service, op, str(status)).inc()
            self.metrics.latency.labels(self.service, op).observe(seconds)

    def wait_reason(self) -> str:
        status = self.last_status
        if status == 0 or status is None:
            return "unreachable"
        if status == 429:
            return "rate_limited"
        if status == 202:
            return "pdf_pending"
        if self.last_maintenance:
            return "maintenance"
        return "server_error" if status >= 500 else "other"


def observed_sleep(session: ObservedSession, sleep: Callable[[float], None] = time.sleep) -> Callable[[float], None]:
    def wait(seconds: float) -> None:
        if session.metrics is not None:
            reason = session.wait_reason()
            session.metrics.waits.labels(session.service, reason).inc()
            session.metrics.wait_seconds.labels(session.service, reason).inc(max(0.0, seconds))
        sleep(seconds)

    return wait


def billingo_client(
    api_key: str, base_url: str, metrics: UpstreamMetrics | None, *, retry: RetryPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep, timeout: tuple[float, float] = (5.0, 30.0),
) -> tuple[BillingoClient, ObservedSession]:
    session = ObservedSession("billingo", metrics)
    client = BillingoClient(api_key, base_url=base_url, session=session, retry=retry,
                            sleep=observed_sleep(session, sleep), timeout=timeout)
    return client, session


def szamla_agent_client(
    agent_key: str, url: str, metrics: UpstreamMetrics | None, *, retry: RetryPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep, timeout: tuple[float, float] = (5.0, 30.0),
) -> tuple[SzamlaAgentClient, ObservedSession]:
    session = ObservedSession("szamlazz", metrics)
    client = SzamlaAgentClient(agent_key, url=url, session=session, retry=retry,
                               sleep=observed_sleep(session, sleep), timeout=timeout)
    return client, session


def connection_billingo(settings: Settings, connection: Doc, metrics: UpstreamMetrics | None,
                        **kwargs: Any) -> tuple[BillingoClient, ObservedSession]:
    return billingo_client(credential(settings, connection, "api_key"), connection["base_url"], metrics, **kwargs)


def connection_agent(settings: Settings, connection: Doc, metrics: UpstreamMetrics | None,
                     **kwargs: Any) -> tuple[SzamlaAgentClient, ObservedSession]:
    return szamla_agent_client(credential(settings, connection, "agent_key"), connection["base_url"], metrics,
                               **kwargs)


# --- publishing what a billing system delivered ----------------------------------------------------


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


# --- the test fetch that runs when a connection is saved -------------------------------------------


def test_connection(settings: Settings, connection: Doc, repos: BillingRepos, upstream: UpstreamMetrics | None,
                    now: datetime, days: int = 30) -> FetchOutcome:
    """What the account holds (Billingo) or whether the key works (Számla Agent), as a ``FetchOutcome``.
    One quick try each: an administrator is waiting for the answer."""
    quick = (5.0, 15.0)
    since = now - timedelta(days=days)
    if connection["kind"] == "billingo":
        client, session = connection_billingo(settings, connection, upstream, timeout=quick,
                                              retry=RetryPolicy(max_attempts=1))
        try:
            found = client.count_documents(since=since.date())
            total = client.count_documents()
            try:
                client.put_payments(0, [])  # no such document: 404 with a write key, 403 with a read-only one
                read_only: bool | None = False
            except PermissionDeniedError:
                read_only = True
            except (DocumentNotFoundError, RequestRejectedError):
                read_only = False
            except SzamlatarError:
                read_only = None
            return FetchOutcome(found=found, total=total, read_only=read_only, days=days)
        except AuthenticationError:
            return FetchOutcome(reason="wrong_key", days=days)
        except SubscriptionRequiredError:
            return FetchOutcome(reason="no_subscription", days=days)
        except UpstreamError as exc:
            if session.last_status == 429:
                return FetchOutcome(reason="rate_limited", retry_after=exc.retry_after, days=days)
            detail = f"HTTP {session.last_status}" if session.last_status else "no answer"
            return FetchOutcome(reason="unreachable", detail=detail, days=days)
        except SzamlatarError as exc:
            return FetchOutcome(reason="unexpected", detail=str(exc)[:200], days=days)
        finally:
            client.close()
    agent, agent_session = connection_agent(settings, connection, upstream, retry=RetryPolicy(max_attempts=1),
                                             timeout=quick)
    try:
        with contextlib.suppress(InvoiceNotFoundError):  # the key was accepted; there is just no such invoice
            agent.get_invoice_xml(invoice_number="SZAMLATAR-KAPCSOLATTESZT")
        return FetchOutcome(found=repos.ingest.count_received(connection["_id"], since), days=days)
    except AgentAuthenticationError as exc:
        return FetchOutcome(reason="no_subscription" if exc.code == 136 else "wrong_key", days=days)
    except UpstreamError:
        if agent_session.last_maintenance:
            return FetchOutcome(reason="maintenance", days=days)
        detail = f"HTTP {agent_session.last_status}" if agent_session.last_status else "no answer"
        return FetchOutcome(reason="unreachable", detail=detail, days=days)
    except SzamlatarError as exc:
        return FetchOutcome(reason="unexpected", detail=str(exc)[:200], days=days)
    finally:
        agent.close()
