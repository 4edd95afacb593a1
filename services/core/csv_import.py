"""Invoice rows from a CSV export, Hungarian conventions: ``;`` separator, ``,`` decimals
(``1 234 567,89``, also ``1.234.567,89``), dates ``2025.03.01.`` or ISO, UTF-8 with or without a
BOM, or Windows-1250. A column mapping names which header holds which field. Each row becomes
either invoice metadata (the invoice.v1 wire form) or a rejection with its line and reason —
a broken row never stops the others. Cells that a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``, tab, CR at the start, except a plain negative amount) are refused.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from services.core.taxnumber import normalise_tax_number

FIELDS = ("external_id", "file", "number", "issue_date", "fulfilment_date", "due_date", "currency",
          "net_total", "vat_total", "gross_total", "buyer_name", "buyer_tax_number", "seller_name",
          "seller_tax_number")
REQUIRED = ("number", "file")
AMOUNTS = ("net_total", "vat_total", "gross_total")
DATES = ("issue_date", "fulfilment_date", "due_date")

# Header aliases recognised without a mapping (case- and accent-sensitive as exported).
DEFAULT_MAPPING: dict[str, tuple[str, ...]] = {
    "external_id": ("azonosító", "external_id", "id"),
    "file": ("fájl", "pdf", "file", "fájlnév"),
    "number": ("számlaszám", "szamlaszam", "invoice number", "number"),
    "issue_date": ("kelt", "kiállítás dátuma", "számla kelte", "issue_date"),
    "fulfilment_date": ("teljesítés", "teljesítés dátuma", "fulfilment_date"),
    "due_date": ("fizetési határidő", "határidő", "due_date"),
    "currency": ("pénznem", "deviza", "currency"),
    "net_total": ("nettó", "nettó összeg", "net_total"),
    "vat_total": ("áfa", "áfa összeg", "vat_total"),
    "gross_total": ("bruttó", "bruttó összeg", "gross_total"),
    "buyer_name": ("vevő", "vevő neve", "buyer_name"),
    "buyer_tax_number": ("vevő adószáma", "vevő adószám", "buyer_tax_number"),
    "seller_name": ("eladó", "szállító", "seller_name"),
    "seller_tax_number": ("eladó adószáma", "szállító adószáma", "seller_tax_number"),
}
MAX_ROWS = 100_000
MAX_CELL = 1000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEGATIVE_NUMBER = re.compile(r"^-\d[\d .]*(,\d+)?$")


@dataclass(frozen=True)
class Row:
    line: int
    file: str
    external_id: str
    metadata: dict[str, Any]


@dataclass(frozen=True)
class RowError:
    line: int
    reason: str
    message: str


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM stripped) when it decodes, else Windows-1250."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1250", errors="replace"), "cp1250"


def parse_amount(text: str) -> Decimal:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("Ft", "").strip()
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(f"{text!r} is not an amount") from exc
    if not value.is_finite():
        raise ValueError(f"{text!r} is not an amount")
    return value


def parse_date(text: str) -> date:
    cleaned = text.strip().rstrip(".").replace(". ", ".").replace("/", "-")
    for sep in (".", "-"):
        parts = cleaned.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    raise ValueError(f"{text!r} is not a date (use 2025.03.01. or 2025-03-01)")


def resolve_columns(header: list[str], mapping: Mapping[str, str] | None) -> dict[str, int]:
    """Field → column index, from the explicit mapping (field → header) or the default aliases."""
    positions = {h.strip().lower(): i for i, h in enumerate(header)}
    found: dict[str, int] = {}
    for name in FIELDS:
        if mapping and name in mapping:
            wanted = mapping[name].strip().lower()
            if wanted not in positions:
                raise ValueError(f"mapped column {mapping[name]!r} for {name} is not in the header")
            found[name] = positions[wanted]
            continue
        for alias in DEFAULT_MAPPING[name]:
            if alias in positions:
                found[name] = positions[alias]
                break
    missing = [f for f in REQUIRED if f not in found]
    if missing:
        raise ValueError(f"no column for {', '.join(missing)}; give a column mapping")
    return found


def _row(line: int, cells: list[str], columns: dict[str, int], width: int) -> Row:
    if len(cells) != width:
        raise ValueError(f"has {len(cells)} cells, the header has {width}")
    values: dict[str, str] = {}
    for name, index in columns.items():
        cell = cells[index].strip()
        if len(cell) > MAX_CELL:
            raise ValueError(f"{name} is longer than {MAX_CELL} characters")
        if cell.startswith(_FORMULA_START) and not (name in AMOUNTS and _NEGATIVE_NUMBER.match(cell)):
            raise PermissionError(f"{name} starts like a spreadsheet formula ({cell[:12]!r})")
        if cell:
            values[name] = cell
    for name in REQUIRED:
        if name not in values:
            raise ValueError(f"{name} is empty")
    meta: dict[str, Any] = {"number": values["number"], "direction": "outgoing"}
    for name in DATES:
        if name in values:
            meta[name] = parse_date(values[name]).isoformat()
    for name in AMOUNTS:
        if name in values:
            meta[name] = str(parse_amount(values[name]))
    if "currency" in values:
        currency = values["currency"].upper()
        if currency == "FT":
            currency = "HUF"
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise ValueError(f"currency {values['currency']!r} is not an ISO code")
        meta["currency"] = currency
    for party in ("buyer", "seller"):
        data: dict[str, Any] = {}
        if f"{party}_name" in values:
            data["name"] = values[f"{party}_name"]
        if f"{party}_tax_number" in values:
            normal = normalise_tax_number(values[f"{party}_tax_number"])
            if normal is None:
                raise ValueError(f"{party} tax number {values[f'{party}_tax_number']!r} is not valid")
            data["tax_number"] = normal
        if data:
            meta[party] = data
    file = values["file"].replace("\\", "/")
    return Row(line, file, values.get("external_id") or values["number"], meta)


def _cells(line: str, delimiter: str) -> list[str]:
    """One physical line; a broken quote breaks this line only (quoted line breaks are not
    supported: invoice exports do not use them, and resynchronising after a stray quote matters more)."""
    return next(csv.reader([line], delimiter=delimiter, strict=True))


def parse_csv(data: bytes, mapping: Mapping[str, str] | None = None,
              delimiter: str = ";") -> tuple[list[Row], list[RowError]]:
    text, _ = decode_text(data)
    lines = text.splitlines()
    rows: list[Row] = []
    errors: list[RowError] = []
    if not lines:
        return [], [RowError(1, "empty", "the CSV is empty")]
    try:
        header = _cells(lines[0], delimiter)
        columns = resolve_columns(header, mapping)
    except (csv.Error, ValueError) as exc:
        return [], [RowError(1, "bad_header", str(exc))]
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        if len(rows) + len(errors) >= MAX_ROWS:
            errors.append(RowError(number, "too_many_rows", f"only the first {MAX_ROWS} rows are read"))
            break
        try:
            rows.append(_row(number, _cells(line, delimiter), columns, len(header)))
        except csv.Error as exc:
            errors.append(RowError(number, "malformed_csv", f"line cannot be read: {exc}"))
        except PermissionError as exc:
            errors.append(RowError(number, "formula", str(exc)))
        except ValueError as exc:
            errors.append(RowError(number, "bad_row", str(exc)))
    return rows, errors
