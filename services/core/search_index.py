"""The query index's documents and queries (pure): an archived invoice view → the fields one index
document holds, and the product's search parameters (``core/search_query.InvoiceQuery``) → a query
over those fields. The adapter (``adapters/tantivy_index.py``) turns both into its engine's types; a
distributed engine behind the same port (``adapters/search_index.py``) would read the same ``FIELDS``.

Text is indexed as the tokens of ``core/search_terms.py`` (lower-case, accent-folded), so the index
and the query fold the same way. Partial matches are precomputed at index time — every part of an
invoice number (``0042`` finds ``SZ-2025/0042``), the beginnings of the counterparty's name words —
so a query is a term lookup, never a scan of the term dictionary.

Counts and sums (the start page, the totals of a hit list) are the index's too: ``TOTALS`` names the
amounts summed per currency, and ``issue_month`` buckets the last months' chart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any

from services.core.clients import counterparty_id, is_client_record_id
from services.core.search_query import OPEN_STATUSES, InvoiceQuery
from services.core.search_terms import build_search_terms, fold, query_terms, tokenize
from services.core.taxnumber import normalise_tax_number

NUMBER_INFIX_MAX = 40  # an invoice number longer than this is found by parts of its first 40 characters
NAME_PREFIX_MAX = 20  # a name word longer than this is found by its first 20 characters
_VERSION_SHIFT = 51  # microseconds since 1970 stay below 2**51 until the year 2041 … 2**52 → 2112


class FieldKind(StrEnum):
    KEYWORD = "keyword"  # exact terms, several values allowed (also facets)
    FACET = "facet"  # one exact term, fast: filtered, counted, summed per value and sorted by
    INTEGER = "integer"  # signed, indexed for ranges and fast for sorting
    UNSIGNED = "unsigned"  # fast only: sort keys and bookkeeping
    FLOAT = "float"
    SORT_TEXT = "sort_text"  # one folded string, fast, to sort by
    STORED = "stored"  # kept with the document, not searchable: what a hit hands back


FIELDS: dict[str, FieldKind] = {
    "id": FieldKind.KEYWORD,  # the invoice id (the store's _id), the upsert key
    "tenant": FieldKind.KEYWORD,
    "site": FieldKind.FACET,
    "client_id": FieldKind.KEYWORD,
    "counterparty": FieldKind.KEYWORD,  # the client record of the buyer (outgoing) / seller (incoming)
    "direction": FieldKind.FACET,
    "kind": FieldKind.FACET,
    "status": FieldKind.FACET,  # payment status, or "cancelled"
    "currency": FieldKind.FACET,
    "source": FieldKind.FACET,
    "tag": FieldKind.KEYWORD,  # the match's tags (rules)
    "project": FieldKind.KEYWORD,  # the project the match linked
    "terms": FieldKind.KEYWORD,  # full text: core/search_terms tokens
    "number_infix": FieldKind.KEYWORD,  # every part of the folded invoice number
    "name_prefix": FieldKind.KEYWORD,  # prefixes of the counterparty's name words (client, buyer or seller)
    "tax8": FieldKind.KEYWORD,  # taxpayer ids (8 digits) of seller and buyer
    "issue_date": FieldKind.INTEGER,  # yyyymmdd
    "issue_month": FieldKind.INTEGER,  # yyyymm: the chart's buckets
    "due_date": FieldKind.INTEGER,  # yyyymmdd
    "gross_amount": FieldKind.FLOAT,
    "paid_amount": FieldKind.FLOAT,  # what the payments cover so far
    "open_amount": FieldKind.FLOAT,  # what is still to pay: gross − paid while unpaid or partially paid, else 0
    "sort_date": FieldKind.UNSIGNED,  # issue date, then id: the store's old order (issue_date desc, _id asc)
    "number_sort": FieldKind.SORT_TEXT,
    "client_sort": FieldKind.SORT_TEXT,
    "seller_sort": FieldKind.SORT_TEXT,
    "buyer_sort": FieldKind.SORT_TEXT,
    "counterparty_sort": FieldKind.SORT_TEXT,  # the seller of an incoming invoice, the client of an outgoing one
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
TOTALS = ("gross_amount", "paid_amount", "open_amount")  # the amounts a hit list is summed by, per currency
OPEN = "open"  # the payment-state filter's name for either of them

# The columns a search may be sorted by (API ``sort``, OpenAPI), and the index field behind each.
SORTABLE: dict[str, str] = {
    "issue_date": "sort_date",
    "invoice_number": "number_sort",
    "gross_total": "gross_amount",
    "client_name": "client_sort",
    "seller_name": "seller_sort",
    "buyer_name": "buyer_sort",
    "counterparty": "counterparty_sort",
    "due_date": "due_date",
    "direction": "direction",
    "kind": "kind",
    "currency": "currency",
    "status": "status",
    "site": "site",
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
    if is_client_record_id(client):  # a client record's id (what a row's counterparty_id links to)
        return AnyOf("counterparty", (client,))
    tax = normalise_tax_number(client)
    if tax:
        return AnyOf("tax8", (tax[:8],))
    words = tuple(dict.fromkeys(w[:NAME_PREFIX_MAX] for w in query_terms(client)))
    by_id = AnyOf("client_id", (client,))
    return Either((by_id, AllOf("name_prefix", words))) if words else by_id


def _exact(q: InvoiceQuery) -> list[Clause]:
    """The filters that are one field's exact value (the list's choices)."""
    chosen = (("site", q.site), ("direction", q.direction), ("kind", q.kind), ("source", q.source),
              ("currency", q.currency),
              ("status", q.status), ("tag", q.tag), ("project", q.project))
    clauses: list[Clause] = [AnyOf(name, OPEN_STATUSES if (name, value) == ("status", OPEN) else (value,))
                             for name, value in chosen if value]
    if q.overdue_on is not None:  # unpaid or partially paid, due before that day
        clauses += [AnyOf("status", OPEN_STATUSES), Range("due_date", None, yyyymmdd(q.overdue_on - timedelta(days=1)))]
    return clauses


def index_query(q: InvoiceQuery) -> IndexQuery:
    """The same invoices ``search_query.build_filter`` selects, as an index query; names match by word
    prefix (``alf kf`` finds "Alfa Kft."), where the store matched a substring."""
    clauses: list[Clause] = [AnyOf("tenant", (q.tenant,))]
    if q.sites:
        clauses.append(AnyOf("site", tuple(q.sites)))
    clauses += _exact(q)
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
        clauses.append(AnyOf("number_infix", (fold(q.number).strip()[:NUMBER_INFIX_MAX],)))
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


def _infixes(text: str) -> list[str]:
    """Every part of ``text`` (its first ``NUMBER_INFIX_MAX`` characters): a 15-character number
    gives 120 terms — a term lookup at search time instead of a scan of every number."""
    head = text[:NUMBER_INFIX_MAX]
    return list(dict.fromkeys(head[i:j] for i in range(len(head)) for j in range(i + 1, len(head) + 1)))


def _counterparty_names(view: Mapping[str, Any]) -> tuple[str | None, ...]:
    """Who the invoice is with: for an incoming one its seller (the buyer is ourselves)."""
    if view.get("direction") == "incoming":
        return (view.get("client_name"), view.get("seller_name"))
    return (view.get("client_name"), view.get("buyer_name"))


def counterparty(row: Mapping[str, Any]) -> str:
    """The name a list shows for the other party of a view or a stored row."""
    names = _counterparty_names(row)
    return str(names[0] or names[1] or "")


def source_kind(row: Mapping[str, Any]) -> str:
    """Where the invoice came from (``own_system``, ``billingo`` …): the envelope's ``source.kind``."""
    source = row.get("source")
    return str((source.get("kind") if isinstance(source, Mapping) else source) or "")


