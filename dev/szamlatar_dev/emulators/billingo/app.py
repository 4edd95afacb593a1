"""HTTP surface of the Billingo v3 emulator (Starlette, so every status and body is ours to shape).

``/v3/...`` follows openapi 3.0.14; ``/_emulator/...`` is the test-only admin surface (no auth).
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from szamlatar_dev.emulators.billingo.documents import DOCUMENT_TYPES, PAYMENT_METHODS, PAYMENT_STATUSES
from szamlatar_dev.emulators.billingo.state import BillingoState, Faults, StoredDocument

Sleep = Callable[[float], Awaitable[None]]
Handler = Callable[[Request, BillingoState], Awaitable[Response]]

BUDAPEST = ZoneInfo("Europe/Budapest")
PDF_NOT_READY = "Document PDF has not generated yet. You should try to download again later."


def _client_error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"message": message}}, status_code=status, headers=headers)


def _validation_error(errors: list[dict[str, str]]) -> JSONResponse:
    # 422 is the one error body without the "error" wrapper (ValidationErrorResponse).
    return JSONResponse({"message": "The given data was invalid.", "errors": errors}, status_code=422)


class _Invalid(Exception):
    def __init__(self, errors: list[dict[str, str]]) -> None:
        super().__init__("invalid request")
        self.errors = errors


def _bounds(lo: int | None, hi: int | None) -> str:
    """The allowed range in Laravel's words, naming only the bounds that exist."""
    if lo is not None and hi is not None:
        return f"between {lo} and {hi}"
    return f"at least {lo}" if lo is not None else f"at most {hi}"


class _Query:
    """Typed access to query parameters that collects every problem into one 422."""

    def __init__(self, request: Request) -> None:
        self.params = request.query_params
        self.errors: list[dict[str, str]] = []

    def int(self, name: str, lo: int | None = None, hi: int | None = None) -> int | None:
        raw = self.params.get(name)
        if raw is None or raw == "":
            return None
        try:
            value = int(raw)
        except ValueError:
            self.errors.append({"field": name, "message": f"The {name} must be an integer."})
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.errors.append({"field": name, "message": f"The {name} must be {_bounds(lo, hi)}."})
            return None
        return value

    def date(self, name: str) -> date | None:
        raw = self.params.get(name)
        if not raw:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            self.errors.append({"field": name, "message": f"The {name} does not match the format Y-m-d."})
            return None

    def datetime(self, name: str) -> datetime | None:
        raw = self.params.get(name)
        if not raw:
            return None
        try:
            parsed = datetime.fromisoformat(raw)
        except ValueError:
            self.errors.append({"field": name, "message": f"The {name} does not match the format Y-m-d H:i:s."})
            return None
        # Undocumented; Billingo is a Hungarian service, so naive times are read as Budapest time.
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=BUDAPEST)

    def enum(self, name: str, allowed: tuple[str, ...]) -> str | None:
        raw = self.params.get(name)
        if raw is None or raw == "":
            return None
        if raw not in allowed:
            self.errors.append({"field": name, "message": f"The selected {name} is invalid."})
            return None
        return raw

    def check(self) -> None:
        if self.errors:
            raise _Invalid(self.errors)


def _number_of(invoice_number: str) -> int | None:
    match = re.search(r"(\d+)\s*$", invoice_number)
    return int(match.group(1)) if match else None


