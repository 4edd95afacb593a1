"""NAV Online Számla 3.0: request signing, request building and response parsing (pure).

Everything here works on strings, bytes and values passed in: no clock, no random request ids,
no environment, no network. The shell (``services/adapters/nav_client.py``) supplies ``now`` and
the request id, and the emulator (``services/emulators/nav``) reuses the same functions to check
what clients send, so both sides agree on one implementation of the spec's formulas.

Formulas (Interface Specification 3.0, §1.3.2 and §1.5):

* ``passwordHash = UPPER(hex(SHA-512(password)))``
* ``partial = requestId + YYYYMMDDhhmmss(UTC timestamp) + signatureKey``
* manageInvoice / manageAnnulment only:
  ``requestSignature = UPPER(hex(SHA3-512(partial + indexHash_1 + … + indexHash_n)))`` with
  ``indexHash_i = UPPER(hex(SHA3-512(operation_i + base64Data_i)))``
* every other operation (tokenExchange, queryInvoiceDigest, queryInvoiceData, …):
  ``requestSignature = UPPER(hex(SHA3-512(partial)))``. queryInvoiceData carries no invoice
  payload, so it has no index hashes; the official sample confirms this.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Final
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape

# defusedxml ships no type stubs; the two names used here are plain functions and classes.
from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]
from defusedxml.common import DefusedXmlException  # type: ignore[import-untyped]

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode

COMMON_NS: Final = "http://schemas.nav.gov.hu/NTCA/1.0/common"
API_NS: Final = "http://schemas.nav.gov.hu/OSA/3.0/api"
BASE_NS: Final = "http://schemas.nav.gov.hu/OSA/3.0/base"
DATA_NS: Final = "http://schemas.nav.gov.hu/OSA/3.0/data"

REQUEST_VERSION: Final = "3.0"
HEADER_VERSION: Final = "1.0"
PASSWORD_HASH_CRYPTO: Final = "SHA-512"
REQUEST_SIGNATURE_CRYPTO: Final = "SHA3-512"

# NAV rejects a digest query whose issue-date or insDate interval is longer than 35 days
# (BAD_QUERY_PARAM_RANGE_EXCEEDED).
MAX_QUERY_WINDOW: Final = timedelta(days=35)
# One invoice may be at most 15 MB uncompressed (spec §1.6.5); it also caps a gzip bomb.
MAX_INVOICE_BYTES: Final = 15 * 1024 * 1024

_REQUEST_ID = re.compile(r"[+a-zA-Z0-9_]{1,30}")
_SOFTWARE_ID = re.compile(r"[0-9A-Z\-]{18}")
_TAXPAYER_ID = re.compile(r"[0-9]{8}")
_TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z")


class InvoiceDirection(StrEnum):
    OUTBOUND = "OUTBOUND"  # we are the supplier
    INBOUND = "INBOUND"  # we are the customer


class Operation(StrEnum):
    """The endpoint names; each request root is ``<Operation>Request`` with a capital first letter."""

    TOKEN_EXCHANGE = "tokenExchange"
    QUERY_INVOICE_DIGEST = "queryInvoiceDigest"
    QUERY_INVOICE_DATA = "queryInvoiceData"
    MANAGE_INVOICE = "manageInvoice"
    MANAGE_ANNULMENT = "manageAnnulment"

    @property
    def request_element(self) -> str:
        return self.value[0].upper() + self.value[1:] + "Request"

    @property
    def response_element(self) -> str:
        return self.value[0].upper() + self.value[1:] + "Response"


# --------------------------------------------------------------------------- hashing


def _upper_hex(digest: bytes) -> str:
    return digest.hex().upper()


def hash_password(password: str) -> str:
    """The ``passwordHash`` of a technical user: uppercase hex SHA-512 of the UTF-8 password."""
    return _upper_hex(hashlib.sha512(password.encode("utf-8")).digest())


def format_request_timestamp(moment: datetime) -> str:
    """``YYYY-MM-DDThh:mm:ss.sssZ`` in UTC, the form NAV's samples use."""
    utc = _as_utc(moment)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_request_timestamp(text: str) -> datetime:
    """Parse a ``GenericTimestampType`` value; NAV requires UTC with a ``Z`` suffix."""
    match = _TIMESTAMP.fullmatch(text.strip())
    if match is None:
        raise MalformedDocumentError(f"not a UTC NAV timestamp: {text!r}", reason=ReasonCode.MALFORMED_XML)
    year, month, day, hour, minute, second, fraction = match.groups()
    micros = int((fraction or ".0")[1:].ljust(6, "0"))
    try:
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second), micros, tzinfo=UTC
        )
    except ValueError as exc:
        raise MalformedDocumentError(
            f"impossible timestamp: {text!r}", reason=ReasonCode.MALFORMED_XML
        ) from exc


