"""The in-house billing system emulator behind the generic pull poller (tests and the demo).

Its JSON deliberately differs from ours, so a connection needs a field mapping
(``services/core/pull_mapping.py``; the one that fits is ``DEMO_MAPPING``)::

    GET /api/v1/invoices?updated_since=<ISO time, inclusive>&limit=<n>     (Bearer token)
    → {"data": [{"id": "INH-00001", "updated_at": "...", "invoice_no": "...", "type": "normal",
                 "issued": "2025.03.01.", "delivered": "...", "due": "...", "currency": "HUF",
                 "totals": {"net": "100 000,00", "vat": 27000, "gross": "127000"},
                 "seller": {...}, "customer": {"name": ..., "vat_id": "12345678-2-42"},
                 "pdf": "http://host:port/files/INH-00001.pdf"}, ...], "count": n}
    GET /files/<id>.pdf                                                      (Bearer token)
    POST /oauth/token   grant_type=client_credentials, client id and secret by HTTP Basic or in the form
    → {"access_token": "...", "token_type": "Bearer", "expires_in": <token_lifetime>, "scope": ...}

Either bearer is accepted: the static ``token``, or an OAuth token it issued and has not expired or
revoked (``POST /_emulator/oauth/revoke`` drops every issued token, so the next call answers 401).

Ordered by (updated_at, id), every invoice with its own second, so a field cursor works.
``/_emulator/...`` (no auth) adds invoices, touches one (a new ``updated_at``, same content), and
reports how often each PDF was downloaded and tokens were issued — how the tests see that the poller resumed rather than
started over. ``pdf_delay`` slows every PDF download (crash tests).
"""

from __future__ import annotations

import asyncio
import dataclasses
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from services.core.money import format_amount
from szamlatar_dev.emulators.client_auth import client_of
from szamlatar_dev.emulators.demo_data import Invoice, generate_demo, render_invoice_pdf

EPOCH = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
# The mapping from this emulator's JSON to our invoice wire form (what `szamlatar demo pull` stores).
DEMO_MAPPING: dict[str, Any] = {
    "items_path": "data", "id_field": "id", "pdf_url_field": "pdf", "cursor_param": "updated_since",
    "cursor_field": "updated_at", "limit_param": "limit",
    "defaults": {"direction": "outgoing"},
    "fields": {
        "number": "invoice_no", "kind": "type", "currency": "currency",
        "issue_date": {"path": "issued", "type": "date"}, "fulfilment_date": {"path": "delivered", "type": "date"},
        "due_date": {"path": "due", "type": "date"},
        "net_total": {"path": "totals.net", "type": "amount"}, "vat_total": {"path": "totals.vat", "type": "amount"},
        "gross_total": {"path": "totals.gross", "type": "amount"},
        "seller.name": "seller.name", "seller.tax_number": {"path": "seller.vat_id", "type": "tax_number"},
        "buyer.name": "customer.name", "buyer.tax_number": {"path": "customer.vat_id", "type": "tax_number"},
        "references.order": "order_ref",
    },
}


def _hu_date(d: Any) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def _spaced(value: Any) -> str:
    """``127000.5`` → ``127 000,50`` — how a Hungarian system might print an amount."""
    text = f"{value:,.2f}"
    return text.replace(",", " ").replace(".", ",")


@dataclass
class Stored:
    id: str
    invoice: Invoice
    updated_at: datetime
    pdf_url: str | None = None  # override (hostile tests): where the item's PDF "is"


@dataclass
class InhouseState:
    token: str
    pdf_delay: float = 0.0
    items: dict[str, Stored] = field(default_factory=dict)
    downloads: dict[str, int] = field(default_factory=dict)
    list_calls: int = 0
    clock: datetime = EPOCH
    lock: threading.Lock = field(default_factory=threading.Lock)
    pdfs: dict[str, bytes] = field(default_factory=dict)
    oauth_clients: dict[str, str] = field(default_factory=dict)  # client id → secret
    token_lifetime: float = 3600.0
    issued: dict[str, float] = field(default_factory=dict)  # OAuth token → when it expires (epoch seconds)
    token_calls: int = 0
    refused_bearers: int = 0

    def issue(self, client_id: str, secret: str) -> str | None:
        """A new access token for a known client with its secret (None: refused)."""
        expected = self.oauth_clients.get(client_id)
        if expected is None or not secrets.compare_digest(expected, secret):
            return None
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.token_calls += 1
            self.issued[token] = time.time() + self.token_lifetime
        return token

    def bearer_ok(self, header: str | None) -> bool:
        if header == f"Bearer {self.token}":
            return True
        token = (header or "").removeprefix("Bearer ")
        with self.lock:
            expires = self.issued.get(token) if header and header.startswith("Bearer ") else None
            ok = expires is not None and time.time() < expires
            if not ok:
                self.refused_bearers += 1
        return ok

    def add(self, count: int, seed: int, pdf_url: str | None = None) -> list[str]:
        book = generate_demo(seed=seed, invoices=max(count, 1))
        added = []
        with self.lock:
            for inv in book.invoices[:count]:
                n = len(self.items) + 1
                sid = f"INH-{n:05d}"
                renumbered = dataclasses.replace(inv, id=n, number=f"BH-{seed:03d}-{n:05d}")
                self.clock += timedelta(seconds=1)
                self.items[sid] = Stored(sid, renumbered, self.clock, pdf_url)
                added.append(sid)
        return added

    def touch(self, sid: str) -> bool:
        with self.lock:
            if sid not in self.items:
                return False
            self.clock += timedelta(seconds=1)
            self.items[sid].updated_at = self.clock
            return True

    def page(self, since: datetime | None, limit: int) -> list[Stored]:
        with self.lock:
            rows = sorted(self.items.values(), key=lambda s: (s.updated_at, s.id))
        return [s for s in rows if since is None or s.updated_at >= since][:limit]

    def pdf(self, sid: str) -> bytes | None:
        stored = self.items.get(sid)
        if stored is None:
            return None
        with self.lock:
            self.downloads[sid] = self.downloads.get(sid, 0) + 1
            cached = self.pdfs.get(sid)
        if cached is None:
            cached = render_invoice_pdf(stored.invoice)
            with self.lock:
                self.pdfs[sid] = cached
        return cached


