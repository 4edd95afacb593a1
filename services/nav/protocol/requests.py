"""NAV Online Számla 3.0 requests (pure): the values a request is made of, the request XML, and
query windows NAV accepts.

Requests are built as ElementTree trees, so every value is escaped by the serialiser, never by hand.
Elements of the api namespace are written unprefixed under a default namespace and the common ones
with the ``common:`` prefix, both declared on the root, the way NAV's own samples are written.
ElementTree's namespace handling cannot write that (a default namespace refuses the unqualified
``cryptoType`` attribute), so the tags are given in their prefixed form and the root declares them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from xml.etree.ElementTree import Element, SubElement, tostring

from services.core.enums import Direction
from services.nav.protocol.signing import (
    NavCredentials,
    format_request_timestamp,
    request_signature,
    require_utc,
)
from services.nav.protocol.spec import (
    API_NS,
    COMMON_NS,
    HEADER_VERSION,
    MAX_QUERY_WINDOW,
    PASSWORD_HASH_CRYPTO,
    REQUEST_SIGNATURE_CRYPTO,
    REQUEST_VERSION,
    Operation,
)

_REQUEST_ID = re.compile(r"[+a-zA-Z0-9_]{1,30}")
_SOFTWARE_ID = re.compile(r"[0-9A-Z\-]{18}")
_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'


# --------------------------------------------------------------------------- request values


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
        require_utc(self.timestamp)


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


def _add(parent: Element, tag: str, text: str | None = None, attrs: dict[str, str] | None = None) -> Element:
    child = SubElement(parent, tag, attrs or {})
    child.text = text
    return child


def software_element(software: SoftwareInfo) -> Element:
    """The ``software`` element (api namespace), in requests and in the emulator's responses."""
    element = Element("software")
    _add(element, "softwareId", software.software_id)
    _add(element, "softwareName", software.name)
    _add(element, "softwareOperation", software.operation)
    _add(element, "softwareMainVersion", software.main_version)
    _add(element, "softwareDevName", software.dev_name)
    _add(element, "softwareDevContact", software.dev_contact)
    if software.dev_country_code is not None:
        _add(element, "softwareDevCountryCode", software.dev_country_code)
    if software.dev_tax_number is not None:
        _add(element, "softwareDevTaxNumber", software.dev_tax_number)
    return element


def serialize(element: Element) -> str:
    """``element`` as XML text; an empty value is written ``<tag></tag>``, as NAV's samples do."""
    return tostring(element, encoding="unicode", short_empty_elements=False)


def _envelope(
    operation: Operation, credentials: NavCredentials, software: SoftwareInfo, context: RequestContext
) -> Element:
    """The request root with its header, user (signed) and software blocks; the body follows."""
    signature = request_signature(context.request_id, context.timestamp, credentials.signature_key)
    root = Element(operation.request_element, {"xmlns:common": COMMON_NS, "xmlns": API_NS})
    header = _add(root, "common:header")
    _add(header, "common:requestId", context.request_id)
    _add(header, "common:timestamp", format_request_timestamp(context.timestamp))
    _add(header, "common:requestVersion", REQUEST_VERSION)
    _add(header, "common:headerVersion", HEADER_VERSION)
    user = _add(root, "common:user")
    _add(user, "common:login", credentials.login)
    _add(user, "common:passwordHash", credentials.password_hash, {"cryptoType": PASSWORD_HASH_CRYPTO})
    _add(user, "common:taxNumber", credentials.tax_number)
    _add(user, "common:requestSignature", signature, {"cryptoType": REQUEST_SIGNATURE_CRYPTO})
    root.append(software_element(software))
    return root


def _document(root: Element) -> bytes:
    return (_DECLARATION + serialize(root)).encode("utf-8")


def build_token_exchange_request(
    credentials: NavCredentials, software: SoftwareInfo, context: RequestContext
) -> bytes:
    return _document(_envelope(Operation.TOKEN_EXCHANGE, credentials, software, context))


def build_query_invoice_digest_request(
    credentials: NavCredentials,
    software: SoftwareInfo,
    context: RequestContext,
    *,
    page: int,
    direction: Direction,
    mandatory: MandatoryQuery,
    additional: AdditionalQueryParams | None = None,
) -> bytes:
    if page < 1:
        raise ValueError("page starts at 1")
    root = _envelope(Operation.QUERY_INVOICE_DIGEST, credentials, software, context)
    _add(root, "page", str(page))
    _add(root, "invoiceDirection", direction.nav)
    params = _add(root, "invoiceQueryParams")
    required = _add(params, "mandatoryQueryParams")
    if isinstance(mandatory, IssueDateRange):
        issue = _add(required, "invoiceIssueDate")
        _add(issue, "dateFrom", mandatory.date_from.isoformat())
        _add(issue, "dateTo", mandatory.date_to.isoformat())
    elif isinstance(mandatory, InsDateRange):
        received = _add(required, "insDate")
        _add(received, "dateTimeFrom", format_request_timestamp(mandatory.date_time_from))
        _add(received, "dateTimeTo", format_request_timestamp(mandatory.date_time_to))
    else:
        _add(required, "originalInvoiceNumber", mandatory)
    if additional is not None and additional.items():
        optional = _add(params, "additionalQueryParams")
        for tag, value in additional.items():
            _add(optional, tag, value)
    return _document(root)


def build_query_invoice_data_request(
    credentials: NavCredentials,
    software: SoftwareInfo,
    context: RequestContext,
    *,
    invoice_number: str,
    direction: Direction,
    batch_index: int | None = None,
    supplier_tax_number: str | None = None,
) -> bytes:
    root = _envelope(Operation.QUERY_INVOICE_DATA, credentials, software, context)
    query = _add(root, "invoiceNumberQuery")
    _add(query, "invoiceNumber", invoice_number)
    _add(query, "invoiceDirection", direction.nav)
    if batch_index is not None:
        _add(query, "batchIndex", str(batch_index))
    if supplier_tax_number is not None:
        _add(query, "supplierTaxNumber", supplier_tax_number)
    return _document(root)


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
    start, stop = require_utc(date_time_from), require_utc(date_time_to)
    if stop < start:
        raise ValueError("date_time_to is before date_time_from")
    windows: list[InsDateRange] = []
    while True:
        end = min(start + max_window, stop)
        windows.append(InsDateRange(start, end))
        if end >= stop:
            return windows
        start = end
