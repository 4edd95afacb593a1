"""Payment status, both ways, as pure decisions (DESIGN §2 "status-sync").

Three questions are answered here, with no I/O:

* **What is the status?** ``payment_status`` derives paid / partially paid / unpaid from the gross
  total and the payments (Számlázz.hu sends no status at all; Billingo's is recomputed the same way).
* **Did anything change?** ``plan_payment_update`` compares an observation with the stored state by a
  fingerprint over the payments (order-insensitive: Számlázz.hu's order is not meaningful) and, when
  it differs, returns the next state and one history entry. The entry's id is ``invoice_id:seq``, so
  a replayed observation writes the same entry again instead of a new one. A Számlázz.hu observation
  has no change time, so it is only a notification (``is_notification``): what the source answers
  when asked is applied instead (``current_observation``), and a push re-sent late rolls nothing back.
* **What must be written back?** A payment registered in Számlatár carries a label (its reference,
  or ``SZT-<id>``) that travels to the billing system; before writing we read the source's history,
  and if an entry with the same date, amount and label is there (``is_written``), nothing is written.
  How each system takes it lives in its slice: ``services/billingo/protocol/payments.py`` (the whole
  merged history by ``PUT``), ``services/szamlazz/protocol/payments.py`` (only our entry, additive).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from services.core.errors import SchemaViolationError
from services.core.invoice import Payment, PaymentStatus
from services.core.keys import event_id_for
from services.core.money import to_decimal

TOLERANCE = Decimal("0.005")  # below a fillér / a euro cent: rounding, not money

# Our neutral payment methods (each slice maps them to its system's vocabulary).
METHODS = frozenset({"transfer", "cash", "card", "cash_on_delivery", "other"})


def _normal(amount: Decimal) -> str:
    """One spelling per amount: 140000, 140000.0 and 1.4E+5 all become ``140000``."""
    text = format(amount.normalize(), "f")
    return "0" if text == "-0" else text


# --- status ----------------------------------------------------------------------------------------


def paid_total(payments: Iterable[Payment]) -> Decimal:
    return sum((p.amount for p in payments), Decimal(0))


def payment_status(
    gross_total: Decimal | None, payments: Sequence[Payment], *, cancelled: bool = False
) -> PaymentStatus | None:
    """Paid, partially paid or unpaid; ``None`` where no payment is due (cancelled, storno, zero or
    negative totals, unknown total)."""
    if cancelled or gross_total is None or gross_total <= 0:
        return None
    paid = paid_total(payments)
    if paid >= gross_total - TOLERANCE:
        return PaymentStatus.PAID
    if paid > 0:
        return PaymentStatus.PARTIALLY_PAID
    return PaymentStatus.UNPAID


def payments_to_json(payments: Iterable[Payment]) -> list[dict[str, Any]]:
    return [
        {"date": p.date.isoformat(), "amount": _normal(p.amount), "method": p.method, "reference": p.reference}
        for p in payments
    ]


def payments_from_json(items: Iterable[Mapping[str, Any]]) -> tuple[Payment, ...]:
    try:
        return tuple(
            Payment(date=date.fromisoformat(str(p["date"])), amount=to_decimal(p["amount"]),
                    method=p.get("method"), reference=p.get("reference"))
            for p in items
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise SchemaViolationError(f"payment is not valid: {exc}") from exc


def payments_fingerprint(payments: Iterable[Payment], *, cancelled: bool = False) -> str:
    """Equal for the same set of payments in any order; methods and labels count, float noise does not."""
    rows = sorted(
        (p.date.isoformat(), _normal(p.amount), p.method or "", p.reference or "") for p in payments
    )
    blob = json.dumps({"payments": rows, "cancelled": cancelled}, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


# --- the archive side: stored state + history ------------------------------------------------------


@dataclass(frozen=True)
class PaymentObservation:
    """What one side says the payments are now."""

    payments: tuple[Payment, ...]
    gross_total: Decimal | None
    cancelled: bool
    origin: str  # "source" (seen in the billing system) or "szamlatar" (written back by us)
    at: str  # ISO time of the observation
    note: str | None = None


@dataclass(frozen=True)
class PaymentUpdate:
    state: dict[str, Any]  # the next stored state (without identity fields, which the caller adds)
    history_entry: dict[str, Any]


def plan_payment_update(current: Mapping[str, Any] | None, observed: PaymentObservation) -> PaymentUpdate | None:
    """The next state and its history entry, or ``None`` when nothing changed (a replay, an echo of
    our own write-back coming back from the source, a re-sent push)."""
    fingerprint = payments_fingerprint(observed.payments, cancelled=observed.cancelled)
    if current is not None and current.get("fingerprint") == fingerprint:
        return None
    seq = int(current.get("seq", 0)) + 1 if current is not None else 1
    status = payment_status(observed.gross_total, observed.payments, cancelled=observed.cancelled)
    previous = current.get("status") if current is not None else None
    state = {
        "status": status.value if status else None,
        "paid_total": _normal(paid_total(observed.payments)),
        "payments": payments_to_json(observed.payments),
        "cancelled": observed.cancelled,
        "fingerprint": fingerprint,
        "seq": seq,
        "updated_at": observed.at,
        "updated_by": observed.origin,
    }
    entry = {
        "seq": seq,
        "at": observed.at,
        "origin": observed.origin,
        "status": state["status"],
        "previous_status": previous,
        "paid_total": state["paid_total"],
        "payments": state["payments"],
        "note": observed.note,
    }
    return PaymentUpdate(state, entry)


# --- the invoice view: whose payments it shows -----------------------------------------------------

# The stored state's fields the view carries beside ``invoice.payment_status`` / ``invoice.payments``.
VIEW_PAYMENT_FIELDS = ("status", "paid_total", "cancelled", "updated_at", "updated_by")


def state_mark(state: Mapping[str, Any] | None) -> tuple[int, str] | None:
    """What tells two stored states apart: the sequence number and the fingerprint (``None``: no state)."""
    return None if state is None else (int(state.get("seq", 0)), str(state.get("fingerprint")))


def view_payment_fields(state: Mapping[str, Any]) -> dict[str, Any]:
    """The view's payment fields for a stored state, as ``$set`` paths (status-sync's update and the
    archive's correction write the same three)."""
    return {
        "invoice.payment_status": state["status"],
        "invoice.payments": state["payments"],
        "payment": {k: state.get(k) for k in VIEW_PAYMENT_FIELDS},
    }


