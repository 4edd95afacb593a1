"""The search list's query string, read once for every page that takes it: the list itself, its CSV and
XLSX export and the start page's links (each start-page figure is the count of the list its link opens,
because both are read here). The reader's tenant and sites always bound the query."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

from services.core.access import Principal
from services.core.enums import Direction
from services.core.invoice import InvoiceKind, PaymentStatus
from services.core.search_index import DEFAULT_SORT, SORTABLE
from services.core.search_query import InvoiceQuery
from services.web import presentation as fmt
from services.web.invoice_search import today

TEXT_KEYS = ("client", "number", "q", "issue_from", "issue_to", "gross_min", "gross_max")
CHOICE_KEYS = ("direction", "kind", "site", "source", "currency", "status", "tag", "project", "overdue")
PAGE_SIZES = (25, 50, 100, 200)
DEFAULT_PAGE_SIZE = PAGE_SIZES[0]

DIRECTIONS = tuple(d.value for d in Direction)
KINDS = tuple(k.value for k in InvoiceKind)
STATUSES = ("open", *(s.value for s in PaymentStatus), "cancelled", "unknown")
SOURCES = ("own_system", "billingo", "szamlazz", "nav", "export", "producer", "pull")


@dataclass(frozen=True)
class ListRequest:
    query: InvoiceQuery
    values: dict[str, str]  # what the reader typed or chose, to show back and keep in links
    errors: list[tuple[str, str]] = field(default_factory=list)  # (message key, the value refused)
    sort: str = DEFAULT_SORT
    page_size: int = DEFAULT_PAGE_SIZE

    def url(self, path: str = "/ui/invoices", **changes: Any) -> str:
        """This list's address with some parameters changed (``None`` drops one)."""
        kept: dict[str, Any] = {k: v for k, v in self.values.items() if v}
        if self.sort != DEFAULT_SORT:
            kept["sort"] = self.sort
        if self.page_size != DEFAULT_PAGE_SIZE:
            kept["page_size"] = self.page_size
        kept.update(changes)
        kept = {k: v for k, v in kept.items() if v not in (None, "")}
        return path + ("?" + urlencode(kept) if kept else "")


def list_url(**params: Any) -> str:
    """The search list filtered by ``params`` (a start-page figure's link)."""
    kept = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in params.items() if v not in (None, "")}
    return "/ui/invoices" + ("?" + urlencode(kept) if kept else "")


def _parsed(raw: Mapping[str, str], errors: list[tuple[str, str]], key: str, parse: Callable[[str], Any],
            message: str) -> Any:
    try:
        return parse(raw.get(key, ""))
    except (ValueError, ArithmeticError):
        errors.append((message, raw.get(key, "")))
        return None


def read_list(raw: Mapping[str, str], principal: Principal, *, on: date | None = None) -> ListRequest:
    """The query string of ``/ui/invoices`` → the query, within the reader's tenant and sites."""
    values = {k: str(raw.get(k) or "").strip() for k in (*TEXT_KEYS, *CHOICE_KEYS)}
    errors: list[tuple[str, str]] = []
    sort = raw.get("sort") or DEFAULT_SORT
    if sort.lstrip("-") not in SORTABLE:
        sort = DEFAULT_SORT
    try:
        size = int(raw.get("page_size") or DEFAULT_PAGE_SIZE)
    except ValueError:
        size = DEFAULT_PAGE_SIZE
    query = InvoiceQuery(
        tenant=principal.tenant, sites=principal.sites, client=values["client"] or None,
        issue_from=_parsed(values, errors, "issue_from", fmt.parse_date_input, "search.bad_date"),
        issue_to=_parsed(values, errors, "issue_to", fmt.parse_date_input, "search.bad_date"),
        gross_min=_parsed(values, errors, "gross_min", fmt.parse_amount_input, "search.bad_amount"),
        gross_max=_parsed(values, errors, "gross_max", fmt.parse_amount_input, "search.bad_amount"),
        number=values["number"] or None, text=values["q"] or None, site=values["site"] or None,
        direction=values["direction"] or None, kind=values["kind"] or None, source=values["source"] or None,
        currency=values["currency"] or None, status=values["status"] or None, tag=values["tag"] or None,
        project=values["project"] or None, overdue_on=(on or today()) if values["overdue"] else None,
    )
    return ListRequest(query, values, errors, sort, size if size in PAGE_SIZES else DEFAULT_PAGE_SIZE)
