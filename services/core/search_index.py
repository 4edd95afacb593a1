"""The query index's documents and queries (pure): an archived invoice view → the fields one index
document holds, and the product's search parameters (``core/search_query.InvoiceQuery``) → a query
over those fields. The adapter (``adapters/tantivy_index.py``) turns both into its engine's types; a
distributed engine behind the same port (``adapters/search_index.py``) would read the same ``FIELDS``.

Text is indexed as the tokens of ``core/search_terms.py`` (lower-case, accent-folded), so the index
and the query fold the same way. Prefix search (invoice numbers, names) is precomputed as prefix
terms at index time: a query is then a term lookup, never a scan of the term dictionary.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from services.core.search_query import InvoiceQuery
from services.core.search_terms import build_search_terms, fold, query_terms, tokenize
from services.core.taxnumber import normalise_tax_number

NUMBER_PREFIX_MAX = 40  # an invoice number longer than this is found by its first 40 characters
NAME_PREFIX_MAX = 20  # a name word longer than this is found by its first 20 characters
_VERSION_SHIFT = 51  # microseconds since 1970 stay below 2**51 until the year 2041 … 2**52 → 2112


class FieldKind(StrEnum):
    KEYWORD = "keyword"  # exact terms, several values allowed (also facets)
    INTEGER = "integer"  # signed, indexed for ranges and fast for sorting
    UNSIGNED = "unsigned"  # fast only: sort keys and bookkeeping
    FLOAT = "float"
    SORT_TEXT = "sort_text"  # one folded string, fast, to sort by
    STORED = "stored"  # kept with the document, not searchable: what a hit hands back


FIELDS: dict[str, FieldKind] = {
    "id": FieldKind.KEYWORD,  # the invoice id (the store's _id), the upsert key
    "tenant": FieldKind.KEYWORD,
    "site": FieldKind.KEYWORD,
    "client_id": FieldKind.KEYWORD,
    "direction": FieldKind.KEYWORD,
    "kind": FieldKind.KEYWORD,
    "status": FieldKind.KEYWORD,  # payment status, or "cancelled"
    "currency": FieldKind.KEYWORD,
    "terms": FieldKind.KEYWORD,  # full text: core/search_terms tokens
    "number_prefix": FieldKind.KEYWORD,
    "name_prefix": FieldKind.KEYWORD,  # prefixes of the client's and buyer's name words
    "tax8": FieldKind.KEYWORD,  # taxpayer ids (8 digits) of seller and buyer
    "issue_date": FieldKind.INTEGER,  # yyyymmdd
    "gross_amount": FieldKind.FLOAT,
    "sort_date": FieldKind.UNSIGNED,  # issue date, then id: the store's old order (issue_date desc, _id asc)
    "number_sort": FieldKind.SORT_TEXT,
    "client_sort": FieldKind.SORT_TEXT,
    "seller_sort": FieldKind.SORT_TEXT,
    "buyer_sort": FieldKind.SORT_TEXT,
    "version": FieldKind.UNSIGNED,  # view_version: an older one never replaces a newer
    "indexed_at": FieldKind.UNSIGNED,  # microseconds: what a rebuild must catch up on
    "row": FieldKind.STORED,  # the search result row (ROW_FIELDS of the view, JSON): a page needs no store read
}

# What a search result row shows (the API's invoice summary, the UI's result table): stored in the
# index document, so a search page is answered by the index alone. ``_id`` is the row's own key.
ROW_FIELDS = (
    "invoice_number", "kind", "direction", "issue_date", "currency", "gross_total", "seller_name",
    "seller_tax_number", "buyer_name", "buyer_tax_number", "client_id", "client_name", "site",
    "current_version", "external_id", "source", "retain_until",
)

# What NAV reconciliation compares of an archived invoice (``nav/completeness.record_from_invoice``
# reads these of the view's ``invoice``): kept in the row too, so a period's archive side is read from
# the index (``nav/repository.archive_records``) and not by filtering the store.
NAV_INVOICE_FIELDS = ("number", "issue_date", "currency", "net_total", "vat_total", "gross_total", "direction")
NAV_PARTY_FIELDS = ("taxpayer_id", "tax_number", "name")

FACETS = ("status", "direction", "site", "kind")  # the facets a search answers with

# The columns a search may be sorted by (API ``sort``, OpenAPI), and the index field behind each.
SORTABLE: dict[str, str] = {
    "issue_date": "sort_date",
    "invoice_number": "number_sort",
    "gross_total": "gross_amount",
    "client_name": "client_sort",
    "seller_name": "seller_sort",
    "buyer_name": "buyer_sort",
}
DEFAULT_SORT = "-issue_date"

IndexDocument = dict[str, list[Any]]


# --- queries ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnyOf:
    """The field holds at least one of ``values``."""

    field: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class AllOf:
    """The field holds every one of ``values``."""

    field: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Range:
    """``low <= field <= high``; a ``None`` side is open."""

    field: str
    low: int | float | None = None
    high: int | float | None = None


@dataclass(frozen=True)
class Either:
    """At least one of the clauses holds."""

    clauses: tuple[Clause, ...]


Clause = AnyOf | AllOf | Range | Either


@dataclass(frozen=True)
class IndexQuery:
    """Every clause holds (AND); no clauses: every document."""

    clauses: tuple[Clause, ...]


@dataclass(frozen=True)
class Sort:
    field: str  # an index field (a value of ``SORTABLE``)
    descending: bool


def parse_sort(spec: str | None) -> Sort:
    """``"-issue_date"`` / ``"gross_total"`` (a ``SORTABLE`` column, ``-`` for descending) → ``Sort``.
    Raises ``ValueError`` for a column that cannot be sorted by."""
    spec = (spec or DEFAULT_SORT).strip()
    descending = spec.startswith("-")
    column = spec.lstrip("-+")
    if column not in SORTABLE:
        raise ValueError(f"cannot sort by {column!r}; one of {', '.join(SORTABLE)}")
    return Sort(SORTABLE[column], descending)


def yyyymmdd(value: date | str | None) -> int | None:
    if value is None or value == "":
        return None
    text = value.isoformat() if isinstance(value, date) else str(value)
    digits = text[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else None


def _client_clause(client: str) -> Clause | None:
    tax = normalise_tax_number(client)
    if tax:
        return AnyOf("tax8", (tax[:8],))
    words = tuple(dict.fromkeys(w[:NAME_PREFIX_MAX] for w in query_terms(client)))
    by_id = AnyOf("client_id", (client,))
    return Either((by_id, AllOf("name_prefix", words))) if words else by_id


def index_query(q: InvoiceQuery) -> IndexQuery:
    """The same invoices ``search_query.build_filter`` selects, as an index query; names match by word
    prefix (``alf kf`` finds "Alfa Kft."), where the store matched a substring."""
    clauses: list[Clause] = [AnyOf("tenant", (q.tenant,))]
    if q.sites:
        clauses.append(AnyOf("site", tuple(q.sites)))
    if q.client:
        client = _client_clause(q.client)
        if client is not None:
            clauses.append(client)
    if q.issue_from or q.issue_to:
        clauses.append(Range("issue_date", yyyymmdd(q.issue_from), yyyymmdd(q.issue_to)))
    if q.gross_min is not None or q.gross_max is not None:
        clauses.append(Range("gross_amount", None if q.gross_min is None else float(q.gross_min),
                             None if q.gross_max is None else float(q.gross_max)))
    if q.number and fold(q.number).strip():
        clauses.append(AnyOf("number_prefix", (fold(q.number).strip()[:NUMBER_PREFIX_MAX],)))
    if q.text:
        terms = query_terms(q.text)
        if terms:
            clauses.append(AllOf("terms", tuple(terms)))
    return IndexQuery(tuple(clauses))


# --- documents -------------------------------------------------------------------------------------


def _micros(value: Any) -> int:
    """A stored time (datetime, or ISO text as payment states keep it) → microseconds since 1970; 0 if none."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return 0
    if not isinstance(value, datetime):
        return 0
    value = value if value.tzinfo else value.replace(tzinfo=UTC)  # MongoDB gives naive UTC without tz_aware
    return max(0, int(value.timestamp() * 1_000_000))