def item_json(stored: Stored, base: str) -> dict[str, Any]:
    inv = stored.invoice
    return {
        "id": stored.id,
        "updated_at": stored.updated_at.isoformat().replace("+00:00", "Z"),
        "invoice_no": inv.number,
        "type": inv.kind.value,
        "issued": _hu_date(inv.issue_date),
        "delivered": inv.fulfillment_date.isoformat(),
        "due": f"{inv.due_date.isoformat()}T00:00:00",
        "currency": inv.currency,
        "totals": {"net": _spaced(inv.net_total), "vat": float(inv.vat_total), "gross": format_amount(inv.gross_total)},
        "seller": {"name": inv.issuer.name, "vat_id": inv.issuer.tax_number},
        "customer": {"name": inv.buyer.name, "vat_id": inv.buyer.tax_number or None},
        "order_ref": inv.order_number or None,
        "pdf": stored.pdf_url or f"{base}/files/{stored.id}.pdf",
    }


def create_app(state: InhouseState) -> Starlette:
    def authorised(request: Request) -> bool:
        return state.bearer_ok(request.headers.get("authorization"))

    async def oauth_token(request: Request) -> Response:
        form = await request.form()
        client_id, secret = client_of(request, form)
        if form.get("grant_type") != "client_credentials":
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        token = state.issue(client_id, secret)
        if token is None:
            return JSONResponse({"error": "invalid_client"}, status_code=401,
                                headers={"WWW-Authenticate": 'Basic realm="inhouse"'})
        return JSONResponse({"access_token": token, "token_type": "Bearer", "expires_in": state.token_lifetime,
                             "scope": str(form.get("scope") or "invoices.read")},
                            headers={"Cache-Control": "no-store"})

    async def admin_revoke(request: Request) -> Response:
        with state.lock:
            dropped = len(state.issued)
            state.issued.clear()
        return JSONResponse({"revoked": dropped})

    async def list_invoices(request: Request) -> Response:
        if not authorised(request):
            return JSONResponse({"error": "unauthorised"}, status_code=401)
        since_raw = request.query_params.get("updated_since")
        try:
            since = datetime.fromisoformat(since_raw.replace("Z", "+00:00")) if since_raw else None
            limit = min(max(int(request.query_params.get("limit", "50")), 1), 500)
        except ValueError:
            return JSONResponse({"error": "bad updated_since or limit"}, status_code=400)
        state.list_calls += 1
        base = str(request.base_url).rstrip("/")
        rows = [item_json(s, base) for s in state.page(since, limit)]
        return JSONResponse({"data": rows, "count": len(rows)})

    async def pdf(request: Request) -> Response:
        if not authorised(request):
            return JSONResponse({"error": "unauthorised"}, status_code=401)
        name = request.path_params["name"]
        if state.pdf_delay:
            await asyncio.sleep(state.pdf_delay)
        body = await asyncio.to_thread(state.pdf, name.removesuffix(".pdf"))
        if body is None:
            return JSONResponse({"error": "not found"}, status_code=404)
        return Response(body, media_type="application/pdf")

    async def admin_add(request: Request) -> Response:
        payload = await request.json()
        added = state.add(int(payload.get("count", 1)), int(payload.get("seed", 9)), payload.get("pdf_url"))
        return JSONResponse({"added": added}, status_code=201)

    async def admin_touch(request: Request) -> Response:
        ok = state.touch(request.path_params["sid"])
        return JSONResponse({"touched": ok}, status_code=200 if ok else 404)

    async def admin_stats(request: Request) -> Response:
        with state.lock:
            return JSONResponse({"invoices": len(state.items), "list_calls": state.list_calls,
                                 "downloads": dict(state.downloads), "token_calls": state.token_calls,
                                 "refused_bearers": state.refused_bearers})

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "invoices": len(state.items)})

    return Starlette(routes=[
        Route("/api/v1/invoices", list_invoices),
        Route("/files/{name}", pdf),
        Route("/oauth/token", oauth_token, methods=["POST"]),
        Route("/_emulator/oauth/revoke", admin_revoke, methods=["POST"]),
        Route("/_emulator/invoices", admin_add, methods=["POST"]),
        Route("/_emulator/invoices/{sid}/touch", admin_touch, methods=["POST"]),
        Route("/_emulator/stats", admin_stats),
        Route("/healthz", healthz),
    ])
