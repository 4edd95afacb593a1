"""Billingo API v3 client on ``requests``: documents, PDFs and payment histories.

Retry policy follows Billingo's own MCP client: 429, 5xx, connection problems and the PDF's 202
"not generated yet" are retried with exponential backoff and jitter, honouring ``Retry-After``.
Every other failure becomes a typed error from the project's tree with a message a person can act
on. The API key is never logged or put into a message.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import requests

from services.adapters.connections import credential
from services.adapters.metrics import UpstreamMetrics
from services.adapters.retry import RetryPolicy, parse_retry_after
from services.adapters.settings import Settings
from services.adapters.upstream_http import ObservedSession, observed_sleep
from services.core.errors import NotFoundError, Rejected, SzamlatarError, UpstreamError

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.billingo.hu/v3"


class BillingoError(SzamlatarError):
    """Base for Billingo answers we cannot use."""


class AuthenticationError(Rejected):
    """401: the API key is missing, mistyped or revoked."""


class SubscriptionRequiredError(Rejected):
    """402: the Billingo account's plan does not include API access."""


class PermissionDeniedError(Rejected):
    """403: the key is valid but lacks the scope (typically a read-only key used for a write)."""


class DocumentNotFoundError(NotFoundError):
    """404: no document with that id in this Billingo account."""


class RequestRejectedError(Rejected):
    """400/422: Billingo refused the request itself; retrying the same request cannot help."""

    def __init__(self, message: str, field_errors: Sequence[Mapping[str, str]] = ()) -> None:
        super().__init__(message)
        self.field_errors = list(field_errors)


# The schedule of Billingo's own MCP client, which this client follows: four tries, each wait at
# least half its ceiling.
BILLINGO_RETRY = RetryPolicy(
    max_attempts=4, base_seconds=0.5, cap_seconds=30.0, max_retry_after_seconds=120.0, jitter=0.5
)


def _error_message(response: requests.Response) -> tuple[str, list[dict[str, str]]]:
    """Read the three documented error shapes; tolerate HTML pages from a proxy."""
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code} with a non-JSON body", []
    if isinstance(body, dict):
        if isinstance(body.get("error"), dict):
            message = str(body["error"].get("message", ""))
            trace = body["error"].get("trace_id")
            return (f"{message} (trace id {trace})" if trace else message), []
        found = body.get("errors")
        errors: list[Any] = found if isinstance(found, list) else []
        return str(body.get("message", "")), [e for e in errors if isinstance(e, dict)]
    return f"HTTP {response.status_code}", []


