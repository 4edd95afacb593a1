# ruff: noqa
"""Shared helpers for set J: tax numbers, number/date forms, totals, Hungarian number words."""
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
import datetime as dt

D = Decimal


def taxno(first7: str, v: int, cc: int) -> str:
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(first7, w))
    return f"{first7}{(10 - s % 10) % 10}-{v}-{cc:02d}"


def hu_vat(tax: str) -> str:
    return "HU" + tax[:8]


MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december"]
MABBR = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]


def fdate(d, style):
    if d is None:
        return ""
    if style == "dots":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "spaced":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if style == "long":
        return f"{d.year}. {MONTHS[d.month-1]} {d.day}."
    if style == "abbr":
        return f"{d.year}. {MABBR[d.month-1]} {d.day}."
    if style == "iso":
        return d.isoformat()
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def famt(v, style):
    v = D(v)
    neg = v < 0
    v = -v if neg else v
    if style in ("sp0", "dot0", "dotdash"):
        q = v.quantize(D(1), ROUND_HALF_UP)
        ip, dp = str(q), None
    else:
        q = v.quantize(D("0.01"), ROUND_HALF_UP)
        ip, dp = str(q).split(".")
    th = {"sp0": " ", "dot0": ".", "dotdash": ".", "sp2": " ", "en2": ",", "de2": ".", "mono": ""}[style]
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = th.join(groups)
    if style == "dotdash":
        s += ",-"
    elif dp is not None:
        s += ("." if style == "en2" else ",") + dp
    return ("-" if neg else "") + s


def plain(v, cur):
    v = D(v)
    if cur == "HUF":
        return str(v.quantize(D(1), ROUND_HALF_UP))
    return str(v.quantize(D("0.01"), ROUND_HALF_UP))


@dataclass
class Party:
    name: str
    addr: str
    tax: str | None = None
    vat: str | None = None
    extra: list = field(default_factory=list)  # (label, value) printed in the party block


@dataclass
class Doc:
    no: str
    short: str
    style: str
    kind: str
    title: str
    issue: dt.date
    fulf: dt.date | None
    due: dt.date | None
    seller: Party
    buyer: Party
    lines: list  # (desc, qty, unit, unit_price, rate) rate int or code str e.g. 'FAD'
    cur: str = "HUF"
    amt: str = "sp0"
    date: str = "dots"
    prec: str | None = None
    payment: str = "Átutalás"
    header_extra: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    after_totals: list = field(default_factory=list)  # (label, printed value) lines under totals
    period: str | None = None
    words: bool = False
    watermark: str | None = None
    stamp: str | None = None
    font: str = "DejaVu Sans"
    fsize: float = 10
    fulf_printed: bool = True
    no_label: str | None = None

    # computed
    def dec(self):
        return 0 if self.cur == "HUF" else 2

    def q(self, v):
        return D(v).quantize(D(1) if self.cur == "HUF" else D("0.01"), ROUND_HALF_UP)

    def line_net(self, ln):
        return self.q(D(str(ln[1])) * D(str(ln[3])))

    def summary(self):
        by = {}
        for ln in self.lines:
            by.setdefault(ln[4], D(0))
            by[ln[4]] += self.line_net(ln)
        out = []
        for r, n in by.items():
            pct = r if isinstance(r, int) else 0
            v = self.q(n * pct / 100)
            out.append((r, n, v, n + v))
        return out

    def totals(self):
        s = self.summary()
        n = sum((x[1] for x in s), D(0))
        v = sum((x[2] for x in s), D(0))
        return n, v, n + v

    def A(self, v):
        return famt(v, self.amt)

    def Dt(self, d):
        return fdate(d, self.date)

    def rate_label(self, r):
        return f"{r}%" if isinstance(r, int) else r

    def expected(self):
        n, v, g = self.totals()
        return {
            "invoice_number": self.no,
            "kind": self.kind,
            "issue_date": self.issue.isoformat(),
            "fulfilment_date": self.fulf.isoformat() if (self.fulf and self.fulf_printed) else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": self.cur,
            "net_total": plain(n, self.cur),
            "vat_total": plain(v, self.cur),
            "gross_total": plain(g, self.cur),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat,
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "preceding_invoice": self.prec,
            "layout": "blind_j_" + self.style,
        }


_ONES = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_ONES_C = ["", "egy", "két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_TENS = {1: ("tíz", "tizen"), 2: ("húsz", "huszon"), 3: ("harminc", "harminc"), 4: ("negyven", "negyven"),
         5: ("ötven", "ötven"), 6: ("hatvan", "hatvan"), 7: ("hetven", "hetven"), 8: ("nyolcvan", "nyolcvan"),
         9: ("kilencven", "kilencven")}


def _u1000(n, compound):
    h, r = divmod(n, 100)
    t, o = divmod(r, 10)
    s = ""
    if h:
        s += ("" if h == 1 else _ONES_C[h]) + "száz"
    if t:
        s += _TENS[t][0] if o == 0 else _TENS[t][1]
    if o:
        s += (_ONES_C if compound else _ONES)[o]
    return s


def words(n):
    n = int(abs(n))
    if n == 0:
        return "nulla"
    parts = []
    for div, name in ((10**9, "milliárd"), (10**6, "millió"), (1000, "ezer")):
        k, n = divmod(n, div)
        if k:
            parts.append(_u1000(k, True) + name)
    if n:
        parts.append(_u1000(n, False))
    big = len(parts) > 1 or (int(abs(n)) > 2000)
    return "-".join(parts) if len(parts) > 1 else parts[0]