def signature_timestamp(moment: datetime) -> str:
    """The ``YYYYMMDDhhmmss`` UTC mask used inside the signature (fractions and zone dropped)."""
    return _as_utc(moment).strftime("%Y%m%d%H%M%S")


def index_hash(operation: str, base64_data: str) -> str:
    """Hash of one manageInvoice/manageAnnulment index: operation literal + the base64 text as sent."""
    return _upper_hex(hashlib.sha3_512((operation + base64_data).encode("utf-8")).digest())


def request_signature(
    request_id: str,
    timestamp: datetime,
    signature_key: str,
    index_hashes: Sequence[str] = (),
) -> str:
    """SHA3-512 request signature; pass ``index_hashes`` only for manageInvoice/manageAnnulment."""
    partial = request_id + signature_timestamp(timestamp) + signature_key
    return _upper_hex(hashlib.sha3_512((partial + "".join(index_hashes)).encode("utf-8")).digest())


def _as_utc(moment: datetime) -> datetime:
    # A naive datetime would be signed in whatever zone the caller happened to mean; NAV checks
    # the signature against UTC, so refuse the ambiguity instead of guessing.
    if moment.tzinfo is None:
        raise ValueError("timestamps for NAV must be timezone-aware")
    return moment.astimezone(UTC)


# --------------------------------------------------------------------------- request values


@dataclass(frozen=True)
class NavCredentials:
    """A technical user of one taxpayer. Secrets are kept out of ``repr`` so they never reach a log."""

    login: str
    password_hash: str = field(repr=False)
    tax_number: str
    signature_key: str = field(repr=False)
    exchange_key: str = field(repr=False, default="")

    def __post_init__(self) -> None:
        if not _TAXPAYER_ID.fullmatch(self.tax_number):
            raise ValueError("tax_number must be the 8-digit taxpayer id")

    @classmethod
    def from_password(
        cls, *, login: str, password: str, tax_number: str, signature_key: str, exchange_key: str = ""
    ) -> NavCredentials:
        return cls(
            login=login,
            password_hash=hash_password(password),
            tax_number=tax_number,
            signature_key=signature_key,
            exchange_key=exchange_key,
        )


@dataclass(frozen=True)
class SoftwareInfo:
    """The mandatory ``software`` block that identifies the calling program to NAV."""

    software_id: str = "HU00000000SZAMLATR"
    name: str = "Szamlatar"
    operation: str = "ONLINE_SERVICE"
    main_version: str = "0.1"
    dev_name: str = "Szamlatar"
    dev_contact: str = "dev@szamlatar.invalid"
    dev_country_code: str | None = "HU"
    dev_tax_number: str | None = None

    def __post_init__(self) -> None:
        if not _SOFTWARE_ID.fullmatch(self.software_id):
            raise ValueError("software_id must be 18 characters of [0-9A-Z-]")
        if self.operation not in ("LOCAL_SOFTWARE", "ONLINE_SERVICE"):
            raise ValueError("software operation must be LOCAL_SOFTWARE or ONLINE_SERVICE")


@dataclass(frozen=True)
class RequestContext:
    """What varies per request: its id and the moment it is signed."""

    request_id: str
    timestamp: datetime

    def __post_init__(self) -> None:
        if not _REQUEST_ID.fullmatch(self.request_id):
            raise ValueError("request_id must match [+a-zA-Z0-9_]{1,30}")
        _as_utc(self.timestamp)


@dataclass(frozen=True)
class IssueDateRange:
    date_from: date
    date_to: date


@dataclass(frozen=True)
class InsDateRange:
    """Interval of NAV's receipt time (UTC); invoices reported late still fall into it."""

    date_time_from: datetime
    date_time_to: datetime