class BillingoClient:
    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (5.0, 30.0),
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._session = session or requests.Session()
        self._session.headers.update({"X-API-KEY": api_key, "Accept": "application/json"})
        self._timeout = timeout
        self._retry = retry or BILLINGO_RETRY
        self._sleep = sleep
        self._jitter = jitter

    def close(self) -> None:
        self._session.close()

    # -- public operations ---------------------------------------------------------------------

    def list_documents(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        modified_since: datetime | None = None,
        per_page: int = 100,
        start_page: int = 1,
        **filters: str | int,
    ) -> Iterator[dict[str, Any]]:
        """Yield every matching document, page by page up to ``last_page`` (the page URLs are not used)."""
        params: dict[str, str | int] = {**filters, "per_page": per_page}
        if since:
            params["start_date"] = since.isoformat()
        if until:
            params["end_date"] = until.isoformat()
        if modified_since:
            params["last_modified_date"] = modified_since.strftime("%Y-%m-%d %H:%M:%S")
        page = start_page
        while True:
            body = self._request("GET", "/documents", params={**params, "page": page}).json()
            yield from body.get("data", [])
            if page >= int(body.get("last_page", page)) or not body.get("data"):
                return
            page += 1

    def count_documents(
        self, *, since: date | None = None, modified_since: datetime | None = None, **filters: str | int
    ) -> int:
        """How many documents match, from the envelope's ``total`` (one call, one document)."""
        params: dict[str, str | int] = {**filters, "per_page": 1, "page": 1}
        if since:
            params["start_date"] = since.isoformat()
        if modified_since:
            params["last_modified_date"] = modified_since.strftime("%Y-%m-%d %H:%M:%S")
        return int(self._request("GET", "/documents", params=params).json().get("total", 0))

    def get_document(self, document_id: int) -> dict[str, Any]:
        return dict(self._request("GET", f"/documents/{document_id}").json())

    def download_pdf(self, document_id: int) -> bytes:
        """The PDF bytes; a 202 "not generated yet" is waited out like a 429."""
        return self._request("GET", f"/documents/{document_id}/download", pdf=True).content

    def get_payments(self, document_id: int) -> list[dict[str, Any]]:
        return list(self._request("GET", f"/documents/{document_id}/payments").json())

    def put_payments(self, document_id: int, payments: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """Replace the whole payment history. Safe to retry: the same body gives the same state."""
        body = [dict(p) for p in payments]
        return list(self._request("PUT", f"/documents/{document_id}/payments", json=body).json())

    def delete_payments(self, document_id: int) -> list[dict[str, Any]]:
        return list(self._request("DELETE", f"/documents/{document_id}/payments").json())

    # -- transport -----------------------------------------------------------------------------

    def _request(self, method: str, path: str, *, pdf: bool = False, **kwargs: Any) -> requests.Response:
        url = f"{self._base_url}{path}"
        what = f"Billingo {method} {path}"
        headers = {"Accept": "application/pdf"} if pdf else None
        last_error = UpstreamError(f"{what}: no attempt was made")
        for attempt in range(self._retry.max_attempts):
            try:
                response = self._session.request(method, url, headers=headers, timeout=self._timeout, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_error = UpstreamError(f"{what}: Billingo did not answer ({type(exc).__name__})")
                last_error.__cause__ = exc
                retry_after = None
            else:
                status = response.status_code
                if status == 200 or (status in (201, 202) and not pdf):
                    return response
                retry_after = parse_retry_after(response.headers.get("Retry-After"), time.time())
                if status == 202:
                    last_error = UpstreamError(f"{what}: the PDF is not generated yet", retry_after=retry_after)
                elif status == 429 or status >= 500:
                    message, _ = _error_message(response)
                    last_error = UpstreamError(f"{what}: HTTP {status} {message}".rstrip(), retry_after=retry_after)
                else:
                    raise self._permanent_error(what, response)
            if attempt + 1 >= self._retry.max_attempts:
                break
            if retry_after is not None and retry_after > self._retry.max_retry_after_seconds:
                break  # too long to block a worker; the caller reschedules with last_error.retry_after
            delay = self._retry.delay(attempt + 1, rand=self._jitter(), retry_after=retry_after)
            logger.info("billingo retry", extra={"path": path, "attempt": attempt + 1, "delay": round(delay, 2)})
            self._sleep(delay)
        raise last_error

    @staticmethod
    def _permanent_error(what: str, response: requests.Response) -> SzamlatarError:
        message, field_errors = _error_message(response)
        status = response.status_code
        if status == 401:
            return AuthenticationError(
                f"{what}: the Billingo API key was refused; check it in Billingo "
                f"(Beállítások → API kulcsok). Billingo said: {message}"
            )
        if status == 402:
            return SubscriptionRequiredError(
                f"{what}: the Billingo subscription does not include API access. Billingo said: {message}"
            )
        if status == 403:
            return PermissionDeniedError(
                f"{what}: the API key may not do this; writing payments needs a key "
                f"with the write ('Írás') scope. Billingo said: {message}"
            )
        if status == 404:
            return DocumentNotFoundError(f"{what}: no such document in this Billingo account")
        if status in (400, 422):
            fields = ", ".join(f"{e.get('field')}: {e.get('message')}" for e in field_errors)
            return RequestRejectedError(
                f"{what}: Billingo rejected the request: {message} {fields}".rstrip(), field_errors
            )
        return BillingoError(f"{what}: unexpected HTTP {status}: {message}")


# --- the client of one connection, observed -------------------------------------------------------


def billingo_operation(method: str, url: str, kwargs: Mapping[str, Any] | None = None) -> str:
    """The API operation a call makes, for the upstream-call metrics."""
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


def billingo_client(
    api_key: str, base_url: str, metrics: UpstreamMetrics | None, *, retry: RetryPolicy | None = None,
    sleep: Callable[[float], None] = time.sleep, timeout: tuple[float, float] = (5.0, 30.0),
) -> tuple[BillingoClient, ObservedSession]:
    session = ObservedSession("billingo", metrics, billingo_operation)
    client = BillingoClient(api_key, base_url=base_url, session=session, retry=retry,
                            sleep=observed_sleep(session, sleep), timeout=timeout)
    return client, session


def connection_billingo(settings: Settings, connection: Mapping[str, Any], metrics: UpstreamMetrics | None,
                        **kwargs: Any) -> tuple[BillingoClient, ObservedSession]:
    doc = dict(connection)
    return billingo_client(credential(settings, doc, "api_key"), doc["base_url"], metrics, **kwargs)
