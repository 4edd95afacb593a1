"""The emulator's in-memory world: documents, payment histories, keys, rate limits and faults.

Time comes from an injected clock so that tests can move it (rate-limit windows, ``expired``
status) without sleeping. All mutation goes through :class:`BillingoState` under one lock, because
uvicorn may run handlers on worker threads.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from szamlatar_dev.emulators.billingo.documents import document_from_invoice, payment_from_demo, payment_status
from szamlatar_dev.emulators.demo_data import DemoBook, Invoice, render_invoice_pdf

Clock = Callable[[], float]


@dataclass
class Faults:
    """Switchable misbehaviour, set through ``POST /_emulator/faults``."""

    error_rate: float = 0.0  # share of API calls answered with 500
    slow_seconds: float = 0.0  # added latency per API call
    force_429: int = 0  # answer the next N API calls with 429
    retry_after: int = 1  # Retry-After seconds on forced 429s and on 202 "PDF not ready"
    down: bool = False  # answer every API call with a 503 HTML page, like a load balancer would
    pdf_pending_calls: int = 1  # each document's first N downloads answer 202

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ApiKey:
    key: str
    write: bool = True
    subscribed: bool = True


@dataclass
class StoredDocument:
    doc: dict[str, Any]
    created_at: float
    modified_at: float
    invoice: Invoice | None = None
    payments: list[dict[str, Any]] = field(default_factory=list)
    download_calls: int = 0
    pdf: bytes | None = None


@dataclass(frozen=True)
class PaymentWrite:
    """One PUT/DELETE on a payment history, kept for tests that check what a client wrote."""

    document_id: int
    method: str
    body: list[dict[str, Any]]
    at: float


class BillingoState:
    def __init__(
        self,
        keys: list[ApiKey],
        *,
        rate_limit: int = 300,
        clock: Clock = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.keys = {k.key: k for k in keys}
        self.rate_limit = rate_limit
        self.clock = clock
        self.rng = rng or random.Random(0)
        self.faults = Faults()
        self.documents: dict[int, StoredDocument] = {}
        self.payment_writes: list[PaymentWrite] = []
        self.lock = threading.RLock()
        self._windows: dict[str, tuple[int, int]] = {}  # key -> (window start minute, requests used)

    # -- seeding -------------------------------------------------------------------------------

    def load_demo(self, book: DemoBook) -> None:
        by_id = {inv.id: inv for inv in book.invoices}
        backrefs: dict[int, list[Invoice]] = {}
        for inv in book.invoices:
            if inv.related_id is not None:
                backrefs.setdefault(inv.related_id, []).append(inv)
        for inv in book.invoices:
            links = [by_id[inv.related_id]] if inv.related_id in by_id else []
            links += backrefs.get(inv.id, [])
            related = [{"id": x.id, "invoice_number": x.number} for x in links]
            created = datetime.combine(inv.issue_date, datetime.min.time(), UTC).timestamp() + 9 * 3600
            stored = StoredDocument(
                doc=document_from_invoice(inv, block_id=181105, related=related),
                created_at=created,
                modified_at=inv.modified_at.replace(tzinfo=UTC).timestamp(),
                invoice=inv,
                payments=[payment_from_demo(p.date, p.amount, p.method, inv.conversion_rate) for p in inv.payments],
            )
            self.documents[inv.id] = stored
            self._refresh(stored)

    def add_document(self, doc: dict[str, Any], payments: list[dict[str, Any]] | None = None) -> StoredDocument:
        with self.lock:
            doc_id = int(doc.get("id") or max(self.documents, default=1_000_000) + 1)
            now = self.clock()
            stored = StoredDocument(
                doc={**doc, "id": doc_id}, created_at=now, modified_at=now, payments=list(payments or [])
            )
            self.documents[doc_id] = stored
            self._refresh(stored)
            return stored

    def modify_document(self, doc_id: int, changes: dict[str, Any]) -> StoredDocument:
        with self.lock:
            stored = self.documents[doc_id]
            payments = changes.pop("payments", None)
            stored.doc.update(changes)
            if payments is not None:
                stored.payments = list(payments)
            stored.modified_at = self.clock()
            self._refresh(stored)
            return stored

    # -- payments ------------------------------------------------------------------------------

    def replace_payments(self, doc_id: int, payments: list[dict[str, Any]], method: str) -> StoredDocument:
        with self.lock:
            stored = self.documents[doc_id]
            stored.payments = [dict(p) for p in payments]
            stored.modified_at = self.clock()
            self.payment_writes.append(PaymentWrite(doc_id, method, [dict(p) for p in payments], self.clock()))
            self._refresh(stored)
            return stored

    def today(self) -> date:
        return datetime.fromtimestamp(self.clock(), UTC).date()

    def _refresh(self, stored: StoredDocument) -> None:
        """Keep ``payment_status`` and ``paid_date`` consistent with the payment history."""
        doc = stored.doc
        paid = sum(float(p.get("price", 0)) for p in stored.payments)
        due = date.fromisoformat(doc.get("due_date") or doc.get("invoice_date") or self.today().isoformat())
        doc["payment_status"] = payment_status(
            doc.get("type", "invoice"),
            float(doc.get("gross_total", 0)),
            paid,
            due,
            self.today(),
            bool(doc.get("cancelled")),
        )
        # 3.0.15 documents paid_date as "the paid date if paid/partially paid, otherwise the current date".
        dates = sorted(p["date"] for p in stored.payments if "date" in p)
        doc["paid_date"] = dates[-1] if dates else self.today().isoformat()

    # -- rate limiting -------------------------------------------------------------------------

    def take_rate_token(self, key: str) -> tuple[bool, dict[str, str]]:
        """Count one request in the key's one-minute window; return (allowed, X-RateLimit-* headers)."""
        with self.lock:
            now = self.clock()
            minute = int(now // 60)
            start, used = self._windows.get(key, (minute, 0))
            if start != minute:
                start, used = minute, 0
            allowed = used < self.rate_limit
            if allowed:
                used += 1
            self._windows[key] = (start, used)
            reset = (start + 1) * 60
            headers = {
                "X-RateLimit-Limit": str(self.rate_limit),
                "X-RateLimit-Remaining": str(max(0, self.rate_limit - used)),
                "X-RateLimit-Reset": str(reset),
            }
            if not allowed:
                headers["Retry-After"] = str(max(1, int(reset - now)))
            return allowed, headers

    def pdf_for(self, stored: StoredDocument) -> bytes:
        if stored.pdf is None:
            if stored.invoice is None:
                stored.pdf = _placeholder_pdf(str(stored.doc.get("invoice_number", stored.doc["id"])))
            else:
                stored.pdf = render_invoice_pdf(stored.invoice)
        return stored.pdf


def _placeholder_pdf(title: str) -> bytes:
    """A PDF for documents added through the admin route, which carry no demo invoice to render."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    pdf = Canvas(buffer, invariant=True)
    pdf.drawString(72, 750, f"Számla {title}".encode("latin-1", "replace").decode("latin-1"))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
