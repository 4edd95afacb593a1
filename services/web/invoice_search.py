"""Invoice search for every door (the JSON API's ``GET /api/v1/invoices`` and the UI's search page):
the query index answers which invoices, how many and the facets; the document store is read by
``_id`` for the page's rows only.

The rows come from the store, not the index, so what a row shows is the view as it is now: a person
who has just approved an invoice or registered a payment sees it on the next page load even when the
indexer has not committed it yet (read-your-writes for what is shown). The index decides membership
and order; it is current within a second of the event (the indexer's commit per event).

Without an index on the ports (unit tests' fakes) the store's filter answers, as before the index.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.core.search_index import DEFAULT_SORT, FACETS, SORTABLE, index_query, parse_sort
from services.core.search_query import InvoiceQuery, build_filter
from services.web.deps import Ports

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
    if ports.search is None or ports.views is None:
        rows, total = ports.invoices.search(build_filter(query), skip=skip, limit=limit)
        return Found(rows, total)
    wanted = index_query(query)
    page = ports.search.search(wanted, sort=parse_sort(sort), offset=skip, limit=limit)
    by_id = ports.views.rows(page.ids, query.tenant)
    # An id the store no longer holds (removed since it was indexed) is left out of the page.
    rows = [by_id[i] for i in page.ids if i in by_id]
    return Found(rows, page.total, ports.search.facets(wanted, FACETS) if facets else {})
