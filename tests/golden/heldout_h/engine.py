# ruff: noqa: RUF060
"""Shared pieces of blind set H: invented tax numbers, Hungarian date and amount forms, line arithmetic, rendering."""

from __future__ import annotations

import re
import subprocess
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

KEYS = ["invoice_number", "kind", "issue_date", "fulfilment_date", "due_date", "currency", "net_total",
        "vat_total", "gross_total", "seller.name", "seller.tax_number", "seller.vat_number", "buyer.name",
        "buyer.tax_number", "buyer.vat_number", "preceding_invoice", "layout"]


def taxno(seven: str, v: int = 2, county: int = 13) -> str:
    """An invented adószám whose 8th digit is the NAV check digit."""
    weights = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(d) * w for d, w in zip(seven, weights))
    return f"{seven}{(10 - s % 10) % 10}-{v}-{county:02d}"


def vatno(tax: str) -> str:
    return "HU" + tax[:8]


# ---------------------------------------------------------------- dates
MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]
SHORT = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]


def dfmt(iso: str, form: str) -> str:
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    return {
        "dot": f"{y}.{m}.{d}.",
        "dotnoend": f"{y}.{m}.{d}",
        "spaced": f"{y}. {m}. {d}.",
        "long": f"{y}. {MONTHS[mi - 1]} {di}.",
        "short": f"{y}. {SHORT[mi - 1]} {di}.",
        "iso": iso,
        "eu": f"{d}.{m}.{y}",
        "slash": f"{y}/{m}/{d}",
    }[form]


# ---------------------------------------------------------------- amounts
def q(x, cur: str) -> Decimal:
    exp = Decimal("1") if cur == "HUF" else Decimal("0.01")
    return Decimal(x).quantize(exp, rounding=ROUND_HALF_UP)


def plain(x: Decimal, cur: str) -> str:
    """Expected-JSON form: no grouping, '.' decimal point."""
    return str(q(x, cur))


def _group(n: int, sep: str) -> str:
    s = f"{n:d}"
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def afmt(x: Decimal, form: str) -> str:
    """Printed amount forms (no currency unless the form carries one)."""
    neg = x < 0
    x = abs(x)
    whole = int(x)
    cents = int((x - whole) * 100 + Decimal("0.5")) if form not in () else 0
    cents = int((x * 100).to_integral_value(rounding=ROUND_HALF_UP)) - whole * 100
    sign = "-" if neg else ""
    if form == "sp":  # 1 234 567
        return sign + _group(whole, " ")
    if form == "dot":  # 1.234.567
        return sign + _group(whole, ".")
    if form == "sp00":  # 1 234 567,00
        return sign + _group(whole, " ") + f",{cents:02d}"
    if form == "dotdash":  # 1.234.567,-
        return sign + _group(whole, ".") + ",-"
    if form == "en":  # 1,234.50
        return sign + _group(whole, ",") + f".{cents:02d}"
    if form == "de":  # 1.234,50
        return sign + _group(whole, ".") + f",{cents:02d}"
    if form == "spc":  # 1 234,50
        return sign + _group(whole, " ") + f",{cents:02d}"
    if form == "bare":  # 1234567
        return sign + str(whole)
    raise ValueError(form)


# ---------------------------------------------------------------- Hungarian number words ("azaz ... forint")
_ONES = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_ONES_C = ["", "egy", "két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_TENS = ["", "tíz", "húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]
_TENS_P = ["", "tizen", "huszon", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]


def _below1000(n: int, last: bool) -> str:
    h, r = divmod(n, 100)
    t, o = divmod(r, 10)
    s = ""
    if h:
        s += ("" if h == 1 else _ONES_C[h]) + "száz"
    if t:
        s += (_TENS_P[t] if o else _TENS[t])
    if o:
        s += (_ONES if last else _ONES_C)[o]
    return s


def words(n: int) -> str:
    if n == 0:
        return "nulla"
    if n < 0:
        return "mínusz " + words(-n)
    parts = []
    for value, name in ((1_000_000_000, "milliárd"), (1_000_000, "millió"), (1000, "ezer")):
        k, n = divmod(n, value)
        if k:
            parts.append(_below1000(k, False) + name)
    if n:
        parts.append(_below1000(n, True))
    total_over_2000 = len(parts) > 1
    return ("-" if total_over_2000 else "").join(parts)