@dataclass(frozen=True)
class AdditionalQueryParams:
    """Optional filters; ``tax_number`` and ``name`` filter the *other* party."""

    tax_number: str | None = None
    group_member_tax_number: str | None = None
    name: str | None = None
    invoice_category: str | None = None
    payment_method: str | None = None
    invoice_appearance: str | None = None
    source: str | None = None
    currency: str | None = None

    def items(self) -> list[tuple[str, str]]:
        pairs = [
            ("taxNumber", self.tax_number),
            ("groupMemberTaxNumber", self.group_member_tax_number),
            ("name", self.name),
            ("invoiceCategory", self.invoice_category),
            ("paymentMethod", self.payment_method),
            ("invoiceAppearance", self.invoice_appearance),
            ("source", self.source),
            ("currency", self.currency),
        ]
        return [(tag, value) for tag, value in pairs if value is not None]


MandatoryQuery = IssueDateRange | InsDateRange | str  # str = originalInvoiceNumber


# --------------------------------------------------------------------------- request building


def _el(tag: str, value: str, attrs: str = "") -> str:
    return f"<{tag}{attrs}>{escape(value)}</{tag}>"


def _software_xml(software: SoftwareInfo) -> str:
    parts = [
        _el("softwareId", software.software_id),
        _el("softwareName", software.name),
        _el("softwareOperation", software.operation),
        _el("softwareMainVersion", software.main_version),
        _el("softwareDevName", software.dev_name),
        _el("softwareDevContact", software.dev_contact),
    ]
    if software.dev_country_code is not None:
        parts.append(_el("softwareDevCountryCode", software.dev_country_code))
    if software.dev_tax_number is not None:
        parts.append(_el("softwareDevTaxNumber", software.dev_tax_number))
    return "<software>" + "".join(parts) + "</software>"


def build_software_block(software: SoftwareInfo) -> str:
    """The ``software`` element as XML text in the api default namespace (used by requests and responses)."""
    return _software_xml(software)


def _envelope(
    operation: Operation,
    credentials: NavCredentials,
    software: SoftwareInfo,
    context: RequestContext,
    body: str,
) -> bytes:
    signature = request_signature(context.request_id, context.timestamp, credentials.signature_key)
    root = operation.request_element
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<{root} xmlns:common="{COMMON_NS}" xmlns="{API_NS}">'
        "<common:header>"
        + _el("common:requestId", context.request_id)
        + _el("common:timestamp", format_request_timestamp(context.timestamp))
        + _el("common:requestVersion", REQUEST_VERSION)
        + _el("common:headerVersion", HEADER_VERSION)
        + "</common:header><common:user>"
        + _el("common:login", credentials.login)
        + _el("common:passwordHash", credentials.password_hash, f' cryptoType="{PASSWORD_HASH_CRYPTO}"')
        + _el("common:taxNumber", credentials.tax_number)
        + _el("common:requestSignature", signature, f' cryptoType="{REQUEST_SIGNATURE_CRYPTO}"')
        + "</common:user>"
        + _software_xml(software)
        + body
        + f"</{root}>"
    )
    return xml.encode("utf-8")


def build_token_exchange_request(
    credentials: NavCredentials, software: SoftwareInfo, context: RequestContext
) -> bytes:
    return _envelope(Operation.TOKEN_EXCHANGE, credentials, software, context, "")


