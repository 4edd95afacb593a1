"""Blind held-out set A: realistic Hungarian invoice PDFs with the expected answers beside them.

Written from general knowledge of what Hungarian companies receive (invoicing web apps, desktop
invoicing and ERP printouts, NAV's printed invoice image, utility and telecom bills, webshops),
without looking at how the reader works. Every company, person, number and address is made up.

Most documents are HTML+CSS printed to PDF by headless Chromium (a different text-layer producer
than the project's reportlab-drawn golden PDFs); a few are drawn with reportlab in their own style.

    .venv/bin/python -m tests.golden.heldout_a.make_set            # HTML, PDFs and JSONs here
    .venv/bin/python -m tests.golden.heldout_a.make_set --html-only
    .venv/bin/python -m tests.golden.heldout_a.make_set --scans /tmp/scans 200   # 8 image-only scans

The expected JSON holds the keys ``szamlatar accuracy`` compares plus ``layout``; a field the
document does not carry is null; amounts are in the invoice's currency, negative for a storno.
"""


from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
D = Decimal

MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december")
RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM", "KBAET": "KBAET"}


# --------------------------------------------------------------------------------------------- data

@dataclass
class Party:
    name: str
    address: str
    tax: str | None = None  # Hungarian tax number, as the JSON expects it (12345678-2-41)
    vat: str | None = None  # EU VAT number
    bank: str | None = None
    shown_name: str | None = None  # how the document prints the name, when it differs (old fonts)


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal  # net unit price
    rate: str  # "27", "18", "5", "0", "AAM", "TAM", "KBAET"
    net: Decimal = field(default_factory=Decimal)
    vat: Decimal = field(default_factory=Decimal)
    gross: Decimal = field(default_factory=Decimal)


@dataclass
class Doc:
    stem: str
    layout: str
    kind: str
    number: str
    issue: date
    fulfil: date | None
    due: date | None
    seller: Party
    buyer: Party
    lines: list[Line]
    currency: str = "HUF"
    preceding: str | None = None
    order: str | None = None
    payment: str = "Átutalás"
    date_style: str = "dot"  # dot | long | iso | spaced
    sep: str = " "  # thousands separator
    cur: str = "{} Ft"  # how an amount is printed with its currency
    rate_eur: Decimal | None = None  # MNB rate, for foreign-currency invoices
    extra: dict = field(default_factory=dict)

    # ----- computed
    def compute(self) -> None:
        q = D("1") if self.currency == "HUF" else D("0.01")
        for line in self.lines:
            line.net = (line.qty * line.price).quantize(q, ROUND_HALF_UP)
            pct = D(line.rate) / 100 if line.rate.isdigit() else D(0)
            line.vat = (line.net * pct).quantize(q, ROUND_HALF_UP)
            line.gross = line.net + line.vat

    @property
    def net(self) -> Decimal:
        return sum((x.net for x in self.lines), D(0))

    @property
    def vat(self) -> Decimal:
        return sum((x.vat for x in self.lines), D(0))

    @property
    def gross(self) -> Decimal:
        return sum((x.gross for x in self.lines), D(0))

    def by_rate(self) -> list[tuple[str, Decimal, Decimal, Decimal]]:
        out: dict[str, list[Decimal]] = {}
        for x in self.lines:
            acc = out.setdefault(x.rate, [D(0), D(0), D(0)])
            acc[0] += x.net
            acc[1] += x.vat
            acc[2] += x.gross
        return [(r, *v) for r, v in out.items()]

    # ----- formatting
    def d(self, value: date | None, style: str | None = None) -> str:
        if value is None:
            return ""
        style = style or self.date_style
        if style == "long":
            return f"{value.year}. {MONTHS[value.month - 1]} {value.day}."
        if style == "iso":
            return value.isoformat()
        if style == "spaced":
            return f"{value.year}. {value.month:02d}. {value.day:02d}."
        return f"{value.year}.{value.month:02d}.{value.day:02d}."

    def n(self, value: Decimal, decimals: int | None = None) -> str:
        if decimals is None:
            decimals = 0 if self.currency == "HUF" else 2
        neg = value < 0
        text = f"{abs(value):,.{decimals}f}"
        whole, _, frac = text.partition(".")
        whole = whole.replace(",", self.sep)
        text = whole + ("," + frac if frac else "")
        return ("-" if neg else "") + text

    def m(self, value: Decimal, decimals: int | None = None) -> str:
        return self.cur.format(self.n(value, decimals))

    def huf(self, value: Decimal) -> str:
        """A foreign-currency amount converted at the MNB rate, printed in forints."""
        assert self.rate_eur is not None
        neg = value < 0
        text = f"{abs(value * self.rate_eur).quantize(D(1), ROUND_HALF_UP):,.0f}".replace(",", " ")
        return ("-" if neg else "") + text + " Ft"

    def expected(self) -> dict:
        out = {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat(),
            "fulfilment_date": self.fulfil.isoformat() if self.fulfil else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": self.currency,
            "net_total": str(self.net),
            "vat_total": str(self.vat),
            "gross_total": str(self.gross),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat,
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "order_reference": self.order,
            "preceding_invoice": self.preceding,
            "layout": self.layout,
        }
        # what the document prints differently from the data, or does not print at all
        out.update(self.extra.get("expect", {}))
        return out


def L(desc: str, qty: str, unit: str, price: str, rate: str = "27") -> Line:
    return Line(desc, D(qty), unit, D(price), rate)


def shown(p: Party) -> str:
    return p.shown_name or p.name


# -------------------------------------------------------------------------------------- companies

S_TISZA = Party("Tiszapart Gépker Kft.", "6000 Kecskemét, Rákóczi út 14.", "14785236-2-03", None,
                "11773016-20458812-00000000")
S_BALATON = Party("Balatonfelvidéki Borház Kft.", "8230 Balatonfüred, Arácsi út 3/B.", "25638417-2-19",
                  "HU25638417", "10918001-00000084-55230009")
S_PIXEL = Party("PixelNyomda Kft.", "1097 Budapest, Gubacsi út 6.", "26841593-2-43", None,
                "12010659-01452299-00100002")
S_MECSEK = Party("Mecsek-Ép Építőipari Zrt.", "7621 Pécs, Király utca 21.", "11223344-2-02", "HU11223344",
                 "10402427-50526752-87661005")
S_KORONA = Party("Korona Irodaszer Bt.", "4025 Debrecen, Piac utca 45.", "21346579-2-09", None,
                 "11738008-20147931")
S_SZEGED = Party("Szegedi Fűszerpaprika Kft.", "6725 Szeged, Kálvária sugárút 87.", "13579246-2-06",
                 "HU13579246", "10300002-10659043-49020012")
S_DUNA = Party("Dunamenti Logisztika Zrt.", "2400 Dunaújváros, Vasmű út 41.", "10987654-4-07", "HU10987654",
               "10700024-24789512-51100005")
S_ENERGIA = Party("Alföldi Áramszolgáltató Zrt.", "6724 Szeged, Kossuth Lajos sugárút 64-66.",
                  "12893450-2-06", "HU12893450", "10402805-28014265-00000000")
S_GAZ = Party("Észak-Dunántúli Földgázellátó Zrt.", "9027 Győr, Kandó Kálmán utca 11-13.", "24681357-2-08",
              "HU24681357", "11600006-00000000-64829117")
S_TELCO = Party("Hangraj Távközlési Zrt.", "1117 Budapest, Budafoki út 91-93.", "15422731-2-44",
                "HU15422731", "10800007-70000000-12345600")
S_WEB = Party("Kütyübolt Online Kft.", "1138 Budapest, Váci út 178.", "27419365-2-41", None,
              "16200010-00187524")
S_SOFT = Party("Bitfaragó Szoftverház Kft.", "1027 Budapest, Kapás utca 6-12.", "23456789-2-41", "HU23456789",
               "11711041-20874533-00000000")
S_ORVOS = Party("Dr. Kertész Anna egyéni vállalkozó", "2600 Vác, Széchenyi utca 9.", "68451273-1-33", None,
                "11742087-21456310")
S_ASZTAL = Party("Gyalu és Társa Asztalos Bt.", "3300 Eger, Maklári út 77.", "28765432-2-10", None,
                 "10404508-49525753-50511006")
S_KORNYEZET = Party("Zöldkör Környezetvédelmi Nonprofit Kft.", "9400 Sopron, Lackner Kristóf utca 5.",
                    "18234567-2-08", None, "11737007-20512893")
S_OREG = Party("Őrhegyi Fűrészüzem Kft.", "8900 Zalaegerszeg, Kossuth utca 33.", "12457896-2-20", None,
               "10918001-00000047-13450007",
               shown_name="Õrhegyi Fûrészüzem Kft.")
S_SAP = Party("Magyar Autóalkatrész Gyártó Kft.", "9027 Győr, Ipari Park, Kardán utca 2.", "10293847-2-08",
              "HU10293847", "HU42 1080 0007 3000 0000 1234 5678")
S_HIDRO = Party("Hidro-Tech Épületgépész Kft.", "5000 Szolnok, Ady Endre út 18.", "29384756-2-16", None,
                "11745004-20125587")

B_ORSEG = Party("Őrség Bútor Zrt.", "9941 Őriszentpéter, Fő út 12.", "58617289-2-18")
B_FARKAS = Party("Farkas és Fia Kereskedelmi Kft.", "1139 Budapest, Lehel utca 59.", "23918456-2-41")
B_ZOLD = Party("Zöldkert Agrár Kft.", "6600 Szentes, Kossuth tér 6.", "14523698-2-06")
B_HOLD = Party("Holdfény Vendéglátó Kft.", "8600 Siófok, Petőfi sétány 11.", "26713548-2-14", "HU26713548")
B_ELEKTRO = Party("Elektro-Sáfrány Kft.", "3529 Miskolc, Szentpéteri kapu 80.", "11998877-2-05")
B_KOVACS = Party("Kovács Péter", "2030 Érd, Diósdi út 102.")
B_DE = Party("Brauhaus Weber GmbH", "Hauptstraße 17, 80331 München, Deutschland", None, "DE287654321")
B_AT = Party("Alpen Holzhandel GmbH", "Industriestraße 5, 4020 Linz, Österreich", None, "ATU12345678")
B_SK = Party("Tatra Auto Parts s.r.o.", "Priemyselná 12, 917 01 Trnava, Slovensko", None, "SK2021234567")
B_KOZSEG = Party("Kiskunhalas Város Önkormányzata", "6400 Kiskunhalas, Hősök tere 1.", "15724785-2-03")
B_IRODA = Party("Napsugár Ügyvédi Iroda", "1054 Budapest, Alkotmány utca 10.", "18745632-2-41")
B_LAKAS = Party("Szabó-Nagy Ildikó", "9024 Győr, Babits Mihály utca 8. 2/5.")
B_PANZIO = Party("Hegyalja Panzió Kft.", "3910 Tokaj, Rákóczi út 41.", "25874136-2-05")


# --------------------------------------------------------------------------------------- HTML base

