"""Client of NAV Online Számla 3.0 (``requests``): token exchange, invoice digests, invoice data.

Errors, drawn as in ``services/core/errors.py``::

    NavError (mixin, carries ``error_code`` and ``http_status``)
    ├─ NavRejectedError(Rejected)            NAV refused this request: bad query, MULTIPLE_QUERY_RESULT_FOUND …
    │  └─ NavAuthenticationError             credentials or rights are wrong: no retry will help
    └─ NavUnavailableError(UpstreamError)    timeout, connection error, 5xx, MAINTENANCE_MODE: retried

Every attempt is a new request: a fresh requestId and timestamp, signed again. NAV only burns a
requestId on success, but a timed-out attempt may have succeeded there, and reusing its id would
turn the retry into REQUEST_ID_NOT_UNIQUE.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import requests
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from services.adapters.retry import RetryPolicy, parse_retry_after
from services.core.enums import Direction
from services.core.errors import (
    MalformedDocumentError,
    ReasonCode,
    Rejected,
    UpstreamError,
)
from services.nav.protocol.requests import (
    AdditionalQueryParams,
    MandatoryQuery,
    RequestContext,
    SoftwareInfo,
    build_query_invoice_data_request,
    build_query_invoice_digest_request,
    build_token_exchange_request,
    split_ins_date_range,
    split_issue_date_range,
)
from services.nav.protocol.responses import (
    AuditData,
    InvoiceDigest,
    InvoiceDigestPage,
    decode_invoice_data,
    parse_query_invoice_data_response,
    parse_query_invoice_digest_response,
    parse_result,
    parse_token_exchange_response,
)
from services.nav.protocol.signing import NavCredentials
from services.nav.protocol.spec import Operation

logger = logging.getLogger(__name__)

PRODUCTION_URL = "https://api.onlineszamla.nav.gov.hu/invoiceService/v3"
TEST_URL = "https://api-test.onlineszamla.nav.gov.hu/invoiceService/v3"

# Codes that mean the technical user's setup is wrong; retrying cannot fix them.
AUTH_ERROR_CODES = frozenset(
    {
        "INVALID_SECURITY_USER",
        "INVALID_REQUEST_SIGNATURE",
        "INVALID_USER_RELATION",
        "INVALID_CUSTOMER",
        "NOT_REGISTERED_CUSTOMER",
        "FORBIDDEN",
        "INVALID_PASSWORD_HASH_CRYPTO",
        "INVALID_REQUEST_SIGNATURE_HASH_CRYPTO",
        "INVALID_EXCHANGE_TOKEN",
    }
)
# Codes that are worth another try later.
TRANSIENT_ERROR_CODES = frozenset({"MAINTENANCE_MODE", "OPERATION_FAILED"})


class NavError:
    """Mixin: what NAV said, safe to log (no credentials, no invoice content)."""

    error_code: str | None
    http_status: int | None


class NavRejectedError(Rejected, NavError):
    default_reason = ReasonCode.UPSTREAM

    def __init__(self, message: str, *, error_code: str | None = None, http_status: int | None = None) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.http_status = http_status


class NavAuthenticationError(NavRejectedError):
    default_reason = ReasonCode.CONFIGURATION


class NavUnavailableError(UpstreamError, NavError):
    def __init__(
        self,
        message: str,
        *,
        error_code: str | None = None,
        http_status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, retry_after=retry_after)
        self.error_code = error_code
        self.http_status = http_status


# Full jitter (the default), so clients do not retry in step.
NAV_RETRY = RetryPolicy(max_attempts=4, base_seconds=1.0, cap_seconds=20.0)


@dataclass(frozen=True)
class NavInvoice:
    """One fetched invoice: the InvoiceData XML (decompressed) and NAV's audit data."""

    xml: bytes
    audit: AuditData
    electronic_invoice_hash: str | None


def decrypt_exchange_token(encoded: bytes, exchange_key: str) -> str:
    """AES-128-ECB, PKCS#7, keyed by the exchange key, as NAV specifies for the exchange token."""
    # ECB is NAV's choice for this token, not ours.
    decryptor = Cipher(algorithms.AES(exchange_key.encode("utf-8")), modes.ECB()).decryptor()
    padded = decryptor.update(encoded) + decryptor.finalize()
    try:
        unpadder = padding.PKCS7(128).unpadder()
        return (unpadder.update(padded) + unpadder.finalize()).decode("utf-8")
    except (ValueError, UnicodeDecodeError) as exc:
        raise NavAuthenticationError("exchange token cannot be decrypted with this exchange key") from exc


def _new_request_id() -> str:
    return "SZT" + uuid.uuid4().hex[:27].upper()