def build_query_invoice_digest_request(
    credentials: NavCredentials,
    software: SoftwareInfo,
    context: RequestContext,
    *,
    page: int,
    direction: InvoiceDirection,
    mandatory: MandatoryQuery,
    additional: AdditionalQueryParams | None = None,
) -> bytes:
    if page < 1:
        raise ValueError("page starts at 1")
    if isinstance(mandatory, IssueDateRange):
        mandatory_xml = (
            "<invoiceIssueDate>"
            + _el("dateFrom", mandatory.date_from.isoformat())
            + _el("dateTo", mandatory.date_to.isoformat())
            + "</invoiceIssueDate>"
        )
    elif isinstance(mandatory, InsDateRange):
        mandatory_xml = (
            "<insDate>"
            + _el("dateTimeFrom", format_request_timestamp(mandatory.date_time_from))
            + _el("dateTimeTo", format_request_timestamp(mandatory.date_time_to))
            + "</insDate>"
        )
    else:
        mandatory_xml = _el("originalInvoiceNumber", mandatory)
    additional_xml = ""
    if additional is not None and additional.items():
        additional_xml = (
            "<additionalQueryParams>"
            + "".join(_el(tag, value) for tag, value in additional.items())
            + "</additionalQueryParams>"
        )
    body = (
        _el("page", str(page))
        + _el("invoiceDirection", direction.value)
        + "<invoiceQueryParams><mandatoryQueryParams>"
        + mandatory_xml
        + "</mandatoryQueryParams>"
        + additional_xml
        + "</invoiceQueryParams>"
    )
    return _envelope(Operation.QUERY_INVOICE_DIGEST, credentials, software, context, body)


def build_query_invoice_data_request(
    credentials: NavCredentials,
    software: SoftwareInfo,
    context: RequestContext,
    *,
    invoice_number: str,
    direction: InvoiceDirection,
    batch_index: int | None = None,
    supplier_tax_number: str | None = None,
) -> bytes:
    body = (
        "<invoiceNumberQuery>"
        + _el("invoiceNumber", invoice_number)
        + _el("invoiceDirection", direction.value)
        + (_el("batchIndex", str(batch_index)) if batch_index is not None else "")
        + (_el("supplierTaxNumber", supplier_tax_number) if supplier_tax_number is not None else "")
        + "</invoiceNumberQuery>"
    )
    return _envelope(Operation.QUERY_INVOICE_DATA, credentials, software, context, body)


# --------------------------------------------------------------------------- query windows


def split_issue_date_range(date_from: date, date_to: date, max_days: int = 35) -> list[IssueDateRange]:
    """Cut ``[date_from, date_to]`` (inclusive) into windows of at most ``max_days`` calendar days.

    ``max_days`` counts both ends, so a window's ``dateTo - dateFrom`` is at most 34 days; that stays
    inside the limit however NAV counts the 35 days.
    """
    if date_to < date_from:
        raise ValueError("date_to is before date_from")
    if max_days < 1:
        raise ValueError("max_days must be positive")
    windows: list[IssueDateRange] = []
    start = date_from
    while start <= date_to:
        end = min(start + timedelta(days=max_days - 1), date_to)
        windows.append(IssueDateRange(start, end))
        start = end + timedelta(days=1)
    return windows


def split_ins_date_range(
    date_time_from: datetime, date_time_to: datetime, max_window: timedelta = MAX_QUERY_WINDOW
) -> list[InsDateRange]:
    """Cut an insDate interval into windows no longer than ``max_window``.

    Consecutive windows share their boundary instant, because NAV's interval is inclusive at both
    ends and we prefer a duplicate digest (deduplicated by invoice number) to a missed one.
    """
    start, stop = _as_utc(date_time_from), _as_utc(date_time_to)
    if stop < start:
        raise ValueError("date_time_to is before date_time_from")
    windows: list[InsDateRange] = []
    while True:
        end = min(start + max_window, stop)
        windows.append(InsDateRange(start, end))
        if end >= stop:
            return windows
        start = end


# --------------------------------------------------------------------------- response parsing


@dataclass(frozen=True)
class NavResult:
    """``result`` of any response; ``func_code`` is OK, WARNING or ERROR."""

    func_code: str
    error_code: str | None = None
    message: str | None = None

    @property
    def is_error(self) -> bool:
        return self.func_code == "ERROR"


@dataclass(frozen=True)
class TokenExchangeResult:
    encoded_token: bytes  # AES-128-ECB ciphertext, decrypted with the exchange key by the shell
    valid_from: datetime
    valid_to: datetime


@dataclass(frozen=True)
class InvoiceDigest:
    invoice_number: str
    invoice_operation: str
    invoice_category: str
    invoice_issue_date: date
    supplier_tax_number: str
    supplier_name: str
    ins_date: datetime
    batch_index: int | None = None
    customer_tax_number: str | None = None
    customer_name: str | None = None
    payment_method: str | None = None
    payment_date: date | None = None
    invoice_appearance: str | None = None
    source: str | None = None
    invoice_delivery_date: date | None = None
    currency: str | None = None
    invoice_net_amount: Decimal | None = None
    invoice_net_amount_huf: Decimal | None = None
    invoice_vat_amount: Decimal | None = None
    invoice_vat_amount_huf: Decimal | None = None
    transaction_id: str | None = None
    index: int | None = None
    original_invoice_number: str | None = None
    modification_index: int | None = None
    completeness_indicator: bool | None = None