def _amounts(view: Mapping[str, Any]) -> dict[str, float]:
    """Gross, paid and still open; a cancelled invoice, a storno or a paid one owes nothing."""
    gross = view.get("gross_amount")
    if gross is None:
        return {}
    paid = _paid(view)
    status = _status(view)
    owed = max(0.0, float(gross) - paid) if status in OPEN_STATUSES else 0.0
    return {"gross_amount": float(gross), "paid_amount": paid, "open_amount": round(owed, 2)}


def _paid(view: Mapping[str, Any]) -> float:
    total = (view.get("payment") or {}).get("paid_total")
    if total is None:
        total = sum(_number(p.get("amount")) for p in (view.get("invoice") or {}).get("payments") or [])
    return round(_number(total), 2)


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


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
    invoice, match = view.get("invoice") or {}, view.get("match") or {}
    row = {"_id": str(view["_id"]), **{k: view.get(k) for k in ROW_FIELDS}, "status": _status(view),
           "payment_status": invoice.get("payment_status"), "due_date": invoice.get("due_date"),
           "paid_amount": _paid(view), "project_id": match.get("project_id"), "version": view_version(view),
           # the client card's figures: the counterparty's record, the monthly paid series
           "counterparty_id": counterparty_id(view),
           "payments": [{"date": p.get("date"), "amount": p.get("amount")} for p in invoice.get("payments") or []
                        if isinstance(p, Mapping)],
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
    due = yyyymmdd((view.get("invoice") or {}).get("due_date"))
    match = view.get("match") or {}
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
        "counterparty": [c] if (c := counterparty_id(view)) else [],
        "direction": [str(view.get("direction") or "unknown")],
        "kind": [str(view.get("kind") or "unknown")],
        "status": [_status(view)],
        "currency": [str(view["currency"])] if view.get("currency") else [],
        "source": [source_kind(view)] if source_kind(view) else [],
        "tag": [str(t) for t in match.get("tags") or []],
        "project": [str(match["project_id"])] if match.get("project_id") else [],
        "terms": list(terms),
        "number_infix": _infixes(number),
        "name_prefix": _name_prefixes(_counterparty_names(view)),
        "tax8": list(dict.fromkeys(tax8)),
        "issue_date": [issue] if issue is not None else [],
        "issue_month": [issue // 100] if issue is not None else [],
        "due_date": [due] if due is not None else [],
        **{name: [value] for name, value in _amounts(view).items()},
        "sort_date": [_sort_date(invoice_id, issue)],
        "number_sort": [number],
        "client_sort": [fold(view.get("client_name") or view.get("buyer_name") or "")],
        "seller_sort": [fold(view.get("seller_name") or "")],
        "buyer_sort": [fold(view.get("buyer_name") or "")],
        "counterparty_sort": [fold(counterparty(view))],
        "version": [view_version(view)],
        "indexed_at": [_micros(indexed_at)],
        "row": [encode_row(view)],
    }
    return doc
