"""The client card's figures (pure): from the search rows of one client's invoices (as the query index
stores them, ``core/search_index.encode_row``) to the totals per currency, the open balance, what is
overdue, the totals per year and the monthly invoiced-vs-paid series of its chart.

Money stays ``Decimal`` (the rows carry the exact gross as text). Each figure is per currency: a
client invoiced in HUF and EUR has two open balances, never one sum.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

# Kinds of invoice no payment is due on (``app/payments.py`` refuses to record one against them).
UNPAYABLE_KINDS = ("storno", "proforma", "credit_note")
OPEN_STATUSES = ("unpaid", "partially_paid")
CHART_MONTHS = 12


@dataclass(frozen=True)
class Amount:
    currency: str
    count: int
    total: Decimal


@dataclass(frozen=True)
class YearTotal:
    year: int
    currency: str
    count: int
    invoiced: Decimal
    paid: Decimal


@dataclass(frozen=True)
class MonthBar:
    month: str  # "2026-03"
    invoiced: Decimal
    paid: Decimal


@dataclass(frozen=True)
class CardSummary:
    totals: list[Amount]  # gross invoiced per currency (stornos and credit notes are negative already)
    open: list[Amount]  # still to be paid: unpaid gross and the rest of partially paid invoices
    overdue: list[Amount]  # of ``open``, past the due date
    years: list[YearTotal]  # newest year first
    chart_currency: str | None
    months: list[MonthBar]  # CHART_MONTHS months up to ``chart_end``, oldest first, in ``chart_currency``


def as_decimal(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _currency(row: Mapping[str, Any]) -> str:
    return str(row.get("currency") or "HUF").upper()


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def payments_of(row: Mapping[str, Any]) -> list[tuple[date | None, Decimal]]:
    return [(_day(p.get("date")), amount) for p in row.get("payments") or []
            if isinstance(p, Mapping) and (amount := as_decimal(p.get("amount"))) is not None]


def open_amount(row: Mapping[str, Any]) -> Decimal | None:
    """What this invoice still owes (``None``: nothing — paid, cancelled, a storno, no status)."""
    gross = as_decimal(row.get("gross_total"))
    if (row.get("status") not in OPEN_STATUSES or gross is None or gross <= 0
            or row.get("kind") in UNPAYABLE_KINDS):
        return None
    paid = sum((a for _, a in payments_of(row)), Decimal(0)) if row.get("status") == "partially_paid" else Decimal(0)
    remainder = gross - paid
    return remainder if remainder > 0 else None


def is_overdue(row: Mapping[str, Any], today: date) -> bool:
    due = _day(row.get("due_date"))
    return due is not None and due < today and open_amount(row) is not None


def _ordered(sums: Mapping[str, tuple[int, Decimal]]) -> list[Amount]:
    return [Amount(c, sums[c][0], sums[c][1]) for c in sorted(sums, key=lambda c: (c != "HUF", c))]


def _add(sums: dict[str, tuple[int, Decimal]], currency: str, amount: Decimal) -> None:
    count, total = sums.get(currency, (0, Decimal(0)))
    sums[currency] = (count + 1, total + amount)


def _months_until(today: date, n: int) -> list[str]:
    out, year, month = [], today.year, today.month
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


def chart_currency(rows: list[Mapping[str, Any]]) -> str | None:
    """HUF when the client has any HUF invoice, else its most used currency."""
    counts: dict[str, int] = {}
    for row in rows:
        counts[_currency(row)] = counts.get(_currency(row), 0) + 1
    if not counts:
        return None
    return "HUF" if "HUF" in counts else max(sorted(counts), key=lambda c: counts[c])


def chart_end(rows: Iterable[Mapping[str, Any]], today: date, months: int = CHART_MONTHS) -> date:
    """The last month the chart shows: this month, unless the client's latest invoice or payment is
    older than the window — then that month, so a client billed two years ago still shows its bars."""
    days = [d for row in rows for d in (_day(row.get("issue_date")), *(p for p, _ in payments_of(row)))
            if d is not None and d <= today]
    latest = max(days, default=today)
    first_shown = _months_until(today, months)[0]
    return today if latest.isoformat()[:7] >= first_shown else latest


def summarise(rows: Iterable[Mapping[str, Any]], today: date, months: int = CHART_MONTHS) -> CardSummary:
    rows = list(rows)
    totals: dict[str, tuple[int, Decimal]] = {}
    opened: dict[str, tuple[int, Decimal]] = {}
    overdue: dict[str, tuple[int, Decimal]] = {}
    years: dict[tuple[int, str], tuple[int, Decimal, Decimal]] = {}
    currency = chart_currency(rows)
    window = _months_until(chart_end(rows, today, months), months)
    invoiced_by = dict.fromkeys(window, Decimal(0))
    paid_by = dict.fromkeys(window, Decimal(0))
    for row in rows:
        cur, gross = _currency(row), as_decimal(row.get("gross_total")) or Decimal(0)
        _add(totals, cur, gross)
        remainder = open_amount(row)
        if remainder is not None:
            _add(opened, cur, remainder)
            if is_overdue(row, today):
                _add(overdue, cur, remainder)
        issued = _day(row.get("issue_date"))
        paid = sum((a for _, a in payments_of(row)), Decimal(0))
        if issued is not None:
            n, inv, pd = years.get((issued.year, cur), (0, Decimal(0), Decimal(0)))
            years[(issued.year, cur)] = (n + 1, inv + gross, pd + paid)
        if cur != currency:
            continue
        if issued is not None and (month := issued.isoformat()[:7]) in invoiced_by:
            invoiced_by[month] += gross
        for day, amount in payments_of(row):
            if day is not None and (month := day.isoformat()[:7]) in paid_by:
                paid_by[month] += amount
    year_rows = [YearTotal(y, c, n, inv, pd) for (y, c), (n, inv, pd)
                 in sorted(years.items(), key=lambda kv: (-kv[0][0], kv[0][1] != "HUF", kv[0][1]))]
    return CardSummary(totals=_ordered(totals), open=_ordered(opened), overdue=_ordered(overdue), years=year_rows,
                       chart_currency=currency,
                       months=[MonthBar(m, invoiced_by[m], paid_by[m]) for m in window])