@dataclass(frozen=True)
class InvoiceDigestPage:
    current_page: int
    available_page: int
    digests: tuple[InvoiceDigest, ...]


@dataclass(frozen=True)
class AuditData:
    ins_date: datetime
    ins_cus_user: str
    source: str
    original_request_version: str
    transaction_id: str | None = None
    index: int | None = None
    batch_index: int | None = None


@dataclass(frozen=True)
class InvoiceDataResult:
    invoice_data: bytes  # base64-decoded; still gzip when ``compressed`` is true
    compressed: bool
    audit: AuditData
    electronic_invoice_hash: str | None = None


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def parse_xml(document: bytes) -> Element:
    """Parse untrusted XML with defusedxml (no entities, no DTD tricks)."""
    try:
        root: Element = SafeET.fromstring(document)
    except DefusedXmlException as exc:
        raise MalformedDocumentError("forbidden XML construct", reason=ReasonCode.FORBIDDEN_XML) from exc
    except SafeET.ParseError as exc:
        raise MalformedDocumentError(f"not well-formed XML: {exc}", reason=ReasonCode.MALFORMED_XML) from exc
    return root


def _text(parent: Element, ns: str, tag: str) -> str | None:
    node = parent.find(_q(ns, tag))
    if node is None or node.text is None:
        return None
    return node.text.strip()


def _required(parent: Element, ns: str, tag: str) -> str:
    value = _text(parent, ns, tag)
    if value is None:
        raise MalformedDocumentError(f"missing <{tag}>", reason=ReasonCode.MALFORMED_XML)
    return value


def _opt_int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _opt_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _opt_decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _opt_bool(value: str | None) -> bool | None:
    return None if value is None else value in ("true", "1")


def parse_result(document: bytes | Element) -> NavResult:
    """The ``common:result`` of any NAV response, including ``GeneralErrorResponse``."""
    root = parse_xml(document) if isinstance(document, bytes) else document
    result = root.find(_q(COMMON_NS, "result"))
    if result is None:
        # GeneralExceptionResponse carries the result fields at its root.
        result = root
    func_code = _text(result, COMMON_NS, "funcCode")
    if func_code is None:
        raise MalformedDocumentError("response has no funcCode", reason=ReasonCode.MALFORMED_XML)
    return NavResult(
        func_code=func_code,
        error_code=_text(result, COMMON_NS, "errorCode"),
        message=_text(result, COMMON_NS, "message"),
    )


def _expect_root(document: bytes, operation: Operation) -> Element:
    root = parse_xml(document)
    if root.tag != _q(API_NS, operation.response_element):
        raise MalformedDocumentError(
            f"expected {operation.response_element}, got {root.tag}", reason=ReasonCode.MALFORMED_XML
        )
    return root


def _wrap_value_errors(fn_name: str, exc: Exception) -> MalformedDocumentError:
    return MalformedDocumentError(f"{fn_name}: bad value: {exc}", reason=ReasonCode.MALFORMED_XML)


def parse_token_exchange_response(document: bytes) -> TokenExchangeResult:
    root = _expect_root(document, Operation.TOKEN_EXCHANGE)
    try:
        return TokenExchangeResult(
            encoded_token=base64.b64decode(_required(root, API_NS, "encodedExchangeToken"), validate=True),
            valid_from=parse_request_timestamp(_required(root, API_NS, "tokenValidityFrom")),
            valid_to=parse_request_timestamp(_required(root, API_NS, "tokenValidityTo")),
        )
    except (binascii.Error, ValueError) as exc:
        raise _wrap_value_errors("tokenExchange", exc) from exc


