"""The invoice's currency, and its forint figures told apart from its totals.

An invoice in EUR (or any foreign currency) must also print its VAT in forints (Áfa tv. 80. §),
often its payable total too, and the exchange rate. Those forint amounts sit beside labels a
totals search also looks for (``Fizetendő összeg forintban``, ``ÁFA HUF-ban``), so once the
invoice is known to be in a foreign currency its forint lines are taken out of the totals search
and read as what they are: the HUF VAT, the HUF total and the rate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from services.core.invoice import Provenance
from services.core.parsing.pdf.labels import READER, Found, find_value, right_of, take, where
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.values import CURRENCIES, amounts_in

_L_CURRENCY = (r"Pénznem", r"Deviza(?:nem)?", r"Currency")
CURRENCY_LABELS = _L_CURRENCY
# a currency named in words: "Pénznem: forint", "Pénznem / Currency: EUR", "Pénznem: Euró (EUR)"
_NAMES = {**{word.lower(): code for word, code in CURRENCIES.items()}, "forint": "HUF", "euró": "EUR", "euro": "EUR"}
_L_RATE = (r"Árfolyam", r"MNB\s*árfolyam", r"Alkalmazott\s*árfolyam", r"Deviza\s*árfolyam", r"Exchange\s*rate")
# a line about an amount in forints: "Fizetendő összeg forintban", "ÁFA HUF-ban", "Összesen (HUF)"
_HUF_LINE = re.compile(
    r"forintban|\b(?:HUF|Ft)-?ban\b|\bin\s+HUF\b|\(\s*(?:HUF|Ft)\s*\)|"
    r"(?:áfa|összeg|összesen|érték|fizetendő|tartalom)\s+(?:HUF|Ft)\b", re.IGNORECASE)
# a totals label naming its column's currency: "Bruttó (EUR):", or the code ending it, "Gesamt / Összesen EUR";
# the amounts beside it unmarked
_BRACKETED = re.compile(r"(?:\(\s*|\b)([A-Z]{3})(?:\s*\)|\s*:?\s*$)")
# (a German supplier's total: "Summe EUR", "Gesamt / Összesen EUR")
_TOTAL_WORDS = re.compile(r"nettó|bruttó|áfa|fizetendő|összesen|végösszeg|total|summe|gesamt", re.IGNORECASE)
_VAT_WORDS = re.compile(r"áfa|adó\b|VAT", re.IGNORECASE)


@dataclass(frozen=True)
class ForintFigures:
    exchange_rate: Decimal | None = None
    vat_huf: Decimal | None = None
    gross_huf: Decimal | None = None


def declared_currency(lines: Sequence[TextLine], provenance: dict[str, Provenance]) -> str | None:
    """The currency as labelled, else a foreign currency marked on a totals line that is not a forint one."""
    labelled = find_value(lines, _L_CURRENCY, _named_currency)
    if labelled is not None:
        return take(provenance, "currency", labelled)
    for line in lines:
        if len(line.text) > SHORT or _HUF_LINE.search(line.text) or not _TOTAL_WORDS.search(line.text):
            continue
        marks = [c for ln in (line, *right_of(line, lines)[:2]) for _, c in amounts_in(ln.text) if c and c != "HUF"]
        marks += [c for c in _BRACKETED.findall(line.text) if c in CURRENCIES.values() and c != "HUF"]
        if marks:
            provenance["currency"] = where(line, "marked on a total", 0.85)
            return marks[0]
    return None


def _named_currency(text: str) -> str | None:
    """The currency of the first of ``text``'s first three words that names one, past an English twin label."""
    words = re.sub(r"^\s*/[^:]{1,40}:", "", text).split()[:3]
    return next((_NAMES[w] for w in (w.strip("()[],.:;").lower() for w in words) if w in _NAMES), None)


def for_totals(lines: Sequence[TextLine], currency: str | None) -> list[TextLine]:
    """The lines a totals search may read: on a foreign-currency invoice, none about forints."""
    if currency in (None, "HUF"):
        return list(lines)
    return [ln for ln in lines if not _HUF_LINE.search(ln.text) and not _only_other_currency(ln.text, currency)]


