
"""Held-out set D: realistic Hungarian invoice PDFs written blind, for measuring the PDF reader only.

Every document is made up here (companies, tax numbers, amounts) and printed either from HTML by
Debian's headless Chromium or drawn with reportlab; the expected JSON beside each PDF holds what a
careful bookkeeper would read off the page. Never tune the reader against this set.

    .venv/bin/python -m tests.golden.heldout_d.make_set
"""

from __future__ import annotations

import hashlib
import html
import json
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------- identifiers


def _digits(seed: str, n: int) -> str:
    h = hashlib.sha256(seed.encode()).hexdigest()
    return "".join(str(int(c, 16) % 10) for c in h)[:n]


def torzsszam(seed: str) -> str:
    """Eight digits whose last is the NAV check digit (weights 9, 7, 3, 1)."""
    first = _digits(seed, 7)
    if first[0] == "0":
        first = "1" + first[1:]
    total = sum(int(d) * w for d, w in zip(first, (9, 7, 3, 1, 9, 7, 3), strict=True))
    return first + str((10 - total % 10) % 10)


def tax_number(seed: str, vat_code: int = 2, county: str = "41") -> str:
    return f"{torzsszam(seed)}-{vat_code}-{county}"


def hu_vat(seed: str) -> str:
    return "HU" + torzsszam(seed)


# ---------------------------------------------------------------- model


@dataclass
class Party:
    name: str
    address: str
    tax: str | None = None
    vat: str | None = None
    extra: list[str] = field(default_factory=list)  # bank account, e-mail, company register number


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: str  # "27", "18", "5", "0", "AAM", "KBAET", "FA"


@dataclass
class Doc:
    stem: str
    layout: str
    template: str
    kind: str
    number: str
    seller: Party
    buyer: Party
    issue: date
    fulfil: date | None
    due: date | None
    lines: list[Line]
    currency: str = "HUF"
    sep: str = " "  # thousands separator
    datefmt: str = "dot"  # dot, dotspace, iso, long, de, en
    title: str = "SZÁMLA"
    preceding: str | None = None
    payment: str = "Átutalás"
    notes: list[str] = field(default_factory=list)
    extra_meta: list[tuple[str, str]] = field(default_factory=list)  # order, contract numbers…
    stamp: str | None = None
    rounding: int | None = None  # cash: Kerekítés to the nearest 5 forints
    sign: int = 1  # -1 for a storno: every amount printed negative
    english: bool = False  # bilingual labels

    # -- amounts
    @property
    def decimals(self) -> int:
        return 0 if self.currency == "HUF" else 2

    def q(self, value: Decimal) -> Decimal:
        step = Decimal(1) if self.decimals == 0 else Decimal("0.01")
        return value.quantize(step, rounding=ROUND_HALF_UP)

    def line_amounts(self, line: Line) -> tuple[Decimal, Decimal, Decimal]:
        net = self.q(line.qty * line.price) * self.sign
        rate = Decimal(line.rate) / 100 if line.rate.isdigit() else Decimal(0)
        vat = self.q(net * rate)
        return net, vat, net + vat

    def totals(self) -> tuple[Decimal, Decimal, Decimal]:
        net = sum((self.line_amounts(x)[0] for x in self.lines), Decimal(0))
        vat = sum((self.line_amounts(x)[1] for x in self.lines), Decimal(0))
        return net, vat, net + vat

    def by_rate(self) -> list[tuple[str, Decimal, Decimal, Decimal]]:
        rates: dict[str, list[Decimal]] = {}
        for x in self.lines:
            n, v, g = self.line_amounts(x)
            acc = rates.setdefault(x.rate, [Decimal(0)] * 3)
            acc[0] += n
            acc[1] += v
            acc[2] += g
        return [(r, *a) for r, a in rates.items()]

    # -- printing
    def money(self, value: Decimal, *, cur: bool = False) -> str:
        neg = value < 0
        value = abs(value)
        whole, _, frac = f"{value:.{self.decimals}f}".partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        if self.datefmt == "en":
            text = ",".join(groups) + ("." + frac if frac else "")
        else:
            text = self.sep.join(groups) + ("," + frac if frac else "")
        text = ("-" if neg else "") + text
        if cur:
            if self.currency == "HUF":
                text += " Ft"
            elif self.datefmt == "en":
                text = "€" + text if not neg else "-€" + text[1:]
            else:
                text += " EUR"
        return text

    def day(self, d: date | None) -> str:
        if d is None:
            return ""
        return {
            "dot": f"{d.year}.{d.month:02}.{d.day:02}.",
            "dotspace": f"{d.year}. {d.month:02}. {d.day:02}.",
            "iso": d.isoformat(),
            "long": f"{d.year}. {MONTHS[d.month - 1]} {d.day}.",
            "de": f"{d.day:02}.{d.month:02}.{d.year}",
            "en": f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}",
        }[self.datefmt]

    def rate_label(self, rate: str) -> str:
        return f"{rate}%" if rate.isdigit() else rate

    def expected(self) -> dict[str, object]:
        net, vat, gross = self.totals()
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat(),
            "fulfilment_date": self.fulfil.isoformat() if self.fulfil else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": self.currency,
            "net_total": str(net),
            "vat_total": str(vat),
            "gross_total": str(gross),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat,
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "preceding_invoice": self.preceding,
            "layout": f"blind_d_{self.layout}",
        }


def e(text: object) -> str:
    return html.escape(str(text))


# ---------------------------------------------------------------- HTML templates

BASE_CSS = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #111; }
table { border-collapse: collapse; }
.r { text-align: right; white-space: nowrap; }
.stamp { position: fixed; top: 95mm; left: 30mm; font-size: 72pt; color: rgba(200,0,0,0.25);
         transform: rotate(-25deg); font-weight: bold; letter-spacing: 8px; }
