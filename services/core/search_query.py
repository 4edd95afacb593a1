"""A search request → a MongoDB filter (pure; FerretDB-compatible operators only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from services.core.search_terms import query_terms
from services.core.taxnumber import normalise_tax_number

OPEN_STATUSES = ("unpaid", "partially_paid")  # what is still to pay


@dataclass(frozen=True)
class InvoiceQuery:
    tenant: str
    sites: tuple[str, ...] = ()  # empty: all sites
    client: str | None = None  # client id, tax number, or part of the client's / buyer's name
    issue_from: date | None = None
    issue_to: date | None = None
    gross_min: Decimal | None = None
    gross_max: Decimal | None = None
    number: str | None = None  # any part of the invoice number
    text: str | None = None
    # The list's exact choices; ``site`` narrows ``sites`` (a site outside them finds nothing).
    site: str | None = None
    direction: str | None = None
    kind: str | None = None
    source: str | None = None
    currency: str | None = None
    status: str | None = None  # payment status, "cancelled", or "open" (unpaid or partially paid)
    tag: str | None = None
    project: str | None = None
    overdue_on: date | None = None  # unpaid or partially paid and due before this day


def _exact(q: InvoiceQuery) -> list[dict[str, Any]]:
    chosen = (("site", q.site), ("direction", q.direction), ("kind", q.kind), ("source.kind", q.source),
              ("currency", q.currency),
              ("invoice.payment_status", q.status), ("match.tags", q.tag), ("match.project_id", q.project))
    clauses: list[dict[str, Any]] = [{name: value} for name, value in chosen
                                     if value and (name, value) != ("invoice.payment_status", "open")]
    if q.status == "open":
        clauses.append({"invoice.payment_status": {"$in": list(OPEN_STATUSES)}})
    if q.overdue_on is not None:
        clauses += [{"invoice.payment_status": {"$in": list(OPEN_STATUSES)}},
                    {"invoice.due_date": {"$lt": q.overdue_on.isoformat()}}]
    return clauses


def build_filter(q: InvoiceQuery) -> dict[str, Any]:
    clauses: list[dict[str, Any]] = [{"tenant": q.tenant}]
    if q.sites:
        clauses.append({"site": {"$in": list(q.sites)}})
    clauses += _exact(q)
    if q.client:
        tax = normalise_tax_number(q.client)
        if tax:
            digits = tax[:8]
            clauses.append({"$or": [
                {"buyer_tax_number": {"$regex": f"^{digits}"}},
                {"seller_tax_number": {"$regex": f"^{digits}"}},
            ]})
        else:
            pattern = {"$regex": re.escape(q.client), "$options": "i"}
            clauses.append({"$or": [{"client_id": q.client}, {"client_name": pattern}, {"buyer_name": pattern}]})
    if q.issue_from or q.issue_to:
        rng: dict[str, str] = {}
        if q.issue_from:
            rng["$gte"] = q.issue_from.isoformat()
        if q.issue_to:
            rng["$lte"] = q.issue_to.isoformat()
        clauses.append({"issue_date": rng})
    if q.gross_min is not None or q.gross_max is not None:
        amt: dict[str, float] = {}
        if q.gross_min is not None:
            amt["$gte"] = float(q.gross_min)
        if q.gross_max is not None:
            amt["$lte"] = float(q.gross_max)
        clauses.append({"gross_amount": amt})
    if q.number:
        clauses.append({"invoice_number": {"$regex": re.escape(q.number), "$options": "i"}})
    if q.text:
        terms = query_terms(q.text)
        if terms:
            clauses.append({"search_terms": {"$all": terms}})
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
