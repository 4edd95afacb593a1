"""Retention per document class and tenant, and the purge verdict: nothing held or still retained goes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.core.retention import Verdict, decide, effective_retain_until, hold_record, years_for

TODAY = date(2026, 12, 6)


def view(**extra: object) -> dict[str, object]:
    return {"_id": "inv-1", "tenant": "acme", "issue_date": "2017-05-02", "retain_until": "2025-12-31"} | extra


def test_an_invoice_is_kept_8_years_from_the_end_of_its_issue_year_and_a_tenant_cannot_shorten_that() -> None:
    assert years_for("invoice", {"invoice": 3}, 8) == 8
    assert years_for("invoice", {"invoice": 10}, 8) == 10
    assert years_for("contract", {"contract": 5}, 8) == 5
    assert effective_retain_until(view(), 8) == date(2025, 12, 31)
    assert effective_retain_until(view(), 10) == date(2027, 12, 31)  # a longer class wins over the archived date
    assert effective_retain_until(view(retain_until="2030-12-31"), 8) == date(2030, 12, 31)


def test_the_verdicts() -> None:
    assert decide(view(), {}, 8, TODAY).verdict is Verdict.PURGE
    assert decide(view(), {"invoice": 10}, 8, TODAY).verdict is Verdict.RETAINED
    assert decide(view(issue_date="2018-01-01", retain_until="2026-12-31"), {}, 8, TODAY).verdict is Verdict.RETAINED
    held = decide(view(legal_hold={"reason": "lawsuit 12.P.1/2026"}), {}, 8, TODAY)
    assert (held.verdict, held.detail) == (Verdict.HELD, "lawsuit 12.P.1/2026")
    assert decide(view(document_class="contract"), {"contract": 20}, 8, TODAY).verdict is Verdict.RETAINED


def test_a_hold_needs_a_reason() -> None:
    at = datetime(2026, 12, 6, tzinfo=UTC)
    assert hold_record("  NAV audit  ", "u1", at) == {"reason": "NAV audit", "by": "u1", "at": at.isoformat()}
    with pytest.raises(ValueError, match="reason"):
        hold_record(" ", "u1", at)
