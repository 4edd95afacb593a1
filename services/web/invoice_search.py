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

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from services.core.access import site_clause
from services.core.search_index import (
    DEFAULT_SORT,
    FACETS,
    SORTABLE,
    Sort,
    decode_row,
    encode_row,
    index_query,
    parse_sort,
)
from services.core.search_query import InvoiceQuery, build_filter
from services.web.deps import Ports

FRESH_SECONDS = 10  # a noted change is read from the store this long (the indexer takes it within one)
SORT_PATTERN = "^-?(" + "|".join(SORTABLE) + ")$"
SORT_HELP = (f"one of {', '.join(SORTABLE)}; a leading '-' sorts descending (default {DEFAULT_SORT}). "
             "Searchable: client (id, tax number, words of the name by their beginning), issue date and gross "
             "amount ranges, invoice number by its beginning, full text (every word, accents ignored)")


@dataclass(frozen=True)
class Found:
    rows: list[dict[str, Any]]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def find_invoices(ports: Ports, query: InvoiceQuery, *, skip: int, limit: int, sort: str | None = None,
                  facets: bool = False) -> Found:
    """One page of ``query``'s invoices (blocking: call it in a thread from async code)."""
    if ports.search is None:
        rows, total = ports.invoices.search(build_filter(query), skip=skip, limit=limit)
        return Found(rows, total)
    wanted = index_query(query)
    page = ports.search.search(wanted, sort=parse_sort(sort), offset=skip, limit=limit)
    rows = _fresh(ports, query.tenant, page.rows)
    return Found(rows, page.total, ports.search.facets(wanted, FACETS) if facets else {})


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