def _matches(stored: StoredDocument, q: dict[str, Any]) -> bool:
    doc = stored.doc
    invoice_date = date.fromisoformat(doc["invoice_date"])
    fulfillment = date.fromisoformat(doc["fulfillment_date"])
    checks = [
        q["block_id"] is None or doc.get("block_id") == q["block_id"],
        q["partner_id"] is None or doc.get("document_partner", {}).get("id") == q["partner_id"],
        q["payment_method"] is None or doc.get("payment_method") == q["payment_method"],
        q["payment_status"] is None or doc.get("payment_status") == q["payment_status"],
        q["type"] is None or doc.get("type") == q["type"],
        q["start_date"] is None or invoice_date >= q["start_date"],
        q["end_date"] is None or invoice_date <= q["end_date"],
        q["fulfillment_start_date"] is None or fulfillment >= q["fulfillment_start_date"],
        q["fulfillment_end_date"] is None or fulfillment <= q["fulfillment_end_date"],
        q["last_modified_date"] is None or stored.modified_at >= q["last_modified_date"].timestamp(),
    ]
    if not all(checks):
        return False
    if q["paid_start_date"] or q["paid_end_date"]:
        lo, hi = q["paid_start_date"] or date.min, q["paid_end_date"] or date.max
        if not any(lo <= date.fromisoformat(p["date"]) <= hi for p in stored.payments):
            return False
    number = _number_of(doc.get("invoice_number", ""))
    if q["start_number"] is not None and (
        number is None or (invoice_date.year, number) < (q["start_year"], q["start_number"])
    ):
        return False
    if q["end_number"] is not None and (
        number is None or (invoice_date.year, number) > (q["end_year"], q["end_number"])
    ):
        return False
    if q["query"]:
        needle = q["query"].casefold()
        haystack = " ".join(
            [
                doc.get("invoice_number", ""),
                doc.get("comment", ""),
                doc.get("document_partner", {}).get("name", ""),
            ]
        ).casefold()
        if needle not in haystack:
            return False
    return True


async def list_documents(request: Request, state: BillingoState) -> Response:
    query = _Query(request)
    page = query.int("page", lo=1) or 1
    per_page = query.int("per_page", lo=1, hi=100) or 25
    q: dict[str, Any] = {
        "block_id": query.int("block_id"),
        "partner_id": query.int("partner_id"),
        "payment_method": query.enum("payment_method", PAYMENT_METHODS),
        "payment_status": query.enum("payment_status", PAYMENT_STATUSES),
        "type": query.enum("type", DOCUMENT_TYPES),
        "start_date": query.date("start_date"),
        "end_date": query.date("end_date"),
        "paid_start_date": query.date("paid_start_date"),
        "paid_end_date": query.date("paid_end_date"),
        "fulfillment_start_date": query.date("fulfillment_start_date"),
        "fulfillment_end_date": query.date("fulfillment_end_date"),
        "last_modified_date": query.datetime("last_modified_date"),
        "start_number": query.int("start_number"),
        "end_number": query.int("end_number"),
        "start_year": query.int("start_year"),
        "end_year": query.int("end_year"),
        "query": request.query_params.get("query"),
    }
    for number, year in (("start_number", "start_year"), ("end_number", "end_year")):
        if (q[number] is None) != (q[year] is None):
            query.errors.append({"field": year, "message": f"The {year} field is required with {number}."})
    query.check()
    with state.lock:
        found = [s for s in state.documents.values() if _matches(s, q)]
        # "sorted by creation date, with the most recent documents appearing first"
        found.sort(key=lambda s: (s.created_at, s.doc["id"]), reverse=True)
        total = len(found)
        last_page = max(1, math.ceil(total / per_page))
        data = [dict(s.doc) for s in found[(page - 1) * per_page : page * per_page]]

    def page_url(number: int) -> str:
        params = dict(request.query_params)
        params["page"] = str(number)
        return f"{request.url.replace(query=urlencode(params))}"

    body: dict[str, Any] = {
        "data": data,
        "total": total,
        "per_page": per_page,
        "current_page": page,
        "last_page": last_page,
    }
    # The spec types the page URLs as plain strings (not nullable), so a missing page leaves the key out.
    if page > 1:
        body["prev_page_url"] = page_url(page - 1)
    if page < last_page:
        body["next_page_url"] = page_url(page + 1)
    return JSONResponse(body)


def _document(request: Request, state: BillingoState) -> StoredDocument | Response:
    raw = request.path_params["id"]
    try:
        doc_id = int(raw)
    except ValueError:
        return _validation_error([{"field": "id", "message": "The id must be an integer."}])
    stored = state.documents.get(doc_id)
    if stored is None:
        return _client_error(404, "Document not found.")
    return stored


