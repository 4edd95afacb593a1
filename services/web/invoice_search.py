"""Invoice search for every door (the JSON API's ``GET /api/v1/invoices`` and the UI's search page):
the query index answers which invoices, how many, the facets and the rows themselves (the row fields
are stored in the index document, ``core/search_index.encode_row``), so a page reads nothing from the
document store: on a big FerretDB store each read by ``_id`` costs 7–15 ms, 0.5–1 s for a page.

What a row shows is therefore the index's view, which is current within a second of the event (the
indexer commits per event): a change a person has just made shows on the invoice's own page at once
(read from the store by ``_id``) and in a search result within that second (docs/scaling.md).

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
    if ports.search is None:
        rows, total = ports.invoices.search(build_filter(query), skip=skip, limit=limit)
        return Found(rows, total)
    wanted = index_query(query)
    page = ports.search.search(wanted, sort=parse_sort(sort), offset=skip, limit=limit)
    return Found(page.rows, page.total, ports.search.facets(wanted, FACETS) if facets else {})


def find_ids(ports: Ports, query: InvoiceQuery, *, limit: int) -> tuple[list[str], int]:
    """The ids of ``query``'s first ``limit`` invoices and how many it finds (for work on every hit,
    such as a legal hold on a search result)."""
    if ports.search is None:
        found = build_filter(query)
        _, total = ports.invoices.search(found, skip=0, limit=1)
        return (sorted(ports.invoices.ids(found))[:limit] if total else []), total
    page = ports.search.search(index_query(query), sort=parse_sort(None), offset=0, limit=limit)
    return list(page.ids), page.total
