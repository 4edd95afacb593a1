"""Decimal amounts; never float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from services.core.errors import MalformedDocumentError

CENT = Decimal("0.01")


def to_decimal(value: object) -> Decimal:
    """Exact decimal from a str/int/Decimal; floats go through ``repr`` so 0.1 stays 0.1."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise MalformedDocumentError(f"not an amount: {value!r}")
    try:
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise MalformedDocumentError(f"not an amount: {value!r}") from exc


def round_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_amount(value: Decimal | None) -> str | None:
    """Decimal as a plain string (no exponent), the wire form of every amount."""
    if value is None:
        return None
    return format(value, "f")
