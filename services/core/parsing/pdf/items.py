"""Line items out of a Hungarian invoice's table, or none at all.

A table is found by its header row: ``Megnevezés`` and at least two of ``Mennyiség``,
``Egységár``, ``Nettó``, ``ÁFA`` (rate or amount), ``Bruttó`` / ``Összesen``, wherever they sit
on the page. Each header gives a column; each line of text below is put in the column it
overlaps most. A row with an amount in a money column is an item; text-only rows in the
description column are the next item's description (NAV's printed samples write it above).

The reader is conservative by construction: the items are returned only when they prove
themselves: every item's net + VAT = gross and quantity × unit price = net (±1 unit), where
printed; and the columns add up *exactly* to the invoice's totals (net or gross at least).
Otherwise there are no lines, so a wrong table never reaches the archive as if it were read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from services.core.invoice import Line
from services.core.parsing.pdf.lines import SHORT, TextLine
from services.core.parsing.pdf.values import amounts_in, parse_hungarian_amount

# header words → column; "ÁFA" alone is typed by what the column holds (a percentage or money)
_HEADERS: tuple[tuple[str, str], ...] = (
    (r"megnevezés", "description"),
    (r"mennyiség|menny\.?", "quantity"),
    (r"egységár|egys\.\s*ár", "unit_price"),
    (r"nettó(?:\s+(?:érték|ár|összeg))?", "net"),
    (r"áfa\s*(?:%|kulcs|mérték)|áfa-kulcs|áfakulcs", "vat_rate"),
    (r"áfa(?:\s+(?:összege|összeg|érték))", "vat"),
    (r"áfa", "vat?"),
    (r"bruttó(?:\s+(?:érték|ár|összeg))?|összesen", "gross"),
)
_HEADER_RE = re.compile("|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_HEADERS)), re.IGNORECASE)
_STOP = re.compile(r"^\s*(?:összesen|összesítés|fizetendő|nettó\s+összesen|áfa\s+összesen|végösszeg|részösszeg|"
                   r"bruttó\s+összesen)", re.IGNORECASE)
_MONEY = ("unit_price", "net", "vat", "gross")
_RATE = re.compile(r"^\s*(\d{1,2}(?:[.,]\d+)?)\s*%\s*$")
_QUANTITY = re.compile(r"^\s*(-?\s?\d[\d \u00a0.,]*)\s*([^\d\s].*)?$")


@dataclass(frozen=True)
class _Column:
    name: str
    x0: float
    x1: float


def _header_columns(row: Sequence[TextLine]) -> list[_Column]:
    """Columns from a header row; a pdfminer line holding several headers is split by character position."""
    columns: list[_Column] = []
    for line in row:
        width = (line.x1 - line.x0) / max(len(line.text), 1)
        for m in _HEADER_RE.finditer(line.text):
            name = next(_HEADERS[int(k[1:])][1] for k, v in m.groupdict().items() if v)
            columns.append(_Column(name, line.x0 + m.start() * width, line.x0 + m.end() * width))
    columns.sort(key=lambda c: c.x0)
    return columns


def _rows(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """Lines grouped into rows by vertical overlap, top to bottom, each row left to right."""
    rows: list[list[TextLine]] = []
    for line in sorted(lines, key=lambda ln: (ln.page, -ln.y1, ln.x0)):
        mid = (line.y0 + line.y1) / 2
        if rows and rows[-1][0].page == line.page and rows[-1][0].y0 - 1 <= mid <= rows[-1][0].y1 + 1:
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(r, key=lambda ln: ln.x0) for r in rows]


def _column_of(line: TextLine, columns: Sequence[_Column]) -> _Column | None:
    """The column ``line`` overlaps most (or is nearest to), None if it clearly spans two."""
    def overlap(c: _Column) -> float:
        return min(line.x1, c.x1) - max(line.x0, c.x0)

    ranked = sorted(columns, key=overlap, reverse=True)
    if overlap(ranked[0]) <= 0:
        centre = (line.x0 + line.x1) / 2
        return min(columns, key=lambda c: abs((c.x0 + c.x1) / 2 - centre))
    if len(ranked) > 1 and overlap(ranked[1]) > 0 and ranked[0].name != "description":
        return None  # one piece of text under two headers: the layout is not a table we can trust
    return ranked[0]


def _money(text: str) -> Decimal | None:
    found = amounts_in(text)
    return found[0][0] if len(found) == 1 else None


def _quantity(text: str) -> tuple[Decimal, str | None] | None:
    m = _QUANTITY.match(text)
    if not m:
        return None
    value = parse_hungarian_amount(m.group(1))
    return (value, (m.group(2) or "").strip() or None) if value is not None else None


def _rate(text: str) -> Decimal | None:
    m = _RATE.match(text)
    return Decimal(m.group(1).replace(",", ".")) / 100 if m else None


def _item(cells: dict[str, str], description: str) -> Line | None:
    """One line from its cells; None when a cell does not read as its column's kind of value."""
    money: dict[str, Decimal | None] = {}
    for name in _MONEY:
        if name in cells:
            money[name] = _money(cells[name])
            if money[name] is None:
                return None
    quantity = unit = None
    if "quantity" in cells:
        q = _quantity(cells["quantity"])
        if q is None:
            return None
        quantity, unit = q
    rate = None
    if "vat_rate" in cells:
        rate = _rate(cells["vat_rate"])
    return Line(description=description, quantity=quantity, unit=unit, unit_price=money.get("unit_price"),
                net=money.get("net"), vat_rate=rate, vat=money.get("vat"), gross=money.get("gross"))