def _parse_digest(node: Element) -> InvoiceDigest:
    def t(tag: str) -> str | None:
        return _text(node, API_NS, tag)

    def r(tag: str) -> str:
        return _required(node, API_NS, tag)

    return InvoiceDigest(
        invoice_number=r("invoiceNumber"),
        batch_index=_opt_int(t("batchIndex")),
        invoice_operation=r("invoiceOperation"),
        invoice_category=r("invoiceCategory"),
        invoice_issue_date=date.fromisoformat(r("invoiceIssueDate")),
        supplier_tax_number=r("supplierTaxNumber"),
        supplier_name=r("supplierName"),
        customer_tax_number=t("customerTaxNumber"),
        customer_name=t("customerName"),
        payment_method=t("paymentMethod"),
        payment_date=_opt_date(t("paymentDate")),
        invoice_appearance=t("invoiceAppearance"),
        source=t("source"),
        invoice_delivery_date=_opt_date(t("invoiceDeliveryDate")),
        currency=t("currency"),
        invoice_net_amount=_opt_decimal(t("invoiceNetAmount")),
        invoice_net_amount_huf=_opt_decimal(t("invoiceNetAmountHUF")),
        invoice_vat_amount=_opt_decimal(t("invoiceVatAmount")),
        invoice_vat_amount_huf=_opt_decimal(t("invoiceVatAmountHUF")),
        transaction_id=t("transactionId"),
        index=_opt_int(t("index")),
        original_invoice_number=t("originalInvoiceNumber"),
        modification_index=_opt_int(t("modificationIndex")),
        ins_date=parse_request_timestamp(r("insDate")),
        completeness_indicator=_opt_bool(t("completenessIndicator")),
    )


def parse_query_invoice_digest_response(document: bytes) -> InvoiceDigestPage:
    root = _expect_root(document, Operation.QUERY_INVOICE_DIGEST)
    result = root.find(_q(API_NS, "invoiceDigestResult"))
    if result is None:
        raise MalformedDocumentError("missing <invoiceDigestResult>", reason=ReasonCode.MALFORMED_XML)
    try:
        return InvoiceDigestPage(
            current_page=int(_required(result, API_NS, "currentPage")),
            available_page=int(_required(result, API_NS, "availablePage")),
            digests=tuple(_parse_digest(n) for n in result.findall(_q(API_NS, "invoiceDigest"))),
        )
    except (ValueError, InvalidOperation) as exc:
        raise _wrap_value_errors("queryInvoiceDigest", exc) from exc


def parse_query_invoice_data_response(document: bytes) -> InvoiceDataResult | None:
    """``None`` when NAV found no invoice (it answers OK with no ``invoiceDataResult``)."""
    root = _expect_root(document, Operation.QUERY_INVOICE_DATA)
    result = root.find(_q(API_NS, "invoiceDataResult"))
    if result is None:
        return None
    audit = result.find(_q(API_NS, "auditData"))
    if audit is None:
        raise MalformedDocumentError("missing <auditData>", reason=ReasonCode.MALFORMED_XML)
    try:
        return InvoiceDataResult(
            invoice_data=base64.b64decode(_required(result, API_NS, "invoiceData"), validate=True),
            compressed=_opt_bool(_required(result, API_NS, "compressedContentIndicator")) is True,
            electronic_invoice_hash=_text(result, API_NS, "electronicInvoiceHash"),
            audit=AuditData(
                # The XSD spells it ``insdate`` here, unlike ``insDate`` in the digest.
                ins_date=parse_request_timestamp(_required(audit, API_NS, "insdate")),
                ins_cus_user=_required(audit, API_NS, "insCusUser"),
                source=_required(audit, API_NS, "source"),
                original_request_version=_required(audit, API_NS, "originalRequestVersion"),
                transaction_id=_text(audit, API_NS, "transactionId"),
                index=_opt_int(_text(audit, API_NS, "index")),
                batch_index=_opt_int(_text(audit, API_NS, "batchIndex")),
            ),
        )
    except (binascii.Error, ValueError) as exc:
        raise _wrap_value_errors("queryInvoiceData", exc) from exc


def decode_invoice_data(result: InvoiceDataResult, limit: int = MAX_INVOICE_BYTES) -> bytes:
    """The InvoiceData XML bytes, gunzipped when NAV says the content is compressed."""
    if not result.compressed:
        if len(result.invoice_data) > limit:
            raise LimitExceededError("invoice data exceeds the size limit")
        return result.invoice_data
    return gunzip_limited(result.invoice_data, limit)


