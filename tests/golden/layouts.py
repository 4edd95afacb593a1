# ruff: noqa: E702  -- drawing code reads better with the two columns of a row on one line
"""Hungarian invoice PDFs in five layouts, drawn with reportlab from known data (the expected JSON)."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent / "generated"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _huf(value: str, currency: str = "HUF") -> str:
    amount = Decimal(value)
    sign = "-" if amount < 0 else ""
    whole, _, frac = f"{abs(amount):.2f}".partition(".")
    groups = f"{int(whole):,}".replace(",", " ")
    if currency == "HUF":
        return f"{sign}{groups} Ft"
    return f"{sign}{groups},{frac} {currency}"


def _date(iso: str, style: str) -> str:
    y, m, d = iso.split("-")
    months = ["január", "február", "március", "április", "május", "június", "július", "augusztus",
              "szeptember", "október", "november", "december"]
    return {"dots": f"{y}.{m}.{d}", "spaced": f"{y}. {m}. {d}.", "words": f"{y}. {months[int(m) - 1]} {int(d)}.",
            "iso": iso}[style]


# Each layout's item table: header words and their x positions (8 pt). Numbers are printed
# without the currency sign, left-aligned under their header, as many Hungarian invoices do.
_TABLES: dict[str, tuple[float, list[tuple[str, str, float]]]] = {
    "classic": (592, [("Megnevezés", "description", 40), ("Mennyiség", "quantity", 190),
                      ("Egységár", "unit_price", 240), ("Nettó érték", "net", 305), ("ÁFA %", "vat_rate", 370),
                      ("ÁFA összeg", "vat", 410), ("Bruttó érték", "gross", 480)]),
    "two_column": (540, [("Megnevezés", "description", 40), ("Menny.", "quantity", 190),
                         ("Egységár", "unit_price", 240), ("Nettó", "net", 305), ("Áfa", "vat_rate", 370),
                         ("Áfa összege", "vat", 410), ("Bruttó", "gross", 480)]),
    "table_header": (600, [("Megnevezés", "description", 40), ("Mennyiség", "quantity", 190),
                           ("Egységár", "unit_price", 240), ("Nettó ár", "net", 305), ("ÁFA kulcs", "vat_rate", 370),
                           ("ÁFA", "vat", 420), ("Összesen", "gross", 480)]),
    "receipt": (540, [("Megnevezés", "description", 200), ("Menny.", "quantity", 290), ("Nettó", "net", 340),
                      ("ÁFA", "vat", 400), ("Bruttó", "gross", 460)]),
    "modern": (578, [("Megnevezés", "description", 40), ("Mennyiség", "quantity", 190),
                     ("Egységár", "unit_price", 240), ("Nettó", "net", 305), ("ÁFA%", "vat_rate", 370),
                     ("ÁFA", "vat", 420), ("Bruttó", "gross", 480)]),
}


def _cell(row: dict[str, Any], key: str, currency: str) -> str:
    value = row[key]
    if key == "description":
        return str(value)
    if key == "quantity":
        return f"{value} {row['unit']}"
    if key == "vat_rate":
        return f"{Decimal(value) * 100:.0f}%"
    return _huf(value, currency).rsplit(" ", 1)[0]  # the amount without "Ft" / "EUR"


def render(expected: dict[str, Any], layout: str) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=True)
    c.setFont("DejaVu", 10)
    e = expected
    cur = e["currency"]
    title = {"storno": "SZTORNÓ SZÁMLA", "advance": "ELŐLEGSZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA"}.get(
        e["kind"], "SZÁMLA")

    def at(x: float, y: float, text: str, size: int = 10) -> None:
        c.setFont("DejaVu", size)
        c.drawString(x, y, text)

    style = {"classic": "dots", "two_column": "spaced", "table_header": "dots", "receipt": "words",
             "modern": "iso"}[layout]
    seller = [e["seller.name"], e["seller_address"], f"Adószám: {e['seller.tax_number']}"]
    buyer = [e["buyer.name"], e["buyer_address"], f"Adószám: {e['buyer.tax_number']}"]
    dates = [("Számla kelte", e["issue_date"]), ("Teljesítés dátuma", e["fulfilment_date"]),
             ("Fizetési határidő", e["due_date"])]
    if layout == "classic":  # label: value lines, parties side by side
        at(250, 800, title, 16)
        at(40, 760, "Szállító:"); at(320, 760, "Vevő:")
        for i, (s, b) in enumerate(zip(seller, buyer, strict=True)):
            at(40, 745 - 14 * i, s); at(320, 745 - 14 * i, b)
        at(40, 680, f"Számla sorszáma: {e['invoice_number']}")
        for i, (label, value) in enumerate(dates):
            at(40, 660 - 14 * i, f"{label}: {_date(value, style)}")
        at(40, 610, "Fizetés módja: Átutalás")
        if e.get("order_reference"):
            at(320, 680, f"Megrendelés száma: {e['order_reference']}")
        at(300, 540, f"Nettó összesen: {_huf(e['net_total'], cur)}")
        at(300, 525, f"ÁFA összesen: {_huf(e['vat_total'], cur)}")
        at(300, 505, f"Fizetendő összesen: {_huf(e['gross_total'], cur)}", 12)
    elif layout == "two_column":  # labels in one column, values in the next
        at(40, 800, title, 16)
        rows = [("Számla sorszáma", e["invoice_number"])] + [(lb, _date(v, style)) for lb, v in dates]
        for i, (label, value) in enumerate(rows):
            at(330, 780 - 16 * i, label); at(460, 780 - 16 * i, value)
        at(40, 700, "Eladó"); at(40, 600, "Vevő")
        for i, s in enumerate(seller):
            at(40, 685 - 14 * i, s)
        for i, b in enumerate(buyer):
            at(40, 585 - 14 * i, b)
        if e.get("order_reference"):
            at(330, 700, "Megrendelésszám"); at(460, 700, e["order_reference"])
        at(40, 480, "Összesen:"); at(250, 480, _huf(e["net_total"], cur)); at(350, 480, _huf(e["vat_total"], cur))
        at(450, 480, _huf(e["gross_total"], cur))
    elif layout == "table_header":  # header cells with labels above values
        at(40, 800, title, 18)
        cells = [("Számla sorszáma:", e["invoice_number"])] + [(f"{lb}:", _date(v, style)) for lb, v in dates]
        for i, (label, value) in enumerate(cells):
            at(40 + 130 * i, 740, label, 8); at(40 + 130 * i, 726, value)
        at(40, 690, "Szállító:"); at(320, 690, "Vevő:")
        for i, (s, b) in enumerate(zip(seller, buyer, strict=True)):
            at(40, 675 - 14 * i, s); at(320, 675 - 14 * i, b)
        if e.get("order_reference"):
            at(40, 620, f"Megrendelés száma: {e['order_reference']}")
        at(40, 520, "Nettó érték"); at(200, 520, "ÁFA"); at(360, 520, "Bruttó")
        at(40, 505, _huf(e["net_total"], cur)); at(200, 505, _huf(e["vat_total"], cur))
        at(360, 505, _huf(e["gross_total"], cur))
        at(40, 470, f"Végösszeg: {_huf(e['gross_total'], cur)}", 12)
    elif layout == "receipt":  # one narrow column, dates in words
        y = 800.0
        for text in [title, f"Sorszám: {e['invoice_number']}", "Kibocsátó:", *seller, "Vevő:", *buyer,
                     *(f"{lb}: {_date(v, style)}" for lb, v in dates),
                     *( [f"Rendelésszám: {e['order_reference']}"] if e.get("order_reference") else []),
                     f"Nettó összesen: {_huf(e['net_total'], cur)}", f"ÁFA összesen: {_huf(e['vat_total'], cur)}",
                     f"Bruttó összesen: {_huf(e['gross_total'], cur)}"]:
            at(200, y, text); y -= 15
    else:  # modern: buyer block first, totals box at the right, ISO dates
        at(40, 800, title + f" · {e['invoice_number']}", 14)
        at(40, 770, "Számlaszám:"); at(120, 770, e["invoice_number"])
        at(40, 740, "Vevő:"); at(360, 740, "Eladó:")
        for i, (b, s) in enumerate(zip(buyer, seller, strict=True)):
            at(40, 725 - 14 * i, b); at(360, 725 - 14 * i, s)
        for i, (label, value) in enumerate(dates):
            at(40, 650 - 14 * i, f"{label}  {_date(value, style)}")
        if e.get("preceding_invoice"):
            at(40, 600, f"Eredeti számla sorszáma: {e['preceding_invoice']}")
        at(360, 520, "Nettó összesen"); at(470, 520, _huf(e["net_total"], cur))
        at(360, 505, "ÁFA összesen"); at(470, 505, _huf(e["vat_total"], cur))
        at(360, 490, "Fizetendő"); at(470, 490, _huf(e["gross_total"], cur))
    top, columns = _TABLES[layout]
    for label, _, x in columns:
        at(x, top, label, 8)
    for i, row in enumerate(e.get("table") or ()):
        for _, key, x in columns:
            at(x, top - 13 * (i + 1), _cell(row, key, cur), 8)
    c.showPage()
    c.save()
    return buf.getvalue()


def cases() -> list[tuple[str, dict[str, Any]]]:
    return [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(HERE.glob("*.json"))]


def write_all(folder: Path) -> None:
    """Every layout's PDF beside its expected JSON (what ``szamlatar accuracy`` reads)."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, expected in cases():
        (folder / f"{stem}.pdf").write_bytes(render(expected, expected["layout"]))
        public = {k: v for k, v in expected.items()
                  if k not in ("seller_address", "buyer_address", "table")}
        (folder / f"{stem}.json").write_text(json.dumps(public, ensure_ascii=False, indent=2), encoding="utf-8")
