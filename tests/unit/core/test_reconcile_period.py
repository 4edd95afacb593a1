"""The one rule for which reconciliation periods may be asked for (API and UI share it)."""

from __future__ import annotations

from datetime import date

from services.nav.completeness import PeriodProblem, period_problem


def test_a_period_runs_forward_and_covers_at_most_366_days() -> None:
    assert period_problem(date(2025, 3, 1), date(2025, 3, 1)) is None
    assert period_problem(date(2024, 1, 1), date(2025, 1, 1)) is None  # 366 days: a leap year
    assert period_problem(date(2025, 3, 2), date(2025, 3, 1)) is PeriodProblem.REVERSED
    assert period_problem(date(2024, 1, 1), date(2025, 1, 2)) is PeriodProblem.TOO_LONG