# ---------------------------------------------------------------- lines and totals
RATE_TEXT = {"AAM": "AAM", "TAM": "TAM", "FAD": "FAD", "EU": "EU", "KBE": "KBE", "ÁKK": "ÁKK"}


class Doc:
    def __init__(self, stem: str, kind: str, style: str, currency: str = "HUF"):
        self.stem = stem
        self.exp = {k: None for k in KEYS}
        self.exp["kind"] = kind
        self.exp["currency"] = currency
        self.exp["layout"] = "blind_h_" + style
        self.cur = currency
        self.printed: dict[str, str] = {}
        self.lines: list[dict] = []

    # a field shown on the page: remember the value and the printed form
    def show(self, key: str, value: str, printed: str | None = None) -> str:
        self.exp[key] = value
        self.printed[key] = printed if printed is not None else value
        return self.printed[key]

    def date(self, key: str, iso: str, form: str) -> str:
        return self.show(key, iso, dfmt(iso, form))

    def amount(self, key: str, value: Decimal, form: str) -> str:
        return self.show(key, plain(value, self.cur), afmt(value, form))

    def party(self, who: str, name: str, tax: str | None = None, vat: str | None = None) -> None:
        self.show(f"{who}.name", name)
        if tax:
            self.show(f"{who}.tax_number", tax)
        if vat:
            self.show(f"{who}.vat_number", vat)

    def add(self, desc: str, qty, unit: str, price, rate, **extra) -> None:
        qty, price = Decimal(str(qty)), Decimal(str(price))
        net = q(qty * price, self.cur)
        self.lines.append(dict(desc=desc, qty=qty, unit=unit, price=price, rate=rate, net=net, **extra))

    def groups(self) -> list[tuple[object, Decimal, Decimal]]:
        order: dict = {}
        for ln in self.lines:
            order.setdefault(ln["rate"], Decimal(0))
            order[ln["rate"]] += ln["net"]
        out = []
        for rate, net in order.items():
            pct = rate if isinstance(rate, int) else 0
            out.append((rate, net, q(net * pct / 100, self.cur)))
        return out

    def line_vat(self, ln) -> Decimal:
        pct = ln["rate"] if isinstance(ln["rate"], int) else 0
        return q(ln["net"] * pct / 100, self.cur)

    def totals(self) -> tuple[Decimal, Decimal, Decimal]:
        g = self.groups()
        net = sum((x[1] for x in g), Decimal(0))
        vat = sum((x[2] for x in g), Decimal(0))
        return net, vat, net + vat


def rate_label(rate) -> str:
    return f"{rate}%" if isinstance(rate, int) else RATE_TEXT.get(rate, str(rate))


def qty_text(qty: Decimal, comma: bool = True) -> str:
    s = f"{qty.normalize():f}"
    return s.replace(".", ",") if comma else s


# ---------------------------------------------------------------- rendering
FIXED_DATE = b"D:20261201090000"


def fix_dates(pdf: bytes) -> bytes:
    return re.sub(rb"D:\d{14}", FIXED_DATE, pdf)


def html_to_pdf(html: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.html"
        src.write_text(html, encoding="utf-8")
        target = Path(tmp) / "doc.pdf"
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/prof", f"--print-to-pdf={target}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
        out.write_bytes(fix_dates(target.read_bytes()))


BASE_CSS = """
* { font-variant-ligatures: none; box-sizing: border-box; }
body { margin: 0; }
table { border-collapse: collapse; }
.r { text-align: right; }
td.r, th.r { white-space: nowrap; }
.c { text-align: center; }
.page { page-break-after: always; position: relative; }
.page:last-child { page-break-after: auto; }
"""


def page_html(css: str, body: str, size: str = "A4", margin: str = "14mm") -> str:
    return (f"<!DOCTYPE html><html lang='hu'><head><meta charset='utf-8'><style>@page {{ size: {size}; margin: {margin}; }}"
            f"{BASE_CSS}{css}</style></head><body>{body}</body></html>")


DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def rl_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVM", "DejaVuSansMono.ttf"),
                       ("DVMB", "DejaVuSansMono-Bold.ttf"), ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf"),
                       ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, DEJAVU + file))