"""


def _party_lines(p: Party, *, tax_label: str = "Adószám", vat_label: str = "Közösségi adószám") -> str:
    out = [f"<b>{e(p.name)}</b>", e(p.address)]
    if p.tax:
        out.append(f"{tax_label}: <span style='white-space:nowrap'>{e(p.tax)}</span>")
    if p.vat:
        out.append(f"{vat_label}: <span style='white-space:nowrap'>{e(p.vat)}</span>")
    out += [e(x) for x in p.extra]
    return "<br>".join(out)


def _items(d: Doc, *, cols: str = "full", head_bg: str = "#eee") -> str:
    heads = {
        "full": ("Megnevezés", "Menny.", "Egys.", "Nettó egységár", "Nettó érték", "ÁFA %", "ÁFA", "Bruttó"),
        "en": ("Megnevezés / Description", "Menny. / Qty", "Egys. / Unit", "Egységár / Unit price",
               "Nettó / Net", "ÁFA / VAT", "ÁFA összeg / VAT amount", "Bruttó / Gross"),
    }[cols]
    rows = []
    for x in d.lines:
        n, v, g = d.line_amounts(x)
        qty = f"{x.qty:f}".replace(".", ",") if d.datefmt != "en" else f"{x.qty:f}"
        rows.append(
            f"<tr><td>{e(x.desc)}</td><td class=r>{qty}</td><td>{e(x.unit)}</td>"
            f"<td class=r>{d.money(x.price * d.sign)}</td><td class=r>{d.money(n)}</td>"
            f"<td class=r>{d.rate_label(x.rate)}</td><td class=r>{d.money(v)}</td><td class=r>{d.money(g)}</td></tr>")
    th = "".join(f"<th style='background:{head_bg};border-bottom:1px solid #444;padding:3px'>{e(h)}</th>"
                 for h in heads)
    return (f"<table style='width:100%;margin-top:10px' class=items><tr>{th}</tr>{''.join(rows)}</table>"
            "<style>.items td{padding:3px;border-bottom:1px solid #ccc}</style>")


def _vat_summary(d: Doc, labels: tuple[str, str, str, str] = ("ÁFA-kulcs", "Nettó", "ÁFA", "Bruttó")) -> str:
    rows = "".join(f"<tr><td>{d.rate_label(r)}</td><td class=r>{d.money(n)}</td><td class=r>{d.money(v)}</td>"
                   f"<td class=r>{d.money(g)}</td></tr>" for r, n, v, g in d.by_rate())
    th = "".join(f"<th style='padding:2px 8px;border-bottom:1px solid #888'>{h}</th>" for h in labels)
    return f"<table style='margin-top:8px;font-size:8.5pt'><tr>{th}</tr>{rows}</table>"


def _notes(d: Doc) -> str:
    return "".join(f"<p style='font-size:8.5pt;margin:3px 0'>{e(n)}</p>" for n in d.notes)


def _stamp(d: Doc) -> str:
    return f"<div class=stamp>{e(d.stamp)}</div>" if d.stamp else ""


def _rounding_rows(d: Doc, label_style: str = "") -> str:
    if d.rounding is None:
        return ""
    gross = d.totals()[2]
    return (f"<tr><td style='{label_style}'>Kerekítés:</td><td class=r>{d.money(Decimal(d.rounding))} Ft</td></tr>"
            f"<tr><td style='{label_style}'><b>Fizetendő:</b></td>"
            f"<td class=r><b>{d.money(gross + d.rounding)} Ft</b></td></tr>")


def t_classic(d: Doc) -> str:
    """Letterhead seller at top, buyer boxed at right, meta list at left, totals right below."""
    net, vat, gross = d.totals()
    s = d.seller
    meta = [("Számla sorszáma", d.number), ("Számla kelte", d.day(d.issue)),
            ("Teljesítés dátuma", d.day(d.fulfil)), ("Fizetési határidő", d.day(d.due)),
            ("Fizetési mód", d.payment), *d.extra_meta]
    if d.preceding:
        meta.insert(1, ("Eredeti számla sorszáma", d.preceding))
    meta_html = "".join(f"<tr><td style='padding:2px 10px 2px 0'>{e(k)}:</td><td><b>{e(v)}</b></td></tr>"
                        for k, v in meta if v)
    tot_label = "Összesen" if d.rounding is None else "Bruttó összesen"
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS}</style></head><body>{_stamp(d)}
<div style='border-bottom:3px solid #2b5d8a;padding-bottom:6px'>
 <span style='font-size:17pt;font-weight:bold;color:#2b5d8a'>{e(s.name)}</span><br>
 {e(s.address)} · Adószám: {e(s.tax or '')}{(' · Közösségi adószám: ' + e(s.vat)) if s.vat else ''}<br>
 {' · '.join(e(x) for x in s.extra)}
</div>
<h1 style='text-align:center;font-size:16pt;letter-spacing:2px'>{e(d.title)}</h1>
<table style='width:100%'><tr>
 <td style='vertical-align:top;width:50%'><table>{meta_html}</table></td>
 <td style='vertical-align:top;border:1px solid #555;padding:8px'><div style='font-size:8pt;color:#555'>Vevő</div>
 {_party_lines(d.buyer)}</td></tr></table>
{_items(d)}
<table style='margin-left:auto;margin-top:10px;font-size:10.5pt'>
 <tr><td>Nettó összesen:</td><td class=r>{d.money(net, cur=True)}</td></tr>
 <tr><td>ÁFA összesen:</td><td class=r>{d.money(vat, cur=True)}</td></tr>
 <tr><td><b>{tot_label}:</b></td><td class=r><b>{d.money(gross, cur=True)}</b></td></tr>{_rounding_rows(d)}
</table>
{_vat_summary(d)}{_notes(d)}
<p style='margin-top:30px;font-size:8pt;color:#666'>A számla a 2007. évi CXXVII. törvény előírásainak megfelel.</p>
</body></html>"""


def t_boxes(d: Doc) -> str:
    """Számlázz.hu-like: parties side by side, a row of boxed meta values under their labels."""
    net, vat, gross = d.totals()
    boxes = [("Fizetési mód", d.payment), ("Teljesítés dátuma", d.day(d.fulfil)),
             ("Számla kelte", d.day(d.issue)), ("Fizetési határidő", d.day(d.due))]
    boxes = [b for b in boxes if b[1]]
    cells = "".join(f"<td style='border:1px solid #999;padding:4px 6px;width:25%'>"
                    f"<div style='font-size:7.5pt;color:#555'>{e(k)}</div><b>{e(v)}</b></td>" for k, v in boxes)
    extra = "".join(f"<div>{e(k)}: <b>{e(v)}</b></div>" for k, v in d.extra_meta)
    pre = f"<div>Helyesbített számla: <b>{e(d.preceding)}</b></div>" if d.preceding else ""
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS}</style></head><body>{_stamp(d)}
<table style='width:100%'><tr><td style='font-size:20pt;font-weight:bold'>{e(d.title)}</td>
<td class=r>Sorszám: <b style='font-size:13pt'>{e(d.number)}</b><br>1/1 oldal</td></tr></table>
<table style='width:100%;margin-top:10px'><tr>
<td style='width:50%;vertical-align:top;padding-right:10px'><div style='border-bottom:1px solid #000;font-weight:bold'>
Eladó</div>{_party_lines(d.seller)}</td>
<td style='vertical-align:top'><div style='border-bottom:1px solid #000;font-weight:bold'>Vevő</div>
{_party_lines(d.buyer)}</td></tr></table>
<table style='width:100%;margin-top:12px'><tr>{cells}</tr></table>{pre}{extra}
{_items(d)}
<table style='margin-left:auto;margin-top:8px'>
<tr><td>Nettó érték összesen</td><td class=r style='padding-left:20px'>{d.money(net)} {d.currency}</td></tr>
<tr><td>ÁFA érték összesen</td><td class=r>{d.money(vat)} {d.currency}</td></tr>
<tr><td style='border-top:2px solid #000'><b>Bruttó végösszeg</b></td>
<td class=r style='border-top:2px solid #000'><b>{d.money(gross)} {d.currency}</b></td></tr>{_rounding_rows(d)}
</table>{_vat_summary(d, ("Áfakulcs", "Nettó ár", "ÁFA", "Bruttó ár"))}{_notes(d)}
<p style='font-size:7.5pt;color:#777;margin-top:20px'>Készült a Számlázz.hu rendszerében (mintatervezet).</p>
</body></html>"""


def t_modern(d: Doc) -> str:
    """Billingo-like: coloured header band, labels left and values right in a narrow meta panel."""
    net, vat, gross = d.totals()
    meta = [("Számlaszám", d.number), ("Kiállítás dátuma", d.day(d.issue)), ("Teljesítés dátuma", d.day(d.fulfil)),
            ("Fizetési határidő", d.day(d.due)), ("Fizetési mód", d.payment), *d.extra_meta]
    if d.preceding:
        meta.insert(1, ("Sztornózott számla", d.preceding) if d.kind == "storno" else ("Módosított számla", d.preceding))
    rows = "".join(f"<tr><td style='color:#666;padding:2px 12px 2px 0'>{e(k)}</td><td class=r><b>{e(v)}</b></td></tr>"
                   for k, v in meta if v)
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS}
.band {{ background:#15616d; color:white; padding:10px 14px; font-size:18pt; }}</style></head><body>{_stamp(d)}
<div class=band>{e(d.title)} <span style='float:right;font-size:11pt;padding-top:6px'>{e(d.number)}</span></div>
<table style='width:100%;margin-top:12px'><tr>
<td style='vertical-align:top;width:30%'><div style='color:#15616d;font-weight:bold'>SZÁLLÍTÓ</div>
{_party_lines(d.seller)}</td>
<td style='vertical-align:top;width:30%'><div style='color:#15616d;font-weight:bold'>VEVŐ</div>
{_party_lines(d.buyer)}</td>
<td style='vertical-align:top'><table style='width:100%'>{rows}</table></td></tr></table>
{_items(d, head_bg='#d7eef0')}
<table style='margin-left:auto;margin-top:10px;background:#f3f7f7;padding:6px'>
<tr><td>Nettó</td><td class=r style='padding-left:30px'>{d.money(net, cur=True)}</td></tr>
<tr><td>ÁFA</td><td class=r>{d.money(vat, cur=True)}</td></tr>
<tr><td style='font-size:13pt'><b>Fizetendő</b></td><td class=r style='font-size:13pt'><b>{d.money(gross, cur=True)}</b></td>
</tr></table>{_notes(d)}
<div style='position:fixed;bottom:0;width:100%;font-size:7.5pt;color:#888;border-top:1px solid #ccc'>
Billingo-stílusú minta · Oldal 1 / 1</div>
</body></html>"""