async def get_document(request: Request, state: BillingoState) -> Response:
    stored = _document(request, state)
    if isinstance(stored, Response):
        return stored
    return JSONResponse(dict(stored.doc))


async def download_document(request: Request, state: BillingoState) -> Response:
    stored = _document(request, state)
    if isinstance(stored, Response):
        return stored
    with state.lock:
        stored.download_calls += 1
        pending = stored.download_calls <= state.faults.pdf_pending_calls
    if pending:
        # ClientError, not ClientErrorResponse: the 202 body is a bare {"message": ...}.
        return JSONResponse(
            {"message": PDF_NOT_READY},
            status_code=202,
            headers={"Retry-After": str(state.faults.retry_after)},
        )
    return Response(state.pdf_for(stored), media_type="application/pdf")


async def get_payments(request: Request, state: BillingoState) -> Response:
    stored = _document(request, state)
    if isinstance(stored, Response):
        return stored
    return JSONResponse(list(stored.payments))


_YMD = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _is_number(value: Any) -> bool:
    """A JSON number that fits the spec's float: not a boolean, not the NaN/Infinity that Python's json
    module lets through, not an integer too large for a float."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _payment_errors(i: int, item: Any) -> list[dict[str, str]]:
    """One PaymentHistory entry checked against the spec's schema: every problem, each named by its field."""
    if not isinstance(item, dict):
        return [{"field": f"{i}", "message": f"The {i} must be an object."}]
    errors: list[dict[str, str]] = []

    def error(name: str, message: str) -> None:
        errors.append({"field": f"{i}.{name}", "message": message.format(field=f"{i}.{name}")})

    for name in ("date", "price", "payment_method"):
        if item.get(name) is None:
            error(name, "The {field} field is required.")
    day = item.get("date")
    if day is not None:
        if not isinstance(day, str):
            error("date", "The {field} must be a string.")
        else:
            try:
                if not _YMD.fullmatch(day):
                    raise ValueError(day)
                date.fromisoformat(day)
            except ValueError:
                error("date", "The {field} does not match the format Y-m-d.")
    price = item.get("price")
    if price is not None and not _is_number(price):
        error("price", "The {field} must be a number.")
    method = item.get("payment_method")
    if method is not None and not (isinstance(method, str) and method in PAYMENT_METHODS):
        error("payment_method", "The selected {field} is invalid.")
    voucher = item.get("voucher_number")
    if voucher is not None and not isinstance(voucher, str):
        error("voucher_number", "The {field} must be a string.")
    rate = item.get("conversion_rate")
    if rate is not None and not _is_number(rate):
        error("conversion_rate", "The {field} must be a number.")
    return errors


def _validate_payments(body: Any) -> list[dict[str, str]]:
    """Every entry is checked before anything is written: one bad entry refuses the whole list."""
    if not isinstance(body, list):
        return [{"field": "payments", "message": "The payments must be an array."}]
    return [error for i, item in enumerate(body) for error in _payment_errors(i, item)]


_PAYMENT_FIELDS = ("date", "price", "payment_method", "voucher_number", "conversion_rate")


async def put_payments(request: Request, state: BillingoState) -> Response:
    stored = _document(request, state)
    if isinstance(stored, Response):
        return stored
    try:
        body = json.loads(await request.body())
    except ValueError:
        return _client_error(400, "The request body is not valid JSON.")
    errors = _validate_payments(body)
    if errors:
        return _validation_error(errors)
    payments = [{k: item.get(k) for k in _PAYMENT_FIELDS} for item in body]
    stored = state.replace_payments(stored.doc["id"], payments, "PUT")
    return JSONResponse(list(stored.payments))


async def delete_payments(request: Request, state: BillingoState) -> Response:
    stored = _document(request, state)
    if isinstance(stored, Response):
        return stored
    stored = state.replace_payments(stored.doc["id"], [], "DELETE")
    return JSONResponse(list(stored.payments))


