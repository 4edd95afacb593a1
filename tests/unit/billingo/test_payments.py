"""Billingo payment histories: reading them and the merged history to PUT (services/billingo/protocol)."""

from __future__ import annotations

from decimal import Decimal

from services.billingo.protocol.payments import billingo_entry, merge_billingo_history, payments_from_billingo
from services.core.invoice import Payment
from tests.unit.billing.test_payments import D1, D2, pay


def test_billingo_merge_keeps_every_entry_read_and_adds_ours_once() -> None:
    current = [{"date": "2025-03-01", "price": 140000, "payment_method": "wire_transfer", "voucher_number": None,
                "conversion_rate": 1}]
    wanted = pay("50000.00", D2, "SZT-abc")
    merged = merge_billingo_history(current, wanted, None)
    assert merged is not None and merged[0] == current[0]
    assert merged[1] == {"date": "2025-03-10", "price": 50000, "payment_method": "wire_transfer",
                         "voucher_number": "SZT-abc", "conversion_rate": 1}
    # Billingo gives the PUT body back; reading it again finds ours, so a replay writes nothing.
    assert merge_billingo_history(merged, wanted, None) is None


def test_billingo_entry_for_an_eur_invoice_carries_the_rate() -> None:
    entry = billingo_entry(pay("12.5", D1, "X", method="card"), Decimal("395.12"))
    assert entry == {"date": "2025-03-01", "price": 12.5, "payment_method": "bankcard", "voucher_number": "X",
                     "conversion_rate": 395.12}
    assert payments_from_billingo([entry]) == (Payment(D1, Decimal("12.5"), "card", "X"),)
