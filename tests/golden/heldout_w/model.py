# ruff: noqa
"""Data model, amounts and formatting for blind set W."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]

RATE_PCT = {"27": 27, "18": 18, "5": 5, "0": 0, "AAM": 0, "TAM": 0, "FAD": 0, "EUFAD": 0, "KBAET": 0, "RC": 0}
RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM", "FAD": "FAD",
              "EUFAD": "EUFAD", "KBAET": "KBAET", "RC": "RC"}


def check_digit(seven: str) -> str:
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seven, w))
    return str((10 - s % 10) % 10)


def tn(seven: str, vat: str = "2", county: str = "41") -> str:
    """Hungarian tax number with a valid check digit."""
    return f"{seven}{check_digit(seven)}-{vat}-{county}"


def cvat(taxnum: str) -> str:
    return "HU" + taxnum[:8]


@dataclass
class Party:
    name: str
    addr: list[str]
    tax: str | None = None
    vat: str | None = None
    extra: list[str] = field(default_factory=list)  # bank account, e-mail, etc.


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: str = "27"
    note: str = ""


def fmt_num(x: Decimal, style: str, dec: int) -> str:
    neg = x < 0
    x = abs(x)
    q = D(1).scaleb(-dec) if dec else D(1)
    x = x.quantize(q, ROUND_HALF_UP)
    s = f"{x:.{dec}f}"
    ip, _, fp = s.partition(".")
    if style in ("sp00", "plain00") and dec == 0:
        fp = "00"
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    if style in ("sp", "sp00"):
        ip2, dsep = " ".join(groups), ","
    elif style == "dot":
        ip2, dsep = ".".join(groups), ","
    elif style == "en":
        ip2, dsep = ",".join(groups), "."
    elif style in ("plain", "plain00"):
        ip2, dsep = "".join(groups), ","
    elif style == "plaindot":
        ip2, dsep = "".join(groups), "."
    else:
        raise ValueError(style)
    out = ip2 + (dsep + fp if fp else "")
    return ("-" if neg else "") + out


def fmt_date(d: dt.date | None, style: str) -> str:
    if d is None:
        return ""
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "dotnt":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "long":
        return f"{d.year}. {HU_MONTHS[d.month-1]} {d.day}."
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "en":
        return f"{EN_MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "enshort":
        return f"{d.day} {EN_MONTHS[d.month-1][:3]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "de":
        return f"{d.day}. {DE_MONTHS[d.month-1]} {d.year}"
    raise ValueError(style)


@dataclass
class Invoice:
    slug: str
    template: str
    number: str
    kind: str
    issue: dt.date
    fulfil: dt.date | None
    due: dt.date | None
    currency: str
    seller: Party
    buyer: Party
    lines: list[Line]
    numfmt: str = "sp"
    datefmt: str = "dot"
    preceding: str | None = None
    fx: Decimal | None = None      # HUF per 1 unit of currency, printed for EUR
    pay: str = "Átutalás"
    notes: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    @property
    def dec(self) -> int:
        return 0 if self.currency == "HUF" else 2

    @property
    def q(self) -> Decimal:
        return D(1) if self.dec == 0 else D("0.01")

    def line_net(self, ln: Line) -> Decimal:
        return (ln.qty * ln.price).quantize(self.q, ROUND_HALF_UP)

    def line_vat(self, ln: Line) -> Decimal:
        return (self.line_net(ln) * RATE_PCT[ln.rate] / 100).quantize(self.q, ROUND_HALF_UP)

    @property
    def groups(self):
        order, acc = [], {}
        for ln in self.lines:
            if ln.rate not in acc:
                order.append(ln.rate)
                acc[ln.rate] = D(0)
            acc[ln.rate] += self.line_net(ln)
        out = []
        for r in order:
            net = acc[r]
            vat = (net * RATE_PCT[r] / 100).quantize(self.q, ROUND_HALF_UP)
            out.append((r, net, vat, net + vat))
        return out

    @property
    def net(self):
        return sum((g[1] for g in self.groups), D(0))

    @property
    def vat(self):
        return sum((g[2] for g in self.groups), D(0))

    @property
    def gross(self):
        return self.net + self.vat

    def n(self, x: Decimal, dec: int | None = None) -> str:
        return fmt_num(x, self.numfmt, self.dec if dec is None else dec)

    def d(self, x) -> str:
        return fmt_date(x, self.datefmt)

    def huf(self, x: Decimal) -> Decimal:
        return (x * self.fx).quantize(D(1), ROUND_HALF_UP)

    def plain(self, x: Decimal) -> str:
        return f"{x:.{self.dec}f}"

    def expected(self) -> dict:
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat(),
            "fulfilment_date": self.fulfil.isoformat() if self.fulfil else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": self.currency,
            "net_total": self.plain(self.net),
            "vat_total": self.plain(self.vat),
            "gross_total": self.plain(self.gross),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat,
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "preceding_invoice": self.preceding,
            "layout": "blind_w_" + self.template,
        }
