"""The VAT summary (``ÁFA összesítő``): one row per VAT rate or exemption, summed against the totals.

A row starts with its rate (``27%``, ``5 %``) or exemption code (``TAM``, ``AAM``, ``KBAET``…)
and holds net, VAT and gross (or two of them) and nothing else; an item row also holds a quantity
and a unit price, so it is never mistaken for one. A row proves itself: its VAT is its rate of
its net (within rounding), an exempt row has no VAT.

The rows' sums then check the totals: where they agree the totals are surer; where the printed
gross agrees but the totals row read beside it does not (a multi-rate invoice without an
``Összesen`` row, whose largest rate row looks like the totals), the sums are the net and VAT;
where they disagree the totals lose confidence and the invoice carries a coded warning.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from services.core.invoice import Provenance, VatLine
from services.core.parsing.consistency import tolerance
from services.core.parsing.pdf.findings import vat_summary_mismatch
from services.core.parsing.pdf.labels import right_of, where
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.totals import Totals, plausible
from services.core.parsing.pdf.values import amounts_in

_RATE = re.compile(r"^\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*%")
_EXEMPT = re.compile(r"^\s*(TAM|AAM|KBAET|KBAUK|EAM|NAM|ATK|EUFAD37|EUFADE|EUE|HO|FAD|ÁKK)\b", re.IGNORECASE)
# a cell that is one amount and nothing else: a summary whose columns are "Nettó | ÁFA % | ÁFA | Bruttó"
# starts its row with the net, the rate in the cell after it
_RATE_CELL = re.compile(r"^\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*$")
_LONE_AMOUNT = re.compile(r"^\s*(?:(?:Ft|HUF|EUR|€)\s?)?-?\d[\d .,]*(?:\s*(?:Ft|HUF|EUR|€))?\s*$")
_FIELDS = ("net_total", "vat_total", "gross_total")


@dataclass(frozen=True)
class Summary:
    rows: tuple[VatLine, ...]
    first: TextLine  # the first row, where the summary was found


def read_vat_summary(lines: Sequence[TextLine]) -> Summary | None:
    """The per-rate rows of the VAT summary, or None when there is none or it contradicts itself."""
    found: dict[str, VatLine] = {}
    first: TextLine | None = None
    rows = _Rows(lines)
    for line in lines:
        if len(line.text) > SHORT:
            continue
        row = _row(line, lines, rows)
        if row is None:
            continue
        key = row.category or str(row.rate)
        if key in found and found[key] != row:
            return None  # one rate, two sets of amounts: which is the summary cannot be told
        found[key] = row
        first = first or line
    for key, (row, line) in _till_rows(lines, rows).items():
        if key not in found:
            found[key] = row
            first = first or line
    if first is None:
        return None
    return Summary(tuple(found.values()), first)


# A cash register's (online pénztárgép) slip prints each rate's net and VAT as two rows of their own, the
# rate after the till's VAT group letter (A 5%, B 18%, C 27%, D AJT, E 0%): "C 27% NETTÓ 23 899 Ft" over
# "C 27% ÁFA 6 453 Ft". The two rows of one rate are one summary row.
_TILL_ROW = re.compile(r"^\s*(?:[A-E]\s+)?(\d{1,2}(?:[.,]\d{1,2})?)\s*%\s*(NETTÓ|ÁFA|ADÓ)\b\s*:?", re.IGNORECASE)


def _till_rows(lines: Sequence[TextLine], rows: _Rows) -> dict[str, tuple[VatLine, TextLine]]:
    """Each rate's row out of a till's separate net and VAT rows, keyed as ``read_vat_summary`` keys them."""
    parts: dict[Decimal, dict[str, Decimal]] = {}
    first: dict[Decimal, TextLine] = {}
    for line in lines:
        m = _TILL_ROW.match(line.text) if "%" in line.text else None
        if m is None:
            continue
        texts = [line.text[m.end():], *(ln.text for ln in rows.of(line) if ln.x0 >= line.x1 - 2)]
        found = [a for text in texts for a, _ in amounts_in(text)]
        if len(found) != 1:
            continue
        rate = Decimal(m.group(1).replace(",", ".")) / 100
        parts.setdefault(rate, {})["net" if m.group(2).upper() == "NETTÓ" else "vat"] = found[0]
        first.setdefault(rate, line)
    out: dict[str, tuple[VatLine, TextLine]] = {}
    for rate, amounts in parts.items():
        row = _rated(rate, [amounts["net"], amounts["vat"]]) if len(amounts) == 2 else None
        if row is not None:
            out[str(row.rate)] = (row, first[rate])
    return out


class _Rows:
    """The lines by page and height, to find a line's row without a scan over every line."""

    def __init__(self, lines: Sequence[TextLine]) -> None:
        self._lines = sorted(lines, key=_height)
        self._keys = [_height(ln) for ln in self._lines]

    def of(self, line: TextLine) -> list[TextLine]:
        """The other lines of ``line``'s row (their box spans its middle), left to right."""
        page, mid = _height(line)
        near = self._lines[bisect_left(self._keys, (page, mid - 20)):bisect_right(self._keys, (page, mid + 20))]
        return sorted((ln for ln in near if ln is not line and ln.y0 - 2 <= mid <= ln.y1 + 2), key=lambda ln: ln.x0)


def _height(line: TextLine) -> tuple[int, float]:
    return line.page, (line.y0 + line.y1) / 2


