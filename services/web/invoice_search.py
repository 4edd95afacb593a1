"""Invoice search for every door (the JSON API's ``GET /api/v1/invoices`` and the UI's search page):
the query index answers which invoices, how many, the facets and the rows themselves (the row fields
are stored in the index document, ``core/search_index.encode_row``), so a page reads nothing from the
document store: on a big FerretDB store each read by ``_id`` costs 7–15 ms, 0.5–1 s for a page.

What a row shows is therefore the index's view, which is current within a second of the event (the
indexer commits per event): a change a person has just made shows on the invoice's own page at once
(read from the store by ``_id``) and in a search result within that second (docs/scaling.md).

A row of an invoice a person changed without an event (a match decided on an archived invoice,
``adapters/index_requests.py``) in the last ``FRESH_SECONDS`` is read from the store by ``_id``, so
the person sees their decision in the result at once, before the indexer takes it.

Without an index on the ports (unit tests' fakes) the store's filter answers, as before the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import Query

from services.adapters.search_index import Bucket
from services.core.access import site_clause
from services.core.enums import Direction
from services.core.invoice import InvoiceKind, PaymentStatus
from services.core.search_index import (
    DEFAULT_SORT,
    FACETS,
    OPEN,
    SORTABLE,
    TOTALS,
    Sort,
    decode_row,
    encode_row,
    index_query,
    parse_sort,
)
from services.core.search_query import InvoiceQuery, build_filter
from services.web.deps import Ports
from services.web.presentation import LOCAL_TZ

FRESH_SECONDS = 10  # a noted change is read from the store this long (the indexer takes it within one)
SORT_PATTERN = "^-?(" + "|".join(SORTABLE) + ")$"
SORT_HELP = (f"one of {', '.join(SORTABLE)}; a leading '-' sorts descending (default {DEFAULT_SORT}). "
             "Searchable: client (id, tax number, words of the name by their beginning), issue date and gross "
             "amount ranges, invoice number by any part of it, full text (every word, accents ignored)")


def _one_of(values: Iterable[str]) -> str:
    return "^(" + "|".join(values) + ")$"


@dataclass
class ListFilters:
    """The list's exact filters as API query parameters (``GET /api/v1/invoices``, OpenAPI)."""

    direction: Annotated[str | None, Query(pattern=_one_of(d.value for d in Direction))] = None
    kind: Annotated[str | None, Query(pattern=_one_of(k.value for k in InvoiceKind))] = None
    site: Annotated[str | None, Query(max_length=100, description="one site (within the caller's)")] = None
    source: Annotated[str | None, Query(max_length=50, description="own_system, billingo, szamlazz, nav, export, "
                                                                   "producer")] = None
    currency: Annotated[str | None, Query(pattern="^[A-Z]{3}$")] = None
    status: Annotated[str | None, Query(
        pattern=_one_of((*(s.value for s in PaymentStatus), "cancelled", "unknown", OPEN)),
        description="payment state; open: unpaid or partially paid")] = None
    overdue: Annotated[bool, Query(description="unpaid or partially paid, due before today (Budapest)")] = False
    tag: Annotated[str | None, Query(max_length=100, description="a tag the rules set")] = None
    project: Annotated[str | None, Query(max_length=128, description="the project id the match linked")] = None

    def chosen(self) -> dict[str, Any]:
        """The ``InvoiceQuery`` fields these set."""
        fields = {k: v for k, v in vars(self).items() if k != "overdue"}
        return {**fields, "overdue_on": today() if self.overdue else None}


def today() -> date:
    """The day in Budapest: what "today", "this month" and "overdue" mean to a reader of the archive."""
    return datetime.now(LOCAL_TZ).date()


@dataclass(frozen=True)
class Found:
    rows: list[dict[str, Any]]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    totals: dict[str, Bucket] = field(default_factory=dict)  # per currency: count, gross, paid, open


def find_invoices(ports: Ports, query: InvoiceQuery, *, skip: int, limit: int, sort: str | None = None,
                  facets: bool = False, totals: bool = False) -> Found:
    """One page of ``query``'s invoices (blocking: call it in a thread from async code); with
    ``totals``, every hit's amounts summed per currency by the index (not only the page's)."""
    if ports.search is None:
        rows, total = ports.invoices.search(build_filter(query), skip=skip, limit=limit)
        return Found(rows, total)
    wanted = index_query(query)
    page = ports.search.search(wanted, sort=parse_sort(sort), offset=skip, limit=limit)
    rows = _fresh(ports, query.tenant, page.rows)
    return Found(rows, page.total, ports.search.facets(wanted, FACETS) if facets else {},
                 ports.search.totals(wanted, "currency", TOTALS) if totals else {})


def every_row(ports: Ports, query: InvoiceQuery, *, sort: str | None, limit: int, batch: int = 500
              ) -> Iterator[dict[str, Any]]:
    """``query``'s rows in ``sort`` order, at most ``limit``, a batch at a time (an export streams
    these; a commit between two batches may shift a row by one, as paging through a list does)."""
    skip = 0
    while skip < limit:
        rows = find_invoices(ports, query, skip=skip, limit=min(batch, limit - skip), sort=sort).rows
        yield from rows
        if len(rows) < batch:
            return
        skip += len(rows)


def find_ids(ports: Ports, query: InvoiceQuery, *, limit: int) -> tuple[list[str], int]:
    """The ids of ``query``'s first ``limit`` invoices and how many it finds (for work on every hit,
    such as a legal hold on a search result)."""
    if ports.search is None:
        found = build_filter(query)
        _, total = ports.invoices.search(found, skip=0, limit=1)
        return sorted(ports.invoices.ids(found))[:limit], total
    page = ports.search.search(index_query(query), sort=parse_sort(None), offset=0, limit=limit)
    return list(page.ids), page.total


def latest_views(ports: Ports, tenant: str, sites: tuple[str, ...], *, limit: int) -> list[dict[str, Any]]:
    """The ``limit`` views of ``tenant``'s invoices at ``sites`` indexed last, newest first (a rules dry
    run's sample): the index picks them (by ``indexed_at``, when the indexer last took each invoice's
    change), the store reads each by ``_id``. Without an index, the store's last changed."""
    if ports.search is None:
        return ports.invoices.latest({"tenant": tenant, **site_clause(sites)}, limit=limit)
    page = ports.search.search(index_query(InvoiceQuery(tenant=tenant, sites=sites)),
                               sort=Sort("indexed_at", descending=True), offset=0, limit=limit)
    return [view for invoice_id in page.ids if (view := ports.invoices.get(tenant, invoice_id)) is not None]


def _fresh(ports: Ports, tenant: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with those of invoices noted as changed in the last seconds re-read by ``_id``."""
    if ports.index_requests is None or not rows:
        return rows
    since = datetime.now(UTC) - timedelta(seconds=FRESH_SECONDS)
    noted = {invoice_id for invoice_id, _ in ports.index_requests.since(since)}
    out = []
    for row in rows:
        view = ports.invoices.get(tenant, row["_id"]) if row.get("_id") in noted else None
        out.append(decode_row(encode_row(view)) if view is not None else row)
    return out