def t_bilingual(d: Doc) -> str:
    """Hungarian/English twin labels, stacked parties, values below their labels in a grid."""
    net, vat, gross = d.totals()
    grid = [("Számla száma / Invoice No.", d.number), ("Számla kelte / Date of issue", d.day(d.issue)),
            ("Teljesítés / Date of supply", d.day(d.fulfil)), ("Esedékesség / Due date", d.day(d.due)),
            ("Pénznem / Currency", d.currency), ("Fizetési mód / Payment", d.payment), *d.extra_meta]
    if d.preceding:
        grid.append(("Eredeti számla / Original invoice", d.preceding))
    cells = "".join(f"<div style='display:inline-block;width:31%;margin:3px 1% 6px 0;vertical-align:top'>"
                    f"<div style='font-size:7.5pt;color:#555'>{e(k)}</div><div><b>{e(v)}</b></div></div>"
                    for k, v in grid if v)
    pl = {"tax_label": "Adószám / Tax No.", "vat_label": "EU adószám / VAT No."}
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS}</style></head><body>{_stamp(d)}
<div style='font-size:15pt;font-weight:bold'>{e(d.title)}</div>
<div style='margin-top:10px;border:1px solid #bbb;padding:6px'><div style='font-size:8pt;color:#555'>
Eladó / Seller</div>{_party_lines(d.seller, **pl)}</div>
<div style='margin-top:6px;border:1px solid #bbb;padding:6px'><div style='font-size:8pt;color:#555'>
Vevő / Buyer</div>{_party_lines(d.buyer, **pl)}</div>
<div style='margin-top:8px'>{cells}</div>
{_items(d, cols='en')}
<table style='margin-left:auto;margin-top:10px'>
<tr><td>Nettó összesen / Total net</td><td class=r style='padding-left:25px'>{d.money(net, cur=True)}</td></tr>
<tr><td>ÁFA összesen / Total VAT</td><td class=r>{d.money(vat, cur=True)}</td></tr>
<tr><td><b>Bruttó összesen / Total gross</b></td><td class=r><b>{d.money(gross, cur=True)}</b></td></tr></table>
{_notes(d)}
</body></html>"""


def t_szamlakep(d: Doc) -> str:
    """NAV-style 'számlakép': framed sections with a label cell and a value cell on every row."""
    net, vat, gross = d.totals()

    def party(title: str, p: Party) -> str:
        rows = [("Név", p.name), ("Cím", p.address), ("Adószám", p.tax), ("Közösségi adószám", p.vat)]
        return (f"<table style='width:100%;border:1px solid #000'><tr><th colspan=2 style='background:#ddd'>"
                f"{title}</th></tr>" + "".join(
                    f"<tr><td style='width:38%;border:1px solid #999;padding:2px'>{k}</td>"
                    f"<td style='border:1px solid #999;padding:2px'>{e(v)}</td></tr>" for k, v in rows if v) + "</table>")
    kinds = {"normal": "Normál számla", "storno": "Érvénytelenítő számla", "correction": "Módosító számla",
             "advance": "Előlegszámla", "final": "Végszámla", "proforma": "Díjbekérő"}
    head = [("Számla sorszáma", d.number), ("Számla típusa", kinds[d.kind]), ("Számla kelte", d.day(d.issue)),
            ("Teljesítés dátuma", d.day(d.fulfil)), ("Fizetési határidő", d.day(d.due)),
            ("Számla pénzneme", d.currency), ("Fizetés módja", d.payment)]
    if d.preceding:
        head.insert(2, ("Módosított számla sorszáma", d.preceding))
    head_rows = "".join(f"<tr><td style='width:38%;border:1px solid #999;padding:2px'>{k}</td>"
                        f"<td style='border:1px solid #999;padding:2px'>{e(v)}</td></tr>" for k, v in head if v)
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS} th{{text-align:left;padding:3px}}</style></head>
<body>{_stamp(d)}<div style='text-align:center;font-weight:bold;font-size:13pt'>Számlakép</div>
<div style='text-align:center;font-size:8pt'>(az Online Számla rendszerben tárolt adatok megjelenítése)</div>
<table style='width:100%;margin-top:8px'><tr><td style='width:50%;vertical-align:top;padding-right:4px'>
{party('Eladó adatai', d.seller)}</td><td style='vertical-align:top'>{party('Vevő adatai', d.buyer)}</td></tr></table>
<table style='width:100%;border:1px solid #000;margin-top:8px'><tr><th colspan=2 style='background:#ddd'>
Számla adatai</th></tr>{head_rows}</table>
{_items(d, head_bg='#ddd')}
<table style='width:100%;border:1px solid #000;margin-top:8px'><tr><th colspan=2 style='background:#ddd'>
Számla összesítő</th></tr>
<tr><td style='width:38%'>Számla nettó összege</td><td>{d.money(net)} {d.currency}</td></tr>
<tr><td>Számla áfa összege</td><td>{d.money(vat)} {d.currency}</td></tr>
<tr><td>Számla bruttó összege</td><td>{d.money(gross)} {d.currency}</td></tr></table>{_notes(d)}
</body></html>"""


def t_erp(d: Doc) -> str:
    """SAP/ERP printout: monospaced, dense key/value pairs, dotted leaders, a page counter."""
    net, vat, gross = d.totals()
    s, b = d.seller, d.buyer

    def kv(k: str, v: str) -> str:
        return f"{k:<24}: {v}"
    left = [kv("Bizonylatszám", d.number), kv("Bizonylat dátuma", d.day(d.issue)),
            kv("Teljesítés kelte", d.day(d.fulfil)), kv("Fizetési feltétel", d.payment),
            kv("Esedékesség", d.day(d.due)), kv("Pénznem", d.currency)]
    left += [kv(k, v) for k, v in d.extra_meta]
    if d.preceding:
        left.append(kv("Hivatkozott számla", d.preceding))
    lines = []
    for i, x in enumerate(d.lines, 1):
        n, _v, _ = d.line_amounts(x)
        lines.append(f"{i * 10:>4}  {x.desc[:34]:<34} {x.qty!s:>7} {x.unit:<4} {d.money(x.price):>12} "
                     f"{d.rate_label(x.rate):>5} {d.money(n):>14}")
    body = "\n".join([
        f"{s.name}", f"{s.address}", f"Adószám: {s.tax}    EU adószám: {s.vat or '-'}", *s.extra, "",
        f"{d.title:^86}", "",
        "Vevő:", f"  {b.name}", f"  {b.address}", f"  Adószám: {b.tax or '-'}" + (f"   EU: {b.vat}" if b.vat else ""),
        "", *left, "", "-" * 86,
        f"{'Tét':>4}  {'Megnevezés':<34} {'Menny.':>7} {'ME':<4} {'Egységár':>12} {'ÁFA':>5} {'Nettó érték':>14}",
        "-" * 86, *lines, "-" * 86,
        f"{'Nettó érték összesen':.<60}{d.money(net):>20} {d.currency}",
        f"{'Felszámított ÁFA':.<60}{d.money(vat):>20} {d.currency}",
        f"{'Bruttó összeg':.<60}{d.money(gross):>20} {d.currency}",
        "", *d.notes, "", f"{'Oldal: 1/1':>86}",
    ])
    return f"""<html><head><meta charset=utf-8><style>@page {{ size: A4; margin: 12mm; }}
body {{ font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; font-size: 8.2pt; }}</style></head><body>
{_stamp(d)}<pre>{e(body)}</pre></body></html>"""


