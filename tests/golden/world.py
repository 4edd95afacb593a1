"""The layouts Hungarian companies receive, written here as drawing operations (no copied documents).

Each imitates how one kind of invoicing program or issuer arranges its page, with data we made up:
Számlázz.hu (number top right, a row of date boxes, a VAT summary with its ``Összesen`` row),
Billingo (date boxes, two VAT rates), Kulcs-Soft (``Szállító neve:`` / ``Vevő neve:`` label lines,
``A számla kelte``), Novitax (``Kiállítás kelte``, ``Esedékesség``, ``Számla végösszege``), a
Cobra-style ERP page (letterhead, ``Bizonylatszám`` grid, a ``Vevőkód`` line in the buyer's box),
an SAP-style bilingual page (``Számlaszám / Invoice number``, amounts with dot thousands and a
decimal comma), utility bills over two pages (electricity with ``Szolgáltató`` / ``Felhasználó``,
telecom with ``Előfizető``, gas), a final invoice that deducts its advance, an EU supply in EUR
without VAT, and NAV's invoice image (``Eladó adatai`` with ``Név:`` lines, multi-rate summary).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.golden.traps import NEW_PAGE, Op, _header_box, _parties, write_traps

NBSP = "\u00a0"


def _rows(x: float, y: float, rows: list[tuple[str, str]], *, gap: float = 15, value_x: float | None = None,
          size: int = 10) -> list[Op]:
    """``label: value`` lines one under another, or label and value in two columns when ``value_x``."""
    ops: list[Op] = []
    for i, (label, value) in enumerate(rows):
        if value_x is None:
            ops.append((x, y - gap * i, f"{label}: {value}", size))
        else:
            ops += [(x, y - gap * i, label, size), (value_x, y - gap * i, value, size)]
    return ops


def _table(y: float, columns: list[tuple[str, float]], rows: list[list[str]], *, size: int = 8) -> list[Op]:
    ops: list[Op] = [(x, y, head, size) for head, x in columns]
    for i, row in enumerate(rows):
        ops += [(x, y - 13 * (i + 1), cell, size) for (_, x), cell in zip(columns, row, strict=True)]
    return ops


SZAMLAZZ: list[Op] = [
    (470, 805, "Számla", 20), (380, 780, "Számlaszám: E-TSZ-2025-118"),
    *_parties(("Tiszta Forrás Kft.", "1134 Budapest, Váci út 19.", "Adószám: 25364758-2-41"),
              ("Kovács és Társa Bt.", "4025 Debrecen, Piac u. 12.", "Adószám: 21436587-2-09"), 740),
    (40, 684, "Bankszámlaszám: 11773016-01234567", 8),
    *_header_box([("Fizetési mód", "Átutalás"), ("Teljesítés dátuma", "2025.10.14"), ("Számla kelte", "2025.10.15"),
                  ("Fizetési határidő", "2025.10.29")], 650),
    *_table(580, [("Megnevezés", 40), ("Menny.", 200), ("Egységár", 250), ("Nettó ár", 310), ("ÁFA kulcs", 370),
                  ("ÁFA érték", 430), ("Bruttó ár", 500)],
            [["Tanácsadás", "10 óra", "15 000", "150 000", "27%", "40 500", "190 500"]]),
    *_table(520, [("ÁFA kulcs", 250), ("Nettó ár", 310), ("ÁFA érték", 400), ("Bruttó ár", 480)],
            [["27%", "150 000", "40 500", "190 500"], ["Összesen", "150 000", "40 500", "190 500"]]),
    (330, 460, "Fizetendő: 190 500 Ft", 14),
    (40, 60, "A számla a Számlázz.hu rendszerében készült.", 7),
]

BILLINGO: list[Op] = [
    (40, 800, "SZÁMLA", 20), (400, 808, "Számla sorszáma", 8), (400, 793, "BLG-2025-0042", 12),
    *_parties(("Pixel Műhely Kft.", "6722 Szeged, Kárász u. 6.", "Adószám: 26789012-2-06"),
              ("Bakony Étterem Kft.", "8400 Ajka, Szabadság tér 4.", "Adószám: 14567890-2-19"), 755),
    *_header_box([("Számla kelte", "2025. 11. 03."), ("Teljesítés dátuma", "2025. 11. 03."),
                  ("Fizetési határidő", "2025. 11. 11."), ("Fizetési mód", "Bankkártya")], 670),
    *_table(600, [("Megnevezés", 40), ("Mennyiség", 190), ("Nettó egységár", 250), ("Nettó ár", 320),
                  ("ÁFA", 380), ("ÁFA érték", 420), ("Bruttó ár", 490)],
            [["Weboldal karbantartás", "1 hó", "80 000", "80 000", "27%", "21 600", "101 600"],
             ["Szakkönyv", "2 db", "5 000", "10 000", "5%", "500", "10 500"]]),
    (300, 520, "Nettó összesen: 90 000 Ft"), (300, 505, "ÁFA összesen: 22 100 Ft"),
    (300, 490, "Bruttó összesen: 112 100 Ft"), (300, 465, "Fizetendő összeg: 112 100 Ft", 12),
    (40, 60, "Készült a Billingo online számlázóval.", 7),
]

KULCS_SOFT: list[Op] = [
    (260, 805, "SZÁMLA", 18), (255, 790, "Eredeti példány", 8), (500, 820, "1. oldal / 1", 7),
    (40, 755, "Szállító neve: Vértes Ker Kft."), (40, 740, "Szállító címe: 2800 Tatabánya, Fő tér 20."),
    (40, 725, "Szállító adószáma: 23456789-2-11"),
    (320, 755, "Vevő neve: Gerecse Pékség Bt."), (320, 740, "Vevő címe: 2890 Tata, Ady E. u. 3."),
    (320, 725, "Vevő adószáma: 28765432-2-11"),
    *_rows(40, 690, [("Számla sorszáma", "KS-2025/00456"), ("A számla kelte", "2025.12.01"),
                     ("Teljesítés időpontja", "2025.11.28"), ("Fizetési határidő", "2025.12.16"),
                     ("Fizetés módja", "átutalás")]),
    *_table(590, [("Megnevezés", 40), ("Mennyiség", 200), ("Egységár", 260), ("Nettó érték", 320),
                  ("ÁFA %", 390), ("ÁFA érték", 430), ("Bruttó érték", 490)],
            [["Liszt BL55", "500 kg", "500", "250 000", "27%", "67 500", "317 500"]]),
    (300, 530, "Nettó érték összesen: 250 000 Ft"), (300, 515, "ÁFA összesen: 67 500 Ft"),
    (300, 500, "Bruttó érték összesen: 317 500 Ft"),
    (40, 60, "Kulcs-Számla", 7),
]

NOVITAX: list[Op] = [
    (40, 805, "SZÁMLA", 16),
    *_rows(330, 805, [("Számla száma", "NX/2025/0789"), ("Kiállítás kelte", "2025.09.30"),
                      ("Teljesítés kelte", "2025.09.30"), ("Esedékesség", "2025.10.30")]),
    (40, 720, "Szállító: Alföldi Agrár Szövetkezet"), (40, 706, "6100 Kiskunfélegyháza, Kossuth u. 1."),
    (40, 692, "Adószám: 10203040-2-03"),
    (320, 720, "Vevő: Kiskun Malom Kft."), (320, 706, "6000 Kecskemét, Malom u. 9."),
    (320, 692, "Adószám: 20304050-2-03"),
    *_table(640, [("Megnevezés", 40), ("Menny.", 220), ("Egységár", 280), ("Nettó érték", 340), ("ÁFA%", 410),
                  ("ÁFA", 450)],
            [["Búza (étkezési)", "10 t", "100 000", "1 000 000", "5", "50 000"]]),
    (300, 560, "Nettó érték összesen: 1 000 000"), (300, 545, "ÁFA érték összesen: 50 000"),
    (300, 525, "Számla végösszege: 1 050 000 Ft", 12),
    (40, 60, "Novitax ügyviteli rendszer", 7),
]

COBRA_ERP: list[Op] = [
    (40, 808, "Mátra Vegyipari Zrt.", 14), (40, 794, "3200 Gyöngyös, Vegyész u. 2. · www.matravegy.hu", 7),
    (460, 805, "SZÁMLA", 18),
    *_header_box([("Bizonylatszám", "CB-25-003317"), ("Kiállítás dátuma", "2025.05.12"),
                  ("Teljesítés dátuma", "2025.05.09"), ("Esedékesség", "2025.06.11")], 765),
    *_parties(("Mátra Vegyipari Zrt.", "3200 Gyöngyös, Vegyész u. 2.", "Adószám: 12121212-2-10"),
              ("Zagyva Festék Kft.", "3000 Hatvan, Gyár u. 5.", "Adószám: 13131313-2-10"), 700,
              labels=("Szállító", "Vevő")),
    (320, 630, "Vevőkód: V-1002", 8),
    *_table(600, [("Cikkszám", 40), ("Megnevezés", 100), ("Mennyiség", 250), ("Egységár", 310), ("Nettó", 370),
                  ("ÁFA", 430), ("Bruttó", 490)],
            [["VF-200", "Vizes diszperzió", "400 kg", "1 250", "500 000", "135 000", "635 000"]]),
    (330, 530, "Nettó érték", 9), (460, 530, "500 000 Ft", 9),
    (330, 515, "ÁFA 27%", 9), (460, 515, "135 000 Ft", 9),
    (330, 495, "Fizetendő", 11), (460, 495, "635 000 Ft", 11),
]

SAP_ERP: list[Op] = [
    (40, 805, "Számla / Invoice", 16),
    *_rows(40, 775, [("Számlaszám / Invoice number", "9100004567"), ("Számla kelte / Invoice date", "2025.03.10"),
                     ("Teljesítés dátuma / Delivery date", "2025.03.07"),
                     ("Fizetési határidő / Due date", "2025.04.09"),
                     ("Megrendelésszám / PO number", "4500012345"), ("Vevőszám / Customer no.", "100234")],
           value_x=230),
    *_parties(("Danube Components Hungary Kft.", "9027 Győr, Ipari park 4.", "Adószám: 14141414-2-08"),
              ("Rába Járműtechnika Kft.", "9021 Győr, Szent István út 1.", "Adószám: 15151515-2-08"), 670,
              labels=("Szállító / Supplier", "Vevő / Customer")),
    *_table(590, [("Tétel / Item", 40), ("Anyag / Material", 90), ("Megnevezés / Description", 160),
                  ("Mennyiség / Qty", 300), ("Nettó / Net", 380), ("ÁFA / VAT", 450)],
            [["10", "MAT-7781", "Tengelycsonk", "250 db", "1.250.000,00", "337.500,00"]]),
    *_rows(300, 530, [("Nettó érték / Net value", "1.250.000,00 HUF"), ("ÁFA 27% / VAT 27%", "337.500,00 HUF"),
                      ("Bruttó összeg / Gross amount", "1.587.500,00 HUF")], value_x=460, size=9),
]

ELECTRICITY: list[Op] = [
    (40, 805, "VILLAMOSENERGIA SZÁMLA", 16), (40, 790, "Egyetemes szolgáltatás", 8),
    (40, 760, "Szolgáltató:"), (40, 746, "Áramkör Energia Zrt."), (40, 732, "1134 Budapest, Energia u. 3."),
    (40, 718, "Adószám: 13579246-2-44"),
    (320, 760, "Felhasználó:"), (320, 746, "Nagy Péter"), (320, 732, "2040 Budaörs, Szív u. 7."),
    (320, 718, "Ügyfélazonosító: 300012345", 8),
    *_rows(40, 670, [("Számla sorszáma", "ED25-0123456"), ("Számla kelte", "2025.02.05"),
                     ("Teljesítés időpontja", "2025.01.31"), ("Elszámolt időszak", "2025.01.01 – 2025.01.31"),
                     ("Fizetési határidő", "2025.02.20")]),
    (40, 560, "Fizetendő összeg: 18 542 Ft", 14),
    (40, 530, "A számla részletezését a 2. oldal tartalmazza.", 8),
    (480, 40, "1. oldal / 2", 7),
    NEW_PAGE,
    (40, 805, "Számla részletező", 12),
    *_table(780, [("Megnevezés", 40), ("Mennyiség", 220), ("Egységár", 290), ("Nettó", 350), ("ÁFA %", 410),
                  ("ÁFA", 460), ("Bruttó", 510)],
            [["Energiadíj", "180 kWh", "40,00", "7 200", "27%", "1 944", "9 144"],
             ["Rendszerhasználati díj", "180 kWh", "41,11", "7 400", "27%", "1 998", "9 398"]]),
    (300, 700, "Nettó összesen: 14 600 Ft"), (300, 685, "ÁFA összesen: 3 942 Ft"),
    (300, 670, "Bruttó összesen: 18 542 Ft"),
    (480, 40, "2. oldal / 2", 7),
]

TELECOM: list[Op] = [
    (40, 805, "Távközlési szolgáltatás számla", 14),
    (40, 760, "Szolgáltató:"), (40, 746, "Hírnök Telekom Nyrt."), (40, 732, "1117 Budapest, Hálózat tér 1."),
    (40, 718, "Adószám: 24242424-2-44"),
    (320, 760, "Előfizető:"), (320, 746, "Fazekas Műhely Kft."), (320, 732, "5000 Szolnok, Tisza u. 2."),
    (320, 718, "Adószám: 25252525-2-16"),
    *_header_box([("Számla sorszáma", "TK-2025-7788990"), ("Számla kelte", "2025.03.03"),
                  ("Teljesítés dátuma", "2025.02.28"), ("Fizetési határidő", "2025.03.18")], 670),
    (40, 590, "Fizetendő összeg: 9 990 Ft", 14),
    (480, 40, "1. oldal / 2", 7),
    NEW_PAGE,
    (40, 805, "Díjtételek", 12),
    *_table(780, [("Szolgáltatás", 40), ("Időszak", 200), ("Nettó", 330), ("ÁFA", 400), ("Bruttó", 470)],
            [["Mobil előfizetés", "2025.02.01–02.28", "6 291", "1 699", "7 990"],
             ["Adatjegy", "2025.02.01–02.28", "1 575", "425", "2 000"]]),
    (300, 720, "Nettó összesen: 7 866 Ft"), (300, 705, "ÁFA összesen: 2 124 Ft"),
    (300, 690, "Bruttó összesen: 9 990 Ft"),
]

GAS: list[Op] = [
    (40, 805, "FÖLDGÁZ SZÁMLA", 16),
    *_rows(330, 805, [("Számla sorszáma", "GZ/2025/445566"), ("Számla kelte", "2025.01.10"),
                      ("Fizetési határidő", "2025.01.25")], size=9),
    (40, 750, "Szolgáltató:"), (40, 736, "Tiszagáz Kereskedelmi Zrt."), (40, 722, "6720 Szeged, Gáz u. 1."),
    (40, 708, "Adószám: 26262626-2-06"),
    (320, 750, "Felhasználó:"), (320, 736, "Horváth Edit"), (320, 722, "6724 Szeged, Rózsa u. 3."),
    (40, 660, "Elszámolt időszak: 2024.12.01 – 2024.12.31"), (40, 645, "Teljesítés időpontja: 2024.12.31"),
    (40, 600, "Fizetendő összeg: 25 400 Ft", 14),
    NEW_PAGE,
    (40, 805, "Részletező", 12),
    *_table(780, [("Megnevezés", 40), ("Mennyiség", 220), ("Nettó", 330), ("ÁFA", 400), ("Bruttó", 470)],
            [["Gázdíj", "1 450 MJ", "14 000", "3 780", "17 780"],
             ["Rendszerhasználati díj", "1 450 MJ", "6 000", "1 620", "7 620"]]),
    (300, 720, "Nettó összesen: 20 000 Ft"), (300, 705, "ÁFA összesen: 5 400 Ft"),
    (300, 690, "Bruttó összesen: 25 400 Ft"),
]

FINAL: list[Op] = [
    (40, 805, "VÉGSZÁMLA", 16),
    *_rows(40, 780, [("Számla sorszáma", "VG-2025-9"), ("Számla kelte", "2025.04.30"),
                     ("Teljesítés dátuma", "2025.04.28"), ("Fizetési határidő", "2025.05.15")]),
    *_parties(("Zöld Alapítvány Oktató Kft.", "7621 Pécs, Széchenyi tér 9.", "Adószám: 18273645-1-02"),
              ("Mecsek Iskola Nonprofit Kft.", "7632 Pécs, Kertváros u. 4.", "Adószám: 19283746-2-02"), 700),
    *_table(610, [("Megnevezés", 40), ("Nettó", 300), ("ÁFA", 380), ("Bruttó", 460)],
            [["Tanfolyam (teljes díj)", "1 000 000", "270 000", "1 270 000"],
             ["Levont előleg (ELO-2025-3 sz. előlegszámla)", "-200 000", "-54 000", "-254 000"]]),
    (300, 540, "Nettó összesen: 800 000 Ft"), (300, 525, "ÁFA összesen: 216 000 Ft"),
    (300, 510, "Fizetendő összesen: 1 016 000 Ft"),
]

EU_SUPPLY: list[Op] = [
    (40, 805, "SZÁMLA / INVOICE", 16),
    *_rows(40, 780, [("Számla sorszáma", "EXP-2025/031"), ("Számla kelte", "2025.06.16"),
                     ("Teljesítés dátuma", "2025.06.13"), ("Fizetési határidő", "2025.07.16"), ("Pénznem", "EUR")]),
    *_parties(("Alföld Gépgyártó Zrt.", "6720 Szeged, Dugonics tér 1.", "Közösségi adószám: HU11223344"),
              ("Alpen Maschinen GmbH", "A-5020 Salzburg, Hauptstraße 8.", "Közösségi adószám: ATU12345678"), 690,
              labels=("Eladó:", "Vevő:")),
    (40, 600, "Közösségen belüli adómentes termékértékesítés, Áfa tv. 89. §", 8),
    (40, 585, "Árfolyam: 1 EUR = 398,15 HUF", 8),
    (300, 540, "Nettó összesen:"), (450, 540, f"12 500,00{NBSP}EUR"),
    (300, 525, "ÁFA összesen:"), (450, 525, f"0,00{NBSP}EUR"),
    (300, 510, "Fizetendő összesen:"), (450, 510, f"12 500,00{NBSP}EUR"),
]

NAV_SZAMLAKEP: list[Op] = [
    (200, 810, "Számlakép", 16), (150, 795, "a NAV Online Számla rendszerébe beküldött adatok alapján", 7),
    (40, 765, "Eladó adatai", 11), (320, 765, "Vevő adatai", 11),
    (40, 748, "Név: Duna Papír Kft."), (320, 748, "Név: Kékes Építő Bt."),
    (40, 734, "Adószám: 12345676-2-42"), (320, 734, "Adószám: 24681357-2-13"),
    (40, 720, "Cím: 1095 Budapest, Soroksári út 30."), (320, 720, "Cím: 3200 Gyöngyös, Fő tér 3."),
    (40, 690, "Számla adatai", 11),
    *_rows(40, 673, [("Számla sorszáma", "DP-2025-00077"), ("Számla kelte", "2025.09.01"),
                     ("Teljesítés dátuma", "2025.08.29"), ("Fizetési határidő", "2025.09.16"), ("Pénznem", "HUF"),
                     ("Számla típusa", "Normál számla")]),
    (40, 560, "ÁFA összesítő", 9),
    *_table(545, [("ÁFA mérték", 40), ("Nettó érték", 160), ("ÁFA érték", 280), ("Bruttó érték", 400)],
            [["27%", "100 000", "27 000", "127 000"], ["18%", "50 000", "9 000", "59 000"]], size=9),
    *_rows(280, 480, [("Számla nettó összege", "150 000 HUF"), ("Számla ÁFA összege", "36 000 HUF"),
                      ("Számla bruttó összege", "186 000 HUF")], value_x=430, size=9),
]


def _e(layout: str, number: str, kind: str, issue: str, **fields: Any) -> dict[str, Any]:
    return {"layout": layout, "invoice_number": number, "kind": kind, "issue_date": issue, **fields}


def _p(seller: str, seller_tax: str | None, buyer: str, buyer_tax: str | None) -> dict[str, Any]:
    return {"seller.name": seller, "seller.tax_number": seller_tax, "buyer.name": buyer, "buyer.tax_number": buyer_tax}


def _huf(net: str, vat: str, gross: str) -> dict[str, str]:
    return {"currency": "HUF", "net_total": net, "vat_total": vat, "gross_total": gross}


CASES: dict[str, tuple[list[Op], dict[str, Any]]] = {
    "w01_szamlazz": (SZAMLAZZ, _e(
        "szamlazz_hu", "E-TSZ-2025-118", "normal", "2025-10-15", fulfilment_date="2025-10-14",
        due_date="2025-10-29", **_huf("150000", "40500", "190500"),
        **_p("Tiszta Forrás Kft.", "25364758-2-41", "Kovács és Társa Bt.", "21436587-2-09"))),
    "w02_billingo": (BILLINGO, _e(
        "billingo", "BLG-2025-0042", "normal", "2025-11-03", fulfilment_date="2025-11-03", due_date="2025-11-11",
        **_huf("90000", "22100", "112100"),
        **_p("Pixel Műhely Kft.", "26789012-2-06", "Bakony Étterem Kft.", "14567890-2-19"))),
    "w03_kulcs_soft": (KULCS_SOFT, _e(
        "kulcs_soft", "KS-2025/00456", "normal", "2025-12-01", fulfilment_date="2025-11-28",
        due_date="2025-12-16", **_huf("250000", "67500", "317500"),
        **_p("Vértes Ker Kft.", "23456789-2-11", "Gerecse Pékség Bt.", "28765432-2-11"))),
    "w04_novitax": (NOVITAX, _e(
        "novitax", "NX/2025/0789", "normal", "2025-09-30", fulfilment_date="2025-09-30", due_date="2025-10-30",
        **_huf("1000000", "50000", "1050000"),
        **_p("Alföldi Agrár Szövetkezet", "10203040-2-03", "Kiskun Malom Kft.", "20304050-2-03"))),
    "w05_cobra_erp": (COBRA_ERP, _e(
        "cobra_erp", "CB-25-003317", "normal", "2025-05-12", fulfilment_date="2025-05-09", due_date="2025-06-11",
        **_huf("500000", "135000", "635000"),
        **_p("Mátra Vegyipari Zrt.", "12121212-2-10", "Zagyva Festék Kft.", "13131313-2-10"))),
    "w06_sap_erp": (SAP_ERP, _e(
        "sap_erp", "9100004567", "normal", "2025-03-10", fulfilment_date="2025-03-07", due_date="2025-04-09",
        order_reference="4500012345", **_huf("1250000", "337500", "1587500"),
        **_p("Danube Components Hungary Kft.", "14141414-2-08", "Rába Járműtechnika Kft.", "15151515-2-08"))),
    "w07_electricity": (ELECTRICITY, _e(
        "utility_electricity", "ED25-0123456", "normal", "2025-02-05", fulfilment_date="2025-01-31",
        due_date="2025-02-20", **_huf("14600", "3942", "18542"),
        **_p("Áramkör Energia Zrt.", "13579246-2-44", "Nagy Péter", None))),
    "w08_telecom": (TELECOM, _e(
        "utility_telecom", "TK-2025-7788990", "normal", "2025-03-03", fulfilment_date="2025-02-28",
        due_date="2025-03-18", **_huf("7866", "2124", "9990"),
        **_p("Hírnök Telekom Nyrt.", "24242424-2-44", "Fazekas Műhely Kft.", "25252525-2-16"))),
    "w09_gas": (GAS, _e(
        "utility_gas", "GZ/2025/445566", "normal", "2025-01-10", fulfilment_date="2024-12-31",
        due_date="2025-01-25", **_huf("20000", "5400", "25400"),
        **_p("Tiszagáz Kereskedelmi Zrt.", "26262626-2-06", "Horváth Edit", None))),
    "w10_final": (FINAL, _e(
        "final", "VG-2025-9", "final", "2025-04-30", fulfilment_date="2025-04-28", due_date="2025-05-15",
        **_huf("800000", "216000", "1016000"),
        **_p("Zöld Alapítvány Oktató Kft.", "18273645-1-02", "Mecsek Iskola Nonprofit Kft.", "19283746-2-02"))),
    "w11_eu_supply": (EU_SUPPLY, _e(
        "eu_supply", "EXP-2025/031", "normal", "2025-06-16", fulfilment_date="2025-06-13", due_date="2025-07-16",
        currency="EUR", net_total="12500.00", vat_total="0.00", gross_total="12500.00",
        **{"seller.name": "Alföld Gépgyártó Zrt.", "seller.vat_number": "HU11223344",
           "buyer.name": "Alpen Maschinen GmbH", "buyer.vat_number": "ATU12345678"})),
    "w12_nav_szamlakep": (NAV_SZAMLAKEP, _e(
        "nav_szamlakep", "DP-2025-00077", "normal", "2025-09-01", fulfilment_date="2025-08-29",
        due_date="2025-09-16", **_huf("150000", "36000", "186000"),
        **_p("Duna Papír Kft.", "12345676-2-42", "Kékes Építő Bt.", "24681357-2-13"))),
}


def write_world(folder: Path) -> None:
    """Every case's PDF beside its expected JSON (what ``szamlatar accuracy`` reads)."""
    write_traps(folder, CASES)