def _only_other_currency(text: str, currency: str | None) -> bool:
    marks = [c for _, c in amounts_in(text)]
    return bool(marks) and all(c is not None and c != currency for c in marks)


def forint_figures(lines: Sequence[TextLine], currency: str | None,
                   provenance: dict[str, Provenance]) -> ForintFigures:
    """The exchange rate and the forint VAT and total of a foreign-currency invoice, where printed."""
    if currency in (None, "HUF"):
        return ForintFigures()
    rate = take(provenance, "exchange_rate", find_value(lines, _L_RATE, _rate, pages=None))
    vat_huf = gross_huf = None
    for line in lines:
        if len(line.text) > SHORT or not _HUF_LINE.search(line.text):
            continue
        values = [a for ln in (line, *right_of(line, lines)[:1]) for a, c in amounts_in(ln.text) if c in (None, "HUF")]
        if not values:
            continue
        if _VAT_WORDS.search(line.text) and vat_huf is None:
            vat_huf = values[0]
            provenance["vat_total_huf"] = where(line, "a forint line", 0.8)
        elif _TOTAL_WORDS.search(line.text) and not _VAT_WORDS.search(line.text) and gross_huf is None:
            gross_huf = values[0]
            provenance["gross_total_huf"] = where(line, "a forint line", 0.8)
    return ForintFigures(rate, vat_huf, gross_huf)


def _rate(text: str) -> Decimal | None:
    """``1 EUR = 395,20 HUF`` → 395.20; ``395,20 Ft/EUR`` → 395.20."""
    after = text.split("=", 1)[1] if "=" in text else text
    values = [a for a, _ in amounts_in(after) if a > 0]
    return values[0] if values else None


def read_currency(lines: Sequence[TextLine], declared: str | None, printed_gross: Found[Decimal] | None,
                  provenance: dict[str, Provenance], *, totalled: bool = False) -> str | None:
    """The currency: declared; else marked beside the payable total; else named anywhere in the text.

    ``totalled``: a gross total was read, if not beside a label then from a totals row (net + VAT = gross).
    """
    if declared is not None:
        return declared
    if printed_gross is not None:
        marks = [c for _, c in amounts_in(printed_gross.line.text) if c] + [
            c for ln in right_of(printed_gross.line, lines) for _, c in amounts_in(ln.text) if c]
        if marks:
            provenance["currency"] = where(printed_gross.line, "beside the total", 0.8)
            return marks[0]
    # a mark on an amount, a foreign one first (a foreign invoice prints its VAT in forints too); a word alone is
    # no currency: "EUR raklap" is a euro pallet on a forint invoice
    counted = Counter(c for ln in lines for _, c in amounts_in(ln.text) if c)
    foreign = [c for c, _ in counted.most_common() if c != "HUF"]
    if counted:
        provenance["currency"] = Provenance(READER, "marked on the amounts", 0.5)
        return foreign[0] if foreign else "HUF"
    if printed_gross is not None or totalled:
        # an invoice in another currency must say which (Áfa tv. 80. §): one that names none is in forints,
        # whether its total is labelled or only the sum of a totals row with no mark on any amount
        provenance["currency"] = Provenance(READER, "no currency named: forints", 0.4)
        return "HUF"
    text = "\n".join(ln.text for ln in lines if _TOTAL_WORDS.search(ln.text) or not _QUALIFIES.search(ln.text))
    for pattern, code in ((r"\bEUR\b|€", "EUR"), (r"\bUSD\b", "USD"), (r"\bFt\b|\bHUF\b|forint", "HUF")):
        if re.search(pattern, text):
            provenance["currency"] = Provenance(READER, "anywhere in the text", 0.4)
            return code
    return None


# a currency's code before a word in lower case names a thing, not the invoice's money: "EUR raklap" (a euro
# pallet), "EUR-raklap"; a totals line's is its currency ("Összesen EUR összeg")
_QUALIFIES = re.compile(r"\b(?:EUR|USD)(?:-|\s+)[a-záéíóöőúüű]")