def t_receipt(d: Doc) -> str:
    """A small shop's invoice on a narrow A5 page, buyer as a private person, cash with Kerekítés."""
    net, vat, gross = d.totals()
    rows = "".join(f"<tr><td>{e(x.desc)}<br><small>{x.qty} {e(x.unit)} × {d.money(x.price)}</small></td>"
                   f"<td class=r>{d.rate_label(x.rate)}</td><td class=r>{d.money(d.line_amounts(x)[2])}</td></tr>"
                   for x in d.lines)
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS} @page {{ size: A5; margin: 10mm; }}
td{{padding:2px}}</style></head><body>
<div style='text-align:center'><b style='font-size:13pt'>{e(d.seller.name)}</b><br>{e(d.seller.address)}<br>
Adószám: {e(d.seller.tax)}</div>
<div style='text-align:center;margin:8px 0;font-weight:bold'>{e(d.title)} &nbsp; {e(d.number)}</div>
<div>Vevő neve: {e(d.buyer.name)}<br>Vevő címe: {e(d.buyer.address)}</div>
<div style='margin-top:4px'>Kelt: {d.day(d.issue)} &nbsp; Teljesítés: {d.day(d.fulfil)}<br>Fizetés módja: {e(d.payment)}</div>
<table style='width:100%;margin-top:6px;border-top:1px dashed #000'>{rows}</table>
<table style='width:100%;border-top:1px dashed #000'>
<tr><td>Nettó:</td><td class=r>{d.money(net)} Ft</td></tr><tr><td>ÁFA:</td><td class=r>{d.money(vat)} Ft</td></tr>
<tr><td>Összesen:</td><td class=r>{d.money(gross)} Ft</td></tr>{_rounding_rows(d)}</table>{_notes(d)}
</body></html>"""


def t_german(d: Doc) -> str:
    """A German supplier's invoice: Rechnung with Hungarian twin labels, day-first dates, EUR."""
    net, vat, gross = d.totals()
    s, b = d.seller, d.buyer
    rows = "".join(f"<tr><td>{i}</td><td>{e(x.desc)}</td><td class=r>{x.qty}</td><td>{e(x.unit)}</td>"
                   f"<td class=r>{d.money(x.price)}</td><td class=r>{d.money(d.line_amounts(x)[0])}</td></tr>"
                   for i, x in enumerate(d.lines, 1))
    meta = [("Rechnungsnummer / Számlaszám", d.number), ("Rechnungsdatum / Számla kelte", d.day(d.issue)),
            ("Leistungsdatum / Teljesítés", d.day(d.fulfil)), ("Fällig am / Fizetési határidő", d.day(d.due)),
            *d.extra_meta]
    mt = "".join(f"<tr><td style='padding-right:10px'>{e(k)}</td><td class=r>{e(v)}</td></tr>" for k, v in meta if v)
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS} .it td{{padding:3px;border-bottom:1px solid #ddd}}
</style></head><body>
<div style='font-size:7.5pt;color:#555;border-bottom:1px solid #555'>{e(s.name)} · {e(s.address)}</div>
<table style='width:100%;margin-top:14px'><tr><td style='vertical-align:top'>{e(b.name)}<br>{e(b.address)}<br>
USt-IdNr. / Közösségi adószám: {e(b.vat)}<br>Adószám: {e(b.tax)}</td>
<td style='vertical-align:top'><table style='margin-left:auto'>{mt}</table></td></tr></table>
<h2>{e(d.title)}</h2>
<table style='width:100%' class=it><tr style='background:#eee'><th>Pos.</th><th>Bezeichnung / Megnevezés</th>
<th>Menge</th><th>Einheit</th><th>Einzelpreis</th><th>Gesamt</th></tr>{rows}</table>
<table style='margin-left:auto;margin-top:10px'>
<tr><td>Nettobetrag / Nettó összeg</td><td class=r style='padding-left:25px'>{d.money(net)} EUR</td></tr>
<tr><td>USt. 0% / ÁFA 0%</td><td class=r>{d.money(vat)} EUR</td></tr>
<tr><td><b>Gesamtbetrag / Bruttó összeg</b></td><td class=r><b>{d.money(gross)} EUR</b></td></tr></table>
{_notes(d)}
<div style='position:fixed;bottom:0;font-size:7pt;color:#555;border-top:1px solid #999;width:100%'>
{e(s.name)} · USt-IdNr.: {e(s.vat)} · {' · '.join(e(x) for x in s.extra)}</div>
</body></html>"""


def t_cloud(d: Doc) -> str:
    """An English-only cloud provider invoice, EUR with the symbol in front, month-name dates."""
    net, vat, gross = d.totals()
    rows = "".join(f"<tr><td>{e(x.desc)}</td><td class=r>{x.qty}</td><td class=r>{d.money(d.line_amounts(x)[0], cur=True)}"
                   f"</td></tr>" for x in d.lines)
    return f"""<html><head><meta charset=utf-8><style>{BASE_CSS} td{{padding:3px}}</style></head><body>
<table style='width:100%'><tr><td style='font-size:20pt;color:#4b2ca0'><b>{e(d.title)}</b></td>
<td class=r>Invoice number <b>{e(d.number)}</b><br>Date of issue {d.day(d.issue)}<br>Date of supply {d.day(d.fulfil)}<br>Date due {d.day(d.due)}</td></tr></table>
<table style='width:100%;margin-top:14px'><tr><td style='vertical-align:top;width:50%'><b>{e(d.seller.name)}</b><br>
{e(d.seller.address)}<br>VAT ID: {e(d.seller.vat)}</td>
<td style='vertical-align:top'><div style='color:#777'>Bill to</div><b>{e(d.buyer.name)}</b><br>{e(d.buyer.address)}<br>
EU VAT: {e(d.buyer.vat)}<br>HU tax number: {e(d.buyer.tax)}</td></tr></table>
<p style='font-size:13pt;margin-top:18px'><b>{d.money(gross, cur=True)} due {d.day(d.due)}</b></p>
<p>Service period: {e(d.extra_meta[0][1]) if d.extra_meta else ''}</p>
<table style='width:100%;border-top:1px solid #aaa'><tr style='color:#777'><td>Description</td><td class=r>Qty</td>
<td class=r>Amount</td></tr>{rows}</table>
<table style='margin-left:auto;margin-top:8px'><tr><td>Subtotal</td><td class=r style='padding-left:30px'>
{d.money(net, cur=True)}</td></tr><tr><td>VAT (0% reverse charge)</td><td class=r>{d.money(vat, cur=True)}</td></tr>
<tr><td><b>Total</b></td><td class=r><b>{d.money(gross, cur=True)}</b></td></tr>
<tr><td><b>Amount due</b></td><td class=r><b>{d.money(gross, cur=True)}</b></td></tr></table>
{_notes(d)}
<div style='position:fixed;bottom:0;font-size:7.5pt;color:#777'>Page 1 of 1</div></body></html>"""


TEMPLATES = {"classic": t_classic, "boxes": t_boxes, "modern": t_modern, "bilingual": t_bilingual,
             "szamlakep": t_szamlakep, "erp": t_erp, "receipt": t_receipt, "german": t_german, "cloud": t_cloud}


# ---------------------------------------------------------------- reportlab style


def reportlab_pdf(d: Doc, out: Path) -> None:
    """Kulcs-Soft / Novitax-like drawing: label column at fixed x, values after a colon, framed header."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    net, vat, gross = d.totals()
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(d.number)
    w, h = A4
    per_page = 26
    chunks = [d.lines[i:i + per_page] for i in range(0, len(d.lines), per_page)] or [[]]
    for page_no, chunk in enumerate(chunks, 1):
        y = h - 40
        c.setFont("DVB", 14)
        c.drawCentredString(w / 2, y, d.title)
        c.setFont("DV", 8)
        c.drawRightString(w - 40, y, f"{page_no}. oldal / {len(chunks)}")
        y -= 22
        c.rect(40, y - 92, w - 80, 100)
        c.line(w / 2, y - 92, w / 2, y + 8)
        for x0, title, p in ((48, "Szállító:", d.seller), (w / 2 + 8, "Vevő:", d.buyer)):
            yy = y - 4
            c.setFont("DVB", 8)
            c.drawString(x0, yy, title)
            c.setFont("DVB", 9.5)
            yy -= 13
            c.drawString(x0, yy, p.name)
            c.setFont("DV", 8.5)
            for text in [p.address, f"Adószám: {p.tax}" if p.tax else "",
                         f"Közösségi adószám: {p.vat}" if p.vat else "", *p.extra]:
                if text:
                    yy -= 11
                    c.drawString(x0, yy, text)
        y -= 110
        meta = [("Számlaszám", d.number), ("Kelt", d.day(d.issue)), ("Teljesítés kelte", d.day(d.fulfil)),
                ("Fizetési határidő", d.day(d.due)), ("Fizetési mód", d.payment), *d.extra_meta]
        if d.preceding:
            meta.append(("Előzmény számla", d.preceding))
        c.setFont("DV", 9)
        for i, (k, v) in enumerate(m for m in meta if m[1]):
            col, row = i % 2, i // 2
            x0 = 40 + col * (w - 80) / 2
            c.drawString(x0, y - row * 13, f"{k}:")
            c.drawString(x0 + 105, y - row * 13, v)
        y -= 13 * ((len(meta) + 1) // 2) + 10
        c.setFont("DVB", 8)
        heads = [(40, "Megnevezés"), (300, "Mennyiség"), (370, "Egységár"), (440, "ÁFA"), (w - 40, "Nettó ár")]
        for x0, t in heads:
            (c.drawRightString if x0 > 290 else c.drawString)(x0 if x0 <= 290 else x0 + 40 if x0 < 440 else x0, y, t)
        c.line(40, y - 3, w - 40, y - 3)
        c.setFont("DV", 8.5)
        for x in chunk:
            y -= 13
            n, _, _ = d.line_amounts(x)
            c.drawString(40, y, x.desc)
            c.drawRightString(340, y, f"{x.qty} {x.unit}")
            c.drawRightString(410, y, d.money(x.price * d.sign))
            c.drawRightString(440, y, d.rate_label(x.rate))
            c.drawRightString(w - 40, y, d.money(n))
        if page_no < len(chunks):
            c.drawRightString(w - 40, 40, "folytatás a következő oldalon")
            c.showPage()
            continue
        y -= 8
        c.line(300, y, w - 40, y)
        c.setFont("DV", 9.5)
        for label, value in (("Nettó összesen:", net), ("ÁFA összesen:", vat)):
            y -= 14
            c.drawString(300, y, label)
            c.drawRightString(w - 40, y, d.money(value, cur=True))
        y -= 16
        c.setFont("DVB", 11)
        c.drawString(300, y, "Bruttó összesen:")
        c.drawRightString(w - 40, y, d.money(gross, cur=True))
        c.setFont("DV", 8)
        for n in d.notes:
            y -= 14
            c.drawString(40, y, n)
        c.drawString(40, 30, "Készült: Kulcs-Soft-stílusú mintanyomtatvány · számlázó program")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- the documents


def L(desc: str, qty: str, unit: str, price: str, rate: str = "27") -> Line:
    return Line(desc, Decimal(qty), unit, Decimal(price), rate)


def P(name: str, address: str, seed: str | None = None, *, vat: bool = False, code: int = 2,
      county: str = "13", extra: list[str] | None = None) -> Party:
    tax = tax_number(seed or name, code, county) if seed != "" else None
    return Party(name, address, tax, hu_vat(seed or name) if vat else None, extra or [])


D = date
BUYER = P("Számlatár Minta Kereskedelmi Kft.", "1117 Budapest, Október huszonharmadika utca 8-10.", "buyer-main",
          county="43")
BUYER2 = P("Pannon Faipari Zrt.", "9022 Győr, Árpád út 41.", "pannon-fa", county="08")
BUYER3 = P("Kiskunsági Agrár Szövetkezet", "6000 Kecskemét, Szent István krt. 3.", "kiskun", county="03")


def documents() -> list[Doc]:
    docs: list[Doc] = []
    add = docs.append
    acct = "Bankszámlaszám: 11773016-01234567-00000000"
    add(Doc("01_office_supplies", "classic_office", "classic", "normal", "IRD-2026/004512",
            P("Papírsziget Irodaszer Kft.", "1095 Budapest, Soroksári út 48.", "papirsziget", county="43",
              extra=[acct, "Cégjegyzékszám: 01-09-345678"]), BUYER,
            D(2026, 11, 3), D(2026, 11, 3), D(2026, 11, 18),
            [L("Másolópapír A4 80 g, 500 lap", "40", "csomag", "1890"), L("Golyóstoll kék, 50 db-os", "3", "doboz", "4450"),
             L("Iratrendező 75 mm", "25", "db", "689"), L("Tűzőgép kapocs 24/6", "10", "doboz", "215")],
            sep=" "))
    add(Doc("02_building_materials", "boxes_building", "boxes", "normal", "E-TEP-2026-31877",
            P("Tisza-Tüzép Építőanyag Kereskedelmi Kft.", "6720 Szeged, Bakay Nándor utca 12.", "tisza-tuzep",
              county="06", extra=["OTP Bank: 11735005-20456789"]), BUYER2,
            D(2026, 10, 28), D(2026, 10, 27), D(2026, 11, 27),
            [L("Porotherm 30 N+F tégla", "480", "db", "1120"), L("Cement CEM II 32,5 25 kg", "60", "zsák", "2390"),
             L("Zsaluzó deszka 2,4 m", "120", "fm", "640"), L("Szállítási díj", "1", "alkalom", "18000")],
            sep=".", datefmt="dotspace", extra_meta=[("Szállítólevél", "SZL-88412")]))
    add(Doc("03_catering", "modern_catering", "modern", "normal", "CAT-2026-0713",
            P("Ízes Napok Rendezvényétkeztető Kft.", "2040 Budaörs, Szabadság út 117.", "izes-napok", county="13",
              extra=["K&H: 10400126-50526570-48571008"]), BUYER,
            D(2026, 11, 12), D(2026, 11, 10), D(2026, 11, 20),
            [L("Állófogadás menü, 60 fő", "60", "adag", "7800", "5"), L("Felszolgálás", "6", "óra", "9500"),
             L("Kávé- és üdítőcsomag", "60", "fő", "1250", "27")],
            sep="\u00a0", datefmt="long", extra_meta=[("Rendelésszám", "RS-2026/118")]))
    add(Doc("04_translation", "bilingual_translation", "bilingual", "normal", "FORD/2026/0291",
            P("Lingua Bridge Fordítóiroda Bt.", "4025 Debrecen, Piac utca 26.", "lingua", county="09", vat=True,
              extra=["IBAN: HU42 1177 3016 1111 1018 0000 0000"]), BUYER,
            D(2026, 11, 5), D(2026, 11, 4), D(2026, 11, 19),
            [L("Szakfordítás angol-magyar (műszaki)", "14200", "karakter", "3.2"),
             L("Lektorálás", "14200", "karakter", "0.9"), L("Hiteles záradék", "2", "db", "5000")],
            sep=" ", datefmt="iso"))
    add(Doc("05_property_mgmt", "szamlakep_property", "szamlakep", "normal", "INGK-2026-000917",
            P("Belváros Ingatlankezelő Zrt.", "1052 Budapest, Váci utca 19.", "belvaros-ing", county="41", vat=True),
            BUYER, D(2026, 11, 2), D(2026, 11, 30), D(2026, 11, 15),
            [L("Irodabérlet üzemeltetési díja 2026. november", "1", "hó", "312000"),
             L("Takarítás közös területek", "1", "hó", "48500"), L("Parkolóhely bérleti díj", "2", "hó", "25000")],
            sep=" "))
    add(Doc("06_vehicle_leasing", "erp_leasing", "erp", "normal", "9100024517",
            P("AutoFlotta Lízing Zrt.", "1139 Budapest, Váci út 91.", "autoflotta", county="41",
              extra=["Bankszámla: 10918001-00000065-11150009"]), BUYER,
            D(2026, 11, 1), D(2026, 11, 1), D(2026, 11, 10),
            [L("Operatív lízing havidíj - Skoda Octavia ABC-123", "1", "hó", "189900"),
             L("Szervizcsomag díja", "1", "hó", "23500"), L("Casco biztosítás továbbszámlázva", "1", "hó", "18700", "TAM")],
            sep=".", datefmt="dot", payment="Csoportos beszedés",
            extra_meta=[("Szerződésszám", "OL-2024-00388"), ("Időszak", "2026.11.01-2026.11.30")]))
    add(Doc("07_gas_bill", "classic_gas", "classic", "normal", "GZ26-004418821",
            P("Alföldi Földgázszolgáltató Zrt.", "6724 Szeged, Pulz utca 44.", "alfoldi-gaz", county="06",
              extra=["Felhasználási hely: 1117 Budapest, Október huszonharmadika u. 8."]), BUYER,
            D(2026, 11, 6), D(2026, 10, 31), D(2026, 11, 21),
            [L("Földgáz energiadíj (2026.10.01-10.31)", "1844", "kWh", "38.71"),
             L("Rendszerhasználati díj", "1844", "kWh", "6.12"), L("Alapdíj", "1", "hó", "1620"),
             L("Jövedéki adó", "1844", "kWh", "0.31")],
            title="SZÁMLA (földgáz)", sep="", datefmt="dot",
            extra_meta=[("Felhasználó azonosító", "4100882731"), ("Elszámolási időszak", "2026.10.01 - 2026.10.31")]))
    add(Doc("08_mobile", "modern_mobile", "modern", "normal", "M-2611-58830192",
            P("Hangsáv Mobil Távközlési Zrt.", "1097 Budapest, Könyves Kálmán krt. 36.", "hangsav", county="44"),
            BUYER, D(2026, 11, 8), D(2026, 11, 7), D(2026, 11, 23),
            [L("Üzleti Flotta 20 GB havidíj", "12", "előfizetés", "6990"), L("Roaming adatforgalom EU", "3.4", "GB", "1500"),
             L("Emelt díjas hívások", "1", "tétel", "2380")],
            sep=" ", datefmt="dotspace", payment="Banki átutalás", extra_meta=[("Ügyfélszám", "30051877")]))
    add(Doc("09_cloud_eur", "cloud_eur", "cloud", "normal", "NCS-IE-2026-118402",
            Party("Nimbus Cloud Services Ireland Ltd.", "70 Sir John Rogerson's Quay, Dublin 2, Ireland", None,
                  "IE3456789KH"), Party(BUYER.name, BUYER.address, BUYER.tax, hu_vat("buyer-main")),
            D(2026, 11, 1), D(2026, 10, 31), D(2026, 11, 15),
            [L("Compute instances (vCPU-hours)", "2980", "h", "0.046", "0"),
             L("Object storage (GB-month)", "1250", "GB", "0.021", "0"), L("Support plan Business", "1", "mo", "100", "0")],
            currency="EUR", datefmt="en", title="Invoice", payment="Card",
            extra_meta=[("Service period", "October 1 - October 31, 2026")],
            notes=["Reverse charge: VAT to be accounted for by the recipient (Article 196, Directive 2006/112/EC)."]))
    add(Doc("10_german_rc", "german_rc", "german", "normal", "RE-2026-10457",
            Party("Werkzeugbau Lindner GmbH", "Industriestraße 14, 90411 Nürnberg, Deutschland", None, "DE287654321",
                  ["IBAN: DE89 3704 0044 0532 0130 00", "BIC: COBADEFFXXX"]),
            Party(BUYER2.name, BUYER2.address, BUYER2.tax, hu_vat("pannon-fa")),
            D(2026, 10, 30), D(2026, 10, 29), D(2026, 11, 29),
            [L("Fräser HSS Ø12 mm", "20", "Stk", "38.50", "0"), L("Spannzange ER32 Satz", "2", "Satz", "412.00", "0"),
             L("Versandkosten", "1", "pauschal", "45.00", "0")],
            currency="EUR", datefmt="de", title="RECHNUNG / SZÁMLA", sep=".",
            extra_meta=[("Ihre Bestellung / Megrendelés", "PF-BE-2026-0771")],
            notes=["Steuerschuldnerschaft des Leistungsempfängers / Fordított adózás (reverse charge)."]))
    add(Doc("11_intra_eu", "bilingual_intra_eu", "bilingual", "normal", "EX-2026/0088",
            P("Dunakanyar Precíziós Gépgyártó Kft.", "2600 Vác, Avar utca 7.", "dunakanyar-gep", county="13", vat=True,
              extra=["IBAN: HU93 1040 3387 0002 6148 0000 0000 (EUR)", "SWIFT: OKHBHUHB"]),
            Party("Alpenmetall Handels GmbH", "Wiener Straße 212, 4020 Linz, Österreich", None, "ATU63842917"),
            D(2026, 11, 9), D(2026, 11, 6), D(2026, 12, 9),
            [L("CNC marott alkatrész AM-44 / Milled part AM-44", "300", "db", "14.80", "KBAET"),
             L("Szerszámköltség / Tooling", "1", "klt", "650.00", "KBAET")],
            currency="EUR", sep=" ", datefmt="dot",
            notes=["Adómentes Közösségen belüli termékértékesítés (Áfa tv. 89. §) / "
                   "Tax-exempt intra-Community supply (Art. 138 Directive 2006/112/EC)."]))
    add(Doc("12_event_agency", "boxes_event", "boxes", "normal", "EVT 2026/112",
            P("Fénykör Rendezvényszervező Kft.", "1036 Budapest, Lajos utca 74-76.", "fenykor", county="41", vat=True),
            BUYER, D(2026, 11, 16), D(2026, 11, 14), D(2026, 11, 30),
            [L("Év végi partner est szervezése", "1", "esemény", "850000"), L("Hangtechnika és fény", "1", "csomag", "240000"),
             L("Helyszín bérlés továbbszámlázva", "1", "alkalom", "420000")],
            sep="\u2009", datefmt="dot", extra_meta=[("Szerződés", "FK-2026-041")]))
    add(Doc("13_architect_ev", "classic_architect", "classic", "normal", "2026/017",
            P("Szalai Gergely Bence e.v. okl. építészmérnök", "8200 Veszprém, Óváros tér 5.", "szalai-ev", code=1,
              county="19", extra=["Nyilvántartási szám: 54123987", "Kamarai szám: É 19-0412"]), BUYER,
            D(2026, 11, 11), D(2026, 11, 11), D(2026, 11, 26),
            [L("Engedélyezési terv - irodaátalakítás", "1", "tétel", "680000", "AAM"),
             L("Helyszíni bejárás", "3", "alkalom", "25000", "AAM")],
            sep=".", datefmt="long", notes=["Alanyi adómentes (Áfa tv. XIII. fejezet)."]))
    add(Doc("14_bakery_cash", "receipt_bakery", "receipt", "normal", "P-2026/03318",
            P("Aranykalász Pékség Kft.", "3300 Eger, Széchenyi István utca 21.", "aranykalasz", county="10"),
            Party("Kovács Anna", "3300 Eger, Maklári út 9."),
            D(2026, 11, 14), D(2026, 11, 14), None,
            [L("Kakaós csiga", "6", "db", "291", "18"), L("Rozskenyér 1 kg", "2", "db", "843", "18"),
             L("Torta rendelésre (dobos)", "1", "db", "8650", "27")],
            payment="Készpénz", title="SZÁMLA", rounding=0, sep=" ", datefmt="dot"))
    add(Doc("15_print_shop", "modern_print", "modern", "normal", "NY-26-1045",
            P("Betűvető Nyomda és Reklám Kft.", "7621 Pécs, Király utca 33.", "betuveto", county="02"), BUYER3,
            D(2026, 11, 4), D(2026, 11, 3), D(2026, 11, 12),
            [L("Névjegykártya 350 g, 4+4, 1000 db", "4", "csomag", "9800"),
             L("Roll-up 85×200 cm nyomtatással", "2", "db", "24900"), L("Szórólap A5 5000 db", "1", "tétel", "61500")],
            sep=".", datefmt="iso", stamp="MÁSOLAT"))
    add(Doc("16_security", "szamlakep_security", "szamlakep", "normal", "VBK/2026/11/0052",
            P("Várfal Biztonsági Szolgálat Kft.", "1106 Budapest, Fehér út 10.", "varfal", county="42", vat=True), BUYER,
            D(2026, 11, 2), D(2026, 10, 31), D(2026, 11, 17),
            [L("Élőerős őrzés 2026. október (24/7)", "744", "óra", "3150"), L("Távfelügyelet", "1", "hó", "14900"),
             L("Riasztás miatti kivonulás", "2", "alkalom", "12000")],
            sep=" ", datefmt="dot", notes=["Teljesítési időszak: 2026.10.01 - 2026.10.31"]))
    add(Doc("17_pharma", "erp_pharma", "erp", "normal", "5200187734",
            P("MediLánc Gyógyszer-nagykereskedelmi Zrt.", "2051 Biatorbágy, Vendel Park, Huber utca 3.", "medilanc",
              county="13", vat=True), P("Szent Rókus Patika Bt.", "6500 Baja, Szent Antal utca 2.", "rokus-patika",
                                        county="03"),
            D(2026, 11, 10), D(2026, 11, 10), D(2026, 12, 10),
            [L("Paracetamol 500 mg tabletta 20x", "120", "doboz", "412", "5"),
             L("Ibuprofen 400 mg filmtabletta 30x", "80", "doboz", "1185", "5"),
             L("Kézfertőtlenítő gél 500 ml", "48", "db", "1290", "27"),
             L("Vérnyomásmérő felkaros", "6", "db", "11900", "27")],
            sep=" ", datefmt="iso", payment="Átutalás 30 nap",
            extra_meta=[("Vevői rendelés", "RP-4471"), ("Szállítólevél", "8800341277")]))
    adv_seller = P("Kőrösi Bútorgyártó Kft.", "6400 Kiskunhalas, Kossuth utca 60.", "korosi-butor", county="03",
                   extra=["MBH Bank: 50433116-10004491"])
    add(Doc("18_advance", "boxes_advance", "boxes", "advance", "KB-2026-E0042", adv_seller, BUYER,
            D(2026, 10, 5), D(2026, 10, 5), D(2026, 10, 12),
            [L("Előleg az KB-A-2026-19 árajánlat szerinti irodabútorokra (30%)", "1", "tétel", "1140000")],
            title="ELŐLEGSZÁMLA", sep=".", datefmt="dot", extra_meta=[("Megrendelés", "KB-A-2026-19")]))
    add(Doc("19_final", "classic_final", "classic", "final", "KB-2026-V0042", adv_seller, BUYER,
            D(2026, 11, 13), D(2026, 11, 12), D(2026, 11, 28),
            [L("Irodai íróasztal 160×80 tölgy", "12", "db", "189000"), L("Irodai konténer", "12", "db", "67000"),
             L("Tárgyalóasztal 8 fős", "1", "db", "728000"), L("Beszámított előleg (KB-2026-E0042)", "1", "tétel",
                                                                "-1140000")],
            title="VÉGSZÁMLA", sep=" ", datefmt="dotspace",
            notes=["Az előlegszámla (KB-2026-E0042) 1 140 000 Ft + ÁFA összege a végszámlában levonásra került."]))
    add(Doc("20_storno", "modern_storno", "modern", "storno", "IRD-2026/004530",
            P("Papírsziget Irodaszer Kft.", "1095 Budapest, Soroksári út 48.", "papirsziget", county="43"), BUYER,
            D(2026, 11, 17), D(2026, 11, 3), D(2026, 11, 18),
            [L("Másolópapír A4 80 g, 500 lap", "40", "csomag", "1890"), L("Golyóstoll kék, 50 db-os", "3", "doboz", "4450"),
             L("Iratrendező 75 mm", "25", "db", "689"), L("Tűzőgép kapocs 24/6", "10", "doboz", "215")],
            title="SZTORNÓ SZÁMLA", preceding="IRD-2026/004512", sign=-1, sep=" ", datefmt="dot",
            notes=["Érvénytelenítés oka: téves vevői adatok."]))
    add(Doc("21_correction", "szamlakep_correction", "szamlakep", "correction", "TT-M-2026-0007",
            P("Tisza-Tüzép Építőanyag Kereskedelmi Kft.", "6720 Szeged, Bakay Nándor utca 12.", "tisza-tuzep",
              county="06"), BUYER2,
            D(2026, 11, 19), D(2026, 10, 27), D(2026, 11, 27),
            [L("Porotherm 30 N+F tégla - visszáru", "-40", "db", "1120"), L("Raklapdíj beszámítás", "-6", "db", "3500")],
            title="MÓDOSÍTÓ SZÁMLA", preceding="E-TEP-2026-31877", sep=" ", datefmt="dot",
            notes=["Módosítás oka: visszáru (40 db tégla) és raklap-visszavétel."]))
    add(Doc("22_proforma", "bilingual_proforma", "bilingual", "proforma", "DB-2026-0312",
            P("Kódkert Szoftverfejlesztő Kft.", "9700 Szombathely, Fő tér 20.", "kodkert", county="18", vat=True,
              extra=["Bankszámla: 12010659-01499999-00100006"]), BUYER,
            D(2026, 11, 18), None, D(2026, 11, 25),
            [L("Szoftverlicenc éves díj 2027 / Annual licence 2027", "25", "felhasználó", "48000"),
             L("Bevezetési támogatás / Onboarding", "8", "óra", "22000")],
            title="DÍJBEKÉRŐ / PRO FORMA INVOICE", sep=".", datefmt="iso", payment="Átutalás",
            notes=["Ez a díjbekérő nem számla, áfa levonására nem jogosít. / This is not a tax invoice."]))
    coll_lines = [L(f"Szállítás {d} (SZL-26-{4000 + i})", "1", "fuvar", str(38000 + 1250 * (i % 5)))
                  for i, d in enumerate([f"2026.10.{x:02}" for x in (1, 2, 5, 6, 7, 8, 9, 12, 13, 14, 15, 16, 19, 20,
                                                                   21, 22, 26, 27, 28, 29, 30)] +
                                        [f"2026.10.{x:02}" for x in (3, 10, 17, 24, 31)] +
                                        [f"2026.10.{x:02}" for x in (4, 11, 18, 25)])]
    add(Doc("23_collective", "rl_collective", "reportlab", "normal", "FUV-GY-2026-10",
            P("Rábaközi Fuvarozó Kft.", "9300 Csorna, Soproni út 52.", "rabakozi", county="08",
              extra=["Bankszámla: 11737007-20345612"]), BUYER2,
            D(2026, 11, 2), D(2026, 10, 31), D(2026, 11, 17), coll_lines,
            title="GYŰJTŐSZÁMLA", sep=".", datefmt="dot", extra_meta=[("Időszak", "2026.10.01 - 2026.10.31")]))
    add(Doc("24_cash_accounting", "rl_cash_accounting", "reportlab", "normal", "PK/2026/000233",
            P("Pálinkás Könyvelőiroda Kft.", "5600 Békéscsaba, Andrássy út 37.", "palinkas-konyv", county="04",
              extra=["Bankszámla: 53200039-11061212"]), BUYER3,
            D(2026, 11, 5), D(2026, 11, 5), D(2026, 11, 20),
            [L("Könyvelési díj 2026. október", "1", "hó", "95000"), L("Bérszámfejtés", "7", "fő", "4500")],
            title="SZÁMLA", sep=" ", datefmt="dotspace", notes=["Pénzforgalmi elszámolás"]))
    add(Doc("25_it_service_rl", "rl_it_service", "reportlab", "normal", "2026-000781",
            P("Bitpark Rendszerház Kft.", "8000 Székesfehérvár, Budai út 9.", "bitpark", county="07", vat=True), BUYER,
            D(2026, 11, 20), D(2026, 11, 19), D(2026, 12, 5),
            [L("Laptop 14\" i5 16 GB", "3", "db", "329000"), L("Dokkoló USB-C", "3", "db", "48900"),
             L("Telepítés, adatmigráció", "6", "óra", "14000")],
            title="Számla", sep="\u00a0", datefmt="long", payment="Átutalás", extra_meta=[("Megrendelés", "MR-7781")]))
    add(Doc("26_cleaning_novitax", "erp_cleaning", "erp", "normal", "T-0003421/2026",
            P("Ragyogó Takarító és Szolgáltató Kft.", "3530 Miskolc, Széchenyi utca 90.", "ragyogo", county="05"),
            BUYER, D(2026, 11, 3), D(2026, 10, 31), D(2026, 11, 10),
            [L("Irodatakarítás október", "1", "hó", "265000"), L("Ablaktisztítás", "180", "m2", "650"),
             L("Tisztítószer továbbszámlázás", "1", "tétel", "12400")],
            sep="", datefmt="dotspace", title="SZÁMLA - Novitax"))
    add(Doc("27_wholesale_food", "classic_food", "classic", "normal", "SZ-2026-18833",
            P("Zöldmező Élelmiszer-nagykereskedés Kft.", "2700 Cegléd, Pesti út 101.", "zoldmezo", county="13"), BUYER3,
            D(2026, 11, 21), D(2026, 11, 21), D(2026, 11, 29),
            [L("Tej 2,8% 1 l", "120", "karton", "2940", "18"), L("Liszt BL55 1 kg", "80", "db", "289", "5"),
             L("Ásványvíz 1,5 l", "60", "karton", "1620", "27"), L("Sertéskaraj", "25", "kg", "2490", "5")],
            sep=".", datefmt="iso", payment="Készpénz", stamp="MINTA"))
    add(Doc("28_cobra_consulting", "boxes_consulting", "boxes", "normal", "CB/2026/00219",
            P("Horizont Vezetési Tanácsadó Kft.", "1126 Budapest, Böszörményi út 13.", "horizont", county="43",
              vat=True), BUYER,
            D(2026, 11, 24), D(2026, 11, 24), D(2026, 12, 24),
            [L("Folyamatfejlesztési tanácsadás", "32", "óra", "28500"), L("Workshop vezetése", "2", "nap", "240000")],
            sep=" ", datefmt="dot", extra_meta=[("Szerződésszám", "HZ-SZ-2026-07"), ("Projektkód", "PRJ-0419")]))
    add(Doc("29_cash_bakery_round", "receipt_round", "receipt", "normal", "KP-2026/00871",
            P("Kemencés Sütöde Bt.", "8900 Zalaegerszeg, Kossuth Lajos utca 40.", "kemences", county="20"),
            Party("Tóth Gáborné", "8900 Zalaegerszeg, Landorhegyi út 15."),
            D(2026, 11, 22), D(2026, 11, 22), None,
            [L("Pogácsa (sajtos) 1 kg", "2", "kg", "3890", "18"), L("Kalács fonott", "3", "db", "1149", "18"),
             L("Szendvicstorta", "1", "db", "11980", "27")],
            payment="Készpénz", rounding=-2, sep=".", datefmt="iso"))
    add(Doc("30_storno_billingo_eur", "bilingual_storno_eur", "bilingual", "storno", "EX-2026/0091",
            P("Dunakanyar Precíziós Gépgyártó Kft.", "2600 Vác, Avar utca 7.", "dunakanyar-gep", county="13", vat=True),
            Party("Alpenmetall Handels GmbH", "Wiener Straße 212, 4020 Linz, Österreich", None, "ATU63842917"),
            D(2026, 11, 20), D(2026, 11, 6), D(2026, 12, 9),
            [L("CNC marott alkatrész AM-44 / Milled part AM-44", "300", "db", "14.80", "KBAET"),
             L("Szerszámköltség / Tooling", "1", "klt", "650.00", "KBAET")],
            title="ÉRVÉNYTELENÍTŐ SZÁMLA / CANCELLATION INVOICE", currency="EUR", preceding="EX-2026/0088", sign=-1,
            sep=".", datefmt="dot"))
    return docs


def _fix_rounding(d: Doc) -> None:
    """A cash invoice rounds what is payable to 0 or 5 forints; the Kerekítés printed is what that takes."""
    if d.rounding is not None:
        gross = int(d.totals()[2])
        d.rounding = (round(gross / 5) * 5) - gross


def chromium_pdf(markup: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "doc.html"
        page.write_text(markup, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}",
                        "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile", page.as_uri()],
                       check=True, capture_output=True, timeout=120)


def write_all(folder: Path = HERE, only: set[str] | None = None) -> list[Doc]:
    docs = documents()
    for d in docs:
        if only and d.stem not in only:
            continue
        _fix_rounding(d)
        out = folder / f"{d.stem}.pdf"
        if d.template == "reportlab":
            reportlab_pdf(d, out)
        else:
            chromium_pdf(TEMPLATES[d.template](d), out)
        (folder / f"{d.stem}.json").write_text(json.dumps(d.expected(), ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
    return docs


if __name__ == "__main__":
    import sys

    write_all(only=set(sys.argv[1:]) or None)
