
"""Held-out set B: realistic Hungarian invoice PDFs with expected JSON, for measuring only.

Written blind (without looking at the PDF reader), from general knowledge of what invoices a
Hungarian company receives look like. Most documents are HTML+CSS printed to PDF by headless
Chromium (a different producer than the project's own reportlab-drawn PDFs); a few are drawn with
reportlab in a different style. All companies, people, numbers and accounts are made up.

    .venv/bin/python -m tests.golden.heldout_b.make_set          # rewrite every PDF + JSON here
    .venv/bin/python -m tests.golden.heldout_b.make_set --only 01_hotel

Never tune the reader against this folder: it exists to give an honest estimate.
"""

from __future__ import annotations

import argparse
import html
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
NBSP = "\u00a0"
NBHY = "\u2011"  # non-breaking hyphen

# --- made-up identifiers with valid check digits --------------------------------------------------


def hu_tax(base7: str, vat_code: int, county: int) -> str:
    """A Hungarian tax number ``12345678-2-41`` whose 8th digit is the törzsszám check digit."""
    weights = (9, 7, 3, 1, 9, 7, 3)
    total = sum(int(d) * w for d, w in zip(base7, weights, strict=True))
    return f"{base7}{(10 - total % 10) % 10}-{vat_code}-{county:02d}"


def hu_vat(tax: str) -> str:
    return "HU" + tax[:8]


def at_uid(base7: str) -> str:
    total = 0
    for i, d in enumerate(base7):
        p = int(d) * (2 if i % 2 else 1)
        total += p // 10 + p % 10
    return f"ATU{base7}{(10 - (total + 4) % 10) % 10}"


def de_vat(base8: str) -> str:
    product = 10
    for d in base8:
        s = (int(d) + product) % 10 or 10
        product = (2 * s) % 11
    check = 11 - product
    return f"DE{base8}{0 if check == 10 else check}"


# --- amounts and dates ------------------------------------------------------------------------------

MONTHS_SHORT = ("jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec.")
MONTHS_LONG = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
               "szeptember", "október", "november", "december")


def d(text: str) -> date:
    return date.fromisoformat(text)


def fdate(value: date | None, style: str = "dot") -> str:
    if value is None:
        return ""
    if style == "dot":  # 2025.10.15.
        return f"{value.year}.{value.month:02d}.{value.day:02d}."
    if style == "dotsp":  # 2025. 10. 15.
        return f"{value.year}. {value.month:02d}. {value.day:02d}."
    if style == "short":  # 2025. okt. 15.
        return f"{value.year}. {MONTHS_SHORT[value.month - 1]} {value.day}."
    if style == "long":  # 2025. október 15.
        return f"{value.year}. {MONTHS_LONG[value.month - 1]} {value.day}."
    if style == "de":  # 15.10.2025
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if style == "iso":
        return value.isoformat()
    if style == "slash":  # 2025/10/15
        return f"{value.year}/{value.month:02d}/{value.day:02d}"
    raise ValueError(style)


def q(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(value: Decimal, sep: str = " ", dec: str = ",", places: int = 0) -> str:
    value = q(value, places)
    sign = "-" if value < 0 else ""
    whole, _, frac = f"{abs(value):.{places}f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = sep.join(groups)
    return sign + text + (dec + frac if places else "")


def plain(value: Decimal) -> str:
    """The expected JSON's amount: a plain decimal string."""
    return format(value.normalize() if value != value.to_integral() else value.quantize(Decimal(1)), "f")


@dataclass
class Item:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: str  # "27", "18", "5", "0", or a category: "AAM", "TAH", "FAD", "KBAET"
    extra: dict[str, str] = field(default_factory=dict)
    net: Decimal = Decimal(0)
    vat: Decimal = Decimal(0)
    gross: Decimal = Decimal(0)

    @property
    def pct(self) -> Decimal:
        return Decimal(self.rate) if self.rate.isdigit() else Decimal(0)

    def rate_label(self) -> str:
        return f"{self.rate}%" if self.rate.isdigit() else self.rate


def it(desc: str, qty: str | int, unit: str, price: str | int, rate: str = "27", **extra: str) -> Item:
    return Item(desc, Decimal(str(qty)), unit, Decimal(str(price)), rate, dict(extra))


@dataclass
class Totals:
    items: list[Item]
    places: int
    net: Decimal = Decimal(0)
    vat: Decimal = Decimal(0)
    gross: Decimal = Decimal(0)
    by_rate: dict[str, list[Decimal]] = field(default_factory=dict)


def compute(items: list[Item], places: int = 0, per_rate: bool = False) -> Totals:
    """Line nets; VAT per line (or per rate on the summed nets, ``per_rate``); totals."""
    t = Totals(items, places)
    for i in items:
        i.net = q(i.qty * i.price, places)
        i.vat = q(i.net * i.pct / 100, places)
        i.gross = i.net + i.vat
        row = t.by_rate.setdefault(i.rate, [Decimal(0), Decimal(0), Decimal(0)])
        row[0] += i.net
        row[1] += i.vat
    if per_rate:
        for rate, row in t.by_rate.items():
            row[1] = q(row[0] * (Decimal(rate) if rate.isdigit() else 0) / 100, places)
    for row in t.by_rate.values():
        row[2] = row[0] + row[1]
        t.net += row[0]
        t.vat += row[1]
    t.gross = t.net + t.vat
    return t


# --- parties ------------------------------------------------------------------------------------------


@dataclass
class Party:
    name: str
    address: str
    tax: str | None = None
    vat: str | None = None  # EU VAT number as printed (may carry a space)
    extra: list[str] = field(default_factory=list)  # printed lines under the name: bank, e-mail...

    def expected(self, prefix: str, *, name: str | None = None, vat_printed: bool = True) -> dict[str, str | None]:
        vat = self.vat.replace(" ", "") if (self.vat and vat_printed) else None
        return {f"{prefix}.name": name or self.name, f"{prefix}.tax_number": self.tax, f"{prefix}.vat_number": vat}


BUYER_MERLEG = Party("Mérleg Logisztika Kft.", "2040 Budaörs, Szabadság út 117.", hu_tax("2615043", 2, 13),
                     extra=["Cégjegyzékszám: 13-09-187654"])
BUYER_ZOLD = Party("Zöldmező Agrárkereskedelmi Zrt.", "6000 Kecskemét, Izsáki út 8.", hu_tax("1480277", 2, 3))
BUYER_KORONA = Party("Korona Rendezvényház Kft.", "1134 Budapest, Váci út 45. B ép. 3. em.", hu_tax("2739316", 2, 41))
BUYER_ORSEG = Party("Őrségi Faipari Bt.", "9941 Őriszentpéter, Városszer 57.", hu_tax("2287455", 2, 18))


# --- the document record -------------------------------------------------------------------------------


@dataclass
class Doc:
    stem: str
    expected: dict[str, object]
    html: str | None = None
    draw: Callable[[Path], None] | None = None


def expected(layout: str, number: str | None, kind: str, issue: date | None, fulfil: date | None,
             due: date | None, currency: str, tot: Totals | tuple[Decimal, Decimal, Decimal] | None,
             seller: dict[str, str | None], buyer: dict[str, str | None], *, preceding: str | None = None,
             order: str | None = None) -> dict[str, object]:
    if isinstance(tot, Totals):
        net, vat, gross = tot.net, tot.vat, tot.gross
    elif tot is None:
        net = vat = gross = None
    else:
        net, vat, gross = tot
    return {
        "layout": f"blind_b_{layout}",
        "invoice_number": number,
        "kind": kind,
        "issue_date": issue.isoformat() if issue else None,
        "fulfilment_date": fulfil.isoformat() if fulfil else None,
        "due_date": due.isoformat() if due else None,
        "currency": currency,
        "net_total": None if net is None else plain(net),
        "vat_total": None if vat is None else plain(vat),
        "gross_total": None if gross is None else plain(gross),
        **seller,
        **buyer,
        "order_reference": order,
        "preceding_invoice": preceding,
    }


def e(text: object) -> str:
    return html.escape(str(text), quote=False)


def page_html(css: str, body: str, *, footer: str = "", page_numbers: str | None = "{p}. oldal / {n}",
              size: str = "A4", margin: str = "14mm 13mm 16mm 13mm") -> str:
    boxes = ""
    if footer:
        boxes += f'@bottom-left {{ content: "{footer}"; font-size: 7pt; color: #555; }}'
    if page_numbers:
        content = page_numbers.replace("{p}", '" counter(page) "').replace("{n}", '" counter(pages) "')
        boxes += f'@bottom-right {{ content: "{content}"; font-size: 7pt; color: #555; }}'
    return f"""<!DOCTYPE html><html lang="hu"><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: {margin}; {boxes} }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; }}
table {{ border-collapse: collapse; }}
.r {{ text-align: right; white-space: nowrap; }} .c {{ text-align: center; }} .b {{ font-weight: bold; }} .nw {{ white-space: nowrap; }}
{css}
</style></head><body>{body}</body></html>"""


def item_table(items: list[Item], cols: list[tuple[str, str, str]], *, cls: str = "items", fmt: Callable[[Decimal], str],
               qfmt: Callable[[Decimal], str] | None = None, pfmt: Callable[[Decimal], str] | None = None) -> str:
    """cols: (header, key, css class); keys: desc, qty, unit, price, net, rate, vat, gross, no, or an extra."""
    qfmt = qfmt or (lambda v: money(v, " ", ",", 0) if v == v.to_integral() else money(v, " ", ",", 2))
    pfmt = pfmt or fmt
    head = "".join(f'<th class="{c}">{h}</th>' for h, _, c in cols)
    rows = []
    for n, i in enumerate(items, 1):
        cells = []
        for _, key, c in cols:
            v = {"desc": e(i.desc), "qty": qfmt(i.qty), "unit": e(i.unit), "price": pfmt(i.price), "net": fmt(i.net),
                 "rate": i.rate_label(), "vat": fmt(i.vat), "gross": fmt(i.gross), "no": f"{n}."}.get(key)
            cells.append(f'<td class="{c}">{v if v is not None else e(i.extra.get(key, ""))}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def rate_summary(t: Totals, fmt: Callable[[Decimal], str], *, labels: tuple[str, ...] = ("ÁFA-kulcs", "Nettó", "ÁFA",
                 "Bruttó"), cls: str = "vatsum", total_label: str | None = "Összesen") -> str:
    head = "".join(f'<th class="{"r" if n else ""}">{h}</th>' for n, h in enumerate(labels))
    rows = "".join(f'<tr><td>{rate + "%" if rate.isdigit() else rate}</td><td class="r">{fmt(r[0])}</td>'
                   f'<td class="r">{fmt(r[1])}</td><td class="r">{fmt(r[2])}</td></tr>' for rate, r in t.by_rate.items())
    if total_label:
        rows += (f'<tr class="b"><td>{total_label}</td><td class="r">{fmt(t.net)}</td><td class="r">{fmt(t.vat)}</td>'
                 f'<td class="r">{fmt(t.gross)}</td></tr>')
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def party_block(title: str, p: Party, *, tax_label: str = "Adószám:", vat_label: str = "Közösségi adószám:",
                tax_text: str | None = None) -> str:
    out = f'<div class="ptitle">{title}</div><div class="pname">{e(p.name)}</div><div>{e(p.address)}</div>'
    if p.tax:
        out += f"<div>{tax_label} {e(tax_text or p.tax)}</div>"
    if p.vat:
        out += f"<div>{vat_label} {e(p.vat)}</div>"
    out += "".join(f"<div>{e(x)}</div>" for x in p.extra)
    return out


# =====================================================================================================
# The documents
# =====================================================================================================

DOCS: list[Callable[[], Doc]] = []


def doc(fn: Callable[[], Doc]) -> Callable[[], Doc]:
    DOCS.append(fn)
    return fn


# --- 01 hotel: szállás 18 %, reggeli 5 %, parking 27 %, IFA outside VAT ---------------------------------


