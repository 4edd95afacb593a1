# ruff: noqa
"""Data model, number/date formatting and totals for blind set Q."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def tax(seven: str, code: str, county: str) -> str:
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seven, w))
    d8 = (10 - s % 10) % 10
    return f"{seven}{d8}-{code}-{county}"


def check_tax(t: str) -> bool:
    d = t[:8]
    w = [9, 7, 3, 1, 9, 7, 3, 1]
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


def huvat(t: str) -> str:
    return "HU" + t[:8]


@dataclass
class Party:
    name: str
    addr: list
    tax: str | None = None
    vat: str | None = None
    extra: list = field(default_factory=list)  # printed but not expected (bank, email...)


RATE_PCT = {"27": D(27), "18": D(18), "5": D(5), "0": D(0), "AAM": D(0), "TAM": D(0),
            "FAD": D(0), "EUK": D(0)}


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: str = "27"


@dataclass
class Invoice:
    slug: str
    number: str
    kind: str
    issue: date
    fulfil: date | None
    due: date | None
    currency: str
    seller: Party
    buyer: Party
    lines: list
    layout: str
    datefmt: str = "dot"
    numfmt: str = "sp"
    payment: str = "átutalás"
    preceding: str | None = None
    notes: list = field(default_factory=list)
    eur_rate: Decimal | None = None
    show_buyer_name: bool = True

    @property
    def dec(self):
        return D("0.01") if self.currency != "HUF" else D("1")

    def rnd(self, x):
        return x.quantize(self.dec, rounding=ROUND_HALF_UP)

    def line_net(self, ln):
        return self.rnd(ln.qty * ln.price)

    def summary(self):
        out = {}
        for ln in self.lines:
            out.setdefault(ln.rate, D(0))
            out[ln.rate] += self.line_net(ln)
        res = []
        for r, n in out.items():
            v = self.rnd(n * RATE_PCT[r] / 100)
            res.append((r, n, v, n + v))
        return res

    @property
    def net(self):
        return sum((s[1] for s in self.summary()), D(0))

    @property
    def vat(self):
        return sum((s[2] for s in self.summary()), D(0))

    @property
    def gross(self):
        return self.net + self.vat

    def vat_huf(self):
        return (self.vat * self.eur_rate).quantize(D("1"), rounding=ROUND_HALF_UP)

    # formatting -----------------------------------------------------------
    def d(self, x, style=None):
        return fdate(x, style or self.datefmt) if x else ""

    def m(self, x, style=None, dec=None):
        return fnum(x, style or self.numfmt, self.currency != "HUF" if dec is None else dec)

    def q(self, x):
        s = format(x.normalize(), "f")
        return s.replace(".", ",") if self.numfmt != "en" else s

    def to_json(self):
        def plain(x):
            return format(self.rnd(x), "f")
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat(),
            "fulfilment_date": self.fulfil.isoformat() if self.fulfil else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": self.currency,
            "net_total": plain(self.net),
            "vat_total": plain(self.vat),
            "gross_total": plain(self.gross),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat,
            "buyer.name": self.buyer.name if self.show_buyer_name else None,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "preceding_invoice": self.preceding,
            "layout": "blind_q_" + self.layout,
        }


def fdate(x: date, style: str) -> str:
    if style == "dot":
        return f"{x.year}.{x.month:02d}.{x.day:02d}."
    if style == "dotsp":
        return f"{x.year}. {x.month:02d}. {x.day:02d}."
    if style == "long":
        return f"{x.year}. {HU_MONTHS[x.month - 1]} {x.day}."
    if style == "de":
        return f"{x.day:02d}.{x.month:02d}.{x.year}"
    if style == "iso":
        return x.isoformat()
    if style == "en":
        return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"
    if style == "slash":
        return f"{x.year}/{x.month:02d}/{x.day:02d}"
    raise ValueError(style)


def _group(intpart: str, sep: str) -> str:
    out = []
    while len(intpart) > 3:
        out.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    out.insert(0, intpart)
    return sep.join(out)


def fnum(x: Decimal, style: str, decimals: bool) -> str:
    neg = x < 0
    x = abs(x)
    if style in ("c00", "sp00", "dot00"):
        decimals = True
    s = format(x.quantize(D("0.01") if decimals else D("1"), rounding=ROUND_HALF_UP), "f")
    ip, _, fp = s.partition(".")
    if style in ("sp", "sp00"):
        r = _group(ip, " ") + ("," + fp if fp else "")
    elif style in ("dot", "dot00"):
        r = _group(ip, ".") + ("," + fp if fp else "")
    elif style == "c00":
        r = ip + "," + fp
    elif style == "en":
        r = _group(ip, ",") + ("." + fp if fp else "")
    elif style == "plain":
        r = ip + ("," + fp if fp else "")
    else:
        raise ValueError(style)
    return ("-" if neg else "") + r


RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM",
              "FAD": "FAD", "EUK": "0% EU"}