def view_version(view: Mapping[str, Any]) -> int:
    """Orders the states of one invoice's view: the PDF version first, then the latest change (the
    view's own, or its payment state's — status-sync sets only the payment fields). An index keeps
    the document with the highest; an equal one replaces it (a replay is idempotent)."""
    payment = view.get("payment") or {}
    changed = max(_micros(view.get("updated_at")), _micros(payment.get("updated_at")))
    pdf_version = min(int(view.get("current_version") or 0), 4095)
    return (pdf_version << _VERSION_SHIFT) | min(changed, (1 << _VERSION_SHIFT) - 1)


def payment_changed_after(state: Mapping[str, Any], version: int) -> bool:
    """Is a stored payment state (``payment_state``) newer than what an indexed ``version`` shows?"""
    return _micros(state.get("updated_at")) > (version & ((1 << _VERSION_SHIFT) - 1))


def _prefixes(text: str, longest: int, shortest: int = 1) -> list[str]:
    return [text[:n] for n in range(shortest, min(len(text), longest) + 1)]


def _name_prefixes(names: Iterable[str | None]) -> list[str]:
    out: dict[str, None] = {}
    for name in names:
        for word in tokenize(name or ""):
            out.update(dict.fromkeys(_prefixes(word, NAME_PREFIX_MAX)))
    return list(out)


