"""Arithmetic checks on one invoice: do the lines and the VAT breakdown add up to the totals?

The checks return warnings instead of raising: a real invoice (and some of NAV's own samples)
can disagree with itself, and a person should see that rather than lose the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from services.core.invoice import Invoice

TOLERANCE = Decimal("0.01")


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    items = list(values)
    if not items or any(v is None for v in items):
        return None
    return sum((v for v in items if v is not None), Decimal(0))


def _differs(a: Decimal | None, b: Decimal | None) -> bool:
    return a is not None and b is not None and abs(a - b) > TOLERANCE


def totals_warnings(invoice: Invoice) -> tuple[str, ...]:
    """One sentence per total that its parts do not add up to (empty when everything agrees)."""
    out: list[str] = []
    checks = (
        ("net_total", invoice.net_total, "lines", _sum(ln.net for ln in invoice.lines)),
        ("vat_total", invoice.vat_total, "lines", _sum(ln.vat for ln in invoice.lines)),
        ("gross_total", invoice.gross_total, "lines", _sum(ln.gross for ln in invoice.lines)),
        ("net_total", invoice.net_total, "VAT breakdown", _sum(v.net for v in invoice.vat_breakdown)
         if invoice.category != "SIMPLIFIED" else None),
        ("vat_total", invoice.vat_total, "VAT breakdown", _sum(v.vat for v in invoice.vat_breakdown)
         if invoice.category != "SIMPLIFIED" else None),
        ("gross_total", invoice.gross_total, "net + VAT",
         invoice.net_total + invoice.vat_total
         if invoice.net_total is not None and invoice.vat_total is not None else None),
    )
    for name, total, what, parts in checks:
        if _differs(total, parts):
            out.append(f"{name}: the {what} sum to {parts}, the invoice says {total}")
    return tuple(out)
