"""Warnings of the PDF-text reader: a stable code a person can read in Hungarian, then a Hungarian sentence.

The code (``nem_szamla``, ``afa_osszesito_elteres``…) stays the same whatever the sentence says,
so a rule, a filter or a test can rely on it; the sentence is what the invoice page shows.
"""

from __future__ import annotations

from decimal import Decimal

from services.core.money import format_amount

NOT_AN_INVOICE = "nem_szamla"
VAT_SUMMARY_MISMATCH = "afa_osszesito_elteres"

_FIELDS = {"net_total": "nettó végösszeg", "vat_total": "áfa végösszeg", "gross_total": "bruttó végösszeg"}


def not_an_invoice(title: str) -> str:
    return (f"{NOT_AN_INVOICE}: a dokumentum {title}, nem számla; nem könyvelhető számlaként, "
            "a kiállító a fizetés után számlát állít ki róla")


def vat_summary_mismatch(field: str, summed: Decimal, printed: Decimal) -> str:
    return (f"{VAT_SUMMARY_MISMATCH}: az áfakulcsonkénti összesítő soraiból {format_amount(summed)} jön ki, "
            f"a számlán a {_FIELDS.get(field, field)} {format_amount(printed)}")


def has(warnings: tuple[str, ...] | list[str], code: str) -> bool:
    """Whether one of ``warnings`` carries ``code``."""
    return any(w.split(":", 1)[0] == code for w in warnings)