BASE_CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; margin: 0; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 2px 4px; vertical-align: top; }
.r { text-align: right; } .c { text-align: center; } .b { font-weight: bold; }
.small { font-size: 7.5pt; } .tiny { font-size: 6.5pt; color: #555; }
.page { page-break-after: always; position: relative; min-height: 265mm; }
.page:last-child { page-break-after: auto; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; font-size: 7pt; color: #555;
        border-top: 1px solid #aaa; padding-top: 2px; }
"""


def page(body: str, css: str = "", title: str = "Számla") -> str:
    return (f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><title>{escape(title)}</title>"
            f"<style>{BASE_CSS}{css}</style></head><body>{body}</body></html>")


def e(text: object) -> str:
    return escape(str(text))


def party_lines(p: Party, *, tax_label: str = "Adószám:", vat_label: str = "Közösségi adószám:",
                bank_label: str = "Bankszámlaszám:", tax_text: str | None = None) -> str:
    rows = [f"<div class='b'>{e(shown(p))}</div>", f"<div>{e(p.address)}</div>"]
    if p.tax:
        rows.append(f"<div>{e(tax_label)} {e(tax_text or p.tax)}</div>")
    if p.vat:
        rows.append(f"<div>{e(vat_label)} {e(p.vat)}</div>")
    if p.bank:
        rows.append(f"<div>{e(bank_label)} {e(p.bank)}</div>")
    return "".join(rows)


def rate_text(rate: str) -> str:
    return RATE_LABEL[rate]


# ------------------------------------------------------------------------------------ templates

def t_szamlazz(doc: Doc) -> str:
    """Web-app style: title top right, seller/buyer boxes, four date boxes, 7-column table."""
    css = """
    .hd { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #333; }
    .hd h1 { font-size: 22pt; margin: 0; letter-spacing: 1px; }
    .parties { display: flex; gap: 8mm; margin: 4mm 0; } .parties > div { flex: 1; border: 1px solid #999;
      padding: 2mm; } .lab { font-size: 7pt; color: #666; text-transform: uppercase; }
    .dates { display: flex; border: 1px solid #999; margin-bottom: 4mm; } .dates > div { flex: 1; padding: 1.5mm;
      border-right: 1px solid #999; } .dates > div:last-child { border-right: none; }
    .items th { background: #eee; border-bottom: 1px solid #333; font-size: 8pt; }
    .items td { border-bottom: 1px solid #ddd; }
    .tot { width: 50%; margin-left: 50%; margin-top: 3mm; } .tot td { border-bottom: 1px solid #ddd; }
    .pay { font-size: 13pt; font-weight: bold; text-align: right; margin-top: 3mm; }
    """
    title = {"normal": "Számla", "advance": "Előlegszámla", "final": "Végszámla", "storno": "Sztornó számla",
             "correction": "Helyesbítő számla", "proforma": "Díjbekérő"}[doc.kind]
    sub = doc.extra.get("subtitle", "")
    ref = ""
    if doc.preceding:
        ref = f"<div>Eredeti számla sorszáma: <b>{e(doc.preceding)}</b></div>"
    rows = "".join(
        f"<tr><td>{e(x.desc)}</td><td class='r'>{e(doc.n(x.qty, 0 if x.qty == x.qty.to_integral() else 2))}"
        f" {e(x.unit)}</td><td class='r'>{doc.n(x.price)}</td><td class='r'>{doc.n(x.net)}</td>"
        f"<td class='c'>{rate_text(x.rate)}</td><td class='r'>{doc.n(x.vat)}</td>"
        f"<td class='r'>{doc.n(x.gross)}</td></tr>" for x in doc.lines)
    vat_rows = "".join(
        f"<tr><td>{rate_text(r)}</td><td class='r'>{doc.n(n)}</td><td class='r'>{doc.n(v)}</td>"
        f"<td class='r'>{doc.n(g)}</td></tr>" for r, n, v, g in doc.by_rate())
    eur = ""
    if doc.rate_eur:
        eur = (f"<p class='small'>Alkalmazott árfolyam: 1 EUR = {str(doc.rate_eur).replace('.', ',')} HUF "
               f"(MNB, {doc.d(doc.extra['rate_date'])})<br>Áfa forintban: {doc.huf(doc.vat)} &nbsp; "
               f"Nettó forintban: {doc.huf(doc.net)}</p>")
    body = f"""
    <div class='hd'><div><div class='b' style='font-size:13pt'>{e(shown(doc.seller))}</div>{e(sub)}</div>
      <div style='text-align:right'><h1>{title}</h1><div>Számlaszám: <b>{e(doc.number)}</b></div>{ref}</div></div>
    <div class='parties'>
      <div><div class='lab'>Eladó</div>{party_lines(doc.seller)}</div>
      <div><div class='lab'>Vevő</div>{party_lines(doc.buyer)}</div></div>
    <div class='dates'>
      <div><div class='lab'>Fizetési mód</div>{e(doc.payment)}</div>
      <div><div class='lab'>Teljesítés dátuma</div>{doc.d(doc.fulfil)}</div>
      <div><div class='lab'>Számla kelte</div>{doc.d(doc.issue)}</div>
      <div><div class='lab'>Fizetési határidő</div>{doc.d(doc.due)}</div></div>
    {f"<p>Megrendelés száma: {e(doc.order)}</p>" if doc.order else ""}
    <table class='items'><tr><th>Megnevezés</th><th class='r'>Mennyiség</th><th class='r'>Nettó egységár</th>
      <th class='r'>Nettó ár</th><th>ÁFA</th><th class='r'>ÁFA érték</th><th class='r'>Bruttó ár</th></tr>{rows}</table>
    <table class='tot'><tr><th>ÁFA kulcs</th><th class='r'>Nettó</th><th class='r'>ÁFA</th><th class='r'>Bruttó</th>
      </tr>{vat_rows}<tr class='b'><td>Összesen</td><td class='r'>{doc.n(doc.net)}</td>
      <td class='r'>{doc.n(doc.vat)}</td><td class='r'>{doc.n(doc.gross)}</td></tr></table>
    <div class='pay'>Fizetendő: {doc.m(doc.gross)}</div>
    {eur}
    <p class='small'>{e(doc.extra.get('note', ''))}</p>
    <div class='tiny' style='margin-top:10mm'>A számla elektronikus úton, a SzámlaFelhő online számlázóval készült.
      Oldal: 1/1</div>"""
    return page(body, css)


def t_billingo(doc: Doc) -> str:
    """Modern, bilingual labels, big total top right, ISO-ish dates, a light grey card layout."""
    css = """
    body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; }
    .top { display: flex; justify-content: space-between; } .top h1 { font-size: 20pt; margin: 0 0 2mm 0; color: #1b4f8a; }
    .card { background: #f3f5f8; border-radius: 3mm; padding: 3mm; }
    .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; margin: 5mm 0; }
    .lab { color: #6a7a8c; font-size: 7.5pt; } .kv td:first-child { color: #6a7a8c; width: 45%; }
    .items th { text-align: left; color: #6a7a8c; font-weight: normal; border-bottom: 1px solid #ccd; font-size: 7.5pt; }
    .items td { border-bottom: 1px solid #eef; }
    .big { font-size: 18pt; font-weight: bold; color: #1b4f8a; }
    .wm { position: fixed; top: 95mm; left: 20mm; font-size: 110pt; color: rgba(200,0,0,0.12);
          transform: rotate(-35deg); font-weight: bold; }
    """
    title = {"normal": "Számla / Invoice", "advance": "Előlegszámla / Advance invoice",
             "final": "Végszámla / Final invoice", "storno": "Sztornó számla / Cancellation invoice",
             "correction": "Módosító számla / Corrective invoice", "proforma": "Díjbekérő / Pro forma"}[doc.kind]
    rows = "".join(
        f"<tr><td>{e(x.desc)}</td><td class='r'>{doc.n(x.qty, 0)}</td><td>{e(x.unit)}</td>"
        f"<td class='r'>{doc.n(x.price)}</td><td class='r'>{rate_text(x.rate)}</td><td class='r'>{doc.n(x.net)}</td>"
        f"<td class='r'>{doc.n(x.vat)}</td><td class='r'>{doc.n(x.gross)}</td></tr>" for x in doc.lines)
    vat_rows = "".join(
        f"<tr><td>{rate_text(r)}</td><td class='r'>{doc.m(n)}</td><td class='r'>{doc.m(v)}</td>"
        f"<td class='r'>{doc.m(g)}</td></tr>" for r, n, v, g in doc.by_rate())
    ref = (f"<tr><td>Eredeti számla / Original invoice</td><td>{e(doc.preceding)}</td></tr>"
           if doc.preceding else "")
    wm = "<div class='wm'>MINTA</div>" if doc.extra.get("watermark") else ""
    body = f"""{wm}
    <div class='top'><div><h1>{title}</h1>
      <table class='kv' style='width:95mm'>
        <tr><td>Számla sorszáma / Invoice number</td><td class='b'>{e(doc.number)}</td></tr>{ref}
        <tr><td>Kiállítás dátuma / Issue date</td><td>{doc.d(doc.issue)}</td></tr>
        <tr><td>Teljesítés dátuma / Delivery date</td><td>{doc.d(doc.fulfil)}</td></tr>
        <tr><td>Fizetési határidő / Due date</td><td>{doc.d(doc.due)}</td></tr>
        <tr><td>Fizetési mód / Payment method</td><td>{e(doc.payment)}</td></tr>
        {f"<tr><td>Rendelésszám / Order no.</td><td>{e(doc.order)}</td></tr>" if doc.order else ""}
      </table></div>
      <div class='card' style='text-align:right; min-width:60mm'><div class='lab'>Fizetendő / Amount due</div>
        <div class='big'>{doc.m(doc.gross)}</div></div></div>
    <div class='grid'>
      <div class='card'><div class='lab'>Eladó / Seller</div>{party_lines(doc.seller, tax_label='Adószám / Tax no.:',
        vat_label='EU adószám / EU VAT no.:', bank_label='Bankszámla / Bank account:')}</div>
      <div class='card'><div class='lab'>Vevő / Buyer</div>{party_lines(doc.buyer, tax_label='Adószám / Tax no.:',
        vat_label='EU adószám / EU VAT no.:')}</div></div>
    <table class='items'><tr><th>Megnevezés / Description</th><th class='r'>Menny. / Qty</th><th>Egység / Unit</th>
      <th class='r'>Egységár / Unit price</th><th class='r'>ÁFA / VAT</th><th class='r'>Nettó / Net</th>
      <th class='r'>ÁFA érték / VAT</th><th class='r'>Bruttó / Gross</th></tr>{rows}</table>
    <table class='items' style='width:60%; margin: 5mm 0 0 40%'><tr><th>ÁFA-kulcs / VAT rate</th>
      <th class='r'>Nettó / Net</th><th class='r'>ÁFA / VAT</th><th class='r'>Bruttó / Gross</th></tr>{vat_rows}
      <tr class='b'><td>Összesen / Total</td><td class='r'>{doc.m(doc.net)}</td><td class='r'>{doc.m(doc.vat)}</td>
      <td class='r'>{doc.m(doc.gross)}</td></tr></table>
    <p class='small'>{e(doc.extra.get('note', ''))}</p>
    <div class='foot'>{e(shown(doc.seller))} · {e(doc.seller.address)} · Oldal / Page 1 / 1 ·
      Készült a Számlagyár rendszerrel.</div>"""
    return page(f"<div class='page'>{body}</div>", css)


def t_kulcs(doc: Doc) -> str:
    """Desktop invoicing print: dense bordered grid, small font, 'Szállító' / 'Vevő', 9 columns."""
    css = """
    body { font-size: 8pt; } .g td, .g th { border: 1px solid #000; }
    h1 { text-align: center; font-size: 16pt; margin: 0 0 1mm 0; }
    .lab { font-size: 6.5pt; }
    """
    title = {"normal": "SZÁMLA", "correction": "HELYESBÍTŐ SZÁMLA", "storno": "ÉRVÉNYTELENÍTŐ SZÁMLA",
             "advance": "ELŐLEGSZÁMLA", "final": "VÉGSZÁMLA", "proforma": "DÍJBEKÉRŐ"}[doc.kind]
    tax_text = doc.extra.get("seller_tax_text")
    rows = "".join(
        f"<tr><td class='c'>{i}</td><td>{e(x.desc)}</td><td class='c'>{e(doc.extra.get('vtsz', ''))}</td>"
        f"<td class='r'>{doc.n(x.qty, 0)}</td><td>{e(x.unit)}</td><td class='r'>{doc.n(x.price, 2)}</td>"
        f"<td class='r'>{doc.n(x.net)}</td><td class='c'>{rate_text(x.rate)}</td><td class='r'>{doc.n(x.vat)}</td>"
        f"<td class='r'>{doc.n(x.gross)}</td></tr>" for i, x in enumerate(doc.lines, 1))
    vat_rows = "".join(
        f"<tr><td>{rate_text(r)}</td><td class='r'>{doc.n(n)}</td><td class='r'>{doc.n(v)}</td>"
        f"<td class='r'>{doc.n(g)}</td></tr>" for r, n, v, g in doc.by_rate())
    ref = ""
    if doc.preceding:
        ref = (f"<tr><td colspan='5'>A helyesbítés/érvénytelenítés alapjául szolgáló számla sorszáma: "
               f"<b>{e(doc.preceding)}</b>, kelte: {doc.d(doc.extra['preceding_date'])} "
               f"Helyesbítés oka: {e(doc.extra.get('reason', ''))}</td></tr>")
    body = f"""
    <h1>{title}</h1><div class='c'>Eredeti példány &nbsp; &nbsp; Sorszám: <b>{e(doc.number)}</b></div>
    <table class='g' style='margin-top:2mm'><tr>
      <td style='width:50%'><div class='lab'>Szállító:</div>{party_lines(doc.seller, tax_text=tax_text)}</td>
      <td><div class='lab'>Vevő:</div>{party_lines(doc.buyer, tax_label='Vevő adószáma:')}</td></tr></table>
    <table class='g' style='margin-top:2mm'><tr class='lab c'><td>Fizetési mód</td><td>Teljesítés kelte</td>
      <td>Számla kelte</td><td>Fizetési határidő</td><td>Rendelésszám</td></tr>
      <tr class='c'><td>{e(doc.payment)}</td><td>{doc.d(doc.fulfil)}</td><td>{doc.d(doc.issue)}</td>
      <td>{doc.d(doc.due)}</td><td>{e(doc.order or '-')}</td></tr>{ref}</table>
    <table class='g' style='margin-top:2mm'><tr class='lab'><th>Ssz.</th><th>Megnevezés</th><th>VTSZ/SZJ</th>
      <th>Menny.</th><th>Me.e.</th><th>Egységár</th><th>Nettó érték</th><th>ÁFA%</th><th>ÁFA érték</th>
      <th>Bruttó érték</th></tr>{rows}</table>
    <table class='g' style='width:55%; margin: 2mm 0 0 45%'><tr class='lab'><th>ÁFA</th><th>Nettó</th><th>ÁFA</th>
      <th>Bruttó</th></tr>{vat_rows}<tr class='b'><td>Összesen:</td><td class='r'>{doc.n(doc.net)}</td>
      <td class='r'>{doc.n(doc.vat)}</td><td class='r'>{doc.n(doc.gross)}</td></tr></table>
    <p class='b' style='font-size:11pt'>Fizetendő végösszeg: {doc.m(doc.gross)}</p>
    <p class='small'>{e(doc.extra.get('note', ''))}</p>
    <table style='margin-top:12mm'><tr><td class='c' style='width:50%'>....................................<br>
      kiállító</td><td class='c'>....................................<br>átvevő</td></tr></table>
    <div class='tiny' style='margin-top:6mm'>Nyomtatva: KönyvelőMester Számlázó 2025 · 1. oldal / 1</div>"""
    return page(body, css)


def t_novitax(doc: Doc) -> str:
    """Old desktop print: monospace, stacked parties, dashed rules, Latin-1 font look."""
    css = """
    body { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }
    hr { border: none; border-top: 1px dashed #000; } pre { font-family: inherit; margin: 0; }
    """
    def s(text: str) -> str:  # the old software's Latin-1 font: ő → õ, ű → û
        if not doc.extra.get("latin1"):
            return text
        return text.translate(str.maketrans("őŐűŰ", "õÕûÛ"))

    title = {"normal": "S Z Á M L A", "advance": "E L Ő L E G S Z Á M L A"}.get(doc.kind, "SZÁMLA")
    lines = []
    for x in doc.lines:
        lines.append(f"{s(x.desc)[:34]:<34} {doc.n(x.qty, 0):>5} {x.unit:<4} {doc.n(x.price):>10} "
                     f"{rate_text(x.rate):>4} {doc.n(x.net):>11} {doc.n(x.vat):>10}")
    table = "\n".join(lines)
    vat_rows = "\n".join(f"{rate_text(r):>6}   alap: {doc.n(n):>12}   adó: {doc.n(v):>10}   "
                         f"bruttó: {doc.n(g):>12}" for r, n, v, g in doc.by_rate())
    body = f"""
    <pre style='text-align:center; font-size:14pt'>{title}</pre>
    <pre>Számla sorszáma: {e(doc.number)}</pre><hr>
    <pre>Eladó:    {e(s(shown(doc.seller)))}
          {e(s(doc.seller.address))}
          Adószám: {e(doc.seller.tax)}
          Bankszámla: {e(doc.seller.bank)}</pre><hr>
    <pre>{s('Vevő:')}     {e(s(shown(doc.buyer)))}
          {e(s(doc.buyer.address))}
          Adószám: {e(doc.buyer.tax or '')}</pre><hr>
    <pre>Fizetési mód: {e(s(doc.payment)):<16} Teljesítés: {doc.d(doc.fulfil)}
Kelt:         {doc.d(doc.issue):<16} Esedékesség: {doc.d(doc.due)}</pre><hr>
    <pre>{'Megnevezés':<34} {'Menny':>5} {'Me':<4} {'Egységár':>10} {'ÁFA':>4} {'Nettó':>11} {'ÁFA':>10}</pre><hr>
    <pre>{e(table)}</pre><hr>
    <pre>{e(vat_rows)}</pre><hr>
    <pre>Nettó összesen: {doc.m(doc.net):>18}
ÁFA összesen:   {doc.m(doc.vat):>18}
{s('FIZETENDŐ:')}      {doc.m(doc.gross):>18}</pre><hr>
    <pre>{e(s(doc.extra.get('note', '')))}</pre>
    <pre class='tiny'>Készült: ÜgyvitelPro 8.4 (c) számlázó program          1/1. oldal</pre>"""
    return page(body, css)


def t_cobra(doc: Doc) -> str:
    """Label column on the left, parties side by side with thick headers, a blue header bar."""
    css = """
    .bar { background: #24468a; color: #fff; padding: 2mm 3mm; font-size: 15pt; font-weight: bold; }
    .two td { width: 50%; border: 1px solid #24468a; } .two th { background: #dde4f2; text-align: left; }
    .kv td { border-bottom: 1px dotted #999; } .kv td:first-child { width: 40%; color: #24468a; }
    .items th { background: #dde4f2; font-size: 7.5pt; } .items td { border-bottom: 1px solid #ccc; }
    """
    rows = "".join(
        f"<tr><td>{e(x.desc)}</td><td class='r'>{doc.n(x.qty, 0)} {e(x.unit)}</td><td class='r'>{doc.n(x.price)}</td>"
        f"<td class='c'>{rate_text(x.rate)}</td><td class='r'>{doc.n(x.net)}</td><td class='r'>{doc.n(x.gross)}</td>"
        f"</tr>" for x in doc.lines)
    vat_rows = "".join(
        f"<tr><td>{rate_text(r)} ÁFA alap</td><td class='r'>{doc.m(n)}</td></tr>"
        f"<tr><td>{rate_text(r)} ÁFA</td><td class='r'>{doc.m(v)}</td></tr>" for r, n, v, g in doc.by_rate())
    cash = "<p class='b'>Pénzforgalmi elszámolás</p>" if doc.extra.get("cash") else ""
    body = f"""
    <div class='bar'>SZÁMLA <span style='float:right; font-size:10pt'>Sorszám: {e(doc.number)}</span></div>
    {cash}
    <table class='two' style='margin-top:3mm'><tr><th>Eladó</th><th>Vevő</th></tr>
      <tr><td>{party_lines(doc.seller)}</td><td>{party_lines(doc.buyer)}</td></tr></table>
    <table class='kv' style='width:100mm; margin-top:3mm'>
      <tr><td>Számla kelte:</td><td>{doc.d(doc.issue)}</td></tr>
      <tr><td>Teljesítés időpontja:</td><td>{doc.d(doc.fulfil)}</td></tr>
      <tr><td>Fizetési határidő:</td><td>{doc.d(doc.due)}</td></tr>
      <tr><td>Fizetés módja:</td><td>{e(doc.payment)}</td></tr>
      {f"<tr><td>Szerződésszám:</td><td>{e(doc.order)}</td></tr>" if doc.order else ""}
      {f"<tr><td>Szállítólevél:</td><td>{e(doc.extra['delivery'])}</td></tr>" if 'delivery' in doc.extra else ""}
    </table>
    <table class='items' style='margin-top:4mm'><tr><th>Termék / szolgáltatás</th><th class='r'>Mennyiség</th>
      <th class='r'>Egységár</th><th>ÁFA</th><th class='r'>Nettó</th><th class='r'>Bruttó</th></tr>{rows}</table>
    <table class='kv' style='width:90mm; margin: 4mm 0 0 auto'>
      <tr><td>Nettó összesen:</td><td class='r'>{doc.m(doc.net)}</td></tr>{vat_rows}
      <tr><td>ÁFA összesen:</td><td class='r'>{doc.m(doc.vat)}</td></tr>
      <tr class='b'><td>Bruttó végösszeg:</td><td class='r'>{doc.m(doc.gross)}</td></tr></table>
    <p class='small'>{e(doc.extra.get('note', ''))}</p>
    <div class='tiny' style='margin-top:8mm'>Oldal 1/1 — nyomtatva az Ügyviteli Rendszer 11.2-vel</div>"""
    return page(body, css)


def t_sap(doc: Doc) -> str:
    """ERP printout: English first with Hungarian twins, reference block, positions, material numbers."""
    css = """
    body { font-family: 'Liberation Sans', sans-serif; font-size: 8pt; }
    .hd td { vertical-align: top; } .ref td { border-bottom: 1px solid #bbb; padding: 1px 3px; }
    .items th { border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 7pt; text-align: left; }
    .items td { font-size: 7.5pt; }
    """
    title = {"normal": "INVOICE / SZÁMLA", "storno": "CANCELLATION / SZTORNÓ SZÁMLA",
             "correction": "CREDIT MEMO / HELYESBÍTŐ SZÁMLA"}.get(doc.kind, "INVOICE / SZÁMLA")
    rows = "".join(
        f"<tr><td>{i * 10:06d}</td><td>{e(doc.extra.get('mat', 'MAT'))}-{4400 + i}</td><td>{e(x.desc)}</td>"
        f"<td class='r'>{doc.n(x.qty, 3)}</td><td>{e(x.unit)}</td><td class='r'>{doc.n(x.price, 4)}</td>"
        f"<td class='r'>{doc.n(x.net)}</td><td class='c'>{e(doc.extra.get('taxcode', 'A7'))}</td>"
        f"<td class='r'>{doc.n(x.vat)}</td></tr>" for i, x in enumerate(doc.lines, 1))
    ref = (f"<tr><td>Reference invoice / Hivatkozott számla</td><td>{e(doc.preceding)}</td></tr>"
           if doc.preceding else "")
    eur = ""
    if doc.rate_eur:
        eur = (f"<tr><td>Exchange rate / Árfolyam (MNB {doc.d(doc.extra['rate_date'], 'iso')})</td>"
               f"<td>1 EUR = {str(doc.rate_eur).replace('.', ',')} HUF</td></tr>"
               f"<tr><td>VAT in HUF / ÁFA forintban</td><td>{doc.huf(doc.vat)}</td></tr>")
    body = f"""
    <table class='hd'><tr><td style='width:60%'><div class='b' style='font-size:12pt'>{e(doc.seller.name)}</div>
      {e(doc.seller.address)}<br>Tax no. / Adószám: {e(doc.seller.tax)}<br>EU VAT / Közösségi adószám:
      {e(doc.seller.vat)}<br>IBAN: {e(doc.seller.bank)} &nbsp; SWIFT: GIBAHUHB</td>
      <td><div class='b' style='font-size:14pt'>{title}</div>
      <table class='ref'>
        <tr><td>Document No. / Bizonylatszám</td><td class='b'>{e(doc.number)}</td></tr>{ref}
        <tr><td>Invoice date / Számla kelte</td><td>{doc.d(doc.issue)}</td></tr>
        <tr><td>Date of supply / Teljesítés</td><td>{doc.d(doc.fulfil)}</td></tr>
        <tr><td>Due date / Esedékesség</td><td>{doc.d(doc.due)}</td></tr>
        <tr><td>Customer No. / Vevőkód</td><td>{e(doc.extra.get('custno', '100234'))}</td></tr>
        <tr><td>Purchase order / Megrendelés</td><td>{e(doc.order or '')}</td></tr>
        <tr><td>Delivery note / Szállítólevél</td><td>{e(doc.extra.get('delivery', ''))}</td></tr>
      </table></td></tr></table>
    <div style='margin:4mm 0; border:1px solid #000; padding:2mm; width:95mm'>
      <div class='small'>Bill-to / Vevő</div>{party_lines(doc.buyer, tax_label='Tax no. / Adószám:',
        vat_label='VAT ID / Közösségi adószám:')}</div>
    <table class='items'><tr><th>Item</th><th>Material</th><th>Description / Megnevezés</th><th class='r'>Qty</th>
      <th>UoM</th><th class='r'>Price / Egységár</th><th class='r'>Net value / Nettó</th><th>Tax</th>
      <th class='r'>VAT / ÁFA</th></tr>{rows}</table>
    <table class='ref' style='width:95mm; margin:4mm 0 0 auto'>
      <tr><td>Net amount / Nettó érték</td><td class='r'>{doc.m(doc.net)}</td></tr>
      <tr><td>Output tax / ÁFA</td><td class='r'>{doc.m(doc.vat)}</td></tr>
      <tr class='b'><td>Total amount / Végösszeg</td><td class='r'>{doc.m(doc.gross)}</td></tr>{eur}</table>
    <p class='small'>{e(doc.extra.get('note', ''))}</p>
    <div class='tiny' style='margin-top:8mm'>Page / Oldal 1 of 1 · Registered: Győri Törvényszék Cégbírósága
      Cg. 08-09-012345 · Share capital: 3 000 000 000 HUF</div>"""
    return page(body, css)


def t_nav(doc: Doc) -> str:
    """NAV-style printed invoice image (számlakép): titled sections of label: value rows."""
    css = """
    body { font-size: 8.5pt; } h1 { font-size: 14pt; margin: 0; }
    h2 { font-size: 10pt; background: #e4e4e4; padding: 1mm 2mm; margin: 4mm 0 1mm 0; }
    .kv td:first-child { width: 45%; color: #444; } .items th { border-bottom: 1px solid #000; font-size: 7.5pt; }
    .items td { border-bottom: 1px solid #ddd; }
    """
    kind_text = {"normal": "Normál számla", "correction": "Módosító számla", "storno": "Módosító számla",
                 "advance": "Előlegszámla"}[doc.kind]
    rows = "".join(
        f"<tr><td>{i}</td><td>{e(x.desc)}</td><td class='r'>{doc.n(x.qty, 0)}</td><td>{e(x.unit)}</td>"
        f"<td class='r'>{doc.n(x.price)}</td><td class='r'>{doc.n(x.net)}</td><td class='c'>{rate_text(x.rate)}</td>"
        f"<td class='r'>{doc.n(x.vat)}</td><td class='r'>{doc.n(x.gross)}</td></tr>"
        for i, x in enumerate(doc.lines, 1))
    mod = ""
    if doc.preceding:
        mod = (f"<h2>Módosítás adatai</h2><table class='kv'><tr><td>Módosított számla sorszáma</td>"
               f"<td>{e(doc.preceding)}</td></tr><tr><td>Módosítás sorszáma</td><td>1</td></tr>"
               f"<tr><td>Módosítás oka</td><td>{e(doc.extra.get('reason', ''))}</td></tr></table>")
    def party(p: Party) -> str:
        return (f"<table class='kv'><tr><td>Név</td><td>{e(p.name)}</td></tr>"
                f"<tr><td>Adószám</td><td>{e(p.tax or '')}</td></tr>"
                f"<tr><td>Közösségi adószám</td><td>{e(p.vat or '')}</td></tr>"
                f"<tr><td>Cím</td><td>{e(p.address)}</td></tr>"
                + (f"<tr><td>Bankszámlaszám</td><td>{e(p.bank)}</td></tr>" if p.bank else "") + "</table>")
    vat_rows = "".join(
        f"<tr><td>{rate_text(r)}</td><td class='r'>{doc.n(n)}</td><td class='r'>{doc.n(v)}</td>"
        f"<td class='r'>{doc.n(g)}</td></tr>" for r, n, v, g in doc.by_rate())
    body = f"""
    <h1>Számlakép</h1><div class='small'>Az Online Számla rendszerben nyilvántartott számlaadatok alapján
      (tájékoztató jellegű megjelenítés)</div>
    <h2>Számla adatai</h2><table class='kv'>
      <tr><td>Számla sorszáma</td><td class='b'>{e(doc.number)}</td></tr>
      <tr><td>Számla típusa</td><td>{kind_text}</td></tr>
      <tr><td>Számla kelte</td><td>{doc.d(doc.issue)}</td></tr>
      <tr><td>Teljesítés dátuma</td><td>{doc.d(doc.fulfil)}</td></tr>
      <tr><td>Fizetési határidő</td><td>{doc.d(doc.due)}</td></tr>
      <tr><td>Fizetési mód</td><td>{e(doc.payment)}</td></tr>
      <tr><td>Pénznem</td><td>{doc.currency}</td></tr>
      <tr><td>Számla megjelenési formája</td><td>Papír</td></tr></table>
    {mod}
    <h2>Eladó adatai</h2>{party(doc.seller)}
    <h2>Vevő adatai</h2>{party(doc.buyer)}
    <h2>Tételadatok</h2><table class='items'><tr><th>#</th><th>Megnevezés</th><th class='r'>Mennyiség</th>
      <th>Mértékegység</th><th class='r'>Egységár</th><th class='r'>Nettó összeg</th><th>Adó mértéke</th>
      <th class='r'>Áfa összege</th><th class='r'>Bruttó összeg</th></tr>{rows}</table>
    <h2>Összesítés</h2><table class='items' style='width:70%'><tr><th>Adó mértéke</th><th class='r'>Nettó</th>
      <th class='r'>Áfa</th><th class='r'>Bruttó</th></tr>{vat_rows}</table>
    <table class='kv' style='margin-top:2mm'>
      <tr><td>Számla nettó összege</td><td>{doc.m(doc.net)}</td></tr>
      <tr><td>Számla áfa összege</td><td>{doc.m(doc.vat)}</td></tr>
      <tr><td>Számla bruttó összege</td><td class='b'>{doc.m(doc.gross)}</td></tr></table>
    <div class='tiny' style='margin-top:6mm'>Lekérdezés ideje: {doc.d(doc.extra.get('query_date', doc.issue), 'iso')}
      10:42:17 · 1/1. oldal</div>"""
    return page(body, css)


def t_utility(doc: Doc) -> str:
    """Multi-page utility bill: summary page, consumption details, VAT summary; page N/M footers."""
    css = """
    body { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; }
    .logo { font-size: 16pt; font-weight: bold; color: #0a6b3d; }
    .box { border: 1.5px solid #0a6b3d; padding: 2mm 3mm; margin: 3mm 0; }
    .sum td { border-bottom: 1px solid #ccc; } .big { font-size: 16pt; font-weight: bold; }
    .items th { background: #e6f2ec; font-size: 7pt; } .items td { border-bottom: 1px solid #e0e0e0; font-size: 7.5pt; }
    """
    x = doc.extra
    pages = x["pages"]
    def foot(i: int) -> str:
        return (f"<div class='foot'>{e(doc.seller.name)} · Ügyfélszolgálat: 06 80 123 456 · "
                f"Számlaszám: {e(doc.number)}<span style='float:right'>{i}/{pages}. oldal</span></div>")
    rows = "".join(
        f"<tr><td>{e(it.desc)}</td><td class='r'>{doc.n(it.qty, 3 if it.unit in ('kWh', 'm³', 'MJ') else 0)}</td>"
        f"<td>{e(it.unit)}</td><td class='r'>{doc.n(it.price, 4)}</td><td class='r'>{doc.n(it.net)}</td>"
        f"<td class='c'>{rate_text(it.rate)}</td><td class='r'>{doc.n(it.vat)}</td><td class='r'>{doc.n(it.gross)}</td></tr>"
        for it in doc.lines)
    vat_rows = "".join(
        f"<tr><td>{rate_text(r)}</td><td class='r'>{doc.n(n)}</td><td class='r'>{doc.n(v)}</td>"
        f"<td class='r'>{doc.n(g)}</td></tr>" for r, n, v, g in doc.by_rate())
    p1 = f"""<div class='page'>
      <table><tr><td class='logo'>{e(x['brand'])}</td><td class='r'><b>{e(x['title'])}</b><br>
        Számla sorszáma: <b>{e(doc.number)}</b><br>Számla kelte: {doc.d(doc.issue)}</td></tr></table>
      <table style='margin-top:3mm'><tr><td style='width:50%'><div class='small'>Kereskedő / Eladó</div>
        {party_lines(doc.seller)}</td><td><div class='small'>Vevő (fizető)</div>{party_lines(doc.buyer)}
        <div>Felhasználási hely: {e(x['site'])}</div><div>Ügyfélazonosító: {e(x['customer'])}</div>
        <div>Szerződésszám: {e(doc.order or '')}</div></td></tr></table>
      <div class='box'><table class='sum'>
        <tr><td>Elszámolt időszak</td><td class='r'>{doc.d(x['period'][0])} – {doc.d(x['period'][1])}</td></tr>
        <tr><td>Teljesítés időpontja</td><td class='r'>{doc.d(doc.fulfil)}</td></tr>
        <tr><td>Fizetési mód</td><td class='r'>{e(doc.payment)}</td></tr>
        <tr><td>Fizetési határidő</td><td class='r b'>{doc.d(doc.due)}</td></tr>
        <tr><td>Előző számla egyenlege</td><td class='r'>0 Ft</td></tr>
        <tr><td class='big'>Fizetendő összeg</td><td class='r big'>{doc.m(doc.gross)}</td></tr></table></div>
      <p class='small'>Átutalás esetén a közleménybe a számla sorszámát és az ügyfélazonosítót szíveskedjen feltüntetni.
        Bankszámlaszámunk: {e(doc.seller.bank)}. Mérőóra gyári száma: {e(x['meter'])}.</p>
      <p class='small'>A rezsicsökkentés eredményeként Önnek a {e(x['period_word'])} időszakban megtakarítása
        keletkezett. Hibabejelentés: 06 80 999 888 (éjjel-nappal).</p>
      {foot(1)}</div>"""
    vat_table = f"""<h3>ÁFA összesítő</h3><table class='items' style='width:70%'><tr><th>ÁFA-kulcs</th>
        <th class='r'>Nettó</th><th class='r'>ÁFA</th><th class='r'>Bruttó</th></tr>{vat_rows}
        <tr class='b'><td>Összesen</td><td class='r'>{doc.n(doc.net)}</td><td class='r'>{doc.n(doc.vat)}</td>
        <td class='r'>{doc.n(doc.gross)}</td></tr></table>"""
    p2 = f"""<div class='page'>
      <h3>Részletező – {e(x['title'])} (sorszám: {e(doc.number)})</h3>
      <table class='small'><tr><td>Mérő: {e(x['meter'])}</td><td>Előző leolvasás: {doc.d(x['period'][0])}
        {e(x['reading'][0])}</td><td>Aktuális leolvasás: {doc.d(x['period'][1])} {e(x['reading'][1])}</td></tr></table>
      <table class='items' style='margin-top:3mm'><tr><th>Tétel megnevezése</th><th class='r'>Mennyiség</th>
        <th>M.e.</th><th class='r'>Egységár (Ft/M.e.)</th><th class='r'>Nettó (Ft)</th><th>ÁFA</th>
        <th class='r'>ÁFA (Ft)</th><th class='r'>Bruttó (Ft)</th></tr>{rows}</table>
      {vat_table if pages == 2 else ""}
      {foot(2)}</div>"""
    p3 = f"""<div class='page'>
      {vat_table}
      <p>A számla végösszege: <b>{doc.m(doc.gross)}</b></p>
      <p class='small'>Tájékoztatjuk, hogy a következő leolvasás várható időpontja: {doc.d(x['next_read'])}
        Panasz esetén a Magyar Energetikai és Közmű-szabályozási Hivatalhoz fordulhat.</p>
      {foot(3)}</div>"""
    return page(p1 + p2 + (p3 if pages == 3 else ""), css)


def t_telecom(doc: Doc) -> str:
    """Mobile bill: account summary on page 1, itemised services on page 2."""
    css = """
    body { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; }
    .brand { color: #c4007a; font-size: 18pt; font-weight: bold; }
    .kv td:first-child { color: #666; } .items th { border-bottom: 2px solid #c4007a; text-align: left; font-size: 7pt; }
    .items td { border-bottom: 1px solid #eee; }
    """
    x = doc.extra
    rows = "".join(
        f"<tr><td>{e(it.desc)}</td><td>{e(it.unit)}</td><td class='r'>{doc.n(it.net)}</td><td class='c'>"
        f"{rate_text(it.rate)}</td><td class='r'>{doc.n(it.vat)}</td><td class='r'>{doc.n(it.gross)}</td></tr>"
        for it in doc.lines)
    p1 = f"""<div class='page'><div class='brand'>hangraj</div>
      <table><tr><td style='width:55%'><b>{e(doc.buyer.name)}</b><br>{e(doc.buyer.address)}<br>
        {f"Adószám: {e(doc.buyer.tax)}" if doc.buyer.tax else ""}</td>
      <td><table class='kv'><tr><td>Számla sorszáma:</td><td class='b'>{e(doc.number)}</td></tr>
        <tr><td>Számla kelte:</td><td>{doc.d(doc.issue)}</td></tr>
        <tr><td>Teljesítési időpont:</td><td>{doc.d(doc.fulfil)}</td></tr>
        <tr><td>Számlázási időszak:</td><td>{doc.d(x['period'][0])}–{doc.d(x['period'][1])}</td></tr>
        <tr><td>Fizetési határidő:</td><td class='b'>{doc.d(doc.due)}</td></tr>
        <tr><td>Ügyfélszám:</td><td>{e(x['customer'])}</td></tr>
        <tr><td>Előfizetői szerződés:</td><td>{e(doc.order or '')}</td></tr></table></td></tr></table>
      <h2 style='margin-top:8mm'>Fizetendő összeg: {doc.m(doc.gross)}</h2>
      <table class='kv' style='width:90mm'><tr><td>Nettó érték</td><td class='r'>{doc.m(doc.net)}</td></tr>
        <tr><td>ÁFA (27%)</td><td class='r'>{doc.m(doc.vat)}</td></tr>
        <tr class='b'><td>Bruttó érték</td><td class='r'>{doc.m(doc.gross)}</td></tr></table>
      <p class='small' style='margin-top:10mm'>Szolgáltató: {party_lines(doc.seller)}</p>
      <p class='tiny'>Csoportos beszedési megbízás esetén az összeget a fizetési határidő napján terheljük.
        Hívószám: +36 30 123 4567. Egyenleg: 0 Ft.</p>
      <div class='foot'>{e(doc.seller.name)} · Cg. 01-10-041928<span style='float:right'>1/2. oldal</span></div></div>
      <div class='page'><h3>Számlarészletező — {e(doc.number)}</h3>
      <table class='items'><tr><th>Szolgáltatás</th><th>Időszak</th><th class='r'>Nettó</th><th>ÁFA</th>
        <th class='r'>ÁFA összeg</th><th class='r'>Bruttó</th></tr>{rows}
        <tr class='b'><td>Összesen</td><td></td><td class='r'>{doc.n(doc.net)}</td><td></td>
        <td class='r'>{doc.n(doc.vat)}</td><td class='r'>{doc.n(doc.gross)}</td></tr></table>
      <div class='foot'>{e(doc.seller.name)}<span style='float:right'>2/2. oldal</span></div></div>"""
    return page(p1, css)


def t_webshop(doc: Doc) -> str:
    """Webshop invoice: order number prominent, paid by card, shipping line, one column address blocks."""
    css = """
    body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; } .logo { font-size: 20pt; color: #e85d04; }
    .items th { border-bottom: 1px solid #999; text-align: left; } .items td { border-bottom: 1px dotted #ccc; }
    """
    rows = "".join(
        f"<tr><td>{e(it.desc)}</td><td class='r'>{doc.n(it.qty, 0)} {e(it.unit)}</td><td class='r'>{doc.m(it.price)}</td>"
        f"<td class='r'>{rate_text(it.rate)}</td><td class='r'>{doc.m(it.gross)}</td></tr>" for it in doc.lines)
    due = (f"<tr><td>Fizetési határidő:</td><td>{doc.d(doc.due)}</td></tr>" if doc.due else "")
    body = f"""
    <table><tr><td class='logo'><b>kütyübolt</b>.hu</td><td class='r'><h2 style='margin:0'>Számla</h2>
      {e(doc.number)}</td></tr></table>
    <table style='margin-top:4mm'><tr><td style='width:50%'><b>Számlázási cím</b><br>{party_lines(doc.buyer)}</td>
      <td><b>Szállítási cím</b><br>{e(doc.buyer.name)}<br>{e(doc.extra.get('ship', doc.buyer.address))}</td></tr></table>
    <table style='width:100mm; margin-top:3mm'>
      <tr><td>Rendelésszám:</td><td>{e(doc.order or '')}</td></tr>
      <tr><td>Rendelés dátuma:</td><td>{doc.d(doc.extra['order_date'])}</td></tr>
      <tr><td>Számla kelte:</td><td>{doc.d(doc.issue)}</td></tr>
      <tr><td>Teljesítés:</td><td>{doc.d(doc.fulfil)}</td></tr>{due}
      <tr><td>Fizetés módja:</td><td>{e(doc.payment)}</td></tr></table>
    <table class='items' style='margin-top:4mm'><tr><th>Termék</th><th class='r'>Db</th><th class='r'>Nettó egységár</th>
      <th class='r'>Áfa</th><th class='r'>Bruttó</th></tr>{rows}</table>
    <table style='width:80mm; margin:3mm 0 0 auto'><tr><td>Nettó:</td><td class='r'>{doc.m(doc.net)}</td></tr>
      <tr><td>Áfa:</td><td class='r'>{doc.m(doc.vat)}</td></tr>
      <tr class='b'><td>Végösszeg:</td><td class='r'>{doc.m(doc.gross)}</td></tr></table>
    <p class='small'>{e(doc.extra.get('note', ''))}</p>
    <div style='margin-top:10mm; border-top:1px solid #ccc' class='small'>Kibocsátó: {party_lines(doc.seller)}</div>"""
    return page(body, css)


def t_profit(doc: Doc) -> str:
    """Accounting-suite invoice: header band with seller, framed meta grid, table with many columns."""
    css = """
    body { font-size: 8pt; } .band { border-bottom: 3px double #000; padding-bottom: 2mm; }
    .meta td { border: 1px solid #666; width: 25%; } .meta .lab { font-size: 6.5pt; color: #555; display: block; }
    .items th { border: 1px solid #666; background: #f0f0f0; font-size: 6.5pt; } .items td { border: 1px solid #bbb; }
    """
    title = {"normal": "SZÁMLA", "storno": "SZTORNÓ SZÁMLA", "advance": "ELŐLEGSZÁMLA",
             "final": "VÉGSZÁMLA", "correction": "MÓDOSÍTÓ SZÁMLA", "proforma": "DÍJBEKÉRŐ"}[doc.kind]
    rows = "".join(
        f"<tr><td>{i}</td><td>{e(it.desc)}</td><td>{e(doc.extra.get('code', 'T'))}{100 + i}</td>"
        f"<td class='r'>{doc.n(it.qty, 2)}</td><td>{e(it.unit)}</td><td class='r'>{doc.n(it.price, 2)}</td>"
        f"<td class='r'>0%</td><td class='r'>{doc.n(it.net)}</td><td class='c'>{rate_text(it.rate)}</td>"
        f"<td class='r'>{doc.n(it.vat)}</td><td class='r'>{doc.n(it.gross)}</td></tr>"
        for i, it in enumerate(doc.lines, 1))
    ref = (f"<tr><td colspan='4'>Sztornózott számla: <b>{e(doc.preceding)}</b></td></tr>"
           if doc.preceding else "")
    body = f"""
    <div class='band'><table><tr><td><span style='font-size:13pt' class='b'>{e(doc.seller.name)}</span><br>
      {e(doc.seller.address)} · Adószám: {e(doc.seller.tax)} · Bankszámla: {e(doc.seller.bank)}</td>
      <td class='r b' style='font-size:16pt'>{title}</td></tr></table></div>
    <table class='meta' style='margin-top:2mm'><tr>
      <td><span class='lab'>Sorszám</span><b>{e(doc.number)}</b></td>
      <td><span class='lab'>Kelt</span>{doc.d(doc.issue)}</td>
      <td><span class='lab'>Teljesítés</span>{doc.d(doc.fulfil)}</td>
      <td><span class='lab'>Esedékesség</span>{doc.d(doc.due)}</td></tr>
      <tr><td><span class='lab'>Fizetési mód</span>{e(doc.payment)}</td>
      <td><span class='lab'>Pénznem</span>{doc.currency}</td>
      <td><span class='lab'>Szállítólevél</span>{e(doc.extra.get('delivery', '-'))}</td>
      <td><span class='lab'>Vevőrendelés</span>{e(doc.order or '-')}</td></tr>{ref}</table>
    <table style='margin-top:2mm'><tr><td style='width:50%'></td><td style='border:1px solid #000'>
      <span class='small'>Vevő</span><br>{party_lines(doc.buyer)}</td></tr></table>
    <table class='items' style='margin-top:3mm'><tr><th>#</th><th>Megnevezés</th><th>Cikkszám</th><th>Menny.</th>
      <th>ME</th><th>Egységár</th><th>Kedv.</th><th>Nettó érték</th><th>ÁFA</th><th>ÁFA érték</th><th>Bruttó érték</th>
      </tr>{rows}<tr class='b'><td colspan='7'>Összesen</td><td class='r'>{doc.n(doc.net)}</td><td></td>
      <td class='r'>{doc.n(doc.vat)}</td><td class='r'>{doc.n(doc.gross)}</td></tr></table>
    <p class='b' style='font-size:11pt; text-align:right'>Fizetendő összesen: {doc.m(doc.gross)}</p>
    <p class='small'>{e(doc.extra.get('note', ''))}</p>
    <div class='tiny'>Készült a FőkönyvPlusz integrált ügyviteli rendszerrel · 1/1. oldal</div>"""
    return page(body, css)


TEMPLATES = {"szamlazz": t_szamlazz, "billingo": t_billingo, "kulcs": t_kulcs, "novitax": t_novitax,
             "cobra": t_cobra, "sap": t_sap, "nav": t_nav, "utility": t_utility, "telecom": t_telecom,
             "webshop": t_webshop, "profit": t_profit}


# ------------------------------------------------------------------------------------- reportlab

def draw_reportlab(doc: Doc, out: Path) -> None:
    """A few documents drawn directly, a small-business style: boxed header, right-aligned amounts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    for name, file in (("Serif", "DejaVuSerif.ttf"), ("SerifB", "DejaVuSerif-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{file}"))
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("Számla")
    w, h = A4
    title = {"normal": "SZÁMLA", "advance": "ELŐLEGSZÁMLA", "proforma": "DÍJBEKÉRŐ",
             "final": "VÉGSZÁMLA"}[doc.kind]
    c.setFont("SerifB", 18)
    c.drawCentredString(w / 2, h - 22 * mm, title)
    c.setFont("Serif", 9)
    c.drawCentredString(w / 2, h - 28 * mm, f"Sorszám: {doc.number}")
    y = h - 40 * mm
    c.rect(15 * mm, y - 32 * mm, 88 * mm, 34 * mm)
    c.rect(107 * mm, y - 32 * mm, 88 * mm, 34 * mm)
    for x0, lab, p in ((17 * mm, "Számlakibocsátó", doc.seller), (109 * mm, "Vevő", doc.buyer)):
        c.setFont("Serif", 7)
        c.drawString(x0, y - 3 * mm, lab)
        c.setFont("SerifB", 9.5)
        c.drawString(x0, y - 8 * mm, p.name)
        c.setFont("Serif", 8.5)
        rows = ([p.address] + ([f"Adószám: {p.tax}"] if p.tax else []) + ([f"Közösségi adószám: {p.vat}"] if p.vat else [])
                + ([f"Bank: {p.bank}"] if p.bank else []))
        for i, row in enumerate(rows):
            c.drawString(x0, y - (13 + 4.5 * i) * mm, row)
    y -= 40 * mm
    meta = [("Kelt", doc.d(doc.issue)), ("Teljesítés", doc.d(doc.fulfil) or "—"), ("Fizetési határidő", doc.d(doc.due)),
            ("Fizetés módja", doc.payment)]
    for i, (lab, val) in enumerate(meta):
        x0 = 15 * mm + i * 45 * mm
        c.setFont("Serif", 7)
        c.drawString(x0, y, lab)
        c.setFont("Serif", 9)
        c.drawString(x0, y - 4.5 * mm, val)
    y -= 14 * mm
    cols = [(15, "Megnevezés", "l"), (110, "Menny.", "r"), (135, "Egységár", "r"), (150, "ÁFA", "r"),
            (170, "Nettó", "r"), (195, "Bruttó", "r")]
    c.setFont("SerifB", 8)
    for x0, lab, al in cols:
        (c.drawString if al == "l" else c.drawRightString)(x0 * mm, y, lab)
    c.line(15 * mm, y - 1.5 * mm, 195 * mm, y - 1.5 * mm)
    c.setFont("Serif", 8.5)
    for line in doc.lines:
        y -= 5.5 * mm
        vals = [line.desc, f"{doc.n(line.qty, 0)} {line.unit}", doc.n(line.price), rate_text(line.rate),
                doc.n(line.net), doc.n(line.gross)]
        for (x0, _, al), v in zip(cols, vals, strict=True):
            (c.drawString if al == "l" else c.drawRightString)(x0 * mm, y, v)
    y -= 4 * mm
    c.line(15 * mm, y, 195 * mm, y)
    y -= 7 * mm
    for lab, val in (("Nettó összesen:", doc.m(doc.net)), ("ÁFA összesen:", doc.m(doc.vat)),
                     ("Bruttó összesen:", doc.m(doc.gross))):
        c.setFont("SerifB" if lab.startswith("Bruttó") else "Serif", 10)
        c.drawString(120 * mm, y, lab)
        c.drawRightString(195 * mm, y, val)
        y -= 6 * mm
    c.setFont("Serif", 8)
    for row in doc.extra.get("note", "").split("\n"):
        y -= 5 * mm
        c.drawString(15 * mm, y, row)
    c.setFont("Serif", 6.5)
    c.drawString(15 * mm, 12 * mm, "A számla kézi számlázóprogrammal készült. 1/1. oldal")
    c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------ set

def documents() -> list[Doc]:
    dt = date
    docs: list[Doc] = []

    def add(**kw: object) -> Doc:
        doc = Doc(**kw)  # type: ignore[arg-type]
        doc.compute()
        docs.append(doc)
        return doc

    # ---- Számlázz.hu-like web invoicing
    add(stem="a01_szamlazz_normal", layout="blind_a_szamlazz", kind="normal", number="TGK-2025-1042",
        issue=dt(2025, 10, 15), fulfil=dt(2025, 10, 13), due=dt(2025, 10, 30), seller=S_TISZA, buyer=B_FARKAS,
        lines=[L("Hidraulikus emelő 2 t", "2", "db", "84900"), L("Szerelési díj", "3.5", "óra", "12000"),
               L("Kiszállítás", "1", "alkalom", "15000")], date_style="dot", sep=" ", cur="{} Ft",
        order="RM-2025/0388")
    add(stem="a02_szamlazz_eur", layout="blind_a_szamlazz", kind="normal", number="BBH-2025-00217",
        issue=dt(2025, 9, 22), fulfil=dt(2025, 9, 22), due=dt(2025, 10, 6), seller=S_BALATON, buyer=B_HOLD,
        lines=[L("Olaszrizling 2023, 0,75 l", "120", "palack", "6.40"), L("Kéknyelű 2022, 0,75 l", "60", "palack",
                                                                          "9.85")],
        currency="EUR", cur="{} EUR", sep=".", date_style="dot", rate_eur=D("389.62"),
        extra={"rate_date": dt(2025, 9, 21)})
    add(stem="a03_szamlazz_advance", layout="blind_a_szamlazz", kind="advance", number="E-MEC-2025-31",
        issue=dt(2025, 8, 4), fulfil=dt(2025, 8, 4), due=dt(2025, 8, 12), seller=S_MECSEK, buyer=B_KOZSEG,
        lines=[L("Előleg a KH-2025/14 sz. vállalkozási szerződés alapján (tornaterem felújítás)", "1", "db",
                 "4000000")], sep=".", cur="{} Ft", order="KH-2025/14",
        extra={"note": "Az előleg a végszámlában kerül levonásra."})
    add(stem="a04_szamlazz_final", layout="blind_a_szamlazz", kind="final", number="MEC-2025-0977",
        issue=dt(2025, 11, 3), fulfil=dt(2025, 10, 31), due=dt(2025, 11, 18), seller=S_MECSEK, buyer=B_KOZSEG,
        lines=[L("Tornaterem felújítás, KH-2025/14 sz. szerződés szerint", "1", "db", "11850000"),
               L("Előleg levonása (E-MEC-2025-31 sz. előlegszámla)", "-1", "db", "4000000")],
        sep=".", cur="{} Ft", order="KH-2025/14", date_style="long")

    # ---- Billingo-like, bilingual
    add(stem="a05_billingo_normal", layout="blind_a_billingo", kind="normal", number="PNY-2025-000318",
        issue=dt(2025, 10, 15), fulfil=dt(2025, 10, 15), due=dt(2025, 10, 23), seller=S_PIXEL, buyer=B_IRODA,
        lines=[L("Névjegykártya, 350 g, 4+4, 500 db", "4", "csomag", "9800"),
               L("Levélpapír A4 fejléces", "2000", "ív", "38"), L("Grafikai tervezés", "2", "óra", "15000")],
        date_style="iso", sep="\u00a0", cur="{} HUF", payment="Átutalás / Bank transfer")
    add(stem="a06_billingo_multivat", layout="blind_a_billingo", kind="normal", number="HP-2025/1187",
        issue=dt(2025, 9, 30), fulfil=dt(2025, 9, 28), due=dt(2025, 10, 14), seller=S_SZEGED, buyer=B_PANZIO,
        lines=[L("Csemege fűszerpaprika-őrlemény 1 kg", "25", "kg", "4200", "27"),
               L("Friss tej 2,8% 1 l", "60", "l", "310", "18"), L("Kenyér 1 kg", "40", "db", "690", "5"),
               L("Tokaji szakácskönyv", "2", "db", "5990", "5")],
        date_style="iso", sep=" ", cur="{} Ft")
    add(stem="a07_billingo_storno", layout="blind_a_billingo", kind="storno", number="PNY-2025-000327",
        issue=dt(2025, 10, 20), fulfil=dt(2025, 10, 15), due=dt(2025, 10, 20), seller=S_PIXEL, buyer=B_IRODA,
        preceding="PNY-2025-000318",
        lines=[L("Névjegykártya, 350 g, 4+4, 500 db", "-4", "csomag", "9800"),
               L("Levélpapír A4 fejléces", "-2000", "ív", "38"), L("Grafikai tervezés", "-2", "óra", "15000")],
        date_style="iso", sep="\u00a0", cur="{} HUF",
        extra={"note": "Sztornó számla a PNY-2025-000318 sorszámú számla érvénytelenítésére."})
    add(stem="a08_billingo_minta", layout="blind_a_billingo", kind="normal", number="SZF-2025-0099",
        issue=dt(2025, 12, 1), fulfil=dt(2025, 11, 30), due=dt(2025, 12, 16), seller=S_SOFT, buyer=B_ELEKTRO,
        lines=[L("Szoftverlicenc – havi előfizetés, 2025. november", "12", "felhasználó", "8900"),
               L("Támogatási óradíj", "6", "óra", "18500")],
        date_style="dot", sep=".", cur="{} Ft", extra={"watermark": True, "note": "MINTA – nem valós számla."})

    # ---- Kulcs-Soft-like desktop
    add(stem="a09_kulcs_normal", layout="blind_a_kulcs", kind="normal", number="KI/2025/00452",
        issue=dt(2025, 10, 7), fulfil=dt(2025, 10, 7), due=dt(2025, 10, 15), seller=S_KORONA, buyer=B_ZOLD,
        lines=[L("Fénymásolópapír A4 80 g (500 lap)", "50", "csomag", "1890"),
               L("Golyóstoll kék", "100", "db", "129"), L("Iratrendező 75 mm", "30", "db", "749")],
        sep=" ", cur="{} Ft", order="SZL-8841", extra={"vtsz": "4802"})
    add(stem="a10_kulcs_correction", layout="blind_a_kulcs", kind="correction", number="KI/2025/00467",
        issue=dt(2025, 10, 14), fulfil=dt(2025, 10, 7), due=dt(2025, 10, 22), seller=S_KORONA, buyer=B_ZOLD,
        preceding="KI/2025/00452",
        lines=[L("Golyóstoll kék – visszáru", "-20", "db", "129"),
               L("Iratrendező 75 mm – árkülönbözet", "30", "db", "51")],
        sep=" ", cur="{} Ft", extra={"preceding_date": dt(2025, 10, 7), "reason": "visszáru és árkorrekció"})
    add(stem="a11_kulcs_nbhyphen", layout="blind_a_kulcs", kind="normal", number="HT-2025-0612",
        issue=dt(2025, 11, 12), fulfil=dt(2025, 11, 10), due=dt(2025, 11, 27), seller=S_HIDRO, buyer=B_ORSEG,
        lines=[L("Kondenzációs gázkazán 24 kW", "1", "db", "489000"), L("Beüzemelés", "1", "db", "35000"),
               L("Szerelési anyag", "1", "tétel", "42350")],
        sep=".", cur="{} Ft", date_style="spaced", extra={"seller_tax_text": "29384756\u20112\u201116"})

    # ---- Novitax-like monospace
    add(stem="a12_novitax_latin1", layout="blind_a_novitax", kind="normal", number="2025/000813",
        issue=dt(2025, 10, 9), fulfil=dt(2025, 10, 8), due=dt(2025, 10, 24), seller=S_OREG, buyer=B_FARKAS,
        lines=[L("Fenyõ fûrészáru 50x100 mm", "12", "m3", "98000"), L("Lécáru gyalult", "300", "fm", "450")],
        sep=".", cur="{} Ft", extra={"latin1": True, "note": "Késedelmi kamat: a Ptk. szerinti mérték."})
    add(stem="a13_novitax_aam", layout="blind_a_novitax", kind="normal", number="2025/000041",
        issue=dt(2025, 9, 1), fulfil=dt(2025, 8, 31), due=dt(2025, 9, 9), seller=S_ORVOS, buyer=B_IRODA,
        lines=[L("Foglalkozás-egészségügyi vizsgálat, augusztus", "9", "fő", "12000", "AAM")],
        sep=" ", cur="{} Ft",
        extra={"note": "Alanyi adómentes (AAM) – ÁFA tv. 187. §. Az ÁFA nem kerül felszámításra."})

    # ---- Cobra-like
    add(stem="a14_cobra_normal", layout="blind_a_cobra", kind="normal", number="DL-25-004471",
        issue=dt(2025, 10, 31), fulfil=dt(2025, 10, 31), due=dt(2025, 11, 30), seller=S_DUNA, buyer=B_ELEKTRO,
        lines=[L("Közúti fuvarozás Dunaújváros–Miskolc, 24 t", "3", "fuvar", "185000"),
               L("Raklapbérlés", "66", "db", "350"), L("Várakozási díj", "2", "óra", "9000")],
        sep=" ", cur="{} Ft", order="SZ-2024/117", date_style="long",
        extra={"delivery": "SZL-25-11872", "expect": {"order_reference": None}})  # a contract number, no order
    add(stem="a15_cobra_cash", layout="blind_a_cobra", kind="normal", number="GYA-2025/118",
        issue=dt(2025, 10, 2), fulfil=dt(2025, 10, 1), due=dt(2025, 10, 17), seller=S_ASZTAL, buyer=B_LAKAS,
        lines=[L("Beépített szekrény tölgy furnérral, egyedi méret", "1", "db", "640000"),
               L("Helyszíni beépítés", "1", "db", "60000")],
        sep=".", cur="{} Ft", extra={"cash": True, "note": "Pénzforgalmi elszámolás. A számla kiegyenlítéséig "
                                                          "a termék az eladó tulajdona."})

    # ---- ERP / SAP-like
    add(stem="a16_sap_domestic", layout="blind_a_sap", kind="normal", number="9100045872",
        issue=dt(2025, 10, 10), fulfil=dt(2025, 10, 9), due=dt(2025, 11, 9), seller=S_SAP, buyer=B_ELEKTRO,
        lines=[L("Fékbetét szett első", "40", "KLT", "12850"), L("Féktárcsa 280 mm", "80", "PC", "9420"),
               L("Csomagolás", "1", "EA", "6500")],
        sep=".", cur="{} HUF", date_style="dot", order="4500018873",
        extra={"delivery": "80012345", "custno": "100877"})
    add(stem="a17_sap_eu_supply", layout="blind_a_sap", kind="normal", number="9100045901",
        issue=dt(2025, 10, 16), fulfil=dt(2025, 10, 15), due=dt(2025, 11, 15), seller=S_SAP, buyer=B_SK,
        lines=[L("Brake pad set front / Fékbetét szett első", "500", "KLT", "31.20", "KBAET"),
               L("Brake disc 280 mm / Féktárcsa 280 mm", "800", "PC", "22.75", "KBAET")],
        currency="EUR", sep=".", cur="EUR {}", date_style="iso", order="PO-77120",
        extra={"delivery": "80012399", "custno": "200415", "taxcode": "K0",
               "note": "Tax-exempt intra-Community supply of goods / Közösségen belüli adómentes "
                       "termékértékesítés (ÁFA tv. 89. §). Reverse charge does not apply."})
    add(stem="a18_sap_eur_domestic", layout="blind_a_sap", kind="normal", number="9100046020",
        issue=dt(2025, 11, 5), fulfil=dt(2025, 11, 4), due=dt(2025, 12, 5), seller=S_SAP, buyer=B_ORSEG,
        lines=[L("Tooling service / Szerszámkarbantartás", "1", "EA", "4850.00"),
               L("Spare parts / Alkatrészek", "14", "PC", "112.40")],
        currency="EUR", sep=".", cur="{} EUR", date_style="dot", rate_eur=D("384.15"), order="BR-2025-0091",
        extra={"delivery": "80012588", "custno": "100341", "rate_date": dt(2025, 11, 3)})

    # ---- NAV számlakép
    add(stem="a19_nav_normal", layout="blind_a_nav", kind="normal", number="ZK-2025-00317",
        issue=dt(2025, 10, 21), fulfil=dt(2025, 10, 20), due=dt(2025, 11, 4), seller=S_KORNYEZET, buyer=B_KOZSEG,
        lines=[L("Zöldhulladék elszállítás, október", "14", "alkalom", "28500"),
               L("Konténerbérlés 6 m³", "20", "nap", "3500")], sep="", cur="{} HUF", date_style="iso")
    add(stem="a20_nav_correction", layout="blind_a_nav", kind="correction", number="ZK-2025-00341",
        issue=dt(2025, 11, 6), fulfil=dt(2025, 10, 20), due=dt(2025, 11, 21), seller=S_KORNYEZET, buyer=B_KOZSEG,
        preceding="ZK-2025-00317",
        lines=[L("Zöldhulladék elszállítás, október – mennyiség helyesbítés", "-2", "alkalom", "28500")],
        sep="", cur="{} HUF", date_style="iso", extra={"reason": "Téves mennyiség"})

    # ---- utilities, telecom
    add(stem="a21_utility_electricity", layout="blind_a_utility", kind="normal", number="AASZ-2510-4471238",
        issue=dt(2025, 10, 8), fulfil=dt(2025, 9, 30), due=dt(2025, 10, 23), seller=S_ENERGIA, buyer=B_LAKAS,
        lines=[L("Villamos energia – rezsicsökkentett ár (A1)", "210.000", "kWh", "36.0000", "27"),
               L("Villamos energia – piaci ár (A1)", "34.000", "kWh", "70.1000", "27"),
               L("Rendszerhasználati díj – teljesítménydíj", "1", "hó", "1254.0000", "27"),
               L("Pénzeszközök (VET 147. §)", "244.000", "kWh", "1.8000", "27"),
               L("Energiaadó", "244.000", "kWh", "0.3100", "27")],
        sep=" ", cur="{} Ft", order="SZ-EL-0048812",
        extra={"expect": {"order_reference": None}, "pages": 3, "brand": "alföldi áram", "title": "Villamosenergia-számla", "site": B_LAKAS.address,
               "customer": "20034871", "meter": "GY-61844231", "period": (dt(2025, 9, 1), dt(2025, 9, 30)),
               "period_word": "2025. szeptember", "reading": ("12 843", "13 087"), "next_read": dt(2025, 12, 2)})
    add(stem="a22_utility_gas_collective", layout="blind_a_utility", kind="normal", number="EDF-G-25-0091234",
        issue=dt(2025, 11, 4), fulfil=dt(2025, 10, 31), due=dt(2025, 11, 19), seller=S_GAZ, buyer=B_PANZIO,
        lines=[L("Földgáz molekula díj – július", "4125.000", "MJ", "4.4100", "27"),
               L("Földgáz molekula díj – augusztus", "3870.000", "MJ", "4.4100", "27"),
               L("Földgáz molekula díj – szeptember", "6940.000", "MJ", "4.6200", "27"),
               L("Földgáz molekula díj – október", "12510.000", "MJ", "4.6200", "27"),
               L("Alapdíj (4 hónap)", "4", "hó", "2150.0000", "27"),
               L("Rendszerhasználati díj", "27445.000", "MJ", "0.9800", "27")],
        sep=" ", cur="{} Ft", order="G-2019-004412",
        extra={"expect": {"order_reference": None}, "pages": 2, "brand": "ÉDF gáz", "title": "Földgáz gyűjtőszámla",
               "site": "3910 Tokaj, Rákóczi út 41.", "customer": "GZ-7712930", "meter": "ELS-8841723",
               "period": (dt(2025, 7, 1), dt(2025, 10, 31)), "period_word": "2025. július–október",
               "reading": ("41 872", "44 405"), "next_read": dt(2026, 1, 31)})
    add(stem="a23_telecom", layout="blind_a_telecom", kind="normal", number="HR-2025-10-88214577",
        issue=dt(2025, 10, 3), fulfil=dt(2025, 9, 30), due=dt(2025, 10, 20), seller=S_TELCO, buyer=B_FARKAS,
        lines=[L("Üzleti Korlátlan 25 GB havidíj", "1", "09.01–09.30", "11990"),
               L("Üzleti Korlátlan 25 GB havidíj (2. SIM)", "1", "09.01–09.30", "11990"),
               L("Roaming adatforgalom (EU)", "1", "09.01–09.30", "1875"),
               L("Emelt díjas hívások", "1", "09.01–09.30", "640"),
               L("Készülékrészlet 5/24", "1", "09.01–09.30", "7874")],
        sep=" ", cur="{} Ft", order="ESZ-00412287",
        extra={"period": (dt(2025, 9, 1), dt(2025, 9, 30)), "customer": "1.23456789",
               "expect": {"order_reference": None}})  # a subscription contract, no order

    # ---- webshop
    add(stem="a24_webshop_card", layout="blind_a_webshop", kind="normal", number="KB-2025-031877",
        issue=dt(2025, 11, 28), fulfil=dt(2025, 11, 28), due=None, seller=S_WEB, buyer=B_KOVACS,
        lines=[L("Vezeték nélküli fülhallgató BT 5.3", "1", "db", "15740"),
               L("USB-C töltő 65 W", "2", "db", "7866"), L("Házhozszállítás (GLS)", "1", "db", "1566")],
        sep=".", cur="{} Ft", payment="Bankkártya (online, fizetve)", order="#240118834", date_style="iso",
        extra={"order_date": dt(2025, 11, 27), "expect": {"order_reference": "240118834"}, "note": "A számla kiegyenlítve, további teendője nincs."})
    add(stem="a25_webshop_company", layout="blind_a_webshop", kind="normal", number="KB-2025-031902",
        issue=dt(2025, 11, 29), fulfil=dt(2025, 11, 29), due=dt(2025, 12, 7), seller=S_WEB, buyer=B_HIDRO_BUYER,
        lines=[L("Laptop 15,6\" i5 16 GB", "2", "db", "228346"), L("Dokkoló USB-C", "2", "db", "31417")],
        sep=" ", cur="{} Ft", payment="Átutalás", order="#240119050", date_style="dot",
        extra={"order_date": dt(2025, 11, 29), "expect": {"order_reference": "240119050"}, "ship": "5000 Szolnok, Ady Endre út 18. (raktár)"})

    # ---- Profit-like
    add(stem="a26_profit_normal", layout="blind_a_profit", kind="normal", number="VSZ-2025-01522",
        issue=dt(2025, 10, 17), fulfil=dt(2025, 10, 16), due=dt(2025, 11, 16), seller=S_SZEGED, buyer=B_ZOLD,
        lines=[L("Paprikapaszta 500 g", "120", "üveg", "1350", "18"), L("Kalocsai őrlemény 100 g", "400", "db",
                                                                         "520", "18"),
               L("Díszdoboz", "40", "db", "850", "27")],
        sep=".", cur="{} Ft", order="VR-5521", date_style="dot", extra={"delivery": "SZL-2025-7731", "code": "PP", "expect": {"seller.vat_number": None}})
    add(stem="a27_profit_storno", layout="blind_a_profit", kind="storno", number="VSZ-2025-01533",
        issue=dt(2025, 10, 20), fulfil=dt(2025, 10, 16), due=dt(2025, 10, 20), seller=S_SZEGED, buyer=B_ZOLD,
        preceding="VSZ-2025-01522",
        lines=[L("Paprikapaszta 500 g", "-120", "üveg", "1350", "18"), L("Kalocsai őrlemény 100 g", "-400", "db",
                                                                          "520", "18"),
               L("Díszdoboz", "-40", "db", "850", "27")],
        sep=".", cur="{} Ft", order="VR-5521", date_style="dot",
        extra={"delivery": "SZL-2025-7731", "code": "PP", "expect": {"seller.vat_number": None}, "note": "Érvénytelenítő számla."})

    # ---- reportlab-drawn small-business documents
    add(stem="a28_rl_tam", layout="blind_a_reportlab", kind="normal", number="2025/0007",
        issue=dt(2025, 10, 1), fulfil=dt(2025, 9, 30), due=dt(2025, 10, 9), seller=S_ORVOS_TAM, buyer=B_IRODA,
        lines=[L("Angol szakfordítás, szerződés", "14", "oldal", "7500", "TAM")], sep=" ", cur="{} Ft",
        date_style="long",
        extra={"note": "Tárgyi adómentes (TAM) – ÁFA tv. 85. § (1) bekezdés.\nKérjük a számla sorszámát a "
                       "közleményben feltüntetni."})
    add(stem="a29_rl_proforma", layout="blind_a_reportlab", kind="proforma", number="D-2025-0044",
        issue=dt(2025, 11, 20), fulfil=None, due=dt(2025, 11, 27), seller=S_ASZTAL, buyer=B_PANZIO,
        lines=[L("Konyhabútor előlege (díjbekérő)", "1", "db", "500000")], sep=".", cur="{} Ft", date_style="dot",
        extra={"note": "Ez a díjbekérő nem számla, ÁFA levonására nem jogosít.\nA számlát a befizetést követően "
                       "állítjuk ki."})
    add(stem="a30_rl_advance_eur", layout="blind_a_reportlab", kind="advance", number="ELO-2025-0003",
        issue=dt(2025, 9, 15), fulfil=dt(2025, 9, 12), due=dt(2025, 9, 15), seller=S_ASZTAL_EU, buyer=B_AT,
        lines=[L("Anzahlung / Előleg – Eichentische (KBAET)", "1", "db", "3500.00", "KBAET")], currency="EUR",
        sep=".", cur="€ {}", date_style="iso",
        extra={"note": "Közösségen belüli adómentes termékértékesítés előlege (ÁFA tv. 89. §).\n"
                       "IBAN: HU42 1040 4508 4952 5753 5051 1006 · SWIFT: OKHBHUHB"})
    return docs


B_HIDRO_BUYER = Party(S_HIDRO.name, S_HIDRO.address, S_HIDRO.tax)
S_ASZTAL_EU = Party(S_ASZTAL.name, S_ASZTAL.address, S_ASZTAL.tax, "HU28765432", S_ASZTAL.bank)
S_ORVOS_TAM = Party("Tolmácsház Fordítóiroda Bt.", "6720 Szeged, Oskola utca 2.", "21987654-1-06", None,
                    "11735005-20441187")


def build(html_only: bool = False) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        for doc in documents():
            pdf = HERE / f"{doc.stem}.pdf"
            style = doc.layout.removeprefix("blind_a_")
            if style == "reportlab":
                if not html_only:
                    draw_reportlab(doc, pdf)
            else:
                html = Path(tmp) / f"{doc.stem}.html"
                html.write_text(TEMPLATES[style](doc), encoding="utf-8")
                if html_only:
                    (HERE / "html").mkdir(exist_ok=True)
                    (HERE / "html" / html.name).write_text(html.read_text(encoding="utf-8"), encoding="utf-8")
                else:
                    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                                    f"--print-to-pdf={pdf}", "--no-pdf-header-footer", html.as_uri()],
                                   check=True, capture_output=True, timeout=120)
            (HERE / f"{doc.stem}.json").write_text(json.dumps(doc.expected(), ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
            written.append(pdf)
    return written


SCAN_PICK = ("a01_szamlazz_normal", "a05_billingo_normal", "a09_kulcs_normal", "a12_novitax_latin1",
             "a14_cobra_normal", "a19_nav_normal", "a23_telecom", "a26_profit_normal")
SCAN_SKEWED, SCAN_FAX = "a14_cobra_normal", "a09_kulcs_normal"


def write_scans(folder: Path, dpi: int) -> None:
    """Image-only scans of eight of the PDFs (one askew 2°, one by fax) with their expected JSONs."""
    from tests.golden.scans import scan, scan_name

    folder.mkdir(parents=True, exist_ok=True)
    for stem in SCAN_PICK:
        options = {"dpi": dpi, "skew": 2.0 if stem == SCAN_SKEWED else 0.0, "fax": stem == SCAN_FAX}
        (folder / f"{stem}.pdf").write_bytes(scan((HERE / f"{stem}.pdf").read_bytes(), **options))
        expected = json.loads((HERE / f"{stem}.json").read_text(encoding="utf-8"))
        expected["layout"] = f"{expected['layout']} {scan_name(**options)}"
        (folder / f"{stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")


if __name__ == "__main__":
    if "--scans" in sys.argv:
        at = sys.argv.index("--scans")
        write_scans(Path(sys.argv[at + 1]), int(sys.argv[at + 2]))
    else:
        for path in build(html_only="--html-only" in sys.argv):
            print(path.name)
