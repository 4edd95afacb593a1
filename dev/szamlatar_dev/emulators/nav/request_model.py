"""The structure of the requests the NAV emulator serves, and a check of a parsed request against it.

NAV refuses a request that breaks its 3.0 API schema with ``INVALID_REQUEST`` and one technical
validation message per fault (spec §3.2). The emulator does the same from the model below: the
elements of tokenExchange, queryInvoiceDigest and queryInvoiceData in their order, how often each
may occur, the choices, and the value rules of each leaf (patterns, enumerations, ranges, lengths)
as the Interface Specification 3.0 describes them. The conformance suite checks that this model
and NAV's own XSDs agree on the official sample requests and on a set of broken ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import Element

from services.nav.protocol.spec import API_NS, COMMON_NS

# A value check returns what is wrong with the text, or None when it is fine.
Check = Callable[[str], str | None]


@dataclass(frozen=True)
class Leaf:
    """Simple content: the text must pass ``check``; ``attributes`` are required ones with their checks."""

    check: Check
    attributes: tuple[tuple[str, Check], ...] = ()


@dataclass(frozen=True)
class El:
    ns: str
    name: str
    content: Leaf | Seq
    min_occurs: int = 1
    max_occurs: int = 1

    @property
    def tag(self) -> str:
        return f"{{{self.ns}}}{self.name}"


@dataclass(frozen=True)
class Choice:
    """Exactly one of ``options``, once."""

    options: tuple[El, ...]


@dataclass(frozen=True)
class Seq:
    items: tuple[El | Choice, ...]


# --------------------------------------------------------------------------- value checks


# One line holding something besides spaces and tabs.
_ONE_LINE = re.compile(r"[^\r\n]*[^\t\n\r ][^\r\n]*")


def text(max_length: int, min_length: int = 1) -> Check:
    """A single-line text that is not blank (NAV's SimpleTextNNNotBlankType)."""

    def check(value: str) -> str | None:
        if not _ONE_LINE.fullmatch(value):
            return "must be one non-blank line"
        if not min_length <= len(value) <= max_length:
            return f"must be {min_length}–{max_length} characters long"
        return None

    return check


def atomic(max_length: int) -> Check:
    """Any string of 1 to ``max_length`` characters, blanks included (AtomicStringTypeNN)."""

    def check(value: str) -> str | None:
        return None if 1 <= len(value) <= max_length else f"must be 1–{max_length} characters long"

    return check


def pattern(regex: str, what: str) -> Check:
    compiled = re.compile(regex)

    def check(value: str) -> str | None:
        return None if compiled.fullmatch(value) else f"must be {what}"

    return check


def one_of(*values: str) -> Check:
    def check(value: str) -> str | None:
        return None if value in values else f"must be one of {', '.join(values)}"

    return check


# Values of XSD number, date and time types may carry surrounding whitespace (it is collapsed);
# string types keep theirs, so " OUTBOUND" is not OUTBOUND.


def integer(low: int, high: int) -> Check:
    def check(value: str) -> str | None:
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            return "must be a whole number"
        return None if low <= int(value) <= high else f"must be between {low} and {high}"

    return check


EARLIEST = date(2010, 1, 1)  # NAV's data starts in 2010: InvoiceDateType and InvoiceTimestampType


def _calendar(day: str, earliest: date | None) -> str | None:
    try:
        parsed = date.fromisoformat(day)
    except ValueError:
        return "is not a calendar date"
    return None if earliest is None or parsed >= earliest else f"must not be before {earliest.isoformat()}"


def invoice_date(value: str) -> str | None:
    value = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return "must be a date YYYY-MM-DD"
    return _calendar(value, EARLIEST)


def timestamp(fraction: str, earliest: date | None) -> Check:
    shape = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:" + fraction + r"(\d{1,3}))?Z")

    def check(value: str) -> str | None:
        match = shape.fullmatch(value.strip())
        if match is None:
            return "must be a UTC timestamp YYYY-MM-DDThh:mm:ss[.sss]Z"
        hour, minute, second = (int(match.group(i)) for i in (2, 3, 4))
        # XSD 1.0 allows 24:00:00 for the end of a day, and nothing else past 23:59:59.
        end_of_day = (hour, minute, second) == (24, 0, 0) and int(match.group(5) or "0") == 0
        if (hour > 23 and not end_of_day) or minute > 59 or second > 59:
            return "is not a time of day"
        return _calendar(match.group(1), earliest)

    return check