def with_payment_state(view: Mapping[str, Any], state: Mapping[str, Any] | None) -> dict[str, Any]:
    """The view with the payments that win: the stored state whenever there is one.

    status-sync is the only writer of the state and applies one invoice's payment events in order,
    while a view is (re)built from the raw event's metadata — the source's payments at the moment it
    was read, which may be older than the state (a payment applied before the invoice was archived,
    a new PDF version read before the last payment). Without a state the event's payments are all
    there is, and the view keeps them."""
    if state is None:
        return dict(view)
    fields = view_payment_fields(state)
    invoice = {**(view.get("invoice") or {}), "payment_status": fields["invoice.payment_status"],
               "payments": fields["invoice.payments"]}
    return {**view, "invoice": invoice, "payment": fields["payment"]}


# --- write-back: labels and merges -----------------------------------------------------------------


def payment_label(payment_id: str, reference: str | None) -> str:
    """What identifies our payment in the billing system: the person's reference, else ``SZT-<id>``."""
    return (reference or "").strip()[:100] or f"SZT-{payment_id.replace('-', '')[:12]}"


def _same(amount_a: Decimal, amount_b: Decimal) -> bool:
    return abs(amount_a - amount_b) < TOLERANCE


def is_written(existing: Iterable[Payment], wanted: Payment) -> bool:
    """Is ``wanted`` already among ``existing``? Same day, same amount and the same label."""
    return any(
        p.date == wanted.date and _same(p.amount, wanted.amount) and (p.reference or "") == (wanted.reference or "")
        for p in existing
    )


# --- invoice.payment events ------------------------------------------------------------------------


def _envelope(envelope: Mapping[str, Any]) -> dict[str, Any]:
    return {k: envelope[k] for k in ("tenant", "site", "source", "external_id", "correlation_id")}


