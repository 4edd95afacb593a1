"""Payment status and write-back decisions (services/core/payments.py), no I/O."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.adapters.schemas import validate
from services.core.invoice import Payment, PaymentStatus
from services.core.payments import (
    PaymentObservation,
    current_observation,
    is_notification,
    is_written,
    observed_event,
    payment_label,
    payment_status,
    payments_fingerprint,
    plan_payment_update,
    registered_event,
    registered_payment,
)

ENVELOPE = {"tenant": "acme", "site": "budapest", "source": {"kind": "billingo", "connection_id": "b-1"},
            "external_id": "1001", "correlation_id": "c-1"}
D1, D2 = date(2025, 3, 1), date(2025, 3, 10)


def pay(amount: str, day: date = D1, ref: str | None = None, method: str = "transfer") -> Payment:
    return Payment(date=day, amount=Decimal(amount), method=method, reference=ref)


@pytest.mark.parametrize(("gross", "payments", "cancelled", "expected"), [
    pytest.param("1000", [], False, PaymentStatus.UNPAID, id="nothing-paid"),
    pytest.param("1000", ["400"], False, PaymentStatus.PARTIALLY_PAID, id="part"),
    pytest.param("1000", ["400", "600"], False, PaymentStatus.PAID, id="two-parts-make-paid"),
    pytest.param("1000", ["999.996"], False, PaymentStatus.PAID, id="rounding-is-not-money"),
    pytest.param("1000", ["1200"], False, PaymentStatus.PAID, id="overpaid-is-paid"),
    pytest.param("1000", ["1000"], True, None, id="cancelled-has-no-status"),
    pytest.param("-1000", [], False, None, id="storno-total-is-negative"),
    pytest.param(None, [], False, None, id="unknown-total"),
])
def test_status_follows_the_payments(gross: str | None, payments: list[str], cancelled: bool,
                                     expected: PaymentStatus | None) -> None:
    total = Decimal(gross) if gross is not None else None
    assert payment_status(total, [pay(a) for a in payments], cancelled=cancelled) is expected


def test_fingerprint_ignores_order_and_number_spelling() -> None:
    a = [pay("140000.0", D1, "X"), pay("50", D2)]
    b = [pay("50.00", D2), pay("1.4E+5", D1, "X")]
    assert payments_fingerprint(a) == payments_fingerprint(b)
    assert payments_fingerprint(a) != payments_fingerprint(a[:1])
    assert payments_fingerprint(a) != payments_fingerprint(a, cancelled=True)


def _observe(payments: list[Payment], origin: str = "source", at: str = "2025-03-11T10:00:00+00:00") -> \
        PaymentObservation:
    return PaymentObservation(tuple(payments), Decimal("1000"), False, origin, at)


def test_first_observation_starts_the_history_and_a_repeat_changes_nothing() -> None:
    first = plan_payment_update(None, _observe([]))
    assert first is not None
    assert first.state["status"] == "unpaid" and first.state["seq"] == 1
    assert first.history_entry["previous_status"] is None
    assert plan_payment_update(first.state, _observe([])) is None


def test_a_change_is_the_next_entry_and_a_replay_of_it_rewrites_the_same_entry() -> None:
    first = plan_payment_update(None, _observe([]))
    assert first is not None
    second = plan_payment_update(first.state, _observe([pay("400")]))
    assert second is not None
    assert (second.state["seq"], second.state["status"], second.state["paid_total"]) == (2, "partially_paid", "400")
    assert second.history_entry["previous_status"] == "unpaid"
    replay = plan_payment_update(first.state, _observe([pay("400")]))  # crashed before the state was saved
    assert replay is not None and replay.history_entry["seq"] == 2
    assert plan_payment_update(second.state, _observe([pay("400")])) is None  # saved: the echo is a no-op


def test_going_back_to_an_earlier_state_is_a_new_entry() -> None:
    states = [None]
    for amounts in ([], ["400"], []):
        update = plan_payment_update(states[-1], _observe([pay(a) for a in amounts]))
        assert update is not None
        states.append(update.state)
    assert [s["seq"] for s in states[1:]] == [1, 2, 3]


def test_label_is_the_reference_or_a_derived_marker() -> None:
    assert payment_label("3f2c1b7e-1111-2222-3333-444455556666", "BANK-2025-0301") == "BANK-2025-0301"
    assert payment_label("3f2c1b7e-1111-2222-3333-444455556666", None) == "SZT-3f2c1b7e1111"
    assert payment_label("3f2c1b7e-1111-2222-3333-444455556666", "   ") == "SZT-3f2c1b7e1111"


def test_same_day_same_amount_but_another_label_is_another_payment() -> None:
    assert not is_written([pay("100", D1, "A")], pay("100", D1, "B"))
    assert is_written([pay("100.004", D1, "A")], pay("100", D1, "A"))


def test_events_validate_and_keep_their_id_on_replay() -> None:
    observation = _observe([pay("400", D1, "A")])
    observed = observed_event(ENVELOPE, invoice_id="inv-1", invoice_number="E-1", currency="HUF",
                              observation=observation, now="2025-03-11T10:00:00+00:00")
    validate("invoice.payment.v1", observed)
    again = observed_event(ENVELOPE, invoice_id="inv-1", invoice_number="E-1", currency="HUF",
                           observation=observation, now="2025-03-12T10:00:00+00:00")
    assert again["event_id"] == observed["event_id"]

    registered = registered_event(
        ENVELOPE, invoice_id="inv-1", invoice_number="E-1", currency="HUF", gross_total=Decimal("1000"),
        conversion_rate=None, payment_id="p-1", payment=pay("400", D1, "SZT-p1"), registered_by="anna",
        now="2025-03-11T10:00:00+00:00",
    )
    validate("invoice.payment.v1", registered)
    assert registered_payment(registered) == pay("400", D1, "SZT-p1")
    with pytest.raises(Exception, match="payment"):
        validate("invoice.payment.v1", {k: v for k, v in registered.items() if k != "payment"})


def _event(kind: str, origin: str) -> dict[str, object]:
    return {"origin": origin, "source": {"kind": kind, "connection_id": "c-1"}}


@pytest.mark.parametrize(("kind", "origin", "expected"), [
    pytest.param("szamlazz", "source", True, id="szamlazz-push-has-no-change-time"),
    pytest.param("billingo", "source", False, id="billingo-poll-is-read-in-order"),
    pytest.param("szamlazz", "szamlatar", False, id="our-own-payment-is-written-back-not-confirmed"),
])
def test_only_a_szamlazz_observation_is_a_notification(kind: str, origin: str, expected: bool) -> None:
    assert is_notification(_event(kind, origin)) is expected


def test_what_the_source_answers_is_current_whatever_the_notification_said() -> None:
    pushed = _observe([pay("1000", D2)])  # even a notification that shows *more* paid: the read is newer
    read = PaymentObservation((pay("400", D1),), Decimal("1000"), False, "source", "2025-03-12T10:00:00+00:00")
    current = current_observation(pushed, read)
    assert (current.payments, current.at) == (read.payments, read.at) and current.note
    unconfirmed = current_observation(pushed, None)
    assert unconfirmed.payments == pushed.payments and "not confirmed" in (unconfirmed.note or "")