def _row(line: TextLine, lines: Sequence[TextLine], rows: _Rows) -> VatLine | None:
    rate_m, exempt_m = _RATE.match(line.text), _EXEMPT.match(line.text)
    m = rate_m or exempt_m
    if m is None:
        return _net_first(line, rows) if _LONE_AMOUNT.match(line.text) else None
    rest = [line.text[m.end():], *(ln.text for ln in right_of(line, lines) if len(ln.text) <= SHORT)]
    return _summary_row(rate_m, exempt_m, [a for text in rest for a, _ in amounts_in(text)])


def _net_first(line: TextLine, rows: _Rows) -> VatLine | None:
    """A row whose first cell is its net and whose second is its rate or exemption code, alone in its cell.

    The net must open its row: an item row also has its net before its rate, after its description.
    """
    row = rows.of(line)
    if any(ln.x1 <= line.x0 + 2 for ln in row):
        return None
    cells = [ln.text for ln in row if ln.x0 >= line.x1 - 2 and len(ln.text) <= SHORT]
    rate_m = _RATE_CELL.match(cells[0]) if cells else None
    exempt_m = _EXEMPT.match(cells[0]) if cells and rate_m is None else None
    if rate_m is None and (exempt_m is None or exempt_m.end() != len(cells[0].rstrip())):
        return None
    return _summary_row(rate_m, exempt_m, [a for text in (line.text, *cells[1:]) for a, _ in amounts_in(text)])


def _summary_row(rate_m: re.Match[str] | None, exempt_m: re.Match[str] | None,
                 values: list[Decimal]) -> VatLine | None:
    if rate_m is not None:
        rate = Decimal(rate_m.group(1).replace(",", ".")) / 100
        return _rated(rate, values)
    category = exempt_m.group(1).upper() if exempt_m else None
    if values and len(values) <= 3 and all(v in (values[0], 0) for v in values) and values[0] != 0:
        return VatLine(rate=None, net=values[0], vat=Decimal(0), gross=values[0], category=category)
    return None


def _rated(rate: Decimal, values: list[Decimal]) -> VatLine | None:
    """(net, VAT, gross) or (net, VAT) whose VAT is ``rate`` of the net, within rounding."""
    if len(values) == 3:
        net, vat, gross = values
    elif len(values) == 2:
        net, vat = values
        gross = net + vat
    else:
        return None
    if not plausible(net, vat, gross) or abs(vat - net * rate) > max(Decimal(1), abs(net) * Decimal("0.002")):
        return None
    return VatLine(rate=rate, net=net, vat=vat, gross=gross)


def reconcile(
    totals: Totals, summary: Summary | None, currency: str | None, provenance: dict[str, Provenance],
    warnings: list[str],
) -> tuple[Totals, tuple[VatLine, ...]]:
    """The totals checked against the summary's sums: confirmed, completed from them, or warned about.

    The rows are returned as the invoice's VAT breakdown only where they agree with the totals.
    """
    if summary is None:
        return totals, ()
    sums = (sum((r.net for r in summary.rows), Decimal(0)), sum((r.vat for r in summary.rows), Decimal(0)),
            sum((r.gross or r.net + r.vat for r in summary.rows), Decimal(0)))
    printed = (totals.net, totals.vat, totals.gross)
    allowed = tolerance(currency, len(summary.rows))

    def close(value: Decimal | None, summed: Decimal) -> bool:
        return value is not None and abs(value - summed) <= allowed

    if all(close(v, s) for v, s in zip(printed, sums, strict=True)):
        for field in _FIELDS:
            provenance[field] = dataclasses.replace(provenance[field], confidence=max(
                provenance[field].confidence, 0.95))
        provenance["vat_breakdown"] = where(summary.first, "VAT summary rows (their sums are the totals)", 0.9)
        return totals, summary.rows
    one_row = _one_row_taken_for_totals(totals, summary)
    if totals.gross is None or close(totals.gross, sums[2]) or one_row:
        # the payable total is the rows' gross: net and VAT are theirs too
        for field in _FIELDS:
            if field != "gross_total" or totals.gross is None or one_row:
                provenance[field] = where(summary.first, "sum of the VAT summary's rows", 0.85)
        provenance["vat_breakdown"] = where(summary.first, "VAT summary rows (their sums are the totals)", 0.85)
        gross = totals.gross if totals.gross is not None and not one_row else sums[2]
        return dataclasses.replace(totals, net=sums[0], vat=sums[1], gross=gross), summary.rows
    for field, value, summed in zip(_FIELDS, printed, sums, strict=True):
        if value is not None and not close(value, summed):
            warnings.append(vat_summary_mismatch(field, summed, value))
        if field in provenance:
            provenance[field] = dataclasses.replace(provenance[field],
                                                    confidence=round(provenance[field].confidence * 0.6, 3))
    return totals, ()


def _one_row_taken_for_totals(totals: Totals, summary: Summary) -> bool:
    """Whether the totals, with no payable total printed under a label, are one rate's row of a
    summary of several: NAV's invoice image prints no ``Összesen`` row, and its 27% row reads
    like one (net + VAT = gross)."""
    if totals.printed_gross is not None or len(summary.rows) < 2:
        return False
    return any((row.net, row.vat, row.gross) == (totals.net, totals.vat, totals.gross) for row in summary.rows)