@doc
def hotel() -> Doc:
    seller = Party("Tópart Wellness Hotel Kft.", "8230 Balatonfüred, Zákonyi Ferenc utca 3.", hu_tax("2468135", 2, 19),
                   hu_vat(hu_tax("2468135", 2, 19)), ["Bankszámla: 11748007-20154482-00000000",
                                                      "NTAK reg. sz.: SZ19001234"])
    buyer = BUYER_MERLEG
    items = [it("Szállás - Superior kétágyas szoba (2025.10.12-10.15.)", 3, "éj", 38000, "18"),
             it("Szállás - Standard egyágyas szoba (2025.10.12-10.15.)", 3, "éj", 27500, "18"),
             it("Reggeli (büféreggeli)", 9, "adag", 4200, "5"),
             it("Parkolás, zárt garázs", 3, "nap", 3500, "27"),
             it("Idegenforgalmi adó (ÁFA tv. hatályán kívül)", 9, "vendégéj", 600, "TAH")]
    t = compute(items)
    issue, fulfil, due = d("2025-10-15"), d("2025-10-15"), d("2025-10-23")
    f = lambda v: money(v, " ")
    css = """
.top { display: flex; justify-content: space-between; border-bottom: 2px solid #2b5d7a; padding-bottom: 6px; }
.logo { font-family: 'DejaVu Serif'; font-size: 20pt; color: #2b5d7a; }
.meta td { padding: 1px 6px; } .ptitle { color: #2b5d7a; font-weight: bold; margin-top: 8px; }
.pname { font-weight: bold; font-size: 10pt; }
.parties { display: flex; gap: 30px; margin: 8px 0; } .parties > div { flex: 1; }
.items { width: 100%; margin-top: 10px; } .items th { background: #2b5d7a; color: white; padding: 4px; font-size: 8pt; }
.items td { border-bottom: 1px solid #ccc; padding: 4px; }
.vatsum { margin-top: 10px; } .vatsum td, .vatsum th { padding: 2px 8px; border: 1px solid #999; }
.pay { margin-top: 12px; float: right; border: 2px solid #2b5d7a; padding: 8px 14px; font-size: 12pt; }
"""
    body = f"""
<div class="top"><div class="logo">Tópart Wellness Hotel ****</div>
<div class="r">SZÁMLA<br><b>Számla sorszáma: TWH-2025/004817</b><br>Eredeti példány</div></div>
<div class="parties"><div>{party_block("Szolgáltató", seller)}</div><div>{party_block("Vevő", buyer)}</div></div>
<table class="meta">
<tr><td>Számla kelte:</td><td>{fdate(issue, "short")}</td><td>Érkezés:</td><td>{fdate(d("2025-10-12"), "short")}</td></tr>
<tr><td>Teljesítés dátuma:</td><td>{fdate(fulfil, "short")}</td><td>Távozás:</td><td>{fdate(d("2025-10-15"), "short")}</td></tr>
<tr><td>Fizetési határidő:</td><td>{fdate(due, "short")}</td><td>Szobaszám:</td><td>214, 216</td></tr>
<tr><td>Fizetési mód:</td><td>Átutalás</td><td>Foglalási szám:</td><td>R-88412</td></tr>
</table>
{item_table(items, [("Megnevezés", "desc", ""), ("Menny.", "qty", "r"), ("Egység", "unit", ""),
                    ("Egységár (nettó)", "price", "r"), ("Nettó", "net", "r"), ("ÁFA", "rate", "c"),
                    ("ÁFA összeg", "vat", "r"), ("Bruttó", "gross", "r")], fmt=f)}
{rate_summary(t, f)}
<p style="font-size:8pt">TAH: az idegenforgalmi adó az ÁFA törvény hatályán kívül esik. Az IFA összege: {f(items[-1].net)} Ft.</p>
<div class="pay">Fizetendő összesen: <b>{f(t.gross)} Ft</b></div>
<div style="clear:both"></div>
<p style="margin-top:30px">Köszönjük, hogy nálunk szállt meg! Recepció: +36 87 555 0101</p>
"""
    exp = expected("hotel", "TWH-2025/004817", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("01_hotel", exp, page_html(css, body, footer="HotelSoft Front Office 7.4 - számla"))


# --- 02 fuel card collective invoice: many rows, several pages -------------------------------------------


@doc
def fuel_card() -> Doc:
    seller = Party("Útitárs Üzemanyagkártya Zrt.", "1117 Budapest, Hunyadi János út 19.", hu_tax("1093827", 2, 44),
                   hu_vat(hu_tax("1093827", 2, 44)))
    buyer = BUYER_MERLEG
    stations = ["Budaörs M1 km 14", "Tatabánya Győri út", "Győr Mosonmagyaróvári út", "Székesfehérvár Berényi út",
                "Kecskemét Izsáki út", "Budapest Hungária krt.", "Szolnok Thököly út", "Siófok M7 km 104"]
    plates = ["RKT-418", "AAMK-512", "SPW-903"]
    items: list[Item] = []
    for n in range(84):
        day = 1 + (n * 7) % 30
        liters = Decimal(28 + (n * 37) % 41) + Decimal((n * 13) % 100) / 100
        price = Decimal(488 + (n * 11) % 30) + Decimal((n * 7) % 10) / 10  # net unit price Ft/l
        product = "Diesel" if n % 4 else "95 benzin"
        card = f"7005 4471 0000 {1201 + n % 3}"
        items.append(it(product, liters, "l", price, "27", date=f"2025.09.{day:02d}.", station=stations[n % 8],
                        card=card, plate=plates[n % 3], receipt=f"{210000 + n * 173}"))
    items += [it("Autópálya matrica (e-matrica, D1 éves)", 1, "db", Decimal("43386.61"), "27", date="2025.09.02.",
                 station="Online", card="7005 4471 0000 1201", plate="RKT-418", receipt="E-551907"),
              it("Szélvédőmosó folyadék -20°C", 4, "db", Decimal("1330.71"), "27", date="2025.09.18.",
                 station=stations[2], card="7005 4471 0000 1202", plate="AAMK-512", receipt="214411")]
    items.sort(key=lambda i: i.extra["date"])
    t = compute(items, 0)
    issue, fulfil, due = d("2025-10-03"), d("2025-09-30"), d("2025-10-18")
    f = lambda v: money(v, NBSP)
    fq = lambda v: money(v, NBSP, ",", 2)
    rows = "".join(
        f"<tr><td>{i.extra['date']}</td><td>{i.extra['card']}</td><td>{i.extra['plate']}</td><td>{e(i.extra['station'])}"
        f"</td><td>{i.extra['receipt']}</td><td>{e(i.desc)}</td><td class='r'>{fq(i.qty)}</td><td>{i.unit}</td>"
        f"<td class='r'>{fq(i.price)}</td><td class='r'>{f(i.net)}</td><td class='c'>27%</td>"
        f"<td class='r'>{f(i.vat)}</td><td class='r'>{f(i.gross)}</td></tr>" for i in items)
    css = """
body { font-size: 7.5pt; } h1 { font-size: 13pt; margin: 0; }
.hdr { display: flex; justify-content: space-between; } .hdr > div { width: 48%; }
.box { border: 1px solid #000; padding: 5px; margin-bottom: 6px; }
.ptitle { font-weight: bold; text-decoration: underline; } .pname { font-weight: bold; }
.tx { width: 100%; } .tx th { border-bottom: 1.5px solid #000; font-size: 7pt; text-align: left; padding: 2px; }
.tx td { padding: 1.5px 2px; border-bottom: 0.5px dotted #999; } thead { display: table-header-group; }
.sum td { padding: 2px 8px; } .sum { margin-left: auto; margin-top: 8px; border: 1.5px solid #000; }
"""
    body = f"""
<div class="hdr"><div><h1>GYŰJTŐSZÁMLA</h1>üzemanyagkártyás vásárlásokról<br>Számlaszám: <b>UK25-0093381</b><br>
Ügyfélszám: 300458812 &nbsp; Szerződésszám: FC-2019/4471</div>
<div class="box">Elszámolási időszak: 2025.09.01. - 2025.09.30.<br>Számla kelte: 2025.10.03.<br>
Teljesítés időpontja: 2025.09.30.<br>Fizetési határidő: 2025.10.18.<br>Fizetési mód: csoportos beszedés</div></div>
<div class="hdr"><div class="box">{party_block("Eladó", seller)}<div>IBAN: HU93 1040 5004 0002 8437 0000 0000</div></div>
<div class="box">{party_block("Vevő", buyer)}</div></div>
<table class="tx"><thead><tr><th>Dátum</th><th>Kártyaszám</th><th>Rendszám</th><th>Kút</th><th>Bizonylat</th>
<th>Termék</th><th class="r">Mennyiség</th><th>ME</th><th class="r">Nettó egységár</th><th class="r">Nettó</th>
<th>ÁFA%</th><th class="r">ÁFA</th><th class="r">Bruttó</th></tr></thead><tbody>{rows}</tbody></table>
<table class="sum"><tr><td>Nettó összesen:</td><td class="r">{f(t.net)} Ft</td></tr>
<tr><td>ÁFA 27%:</td><td class="r">{f(t.vat)} Ft</td></tr>
<tr class="b"><td>Bruttó összesen (fizetendő):</td><td class="r">{f(t.gross)} Ft</td></tr></table>
<p>A gyűjtőszámla {len(items)} tételt tartalmaz. Az egyes tételek teljesítési időpontja a tranzakció dátuma,
a gyűjtőszámla teljesítési időpontja az időszak utolsó napja.</p>
"""
    exp = expected("fuel_card", "UK25-0093381", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("02_fuel_card", exp, page_html(css, body, footer="Útitárs Flotta Portál - gyűjtőszámla",
                                               page_numbers="Oldal: {p}/{n}", margin="10mm 9mm 14mm 9mm"))


# --- 03 law firm, HUF, serif, narrative service lines ------------------------------------------------------


@doc
def law_firm() -> Doc:
    seller = Party("Dr. Szabó és Társa Ügyvédi Iroda", "1054 Budapest, Báthory utca 12. II. em. 4.",
                   hu_tax("1872290", 2, 41), None, ["Kamarai nyilvántartási szám: 36063218",
                                                    "Számlaszám: 10918001-00000123-45670001 (UniCredit)"])
    buyer = BUYER_KORONA
    items = [it("Jogi tanácsadás - bérleti szerződés felülvizsgálata (2025. szeptember)", "6.5", "óra", 42000),
             it("Okiratszerkesztés és ellenjegyzés - ingatlan bérleti szerződés", 1, "db", 180000),
             it("Képviselet tárgyaláson (Fővárosi Törvényszék, 2025.09.24.)", 3, "óra", 45000),
             it("Átalánydíj - havi jogi szolgáltatás (2025. szeptember)", 1, "hó", 250000)]
    t = compute(items)
    issue, fulfil, due = d("2025-10-06"), d("2025-09-30"), d("2025-10-21")
    f = lambda v: money(v, ".")
    css = """
body { font-family: 'DejaVu Serif', serif; font-size: 9.5pt; }
.head { text-align: center; border-bottom: 1px solid #000; padding-bottom: 6px; }
.head .n { font-size: 15pt; letter-spacing: 1px; }
h2 { text-align: center; letter-spacing: 6px; font-weight: normal; margin: 14px 0 4px 0; }
.parties { display: flex; margin-top: 10px; } .parties > div { flex: 1; padding: 6px; }
.ptitle { font-variant: small-caps; } .pname { font-weight: bold; }
.info { width: 100%; margin-top: 10px; border-top: 1px solid #000; border-bottom: 1px solid #000; }
.info td { padding: 3px; width: 25%; }
.items { width: 100%; margin-top: 12px; } .items th { border-bottom: 1px solid #000; padding: 3px; font-weight: normal;
 font-style: italic; } .items td { padding: 5px 3px; vertical-align: top; }
.tot { margin-left: auto; margin-top: 10px; } .tot td { padding: 2px 6px; }
.tot .g td { border-top: 1.5px double #000; font-weight: bold; font-size: 11pt; }
"""
    body = f"""
<div class="head"><div class="n">DR. SZABÓ ÉS TÁRSA ÜGYVÉDI IRODA</div>1054 Budapest, Báthory utca 12. · iroda@szabo-ugyved.example.hu</div>
<h2>SZÁMLA</h2><div class="c">Sorszám: <b>SZT/2025/0212</b></div>
<div class="parties"><div>{party_block("Szolgáltató", seller)}</div><div>{party_block("Megrendelő", buyer)}</div></div>
<table class="info"><tr><td>Kiállítás dátuma:<br><b>{fdate(issue, "long")}</b></td>
<td>Teljesítés időpontja:<br><b>{fdate(fulfil, "long")}</b></td><td>Fizetési határidő:<br><b>{fdate(due, "long")}</b></td>
<td>Fizetési mód:<br><b>banki átutalás</b></td></tr></table>
{item_table(items, [("Szolgáltatás megnevezése", "desc", ""), ("Mennyiség", "qty", "r"), ("", "unit", ""),
                    ("Nettó díj", "price", "r"), ("Nettó érték", "net", "r"), ("ÁFA", "rate", "c")], fmt=f)}
<table class="tot"><tr><td>Nettó érték összesen:</td><td class="r">{f(t.net)} Ft</td></tr>
<tr><td>Általános forgalmi adó (27%):</td><td class="r">{f(t.vat)} Ft</td></tr>
<tr class="g"><td>Mindösszesen:</td><td class="r">{f(t.gross)} Ft</td></tr></table>
<p>Kérjük, átutaláskor a közleményben a számla sorszámát feltüntetni szíveskedjenek.</p>
<p style="margin-top:40px">Budapest, {fdate(issue, "long")}</p><p style="margin-left:60%">dr. Szabó Gergely<br>ügyvéd</p>
"""
    exp = expected("law_firm", "SZT/2025/0212", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("03_law_firm", exp, page_html(css, body, footer="", page_numbers=None))


# --- 04/05 construction: előlegszámla and végszámla ---------------------------------------------------------

BUILDER = Party("Alapkő Generálkivitelező Kft.", "4031 Debrecen, Kishegyesi út 263.", hu_tax("2391764", 2, 9),
                None, ["Bankszámlaszám: 11738008-20876543-00000000", "IBAN: HU24 1173 8008 2087 6543 0000 0000"])
BUILD_CSS = """
.band { background: #f0a500; height: 8px; margin-bottom: 8px; }
.hd { display: flex; justify-content: space-between; align-items: flex-start; }
.title { font-size: 18pt; font-weight: bold; } .ptitle { font-size: 7.5pt; color: #666; text-transform: uppercase; }
.pname { font-weight: bold; font-size: 10.5pt; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin: 10px 0; }
.grid > div { border: 1px solid #bbb; padding: 6px; }
.dates { display: grid; grid-template-columns: repeat(4, 1fr); border: 1px solid #bbb; margin-bottom: 10px; }
.dates div { padding: 4px 6px; border-right: 1px solid #bbb; } .dates span { display: block; font-size: 7pt; color: #666; }
.items { width: 100%; } .items th { border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 3px; font-size: 8pt; }
.items td { padding: 4px 3px; border-bottom: 1px solid #ddd; }
.tot { margin: 10px 0 0 auto; } .tot td { padding: 3px 8px; } .tot .g { background: #f0a500; font-weight: bold; }
"""


def _builder_doc(title: str, number: str, items: list[Item], issue: date, fulfil: date, due: date, notes: str) -> tuple[str, Totals]:
    t = compute(items)
    f = lambda v: money(v, " ")
    body = f"""<div class="band"></div>
<div class="hd"><div><div class="pname" style="font-size:14pt">ALAPKŐ</div>Generálkivitelező Kft.</div>
<div class="r"><div class="title">{title}</div>Számlaszám: <b>{number}</b></div></div>
<div class="grid"><div>{party_block("Kibocsátó / Eladó", BUILDER)}</div><div>{party_block("Vevő", BUYER_ZOLD)}</div></div>
<div class="dates"><div><span>Számla kelte</span>{fdate(issue)}</div><div><span>Teljesítés időpontja</span>{fdate(fulfil)}</div>
<div><span>Fizetési határidő</span>{fdate(due)}</div><div><span>Fizetési mód</span>Átutalás</div></div>
{item_table(items, [("#", "no", ""), ("Megnevezés", "desc", ""), ("Mennyiség", "qty", "r"), ("Me.", "unit", ""),
                    ("Nettó egységár", "price", "r"), ("Nettó érték", "net", "r"), ("ÁFA", "rate", "c"),
                    ("ÁFA érték", "vat", "r"), ("Bruttó érték", "gross", "r")], fmt=f)}
<table class="tot"><tr><td>Nettó összesen</td><td class="r">{f(t.net)} Ft</td></tr>
<tr><td>ÁFA összesen (27%)</td><td class="r">{f(t.vat)} Ft</td></tr>
<tr class="g"><td>Fizetendő végösszeg</td><td class="r">{f(t.gross)} Ft</td></tr></table>
{notes}"""
    return page_html(BUILD_CSS, body, footer="Alapkő ERP számlázó modul", page_numbers="{p}/{n}"), t


@doc
def construction_advance() -> Doc:
    items = [it("Előleg - Kecskemét, Izsáki út 8. raktárcsarnok bővítése, kivitelezési szerződés KSZ-2025/031 "
                "szerinti 30% előleg", 1, "db", 14400000)]
    issue = d("2025-07-14")
    page, t = _builder_doc("ELŐLEGSZÁMLA", "AK-2025-000318", items, issue, issue, d("2025-07-22"),
                           "<p>Az előleg a végszámlában kerül levonásra. Szerződésszám: KSZ-2025/031</p>")
    exp = expected("construction_advance", "AK-2025-000318", "advance", issue, issue, d("2025-07-22"), "HUF", t,
                   BUILDER.expected("seller"), BUYER_ZOLD.expected("buyer"))
    return Doc("04_construction_advance", exp, page)


@doc
def construction_final() -> Doc:
    items = [it("Raktárcsarnok bővítés - szerkezetkész állapot (KSZ-2025/031, 1-4. ütem)", 1, "klt", 41250000),
             it("Pótmunka: ipari padló megerősítés, 180 m2", 180, "m2", 14500),
             it("Levonva: előleg, előlegszámla sorszáma AK-2025-000318 (2025.07.14.)", 1, "db", -14400000)]
    issue, fulfil, due = d("2025-10-10"), d("2025-10-08"), d("2025-10-25")
    page, t = _builder_doc("VÉGSZÁMLA", "AK-2025-000592", items, issue, fulfil, due,
                           "<p>Végszámla a KSZ-2025/031 sz. szerződéshez. Átadás-átvételi jegyzőkönyv: 2025.10.08.<br>"
                           "Az előlegszámla (AK-2025-000318) összegével csökkentve.</p>")
    # The advance invoice is named, but a final invoice is no modification: preceding_invoice is left null.
    exp = expected("construction_final", "AK-2025-000592", "final", issue, fulfil, due, "HUF", t,
                   BUILDER.expected("seller"), BUYER_ZOLD.expected("buyer"))
    return Doc("05_construction_final", exp, page)


# --- 06 IT company invoicing EUR, MNB rate, VAT also in HUF ------------------------------------------------------


@doc
def it_eur() -> Doc:
    seller = Party("Felhőkapu Informatikai Kft.", "1095 Budapest, Lechner Ödön fasor 6.", hu_tax("2580311", 2, 43),
                   hu_vat(hu_tax("2580311", 2, 43)), ["EUR számla: HU51 1200 1008 0015 4433 0020 0007 (Raiffeisen)"])
    buyer = BUYER_MERLEG
    items = [it("Felhő infrastruktúra üzemeltetés - 2025. szeptember", 1, "hó", "1850.00"),
             it("Szoftverfejlesztés (T&M), senior fejlesztő", 42, "óra", "68.50"),
             it("SSL tanúsítvány, wildcard, 1 év", 1, "db", "219.90")]
    t = compute(items, 2)
    rate = Decimal("389.47")
    issue, fulfil, due = d("2025-10-02"), d("2025-09-30"), d("2025-10-17")
    f = lambda v: money(v, " ", ",", 2)
    css = """
body { font-family: 'DejaVu Sans Condensed', sans-serif; }
.hd { display: flex; justify-content: space-between; border-bottom: 3px solid #6a1b9a; padding-bottom: 6px; }
.brand { font-size: 16pt; color: #6a1b9a; font-weight: bold; }
.twocol { display: flex; gap: 20px; margin-top: 8px; } .twocol > div { flex: 1; }
.ptitle { color: #6a1b9a; font-weight: bold; } .pname { font-weight: bold; }
.kv td { padding: 1px 4px; } .kv td:first-child { color: #555; }
.items { width: 100%; margin-top: 12px; } .items th { background: #eee; padding: 4px; } .items td { padding: 4px; border-bottom: 1px solid #eee; }
.tot { margin: 8px 0 0 auto; } .tot td { padding: 2px 8px; } .huf { margin-top: 10px; border: 1px dashed #6a1b9a; padding: 6px; }
"""
    huf = lambda v: money(q(v * rate, 0), " ")
    body = f"""
<div class="hd"><div class="brand">felhőkapu</div><div class="r"><b style="font-size:13pt">SZÁMLA</b><br>
Számlaszám: FK-2025-0387</div></div>
<div class="twocol"><div>{party_block("Eladó", seller)}</div><div>{party_block("Vevő", buyer)}</div></div>
<table class="kv"><tr><td>Kiállítás dátuma:</td><td>{fdate(issue, "iso")}</td></tr>
<tr><td>Teljesítés dátuma:</td><td>{fdate(fulfil, "iso")}</td></tr><tr><td>Fizetési határidő:</td><td>{fdate(due, "iso")}</td></tr>
<tr><td>Pénznem:</td><td>EUR</td></tr><tr><td>Megrendelés száma:</td><td>PO-77812</td></tr></table>
{item_table(items, [("Megnevezés", "desc", ""), ("Menny.", "qty", "r"), ("Egység", "unit", ""),
                    ("Egységár (EUR)", "price", "r"), ("Nettó (EUR)", "net", "r"), ("ÁFA", "rate", "c"),
                    ("ÁFA (EUR)", "vat", "r"), ("Bruttó (EUR)", "gross", "r")], fmt=f)}
<table class="tot"><tr><td>Nettó összesen:</td><td class="r">{f(t.net)} EUR</td></tr>
<tr><td>ÁFA (27%):</td><td class="r">{f(t.vat)} EUR</td></tr>
<tr class="b"><td>Bruttó végösszeg:</td><td class="r">{f(t.gross)} EUR</td></tr></table>
<div class="huf">Alkalmazott árfolyam: 1 EUR = {money(rate, " ", ",", 2)} HUF (MNB középárfolyam, {fdate(d("2025-09-30"))})<br>
Nettó összesen forintban: {huf(t.net)} Ft &nbsp;·&nbsp; ÁFA összesen forintban: <b>{huf(t.vat)} Ft</b> &nbsp;·&nbsp;
Bruttó összesen forintban: {money(q(t.net * rate, 0) + q(t.vat * rate, 0), " ")} Ft</div>
"""
    exp = expected("it_eur", "FK-2025-0387", "normal", issue, fulfil, due, "EUR", t,
                   seller.expected("seller"), buyer.expected("buyer"), order="PO-77812")
    return Doc("06_it_eur", exp, page_html(css, body, footer="Számla készült: FK Billing v2.3"))


# --- 07 EU reverse charge: Hungarian seller, Austrian buyer with only a UID -----------------------------------------


@doc
def eu_reverse_charge() -> Doc:
    seller = Party("Rácsos Adatelemző Kft.", "9021 Győr, Baross Gábor út 30.", hu_tax("2644870", 2, 8),
                   "HU" + hu_tax("2644870", 2, 8)[:8])
    buyer = Party("Alpenblick Consulting GmbH", "Mariahilfer Straße 88, 1070 Wien, Österreich", None,
                  "AT " + at_uid("6120457")[2:])
    items = [it("Adatelemzési tanácsadás / Data analytics consulting, October 2025", 36, "óra / h", "95.00", "EUFAD37"),
             it("Dashboard fejlesztés / Dashboard development (fixed fee)", 1, "db / pc", "2400.00", "EUFAD37")]
    t = compute(items, 2)
    issue, fulfil, due = d("2025-10-31"), d("2025-10-31"), d("2025-11-30")
    f = lambda v: money(v, ",", ".", 2)
    css = """
.hd { border-bottom: 1px solid #333; padding-bottom: 4px; display: flex; justify-content: space-between; }
.ptitle { font-size: 7.5pt; text-transform: uppercase; color: #444; } .pname { font-weight: bold; }
.cols { display: flex; gap: 24px; margin-top: 10px; } .cols > div { flex: 1; }
.meta { margin-top: 8px; } .meta td { padding: 1px 6px 1px 0; }
.items { width: 100%; margin-top: 10px; } .items th { border-bottom: 1px solid #333; text-align: left; padding: 3px; }
.items td { padding: 4px 3px; } .tot { margin-left: auto; margin-top: 8px; } .tot td { padding: 2px 6px; }
.note { margin-top: 14px; padding: 6px; background: #f3f3f3; }
"""
    body = f"""
<div class="hd"><div><b style="font-size:13pt">Rácsos Adatelemző Kft.</b></div><div class="r"><b>SZÁMLA / INVOICE</b><br>
No.: RA-2025/117</div></div>
<div class="cols"><div>{party_block("Eladó / Seller", seller, tax_label="Adószám / Tax No.:",
                                    vat_label="Közösségi adószám / EU VAT No.:")}</div>
<div>{party_block("Vevő / Customer", buyer, vat_label="Közösségi adószám / VAT ID:")}</div></div>
<table class="meta"><tr><td>Számla kelte / Invoice date:</td><td>{fdate(issue, "iso")}</td></tr>
<tr><td>Teljesítés dátuma / Date of supply:</td><td>{fdate(fulfil, "iso")}</td></tr>
<tr><td>Fizetési határidő / Due date:</td><td>{fdate(due, "iso")}</td></tr>
<tr><td>Pénznem / Currency:</td><td>EUR</td></tr></table>
{item_table(items, [("Megnevezés / Description", "desc", ""), ("Menny. / Qty", "qty", "r"), ("Egység / Unit", "unit", ""),
                    ("Egységár / Unit price", "price", "r"), ("Nettó / Net", "net", "r"), ("ÁFA / VAT", "rate", "c")],
             fmt=f)}
<table class="tot"><tr><td>Nettó összesen / Net total:</td><td class="r">EUR {f(t.net)}</td></tr>
<tr><td>ÁFA / VAT:</td><td class="r">EUR {f(t.vat)}</td></tr>
<tr class="b"><td>Végösszeg / Total due:</td><td class="r">EUR {f(t.gross)}</td></tr></table>
<div class="note">Fordított adózás - Reverse charge. Az ügylet az ÁFA tv. 37. § (1) alapján Magyarországon nem
adóköteles, az adót a szolgáltatás igénybevevője fizeti (2006/112/EK irányelv 196. cikk).<br>
Bank: K&amp;H Bank · IBAN: HU08 1040 0126 5052 6570 6555 1004 · SWIFT: OKHBHUHB</div>
"""
    exp = expected("eu_reverse_charge", "RA-2025/117", "normal", issue, fulfil, due, "EUR", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("07_eu_reverse_charge", exp, page_html(css, body, page_numbers="Page {p} of {n}"))


# --- 08 water utility bill, multi-page, meter readings -----------------------------------------------------------


@doc
def water_utility() -> Doc:
    seller = Party("Dunamenti Vízmű Zrt.", "2600 Vác, Kodály Zoltán út 3.", hu_tax("1078230", 2, 13),
                   hu_vat(hu_tax("1078230", 2, 13)), ["Ügyfélszolgálat: 06 27 511 500"])
    buyer = Party("Mérleg Logisztika Kft.", "2040 Budaörs, Szabadság út 117.", BUYER_MERLEG.tax)
    items = [it("Ivóvíz alapdíj (DN 40 vízmérő)", 2, "hó", 6450),
             it("Ivóvíz fogyasztás (2025.08.01-2025.09.30.)", 412, "m3", Decimal("399.40")),
             it("Szennyvíz alapdíj", 2, "hó", 4870),
             it("Szennyvízelvezetés és -tisztítás", 412, "m3", Decimal("586.20")),
             it("Mellékvízmérő leolvasási díj", 2, "db", 890)]
    t = compute(items, 0, per_rate=True)
    issue, fulfil, due = d("2025-10-08"), d("2025-09-30"), d("2025-10-23")
    f = lambda v: money(v, ".")
    css = """
.hd { display: flex; justify-content: space-between; } .brand { font-size: 15pt; color: #0d5fa8; font-weight: bold; }
.ptitle { font-weight: bold; color: #0d5fa8; } .pname { font-weight: bold; }
.box { border: 1px solid #0d5fa8; padding: 6px; margin-top: 8px; }
.big { font-size: 14pt; font-weight: bold; color: #0d5fa8; }
table.g { width: 100%; margin-top: 8px; } table.g th { background: #dbe9f6; padding: 3px; font-size: 8pt; }
table.g td { padding: 3px; border-bottom: 1px solid #dbe9f6; }
.pb { break-before: page; } h3 { color: #0d5fa8; margin: 6px 0; }
"""
    meter = """<table class="g"><thead><tr><th>Mérő gyári száma</th><th>Típus</th><th>Előző leolvasás</th>
<th class="r">Előző állás (m3)</th><th>Jelenlegi leolvasás</th><th class="r">Jelenlegi állás (m3)</th>
<th class="r">Fogyasztás (m3)</th></tr></thead><tbody>
<tr><td>21-0448713</td><td>fővízmérő</td><td>2025.07.31.</td><td class="r">18.906</td><td>2025.09.30.</td>
<td class="r">19.318</td><td class="r">412</td></tr>
<tr><td>19-7720015</td><td>mellékmérő (locsoló)</td><td>2025.07.31.</td><td class="r">2.114</td><td>2025.09.30.</td>
<td class="r">2.187</td><td class="r">73</td></tr></tbody></table>"""
    body = f"""
<div class="hd"><div class="brand">Dunamenti Vízmű Zrt.</div><div class="r"><b style="font-size:13pt">SZÁMLA</b><br>
víziközmű-szolgáltatásról<br>Számla sorszáma: <b>DV/2025/1188204</b></div></div>
<div class="hd"><div class="box" style="width:48%">{party_block("Szolgáltató", seller)}</div>
<div class="box" style="width:48%">{party_block("Felhasználó (vevő)", buyer)}<div>Felhasználási hely: 2040 Budaörs,
Szabadság út 117.</div><div>Felhasználó azonosító: 1002338841</div><div>Felhasználási hely azonosító: 500118930</div></div></div>
<div class="box"><table style="width:100%"><tr><td>Számla kelte: {fdate(issue)}</td><td>Elszámolt időszak: 2025.08.01. - 2025.09.30.</td>
<td>Teljesítés időpontja: {fdate(fulfil)}</td></tr><tr><td>Fizetési határidő: <b>{fdate(due)}</b></td>
<td>Fizetési mód: átutalás / csekk</td><td>Számla típusa: elszámoló számla</td></tr></table></div>
<div class="box"><span class="big">Fizetendő összeg: {f(t.gross)} Ft</span><br>Befizetési azonosító: 1002338841-25-10</div>
<h3>Mérőállások</h3>{meter}
<p>A következő leolvasás várható ideje: 2025.11.28. - 2025.12.03. Önleolvasás: 2025.11.25-ig a honlapon.</p>
<div class="pb"></div>
<h3>Számlarészletező</h3>
{item_table(items, [("Tétel", "desc", ""), ("Mennyiség", "qty", "r"), ("Me.", "unit", ""), ("Egységár (Ft)", "price", "r"),
                    ("Nettó (Ft)", "net", "r"), ("ÁFA", "rate", "c")], cls="g", fmt=f,
             qfmt=lambda v: money(v, ".", ",", 0), pfmt=lambda v: money(v, ".", ",", 0 if v == v.to_integral() else 2))}
{rate_summary(t, f, labels=("ÁFA-kulcs", "Nettó érték (Ft)", "ÁFA érték (Ft)", "Bruttó érték (Ft)"), cls="g",
              total_label="Számla összesen")}
<h3>Tájékoztató adatok</h3>
<table class="g"><tr><td>Előző számla (DV/2025/0951102) összege</td><td class="r">78.412 Ft</td></tr>
<tr><td>Befizetés 2025.08.21.</td><td class="r">78.412 Ft</td></tr>
<tr><td>Átlagos napi fogyasztás az időszakban</td><td class="r">6,75 m3</td></tr>
<tr><td>Az előző év azonos időszakának fogyasztása</td><td class="r">388 m3</td></tr></table>
<p>Számlázott mennyiség a fővízmérő szerint. A locsolási mellékvízmérőn mért 73 m3 után szennyvízdíjat
nem számítunk fel ebben az időszakban (tájékoztató jelleggel).</p>
<p>A víziközmű-szolgáltatás díjait a miniszteri rendelet határozza meg. Panaszügyintézés: ugyfel@dunamentiviz.example.hu</p>
"""
    # Only the main meter's 412 m3 is billed; the garden meter is shown for information.
    exp = expected("water_utility", "DV/2025/1188204", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("08_water_utility", exp, page_html(css, body, footer="DV Ügyfélinformációs Rendszer", page_numbers="{p}. oldal"))


# --- 09 car repair: parts + labour -------------------------------------------------------------------------------


@doc
def car_repair() -> Doc:
    seller = Party("Csavarhúzó Autószerviz Kft.", "8000 Székesfehérvár, Berényi út 72.", hu_tax("2103982", 2, 7))
    buyer = BUYER_MERLEG
    parts = [it("Fékbetét első (ATE 13.0460-7184.2)", 1, "garn", 18990), it("Féktárcsa első", 2, "db", 15450),
             it("Motorolaj 5W-30 LL", "5.5", "l", 4290), it("Olajszűrő", 1, "db", 3680), it("Pollenszűrő aktívszenes", 1, "db", 6950)]
    labour = [it("Munkadíj: fékbetét + féktárcsa csere", "1.8", "óra", 16500), it("Munkadíj: olajcsere, szűrőcsere", "0.6", "óra", 16500),
              it("Műszaki vizsga előkészítés, diagnosztika", 1, "db", 12000)]
    t = compute(parts + labour)
    issue, fulfil, due = d("2025-10-14"), d("2025-10-14"), d("2025-10-22")
    f = lambda v: money(v, " ")
    css = """
body { font-size: 8.5pt; } .hd { display: flex; border: 2px solid #222; } .hd > div { padding: 6px; flex: 1; }
.hd > div + div { border-left: 2px solid #222; } .ptitle { font-weight: bold; } .pname { font-weight: bold; font-size: 10pt; }
.car { width: 100%; margin-top: 6px; border: 1px solid #222; } .car td { padding: 2px 5px; border: 1px solid #aaa; white-space: nowrap; font-size: 7.5pt; }
.items { width: 100%; margin-top: 6px; } .items th { background: #222; color: #fff; padding: 3px; font-size: 7.5pt; }
.items td { padding: 3px; border-bottom: 1px solid #ccc; } h4 { margin: 8px 0 0 0; }
.tot { width: 45%; margin: 8px 0 0 auto; border: 2px solid #222; } .tot td { padding: 3px 6px; }
"""
    cols = [("Megnevezés", "desc", ""), ("Menny.", "qty", "r"), ("Me.", "unit", ""), ("Egységár", "price", "r"),
            ("Nettó", "net", "r"), ("ÁFA%", "rate", "c"), ("ÁFA", "vat", "r"), ("Bruttó", "gross", "r")]
    pt, lt = compute(parts), compute(labour)
    body = f"""
<div class="hd"><div><b style="font-size:14pt">SZÁMLA</b><br>Sorszám: <b>CSA-25/01733</b><br>Munkalapszám: ML-25/2291<br>
Számla kelte: {fdate(issue, "dotsp")}<br>Teljesítés: {fdate(fulfil, "dotsp")}<br>Fizetési határidő: {fdate(due, "dotsp")}<br>
Fizetési mód: átutalás</div>
<div>{party_block("Szerviz", seller)}<div>Bank: 12010611-01234567-00100008</div></div>
<div>{party_block("Megrendelő", buyer)}</div></div>
<table class="car"><tr><td>Rendszám: RKT-418</td><td>Gyártmány: Škoda Octavia Combi 2.0 TDI</td><td>Alvázszám: TMBJJ7NE8L0123456</td>
<td>Km-óra állás: 184 215 km</td><td>Évjárat: 2020</td></tr></table>
<h4>Alkatrészek, anyagok</h4>{item_table(parts, cols, fmt=f)}
<div class="r">Alkatrész összesen (nettó): {f(pt.net)} Ft</div>
<h4>Munkadíjak</h4>{item_table(labour, cols, fmt=f)}
<div class="r">Munkadíj összesen (nettó): {f(lt.net)} Ft</div>
<table class="tot"><tr><td>Nettó összesen:</td><td class="r">{f(t.net)} Ft</td></tr>
<tr><td>ÁFA 27%:</td><td class="r">{f(t.vat)} Ft</td></tr>
<tr class="b" style="font-size:11pt"><td>Fizetendő:</td><td class="r">{f(t.gross)} Ft</td></tr></table>
<p>A beszerelt alkatrészekre 12 hónap / 20 000 km garanciát vállalunk. Következő olajcsere: 199 000 km.</p>
"""
    exp = expected("car_repair", "CSA-25/01733", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("09_car_repair", exp, page_html(css, body, footer="AutoSzerviz Manager 12 - ügyviteli rendszer"))


# --- 11 webshop to a private person ----------------------------------------------------------------------------------


@doc
def webshop_private() -> Doc:
    seller = Party("Pöttyös Polc Webáruház Kft.", "6722 Szeged, Kossuth Lajos sugárút 21.", hu_tax("2811556", 2, 6),
                   None, ["ugyfelszolgalat@pottyospolc.example.hu"])
    buyer = Party("Nagy Eszter", "1183 Budapest, Gyömrői út 140. 2/7.")
    items = [it("Gyerek íróasztal, állítható, fehér", 1, "db", Decimal("39362.20")),
             it("LED asztali lámpa", 2, "db", Decimal("7866.14")),
             it("Szállítási díj (házhozszállítás)", 1, "db", Decimal("1960.63"))]
    t = compute(items)
    issue = d("2025-10-15")
    f = lambda v: money(v, " ") + " Ft"
    css = """
body { font-family: 'DejaVu Sans'; color: #333; } .wrap { padding: 4px 10px; }
.logo { font-size: 18pt; font-weight: bold; color: #e4007c; } .ptitle { font-size: 8pt; color: #e4007c; margin-top: 6px; }
.pname { font-weight: bold; } .row { display: flex; gap: 30px; } .row > div { flex: 1; white-space: nowrap; }
.items { width: 100%; margin-top: 14px; } .items th { border-bottom: 2px solid #e4007c; padding: 4px; text-align: left; }
.items td { padding: 5px 4px; border-bottom: 1px solid #eee; }
.tot { margin: 10px 0 0 auto; font-size: 10pt; } .tot td { padding: 3px 8px; } .tot .g { font-size: 13pt; color: #e4007c; }
"""
    body = f"""<div class="wrap">
<div class="row"><div class="logo">pöttyös polc</div><div class="r">Számla<br><b>Számlaszám: PP-2025-082214</b><br>
Rendelésszám: #W-551203</div></div>
<div class="row"><div>{party_block("Eladó", seller)}</div><div>{party_block("Vevő", buyer)}</div>
<div><div class="ptitle">Szállítási cím</div><div>Nagy Eszter</div><div>1183 Budapest, Gyömrői út 140.</div></div></div>
<div class="row" style="margin-top:10px"><div>Számla kelte: {fdate(issue, "iso")}</div><div>Teljesítés dátuma: {fdate(issue, "iso")}</div>
<div>Fizetési határidő: {fdate(issue, "iso")}</div><div>Fizetési mód: bankkártya (fizetve)</div></div>
{item_table(items, [("Termék", "desc", ""), ("Db", "qty", "r"), ("Nettó egységár", "price", "r"), ("ÁFA", "rate", "c"),
                    ("Nettó ár", "net", "r"), ("Bruttó ár", "gross", "r")], fmt=f,
             pfmt=lambda v: money(v, " ", ",", 2) + " Ft")}
<table class="tot"><tr><td>Nettó érték:</td><td class="r">{f(t.net)}</td></tr><tr><td>ÁFA tartalom:</td><td class="r">{f(t.vat)}</td></tr>
<tr class="b g"><td>Végösszeg:</td><td class="r">{f(t.gross)}</td></tr></table>
<p>A számla kiegyenlítve bankkártyás fizetéssel, 2025.10.15. Tranzakció azonosító: 8841-2291-0071.</p>
<p>Elállási jog: a termék átvételétől számított 14 napon belül. Köszönjük a vásárlást!</p></div>"""
    exp = expected("webshop_private", "PP-2025-082214", "normal", issue, issue, issue, "HUF", t,
                   seller.expected("seller"), {"buyer.name": "Nagy Eszter", "buyer.tax_number": None, "buyer.vat_number": None},
                   order="W-551203")  # the "#" printed before it is the number sign
    return Doc("11_webshop_private", exp, page_html(css, body, footer="Számla - ShopMotor e-kereskedelmi rendszer"))


# --- 12 telecom bill, multi-page ----------------------------------------------------------------------------------------


@doc
def telecom() -> Doc:
    seller = Party("Hullámhossz Távközlési Zrt.", "1097 Budapest, Könyves Kálmán körút 36.", hu_tax("1277341", 2, 44),
                   hu_vat(hu_tax("1277341", 2, 44)))
    buyer = BUYER_MERLEG
    subs = ["+36 30 411 2281", "+36 30 411 2282", "+36 30 411 2290", "+36 30 411 2295", "+36 30 411 2301"]
    items: list[Item] = []
    for n, s in enumerate(subs):
        items.append(it(f"{s} - Üzleti Korlátlan M havidíj (2025.10.01-10.31.)", 1, "hó", Decimal("7866.14"), sim=s))
        items.append(it(f"{s} - Belföldi hívások a kereten felül", 37 + n * 11, "perc", Decimal("23.62"), sim=s))
        items.append(it(f"{s} - Roaming adatforgalom (EU)", Decimal("1.4") + n, "GB", Decimal("984.25"), sim=s))
    items.append(it("Flotta kedvezmény (5 előfizetés)", 1, "db", Decimal("-3933.07")))
    items.append(it("Vezetékes internet 1000/300 Mbit/s, 2040 Budaörs, Szabadság út 117.", 1, "hó", 15740))
    t = compute(items, 0, per_rate=True)
    issue, fulfil, due = d("2025-11-03"), d("2025-10-31"), d("2025-11-18")
    f = lambda v: money(v, " ")
    css = """
.hd { display: flex; justify-content: space-between; border-bottom: 4px solid #00a19a; padding-bottom: 6px; }
.brand { font-size: 17pt; color: #00a19a; font-weight: bold; } .ptitle { font-weight: bold; } .pname { font-weight: bold; }
.sumbox { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; margin-top: 10px; }
.sumbox > div { background: #e6f6f5; padding: 6px; } .amt { font-size: 16pt; font-weight: bold; color: #00a19a; }
.g { width: 100%; margin-top: 6px; } .g th { border-bottom: 1px solid #00a19a; text-align: left; padding: 3px; font-size: 8pt; }
.g td { padding: 2.5px 3px; border-bottom: 1px solid #eee; } .pb { break-before: page; } h3 { color: #00a19a; }
"""
    usage = "".join(f"<tr><td>{s}</td><td>{412 + n * 37} perc</td><td>{118 + n * 9} db</td><td>{Decimal('14.2') + n:.1f} GB</td>"
                    f"<td>{fdate(d('2025-10-31'))}</td></tr>" for n, s in enumerate(subs))
    body = f"""
<div class="hd"><div class="brand">hullámhossz</div><div class="r">Számla<br>Számlaszám: <b>HT 4417 0081 92</b><br>
Ügyfélszám: 1.22841.770</div></div>
<div class="sumbox"><div>{party_block("Szolgáltató", seller)}</div><div>{party_block("Előfizető / Vevő", buyer)}
<div>Számlafizető azonosító: 4417008</div></div>
<div>Számla kelte: {fdate(issue)}<br>Számlázási időszak: 2025.10.01. - 2025.10.31.<br>Teljesítés időpontja: {fdate(fulfil)}<br>
Fizetési határidő: {fdate(due)}</div>
<div>Fizetendő összeg:<div class="amt">{f(t.gross)} Ft</div>Csoportos beszedési megbízással terheljük.</div></div>
<h3>Összesítő</h3>
{rate_summary(t, f, labels=("ÁFA", "Nettó díj (Ft)", "ÁFA (Ft)", "Bruttó díj (Ft)"), cls="g", total_label="Számla végösszege")}
<p>Előző számla egyenlege: 0 Ft. Folyószámla egyenleg a számla kiállításakor: 0 Ft.</p>
<p>Hibabejelentés: 1414 · Ügyfélszolgálat: 1400 · www.hullamhossz.example.hu</p>
<div class="pb"></div><h3>Részletező</h3>
{item_table(items, [("Megnevezés", "desc", ""), ("Mennyiség", "qty", "r"), ("Egység", "unit", ""), ("Egységár", "price", "r"),
                    ("Nettó", "net", "r"), ("ÁFA", "rate", "c")], cls="g", fmt=lambda v: money(v, " ", ",", 2))}
<h3>Forgalmi összesítő előfizetésenként (tájékoztató)</h3>
<table class="g"><thead><tr><th>Hívószám</th><th>Hívások</th><th>SMS</th><th>Adat</th><th>Időszak vége</th></tr></thead>
<tbody>{usage}</tbody></table>
"""
    exp = expected("telecom", "HT 4417 0081 92", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("12_telecom", exp, page_html(css, body, footer="Hullámhossz Zrt. · elektronikus számla", page_numbers="{p}/{n}"))


# --- 13 bilingual HU/EN --------------------------------------------------------------------------------------------------


@doc
def bilingual() -> Doc:
    seller = Party("Meridián Fordítóiroda Kft.", "1061 Budapest, Andrássy út 2.", hu_tax("2490116", 2, 42),
                   hu_vat(hu_tax("2490116", 2, 42)))
    buyer = BUYER_KORONA
    items = [it("Szakfordítás HU>EN / Specialized translation HU>EN", 14200, "karakter / chars", Decimal("3.60")),
             it("Lektorálás / Proofreading", 14200, "karakter / chars", Decimal("1.20")),
             it("Hivatalos záradékolás / Certification", 2, "db / pcs", 6500)]
    t = compute(items)
    issue, fulfil, due = d("2025-09-29"), d("2025-09-26"), d("2025-10-13")
    f = lambda v: money(v, " ")
    css = """
.hd { text-align: right; } .hd .t { font-size: 16pt; font-weight: bold; } .en { color: #777; font-style: italic; }
.cols { display: flex; gap: 20px; margin-top: 10px; } .cols > div { flex: 1; border-top: 2px solid #333; padding-top: 4px; }
.ptitle { font-weight: bold; } .pname { font-weight: bold; font-size: 10pt; }
.meta { width: 100%; margin-top: 10px; } .meta td { border: 1px solid #999; padding: 3px; width: 25%; }
.items { width: 100%; margin-top: 10px; } .items th { border: 1px solid #999; background: #eee; padding: 3px; font-size: 8pt; }
.items td { border: 1px solid #ccc; padding: 3px; } .tot { margin: 8px 0 0 auto; } .tot td { padding: 2px 8px; border: 1px solid #999; }
"""
    body = f"""
<div class="hd"><span class="t">SZÁMLA</span> <span class="en">/ INVOICE</span><br>Számla száma <span class="en">/ Invoice No.</span>:
<b>MF-2025-00931</b></div>
<div class="cols"><div>{party_block('Eladó <span class="en">/ Supplier</span>', seller)}</div>
<div>{party_block('Vevő <span class="en">/ Customer</span>', buyer)}</div></div>
<table class="meta"><tr><td>Kelt <span class="en">/ Date of issue</span><br><b>{fdate(issue, "dot")}</b></td>
<td>Teljesítés <span class="en">/ Date of supply</span><br><b>{fdate(fulfil, "dot")}</b></td>
<td>Esedékesség <span class="en">/ Due date</span><br><b>{fdate(due, "dot")}</b></td>
<td>Fizetés módja <span class="en">/ Payment</span><br><b>átutalás / transfer</b></td></tr></table>
{item_table(items, [("Megnevezés / Description", "desc", ""), ("Menny. / Qty", "qty", "r"), ("ME / Unit", "unit", ""),
                    ("Egységár / Unit price", "price", "r"), ("Nettó / Net", "net", "r"), ("ÁFA / VAT", "rate", "c"),
                    ("ÁFA összeg / VAT amount", "vat", "r"), ("Bruttó / Gross", "gross", "r")], fmt=f,
             pfmt=lambda v: money(v, " ", ",", 2))}
<table class="tot"><tr><td>Nettó összesen / Total net</td><td class="r">{f(t.net)} HUF</td></tr>
<tr><td>ÁFA összesen / Total VAT</td><td class="r">{f(t.vat)} HUF</td></tr>
<tr class="b"><td>Fizetendő / Amount due</td><td class="r">{f(t.gross)} HUF</td></tr></table>
<p>Bankszámla / Bank account: 10700024-04512345-51100005 · IBAN: HU55 1070 0024 0451 2345 5110 0005 · SWIFT: CIBHHUHB</p>
"""
    exp = expected("bilingual", "MF-2025-00931", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("13_bilingual", exp, page_html(css, body, footer="Meridián Fordítóiroda · Page / Oldal", page_numbers="{p}"))


# --- 14 NAV-style printed invoice image (számlakép) -----------------------------------------------------------------------


@doc
def nav_szamlakep() -> Doc:
    seller = Party("Gyöngyvirág Kertészet Bt.", "2100 Gödöllő, Szabadság tér 9.", hu_tax("2210687", 2, 13))
    buyer = BUYER_ZOLD
    items = [it("Díszcserje, konténeres (Thuja smaragd 80-100 cm)", 40, "db", 3900),
             it("Virágföld, 50 l", 60, "zsák", 1450), it("Kertépítési munkadíj", 16, "óra", 7500)]
    t = compute(items)
    issue, fulfil, due = d("2025-10-01"), d("2025-09-30"), d("2025-10-09")
    f = lambda v: money(v, " ", ",", 2)
    css = """
body { font-family: 'DejaVu Sans Condensed'; font-size: 8.5pt; } h1 { font-size: 12pt; text-align: center; margin: 2px; }
.sub { text-align: center; font-size: 7.5pt; } .sec { background: #d9d9d9; font-weight: bold; padding: 3px; margin-top: 8px; }
.kv { width: 100%; } .kv td { padding: 2px 4px; border-bottom: 1px solid #e5e5e5; width: 25%; }
.kv td:nth-child(odd) { color: #444; } .items { width: 100%; } .items th { border: 1px solid #999; padding: 2px; font-size: 7.5pt; }
.items td { border: 1px solid #bbb; padding: 2px; }
"""
    kv = lambda rows: "<table class='kv'>" + "".join(
        "<tr>" + "".join(f"<td>{a}</td><td>{b}</td>" for a, b in r) + "</tr>" for r in rows) + "</table>"
    body = f"""
<h1>Számlakép</h1><div class="sub">Az Online Számla rendszerbe beküldött számlaadatok alapján készült nyomtatási kép -
tranzakcióazonosító: 4Y7MQ2KD1V8XA0F3</div>
<div class="sec">Számla adatai</div>
{kv([[("Számla sorszáma:", "GYK-2025/0077"), ("Számla típusa:", "Normál számla")],
     [("Számla kelte:", fdate(issue, "iso")), ("Teljesítés dátuma:", fdate(fulfil, "iso"))],
     [("Fizetési határidő:", fdate(due, "iso")), ("Fizetés módja:", "Átutalás")],
     [("Számla pénzneme:", "HUF"), ("Számla megjelenési formája:", "Papír")]])}
<div class="sec">Eladó adatai</div>
{kv([[("Eladó neve:", e(seller.name)), ("Eladó adószáma:", seller.tax)], [("Eladó címe:", e(seller.address)),
     ("Eladó bankszámlaszáma:", "11742001-20330099-00000000")]])}
<div class="sec">Vevő adatai</div>
{kv([[("Vevő neve:", e(buyer.name)), ("Vevő adószáma:", buyer.tax)], [("Vevő címe:", e(buyer.address)), ("", "")]])}
<div class="sec">Tételek</div>
{item_table(items, [("#", "no", ""), ("Megnevezés", "desc", ""), ("Mennyiség", "qty", "r"), ("Mértékegység", "unit", ""),
                    ("Nettó egységár", "price", "r"), ("Nettó érték", "net", "r"), ("Adómérték", "rate", "c"),
                    ("ÁFA összeg", "vat", "r"), ("Bruttó érték", "gross", "r")], fmt=f)}
<div class="sec">Összesítés</div>
{kv([[("Számla nettó összege:", f(t.net) + " HUF"), ("Számla ÁFA összege:", f(t.vat) + " HUF")],
     [("Számla bruttó összege:", f(t.gross) + " HUF"), ("Számla ÁFA összege forintban:", f(t.vat) + " HUF")]])}
"""
    exp = expected("nav_szamlakep", "GYK-2025/0077", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("14_nav_szamlakep", exp, page_html(css, body, footer="Nyomtatva: 2025-10-20 · Online Számla", page_numbers="{p}/{n}"))


# --- 15 módosító számla (differences only, preceding number printed) -------------------------------------------------------


def _paper_doc(stem: str, layout: str, kind: str, title: str, number: str, preceding_label: str | None,
               preceding: str | None, items: list[Item], issue: date, fulfil: date | None, due: date | None,
               seller: Party, buyer: Party, note: str, *, date_style: str = "dot", sep: str = " ",
               footer: str = "", labels: tuple[str, str, str] = ("Számla kelte", "Teljesítés dátuma", "Fizetési határidő"),
               total_label: str = "Fizetendő", stamp: str | None = None, tax_text: dict[str, str] | None = None,
               order: str | None = None, accent: str = "#333") -> Doc:
    """An ordinary 'billing program' layout used by several documents, varied by its arguments."""
    t = compute(items)
    f = lambda v: money(v, sep)
    css = f"""
.hd {{ display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid {accent}; }}
.t {{ font-size: 18pt; font-weight: bold; color: {accent}; }} .ptitle {{ color: {accent}; font-weight: bold; margin-top: 4px; }}
.pname {{ font-weight: bold; font-size: 10pt; }} .cols {{ display: flex; gap: 16px; margin-top: 8px; }}
.cols > div {{ flex: 1; border: 1px solid #ccc; padding: 6px; border-radius: 4px; }}
.dates {{ display: flex; margin-top: 8px; border: 1px solid #ccc; }} .dates > div {{ flex: 1; padding: 4px 6px; }}
.dates span {{ display: block; font-size: 7pt; color: #666; }}
.items {{ width: 100%; margin-top: 10px; }} .items th {{ border-bottom: 1.5px solid {accent}; padding: 3px; font-size: 8pt; }}
.items td {{ padding: 4px 3px; border-bottom: 1px solid #e3e3e3; }}
.vatsum {{ margin-top: 8px; }} .vatsum td, .vatsum th {{ padding: 2px 8px; border-bottom: 1px solid #ddd; font-size: 8pt; }}
.pay {{ float: right; margin-top: 10px; border: 2px solid {accent}; padding: 6px 12px; font-size: 12pt; }}
.ref {{ margin-top: 8px; padding: 5px; border-left: 4px solid {accent}; background: #f6f6f6; }}
.stamp {{ position: absolute; top: 300px; left: 120px; font-size: 80pt; color: rgba(200,0,0,0.18); transform: rotate(-25deg);
  font-weight: bold; letter-spacing: 8px; }}
"""
    tt = tax_text or {}
    ref = f'<div class="ref">{preceding_label} <b>{preceding}</b></div>' if preceding_label else ""
    dates = f'<div><span>{labels[0]}</span>{fdate(issue, date_style)}</div>'
    if fulfil:
        dates += f'<div><span>{labels[1]}</span>{fdate(fulfil, date_style)}</div>'
    if due:
        dates += f'<div><span>{labels[2]}</span>{fdate(due, date_style)}</div>'
    dates += "<div><span>Fizetési mód</span>Átutalás</div>"
    if order:
        dates += f"<div><span>Rendelésszám</span>{order}</div>"
    body = f"""{f'<div class="stamp">{stamp}</div>' if stamp else ""}
<div class="hd"><div class="t">{title}</div><div class="r">Sorszám: <b>{number}</b></div></div>
<div class="cols"><div>{party_block("Eladó", seller, tax_text=tt.get("seller"))}</div>
<div>{party_block("Vevő", buyer, tax_text=tt.get("buyer"))}</div></div>
<div class="dates">{dates}</div>{ref}
{item_table(items, [("Megnevezés", "desc", ""), ("Mennyiség", "qty", "r"), ("Me.", "unit", ""), ("Nettó egységár", "price", "r"),
                    ("Nettó ár", "net", "r"), ("ÁFA", "rate", "c"), ("ÁFA érték", "vat", "r"), ("Bruttó ár", "gross", "r")], fmt=f,
             pfmt=lambda v: money(v, sep, ",", 0 if v == v.to_integral() else 2))}
{rate_summary(t, f)}
<div class="pay">{total_label}: <b>{f(t.gross)} Ft</b></div><div style="clear:both"></div>
{note}"""
    exp = expected(layout, number, kind, issue, fulfil, due, "HUF", t, seller.expected("seller"), buyer.expected("buyer"),
                   preceding=preceding, order=order)
    return Doc(stem, exp, page_html(css, body, footer=footer))


@doc
def correction() -> Doc:
    seller = Party("Kőrösi Papír Kft.", "6640 Csongrád, Fő utca 18.", hu_tax("2355127", 2, 6), None,
                   ["Bankszámla: 10402609-50526789-12341006"])
    items = [it("Másolópapír A4 80 g (eredeti: 120 doboz, helyesen: 135 doboz) - mennyiségi különbözet", 15, "doboz", 9800),
             it("Szállítási díj különbözet", 1, "db", 2500)]
    return _paper_doc("15_correction", "correction", "correction", "MÓDOSÍTÓ SZÁMLA", "KP-2025-01342",
                      "Módosított (eredeti) számla sorszáma:", "KP-2025-01288", items, d("2025-10-09"), d("2025-09-26"),
                      d("2025-10-24"), Party("Kőrösi Papír Kft.", seller.address, seller.tax, None, seller.extra), BUYER_ORSEG,
                      "<p>A módosítás oka: mennyiségi eltérés a szállítólevél (SZL-25/0877) szerint. A számla csak a "
                      "különbözetet tartalmazza. Eredeti számla kelte: 2025.09.26.</p>",
                      footer="Kőrösi Papír Kft. · számlázó program: iroda360", accent="#8a4b08")


@doc
def storno() -> Doc:
    seller = Party("Villámfény Elektro Kft.", "3525 Miskolc, Széchenyi István utca 44.", hu_tax("2777019", 2, 5),
                   None, ["Bankszámla: 11734004-20412345-00000000"])
    items = [it("Kábelcsatorna 40x60 mm, 2 m", -50, "db", 1290), it("NYM-J 3x2,5 kábel", -200, "m", 415),
             it("Villanyszerelési munkadíj", -12, "óra", 9000)]
    return _paper_doc("16_storno", "storno", "storno", "SZTORNÓ SZÁMLA", "VE-2025-00918", "Az érvénytelenített számla sorszáma:",
                      "VE-2025-00874", items, d("2025-10-13"), d("2025-10-02"), d("2025-10-13"), seller, BUYER_MERLEG,
                      "<p>Érvénytelenítő számla. Az eredeti számla (VE-2025-00874, kelte: 2025.10.02.) téves vevőadatok "
                      "miatt sztornózva.</p>", sep=".", footer="Villámfény Elektro · SzámlaPont 5", accent="#b00020")


# --- 17 díjbekérő (proforma) ---------------------------------------------------------------------------------------------


@doc
def proforma() -> Doc:
    seller = Party("Tanulóház Képzési Kft.", "7621 Pécs, Király utca 26.", hu_tax("2519948", 2, 2), None,
                   ["Felnőttképzési nyilvántartási szám: B/2020/001234", "Számlaszám: 11600006-00000000-87654321"])
    items = [it("Excel haladó tanfolyam (2025.11.10-11.14.), 5 nap", 3, "fő", 89000, "27"),
             it("Vizsgadíj", 3, "fő", 12000, "27")]
    t = compute(items)
    issue, due = d("2025-10-16"), d("2025-10-31")
    f = lambda v: money(v, " ")
    css = """
.hd { display: flex; justify-content: space-between; } .t { font-size: 20pt; font-weight: bold; color: #1e6b3a; }
.ptitle { font-weight: bold; color: #1e6b3a; } .pname { font-weight: bold; }
.cols { display: flex; gap: 20px; margin-top: 8px; } .cols > div { flex: 1; }
.items { width: 100%; margin-top: 10px; } .items th { background: #1e6b3a; color: #fff; padding: 3px; } .items td { padding: 4px; border-bottom: 1px solid #ddd; }
.tot { margin: 8px 0 0 auto; } .tot td { padding: 2px 8px; } .warn { margin-top: 14px; border: 1px solid #1e6b3a; padding: 6px; }
"""
    body = f"""
<div class="hd"><div class="t">DÍJBEKÉRŐ</div><div class="r">Díjbekérő száma: <b>DB-2025-0164</b><br>
Kelte: {fdate(issue, "short")}<br>Fizetési határidő: {fdate(due, "short")}</div></div>
<div class="cols"><div>{party_block("Szolgáltató", seller)}</div><div>{party_block("Megrendelő", BUYER_KORONA)}</div></div>
{item_table(items, [("Megnevezés", "desc", ""), ("Mennyiség", "qty", "r"), ("Egység", "unit", ""), ("Nettó egységár", "price", "r"),
                    ("Nettó", "net", "r"), ("ÁFA", "rate", "c"), ("ÁFA összeg", "vat", "r"), ("Bruttó", "gross", "r")], fmt=f)}
<table class="tot"><tr><td>Nettó összesen:</td><td class="r">{f(t.net)} Ft</td></tr><tr><td>ÁFA:</td><td class="r">{f(t.vat)} Ft</td></tr>
<tr class="b"><td>Fizetendő összesen:</td><td class="r">{f(t.gross)} Ft</td></tr></table>
<div class="warn">Ez a díjbekérő nem számla, áfa levonására nem jogosít. A számlát a díj beérkezését követően állítjuk ki.
Kérjük, a közleményben tüntesse fel a díjbekérő számát: DB-2025-0164.</div>
"""
    exp = expected("proforma", "DB-2025-0164", "proforma", issue, None, due, "HUF", t, seller.expected("seller"),
                   BUYER_KORONA.expected("buyer"))
    return Doc("17_proforma", exp, page_html(css, body, footer="Tanulóház Képzési Kft.", page_numbers=None))


# --- 18 food wholesale: 27 %, 18 % and 5 % -------------------------------------------------------------------------------------


@doc
def mixed_vat() -> Doc:
    seller = Party("Búzakalász Élelmiszer-nagykereskedés Kft.", "5000 Szolnok, Thököly út 48.", hu_tax("2305518", 2, 16),
                   hu_vat(hu_tax("2305518", 2, 16)), ["Bank: 11745004-20119988-00000000", "Raktár: Szolnok, Ipari park 3."])
    buyer = BUYER_KORONA
    items = [it("Sertéskaraj csont nélkül, friss", "24.6", "kg", 2190, "5", vtsz="0203 19"),
             it("Tojás M, 30 db/tálca", 12, "tálca", 1890, "5", vtsz="0407 21"),
             it("Félbarna kenyér 1 kg", 40, "db", 545, "18", vtsz="1905 90"),
             it("Tej 2,8% 1 l UHT", 60, "db", 310, "18", vtsz="0401 20"),
             it("Trappista sajt", "8.2", "kg", 2650, "18", vtsz="0406 90"),
             it("Ásványvíz szénsavas 1,5 l", 96, "db", 129, "27", vtsz="2201 10"),
             it("Narancslé 100% 1 l", 36, "db", 560, "27", vtsz="2009 12"),
             it("Mosogatószer 5 l", 4, "kanna", 2390, "27", vtsz="3402 50")]
    t = compute(items, 0, per_rate=True)
    issue, fulfil, due = d("2025-10-17"), d("2025-10-17"), d("2025-10-25")
    f = lambda v: money(v, NBSP)
    css = """
body { font-size: 8pt; } .hd { display: grid; grid-template-columns: 1.2fr 1fr 1fr; border: 1px solid #000; }
.hd > div { padding: 5px; border-right: 1px solid #000; } .hd > div:last-child { border-right: none; }
.ptitle { font-weight: bold; font-size: 7pt; } .pname { font-weight: bold; }
.items { width: 100%; margin-top: 6px; border: 1px solid #000; } .items th { border: 1px solid #000; padding: 2px; font-size: 7pt; }
.items td { border-left: 1px solid #000; padding: 2px 3px; } .vatsum { margin-top: 6px; border: 1px solid #000; }
.vatsum td, .vatsum th { border: 1px solid #000; padding: 2px 8px; } .fin { margin-top: 6px; text-align: right; font-size: 12pt; }
"""
    body = f"""
<div class="hd"><div><b style="font-size:14pt">SZÁMLA</b><br>Számlaszám: <b>BK/25/10/03317</b><br>Szállítólevél: SZ-25/10/0412<br>
Vevőkód: K-10042</div><div>Kelt: {fdate(issue, "de")}<br>Teljesítés: {fdate(fulfil, "de")}<br>Esedékesség: {fdate(due, "de")}<br>
Fizetési mód: átutalás, 8 nap</div><div>Túraszám: T-17/3<br>Raktár: 01<br>Kezelő: KOVACSNE</div></div>
<div class="hd" style="grid-template-columns:1fr 1fr; border-top:none"><div>{party_block("Szállító", seller)}</div>
<div>{party_block("Vevő", buyer)}<div>Szállítási cím: 1134 Budapest, Váci út 45.</div></div></div>
{item_table(items, [("Cikkszám / VTSZ", "vtsz", ""), ("Megnevezés", "desc", ""), ("Menny.", "qty", "r"), ("ME", "unit", ""),
                    ("Nettó egységár", "price", "r"), ("Nettó érték", "net", "r"), ("ÁFA%", "rate", "c")], fmt=f)}
{rate_summary(t, f, labels=("ÁFA-kulcs", "Nettó érték", "ÁFA összeg", "Bruttó érték"), total_label="Összesen")}
<div class="fin">Fizetendő végösszeg: <b>{f(t.gross)} Ft</b></div>
<p>Göngyöleg: 4 db rekesz (visszáru). Az áru a kifizetésig az eladó tulajdona.</p>
"""
    exp = expected("mixed_vat", "BK/25/10/03317", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("18_mixed_vat", exp, page_html(css, body, footer="NagykerPro ügyviteli rendszer · számla"))


# --- 19-22 ordinary invoices in the styles of common billing programs ------------------------------------------------------------


@doc
def szamlazz_like() -> Doc:
    seller = Party("Csillagszóró Rendezvényszervező Kft.", "1024 Budapest, Margit körút 43.", hu_tax("2680224", 2, 41),
                   None, ["Bankszámlaszám: 11600006-00000000-12345678"])
    buyer = BUYER_MERLEG
    items = [it("Céges évzáró rendezvény szervezése (2025.12.12.)", 1, "alkalom", 650000),
             it("Hangosítás és fénytechnika", 1, "nap", 185000), it("DJ szolgáltatás", 5, "óra", 28000)]
    t = compute(items)
    issue, fulfil, due = d("2025-10-20"), d("2025-10-20"), d("2025-11-04")
    f = lambda v: money(v, " ")
    css = """
.top { display: flex; justify-content: space-between; } .t { font-size: 22pt; font-weight: bold; text-align: right; }
.ptitle { font-weight: bold; font-size: 10pt; border-bottom: 1px solid #000; margin-bottom: 3px; } .pname { font-weight: bold; }
.cols { display: flex; gap: 30px; margin-top: 8px; } .cols > div { flex: 1; }
.boxes { display: flex; margin-top: 10px; border: 1px solid #000; } .boxes > div { flex: 1; text-align: center; padding: 3px;
 border-right: 1px solid #000; } .boxes > div:last-child { border-right: none; } .boxes b { display: block; }
.items { width: 100%; margin-top: 10px; } .items th { border-bottom: 1px solid #000; font-size: 8pt; padding: 3px; }
.items td { padding: 3px; } .vatsum { margin: 10px 0 0 auto; } .vatsum th, .vatsum td { padding: 2px 8px; border-bottom: 1px solid #999; }
.osz { margin-top: 10px; text-align: right; font-size: 14pt; font-weight: bold; }
"""
    body = f"""
<div class="top"><div></div><div class="t">Számla</div></div>
<div class="r">Számlaszám: <b>CSR-2025-214</b></div>
<div class="cols"><div>{party_block("Szállító", seller)}</div><div>{party_block("Vevő", buyer)}</div></div>
<div class="boxes"><div><b>Fizetési mód</b>Átutalás</div><div><b>Teljesítés dátuma</b>{fdate(fulfil)}</div>
<div><b>Számla kelte</b>{fdate(issue)}</div><div><b>Fizetési határidő</b>{fdate(due)}</div></div>
{item_table(items, [("Megnevezés", "desc", ""), ("Mennyiség", "qty", "r"), ("Nettó egységár", "price", "r"), ("Nettó ár", "net", "r"),
                    ("ÁFA kulcs", "rate", "c"), ("ÁFA érték", "vat", "r"), ("Bruttó ár", "gross", "r")], fmt=f)}
{rate_summary(t, f, labels=("ÁFA kulcs", "Nettó ár", "ÁFA érték", "Bruttó ár"))}
<div class="osz">Fizetendő: {f(t.gross)} Ft</div>
<p>Fizetendő összeg betűvel: egymillió-kétszázharmincnyolcezer-kétszázötven forint.</p>
"""
    assert t.gross == 1238250, t.gross  # the amount in words above
    exp = expected("szamlazz_like", "CSR-2025-214", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("19_szamlazz_like", exp, page_html(css, body, footer="Ezt a számlát a SzámlaFelhő online számlázó állította ki.",
                                                  page_numbers="{p}/{n} oldal"))


@doc
def billingo_like() -> Doc:
    seller = Party("Pixelhalász Design Kft.", "1075 Budapest, Kazinczy utca 28.", hu_tax("2759021", 2, 42), None,
                   ["IBAN: HU42 1177 3016 1111 1018 0000 0000", "hello@pixelhalasz.example.hu"])
    buyer = BUYER_ZOLD
    items = [it("Arculattervezés - logó és színpaletta", 1, "csomag", 420000),
             it("Weboldal UI design (12 képernyő)", 12, "db", 38000), it("Nyomdai előkészítés", 3, "óra", 14000)]
    t = compute(items)
    issue, fulfil, due = d("2025-10-21"), d("2025-10-17"), d("2025-11-05")
    f = lambda v: money(v, NBSP) + NBSP + "Ft"
    css = """
body { font-family: 'DejaVu Sans'; color: #222; } .t { font-size: 26pt; font-weight: 300; } .num { color: #888; }
.grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 14px; margin-top: 14px; }
.lbl { font-size: 7pt; color: #888; text-transform: uppercase; letter-spacing: 1px; } .val { font-size: 10pt; }
.ptitle { font-size: 7pt; color: #888; text-transform: uppercase; letter-spacing: 1px; } .pname { font-weight: bold; font-size: 11pt; }
.items { width: 100%; margin-top: 18px; } .items th { font-size: 7pt; color: #888; text-transform: uppercase; text-align: left; padding: 4px;
 border-bottom: 1px solid #ddd; } .items td { padding: 8px 4px; border-bottom: 1px solid #f0f0f0; }
.total { margin: 16px 0 0 auto; width: 50%; } .total td { padding: 4px; } .big { font-size: 18pt; font-weight: bold; }
"""
    body = f"""
<div class="t">Számla</div><div class="num">PXH-2025-0098</div>
<div class="grid"><div>{party_block("Eladó", seller)}</div><div>{party_block("Vevő", buyer)}</div>
<div><div class="lbl">Számla kelte</div><div class="val">{fdate(issue, "dot")}</div><div class="lbl">Teljesítés</div>
<div class="val">{fdate(fulfil, "dot")}</div><div class="lbl">Fizetési határidő</div><div class="val">{fdate(due, "dot")}</div>
<div class="lbl">Fizetési mód</div><div class="val">Átutalás</div></div></div>
{item_table(items, [("Tétel", "desc", ""), ("Mennyiség", "qty", "r"), ("Egység", "unit", ""), ("Nettó egységár", "price", "r"),
                    ("ÁFA", "rate", "c"), ("Nettó", "net", "r"), ("Bruttó", "gross", "r")], fmt=f)}
<table class="total"><tr><td>Nettó összesen</td><td class="r">{f(t.net)}</td></tr><tr><td>27% ÁFA</td><td class="r">{f(t.vat)}</td></tr>
<tr><td class="big">Összesen</td><td class="r big">{f(t.gross)}</td></tr></table>
"""
    exp = expected("billingo_like", "PXH-2025-0098", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("20_billingo_like", exp, page_html(css, body, footer="Kiállítva: Számlázó Pont online rendszerrel",
                                                  page_numbers=None))


@doc
def kulcssoft_like() -> Doc:
    seller = Party("Vasmacska Vasáru Kft.", "9700 Szombathely, Zanati út 22.", hu_tax("1940352", 2, 18), None,
                   ["Cégjegyzékszám: 18-09-101234", "Bankszámla: 11747006-20001234-00000000"])
    buyer = BUYER_ORSEG
    items = [it("Csavar 6x80 horganyzott (200 db/doboz)", 6, "doboz", 3450, vtsz="7318"),
             it("Tipli 8 mm (100 db)", 4, "csomag", 1190, vtsz="3926"),
             it("Sarokvas 90x90", 30, "db", 380, vtsz="8302"),
             it("Ragasztó PVA D3, 5 kg", 2, "vödör", 8900, vtsz="3506"),
             it("Csiszolópapír tekercs P120", 3, "tekercs", 4100, vtsz="6805")]
    t = compute(items)
    issue, fulfil, due = d("2025-10-07"), d("2025-10-07"), d("2025-10-15")
    f = lambda v: money(v, " ")
    css = """
body { font-size: 8pt; } .frame { border: 1.5px solid #000; } .row { display: flex; border-bottom: 1px solid #000; }
.row > div { flex: 1; padding: 4px; } .row > div + div { border-left: 1px solid #000; }
.t { text-align: center; font-size: 15pt; font-weight: bold; letter-spacing: 4px; padding: 4px; border-bottom: 1px solid #000; }
.ptitle { font-size: 7pt; font-style: italic; } .pname { font-weight: bold; font-size: 9.5pt; }
.lbl { font-size: 7pt; display: block; } .items { width: 100%; } .items th { border-bottom: 1px solid #000; border-right: 1px solid #000;
 font-size: 7pt; padding: 2px; } .items td { border-right: 1px solid #000; padding: 2px 3px; }
.vatsum { width: 60%; } .vatsum th, .vatsum td { border: 1px solid #000; padding: 1px 6px; }
.stamp { position: absolute; top: 380px; left: 170px; font-size: 70pt; color: rgba(0,0,0,0.12); transform: rotate(-30deg); font-weight: bold; }
"""
    body = f"""<div class="stamp">MÁSOLAT</div>
<div class="frame"><div class="t">SZÁMLA</div>
<div class="row"><div>Eredeti példánnyal megegyező másolat (2. példány)</div><div class="r">Sorszám: <b>VM-2025/002841</b></div></div>
<div class="row"><div>{party_block("Szállító:", seller)}</div><div>{party_block("Vevő:", buyer)}</div></div>
<div class="row"><div><span class="lbl">Fizetési mód:</span>Átutalás</div><div><span class="lbl">Teljesítés kelte:</span>{fdate(fulfil)}</div>
<div><span class="lbl">Számla kelte:</span>{fdate(issue)}</div><div><span class="lbl">Fizetési határidő:</span>{fdate(due)}</div></div>
{item_table(items, [("VTSZ/SZJ", "vtsz", ""), ("Megnevezés", "desc", ""), ("Menny.", "qty", "r"), ("Me.e.", "unit", ""),
                    ("Egységár", "price", "r"), ("Nettó érték", "net", "r"), ("ÁFA%", "rate", "c"), ("ÁFA érték", "vat", "r"),
                    ("Bruttó érték", "gross", "r")], fmt=f)}
<div class="row" style="border-top:1px solid #000"><div>{rate_summary(t, f, labels=("ÁFA%", "Nettó", "ÁFA", "Bruttó"))}</div>
<div class="r"><span class="lbl">Összesen fizetendő:</span><b style="font-size:13pt">{f(t.gross)} Ft</b></div></div>
<div style="padding:4px">Az áru átvételét igazolom: ........................ &nbsp; Kiállító: Horváth Judit</div></div>
"""
    exp = expected("kulcssoft_like", "VM-2025/002841", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("21_kulcssoft_like", exp, page_html(css, body, footer="Készült: Kulcsos Ügyvitel 2025 számlázó programmal",
                                                   page_numbers="Oldal: {p}/{n}"))


@doc
def sap_like() -> Doc:
    seller = Party("Kontinentál Ipari Alkatrész Zrt.", "9027 Győr, Kandó Kálmán utca 14.", hu_tax("1133458", 2, 44),
                   hu_vat(hu_tax("1133458", 2, 44)), ["Cégjegyzékszám: 08-10-001122"])
    buyer = BUYER_MERLEG
    items = [it("Golyóscsapágy 6205-2RS", 120, "DB", Decimal("1845.00"), mat="100004512"),
             it("Tömítőgyűrű 45x62x8 NBR", 300, "DB", Decimal("212.50"), mat="100007781"),
             it("Hajtószíj SPA 1250", 25, "DB", Decimal("4380.00"), mat="100002290"),
             it("Kenőzsír lítiumos 18 kg", 2, "VDR", Decimal("38900.00"), mat="100009014")]
    t = compute(items, 2)
    issue, fulfil, due = d("2025-10-15"), d("2025-10-13"), d("2025-11-14")
    f = lambda v: money(v, ".", ",", 2)
    css = """
body { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.8pt; }
.hd { display: flex; justify-content: space-between; } .pname { font-weight: bold; } .ptitle { font-weight: bold; }
.kv td { padding: 0 8px 0 0; } .items { width: 100%; margin-top: 10px; } .items th { border-top: 1px solid #000; border-bottom: 1px solid #000;
 text-align: left; padding: 2px; } .items td { padding: 2px; } .tot { margin: 8px 0 0 auto; } .tot td { padding: 1px 6px; }
.line { border-top: 1px solid #000; margin-top: 10px; }
"""
    body = f"""
<div class="hd"><div>{party_block("", seller)}</div><div><table class="kv">
<tr><td>Számla</td><td class="b">9400183716</td></tr><tr><td>Számla dátuma</td><td>{fdate(issue, "de")}</td></tr>
<tr><td>Teljesítés dátuma</td><td>{fdate(fulfil, "de")}</td></tr><tr><td>Nettó esedékesség</td><td>{fdate(due, "de")}</td></tr>
<tr><td>Vevőszám</td><td>20018844</td></tr><tr><td>Vevői rendelés</td><td>4500991203</td></tr>
<tr><td>Szállítás</td><td>80044121</td></tr><tr><td>Fizetési feltétel</td><td>ZB30 30 nap nettó</td></tr></table></div></div>
<div style="margin-top:10px">{party_block("Számlázási cím / vevő", buyer)}</div>
{item_table(items, [("Tétel", "no", ""), ("Anyag", "mat", ""), ("Megnevezés", "desc", ""), ("Mennyiség", "qty", "r"),
                    ("ME", "unit", ""), ("Egységár", "price", "r"), ("Nettó érték", "net", "r"), ("ÁFA", "rate", "c")], fmt=f,
             qfmt=lambda v: money(v, ".", ",", 0))}
<div class="line"></div>
<table class="tot"><tr><td>Nettó érték összesen</td><td class="r">{f(t.net)}</td><td>HUF</td></tr>
<tr><td>ÁFA 27 %</td><td class="r">{f(t.vat)}</td><td>HUF</td></tr>
<tr class="b"><td>Végösszeg</td><td class="r">{f(t.gross)}</td><td>HUF</td></tr></table>
<p>Kérjük, fizetéskor hivatkozzon a számlaszámra. Bankszámla: HU69 1091 8001 0000 0012 3456 0001 (UniCredit Bank)</p>
"""
    exp = expected("sap_like", "9400183716", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"), order="4500991203")
    return Doc("22_sap_like", exp, page_html(css, body, footer="SAP ERP FI-SD - Számla nyomtatás", page_numbers="Oldal {p} / {n}"))


# --- 24 U+2011 in the tax numbers ---------------------------------------------------------------------------------------------


@doc
def nbhyphen_tax() -> Doc:
    seller = Party("Hegyvidéki Takarító Szolgálat Kft.", "1124 Budapest, Csörsz utca 18.", hu_tax("2596083", 2, 43), None,
                   ["Számlaszám: 10300002-10612345-49020017"])
    buyer = BUYER_KORONA
    items = [it("Irodatakarítás 2025. szeptember (heti 5 alkalom)", 1, "hó", 385000),
             it("Ablaktisztítás, külső-belső, 240 m2", 240, "m2", 420), it("Szőnyegtisztítás gépi", 65, "m2", 950)]
    return _paper_doc("24_nbhyphen_tax", "nbhyphen_tax", "normal", "Számla", "HTSZ-2025-0412", None, None, items,
                      d("2025-10-01"), d("2025-09-30"), d("2025-10-16"), seller, buyer, "<p>Köszönjük megrendelését!</p>",
                      date_style="short", sep=NBSP, footer="HTSZ Kft. · SzámlaTündér 2.0",
                      labels=("Számla kelte", "Teljesítés időpontja", "Esedékesség"), total_label="Végösszeg",
                      tax_text={"seller": seller.tax.replace("-", NBHY), "buyer": buyer.tax.replace("-", NBHY)},
                      accent="#37474f")


@doc
def cash_accounting() -> Doc:
    seller = Party("Tiszta Lap Könyvelőiroda Kft.", "4400 Nyíregyháza, Kossuth tér 5.", hu_tax("2467730", 2, 15), None,
                   ["Bankszámla: 10404601-50526655-12341008"])
    items = [it("Könyvelési díj 2025. szeptember", 1, "hó", 95000), it("Bérszámfejtés (14 fő)", 14, "fő", 4500),
             it("Bevallások elkészítése (ÁFA, 2508)", 1, "db", 15000)]
    return _paper_doc("25_cash_accounting", "cash_accounting", "normal", "SZÁMLA", "TL-2025-00519", None, None, items,
                      d("2025-10-05"), d("2025-10-05"), d("2025-10-15"), seller, BUYER_ORSEG,
                      "<p><b>Pénzforgalmi elszámolás</b> - az ÁFA tv. XIII/A. fejezete szerint.</p>",
                      date_style="iso", footer="Tiszta Lap Könyvelőiroda Kft.", total_label="Mindösszesen",
                      labels=("Kiállítás dátuma", "Teljesítés időpontja", "Fizetési határidő"), accent="#2e7d32")


@doc
def helyesbito() -> Doc:
    seller = Party("Szélrózsa Nyomda Kft.", "8200 Veszprém, Házgyári út 11.", hu_tax("2318862", 2, 19), None,
                   ["Bankszámla: 11748007-20332211-00000000"])
    items = [it("Szórólap A5 4+4, 135 g (árkorrekció: 0,50 Ft/db engedmény)", 10000, "db", Decimal("-0.50")),
             it("Plakát B2 4+0 - visszáru (sérült)", -20, "db", 690)]
    return _paper_doc("27_helyesbito", "helyesbito", "correction", "HELYESBÍTŐ SZÁMLA", "SZR-2025-1127",
                      "Hivatkozott számla:", "SZR-2025-1049", items, d("2025-10-22"), d("2025-10-10"), d("2025-11-06"),
                      seller, BUYER_KORONA, "<p>A számla az eredeti számla (SZR-2025-1049) adatainak módosításáról szól; "
                      "csak a különbözetet tartalmazza.</p>", date_style="slash", footer="Szélrózsa Nyomda · NyomdaSzámla 9",
                      labels=("Kelt", "Teljesítés", "Fizetési határidő"), total_label="Különbözet összesen", accent="#5e35b1")


# --- 28 German SaaS supplier, English, reverse charge -------------------------------------------------------------------------


@doc
def de_supplier() -> Doc:
    seller = Party("Wolkenwerk Software GmbH", "Leopoldstraße 142, 80804 München, Germany", None, de_vat("28104477"))
    buyer = Party("Mérleg Logisztika Kft.", "Szabadság út 117., 2040 Budaörs, Hungary", None, hu_vat(BUYER_MERLEG.tax))
    items = [it("Wolkenwerk Business plan, 25 seats, Oct 2025", 25, "seat", "18.00", "0"),
             it("Additional storage 500 GB", 1, "pc", "49.00", "0")]
    t = compute(items, 2)
    issue = d("2025-10-01")
    f = lambda v: "€" + money(v, ",", ".", 2)
    css = """
body { font-family: 'DejaVu Sans'; } .t { font-size: 20pt; font-weight: bold; } .ptitle { color: #888; font-size: 8pt; } .pname { font-weight: bold; }
.cols { display: flex; gap: 30px; margin-top: 12px; } .cols > div { flex: 1; }
.items { width: 100%; margin-top: 14px; } .items th { text-align: left; border-bottom: 1px solid #000; padding: 4px; }
.items td { padding: 4px; } .tot { margin: 10px 0 0 auto; } .tot td { padding: 3px 8px; }
"""
    body = f"""
<div class="t">Invoice</div><table><tr><td>Invoice number&nbsp;</td><td><b>WW-2025-104417</b></td></tr>
<tr><td>Date of issue</td><td>October 1, 2025</td></tr><tr><td>Service period</td><td>Oct 1, 2025 – Oct 31, 2025</td></tr>
<tr><td>Date due</td><td>October 1, 2025 (paid by card)</td></tr></table>
<div class="cols"><div>{party_block("From", seller, vat_label="VAT ID:")}</div><div>{party_block("Bill to", buyer, vat_label="VAT ID:")}</div></div>
{item_table(items, [("Description", "desc", ""), ("Qty", "qty", "r"), ("Unit price", "price", "r"), ("Tax", "rate", "c"), ("Amount", "net", "r")], fmt=f)}
<table class="tot"><tr><td>Subtotal</td><td class="r">{f(t.net)}</td></tr><tr><td>VAT (0% reverse charge)</td><td class="r">{f(t.vat)}</td></tr>
<tr class="b"><td>Total</td><td class="r">{f(t.gross)}</td></tr><tr class="b"><td>Amount due</td><td class="r">€0.00</td></tr></table>
<p>Reverse charge: VAT to be accounted for by the recipient (Art. 196 Council Directive 2006/112/EC).</p>
<p>Paid with Visa ending in 4417 on October 1, 2025.</p>
"""
    # The service date printed is a period; no single fulfilment date is printed.
    exp = expected("de_supplier", "WW-2025-104417", "normal", issue, None, issue, "EUR", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("28_de_supplier", exp, page_html(css, body, page_numbers="Page {p} of {n}", footer=""))


@doc
def ad_agency() -> Doc:
    seller = Party("Reflektor Reklámügynökség Kft.", "1037 Budapest, Bécsi út 269.", hu_tax("2660795", 2, 41),
                   hu_vat(hu_tax("2660795", 2, 41)), ["Számlavezető: MBH Bank · 50400113-11223344-00000000"])
    buyer = BUYER_ZOLD
    items = [it("Online kampány menedzsment - 2025. október", 1, "hó", 320000),
             it("Médiavásárlás (közvetített szolgáltatás), Meta Ads", 1, "db", 1150000),
             it("Kreatív gyártás: 6 db videó hirdetés", 6, "db", 55000)]
    t = compute(items)
    issue, fulfil, due = d("2025-10-31"), d("2025-10-31"), d("2025-11-15")
    f = lambda v: "HUF " + money(v, NBSP)
    css = """
.l { display: flex; gap: 18px; } .side { width: 32%; background: #111; color: #fff; padding: 10px; }
.side .ptitle { color: #ffd600; font-weight: bold; margin-top: 10px; } .main { flex: 1; }
.pname { font-weight: bold; } .t { font-size: 22pt; font-weight: bold; }
.items { width: 100%; margin-top: 10px; } .items th { border-bottom: 2px solid #111; text-align: left; padding: 3px; font-size: 8pt; }
.items td { padding: 5px 3px; border-bottom: 1px solid #ddd; }
.box { margin-top: 12px; border: 2px solid #111; } .box td { padding: 4px 8px; } .box .g td { background: #ffd600; font-weight: bold; font-size: 12pt; }
"""
    body = f"""<div class="l"><div class="side"><b style="font-size:16pt">REFLEKTOR</b>
{party_block("Kibocsátó", seller)}<div class="ptitle">Számla kelte</div>{fdate(issue, "long")}
<div class="ptitle">Teljesítés dátuma</div>{fdate(fulfil, "long")}<div class="ptitle">Fizetési határidő</div>{fdate(due, "long")}
<div class="ptitle">Projekt</div>ZM-ŐSZ-2025</div>
<div class="main"><div class="t">SZÁMLA</div><div>Számlaszám: <b>RR/2025/0388</b></div>
<div style="margin-top:10px">{party_block("Vevő", buyer)}</div>
{item_table(items, [("Megnevezés", "desc", ""), ("Menny.", "qty", "r"), ("Egységár", "price", "r"), ("ÁFA", "rate", "c"),
                    ("Nettó érték", "net", "r")], fmt=f)}
<table class="box" style="margin-left:auto"><tr><td>Nettó:</td><td class="r">{f(t.net)}</td></tr><tr><td>ÁFA (27%):</td>
<td class="r">{f(t.vat)}</td></tr><tr class="g"><td>Végösszeg:</td><td class="r">{f(t.gross)}</td></tr></table></div></div>
"""
    exp = expected("ad_agency", "RR/2025/0388", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("29_ad_agency", exp, page_html(css, body, footer="Reflektor Kft. · számla"))


# --- 31-33: more ordinary layouts --------------------------------------------------------------------------------------------------


@doc
def courier_monthly() -> Doc:
    seller = Party("Fürge Futár Logisztikai Kft.", "1239 Budapest, Európa utca 12.", hu_tax("2401875", 2, 43),
                   hu_vat(hu_tax("2401875", 2, 43)))
    items = [it("Belföldi csomagkézbesítés 0-5 kg", 214, "db", 1390), it("Belföldi csomagkézbesítés 5-20 kg", 47, "db", 2190),
             it("Utánvét kezelési díj", 88, "db", 240), it("Üzemanyag-felár (9,5%)", 1, "db", 39549),
             it("Útdíj-felár", 261, "db", 48)]
    return _paper_doc("31_courier", "courier", "normal", "SZÁMLA", "FF25-117402", None, None, items, d("2025-11-02"),
                      d("2025-10-31"), d("2025-11-17"), seller, BUYER_MERLEG,
                      "<p>Részletes csomaglista az ügyfélportálon érhető el. Szerződésszám: FF-SZ-2022/118.</p>",
                      date_style="dotsp", footer="Fürge Futár · FF Billing", accent="#d84315")


@doc
def security_monthly() -> Doc:
    seller = Party("Őrangyal Vagyonvédelmi Kft.", "3300 Eger, Faiskola út 15.", hu_tax("2143306", 2, 10), None,
                   ["Bankszámla: 11739009-20125566-00000000", "Működési engedély: 1234/2019"])
    items = [it("Élőerős őrzés-védelem, telephely (744 óra)", 744, "óra", 2850),
             it("Távfelügyelet, riasztórendszer", 1, "hó", 18500), it("Kivonulás riasztásra (2025.10.19.)", 1, "alkalom", 9500)]
    return _paper_doc("32_security", "security", "normal", "Számla", "ŐV-2025/1032", None, None, items, d("2025-11-05"),
                      d("2025-10-31"), d("2025-11-20"), seller, BUYER_ZOLD, "<p>Őrzött objektum: Kecskemét, Izsáki út 8.</p>",
                      date_style="long", footer="Őrangyal Kft. - számla", order="ZM-BESZ-2025/044",
                      labels=("Kiállítás kelte", "Teljesítés kelte", "Fizetési határidő"), total_label="Fizetendő összesen",
                      accent="#0d47a1")


# --- reportlab-drawn documents ------------------------------------------------------------------------------------------------------


def _rl_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DVS" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVM", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))


@doc
def ev_aam() -> Doc:
    """A small private entrepreneur, alanyi adómentes: no VAT at all. Drawn with reportlab, handwritten-form style."""
    seller = Party("Kiss Márton egyéni vállalkozó", "8900 Zalaegerszeg, Kossuth Lajos utca 31.", hu_tax("6843210", 1, 20))
    buyer = BUYER_ORSEG
    items = [it("Termékfotózás (webáruház), 45 termék", 45, "db", 2500, "AAM"),
             it("Képszerkesztés, retusálás", 6, "óra", 6000, "AAM"), it("Kiszállási díj", 1, "alkalom", 12000, "AAM")]
    t = compute(items)
    issue, fulfil, due = d("2025-10-11"), d("2025-10-09"), d("2025-10-19")

    def draw(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        _rl_fonts()
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setTitle("Számla KM-2025-023")
        w, h = A4
        c.setFont("DVSB", 16)
        c.drawCentredString(w / 2, h - 60, "SZÁMLA")
        c.setFont("DVS", 9)
        c.drawRightString(w - 50, h - 60, "Sorszám: KM-2025-023")
        c.rect(50, h - 200, (w - 100) / 2, 120)
        c.rect(50 + (w - 100) / 2, h - 200, (w - 100) / 2, 120)
        y = h - 95
        for label, p, x in (("Eladó (szolgáltató)", seller, 56), ("Vevő", buyer, 56 + (w - 100) / 2)):
            c.setFont("DVS", 7)
            c.drawString(x, y, label)
            c.setFont("DVSB", 10)
            c.drawString(x, y - 14, p.name)
            c.setFont("DVS", 8.5)
            c.drawString(x, y - 27, p.address)
            c.drawString(x, y - 39, f"Adószám: {p.tax}")
        c.drawString(56, y - 51, "Nyilvántartási szám: 51234567")
        c.drawString(56, y - 63, "Bankszámlaszám: 11749015-21114321")
        c.drawString(56, y - 75, "Alanyi adómentes")
        y = h - 225
        boxes = (("Számla kelte", fdate(issue)), ("Teljesítés dátuma", fdate(fulfil)), ("Fizetési határidő", fdate(due)),
                 ("Fizetési mód", "átutalás"))
        bw = (w - 100) / 4
        for n, (label, value) in enumerate(boxes):
            c.rect(50 + n * bw, y - 28, bw, 28)
            c.setFont("DVS", 7)
            c.drawString(54 + n * bw, y - 9, label)
            c.setFont("DVS", 9)
            c.drawString(54 + n * bw, y - 22, value)
        y -= 55
        cols = ((54, "Megnevezés", "l"), (330, "Menny.", "r"), (375, "Me.", "l"), (455, "Egységár", "r"), (545, "Érték", "r"))
        c.setFont("DVSB", 8)
        for x, head, al in cols:
            (c.drawRightString if al == "r" else c.drawString)(x, y, head)
        c.line(50, y - 4, w - 50, y - 4)
        c.setFont("DVS", 8.5)
        for i in items:
            y -= 16
            vals = (i.desc, money(i.qty), i.unit, money(i.price) + " Ft", money(i.net) + " Ft")
            for (x, _, al), v in zip(cols, vals, strict=True):
                (c.drawRightString if al == "r" else c.drawString)(x, y, v)
        c.line(50, y - 6, w - 50, y - 6)
        y -= 26
        c.setFont("DVS", 9)
        c.drawRightString(455, y, "Nettó összesen:")
        c.drawRightString(545, y, money(t.net) + " Ft")
        c.drawRightString(455, y - 14, "ÁFA:")
        c.drawRightString(545, y - 14, "0 Ft")
        c.setFont("DVSB", 11)
        c.drawRightString(455, y - 32, "Fizetendő összesen:")
        c.drawRightString(545, y - 32, money(t.gross) + " Ft")
        c.setFont("DVS", 8)
        c.drawString(50, y - 64, "Alanyi adómentes (AAM) - az ÁFA tv. 187. § alapján. A számla ÁFÁ-t nem tartalmaz.")
        c.drawString(50, y - 76, "Egyéni vállalkozó, átalányadózó.")
        c.drawString(50, 40, "Kiss Márton e.v. · kissmarton.foto@example.hu · +36 30 555 1234")
        c.drawRightString(w - 50, 40, "1/1")
        c.showPage()
        c.save()

    exp = expected("ev_aam", "KM-2025-023", "normal", issue, fulfil, due, "HUF", (t.net, Decimal(0), t.gross),
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("10_ev_aam", exp, draw=draw)


@doc
def latin1_old() -> Doc:
    """Old DOS-era software: Courier, Latin-1 only, so ő/ű come out as õ/û. Drawn with reportlab."""
    seller = Party("Kőszegi Fűtéstechnika Kft.", "9730 Kőszeg, Rákóczi Ferenc út 41.", hu_tax("1166524", 2, 18))
    buyer = Party("Győri Ügyvitel és Könyvvizsgáló Kft.", "9024 Győr, Szövetség utca 7.", hu_tax("1309978", 2, 8))
    items = [it("Gázkazán éves karbantartás", 2, "db", 24500), it("Égőfej tisztítás, tömítéscsere", 2, "db", 8600),
             it("Füstgázelemzés, jegyzőkönyv", 2, "db", 6200), it("Kiszállás (Győr)", 1, "alk", 15000)]
    t = compute(items)
    issue, fulfil, due = d("2025-10-03"), d("2025-10-02"), d("2025-10-18")

    def latin(text: str) -> str:
        return text.replace("ő", "õ").replace("ű", "û").replace("Ő", "Õ").replace("Ű", "Û")

    def draw(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=A4)
        w, h = A4
        lines = [
            "=" * 78,
            latin(f"{seller.name:<45}{'SZÁMLA':>33}"),
            latin(f"{seller.address:<45}{'Sorszám: KFT/25/000871':>33}"),
            latin(f"Adószám: {seller.tax}"),
            "Bankszámla: 11600006-00000000-44556677",
            "=" * 78,
            latin("Vevõ:"),
            latin(f"  {buyer.name}"),
            latin(f"  {buyer.address}"),
            latin(f"  Adószám: {buyer.tax}"),
            "-" * 78,
            latin(f"Számla kelte: {fdate(issue)}   Teljesítés: {fdate(fulfil)}   Fiz.határidõ: {fdate(due)}"),
            latin("Fizetési mód: átutalás"),
            "-" * 78,
            latin(f"{'Megnevezés':<34}{'Menny':>6} {'ME':<4}{'Egységár':>10}{'Nettó':>10}{'ÁFA%':>5}{'Bruttó':>9}"),
            "-" * 78,
        ]
        for i in items:
            lines.append(latin(f"{i.desc:<34}{money(i.qty, ''):>6} {i.unit:<4}{money(i.price, ''):>10}{money(i.net, ''):>10}"
                               f"{i.rate:>5}{money(i.gross, ''):>9}"))
        lines += ["-" * 78,
                  latin(f"{'Nettó összesen:':<50}{money(t.net, ''):>20} Ft"),
                  latin(f"{'ÁFA összesen (27%):':<50}{money(t.vat, ''):>20} Ft"),
                  latin(f"{'FIZETENDÕ ÖSSZESEN:':<50}{money(t.gross, ''):>20} Ft"),
                  "=" * 78, "",
                  latin("A számla a 23/2014. NGM rendelet szerinti számlázó programmal készült."),
                  latin("Program: KAZÁNSZERVIZ-SZÁMLA 4.11 (c) 1998-2019"), "", latin("Kiállította: Pintér Lõrinc")]
        c.setFont("Courier", 8.2)
        y = h - 50
        for line in lines:
            c.drawString(36, y, line)
            y -= 12
        c.drawString(w - 110, 30, "1. oldal")
        c.showPage()
        c.save()

    exp = expected("latin1_old", "KFT/25/000871", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("23_latin1_old", exp, draw=draw)


@doc
def flower_shop() -> Doc:
    """A small shop's cash invoice, drawn with reportlab in a narrow, centred 'till' style on A5."""
    seller = Party("Zöldsarok Virágbolt Bt.", "2000 Szentendre, Dumtsa Jenő utca 9.", hu_tax("2072145", 2, 13))
    buyer = BUYER_KORONA
    items = [it("Asztaldísz, rendezvényre", 12, "db", 6300), it("Vágott rózsa, vörös", 60, "szál", 590),
             it("Kiszállítás Budapestre", 1, "alk", 8000)]
    t = compute(items)
    issue = d("2025-10-18")

    def draw(path: Path) -> None:
        from reportlab.lib.pagesizes import A5
        from reportlab.pdfgen import canvas

        _rl_fonts()
        c = canvas.Canvas(str(path), pagesize=A5)
        w, h = A5
        y = h - 40

        def center(text: str, font: str = "DVS", size: float = 8.5) -> None:
            nonlocal y
            c.setFont(font, size)
            c.drawCentredString(w / 2, y, text)
            y -= size + 4

        def lr(left: str, right: str, font: str = "DVM", size: float = 8) -> None:
            nonlocal y
            c.setFont(font, size)
            c.drawString(40, y, left)
            c.drawRightString(w - 40, y, right)
            y -= size + 4

        center(seller.name, "DVSB", 11)
        center(seller.address)
        center(f"Adószám: {seller.tax}")
        y -= 6
        center("KÉSZPÉNZES SZÁMLA", "DVSB", 11)
        center("Számlaszám: ZS-2025/0311")
        y -= 4
        lr("Vevő:", buyer.name, "DVS", 8)
        lr("", buyer.address, "DVS", 8)
        lr("Vevő adószáma:", buyer.tax or "", "DVS", 8)
        y -= 4
        lr("Kelt:", fdate(issue, "iso"))
        lr("Teljesítés:", fdate(issue, "iso"))
        lr("Fizetés módja:", "készpénz")
        c.line(40, y + 4, w - 40, y + 4)
        y -= 6
        for i in items:
            lr(i.desc, "")
            lr(f"  {money(i.qty)} {i.unit} x {money(i.price, '.')}  27%", f"{money(i.gross, '.')} Ft")
        c.line(40, y + 4, w - 40, y + 4)
        y -= 6
        lr("Nettó:", f"{money(t.net, '.')} Ft")
        lr("ÁFA 27%:", f"{money(t.vat, '.')} Ft")
        lr("ÖSSZESEN:", f"{money(t.gross, '.')} Ft", "DVSB", 11)
        y -= 8
        center("A vételárat készpénzben átvettem.", "DVS", 7.5)
        center("Köszönjük a vásárlást!", "DVS", 7.5)
        c.setFont("DVS", 6)
        c.drawCentredString(w / 2, 24, "BoltKassza Számla 3.2")
        c.showPage()
        c.save()

    exp = expected("flower_shop", "ZS-2025/0311", "normal", issue, issue, None, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("26_flower_shop", exp, draw=draw)


@doc
def rl_rent() -> Doc:
    """Office rent invoice drawn with reportlab: labels left, values right-aligned in boxes."""
    seller = Party("Váci Irodaház Ingatlanhasznosító Kft.", "1138 Budapest, Váci út 141.", hu_tax("2530447", 2, 41),
                   hu_vat(hu_tax("2530447", 2, 41)))
    buyer = BUYER_KORONA
    items = [it("Irodabérleti díj 2025. november (312 m2, EUR 14,50/m2 alapján)", 1, "hó", 1762176),
             it("Üzemeltetési díj 2025. november", 312, "m2", 1650), it("Parkolóhely bérlet", 4, "db", 28000)]
    t = compute(items)
    issue, fulfil, due = d("2025-10-25"), d("2025-11-05"), d("2025-11-05")

    def draw(path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        _rl_fonts()
        c = canvas.Canvas(str(path), pagesize=A4)
        w, h = A4
        c.setFillGray(0.2)
        c.rect(0, h - 70, w, 70, fill=1, stroke=0)
        c.setFillGray(1)
        c.setFont("DVSB", 18)
        c.drawString(40, h - 45, "SZÁMLA")
        c.setFont("DVS", 9)
        c.drawRightString(w - 40, h - 35, seller.name)
        c.drawRightString(w - 40, h - 48, seller.address)
        c.setFillGray(0)
        y = h - 100
        rows = (("Számla száma", "VIH-2025/11-0047"), ("Kiállítás dátuma", fdate(issue, "dot")),
                ("Teljesítés dátuma", fdate(fulfil, "dot")), ("Fizetési határidő", fdate(due, "dot")),
                ("Bérleti szerződés", "BSZ-2021/012"))
        for label, value in rows:
            c.setFont("DVS", 9)
            c.drawString(330, y, label)
            c.rect(430, y - 4, 125, 15)
            c.setFont("DVSB", 9)
            c.drawRightString(551, y, value)
            y -= 19
        yy = h - 100
        for label, p in (("Bérbeadó:", seller), ("Bérlő:", buyer)):
            c.setFont("DVS", 7.5)
            c.drawString(40, yy, label)
            c.setFont("DVSB", 9.5)
            c.drawString(40, yy - 12, p.name)
            c.setFont("DVS", 8.5)
            c.drawString(40, yy - 24, p.address)
            c.drawString(40, yy - 36, f"Adószám: {p.tax}")
            if p.vat:
                c.drawString(40, yy - 48, f"Közösségi adószám: {p.vat}")
            yy -= 64
        y = min(y, yy) - 20
        c.setFont("DVSB", 8)
        heads = ((40, "Megnevezés", "l"), (305, "Mennyiség", "r"), (370, "Egységár", "r"), (440, "Nettó", "r"), (475, "ÁFA", "r"),
                 (555, "Bruttó", "r"))
        for x, t_, al in heads:
            (c.drawRightString if al == "r" else c.drawString)(x, y, t_)
        c.line(40, y - 4, 555, y - 4)
        c.setFont("DVS", 8)
        for i in items:
            y -= 15
            vals = (i.desc if len(i.desc) < 50 else i.desc[:49] + "…", f"{money(i.qty)} {i.unit}", money(i.price), money(i.net),
                    "27%", money(i.gross))
            for (x, _, al), v in zip(heads, vals, strict=True):
                (c.drawRightString if al == "r" else c.drawString)(x, y, v)
        y -= 30
        for label, value, bold in (("Nettó összesen", money(t.net) + " Ft", False), ("ÁFA összesen", money(t.vat) + " Ft", False),
                                   ("Bruttó összesen", money(t.gross) + " Ft", True)):
            c.setFont("DVSB" if bold else "DVS", 10 if bold else 9)
            c.drawString(330, y, label)
            c.rect(430, y - 5, 125, 17)
            c.drawRightString(551, y, value)
            y -= 22
        c.setFont("DVS", 7.5)
        c.drawString(40, y - 10, "Kérjük, a bérleti díjat a bérleti szerződés szerint, előre, tárgyhó 5. napjáig szíveskedjenek átutalni.")
        c.drawString(40, y - 22, "Bankszámla: OTP Bank · HU17 1176 3842 0071 3524 0000 0000")
        c.drawString(40, 30, "VIH Kft. · BérletKezelő számlamodul")
        c.drawRightString(555, 30, "Oldal 1/1")
        c.showPage()
        c.save()

    exp = expected("rl_rent", "VIH-2025/11-0047", "normal", issue, fulfil, due, "HUF", t,
                   seller.expected("seller"), buyer.expected("buyer"))
    return Doc("30_rl_rent", exp, draw=draw)


# =====================================================================================================
# Writing
# =====================================================================================================


def build(only: set[str] | None = None) -> list[Doc]:
    """Every document's PDF (HTML ones printed by one headless Chromium, untagged) and expected JSON."""
    from playwright.sync_api import sync_playwright

    docs = [make() for make in DOCS]
    todo = [item for item in docs if not only or item.stem in only]
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            for item in todo:
                pdf = HERE / f"{item.stem}.pdf"
                if item.html is not None:
                    src = Path(tmp) / f"{item.stem}.html"
                    src.write_text(item.html, encoding="utf-8")
                    page.goto(src.as_uri())
                    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True, tagged=False)
                else:
                    assert item.draw is not None
                    item.draw(pdf)
                (HERE / f"{item.stem}.json").write_text(json.dumps(item.expected, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")
        finally:
            browser.close()
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", help="stems to rewrite")
    args = parser.parse_args()
    for item in build(set(args.only) if args.only else None):
        print(item.stem)


if __name__ == "__main__":
    main()