def _amount_or_none(value: Decimal | None) -> str | None:
    return _normal(value) if value is not None else None


def observed_event(
    envelope: Mapping[str, Any], *, invoice_id: str, invoice_number: str | None, currency: str | None,
    observation: PaymentObservation, now: str,
) -> dict[str, Any]:
    """What the billing system shows now; the id follows from the payments, so the same state
    seen twice (a re-listed document, a re-sent push) is the same event."""
    base = _envelope(envelope)
    fingerprint = payments_fingerprint(observation.payments, cancelled=observation.cancelled)
    return {
        "event_id": event_id_for("payment", base, fingerprint),
        "schema": "invoice.payment.v1",
        "occurred_at": now,
        **base,
        "origin": "source",
        "invoice_id": invoice_id,
        "invoice_number": invoice_number,
        "currency": currency,
        "gross_total": _amount_or_none(observation.gross_total),
        "conversion_rate": None,
        "observed": {"payments": payments_to_json(observation.payments), "cancelled": observation.cancelled,
                     "fingerprint": fingerprint},
    }


def registered_event(
    envelope: Mapping[str, Any], *, invoice_id: str, invoice_number: str | None, currency: str | None,
    gross_total: Decimal | None, conversion_rate: Decimal | None, payment_id: str, payment: Payment,
    registered_by: str | None, now: str,
) -> dict[str, Any]:
    """A payment registered in Számlatár; ``payment.reference`` is its label (``payment_label``)."""
    if payment.amount <= 0:
        raise SchemaViolationError("a payment's amount must be positive")
    base = _envelope(envelope)
    return {
        "event_id": event_id_for("payment", base, payment_id),
        "schema": "invoice.payment.v1",
        "occurred_at": now,
        **base,
        "origin": "szamlatar",
        "invoice_id": invoice_id,
        "invoice_number": invoice_number,
        "currency": currency,
        "gross_total": _amount_or_none(gross_total),
        "conversion_rate": _amount_or_none(conversion_rate),
        "payment": {"payment_id": payment_id, "date": payment.date.isoformat(), "amount": _normal(payment.amount),
                    "method": payment.method, "label": payment.reference or payment_label(payment_id, None),
                    "registered_by": registered_by},
    }


def registered_payment(event: Mapping[str, Any]) -> Payment:
    """The payment of an ``origin=szamlatar`` event, labelled for the billing system."""
    p = event["payment"]
    return Payment(date=date.fromisoformat(p["date"]), amount=to_decimal(p["amount"]), method=p.get("method"),
                   reference=p["label"])


def is_notification(event: Mapping[str, Any]) -> bool:
    """Is this ``origin=source`` event only a notice *that* the payments changed, to be confirmed by
    reading the source before it is applied? A Számlázz.hu ``<szamla>`` (a push, or an IPN's re-read)
    carries no change time, and Számlázz.hu re-sends a push it saw no acknowledgement for — possibly
    after a newer one — so what it carries may be older than what the archive holds. Billingo's
    poller reads one connection's documents one at a time, so its observation is that moment's state."""
    return bool(event["origin"] == "source" and event["source"]["kind"] == "szamlazz")


def current_observation(notified: PaymentObservation, read: PaymentObservation | None) -> PaymentObservation:
    """Of a notification's own observation and what the source answered when asked while the
    notification was being applied, the current one.

    The read wins whatever it says: it was taken after the notification was durable, and one
    invoice's events are applied one at a time in order, so each read is newer than everything
    applied before it — the state never goes back to what an old push carried. ``read`` is ``None``
    only when the source can no longer be asked (the connection was removed); then the notification
    is all there is, and the history says it was not confirmed."""
    if read is None:
        return replace(notified, note="as notified; not confirmed (the connection was removed)")
    return replace(read, note=read.note or "confirmed by reading the source")


def event_observation(event: Mapping[str, Any], at: str) -> PaymentObservation:
    """The observation carried by an ``origin=source`` event."""
    obs = event["observed"]
    gross = event.get("gross_total")
    return PaymentObservation(payments=payments_from_json(obs["payments"]),
                              gross_total=to_decimal(gross) if gross is not None else None,
                              cancelled=bool(obs["cancelled"]), origin="source", at=at)