def _api(
    state: BillingoState, handler: Handler, *, write: bool, sleep: Sleep
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap an endpoint with what every real call passes through: outage, latency, auth, limits, faults."""

    async def endpoint(request: Request) -> Response:
        faults = state.faults
        if faults.down:
            return HTMLResponse("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>", 503)
        if faults.slow_seconds > 0:
            await sleep(faults.slow_seconds)
        key = state.keys.get(request.headers.get("X-API-KEY", ""))
        if key is None:
            return _client_error(401, "Authorization information (Header: X-API-KEY) is missing or invalid.")
        allowed, headers = state.take_rate_token(key.key)
        if not allowed:
            return _client_error(429, "Too many requests", headers)
        with state.lock:
            forced = faults.force_429 > 0
            if forced:
                faults.force_429 -= 1
            fail = faults.error_rate > 0 and state.rng.random() < faults.error_rate
        if forced:
            return _client_error(429, "Too many requests", {**headers, "Retry-After": str(faults.retry_after)})
        if fail:
            trace = f"{state.rng.getrandbits(128):032x}"
            return JSONResponse(
                {"error": {"message": "Internal Server Error.", "trace_id": trace}}, 500, headers=headers
            )
        if not key.subscribed:
            return _client_error(402, "You do not have subscription for this operation", headers)
        if write and not key.write:
            return _client_error(403, "This API key does not have permission for this operation.", headers)
        try:
            response = await handler(request, state)
        except _Invalid as invalid:
            response = _validation_error(invalid.errors)
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response

    return endpoint


# -- admin (/_emulator) -----------------------------------------------------------------------------


def _admin_routes(state: BillingoState) -> list[Route]:
    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            state.faults = Faults()
        elif request.method == "POST":
            changes = await request.json()
            unknown = set(changes) - set(Faults().to_json())
            if unknown:
                return JSONResponse({"error": f"unknown fault settings: {sorted(unknown)}"}, 400)
            with state.lock:
                for name, value in changes.items():
                    setattr(state.faults, name, type(getattr(state.faults, name))(value))
        return JSONResponse(state.faults.to_json())

    async def add_document(request: Request) -> Response:
        body = await request.json()
        payments = body.pop("payments", None)
        stored = state.add_document(body, payments)
        return JSONResponse(stored.doc, 201)

    async def modify_document(request: Request) -> Response:
        doc_id = int(request.path_params["id"])
        if doc_id not in state.documents:
            return JSONResponse({"error": "no such document"}, 404)
        stored = state.modify_document(doc_id, await request.json())
        return JSONResponse(stored.doc)

    async def payment_writes(request: Request) -> Response:
        return JSONResponse([w.__dict__ for w in state.payment_writes])

    async def clock(request: Request) -> Response:
        return JSONResponse({"now": datetime.fromtimestamp(state.clock(), UTC).isoformat()})

    return [
        Route("/_emulator/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_emulator/documents", add_document, methods=["POST"]),
        Route("/_emulator/documents/{id}", modify_document, methods=["PATCH"]),
        Route("/_emulator/payment-writes", payment_writes, methods=["GET"]),
        Route("/_emulator/clock", clock, methods=["GET"]),
        Route("/healthz", lambda request: JSONResponse({"status": "ok", "emulator": "billingo"}), methods=["GET"]),
    ]


def create_app(state: BillingoState, *, sleep: Sleep = asyncio.sleep) -> Starlette:
    def api(handler: Handler, write: bool = False) -> Callable[[Request], Awaitable[Response]]:
        return _api(state, handler, write=write, sleep=sleep)

    async def payments(request: Request) -> Response:
        handler = {"GET": get_payments, "PUT": put_payments, "DELETE": delete_payments}[request.method]
        return await _api(state, handler, write=request.method != "GET", sleep=sleep)(request)

    routes = [
        Route("/v3/documents", api(list_documents), methods=["GET"]),
        Route("/v3/documents/{id}", api(get_document), methods=["GET"]),
        Route("/v3/documents/{id}/download", api(download_document), methods=["GET"]),
        Route("/v3/documents/{id}/payments", payments, methods=["GET", "PUT", "DELETE"]),
        *_admin_routes(state),
    ]
    return Starlette(routes=routes)