def monetary(value: str) -> str | None:
    """A decimal amount of at most 18 digits, 2 of them after the point (MonetaryType)."""
    match = re.fullmatch(r"[+-]?(\d*)(?:\.(\d*))?", value.strip())
    if match is None or not (match.group(1) or match.group(2)):
        return "must be a decimal number"
    whole, fraction = match.group(1).lstrip("0"), (match.group(2) or "").rstrip("0")
    if len(fraction) > 2:
        return "must have at most 2 decimals"
    return None if len(whole) + len(fraction) <= 18 else "must have at most 18 digits"


TAXPAYER_ID = pattern(r"[0-9]{8}", "8 digits")
ENTITY_ID = pattern(r"[+0-9A-Za-z_]{1,30}", "1–30 of [+0-9A-Za-z_]")
CRYPTO = Leaf(text(512), (("cryptoType", text(50)),))
DIRECTION = one_of("INBOUND", "OUTBOUND")
# The query interval's timestamps tolerate any single character before the fraction.
QUERY_TIMESTAMP = timestamp(r"[^\r\n]", earliest=EARLIEST)

# --------------------------------------------------------------------------- the requests


def _c(name: str, content: Leaf | Seq, min_occurs: int = 1, max_occurs: int = 1) -> El:
    return El(COMMON_NS, name, content, min_occurs, max_occurs)


def _a(name: str, content: Leaf | Seq, min_occurs: int = 1, max_occurs: int = 1) -> El:
    return El(API_NS, name, content, min_occurs, max_occurs)


def _seq(*items: El | Choice) -> Seq:
    return Seq(items)


HEADER = _c("header", _seq(
    _c("requestId", Leaf(ENTITY_ID)),
    _c("timestamp", Leaf(timestamp(r"\.", earliest=None))),
    _c("requestVersion", Leaf(atomic(15))),
    _c("headerVersion", Leaf(atomic(15)), min_occurs=0),
))
USER = _c("user", _seq(
    _c("login", Leaf(pattern(r"[0-9A-Za-z]{6,15}", "6–15 letters or digits"))),
    _c("passwordHash", CRYPTO),
    _c("taxNumber", Leaf(TAXPAYER_ID)),
    _c("predecessorTaxNumber", Leaf(TAXPAYER_ID), min_occurs=0),
    _c("requestSignature", CRYPTO),
))
SOFTWARE = _a("software", _seq(
    _a("softwareId", Leaf(pattern(r"[-0-9A-Z]{18}", "18 of [-0-9A-Z]"))),
    _a("softwareName", Leaf(text(50))),
    _a("softwareOperation", Leaf(one_of("LOCAL_SOFTWARE", "ONLINE_SERVICE"))),
    _a("softwareMainVersion", Leaf(text(15))),
    _a("softwareDevName", Leaf(text(512))),
    _a("softwareDevContact", Leaf(text(200))),
    _a("softwareDevCountryCode", Leaf(pattern(r"[A-Z]{2}", "a two-letter country code")), min_occurs=0),
    _a("softwareDevTaxNumber", Leaf(text(50)), min_occurs=0),
))
ENVELOPE = (HEADER, USER, SOFTWARE)


def _relation(name: str, value: Check) -> El:
    return _a(name, _seq(
        _a("queryOperator", Leaf(one_of("EQ", "GT", "GTE", "LT", "LTE"))),
        _a("queryValue", Leaf(value)),
    ), min_occurs=0, max_occurs=2)


QUERY_PARAMS = _a("invoiceQueryParams", _seq(
    _a("mandatoryQueryParams", _seq(Choice((
        _a("invoiceIssueDate", _seq(_a("dateFrom", Leaf(invoice_date)), _a("dateTo", Leaf(invoice_date)))),
        _a("insDate", _seq(_a("dateTimeFrom", Leaf(QUERY_TIMESTAMP)), _a("dateTimeTo", Leaf(QUERY_TIMESTAMP)))),
        _a("originalInvoiceNumber", Leaf(text(50))),
    )))),
    _a("additionalQueryParams", _seq(
        _a("taxNumber", Leaf(TAXPAYER_ID), min_occurs=0),
        _a("groupMemberTaxNumber", Leaf(TAXPAYER_ID), min_occurs=0),
        _a("name", Leaf(text(512, min_length=5)), min_occurs=0),
        _a("invoiceCategory", Leaf(one_of("NORMAL", "SIMPLIFIED", "AGGREGATE")), min_occurs=0),
        _a("paymentMethod", Leaf(one_of("TRANSFER", "CASH", "CARD", "VOUCHER", "OTHER")), min_occurs=0),
        _a("invoiceAppearance", Leaf(one_of("PAPER", "ELECTRONIC", "EDI", "UNKNOWN")), min_occurs=0),
        _a("source", Leaf(one_of("WEB", "XML", "MGM", "OPG", "OSZ")), min_occurs=0),
        _a("currency", Leaf(pattern(r"[A-Z]{3}", "a three-letter currency code")), min_occurs=0),
    ), min_occurs=0),
    _a("relationalQueryParams", _seq(
        _relation("invoiceDelivery", invoice_date),
        _relation("paymentDate", invoice_date),
        _relation("invoiceNetAmount", monetary),
        _relation("invoiceNetAmountHUF", monetary),
        _relation("invoiceVatAmount", monetary),
        _relation("invoiceVatAmountHUF", monetary),
    ), min_occurs=0),
    _a("transactionQueryParams", _seq(
        _a("transactionId", Leaf(ENTITY_ID)),
        _a("index", Leaf(integer(1, 100)), min_occurs=0),
        _a("invoiceOperation", Leaf(one_of("CREATE", "MODIFY", "STORNO")), min_occurs=0),
    ), min_occurs=0),
))

