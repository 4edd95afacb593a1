"""Billingo payment histories, pure: reading them into payments, and the whole merged history to
``PUT`` back (Billingo replaces the history with what it is sent)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from services.core.errors import SchemaViolationError
from services.core.invoice import Payment
from services.core.money import to_decimal
from services.core.parsing.billingo import _METHODS as BILLINGO_METHODS_READ  # one vocabulary with the reader
from services.core.payments import is_written

# Our neutral payment methods → Billingo's vocabulary (reading is done by the invoice reader).
BILLINGO_METHODS = {
    "transfer": "wire_transfer", "cash": "cash", "card": "bankcard", "cash_on_delivery": "cash_on_delivery",
}



def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def billingo_entry(payment: Payment, conversion_rate: Decimal | None) -> dict[str, Any]:
    """One Billingo ``PaymentHistory`` item (price in the document's currency)."""
    return {
        "date": payment.date.isoformat(),
        "price": _json_number(payment.amount),
        "payment_method": BILLINGO_METHODS.get(payment.method or "", "wire_transfer"),
        "voucher_number": payment.reference,
        "conversion_rate": _json_number(conversion_rate) if conversion_rate else 1,
    }


def payments_from_billingo(history: Iterable[Mapping[str, Any]]) -> tuple[Payment, ...]:
    try:
        return tuple(
            Payment(date=date.fromisoformat(str(h["date"])), amount=to_decimal(h["price"]),
                    method=BILLINGO_METHODS_READ.get(str(h.get("payment_method")), h.get("payment_method")),
                    reference=h.get("voucher_number") or None)
            for h in history
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise SchemaViolationError(f"Billingo payment history is not valid: {exc}") from exc


_BILLINGO_FIELDS = ("date", "price", "payment_method", "voucher_number", "conversion_rate")


def merge_billingo_history(
    current: Sequence[Mapping[str, Any]], wanted: Payment, conversion_rate: Decimal | None
) -> list[dict[str, Any]] | None:
    """The full history to PUT (everything read, in order, plus ours), or ``None`` if ours is there."""
    if is_written(payments_from_billingo(current), wanted):
        return None
    kept = [{k: h.get(k) for k in _BILLINGO_FIELDS} for h in current]
    return [*kept, billingo_entry(wanted, conversion_rate)]


