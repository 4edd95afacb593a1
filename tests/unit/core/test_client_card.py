"""The client card's figures from index rows: totals, open balance, overdue, years, the monthly chart."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from services.core.client_card import open_amount, summarise

TODAY = date(2026, 12, 6)


def row(gross: str, *, status: str = "unpaid", currency: str = "HUF", issued: str = "2026-11-02",
        due: str | None = "2026-12-01", kind: str = "normal", payments: list[dict[str, Any]] | None = None
        ) -> dict[str, Any]:
    return {"gross_total": gross, "status": status, "currency": currency, "issue_date": issued, "due_date": due,
            "kind": kind, "payments": payments or []}


def test_open_balance_counts_unpaid_and_the_rest_of_partly_paid_invoices_per_currency() -> None:
    rows = [
        row("100000"),  # open and overdue
        row("50000", status="partially_paid", due="2026-12-31",
            payments=[{"date": "2026-11-20", "amount": "20000"}]),  # 30 000 open, not yet due
        row("80000", status="paid", payments=[{"date": "2026-11-10", "amount": "80000"}]),
        row("-100000", status="cancelled", kind="storno"),
        row("300", currency="EUR", due=None),
    ]
    card = summarise(rows, TODAY)
    assert [(a.currency, a.count, a.total) for a in card.open] == [("HUF", 2, Decimal(130000)),
                                                                   ("EUR", 1, Decimal(300))]
    assert [(a.currency, a.count, a.total) for a in card.overdue] == [("HUF", 1, Decimal(100000))]
    assert [(a.currency, a.count, a.total) for a in card.totals] == [("HUF", 4, Decimal(130000)),
                                                                     ("EUR", 1, Decimal(300))]


def test_nothing_is_owed_on_stornos_cancelled_or_unknown_status() -> None:
    assert open_amount(row("1000", kind="credit_note")) is None
    assert open_amount(row("1000", status="cancelled")) is None
    assert open_amount(row("1000", status="unknown")) is None
    settled = [{"date": "2026-01-01", "amount": "1000"}]
    assert open_amount(row("1000", status="partially_paid", payments=settled)) is None


def test_years_and_the_monthly_chart() -> None:
    rows = [row("1000", issued="2025-12-15", payments=[{"date": "2026-01-05", "amount": "1000"}], status="paid"),
            row("2000", issued="2026-01-10"), row("500", issued="2024-05-01", status="paid"),
            row("9", currency="EUR", issued="2026-01-10")]
    card = summarise(rows, TODAY)
    assert [(y.year, y.currency, y.count, y.invoiced, y.paid) for y in card.years] == [
        (2026, "HUF", 1, Decimal(2000), Decimal(0)), (2026, "EUR", 1, Decimal(9), Decimal(0)),
        (2025, "HUF", 1, Decimal(1000), Decimal(1000)), (2024, "HUF", 1, Decimal(500), Decimal(0))]
    assert card.chart_currency == "HUF"
    assert card.months[0].month == "2026-01" and card.months[-1].month == "2026-12"
    assert len(card.months) == 12
    jan = card.months[0]
    assert (jan.invoiced, jan.paid) == (Decimal(2000), Decimal(1000))  # paid in January for December's invoice
    assert sum(m.invoiced for m in card.months) == Decimal(2000)  # 2025-12 is outside the window; EUR not mixed in


def test_a_client_billed_only_in_euro_is_charted_in_euro() -> None:
    assert summarise([row("10", currency="EUR")], TODAY).chart_currency == "EUR"
    assert summarise([], TODAY).chart_currency is None


def test_a_client_last_billed_long_ago_is_charted_up_to_its_latest_activity() -> None:
    old = [row("1000", issued="2025-02-10", payments=[{"date": "2025-03-01", "amount": "1000"}], status="paid")]
    months = summarise(old, TODAY).months
    assert (months[0].month, months[-1].month) == ("2024-04", "2025-03")
    assert sum(m.invoiced for m in months) == Decimal(1000) and sum(m.paid for m in months) == Decimal(1000)


def test_totals_are_decimal_sums_per_currency_huf_first_and_an_amountless_invoice_counts() -> None:
    rows = [{"currency": "EUR", "gross_total": "10.10"}, {"currency": "HUF", "gross_total": "100000"},
            {"currency": "HUF", "gross_total": "-25000"}, {"currency": "EUR", "gross_total": "0.20"},
            {"currency": None, "gross_total": None}]
    assert [(a.currency, a.count, a.total) for a in summarise(rows, TODAY).totals] == [
        ("HUF", 3, Decimal("75000")), ("EUR", 2, Decimal("10.30"))]
