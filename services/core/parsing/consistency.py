"""Arithmetic checks on one invoice: do the lines and the VAT breakdown add up to the totals?

The checks return warnings instead of raising: a real invoice (and some of NAV's own samples)
can disagree with itself, and a person should see that rather than lose the document.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from services.core.invoice import Invoice

# How far a total may be from the sum of its parts before it is a disagreement, not rounding.
#
# Every amount on an invoice is rounded to the currency's smallest unit the invoice uses: whole
# forints on Hungarian invoices (HUF amounts are written with ".00" but rounded to the forint),
# cents elsewhere. Hungarian invoices round per line (each line's net, VAT and gross) and per VAT
# rate (the breakdown's VAT is the rate applied to that rate's net, rounded once), so a total can
# miss the sum of n separately rounded parts by up to half a unit per part: lines summed against
# the totals may drift by n/2 units, the breakdown by (number of rates)/2. One unit is always
# allowed — also for gross = net + VAT, where an issuer may round the gross on its own. Anything
# beyond that is not rounding: the invoice does not add up, and a person should look at it.
UNIT = {"HUF": Decimal(1), "JPY": Decimal(1), "KRW": Decimal(1), "ISK": Decimal(1)}
CENT = Decimal("0.01")


def rounding_unit(currency: str | None) -> Decimal:
    """The smallest unit an invoice's amounts are rounded to (an invoice with no currency is a
    Hungarian one: HUF)."""
    return UNIT.get((currency or "HUF").upper(), CENT)


def tolerance(currency: str | None, parts: int) -> Decimal:
    """What a total may differ from the sum of ``parts`` separately rounded amounts."""
    return rounding_unit(currency) * max(Decimal(1), Decimal(parts) / 2)


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    items = list(values)
    if not items or any(v is None for v in items):
        return None
    return sum((v for v in items if v is not None), Decimal(0))


def totals_warnings(invoice: Invoice) -> tuple[str, ...]:
    """One sentence per total that its parts do not add up to (empty when everything agrees)."""
    out: list[str] = []
    simplified = invoice.category == "SIMPLIFIED"  # its breakdown holds VAT contents, not net amounts
    lines, rates = len(invoice.lines), len(invoice.vat_breakdown)
    checks = (
        ("net_total", invoice.net_total, "lines", _sum(ln.net for ln in invoice.lines), lines),
        ("vat_total", invoice.vat_total, "lines", _sum(ln.vat for ln in invoice.lines), lines),
        ("gross_total", invoice.gross_total, "lines", _sum(ln.gross for ln in invoice.lines), lines),
        ("net_total", invoice.net_total, "VAT breakdown",
         None if simplified else _sum(v.net for v in invoice.vat_breakdown), rates),
        ("vat_total", invoice.vat_total, "VAT breakdown",
         None if simplified else _sum(v.vat for v in invoice.vat_breakdown), rates),
        ("gross_total", invoice.gross_total, "net + VAT",
         invoice.net_total + invoice.vat_total
         if invoice.net_total is not None and invoice.vat_total is not None else None, 2),
    )
    for name, total, what, parts, count in checks:
        if total is not None and parts is not None and abs(total - parts) > tolerance(invoice.currency, count):
            out.append(f"{name}: the {what} sum to {parts}, the invoice says {total}")
    return tuple(out)
