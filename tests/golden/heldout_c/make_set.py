
"""Held-out set C: thirty Hungarian invoices the PDF reader has never been tuned on.

Made-up companies, deterministic data, written from what real Hungarian invoices look like
(not from the reader's code). Most pages are HTML+CSS printed by Debian's headless Chromium,
four are drawn with reportlab. Every PDF has its expected JSON beside it (keys as
``szamlatar parse --format json`` prints them, plus ``layout``).

    .venv/bin/python -m tests.golden.heldout_c.make_set            # rewrite the PDFs and JSONs
    .venv/bin/python -m tests.golden.heldout_c.make_set --check    # every expected value printed?
    .venv/bin/python -m tests.golden.heldout_c.make_set --scans DIR DPI [skew|fax]

The set is for measuring only: do not tune the reader on it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"

# ----------------------------------------------------------------------------------------------
# parties


def tax_number(base7: str, vat_code: int, county: int) -> str:
    """A Hungarian tax number ``12345676-2-41``: seven digits, check digit (weights 9 7 3 1 9 7 3)."""
    weights = (9, 7, 3, 1, 9, 7, 3)
    check = (10 - sum(int(d) * w for d, w in zip(base7, weights, strict=True)) % 10) % 10
    return f"{base7}{check}-{vat_code}-{county:02d}"


def hu_vat(tax: str) -> str:
    return "HU" + tax[:8]


@dataclass
class Party:
    name: str
    address: str
    tax: str | None = None
    vat: str | None = None  # community VAT number as printed (HU…, ATU…, SK…)
    bank: str | None = None
    iban: str | None = None
    extra: list[str] = field(default_factory=list)  # other printed lines (registry number, e-mail…)


def party(name: str, address: str, base7: str | None = None, vat_code: int = 2, county: int = 41, *,
          eu: bool = False, bank: str | None = None, iban: str | None = None,
          extra: list[str] | None = None) -> Party:
    tax = tax_number(base7, vat_code, county) if base7 else None
    return Party(name, address, tax, hu_vat(tax) if (tax and eu) else None, bank, iban, extra or [])


# ----------------------------------------------------------------------------------------------
# amounts and dates

MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december")
MONTHS_SHORT = ("jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.",
                "nov.", "dec.")
RATES = {"27%": Decimal("0.27"), "18%": Decimal("0.18"), "5%": Decimal("0.05"), "0%": Decimal(0)}
EXEMPT = ("TAM", "AAM", "KBAET", "FAD", "EUFAD", "ÁKK")


def date_text(d: dt.date, form: str) -> str:
    if form == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if form == "dot_space":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if form == "short":
        return f"{d.year}. {MONTHS_SHORT[d.month - 1]} {d.day}."
    if form == "long":
        return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."
    if form == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if form == "iso":
        return d.isoformat()
    raise ValueError(form)


def money_places(currency: str) -> int:
    return 0 if currency == "HUF" else 2


def rnd(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def num_text(x: Decimal, places: int, sep: str, dec: str = ",") -> str:
    sign = "-" if x < 0 else ""
    x = abs(rnd(x, places))
    whole, _, frac = f"{x:.{places}f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + sep.join(groups) + (dec + frac if places else "")


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: str
    disc: Decimal = Decimal(0)  # percent
    note: str = ""
    net: Decimal = Decimal(0)
    vat: Decimal = Decimal(0)
    gross: Decimal = Decimal(0)


@dataclass
class Doc:
    stem: str
    layout: str
    kind: str
    title: str
    number: str
    issue: dt.date
    fulfil: dt.date | None
    due: dt.date | None
    currency: str
    seller: Party
    buyer: Party
    lines: list[Line]
    date_form: str = "dot"
    sep: str = " "
    dec: str = ","
    cur_label: str = "Ft"  # printed currency mark
    cur_before: bool = False
    pay: str = "Átutalás"
    order_ref: str | None = None
    preceding: str | None = None
    notes: list[str] = field(default_factory=list)
    rounding: bool = False  # cash: payable rounded to 5 Ft
    fx: Decimal | None = None  # MNB rate when the VAT is also shown in HUF
    net: Decimal = Decimal(0)
    vat: Decimal = Decimal(0)
    gross: Decimal = Decimal(0)
    payable: Decimal = Decimal(0)
    groups: list[tuple[str, Decimal, Decimal, Decimal]] = field(default_factory=list)
    expect_fulfil: bool = True

    def __post_init__(self) -> None:
        places = money_places(self.currency)
        by_rate: dict[str, list[Decimal]] = {}
        for ln in self.lines:
            ln.net = rnd(ln.qty * ln.price * (1 - ln.disc / 100), places)
            ln.vat = rnd(ln.net * RATES.get(ln.rate, Decimal(0)), places)
            ln.gross = ln.net + ln.vat
            g = by_rate.setdefault(ln.rate, [Decimal(0), Decimal(0), Decimal(0)])
            g[0] += ln.net
            g[1] += ln.vat
            g[2] += ln.gross
        self.groups = [(r, *v) for r, v in by_rate.items()]  # type: ignore[misc]
        self.net = sum((ln.net for ln in self.lines), Decimal(0))
        self.vat = sum((ln.vat for ln in self.lines), Decimal(0))
        self.gross = self.net + self.vat
        self.payable = (rnd(self.gross / 5, 0) * 5) if self.rounding else self.gross

    # printing helpers
    def D(self, d: dt.date | None) -> str:
        return date_text(d, self.date_form) if d else ""

    def N(self, x: Decimal, places: int | None = None) -> str:
        return num_text(x, money_places(self.currency) if places is None else places, self.sep, self.dec)

    def M(self, x: Decimal) -> str:
        n = self.N(x)
        return f"{self.cur_label}\u00a0{n}" if self.cur_before else f"{n}\u00a0{self.cur_label}"

    def Q(self, q: Decimal) -> str:
        return num_text(q, 0 if q == q.to_integral_value() else 2, self.sep, self.dec)

    def P(self, p: Decimal) -> str:
        exp = -p.normalize().as_tuple().exponent  # type: ignore[operator]
        places = max(exp, 2) if (p != p.to_integral_value() or self.currency != "HUF") else 0
        return num_text(p, places, self.sep, self.dec)

    def expected(self) -> dict[str, Any]:
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat(),
            "fulfilment_date": self.fulfil.isoformat() if (self.fulfil and self.expect_fulfil) else None,
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
            "order_reference": self.order_ref,
            "preceding_invoice": self.preceding,
            "layout": self.layout,
        }

    def printed(self) -> list[str]:
        """Strings that must appear in the extracted text for the expectation to hold."""
        out = [self.number, self.seller.name, self.buyer.name, self.D(self.issue), self.N(self.gross)]
        out += [x for x in (self.seller.tax, self.seller.vat, self.buyer.tax, self.buyer.vat, self.order_ref,
                            self.preceding) if x]
        if self.due:
            out.append(self.D(self.due))
        if self.fulfil and self.expect_fulfil:
            out.append(self.D(self.fulfil))
        out += [self.N(self.net), self.N(self.vat)]
        return out


def L(desc: str, qty: str | int, unit: str, price: str | int, rate: str = "27%", disc: str | int = 0,
      note: str = "") -> Line:
    return Line(desc, Decimal(str(qty)), unit, Decimal(str(price)), rate, Decimal(str(disc)), note)


def d(y: int, m: int, day: int) -> dt.date:
    return dt.date(y, m, day)


E = html.escape


def rate_text(r: str) -> str:
    return r


# ----------------------------------------------------------------------------------------------
# HTML templates

BASE_CSS = """
@page { size: A4; margin: 12mm 13mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #111; margin: 0; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 2px 4px; vertical-align: top; }
.r { text-align: right; } .c { text-align: center; }
.small { font-size: 7.5pt; color: #444; }
.b { font-weight: bold; }
.nw, td.r, th.r { white-space: nowrap; }
"""


def party_html(p: Party, *, tax_label: str = "Adószám:", vat_label: str = "Közösségi adószám:",
               bank_label: str = "Bankszámlaszám:") -> str:
    rows = [f"<div class='b pname'>{E(p.name)}</div>", f"<div>{E(p.address)}</div>"]
    if p.tax:
        rows.append(f"<div>{E(tax_label)} <span class='nw'>{E(p.tax)}</span></div>")
    if p.vat:
        rows.append(f"<div>{E(vat_label)} <span class='nw'>{E(p.vat)}</span></div>")
    if p.bank:
        rows.append(f"<div>{E(bank_label)} <span class='nw'>{E(p.bank)}</span></div>")
    if p.iban:
        rows.append(f"<div>IBAN: {E(p.iban)}</div>")
    rows += [f"<div>{E(x)}</div>" for x in p.extra]
    return "\n".join(rows)


def items_html(doc: Doc, cols: list[str], *, head: dict[str, str] | None = None, cls: str = "items") -> str:
    names = {"no": "#", "desc": "Megnevezés", "qty": "Menny.", "unit": "Me.", "price": "Egységár",
             "disc": "Kedv. %", "net": "Nettó érték", "rate": "ÁFA %", "vat": "ÁFA érték", "gross": "Bruttó érték"}
    names.update(head or {})
    out = [f"<table class='{cls}'><thead><tr>"]
    out += [f"<th class='{'' if c == 'desc' else 'r'}'>{E(names[c])}</th>" for c in cols]
    out.append("</tr></thead><tbody>")
    for i, ln in enumerate(doc.lines, 1):
        cell = {"no": str(i), "desc": E(ln.desc) + (f"<div class='small'>{E(ln.note)}</div>" if ln.note else ""),
                "qty": doc.Q(ln.qty), "unit": E(ln.unit), "price": doc.P(ln.price),
                "disc": doc.Q(ln.disc) + " %" if ln.disc else "–", "net": doc.N(ln.net), "rate": rate_text(ln.rate),
                "vat": doc.N(ln.vat), "gross": doc.N(ln.gross)}
        out.append("<tr>" + "".join(f"<td class='{'' if c == 'desc' else 'r'}'>{cell[c]}</td>" for c in cols)
                   + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def groups_html(doc: Doc, *, title: str = "ÁFA-összesítő", labels: tuple[str, ...] = (
        "ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó"), total_label: str = "Összesen", cls: str = "groups") -> str:
    out = [f"<table class='{cls}'><thead><tr><th>{E(title)}</th>"]
    out += [f"<th class='r'>{E(x)}</th>" for x in labels[1:]]
    out.append("</tr></thead><tbody>")
    for r, n, v, g in doc.groups:
        out.append(f"<tr><td>{r}</td><td class='r'>{doc.N(n)}</td><td class='r'>{doc.N(v)}</td>"
                   f"<td class='r'>{doc.N(g)}</td></tr>")
    out.append(f"<tr class='b'><td>{E(total_label)}</td><td class='r'>{doc.N(doc.net)}</td>"
               f"<td class='r'>{doc.N(doc.vat)}</td><td class='r'>{doc.N(doc.gross)}</td></tr></tbody></table>")
    return "\n".join(out)


def fx_html(doc: Doc) -> str:
    if not doc.fx:
        return ""
    return (f"<div class='small'>Alkalmazott árfolyam (MNB, {doc.D(doc.fulfil)}): 1 EUR = "
            f"{num_text(doc.fx, 2, doc.sep)} HUF<br>ÁFA összege forintban: "
            f"{num_text(rnd(doc.vat * doc.fx, 0), 0, doc.sep)} Ft</div>")


def notes_html(doc: Doc) -> str:
    return "".join(f"<p class='note'>{E(n)}</p>" for n in doc.notes)


def page(css: str, body: str) -> str:
    return (f"<!doctype html><html lang='hu'><head><meta charset='utf-8'><style>{BASE_CSS}{css}</style>"
            f"</head><body>{body}</body></html>")


# A: Számlázz.hu-like — parties side by side, four date boxes with the value below the label
def t_szamlazz(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    .top { display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2px solid #333; }
    h1 { font-size: 20pt; margin: 0 0 4px 0; letter-spacing: 2px; }
    .num { font-size: 11pt; }
    .parties { display:flex; gap: 8mm; margin-top: 5mm; }
    .parties > div { flex:1; border:1px solid #999; padding: 3mm; min-height: 32mm; }
    .lbl { font-size: 7.5pt; color: #555; text-transform: uppercase; margin-bottom: 2px; }
    .meta { display:flex; margin-top: 4mm; border:1px solid #999; }
    .meta > div { flex:1; padding: 2mm; border-right:1px solid #ccc; }
    .items { margin-top: 5mm; } .items th { border-bottom:1px solid #333; font-size:8pt; }
    .items td { border-bottom: 1px solid #ddd; }
    .groups { width: 60%; margin: 4mm 0 0 auto; } .groups th { border-bottom:1px solid #333; font-size:8pt; }
    .pay { margin: 4mm 0 0 auto; width: 60%; border: 2px solid #333; padding: 2mm; font-size: 12pt;
           display:flex; justify-content:space-between; font-weight:bold; }
    .foot { margin-top: 10mm; border-top:1px solid #999; font-size:7pt; color:#666; }
    """
    lab = {"number": "Számla sorszáma", "issue": "Számla kelte", "fulfil": "Teljesítés dátuma",
           "due": "Fizetési határidő", "pay": "Fizetési mód", "total": "Fizetendő összeg",
           "seller": "Eladó", "buyer": "Vevő"} | o.get("labels", {})
    meta = [("pay", doc.pay), ("fulfil", doc.D(doc.fulfil)), ("issue", doc.D(doc.issue)), ("due", doc.D(doc.due))]
    meta_html = "".join(f"<div><div class='lbl'>{E(lab[k])}</div><div class='b'>{E(v)}</div></div>"
                        for k, v in meta if v)
    extra = ""
    if doc.order_ref:
        extra += f"<div>Megrendelés száma: {E(doc.order_ref)}</div>"
    if doc.preceding:
        extra += f"<div class='b'>{E(o.get('prec_label', 'Eredeti számla sorszáma:'))} {E(doc.preceding)}</div>"
    body = f"""
    <div class='top'><div><h1>{E(doc.title)}</h1><div class='small'>{E(o.get('subtitle', 'Eredeti példány'))}</div></div>
      <div class='num r'>{E(lab['number'])}: <b>{E(doc.number)}</b><div class='small'>1/1. oldal</div></div></div>
    <div class='parties'><div><div class='lbl'>{E(lab['seller'])}</div>{party_html(doc.seller)}</div>
      <div><div class='lbl'>{E(lab['buyer'])}</div>{party_html(doc.buyer)}</div></div>
    <div class='meta'>{meta_html}</div>
    {extra}
    {items_html(doc, o.get('cols', ['desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross']))}
    {groups_html(doc)}
    <div class='pay'><span>{E(lab['total'])}:</span><span>{doc.M(doc.payable)}</span></div>
    {notes_html(doc)}
    <div class='foot'>{E(o.get('footer', 'A számla a Számlázz.hu rendszerével készült. Oldal: 1/1'))}</div>
    """
    return page(css, body)


# B: Billingo-like — big title left, label: value pairs to the right, parties stacked, total boxed
def t_billingo(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    body { font-size: 9.5pt; }
    .hdr { display:grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
    h1 { font-size: 26pt; font-weight: 300; margin: 0; color: #1b4f8a; }
    .kv { width: 100%; } .kv td:first-child { color:#555; } .kv td:last-child { text-align:right; font-weight:bold; }
    .who { margin-top: 3mm; padding: 2mm 0; border-top: 1px solid #cfd8e3; }
    .who .cap { color:#1b4f8a; font-size:8pt; font-weight:bold; }
    .items { margin-top: 6mm; } .items th { background:#1b4f8a; color:#fff; font-weight:normal; font-size:8pt; }
    .items td { border-bottom:1px solid #e3e8ef; }
    .sum { display:grid; grid-template-columns: 1fr 75mm; gap: 6mm; margin-top: 5mm; }
    .tot { background:#eef3f9; padding: 3mm; }
    .tot .big { font-size: 15pt; font-weight: bold; color:#1b4f8a; text-align:right; }
    .groups th { font-size:8pt; border-bottom:1px solid #999; }
    .foot { position: fixed; bottom: 0; left:0; right:0; font-size:7pt; color:#888; display:flex; justify-content:space-between; }
    """
    lab = {"number": "Számlaszám", "issue": "Kiállítás dátuma", "fulfil": "Teljesítés dátuma",
           "due": "Fizetési határidő", "pay": "Fizetési mód", "total": "Fizetendő összeg",
           "seller": "Szállító", "buyer": "Vevő", "order": "Rendelésszám"} | o.get("labels", {})
    kv = [(lab["number"], doc.number), (lab["issue"], doc.D(doc.issue)), (lab["fulfil"], doc.D(doc.fulfil)),
          (lab["due"], doc.D(doc.due)), (lab["pay"], doc.pay)]
    if doc.order_ref:
        kv.append((lab["order"], doc.order_ref))
    if doc.preceding:
        kv.append((o.get("prec_label", "Hivatkozott számla"), doc.preceding))
    kv_html = "".join(f"<tr><td>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in kv if v)
    fx = fx_html(doc)
    body = f"""
    <div class='hdr'><div><h1>{E(doc.title)}</h1>
      <div class='who'><div class='cap'>{E(lab['seller'])}</div>{party_html(doc.seller)}</div>
      <div class='who'><div class='cap'>{E(lab['buyer'])}</div>{party_html(doc.buyer)}</div></div>
      <div><table class='kv'>{kv_html}</table></div></div>
    {items_html(doc, o.get('cols', ['desc', 'qty', 'unit', 'price', 'rate', 'net', 'vat', 'gross']),
                head={'price': 'Nettó egységár', 'net': 'Nettó ár', 'vat': 'ÁFA', 'gross': 'Bruttó ár'})}
    <div class='sum'><div>{groups_html(doc, title='ÁFA-kulcs')}{fx}{notes_html(doc)}</div>
      <div class='tot'><table class='kv'><tr><td>Nettó összesen</td><td>{doc.M(doc.net)}</td></tr>
        <tr><td>ÁFA összesen</td><td>{doc.M(doc.vat)}</td></tr></table>
        <div>{E(lab['total'])}</div><div class='big'>{doc.M(doc.payable)}</div></div></div>
    <div class='foot'><span>{E(o.get('footer', 'Billingo – online számlázó'))}</span><span>1 / 1</span></div>
    """
    return page(css, body)


# C: Kulcs-Soft-like — a grid of ruled boxes, small caption top left, value inside
def t_kulcs(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    body { font-family: 'DejaVu Serif', serif; font-size: 9pt; }
    .box { border: 1px solid #000; padding: 1.5mm 2mm; }
    .cap { font-size: 6.8pt; font-style: italic; }
    .grid { display:grid; grid-template-columns: 1fr 1fr; }
    .grid4 { display:grid; grid-template-columns: repeat(4, 1fr); }
    h1 { text-align:center; font-size: 16pt; margin: 0 0 2mm 0; }
    .items { margin-top: 3mm; border: 1px solid #000; font-size: 8pt; }
    .items th { border-bottom: 1px solid #000; border-right: 1px solid #000; font-size: 7.5pt; }
    .items td { border-right: 1px solid #000; }
    .groups { margin-top: 3mm; width: 65%; margin-left: auto; border:1px solid #000; }
    .groups th { border-bottom: 1px solid #000; }
    .total { margin-top: 3mm; width: 65%; margin-left:auto; font-size: 11pt; }
    .foot { margin-top: 8mm; font-size: 7pt; display:flex; justify-content:space-between; }
    """
    lab = {"number": "Sorszám", "issue": "Számla kelte", "fulfil": "Teljesítés időpontja",
           "due": "Fizetési határidő", "pay": "Fizetés módja", "total": "Fizetendő végösszeg",
           "seller": "Szállító", "buyer": "Vevő"} | o.get("labels", {})
    boxes = [(lab["pay"], doc.pay), (lab["fulfil"], doc.D(doc.fulfil)), (lab["issue"], doc.D(doc.issue)),
             (lab["due"], doc.D(doc.due))]
    grid4 = "".join(f"<div class='box'><div class='cap'>{E(k)}</div><b>{E(v)}</b></div>" for k, v in boxes if v)
    more = ""
    if doc.order_ref:
        more += f"<div class='box'><div class='cap'>Vevői rendelés száma</div>{E(doc.order_ref)}</div>"
    if doc.preceding:
        more += (f"<div class='box'><div class='cap'>{E(o.get('prec_label', 'Módosított számla sorszáma'))}</div>"
                 f"<b>{E(doc.preceding)}</b></div>")
    body = f"""
    <h1>{E(doc.title)}</h1>
    <div class='grid'><div class='box'><div class='cap'>{E(lab['seller'])}</div>{party_html(doc.seller)}</div>
      <div class='box'><div class='cap'>{E(lab['number'])}</div><b style='font-size:12pt'>{E(doc.number)}</b>
      <div class='cap' style='margin-top:3mm'>{E(lab['buyer'])}</div>{party_html(doc.buyer)}</div></div>
    <div class='grid4'>{grid4}</div>
    <div class='grid'>{more}</div>
    {items_html(doc, o.get('cols', ['no', 'desc', 'qty', 'unit', 'price', 'disc', 'net', 'rate', 'vat', 'gross']),
                head={'disc': 'Eng. %'})}
    {groups_html(doc, title='Áfakulcs', labels=('Áfakulcs', 'Nettó érték', 'Áfa érték', 'Bruttó érték'),
                 total_label='Mindösszesen')}
    <div class='total box'><span class='cap'>{E(lab['total'])}</span>
      <div class='r b'>{doc.M(doc.payable)}</div>
      </div>
    {notes_html(doc)}
    <div class='foot'><span>{E(o.get('footer', 'Kulcs-Számla – Kulcs-Soft Nyrt.'))}</span><span>1. oldal / 1</span></div>
    """
    return page(css, body)


# D: Novitax-like — monospaced, labels padded with dots, values right of them, stacked parties
def t_novitax(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    body { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.5pt; }
    .row { white-space: pre; }
    hr { border: 0; border-top: 1px dashed #000; }
    h1 { font-size: 13pt; text-align:center; margin: 2mm 0; }
    .items th { border-bottom: 1px dashed #000; font-weight: normal; text-align:left; }
    .groups th { border-bottom: 1px dashed #000; font-weight: normal; text-align:left; }
    """
    lab = {"number": "Számlaszám", "issue": "Kelt", "fulfil": "Teljesítés kelte", "due": "Esedékesség",
           "pay": "Fizetési mód", "total": "FIZETENDŐ", "seller": "ELADÓ", "buyer": "VEVŐ"} | o.get("labels", {})

    def row(k: str, v: str) -> str:
        return f"<div class='row'>{E(k.ljust(22, '.'))}: {E(v)}</div>"

    def who(cap: str, p: Party) -> str:
        out = f"<div class='b'>{E(cap)}</div>" + row("Név", p.name) + row("Cím", p.address)
        if p.tax:
            out += row("Adószám", p.tax)
        if p.vat:
            out += row("EU adószám", p.vat)
        if p.bank:
            out += row("Bankszámla", p.bank)
        return out

    meta = row(lab["number"], doc.number) + row(lab["issue"], doc.D(doc.issue))
    if doc.fulfil:
        meta += row(lab["fulfil"], doc.D(doc.fulfil))
    if doc.due:
        meta += row(lab["due"], doc.D(doc.due))
    meta += row(lab["pay"], doc.pay)
    if doc.order_ref:
        meta += row("Megrendelés száma", doc.order_ref)
    if doc.preceding:
        meta += row(o.get("prec_label", "Eredeti számla"), doc.preceding)
    body = f"""
    <h1>{E(doc.title)}</h1><hr>
    {who(lab['seller'], doc.seller)}<hr>{who(lab['buyer'], doc.buyer)}<hr>{meta}<hr>
    {items_html(doc, ['desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross'],
                head={'net': 'Nettó', 'vat': 'Áfa', 'gross': 'Bruttó', 'rate': 'Kulcs'})}
    <hr>{groups_html(doc, title='Kulcs', total_label='Összesen')}<hr>
    {row(lab['total'], doc.M(doc.payable))}<hr>
    {fx_html(doc)}{notes_html(doc)}
    <div class='small'>{E(o.get('footer', 'Készült: NOVITAX számlázó program'))} — 1/1</div>
    """
    return page(css, body)


# E: SAP printout — twin Hungarian/English labels, DD.MM.YYYY, dot thousands, address window
def t_sap(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 8.5pt; }
    .logo { font-size: 16pt; font-weight: bold; letter-spacing: 1px; }
    .window { margin-top: 10mm; width: 85mm; min-height: 30mm; }
    .right { position:absolute; top: 22mm; right: 0; width: 78mm; }
    .kv td:first-child { color: #333; } .kv td:last-child { font-weight:bold; }
    h1 { font-size: 12pt; margin: 6mm 0 2mm 0; }
    .items th { border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 7.5pt; }
    .items td { border-bottom: 1px dotted #aaa; }
    .groups { width: 70%; margin-left: auto; margin-top: 3mm; } .groups th { border-bottom:1px solid #000; }
    .tot { width: 70%; margin-left: auto; margin-top: 2mm; border-top: 2px solid #000; }
    .foot { margin-top: 8mm; font-size: 6.8pt; color: #333; border-top:1px solid #000; }
    """
    s = doc.seller
    sender = f"{s.name} · {s.address}"
    kv = [("Számlaszám / Invoice no.", doc.number), ("Számla kelte / Invoice date", doc.D(doc.issue)),
          ("Teljesítés / Delivery date", doc.D(doc.fulfil)), ("Esedékesség / Due date", doc.D(doc.due)),
          ("Vevőszám / Customer no.", o.get("customer_no", "")), ("Fizetési feltétel / Terms", o.get("terms", ""))]
    if doc.order_ref:
        kv.append(("Megrendelés / PO number", doc.order_ref))
    kv_html = "".join(f"<tr><td>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in kv if v)
    b = doc.buyer
    buyer_ids = (f"<div>Vevő adószáma / Customer tax no.: {E(b.tax)}</div>" if b.tax else "") + \
        (f"<div>Vevő EU adószáma / Customer VAT ID: {E(b.vat)}</div>" if b.vat else "")
    body = f"""
    <div style='position:relative'>
    <div class='logo'>{E(o.get('logo', s.name.split()[0].upper()))}</div>
    <div class='small'>{E(sender)}</div>
    <div class='window'><div class='b'>{E(b.name)}</div><div>{E(b.address)}</div>{buyer_ids}</div>
    <div class='right'><table class='kv'>{kv_html}</table></div>
    </div>
    <h1>{E(doc.title)}</h1>
    {items_html(doc, ['no', 'desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat'],
                head={'no': 'Tétel/Item', 'desc': 'Megnevezés / Description', 'qty': 'Menny./Qty', 'unit': 'ME/UoM',
                      'price': 'Egységár/Unit price', 'net': 'Nettó/Net', 'rate': 'Áfa/VAT %', 'vat': 'Áfa/VAT'})}
    {groups_html(doc, title='Áfa / VAT', labels=('Áfa', 'Adóalap / Tax base', 'Áfa / VAT', 'Bruttó / Gross'),
                 total_label='Összesen / Total')}
    <table class='tot'><tr class='b'><td>Fizetendő összeg / Amount due ({E(doc.currency)})</td>
      <td class='r'>{doc.M(doc.payable)}</td></tr></table>
    {notes_html(doc)}
    <div class='foot'>{E(s.name)} · Adószám / Tax no.: {E(s.tax or '')} · EU adószám / VAT ID: {E(s.vat or '')}
      · {E(' · '.join(s.extra))} · Bank: {E(s.bank or '')} · IBAN {E(s.iban or '')}<br>
      {E(o.get('footer', 'SAP S/4HANA nyomtatvány · Oldal 1 / 1'))}</div>
    """
    return page(css, body)


# F: NAV "számlakép" printout — sections of two-column key/value tables, ISO dates
def t_nav(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    body { font-size: 8.5pt; }
    h1 { font-size: 13pt; margin: 0 0 1mm 0; }
    h2 { font-size: 9.5pt; background: #e6e6e6; padding: 1mm 2mm; margin: 3mm 0 1mm 0; }
    .kv td:first-child { width: 55mm; color: #444; }
    .items th { border-bottom: 1px solid #666; font-size: 7.5pt; }
    .cols { display:flex; gap: 5mm; } .cols > div { flex: 1; }
    """

    def kv(rows: list[tuple[str, str | None]]) -> str:
        return "<table class='kv'>" + "".join(f"<tr><td>{E(k)}</td><td>{E(v)}</td></tr>" for k, v in rows if v) + \
            "</table>"

    s, b = doc.seller, doc.buyer
    body = f"""
    <h1>Számlakép</h1>
    <div class='small'>Online Számla Rendszer – a számla adatszolgáltatás alapján előállított számlakép.
      Nem minősül számlának.</div>
    <h2>Számla adatai</h2>
    {kv([("Számla sorszáma", doc.number), ("Számla típusa", o.get("type_text", "Normál számla")),
         ("Számla kelte", doc.D(doc.issue)), ("Teljesítés dátuma", doc.D(doc.fulfil)),
         ("Fizetési határidő", doc.D(doc.due)), ("Fizetési mód", doc.pay), ("Pénznem", doc.currency),
         ("Számla megjelenési formája", "Papír")])}
    <div class='cols'><div><h2>Eladó adatai</h2>
    {kv([("Eladó neve", s.name), ("Eladó címe", s.address), ("Eladó adószáma", s.tax),
         ("Eladó közösségi adószáma", s.vat), ("Eladó bankszámlaszáma", s.bank)])}</div>
    <div><h2>Vevő adatai</h2>
    {kv([("Vevő neve", b.name), ("Vevő címe", b.address), ("Vevő adószáma", b.tax),
         ("Vevő közösségi adószáma", b.vat)])}</div></div>
    <h2>Tételek</h2>
    {items_html(doc, ['no', 'desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross'],
                head={'no': 'Sor', 'price': 'Egységár', 'net': 'Tétel nettó', 'rate': 'Adómérték', 'vat': 'Tétel áfa',
                      'gross': 'Tétel bruttó'})}
    <h2>Összesítő</h2>
    {kv([("Számla nettó összege", doc.N(doc.net)), ("Számla áfa összege", doc.N(doc.vat)),
         ("Számla bruttó összege", doc.N(doc.gross))])}
    <div class='small' style='margin-top:6mm'>Lekérdezés ideje: {E(o.get('queried', ''))} · 1. oldal</div>
    """
    return page(css, body)


# G: utility bill — a summary page and a detail page
def t_utility(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    .brand { font-size: 18pt; font-weight: bold; color: #0a6b3d; }
    .p1 { page-break-after: always; }
    .hl { background:#0a6b3d; color:#fff; padding: 3mm; margin-top: 5mm; display:flex; justify-content:space-between; }
    .hl .big { font-size: 18pt; font-weight: bold; }
    .two { display:flex; gap: 6mm; margin-top: 5mm; } .two > div { flex:1; }
    .kv td:first-child { color:#555; } .kv td:last-child { text-align:right; font-weight:bold; }
    h2 { font-size: 10.5pt; border-bottom: 2px solid #0a6b3d; margin: 5mm 0 2mm 0; }
    .items th { border-bottom: 1px solid #0a6b3d; font-size: 7.5pt; }
    .items td { border-bottom: 1px solid #e4e4e4; }
    .groups th { border-bottom: 1px solid #0a6b3d; }
    .foot { margin-top: 8mm; font-size: 7pt; color: #666; }
    """
    s, b = doc.seller, doc.buyer
    body = f"""
    <div class='p1'>
      <div class='brand'>{E(o['brand'])}</div><div class='small'>{E(s.name)} · {E(s.address)}</div>
      <div class='two'><div><div class='small'>Számlafizető / Vevő</div>{party_html(b)}
          <div>Felhasználási hely: {E(o['site'])}</div><div>Felhasználó azonosító: {E(o['customer_no'])}</div></div>
        <div><table class='kv'><tr><td>{E(o.get('title_small', 'Számla'))} sorszáma</td><td>{E(doc.number)}</td></tr>
          <tr><td>Számla kelte</td><td>{doc.D(doc.issue)}</td></tr>
          <tr><td>Elszámolt időszak</td><td>{E(o['period'])}</td></tr>
          <tr><td>Teljesítés időpontja</td><td>{doc.D(doc.fulfil)}</td></tr>
          <tr><td>Fizetési határidő</td><td>{doc.D(doc.due)}</td></tr>
          <tr><td>Fizetési mód</td><td>{E(doc.pay)}</td></tr></table></div></div>
      <div class='hl'><div>Fizetendő összeg<div class='small' style='color:#dfe'>Fizetési határidő:
        {doc.D(doc.due)}</div></div><div class='big'>{doc.M(doc.payable)}</div></div>
      <h2>Számlaösszesítő</h2>
      {groups_html(doc, title='Áfakulcs', labels=('Áfakulcs', 'Nettó összeg', 'Áfa összeg', 'Bruttó összeg'),
                   total_label='Számla végösszege')}
      <h2>Tájékoztató adatok</h2>{''.join(f'<p>{E(x)}</p>' for x in o.get('info', []))}
      <div class='foot'>Eladó: {E(s.name)}, {E(s.address)} · Adószám: {E(s.tax or '')}
        · Bankszámla: {E(s.bank or '')} · 1/2. oldal</div>
    </div>
    <div>
      <div class='brand' style='font-size:12pt'>{E(o['brand'])} – részletező</div>
      <div>Számla sorszáma: {E(doc.number)}</div>
      <h2>Elszámolás részletezése</h2>
      {items_html(doc, ['desc', 'qty', 'unit', 'price', 'net', 'rate', 'vat', 'gross'],
                  head={'price': 'Egységár', 'net': 'Nettó', 'vat': 'Áfa', 'gross': 'Bruttó'})}
      {notes_html(doc)}
      <div class='foot'>{E(o.get('footer', ''))} · 2/2. oldal</div>
    </div>
    """
    return page(css, body)


# H: Austrian supplier — German/English with Hungarian twins, EUR, reverse charge
def t_austria(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    body { font-size: 9pt; }
    .head { display:flex; justify-content:space-between; }
    .firm { font-size: 15pt; font-weight: bold; color: #a0001e; }
    .addr { margin-top: 10mm; }
    h1 { font-size: 14pt; margin: 8mm 0 2mm 0; }
    .kv td:first-child { color:#444; }
    .items th { border-bottom:1px solid #000; font-size:7.8pt; }
    .items td { border-bottom:1px solid #ddd; }
    .tot { width: 60%; margin-left:auto; margin-top: 3mm; } .tot td:last-child { text-align: right; }
    .foot { margin-top: 10mm; font-size: 7pt; display:grid; grid-template-columns: 1fr 1fr 1fr; gap: 4mm; color:#333; }
    """
    s, b = doc.seller, doc.buyer
    vat_row = f"<tr><td>USt 0 % / VAT 0 % / ÁFA 0 %</td><td>{doc.M(doc.vat)}</td></tr>"
    body = f"""
    <div class='head'><div class='firm'>{E(s.name)}</div><div class='small r'>{E(s.address)}<br>
      UID-Nr. / VAT ID / Közösségi adószám: {E(s.vat or '')}</div></div>
    <div class='addr'><div class='small'>Rechnungsempfänger / Bill to / Vevő</div>
      <div class='b'>{E(b.name)}</div><div>{E(b.address)}</div>
      <div>UID-Nr. / VAT ID / Közösségi adószám: {E(b.vat or '')}</div></div>
    <h1>Rechnung / Invoice / Számla</h1>
    <table class='kv' style='width:65%'>
      <tr><td>Rechnungsnummer / Invoice no. / Számlaszám</td><td class='b'>{E(doc.number)}</td></tr>
      <tr><td>Rechnungsdatum / Invoice date / Számla kelte</td><td>{doc.D(doc.issue)}</td></tr>
      <tr><td>Lieferdatum / Delivery date / Teljesítés dátuma</td><td>{doc.D(doc.fulfil)}</td></tr>
      <tr><td>Fällig am / Due date / Fizetési határidő</td><td>{doc.D(doc.due)}</td></tr>
      <tr><td>Ihre Bestellung / Your order / Megrendelés</td><td>{E(doc.order_ref or '')}</td></tr></table>
    {items_html(doc, ['no', 'desc', 'qty', 'unit', 'price', 'net'],
                head={'no': 'Pos.', 'desc': 'Bezeichnung / Description / Megnevezés', 'qty': 'Menge / Qty',
                      'unit': 'Einh.', 'price': 'Einzelpreis / Unit price', 'net': 'Betrag / Amount'})}
    <table class='tot'>
      <tr><td>Nettobetrag / Net amount / Nettó összeg</td><td>{doc.M(doc.net)}</td></tr>
      {vat_row}
      <tr class='b'><td>Gesamtbetrag / Total / Bruttó összesen</td><td>{doc.M(doc.gross)}</td></tr></table>
    {notes_html(doc)}
    <div class='foot'><div>{E(s.name)}<br>{E(s.address)}<br>{E(' · '.join(s.extra))}</div>
      <div>Bank: {E(s.bank or '')}<br>IBAN: {E(s.iban or '')}</div><div>Seite 1 von 1 / Page 1 of 1</div></div>
    """
    return page(css, body)


# I: restaurant cash invoice — a narrow slip
def t_receipt(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    @page { size: 80mm 210mm; margin: 4mm; }
    body { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; }
    .c { text-align:center; } hr { border:0; border-top:1px dashed #000; }
    .items th, .groups th { font-weight: normal; border-bottom: 1px dashed #000; text-align:left; }
    .line { display:flex; justify-content:space-between; }
    """
    s, b = doc.seller, doc.buyer
    lines = "".join(f"<div>{E(ln.desc)}</div><div class='line'><span>{doc.Q(ln.qty)} x {doc.P(ln.price)}"
                    f" ({ln.rate})</span><span>{doc.N(ln.gross)}</span></div>" for ln in doc.lines)
    body = f"""
    <div class='c b'>{E(s.name)}</div><div class='c'>{E(s.address)}</div><div class='c'>Adószám: {E(s.tax or '')}</div>
    <hr><div class='c b'>{E(doc.title)}</div>
    <div>Sorszám: {E(doc.number)}</div>
    <div>Kelt: {doc.D(doc.issue)}</div><div>Teljesítés: {doc.D(doc.fulfil)}</div>
    <div>Fizetési mód: {E(doc.pay)}</div><hr>
    <div>Vevő: {E(b.name)}</div><div>{E(b.address)}</div><hr>
    {lines}<hr>
    <table class='groups'><tr><th>Kulcs</th><th class='r'>Nettó</th><th class='r'>Áfa</th></tr>
    {''.join(f"<tr><td>{r}</td><td class='r'>{doc.N(n)}</td><td class='r'>{doc.N(v)}</td></tr>" for r, n, v, _ in doc.groups)}
    </table><hr>
    <div class='line'><span>Nettó összesen:</span><span>{doc.N(doc.net)} Ft</span></div>
    <div class='line'><span>Áfa összesen:</span><span>{doc.N(doc.vat)} Ft</span></div>
    <div class='line b'><span>Bruttó összesen:</span><span>{doc.N(doc.gross)} Ft</span></div>
    <div class='line'><span>Kerekítés:</span><span>{doc.N(doc.payable - doc.gross)} Ft</span></div>
    <div class='line b' style='font-size:9pt'><span>FIZETENDŐ:</span><span>{doc.N(doc.payable)} Ft</span></div>
    <hr>{notes_html(doc)}<div class='c small'>{E(o.get('footer', ''))}</div>
    """
    return page(css, body)


# J: wholesaler — compact header box with values right of labels, long discounted table
def t_wholesale(doc: Doc, o: dict[str, Any]) -> str:
    css = """
    body { font-size: 8pt; }
    .hd { display:grid; grid-template-columns: 1.2fr 1fr 1fr; gap: 3mm; border: 1.5px solid #333; padding: 2mm; }
    h1 { font-size: 15pt; margin: 0; }
    .kv td { padding: 0 3px; white-space: nowrap; } .kv td:first-child { color:#444; white-space: nowrap; }
    .items { margin-top: 3mm; } .items th { background: #ddd; font-size: 7pt; }
    .items tr:nth-child(even) td { background: #f4f4f4; }
    .bottom { display:grid; grid-template-columns: 1fr 1fr; gap: 5mm; margin-top: 3mm; }
    .grand { border: 2px solid #000; padding: 2mm; font-size: 11pt; font-weight: bold; display:flex;
             justify-content:space-between; margin-top: 2mm; }
    .foot { margin-top: 5mm; font-size: 6.5pt; color:#555; display:flex; justify-content:space-between; }
    """
    kv = [("Számla száma:", doc.number), ("Kiállítás dátuma:", doc.D(doc.issue)),
          ("Teljesítés dátuma:", doc.D(doc.fulfil)), ("Fizetési határidő:", doc.D(doc.due)),
          ("Fizetési mód:", doc.pay), ("Szállítólevél:", o.get("delivery", "")), ("Rendelésszám:", doc.order_ref or "")]
    body = f"""
    <div class='hd'><div><h1>{E(doc.title)}</h1><div class='small'>Eladó</div>{party_html(doc.seller)}</div>
      <div><div class='small'>Vevő</div>{party_html(doc.buyer)}</div>
      <div><table class='kv'>{''.join(f'<tr><td>{E(k)}</td><td class="b">{E(v)}</td></tr>' for k, v in kv if v)}
      </table></div></div>
    {items_html(doc, ['no', 'desc', 'qty', 'unit', 'price', 'disc', 'net', 'rate', 'vat', 'gross'],
                head={'desc': 'Cikk megnevezése', 'price': 'Listaár', 'disc': 'Kedvezmény', 'net': 'Nettó',
                      'vat': 'ÁFA', 'gross': 'Bruttó'})}
    <div class='bottom'><div>{notes_html(doc)}</div><div>
      {groups_html(doc, title='ÁFA', labels=('ÁFA', 'Nettó', 'ÁFA összeg', 'Bruttó'), total_label='Összesen')}
      <div class='grand'><span>Bruttó összesen:</span><span>{doc.M(doc.gross)}</span></div></div></div>
    <div class='foot'><span>{E(o.get('footer', ''))}</span><span>Oldal 1</span></div>
    """
    return page(css, body)


TEMPLATES = {"szamlazz": t_szamlazz, "billingo": t_billingo, "kulcs": t_kulcs, "novitax": t_novitax,
             "sap": t_sap, "nav": t_nav, "utility": t_utility, "austria": t_austria, "receipt": t_receipt,
             "wholesale": t_wholesale}


# ----------------------------------------------------------------------------------------------
# reportlab pages (a different producer and a hand-drawn look)


def _reportlab(doc: Doc, o: dict[str, Any], out: Path) -> None:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
    from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
    from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

    fonts = {"Sans": "DejaVuSans.ttf", "SansB": "DejaVuSans-Bold.ttf", "Serif": "DejaVuSerif.ttf",
             "SerifB": "DejaVuSerif-Bold.ttf"}
    for name, file in fonts.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, f"/usr/share/fonts/truetype/dejavu/{file}"))
    style = o["style"]
    reg, bold = ("Serif", "SerifB") if style == "serif" else ("Sans", "SansB")
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(f"{doc.title} {doc.number}")
    c.setAuthor(doc.seller.name)
    w, h = A4
    y = h - 50

    def text(x: float, yy: float, s: str, size: float = 9, b: bool = False, right: bool = False) -> None:
        c.setFont(bold if b else reg, size)
        (c.drawRightString if right else c.drawString)(x, yy, s)

    s, b = doc.seller, doc.buyer
    if style == "serif":  # accountant / lawyer: letterhead, stacked blocks, labels left, values right of them
        text(50, y, s.name, 14, True)
        text(50, y - 14, s.address, 8.5)
        text(50, y - 26, f"Adószám: {s.tax}" + (f" · Bankszámla: {s.bank}" if s.bank else ""), 8.5)
        c.line(50, y - 34, w - 50, y - 34)
        y -= 62
        text(w / 2, y, doc.title, 15, True)
        y -= 30
        meta = [(o.get("l_number", "Számlaszám:"), doc.number), (o.get("l_issue", "Kelt:"), doc.D(doc.issue)),
                (o.get("l_fulfil", "Teljesítés napja:"), doc.D(doc.fulfil)),
                (o.get("l_due", "Esedékesség:"), doc.D(doc.due)), ("Fizetés módja:", doc.pay)]
        text(50, y, "Megbízó:", 9, True)
        text(120, y, b.name, 9, True)
        text(120, y - 12, b.address)
        if b.tax:
            text(120, y - 24, f"Adószám: {b.tax}")
        yy = y
        for k, v in meta:
            if v:
                text(360, yy, k, 8.5)
                text(w - 50, yy, v, 9, True, right=True)
                yy -= 13
        y = min(y - 40, yy) - 20
    else:  # farmer / printing house: boxed header, parties in two boxes
        c.setLineWidth(1.2)
        c.rect(40, y - 20, w - 80, 34)
        text(50, y - 8, doc.title, 16, True)
        text(w - 50, y - 8, f"{o.get('l_number', 'Sorszám:')} {doc.number}", 11, True, right=True)
        y -= 40
        c.rect(40, y - 88, (w - 80) / 2 - 5, 88)
        c.rect(w / 2 + 5, y - 88, (w - 80) / 2 - 5, 88)
        for x0, cap, p in ((48, o.get("l_seller", "Eladó"), s), (w / 2 + 13, o.get("l_buyer", "Vevő"), b)):
            text(x0, y - 12, cap, 7.5)
            text(x0, y - 26, p.name, 10, True)
            text(x0, y - 39, p.address, 8.5)
            yy = y - 52
            for extra in ([f"Adószám: {p.tax}"] if p.tax else []) + p.extra + (
                    [f"Számlaszám: {p.bank}"] if p.bank else []):
                text(x0, yy, extra, 8)
                yy -= 11
        y -= 100
        labels = [(o.get("l_issue", "Kiállítás kelte"), doc.D(doc.issue)),
                  (o.get("l_fulfil", "Teljesítés kelte"), doc.D(doc.fulfil)),
                  (o.get("l_due", "Fizetési határidő"), doc.D(doc.due)), ("Fizetési mód", doc.pay)]
        labels = [x for x in labels if x[1]]
        cw = (w - 80) / len(labels)
        for i, (k, v) in enumerate(labels):
            c.rect(40 + i * cw, y - 30, cw, 30)
            text(46 + i * cw, y - 10, k, 7)
            text(46 + i * cw, y - 24, v, 9.5, True)
        y -= 50
    if doc.order_ref:
        text(50, y, f"Megrendelés: {doc.order_ref}", 8.5)
        y -= 16
    # items
    cols = [("Megnevezés", 50, False), ("Menny.", 290, True), ("Egységár", 345, True), ("Nettó", 405, True),
            ("ÁFA", 440, True), ("ÁFA össz.", 490, True), ("Bruttó", w - 50, True)]
    for name, x, right in cols:
        text(x, y, name, 8, True, right=right)
    c.line(48, y - 4, w - 48, y - 4)
    y -= 16
    for ln in doc.lines:
        vals = [ln.desc, f"{doc.Q(ln.qty)} {ln.unit}", doc.P(ln.price), doc.N(ln.net), ln.rate, doc.N(ln.vat),
                doc.N(ln.gross)]
        for (_, x, right), v in zip(cols, vals, strict=True):
            text(x, y, v, 8.5, right=right)
        y -= 13
    c.line(48, y + 6, w - 48, y + 6)
    y -= 10
    for k, v, bb in ((o.get("l_net", "Nettó összesen:"), doc.M(doc.net), False),
                     (o.get("l_vat", "ÁFA összesen:"), doc.M(doc.vat), False),
                     (o.get("l_gross", "Bruttó összesen:"), doc.M(doc.gross), True)):
        text(330, y, k, 9.5 if bb else 9, bb)
        text(w - 50, y, v, 10.5 if bb else 9, bb, right=True)
        y -= 15
    y -= 10
    for n in doc.notes:
        text(50, y, n, 8)
        y -= 12
    text(50, 40, o.get("footer", ""), 7)
    text(w - 50, 40, "1/1", 7, right=True)
    c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------------
# the documents

BANKS = ("11773016-01234567-00000000", "10918001-00000068-74450007", "12010659-01598743-00100002",
         "10700024-70312345-51100005", "11600006-00000000-84569021", "10402142-50526785-49841009")


def documents() -> list[tuple[Doc, str, dict[str, Any]]]:
    out: list[tuple[Doc, str, dict[str, Any]]] = []

    def add(doc: Doc, template: str, **o: Any) -> None:
        out.append((doc, template, o))

    me = party("Kőrisfa Vendéglátó és Kereskedelmi Kft.", "6720 Szeged, Tisza Lajos krt. 41.", "2745183", 2, 6)
    me2 = party("Duna-Menti Logisztikai Zrt.", "2040 Budaörs, Szabadság út 117.", "1489326", 2, 13)
    me3 = party("Pannon Fémtechnika Kft.", "9027 Győr, Ipar utca 12/B.", "2311907", 2, 8)
    me4 = party("Bakonyi Ablak Szerviz Bt.", "8200 Veszprém, Budapest út 55.", "2069734", 2, 19)
    me5 = party("Zöldlevél Irodaház Üzemeltető Kft.", "1139 Budapest, Váci út 99.", "2536409", 2, 41)

    # 01 wholesaler, 20 rows with a discount column
    groceries = [("Napraforgó étolaj 1 l", 120, "db", 689), ("Kristálycukor 1 kg", 200, "kg", 429),
                 ("Finomliszt BL55 1 kg", 300, "kg", 259), ("Tartós tej 2,8% 1 l", 240, "db", 389),
                 ("Száraztészta spagetti 500 g", 150, "db", 315), ("Rizs hosszú szemű 1 kg", 100, "kg", 749),
                 ("Paradicsomsűrítmény 70 g", 180, "db", 119), ("Mosogatószer 1 l", 60, "db", 549),
                 ("Toalettpapír 8 tekercs", 80, "cs", 1290), ("Ásványvíz szénsavas 1,5 l", 360, "db", 129),
                 ("Kávé őrölt 250 g", 90, "db", 1890), ("Tea filteres 20 db", 70, "doboz", 449),
                 ("Konzerv kukorica 340 g", 120, "db", 399), ("Só finom 1 kg", 100, "kg", 189),
                 ("Ecet 10% 1 l", 60, "db", 259), ("Mustár 500 g", 48, "db", 459),
                 ("Majonéz 410 g", 48, "db", 899), ("Keksz háztartási 180 g", 144, "db", 289),
                 ("Szalvéta 100 db", 50, "cs", 349), ("Papírtörlő 2 tekercs", 60, "cs", 699)]
    wl = [L(n, q, u, p, "27%", disc=(8 if i % 3 == 0 else 5 if i % 3 == 1 else 0)) for i, (n, q, u, p)
          in enumerate(groceries)]
    add(Doc("c01_nagyker", "blind_c_wholesale", "normal", "SZÁMLA", "NK-2025/018734", d(2025, 10, 15),
            d(2025, 10, 15), d(2025, 11, 14), "HUF",
            party("Alföldi Élelmiszer Nagykereskedés Kft.", "6000 Kecskemét, Izsáki út 8.", "1387562", 2, 3,
                  bank=BANKS[0]), me, wl, sep=".", order_ref="RND-25-0412",
            notes=["A kedvezmény a listaárból számított.", "Az áru a kifizetésig az eladó tulajdona."]),
        "wholesale", delivery="SZL-2025-44187", footer="Nagyker-ERP 7.2 · ügyintéző: Horváth Anita")

    # 02 printing house — Számlázz.hu style
    add(Doc("c02_nyomda", "blind_c_szamlazz_print", "normal", "Számla", "NYD-2025-00417", d(2025, 10, 3),
            d(2025, 10, 1), d(2025, 10, 18), "HUF",
            party("Gutenberg Műhely Nyomdaipari Kft.", "1097 Budapest, Gubacsi út 6.", "1265880", 2, 43,
                  bank=BANKS[1]), me4,
            [L("Szórólap A5, 4+4 szín, 135 g műnyomó", 5000, "db", 18), L("Névjegykártya 2 névre", 2, "csomag", 8500),
             L("Roll-up 85×200 cm, grafikai tervezéssel", 1, "db", 39900), L("Kiszállítás", 1, "alkalom", 4500)],
            date_form="dot", sep=" "),
        "szamlazz")

    # 03 software licence in EUR, MNB rate, VAT also in HUF — Billingo style
    add(Doc("c03_licenc_eur", "blind_c_billingo_eur", "normal", "Számla", "BLG-2025-1024", d(2025, 10, 6),
            d(2025, 10, 6), d(2025, 10, 21), "EUR",
            party("Kódkovács Szoftverfejlesztő Kft.", "1117 Budapest, Infopark sétány 1.", "2598347", 2, 43, eu=True,
                  iban="HU42 1177 3016 1111 1018 0000 0000"), me3,
            [L("ERP modul éves licenc (2025.10.06–2026.10.05.)", 1, "db", "1250.00"),
             L("Felhasználói licenc bővítés", 5, "db", "48.50"), L("Bevezetési tanácsadás", 3, "óra", "75.00")],
            date_form="dot_space", sep=" ", cur_label="EUR", fx=Decimal("389.45"),
            notes=["Az áfa összegét az MNB által közzétett hivatalos devizaárfolyamon számítottuk át."]),
        "billingo")

    # 04 accountant's monthly fee — reportlab, serif letterhead
    add(Doc("c04_konyveles", "blind_c_rl_accountant", "normal", "SZÁMLA", "2025/0198", d(2025, 10, 2),
            d(2025, 9, 30), d(2025, 10, 10), "HUF",
            party("Mérleg-Pont Könyvelő Iroda Kft.", "8000 Székesfehérvár, Palotai út 3.", "2417390", 2, 7,
                  bank=BANKS[2]), me,
            [L("Könyvelési díj 2025. szeptember", 1, "hó", 85000), L("Bérszámfejtés (6 fő)", 6, "fő", 4500),
             L("NAV bevallások elkészítése", 1, "db", 12000)],
            date_form="long", sep=" ", pay="Átutalás"),
        "reportlab", style="serif", l_number="Számla sorszáma:", l_issue="Számla kelte:",
        footer="Könyvelő iroda · számla készült a Számla-Kisokos programmal")

    # 05 cleaning company — Novitax style
    add(Doc("c05_takaritas", "blind_c_novitax_clean", "normal", "SZÁMLA", "TK/2025/00311", d(2025, 10, 31),
            d(2025, 10, 31), d(2025, 11, 15), "HUF",
            party("Csillogó Takarítás Szolgáltató Kft.", "4025 Debrecen, Piac utca 20.", "1893022", 2, 9,
                  bank=BANKS[3]), me5,
            [L("Irodatakarítás 2025. október (2 400 m²)", 1, "hó", 640000),
             L("Ablaktisztítás, külső homlokzat", 380, "m²", 450),
             L("Higiéniai anyagok utántöltése", 1, "tétel", 38600)],
            date_form="dot", sep="\u00a0"),
        "novitax")

    # 06 electricity bill, two pages
    add(Doc("c06_villany", "blind_c_utility_power", "normal", "Számla", "VE25101234567", d(2025, 10, 8),
            d(2025, 10, 8), d(2025, 10, 23), "HUF",
            party("Fényforrás Energiakereskedő Zrt.", "1132 Budapest, Váci út 72–74.", "1029775", 4, 44,
                  bank=BANKS[4]), me3,
            [L("Villamos energia, egyetemes szolgáltatás (2025.09.01–09.30.)", 4120, "kWh", "38.72"),
             L("Rendszerhasználati díj – átviteli", 4120, "kWh", "3.214"),
             L("Rendszerhasználati díj – elosztói forgalmi", 4120, "kWh", "12.118"),
             L("Teljesítménydíj", 3, "hó·kW", 1850), L("Energiaadó", "4.12", "MWh", "310.50"),
             L("Pénzeszközök (KÁT/METÁR)", 4120, "kWh", "1.85")],
            date_form="dot", sep=" ", pay="Csoportos beszedés"),
        "utility", brand="FÉNYFORRÁS energia", site="9027 Győr, Ipar utca 12/B.", customer_no="30001478221",
        period="2025.09.01.–2025.09.30.", title_small="Számla",
        info=["Mérőóra: 11045632, induló állás 158 320 kWh, záró állás 162 440 kWh.",
              "Következő leolvasás várható ideje: 2025. 12."], footer="Energiaszámla – ügyfélszolgálat: 06 80 000 000")

    # 07 district heating (távhő), 5 %
    add(Doc("c07_tavho", "blind_c_utility_heat", "normal", "Távhőszolgáltatási számla", "TH-2025-0887412",
            d(2025, 11, 5), d(2025, 10, 31), d(2025, 11, 20), "HUF",
            party("Városi Távhőszolgáltató Nonprofit Zrt.", "7621 Pécs, Siklósi út 52.", "1153301", 2, 2,
                  bank=BANKS[5]), party("Platán Lakásszövetkezet", "7624 Pécs, Szigeti út 41.", "1892011", 1, 2),
            [L("Alapdíj (légtérfogat alapján)", 4210, "lm³", "43.40", "5%"),
             L("Hődíj", "182.6", "GJ", 6184, "5%"), L("Használati melegvíz felmelegítés", 96, "m³", 1102, "5%")],
            date_form="dot", sep=" ", pay="Átutalás"),
        "utility", brand="VÁROSI TÁVHŐ", site="7624 Pécs, Szigeti út 41. (hőközpont 12)", customer_no="TH-048812",
        period="2025.10.01.–2025.10.31.", title_small="Számla",
        info=["A hőmennyiségmérő állása: 18 412,3 GJ.", "A távhő áfája 5% (Áfa tv. 3. számú melléklet)."],
        footer="Távhőszolgáltató")

    # 08 internet provider — 5 % internet access, 27 % TV and equipment; Kulcs-Soft style
    add(Doc("c08_internet", "blind_c_kulcs_isp", "normal", "SZÁMLA", "NET-25-7741203", d(2025, 10, 1),
            d(2025, 10, 1), d(2025, 10, 16), "HUF",
            party("GyorsNet Telekommunikációs Kft.", "3300 Eger, Széchenyi utca 40.", "2213894", 2, 10,
                  bank=BANKS[0]), me2,
            [L("Üzleti internet 1000/300 Mbit/s, 2025. október", 1, "hó", 19990, "5%"),
             L("Fix IP-cím (4 db)", 1, "hó", 4000, "5%"), L("IPTV alapcsomag", 1, "hó", 6490, "27%"),
             L("Wi-Fi router bérleti díj", 1, "hó", 990, "27%")],
            date_form="short", sep=" "),
        "kulcs", footer="Kulcs-Számla · Kulcs-Soft")

    # 09 freight forwarder: EUR, EU buyer with a VAT number only, intra-community exempt supply
    add(Doc("c09_fuvar_eu", "blind_c_sap_freight", "normal", "Számla / Invoice", "5100004471", d(2025, 10, 14),
            d(2025, 10, 10), d(2025, 11, 13), "EUR",
            party("TransDanubia Szállítmányozási Kft.", "2051 Biatorbágy, Rozália park 2.", "1956442", 2, 13, eu=True,
                  bank="10918001-00000068-11110008", iban="HU93 1091 8001 0000 0068 1111 0008",
                  extra=["Cg. 13-09-154876"]),
            Party("Tatra Stavebniny s.r.o.", "831 04 Bratislava, Vajnorská 98, Slovensko", None, "SK2021458736"),
            [L("Raklapos áru (fenyő rétegelt lemez), 24 raklap", 24, "raklap", "312.00", "KBAET"),
             L("Fuvarozás Budapest–Pozsony (belföldi szakasz díja nélkül)", 1, "fuvar", "640.00", "KBAET"),
             L("Rakodás, csomagolás", 24, "raklap", "8.50", "KBAET")],
            date_form="de", sep=".", cur_label="EUR", order_ref="PO-SK-88213",
            notes=["Közösségen belüli adómentes értékesítés – Áfa tv. 89. § / Intra-Community supply, exempt "
                   "(Art. 138 Directive 2006/112/EC)"]),
        "sap", customer_no="200871", terms="30 nap / 30 days net", logo="TRANSDANUBIA",
        footer="SAP S/4HANA · Oldal / Page 1 / 1")

    # 10 Austrian supplier, EUR, reverse charge
    add(Doc("c10_osztrak", "blind_c_austria_rc", "normal", "Rechnung", "RE-2025-04418", d(2025, 10, 9),
            d(2025, 10, 7), d(2025, 10, 23), "EUR",
            Party("Alpenholz Maschinenbau GmbH", "4020 Linz, Industriezeile 47, Österreich", None, "ATU58473921",
                  "Raiffeisenlandesbank OÖ", "AT61 3400 0000 0123 4567", ["FN 214587 k, Landesgericht Linz"]),
            Party(me4.name, me4.address, None, hu_vat(me4.tax or "")),
            [L("Ersatzteil Spindelmotor / Spare spindle motor SM-220", 1, "Stk", "2840.00", "FAD"),
             L("Frästeile Satz / Milling parts set", 2, "Satz", "415.50", "FAD"),
             L("Versandkosten / Shipping", 1, "psch", "95.00", "FAD")],
            date_form="de", sep=".", cur_label="EUR", cur_before=True, order_ref="BA-2025/117",
            notes=["Steuerschuldnerschaft des Leistungsempfängers / Reverse charge / Fordított adózás "
                   "(Art. 196 MwSt-RL).", "Zahlbar innerhalb 14 Tagen ohne Abzug."]),
        "austria")

    # 11 restaurant cash invoice, private buyer, rounding to 5 Ft
    add(Doc("c11_etterem", "blind_c_receipt_cash", "normal", "SZÁMLA", "ÉTT-2025-004512", d(2025, 10, 17),
            d(2025, 10, 17), None, "HUF",
            party("Kőrisfa Vendéglátó és Kereskedelmi Kft.", "6720 Szeged, Tisza Lajos krt. 41.", "2745183", 2, 6),
            Party("Kovács Péter", "6724 Szeged, Kossuth Lajos sgt. 88."),
            [L("Gulyásleves", 2, "adag", 2190, "5%"), L("Rántott csirkemell burgonyapürével", 2, "adag", 3890, "5%"),
             L("Somlói galuska", 1, "adag", 1690, "5%"), L("Ásványvíz 0,75 l", 1, "üveg", 1290, "5%"),
             L("Szekszárdi vörösbor 0,75 l", 1, "üveg", 6390, "27%")],
            date_form="dot", sep=" ", pay="Készpénz", rounding=True,
            notes=["A készpénzes fizetés 5 forintra kerekítve.", "Köszönjük, hogy nálunk vendégeskedett!"]),
        "receipt", footer="Vendéglátó pénztár-számlázó")

    # 12 training company, TAM (Áfa tv. 85. §)
    add(Doc("c12_kepzes_tam", "blind_c_billingo_training", "normal", "Számla", "KPZ-2025-0233", d(2025, 10, 20),
            d(2025, 10, 17), d(2025, 11, 4), "HUF",
            party("Tudásfa Felnőttképző Kft.", "1088 Budapest, Rákóczi út 19.", "2750961", 1, 42, bank=BANKS[1],
                  extra=["Felnőttképzési nyilvántartási szám: B/2020/001234"]), me2,
            [L("Targoncavezető tanfolyam (OKJ-n kívüli), 2025.10.13–17.", 4, "fő", 89000, "TAM"),
             L("Vizsgadíj", 4, "fő", 18000, "TAM")],
            date_form="dot", sep=".", cur_label="Ft",
            notes=["Tárgyi adómentes – Áfa tv. 85. § (1) bekezdés e) pont."]),
        "billingo", labels={"number": "Sorszám", "issue": "Kelt", "due": "Esedékesség"},
        footer="Billingo – online számlázó · billingo.hu")

    # 13 farmer (őstermelő), AAM — reportlab boxed
    add(Doc("c13_ostermelo", "blind_c_rl_farmer", "normal", "SZÁMLA", "ŐT-2025/014", d(2025, 9, 26),
            d(2025, 9, 26), d(2025, 10, 3), "HUF",
            Party("Szabó Imre őstermelő", "6640 Csongrád, Tanya 412.", tax_number("8412573", 1, 6), None, None,
                  None, ["Őstermelői igazolvány száma: 62-0041287"]),
            me,
            [L("Paprika (kápia), I. osztály", 340, "kg", 650, "AAM"),
             L("Paradicsom, fürtös", 220, "kg", 540, "AAM"), L("Burgonya (Desiree)", 500, "kg", 210, "AAM")],
            date_form="dot", sep=" ", pay="Átutalás",
            notes=["Alanyi adómentes (AAM) – Áfa tv. XIII. fejezet.", "Mezőgazdasági őstermelő."]),
        "reportlab", style="boxed", l_number="Sorszám:", footer="Kézi számlatömb helyett: kiállítva számítógéppel")

    # 14 advance invoice (előlegszámla) and 15 its final invoice (végszámla)
    adv_no = "E-2025-0052"
    add(Doc("c14_eloleg", "blind_c_kulcs_advance", "advance", "ELŐLEGSZÁMLA", adv_no, d(2025, 9, 12),
            d(2025, 9, 12), d(2025, 9, 19), "HUF",
            party("Bástya Építőipari Kft.", "9400 Sopron, Bécsi út 77.", "2604117", 2, 8, bank=BANKS[2]), me5,
            [L("Előleg a 2025/21. sz. szerződés szerinti tetőfelújításra (30%)", 1, "db", 1650000)],
            date_form="dot", sep=" ",
            notes=["Előleg fizetéséről kiállított számla. Teljesítés időpontja az előleg jóváírásának napja."]),
        "kulcs",
        labels={"fulfil": "Előleg jóváírásának dátuma"})
    add(Doc("c15_vegszamla", "blind_c_kulcs_final", "final", "VÉGSZÁMLA", "V-2025-0119", d(2025, 10, 29),
            d(2025, 10, 27), d(2025, 11, 8), "HUF",
            party("Bástya Építőipari Kft.", "9400 Sopron, Bécsi út 77.", "2604117", 2, 8, bank=BANKS[2]), me5,
            [L("Tetőfelújítás a 2025/21. sz. szerződés szerint", 1, "db", 5500000),
             L(f"Levonva: {adv_no} sz. előlegszámla", -1, "db", 1650000)],
            date_form="dot", sep=" ",
            notes=[f"A {adv_no} számú előlegszámlán kiszámlázott előleg levonásra került."]),
        "kulcs")

    # 16 storno of a printing invoice
    add(Doc("c16_sztorno", "blind_c_szamlazz_storno", "storno", "SZTORNÓ SZÁMLA", "NYD-2025-00431",
            d(2025, 10, 9), d(2025, 10, 1), d(2025, 10, 9), "HUF",
            party("Gutenberg Műhely Nyomdaipari Kft.", "1097 Budapest, Gubacsi út 6.", "1265880", 2, 43,
                  bank=BANKS[1]), me4,
            [L("Szórólap A5, 4+4 szín, 135 g műnyomó", -5000, "db", 18),
             L("Kiszállítás", -1, "alkalom", 4500)],
            date_form="dot", sep=" ", preceding="NYD-2025-00417",
            notes=["Érvénytelenítő számla. Az eredeti számla hibás vevőadat miatt érvénytelenítve."]),
        "szamlazz", prec_label="Érvénytelenített számla sorszáma:", subtitle="Érvénytelenítő számla")

    # 17 módosító számla (price correction)
    add(Doc("c17_modosito", "blind_c_novitax_correction", "correction", "MÓDOSÍTÓ SZÁMLA", "TK/2025/00329",
            d(2025, 11, 6), d(2025, 10, 31), d(2025, 11, 21), "HUF",
            party("Csillogó Takarítás Szolgáltató Kft.", "4025 Debrecen, Piac utca 20.", "1893022", 2, 9,
                  bank=BANKS[3]), me5,
            [L("Ablaktisztítás, külső homlokzat – mennyiség helyesbítése", -40, "m²", 450),
             L("Higiéniai anyagok – árkorrekció", 1, "tétel", -6600)],
            date_form="dot", sep="\u00a0", preceding="TK/2025/00311",
            notes=["A módosítás oka: elszámolt mennyiség és ár helyesbítése. Különbözet: lásd fent."]),
        "novitax", prec_label="Módosított számla")

    # 18 díjbekérő (proforma)
    add(Doc("c18_dijbekero", "blind_c_billingo_proforma", "proforma", "Díjbekérő", "DB-2025-0871", d(2025, 10, 22),
            None, d(2025, 10, 29), "HUF",
            party("Webtér Tárhelyszolgáltató Kft.", "6722 Szeged, Kárász utca 5.", "2388915", 2, 6, bank=BANKS[4]),
            me,
            [L("Üzleti tárhely csomag, 12 hónap", 12, "hó", 3490), L("Domain megújítás (.hu), 1 év", 1, "db", 5990),
             L("SSL tanúsítvány, 1 év", 1, "db", 14900)],
            date_form="long", sep=" ",
            notes=["Ez a díjbekérő nem számla, áfa levonására nem jogosít. A számlát a befizetés után állítjuk ki."]),
        "billingo", labels={"issue": "Kelt"}, footer="Billingo – online számlázó")

    # 19 gyűjtőszámla
    deliveries = [("2025.10.03.", "SZL-1187", 40, 2890), ("2025.10.10.", "SZL-1203", 55, 2890),
                  ("2025.10.17.", "SZL-1221", 38, 2890), ("2025.10.24.", "SZL-1240", 60, 2890),
                  ("2025.10.31.", "SZL-1262", 42, 2890)]
    add(Doc("c19_gyujto", "blind_c_szamlazz_collective", "normal", "Gyűjtőszámla", "PK-2025-1031",
            d(2025, 11, 3), d(2025, 10, 31), d(2025, 11, 18), "HUF",
            party("Hajnalcsillag Pékség Kft.", "6800 Hódmezővásárhely, Andrássy út 15.", "2851340", 2, 6,
                  bank=BANKS[5]), me,
            [L(f"Fehér kenyér 1 kg – szállítás {dd} ({sz})", q, "db", 590, "5%") for dd, sz, q, _ in deliveries]
            + [L(f"Vajas kifli – szállítás {dd} ({sz})", q * 4, "db", 95, "18%") for dd, sz, q, _ in deliveries],
            date_form="dot", sep=" ",
            notes=["Gyűjtőszámla: a 2025. október hónapban teljesített szállítások alapján (Áfa tv. 163. §)."]),
        "szamlazz", cols=["desc", "qty", "unit", "price", "net", "rate", "vat", "gross"],
        footer="Számlázz.hu · online számlázás")

    # 20 pénzforgalmi elszámolás
    add(Doc("c20_penzforgalmi", "blind_c_rl_cashaccounting", "normal", "SZÁMLA", "2025-000087", d(2025, 10, 13),
            d(2025, 10, 10), d(2025, 10, 27), "HUF",
            party("Dr. Fekete és Társa Ügyvédi Iroda", "1054 Budapest, Alkotmány utca 10.", "1870523", 2, 41,
                  bank=BANKS[3]), me2,
            [L("Jogi tanácsadás, szerződés-felülvizsgálat", "6.5", "óra", 38000),
             L("Cégeljárás képviselete (változásbejegyzés)", 1, "db", 120000)],
            date_form="dot_space", sep=" ", notes=["Pénzforgalmi elszámolás"]),
        "reportlab", style="serif", l_issue="Kiállítás dátuma:", l_fulfil="Teljesítés dátuma:",
        l_due="Fizetési határidő:", footer="Ügyvédi iroda")

    # 21 SAP printout from a metals supplier, 27 %
    add(Doc("c21_sap_fem", "blind_c_sap_steel", "normal", "Számla / Invoice", "9500187342", d(2025, 10, 16),
            d(2025, 10, 15), d(2025, 12, 15), "HUF",
            party("Hungaro-Acél Kereskedelmi Zrt.", "2400 Dunaújváros, Vasmű tér 1–3.", "1072645", 2, 7, eu=True,
                  bank=BANKS[0], iban="HU12 1177 3016 0123 4567 0000 0000", extra=["Cg. 07-10-001234"]), me3,
            [L("Melegen hengerelt lemez S235JR 3×1500×3000", "4.820", "t", 289500),
             L("Zártszelvény 40×40×3 S235", "1.240", "t", 342000), L("Vágás, darabolás", 86, "db", 650),
             L("Szállítási díj", 1, "fuvar", 48000)],
            date_form="de", sep=".", cur_label="HUF", order_ref="4500091277"),
        "sap", customer_no="100458", terms="60 nap nettó", logo="HUNGARO-ACÉL")

    # 22 NAV számlakép printout
    add(Doc("c22_navkep", "blind_c_navkep", "normal", "Számlakép", "ABL/2025/0734", d(2025, 10, 21),
            d(2025, 10, 20), d(2025, 11, 5), "HUF",
            me4, party("Fenyves Panzió Kft.", "8230 Balatonfüred, Jókai Mór utca 30.", "2466178", 2, 19),
            [L("Műanyag ablak szerviz, vasalat beállítás", 14, "db", 6500), L("Tömítéscsere", 62, "fm", 1200),
             L("Kiszállási díj", 1, "alkalom", 9000)],
            date_form="iso", sep=" "),
        "nav", queried="2025-11-02 10:14:55")

    # 23 bakery supplier — 18 % and 5 %, Billingo style, ISO dates
    add(Doc("c23_tejtermek", "blind_c_billingo_dairy", "normal", "Számla", "TEJ-2025-05512", d(2025, 10, 24),
            d(2025, 10, 24), d(2025, 11, 3), "HUF",
            party("Mezőföldi Tejüzem Kft.", "7000 Sárbogárd, Ady Endre út 160.", "2913305", 2, 7, bank=BANKS[1]), me,
            [L("Trappista sajt, tömb", 24, "kg", 2980, "18%"), L("Tejföl 20% 5 kg", 6, "vödör", 6950, "18%"),
             L("Friss tej 2,8% 1 l", 80, "l", 329, "18%"), L("Tojás M, 30 db-os tálca", 10, "tálca", 2250, "5%"),
             L("Göngyölegdíj (rekesz)", 12, "db", 350, "27%")],
            date_form="iso", sep="\u2009", cur_label="Ft", order_ref="KF-0924"),
        "billingo", labels={"total": "Végösszeg"}, footer="Billingo – online számlázó")

    # 24 food wholesaler with all three reduced/normal rates — Kulcs-Soft style, HUF before amounts
    add(Doc("c24_kulcs_vegyes", "blind_c_kulcs_mixed", "normal", "SZÁMLA", "KS-2025/004471", d(2025, 10, 28),
            d(2025, 10, 27), d(2025, 11, 27), "HUF",
            party("Tiszántúli Élelmiszer Kft.", "5600 Békéscsaba, Szarvasi út 82.", "2159648", 2, 4, bank=BANKS[2]),
            me,
            [L("Sertéskaraj, csont nélkül", 35, "kg", 2190, "5%", disc=3), L("Pulykamell filé", 20, "kg", 3450, "5%"),
             L("Tej UHT 1,5%", 120, "l", 299, "18%"), L("Vaj 82% 250 g", 40, "db", 1290, "18%", disc=5),
             L("Narancslé 100% 1 l", 48, "db", 849, "27%"), L("Konyhai folpack", 6, "tekercs", 3290, "27%")],
            date_form="dot", sep=" ", cur_label="HUF", cur_before=True),
        "kulcs",
        labels={"number": "Számla sorszáma", "total": "Bruttó összesen"}, footer="Kulcs-Számla 2025")

    # 25 car repair shop — Novitax style, long month names
    add(Doc("c25_autoszerviz", "blind_c_novitax_garage", "normal", "SZÁMLA", "SZ-2025-1877", d(2025, 10, 30),
            d(2025, 10, 29), d(2025, 11, 8), "HUF",
            party("Rába-Motor Autószerviz Kft.", "9024 Győr, Szabadi út 4.", "2392776", 2, 8, bank=BANKS[3]),
            me2,
            [L("Olajcsere munkadíj", "0.8", "óra", 14500), L("Motorolaj 5W-30", 5, "l", 3890),
             L("Olajszűrő", 1, "db", 4650), L("Fékbetét első (garnitúra)", 1, "gar", 21900),
             L("Fékbetét csere munkadíj", "1.2", "óra", 14500)],
            date_form="long", sep=".", order_ref="MR-2025-3391"),
        "novitax", labels={"issue": "Számla kelte", "total": "Mindösszesen"},
        footer="Novitax Számlázó · nyomtatva")

    # 26 security company — Számlázz style, HUF after with thin space, stacked? (boxed meta)
    add(Doc("c26_vagyonvedelem", "blind_c_szamlazz_security", "normal", "Számla", "VV-2025/0912", d(2025, 11, 1),
            d(2025, 10, 31), d(2025, 11, 16), "HUF",
            party("Őrszem Vagyonvédelmi Kft.", "1106 Budapest, Jászberényi út 24.", "2641870", 2, 42, bank=BANKS[4]),
            me5,
            [L("Élőerős őrzés, 24 órás portaszolgálat, 2025. október", 744, "óra", 2650),
             L("Távfelügyelet, riasztórendszer", 1, "hó", 18000), L("Járőrszolgálat (kivonulás)", 2, "alkalom", 12500)],
            date_form="short", sep="\u2009", cur_label="HUF"),
        "szamlazz", labels={"number": "Számlaszám", "issue": "Kiállítás dátuma", "due": "Esedékesség",
                            "total": "Végösszeg", "seller": "Szolgáltató", "buyer": "Megrendelő"},
        footer="Számlázz.hu")

    # 27 IT hardware reseller — SAP-like twin labels, ISO-ish not; order number; EU VAT on both sides
    add(Doc("c27_it_hardver", "blind_c_wholesale_it", "normal", "Számla", "ITH-25-10-0456", d(2025, 10, 10),
            d(2025, 10, 10), d(2025, 10, 25), "HUF",
            party("Bitpark Informatikai Kft.", "1152 Budapest, Szentmihályi út 171.", "2505719", 2, 42, eu=True,
                  bank=BANKS[5]), party("Pannon Fémtechnika Kft.", "9027 Győr, Ipar utca 12/B.", "2311907", 2, 8,
                                        eu=True),
            [L("Laptop 14\" i5/16GB/512GB", 3, "db", 329900, disc=4), L("Dokkoló USB-C", 3, "db", 54900),
             L("Monitor 27\" QHD", 3, "db", 89900, disc=4), L("Vezeték nélküli billentyűzet+egér", 3, "szett", 12990),
             L("Telepítés, adatmigráció", 4, "óra", 15000)],
            date_form="dot", sep=" ", cur_label="Ft", order_ref="PF-BESZ-2025-118"),
        "wholesale", delivery="SZL-IT-0456", footer="Bitpark ügyviteli rendszer · 1/1")

    # 28 domestic reverse charge, construction subcontractor — reportlab boxed
    add(Doc("c28_forditott", "blind_c_rl_reverse", "normal", "SZÁMLA", "ALV-2025-017", d(2025, 10, 27),
            d(2025, 10, 24), d(2025, 11, 26), "HUF",
            party("Kőfal Építő Bt.", "2600 Vác, Zichy Hippolyt utca 3.", "2087451", 2, 13, bank=BANKS[0]),
            party("Bástya Építőipari Kft.", "9400 Sopron, Bécsi út 77.", "2604117", 2, 8),
            [L("Falazási munkák, 2. ütem", 1, "tétel", 2380000, "FAD"),
             L("Állványozás", 14, "nap", 18000, "FAD")],
            date_form="dot", sep=".", notes=["Fordított adózás – Áfa tv. 142. § (1) b)", "Az áfát a vevő fizeti."]),
        "reportlab", style="boxed", l_seller="Szállító (alvállalkozó)", l_buyer="Megrendelő (fővállalkozó)",
        footer="Építőipari alvállalkozói számla")

    # 29 hotel — 5 % accommodation, 27 % services, Számlázz style with EUR symbol? HUF
    add(Doc("c29_szalloda", "blind_c_szamlazz_hotel", "normal", "SZÁMLA", "HTL-2025-10-2291", d(2025, 10, 19),
            d(2025, 10, 19), d(2025, 10, 19), "HUF",
            party("Balatoni Napfény Hotel Kft.", "8630 Balatonboglár, Kikötő utca 4.", "2222314", 2, 14,
                  bank=BANKS[1]), me2,
            [L("Szállás, kétágyas szoba (3 éj, 2 fő)", 3, "éj", 42000, "5%"),
             L("Reggeli", 6, "adag", 4500, "5%"), L("Wellness belépő", 2, "fő", 7500, "27%"),
             L("Parkolás", 3, "nap", 2500, "27%"), L("Idegenforgalmi adó (ÁFA tv. hatályán kívül)", 6, "vendégéj",
                                                     500, "ÁKK")],
            date_form="dot", sep=".", pay="Bankkártya",
            notes=["Az idegenforgalmi adó az Áfa törvény hatályán kívüli tétel."]),
        "szamlazz", labels={"fulfil": "Teljesítés időpontja", "total": "Fizetendő (bankkártyával fizetve)"},
        footer="Hotel számlázó · Számlázz.hu API")

    # 30 EUR marketing agency to HU buyer with € after, SAP-free modern Billingo, HUF VAT shown
    add(Doc("c30_marketing_eur", "blind_c_novitax_eur", "normal", "SZÁMLA", "MKT/2025/0088", d(2025, 10, 31),
            d(2025, 10, 31), d(2025, 11, 30), "EUR",
            party("Kilátó Kommunikációs Ügynökség Kft.", "1061 Budapest, Andrássy út 12.", "2710336", 2, 42, eu=True,
                  bank="12010659-01598743-00200009"), me3,
            [L("Online kampány menedzsment, 2025. október", 1, "hó", "1800.00"),
             L("Hirdetési keret továbbszámlázása", 1, "db", "2350.40"),
             L("Kreatív gyártás (bannerek)", 12, "db", "45.00")],
            date_form="dot", sep=" ", cur_label="€", fx=Decimal("388.12")),
        "novitax", footer="NOVITAX számlázó")
    return out


# ----------------------------------------------------------------------------------------------


def _chromium(html_text: str, out: Path, work: Path) -> None:
    src = work / f"{out.stem}.html"
    src.write_text(html_text, encoding="utf-8")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={work / 'profile'}",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri()],
                   check=True, capture_output=True, timeout=120)


def write_all(folder: Path = HERE, only: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for doc, template, o in documents():
            if only and only not in doc.stem:
                continue
            pdf = folder / f"{doc.stem}.pdf"
            if template == "reportlab":
                _reportlab(doc, o, pdf)
            else:
                _chromium(TEMPLATES[template](doc, o), pdf, Path(tmp))
            (folder / f"{doc.stem}.json").write_text(json.dumps(doc.expected(), ensure_ascii=False, indent=2) + "\n",
                                                     encoding="utf-8")


def _text(pdf: Path) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def check(folder: Path = HERE) -> int:
    """Every string an expectation rests on is in the PDF's text layer (spaces of any kind equal)."""
    def norm(s: str) -> str:
        return " ".join(s.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ").split())

    bad = 0
    for doc, _, _ in documents():
        text = norm(_text(folder / f"{doc.stem}.pdf"))
        missing = [s for s in doc.printed() if norm(s) not in text]
        if missing:
            bad += 1
            print(f"{doc.stem}: not in the text: {missing}")
    print(f"checked {len(documents())} documents, {bad} with missing strings")
    return bad


def write_scans(folder: Path, dpi: int, mode: str = "", stems: tuple[str, ...] = ()) -> None:
    from tests.golden.scans import scan, scan_name

    folder.mkdir(parents=True, exist_ok=True)
    skew = 2.0 if mode == "skew" else 0.0
    fax = mode == "fax"
    for doc, _, _ in documents():
        if stems and doc.stem not in stems:
            continue
        pdf = HERE / f"{doc.stem}.pdf"
        (folder / pdf.name).write_bytes(scan(pdf.read_bytes(), dpi=dpi, skew=skew, fax=fax))
        expected = doc.expected()
        expected["layout"] = f"{expected['layout']} {scan_name(dpi, 0, skew, fax)}"
        (folder / f"{doc.stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")


SCAN_STEMS = ("c02_nyomda", "c06_villany", "c10_osztrak", "c13_ostermelo", "c16_sztorno", "c24_kulcs_vegyes")

if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        sys.exit(1 if check() else 0)
    elif args[:1] == ["--scans"]:
        write_scans(Path(args[1]), int(args[2]), args[3] if len(args) > 3 else "",
                    tuple(args[4].split(",")) if len(args) > 4 else SCAN_STEMS)
    else:
        write_all(only=args[0] if args else None)