INT_MAX = 2**31 - 1
REQUESTS: dict[str, El] = {
    el.name: el
    for el in (
        _a("TokenExchangeRequest", _seq(*ENVELOPE)),
        _a("QueryInvoiceDigestRequest", _seq(
            *ENVELOPE,
            _a("page", Leaf(integer(1, INT_MAX))),
            _a("invoiceDirection", Leaf(DIRECTION)),
            QUERY_PARAMS,
        )),
        _a("QueryInvoiceDataRequest", _seq(
            *ENVELOPE,
            _a("invoiceNumberQuery", _seq(
                _a("invoiceNumber", Leaf(text(50))),
                _a("invoiceDirection", Leaf(DIRECTION)),
                _a("batchIndex", Leaf(integer(1, INT_MAX)), min_occurs=0),
                _a("supplierTaxNumber", Leaf(TAXPAYER_ID), min_occurs=0),
            )),
        )),
    )
}


# --------------------------------------------------------------------------- checking


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _check_leaf(node: Element, leaf: Leaf, path: str, faults: list[str]) -> None:
    if len(node):
        faults.append(f"{path}: has child elements where only a value is allowed")
        return
    value = node.text or ""
    wrong = leaf.check(value)
    if wrong is not None:
        faults.append(f"{path}: value {value[:60]!r} {wrong}")
    allowed = {name for name, _ in leaf.attributes}
    for name, check in leaf.attributes:
        attribute = node.get(name)
        if attribute is None:
            faults.append(f"{path}: attribute {name} is missing")
        elif (wrong := check(attribute)) is not None:
            faults.append(f"{path}/@{name}: value {attribute[:60]!r} {wrong}")
    for name in node.attrib:
        if name not in allowed:
            faults.append(f"{path}: attribute {_local(name)} is not allowed")


def _check_seq(node: Element, seq: Seq, path: str, faults: list[str]) -> None:
    if (node.text is not None and node.text.strip()) or any(c.tail is not None and c.tail.strip() for c in node):
        faults.append(f"{path}: text is not allowed between elements")
    if node.attrib:
        faults.append(f"{path}: attributes are not allowed")
    children = list(node)
    position = 0
    # The first element out of place ends the sequence: what follows it cannot be placed any more,
    # so it is the one fault reported for this element (as an XSD validator does).
    for item in seq.items:
        child = children[position] if position < len(children) else None
        found = f", found <{_local(child.tag)}>" if child is not None else ""
        if isinstance(item, Choice):
            chosen = next((o for o in item.options if child is not None and child.tag == o.tag), None)
            if chosen is None:
                faults.append(f"{path}: expected {' or '.join(f'<{o.name}>' for o in item.options)}{found}")
                return
            _check(children[position], chosen, f"{path}/{chosen.name}", faults)
            position += 1
            continue
        count = 0
        while position < len(children) and children[position].tag == item.tag and count < item.max_occurs:
            _check(children[position], item, f"{path}/{item.name}", faults)
            position += 1
            count += 1
        if count < item.min_occurs:
            faults.append(f"{path}: missing <{item.name}>{found}")
            return
    if position < len(children):
        faults.append(f"{path}: unexpected <{_local(children[position].tag)}>")


def _check(node: Element, model: El, path: str, faults: list[str]) -> None:
    if isinstance(model.content, Leaf):
        _check_leaf(node, model.content, path, faults)
    else:
        _check_seq(node, model.content, path, faults)


def request_faults(root: Element) -> list[str]:
    """Every way ``root`` breaks the model of its request element, as messages; empty when it fits."""
    model = REQUESTS.get(_local(root.tag)) if root.tag.startswith(f"{{{API_NS}}}") else None
    if model is None:
        return [f"/{_local(root.tag)}: not a request this service accepts"]
    faults: list[str] = []
    _check(root, model, f"/{model.name}", faults)
    return faults