class NavClient:
    def __init__(
        self,
        base_url: str,
        credentials: NavCredentials,
        *,
        software: SoftwareInfo | None = None,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = (5.0, 60.0),  # NAV's own absolute timeout is 60 s
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        request_id_factory: Callable[[], str] = _new_request_id,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._base_url = base_url.rstrip("/")
        self._credentials = credentials
        self._software = software or SoftwareInfo()
        self._session = session or requests.Session()
        self._timeout = timeout
        self._retry = retry or NAV_RETRY
        self._sleep = sleep
        self._clock = clock
        self._request_id = request_id_factory
        self._jitter = jitter

    def close(self) -> None:
        self._session.close()

    # ------------------------------------------------------------------ operations

    def token_exchange(self) -> str:
        """The decrypted exchange token (needed only for manageInvoice/manageAnnulment)."""
        body = self._call(
            Operation.TOKEN_EXCHANGE,
            lambda ctx: build_token_exchange_request(self._credentials, self._software, ctx),
        )
        result = parse_token_exchange_response(body)
        return decrypt_exchange_token(result.encoded_token, self._credentials.exchange_key)

    def query_invoice_digest_page(
        self,
        *,
        page: int,
        direction: Direction,
        mandatory: MandatoryQuery,
        additional: AdditionalQueryParams | None = None,
    ) -> InvoiceDigestPage:
        body = self._call(
            Operation.QUERY_INVOICE_DIGEST,
            lambda ctx: build_query_invoice_digest_request(
                self._credentials, self._software, ctx,
                page=page, direction=direction, mandatory=mandatory, additional=additional,
            ),
        )
        return parse_query_invoice_digest_response(body)

    def iter_digests(
        self,
        direction: Direction,
        mandatory: MandatoryQuery,
        additional: AdditionalQueryParams | None = None,
    ) -> Iterator[InvoiceDigest]:
        """Every digest of one query, page 1 to ``availablePage``."""
        page = 1
        while True:
            result = self.query_invoice_digest_page(
                page=page, direction=direction, mandatory=mandatory, additional=additional
            )
            yield from result.digests
            if page >= result.available_page:
                return
            page += 1

    def iter_digests_by_issue_date(
        self,
        date_from: date,
        date_to: date,
        direction: Direction,
        additional: AdditionalQueryParams | None = None,
    ) -> Iterator[InvoiceDigest]:
        """Any issue-date range, cut into windows NAV accepts (≤ 35 days)."""
        for window in split_issue_date_range(date_from, date_to):
            yield from self.iter_digests(direction, window, additional)

    def iter_digests_by_ins_date(
        self,
        date_time_from: datetime,
        date_time_to: datetime,
        direction: Direction,
        additional: AdditionalQueryParams | None = None,
    ) -> Iterator[InvoiceDigest]:
        """Any insDate range; windows share their boundary, so repeated digests are dropped here."""
        seen: set[tuple[str, str, int | None]] = set()
        for window in split_ins_date_range(date_time_from, date_time_to):
            for digest in self.iter_digests(direction, window, additional):
                key = (digest.supplier_tax_number, digest.invoice_number, digest.batch_index)
                if key not in seen:
                    seen.add(key)
                    yield digest

    def query_invoice_data(
        self,
        invoice_number: str,
        direction: Direction,
        *,
        batch_index: int | None = None,
        supplier_tax_number: str | None = None,
    ) -> NavInvoice | None:
        """The invoice's XML, decompressed; ``None`` when NAV has no such invoice."""
        body = self._call(
            Operation.QUERY_INVOICE_DATA,
            lambda ctx: build_query_invoice_data_request(
                self._credentials, self._software, ctx,
                invoice_number=invoice_number, direction=direction,
                batch_index=batch_index, supplier_tax_number=supplier_tax_number,
            ),
        )
        result = parse_query_invoice_data_response(body)
        if result is None:
            return None
        return NavInvoice(decode_invoice_data(result), result.audit, result.electronic_invoice_hash)

    # ------------------------------------------------------------------ transport

    def _call(self, operation: Operation, build: Callable[[RequestContext], bytes]) -> bytes:
        url = f"{self._base_url}/{operation.value}"
        last: NavUnavailableError | None = None
        for attempt in range(self._retry.max_attempts):
            if attempt:
                assert last is not None
                self._sleep(self._retry.delay(attempt, rand=self._jitter(), retry_after=last.retry_after))
            context = RequestContext(self._request_id(), self._clock())
            try:
                return self._post_once(operation, url, build(context))
            except NavUnavailableError as exc:
                last = exc
                logger.warning(
                    "nav call failed, will retry",
                    extra={"operation": operation.value, "attempt": attempt + 1, "error_code": exc.error_code},
                )
        assert last is not None
        raise last

    def _post_once(self, operation: Operation, url: str, body: bytes) -> bytes:
        try:
            response = self._session.post(
                url,
                data=body,
                headers={"Content-Type": "application/xml", "Accept": "application/xml"},
                timeout=self._timeout,
            )
        except requests.Timeout as exc:
            raise NavUnavailableError(f"{operation.value}: timed out") from exc
        except requests.ConnectionError as exc:
            raise NavUnavailableError(f"{operation.value}: connection failed") from exc
        except requests.RequestException as exc:
            raise NavUnavailableError(f"{operation.value}: {type(exc).__name__}") from exc
        return self._check(operation, response)

    def _check(self, operation: Operation, response: requests.Response) -> bytes:
        status = response.status_code
        content = response.content
        try:
            result = parse_result(content)
        except MalformedDocumentError as exc:
            # A proxy's HTML error page, a truncated body: NAV did not answer, try again.
            if status >= 500 or status == 429:
                raise NavUnavailableError(
                    f"{operation.value}: HTTP {status} without a NAV answer",
                    http_status=status, retry_after=self._retry_after(response),
                ) from exc
            if status >= 400:
                raise NavRejectedError(
                    f"{operation.value}: HTTP {status} without a NAV answer", http_status=status
                ) from exc
            raise
        if status == 200 and not result.is_error:
            return content
        code = result.error_code
        message = f"{operation.value}: {code or 'ERROR'}: {result.message or ''}".strip()
        if code in AUTH_ERROR_CODES:
            raise NavAuthenticationError(message, error_code=code, http_status=status)
        if code in TRANSIENT_ERROR_CODES or (code is None and status >= 500) or status in (429, 503):
            raise NavUnavailableError(
                message, error_code=code, http_status=status, retry_after=self._retry_after(response)
            )
        raise NavRejectedError(message, error_code=code, http_status=status)

    def _retry_after(self, response: requests.Response) -> float | None:
        return parse_retry_after(response.headers.get("Retry-After"), self._clock().timestamp())