def _consistent(items: Sequence[Line], totals: dict[str, Decimal | None]) -> bool:
    one = Decimal(1)
    for it in items:
        if it.net is not None and it.vat is not None and it.gross is not None and it.net + it.vat != it.gross:
            return False
        if it.quantity is not None and it.unit_price is not None and it.net is not None \
                and abs(it.quantity * it.unit_price - it.net) > one:
            return False
        if it.vat_rate is not None and it.net is not None and it.vat is not None \
                and abs(it.net * it.vat_rate - it.vat) > one:
            return False
    checked = set()
    for name in ("net", "vat", "gross"):
        total = totals.get(name)
        values = [getattr(it, name) for it in items]
        if total is None or any(v is None for v in values):
            continue
        if sum(values, Decimal(0)) != total:
            return False
        checked.add(name)
    return bool(checked & {"net", "gross"})


def _table(lines: Sequence[TextLine], header: list[TextLine], columns: list[_Column]) -> list[Line]:
    page, top = header[0].page, min(ln.y0 for ln in header)
    below = [ln for ln in lines if ln.page == page and ln.y1 <= top + 1 and ln not in header]
    items: list[Line] = []
    pending: list[str] = []
    last_y = top
    height = max(ln.height for ln in header)
    for row in _rows(below):
        if last_y - row[0].y1 > 3 * height or any(_STOP.match(ln.text) for ln in row):
            break  # a gap or the totals: the table has ended
        cells: dict[str, list[str]] = {}
        for line in row:
            column = _column_of(line, columns)
            if column is None:
                return []
            cells.setdefault(column.name, []).append(line.text)
        joined = {name: " ".join(parts) for name, parts in cells.items()}
        if "vat?" in joined:  # a bare "ÁFA" header: a percentage is the rate, money is the amount
            value = joined.pop("vat?")
            joined["vat_rate" if _rate(value) is not None else "vat"] = value
        last_y = row[0].y0
        if not items and not pending and not any(ch.isdigit() for ln in row for ch in ln.text) \
                and set(joined) - {"description"}:
            continue  # the header's second row ("összege", "nélkül", "Besorolás VTSZ")
        if not any(name in joined for name in _MONEY):
            if set(joined) <= {"description"}:
                pending.append(joined.get("description", ""))
                continue
            return []  # numbers under the quantity or rate columns only: not an item row we understand
        # a fragment that is only digits is a product or VTSZ code printed under the name, not the name
        words = [*pending, joined.get("description", "")]
        description = " ".join(w for w in words if not re.fullmatch(r"[\d.\s]*", w)).strip()
        pending = []
        item = _item(joined, description)
        if item is None or not description:
            return []
        items.append(item)
    return items


def lines_from_table(
    lines: Sequence[TextLine], net: Decimal | None, vat: Decimal | None, gross: Decimal | None
) -> tuple[Line, ...]:
    """The invoice's items when a table of them is printed and adds up to the totals; else ()."""
    if net is None and gross is None:
        return ()
    for row in _rows([ln for ln in lines if len(ln.text) <= SHORT]):
        columns = _header_columns(row)
        names = {c.name for c in columns}
        if "description" not in names or not names & {"net", "gross"} or len(names) < 3:
            continue
        items = _table(lines, row, columns)
        if items and _consistent(items, {"net": net, "vat": vat, "gross": gross}):
            return tuple(items)
    return ()