def gunzip_limited(data: bytes, limit: int = MAX_INVOICE_BYTES) -> bytes:
    """Gunzip, refusing output larger than ``limit`` so a small bomb cannot exhaust memory."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise MalformedDocumentError(
            "invoice data is not valid gzip", reason=ReasonCode.MALFORMED_XML
        ) from exc
    if len(out) > limit:
        raise LimitExceededError("decompressed invoice data exceeds the size limit")
    if not inflater.eof:
        raise MalformedDocumentError("truncated gzip invoice data", reason=ReasonCode.MALFORMED_XML)
    return out


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip (mtime 0) so the same invoice always compresses to the same bytes."""
    return gzip.compress(data, mtime=0)


# --------------------------------------------------------------------------- request parsing


@dataclass(frozen=True)
class RequestEnvelope:
    """The authentication part of a request, as a server reads it to check the caller."""

    root_tag: str
    request_id: str
    timestamp_text: str
    request_version: str
    header_version: str | None
    login: str
    password_hash: str
    password_hash_crypto: str | None
    tax_number: str
    request_signature: str
    request_signature_crypto: str | None


def parse_request_envelope(root: Element) -> RequestEnvelope:
    header = root.find(_q(COMMON_NS, "header"))
    user = root.find(_q(COMMON_NS, "user"))
    if header is None or user is None:
        raise MalformedDocumentError("request lacks header or user", reason=ReasonCode.MALFORMED_XML)
    password = user.find(_q(COMMON_NS, "passwordHash"))
    signature = user.find(_q(COMMON_NS, "requestSignature"))
    return RequestEnvelope(
        root_tag=root.tag,
        request_id=_required(header, COMMON_NS, "requestId"),
        timestamp_text=_required(header, COMMON_NS, "timestamp"),
        request_version=_required(header, COMMON_NS, "requestVersion"),
        header_version=_text(header, COMMON_NS, "headerVersion"),
        login=_required(user, COMMON_NS, "login"),
        password_hash=_required(user, COMMON_NS, "passwordHash"),
        password_hash_crypto=password.get("cryptoType") if password is not None else None,
        tax_number=_required(user, COMMON_NS, "taxNumber"),
        request_signature=_required(user, COMMON_NS, "requestSignature"),
        request_signature_crypto=signature.get("cryptoType") if signature is not None else None,
    )


def request_index_hashes(root: Element) -> list[str]:
    """Index hashes of a manageInvoice/manageAnnulment request, in index order; empty otherwise."""
    hashes: list[tuple[int, str]] = []
    operations = root.find(_q(API_NS, "invoiceOperations"))
    if operations is not None:
        for op in operations.findall(_q(API_NS, "invoiceOperation")):
            hashes.append(
                (
                    int(_required(op, API_NS, "index")),
                    index_hash(
                        _required(op, API_NS, "invoiceOperation"), _required(op, API_NS, "invoiceData")
                    ),
                )
            )
    annulments = root.find(_q(API_NS, "annulmentOperations"))
    if annulments is not None:
        for op in annulments.findall(_q(API_NS, "annulmentOperation")):
            hashes.append(
                (
                    int(_required(op, API_NS, "index")),
                    index_hash(
                        _required(op, API_NS, "annulmentOperation"), _required(op, API_NS, "invoiceAnnulment")
                    ),
                )
            )
    return [h for _, h in sorted(hashes)]


def expected_request_signature(root: Element, envelope: RequestEnvelope, signature_key: str) -> str:
    """The signature a server computes for a parsed request, index hashes included where they belong."""
    timestamp = parse_request_timestamp(envelope.timestamp_text)
    return request_signature(envelope.request_id, timestamp, signature_key, request_index_hashes(root))


def text_of(parent: Element, tag: str, ns: str = API_NS) -> str | None:
    """Public helper for servers reading request bodies in the api namespace."""
    return _text(parent, ns, tag)


def iter_children(parent: Element, tag: str, ns: str = API_NS) -> Iterable[Element]:
    return parent.findall(_q(ns, tag))


def qname(ns: str, tag: str) -> str:
    return _q(ns, tag)