def _status(view: Mapping[str, Any]) -> str:
    if (view.get("payment") or {}).get("cancelled"):
        return "cancelled"
    return str((view.get("invoice") or {}).get("payment_status") or "unknown")


def _sort_date(invoice_id: str, issue: int | None) -> int:
    # Descending by this key is the store's order: issue date descending, then id ascending (by its
    # first 32 bits, enough to part ids of one day). Without a date the invoice sorts last.
    try:
        head = int(invoice_id.replace("-", "")[:8], 16)
    except ValueError:
        head = 0
    return ((issue or 0) << 32) | (0xFFFFFFFF - head)


def encode_row(view: Mapping[str, Any]) -> bytes:
    """The row a search result shows of ``view``, as the index stores it; with the payment status
    (``status``) and the ``version`` it was taken at, so a reader can tell how current it is."""
    row = {"_id": str(view["_id"]), **{k: view.get(k) for k in ROW_FIELDS}, "status": _status(view),
           "payment_status": (view.get("invoice") or {}).get("payment_status"), "version": view_version(view),
           "nav": nav_fields(view)}
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=_json_value).encode()


def nav_fields(view: Mapping[str, Any]) -> dict[str, Any]:
    """What NAV reconciliation reads of ``view``: its invoice's compared fields, the parties' tax ids and
    names, and whether a PDF is stored."""
    invoice = view.get("invoice") or {}
    parties = {p: {k: (invoice.get(p) or {}).get(k) for k in NAV_PARTY_FIELDS} for p in ("seller", "buyer")}
    return {**{k: invoice.get(k) for k in NAV_INVOICE_FIELDS}, **parties, "has_pdf": bool(view.get("current_sha256"))}


def period_query(tenant: str, date_from: date, date_to: date) -> IndexQuery:
    """The tenant's invoices issued ``date_from``‥``date_to`` (both included)."""
    return IndexQuery((AnyOf("tenant", (tenant,)), Range("issue_date", yyyymmdd(date_from), yyyymmdd(date_to))))


def _json_value(value: Any) -> str:
    return value.isoformat() if isinstance(value, date | datetime) else str(value)


def decode_row(stored: bytes | str) -> dict[str, Any]:
    row: dict[str, Any] = json.loads(stored)
    return row


def index_document(view: Mapping[str, Any], *, indexed_at: datetime) -> IndexDocument:
    """The index document of one stored invoice view (``core/stages/archive.invoice_view``)."""
    invoice_id = str(view["_id"])
    number = fold(view.get("invoice_number") or "").strip()
    issue = yyyymmdd(view.get("issue_date"))
    terms = view.get("search_terms") or build_search_terms(
        view.get("invoice_number"), view.get("seller_name"), view.get("buyer_name"), view.get("seller_tax_number"),
        view.get("buyer_tax_number"), view.get("client_name"))
    tax8 = [t[:8] for t in (normalise_tax_number(view.get("seller_tax_number")),
                            normalise_tax_number(view.get("buyer_tax_number"))) if t]
    doc: IndexDocument = {
        "id": [invoice_id],
        "tenant": [str(view["tenant"])],
        "site": [str(view.get("site") or "")],
        "client_id": [str(view["client_id"])] if view.get("client_id") else [],
        "direction": [str(view.get("direction") or "unknown")],
        "kind": [str(view.get("kind") or "unknown")],
        "status": [_status(view)],
        "currency": [str(view["currency"])] if view.get("currency") else [],
        "terms": list(terms),
        "number_prefix": _prefixes(number, NUMBER_PREFIX_MAX),
        "name_prefix": _name_prefixes((view.get("client_name"), view.get("buyer_name"))),
        "tax8": list(dict.fromkeys(tax8)),
        "issue_date": [issue] if issue is not None else [],
        "gross_amount": [float(view["gross_amount"])] if view.get("gross_amount") is not None else [],
        "sort_date": [_sort_date(invoice_id, issue)],
        "number_sort": [number],
        "client_sort": [fold(view.get("client_name") or view.get("buyer_name") or "")],
        "seller_sort": [fold(view.get("seller_name") or "")],
        "buyer_sort": [fold(view.get("buyer_name") or "")],
        "version": [view_version(view)],
        "indexed_at": [_micros(indexed_at)],
        "row": [encode_row(view)],
    }
    return doc
