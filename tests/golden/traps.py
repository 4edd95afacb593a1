"""Hungarian invoice PDFs that set the traps real invoices set, drawn with reportlab (no copied documents).

Each case is a list of drawing operations and the fields ``szamlatar accuracy`` expects back. The
layouts imitate what Hungarian companies receive: NAV's bilingual invoice image (``Eladó /Seller``
headings with an English sub-label under them, a header box of labels above values, a VAT summary
per rate and no ``Összesen`` row), a webshop invoice whose ``Szállítólevél szám(ok)`` line sits
above the ``Szállító`` block, an EUR invoice that also prints its VAT and total in forints, a
VAT-exempt (TAM) advance invoice whose reading order puts the VAT before the net, a storno and a
modification naming the invoice they change, a díjbekérő, and a text layer with a non-breaking
hyphen in tax numbers, ligatures, a Cyrillic look-alike and a ``MINTA`` watermark.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
NBH = "\u2011"  # non-breaking hyphen, as some invoicing programs print tax numbers
NBSP = "\u00a0"

# (x, y, text) or (x, y, text, size) or (x, y, text, size, angle, gray); NEW_PAGE starts the next page
Op = tuple[Any, ...]
NEW_PAGE: Op = ("new page",)


def _parties(seller: tuple[str, str, str], buyer: tuple[str, str, str], y: float, *,
             labels: tuple[str, str] = ("Eladó", "Vevő"), sub: tuple[str, str] | None = None) -> list[Op]:
    """Two party boxes side by side: heading (and English sub-label), name, address, tax number."""
    ops: list[Op] = [(40, y, labels[0]), (320, y, labels[1])]
    if sub:
        ops += [(40, y - 10, sub[0], 7), (320, y - 10, sub[1], 7)]
        y -= 10
    for i in range(3):
        ops += [(40, y - 14 * (i + 1), seller[i]), (320, y - 14 * (i + 1), buyer[i])]
    return ops


def _header_box(cells: list[tuple[str, str]], y: float, *, sub: list[str] | None = None) -> list[Op]:
    """Labels in a row of boxes with each value under its label (NAV's invoice image, Billingo)."""
    ops: list[Op] = []
    for i, (label, value) in enumerate(cells):
        x = 40 + 135 * i
        ops.append((x, y, label, 8))
        if sub:
            ops.append((x, y - 9, sub[i], 6))
        ops.append((x, y - 22, value))
    return ops


NAV_BILINGUAL: list[Op] = [
    (220, 800, "SZÁMLA /INVOICE", 16),
    *_parties(("Duna Papír Kft.", "1095 Budapest, Soroksári út 30.", f"Adószám: 12345676{NBH}2{NBH}42"),
              ("Kékes Építő Bt.", "3200 Gyöngyös, Fő tér 3.", "Adószám: 24681357-2-13"), 760,
              sub=("/Sold by", "/Client")),
    *_header_box([("Számla sorszáma", "2025/000123"), ("Számla kelte", "2025.03.10"),
                  ("Teljesítés dátuma", "2025.03.07"), ("Fizetési határidő", "2025.03.25")], 670,
                 sub=["/Invoice number", "/Date of issue", "/Date of supply", "/Due date"]),
    (40, 610, "Fizetés módja /Payment method: átutalás"),
    (40, 560, "ÁFA összesítő /VAT summary", 9),
    (40, 545, "ÁFA mérték", 8), (160, 545, "Nettó érték", 8), (280, 545, "ÁFA érték", 8), (400, 545, "Bruttó érték", 8),
    (40, 530, "27%"), (160, 530, "200 000"), (280, 530, "54 000"), (400, 530, "254 000"),
    (40, 515, "5%"), (160, 515, "100 000"), (280, 515, "5 000"), (400, 515, "105 000"),
    (280, 470, "Fizetendő összeg /Total payable:"), (460, 470, "359 000 Ft"),
]

WEBSHOP: list[Op] = [
    (40, 800, "Számla", 18), (380, 800, "Számlaszám: WEB-2025-0815"),
    (380, 785, "Kelt: 2025. 04. 02."), (380, 770, "Teljesítés: 2025. 04. 01."), (380, 755, "Határidő: 2025. 04. 02."),
    (40, 720, "Szállítólevél szám(ok)"), (200, 720, "SZL-2025-9"),
    (40, 690, "Szállító"), (320, 690, "Vevő:   Szabó Anna"),
    (40, 675, "Napfény Webshop Kft."), (320, 675, "8200 Veszprém, Óváros tér 2."),
    (40, 661, "6000 Kecskemét, Rákóczi út 5."),
    (40, 647, "Adószám: 13572468-2-03"),
    (40, 600, "Tétel", 8), (120, 600, "Megnevezés", 8), (300, 600, "Menny.", 8), (400, 600, "Bruttó", 8),
    (40, 587, "tétel 1"), (120, 587, "Kerti szék"), (300, 587, "2 db"), (400, 587, "25 400"),
    (40, 540, "Fizetési mód: bankkártya"),
    (300, 520, "Nettó összesen: 20 000 Ft"), (300, 505, "ÁFA összesen: 5 400 Ft"),
    (300, 490, "Bruttó összesen: 25 400 Ft"),
]

EUR_WITH_HUF: list[Op] = [
    (40, 800, "SZÁMLA", 16),
    (40, 775, "Számla sorszáma: EU-2025/007"),
    (40, 760, "Számla kelte: 2025.05.20"), (40, 745, "Teljesítés dátuma: 2025.05.19"),
    (40, 730, "Fizetési határidő: 2025.06.19"),
    *_parties(("Alföld Gépgyártó Zrt.", "6720 Szeged, Dugonics tér 1.", "Adószám: 11223344-2-06"),
              ("Rheinwerk GmbH", "D-50667 Köln, Domplatz 1.", "Közösségi adószám: DE123456789"), 700,
              labels=("Eladó:", "Vevő:")),
    (40, 600, "Árfolyam: 1 EUR = 395,20 HUF"),
    (40, 570, "Fizetendő összeg forintban:"), (220, 570, "1 977 502 Ft"),
    (40, 555, "ebből ÁFA forintban:"), (220, 555, "420 414 Ft"),
    (300, 520, "Nettó összesen:"), (450, 520, f"3 940,00{NBSP}EUR"),
    (300, 505, "ÁFA összesen:"), (450, 505, f"1 063,80{NBSP}EUR"),
    (300, 490, "Fizetendő összesen:"), (450, 490, f"5 003,80{NBSP}EUR"),
]

TAM_ADVANCE: list[Op] = [
    (40, 800, "ELŐLEGSZÁMLA", 16),
    (40, 775, "Számla sorszáma: ELO-2025-3"), (40, 760, "Számla kelte: 2025.02.03"),
    (40, 745, "Fizetési határidő: 2025.02.10"),
    *_parties(("Zöld Alapítvány Oktató Kft.", "7621 Pécs, Széchenyi tér 9.", "Adószám: 18273645-1-02"),
              ("Mecsek Iskola Nonprofit Kft.", "7632 Pécs, Kertváros u. 4.", "Adószám: 19283746-2-02"), 710),
    (40, 600, "Mentes az adó alól (TAM), Áfa tv. 85. § (1) i)", 8),
    (300, 540, "ÁFA összesen: 0 Ft"), (300, 525, "Nettó összesen: 150 000 Ft"),
    (300, 510, "Fizetendő: 150 000 Ft"),
]

STORNO: list[Op] = [
    (40, 800, "SZTORNÓ SZÁMLA", 16),
    (40, 780, "a 2025/000118 sz. számlához", 9),
    (40, 755, "Számla sorszáma: 2025/000131"), (40, 740, "Számla kelte: 2025.03.14"),
    (40, 725, "Fizetési határidő: 2025.03.14"),
    *_parties(("Duna Papír Kft.", "1095 Budapest, Soroksári út 30.", "Adószám: 12345676-2-42"),
              ("Kékes Építő Bt.", "3200 Gyöngyös, Fő tér 3.", "Adószám: 24681357-2-13"), 700,
              labels=("Kibocsátó", "Megrendelő")),
    (300, 540, "Nettó összesen: -40 000 Ft"), (300, 525, "ÁFA összesen: -10 800 Ft"),
    (300, 510, "Fizetendő összesen: -50 800 Ft"),
]

MODIFICATION: list[Op] = [
    (40, 800, "MÓDOSÍTÓ SZÁMLA", 16),
    *_header_box([("Számla sorszáma", "M-2025-12"), ("Módosított számla", "INV-2025-77"), ("Kelte", "2025.06.02"),
                  ("Fizetési határidő", "2025.06.17")], 770),
    *_parties(("Balaton Borház Kft.", "8230 Balatonfüred, Blaha u. 1.", "Adószám: 14725836-2-19"),
              ("Tihanyi Vendéglő Bt.", "8237 Tihany, Kossuth u. 8.", "Adószám: 25836914-2-19"), 700,
              labels=("Számlakibocsátó", "Vásárló")),
    (300, 540, "Nettó összesen: 10 000 Ft"), (300, 525, "ÁFA összesen: 2 700 Ft"),
    (300, 510, "Fizetendő összesen: 12 700 Ft"),
]

DIJBEKERO: list[Op] = [
    (40, 800, "DÍJBEKÉRŐ", 16), (40, 782, "Ez a dokumentum nem számla.", 8),
    (40, 760, "Sorszám: D-2025-44"), (40, 745, "Kelte: 2025.07.01"), (40, 730, "Fizetési határidő: 2025.07.08"),
    *_parties(("Hegyvidék Szoftver Kft.", "1121 Budapest, Hegyalja út 7.", "Adószám: 26481357-2-43"),
              ("Alma Bolt Bt.", "2000 Szentendre, Fő tér 1.", "Adószám: 27591468-2-13"), 700,
              labels=("Eladó", "Vevő")),
    (300, 540, "Nettó összesen: 40 000 Ft"), (300, 525, "ÁFA összesen: 10 800 Ft"),
    (300, 510, "Fizetendő összesen: 50 800 Ft"),
]

TEXT_TRAPS: list[Op] = [
    (40, 800, "SZÁMLA", 16),
    (40, 775, "Számla sorszáma: \u0410-2025/17"),  # a Cyrillic А where the program meant a Latin A
    (40, 760, "Számla kelte: 2025.08.11"), (40, 745, "Teljesítés dátuma: 2025.08.11"),
    (40, 730, "\ufb01zetési határidő: 2025.08.26"),  # a ligature "ﬁ" in the label
    (40, 700, "Szállító (Eladó)"), (320, 700, "Vevő (Megrendelő)"),
    (40, 686, "Pannon Fafeldolgozó Kft."),
    (180, 680, "MINTA", 28, 0, 0.85),  # a watermark drawn right after the name: its letters join the name's line
    (320, 686, "Rába Bútor Zrt."),
    (40, 672, "9400 Sopron, Várkerület 5."), (320, 672, "9021 Győr, Baross út 2."),
    (40, 658, f"Adószám: 22446688{NBH}2{NBH}08"), (320, 658, "Adószám: 33557799\u20132\u201308"),
    (300, 540, f"Nettó összesen: 80{NBSP}000 Ft"), (300, 525, f"ÁFA összesen: 21{NBSP}600 Ft"),
    (300, 510, f"Fizetendő összesen: 101{NBSP}600 Ft"),
    (150, 560, "M I N T A", 90, 35, 0.85),  # the watermark, across the page
]


def _expected(layout: str, **fields: Any) -> dict[str, Any]:
    return {"layout": layout, **fields}


CASES: dict[str, tuple[list[Op], dict[str, Any]]] = {
    "t1_nav_bilingual": (NAV_BILINGUAL, _expected(
        "nav_bilingual", invoice_number="2025/000123", kind="normal", issue_date="2025-03-10",
        fulfilment_date="2025-03-07", due_date="2025-03-25", currency="HUF", net_total="300000", vat_total="59000",
        gross_total="359000", **{"seller.name": "Duna Papír Kft.", "seller.tax_number": "12345676-2-42",
                                 "buyer.name": "Kékes Építő Bt.", "buyer.tax_number": "24681357-2-13"})),
    "t2_webshop": (WEBSHOP, _expected(
        "webshop", invoice_number="WEB-2025-0815", kind="normal", issue_date="2025-04-02", due_date="2025-04-02",
        currency="HUF", net_total="20000", vat_total="5400", gross_total="25400",
        **{"seller.name": "Napfény Webshop Kft.", "seller.tax_number": "13572468-2-03", "buyer.name": "Szabó Anna",
           "buyer.tax_number": None})),
    "t3_eur_with_huf": (EUR_WITH_HUF, _expected(
        "eur_with_huf", invoice_number="EU-2025/007", kind="normal", issue_date="2025-05-20",
        fulfilment_date="2025-05-19", due_date="2025-06-19", currency="EUR", net_total="3940.00",
        vat_total="1063.80", gross_total="5003.80",
        **{"seller.name": "Alföld Gépgyártó Zrt.", "seller.tax_number": "11223344-2-06",
           "buyer.name": "Rheinwerk GmbH", "buyer.vat_number": "DE123456789"})),
    "t4_tam_advance": (TAM_ADVANCE, _expected(
        "tam_advance", invoice_number="ELO-2025-3", kind="advance", issue_date="2025-02-03", due_date="2025-02-10",
        currency="HUF", net_total="150000", vat_total="0", gross_total="150000",
        **{"seller.name": "Zöld Alapítvány Oktató Kft.", "seller.tax_number": "18273645-1-02",
           "buyer.name": "Mecsek Iskola Nonprofit Kft.", "buyer.tax_number": "19283746-2-02"})),
    "t5_storno": (STORNO, _expected(
        "storno", invoice_number="2025/000131", kind="storno", preceding_invoice="2025/000118",
        issue_date="2025-03-14", currency="HUF", net_total="-40000", vat_total="-10800", gross_total="-50800",
        **{"seller.name": "Duna Papír Kft.", "buyer.name": "Kékes Építő Bt.", "buyer.tax_number": "24681357-2-13"})),
    "t6_modification": (MODIFICATION, _expected(
        "modification", invoice_number="M-2025-12", kind="correction", preceding_invoice="INV-2025-77",
        issue_date="2025-06-02", due_date="2025-06-17", currency="HUF", gross_total="12700",
        **{"seller.name": "Balaton Borház Kft.", "buyer.name": "Tihanyi Vendéglő Bt.",
           "buyer.tax_number": "25836914-2-19"})),
    "t7_dijbekero": (DIJBEKERO, _expected(
        "dijbekero", invoice_number="D-2025-44", kind="proforma", issue_date="2025-07-01", gross_total="50800",
        **{"seller.name": "Hegyvidék Szoftver Kft.", "buyer.name": "Alma Bolt Bt."})),
    "t8_text_traps": (TEXT_TRAPS, _expected(
        "text_traps", invoice_number="A-2025/17", kind="normal", issue_date="2025-08-11", due_date="2025-08-26",
        currency="HUF", net_total="80000", vat_total="21600", gross_total="101600",
        **{"seller.name": "Pannon Fafeldolgozó Kft.", "seller.tax_number": "22446688-2-08",
           "buyer.name": "Rába Bútor Zrt.", "buyer.tax_number": "33557799-2-08"})),
}


def render(ops: list[Op]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=True)
    for op in ops:
        if op == NEW_PAGE:
            c.showPage()
            continue
        x, y, text = op[:3]
        size = op[3] if len(op) > 3 else 10
        c.saveState()
        if len(op) > 4:  # a watermark: turned, light grey, drawn over the page
            c.setFillGray(op[5])
            c.translate(x, y)
            c.rotate(op[4])
            x, y = 0, 0
        c.setFont("DejaVu", size)
        c.drawString(x, y, text)
        c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def write_traps(folder: Path, cases: dict[str, tuple[list[Op], dict[str, Any]]] | None = None) -> None:
    """Every case's PDF beside its expected JSON (what ``szamlatar accuracy`` reads); ``cases``: the traps'."""
    folder.mkdir(parents=True, exist_ok=True)
    for stem, (ops, expected) in (CASES if cases is None else cases).items():
        (folder / f"{stem}.pdf").write_bytes(render(ops))
        (folder / f"{stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2), encoding="utf-8")
