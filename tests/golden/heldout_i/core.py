# ruff: noqa
"""Shared model, formatting and totals for the blind set I (public-sector / non-profit inbox)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def tn(seven: str, v: int, cc: str) -> str:
    """Hungarian adószám with a valid NAV check digit."""
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seven, w))
    return f"{seven}{(10 - s % 10) % 10}-{v}-{cc}"


def hu_vat(tax: str) -> str:
    return "HU" + tax[:8]


MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december"]
MONTHS_ABBR = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]


def fdate(d: dt.date, style: str) -> str:
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "dotsp":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if style == "long":
        return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."
    if style == "abbr":
        return f"{d.year}. {MONTHS_ABBR[d.month - 1]} {d.day}."
    if style == "iso":
        return d.isoformat()
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


def fnum(v: Decimal, style: str, dp: int = 0) -> str:
    """Number in a printed form. style: sp, sp00, dot, dash, en, eu, dot00."""
    neg = v < 0
    a = abs(v)
    if style in ("sp00", "en", "eu", "dot00"):
        dp = 2
    if style == "dash":
        dp = 0
    q = D(1).scaleb(-dp)
    s = f"{a.quantize(q, rounding=ROUND_HALF_UP):f}"
    ip, _, fp = s.partition(".")
    tsep, dsep = {"sp": (" ", ","), "sp00": (" ", ","), "dot": (".", ","), "dot00": (".", ","), "dash": (".", ","),
                  "en": (",", "."), "eu": (".", ",")}[style]
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = tsep.join(groups)
    if dp:
        out += dsep + fp
    if style == "dash":
        out += ",-"
    return ("-" if neg else "") + out


def plain(v: Decimal, dp: int) -> str:
    q = D(1).scaleb(-dp)
    return f"{v.quantize(q, rounding=ROUND_HALF_UP):f}"


# --- Hungarian amount in words -------------------------------------------------------------------
_ONES = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_ONES_C = ["", "egy", "két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_TENS = ["", "tíz", "húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]
_TENS_C = ["", "tizen", "huszon", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]


def _under1000(n: int, compound: bool) -> str:
    h, r = divmod(n, 100)
    t, o = divmod(r, 10)
    s = ""
    if h:
        s += ("" if h == 1 else _ONES_C[h]) + "száz"
    if t:
        s += _TENS_C[t] if o else _TENS[t]
    if o:
        s += (_ONES_C if compound else _ONES)[o]
    return s


def words(n: int) -> str:
    if n == 0:
        return "nulla"
    neg = n < 0
    n = abs(n)
    parts = []
    for value, name in ((10**6, "millió"), (1000, "ezer")):
        q, n = divmod(n, value)
        if q:
            parts.append(_under1000(q, True) + name)
    if n:
        parts.append(_under1000(n, False))
    orig = sum([0])
    joined = "-".join(parts)
    if len(parts) == 2 and parts[0] in ("egyezer",) :
        joined = "ezer" + parts[1]
    elif len(parts) == 1 and parts[0] == "egyezer":
        joined = "ezer"
    return ("mínusz " if neg else "") + joined


# --- model ---------------------------------------------------------------------------------------
@dataclass
class Party:
    name: str
    addr: str
    tax: str | None = None
    vat: str | None = None
    extra: list = field(default_factory=list)  # printed extra lines (bank, registration, phone ...)
    show_vat: bool = True


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: object  # 27, 18, 5, 0 or "AAM" "TAM" "EU" "FAD" "K.AFA" ...
    note: str = ""


RATE_LABEL = {27: "27%", 18: "18%", 5: "5%", 0: "0%", "AAM": "AAM", "TAM": "TAM", "EU": "EUK", "FAD": "FAD",
              "RC": "RC", "KIVUL": "ÁKK"}


def pct(rate) -> Decimal:
    return D(rate) if isinstance(rate, int) else D(0)


@dataclass
class Doc:
    code: str
    short: str
    style: str
    kind: str
    number: str
    issue: dt.date
    fulfil: dt.date | None
    due: dt.date | None
    currency: str
    seller: Party
    buyer: Party
    lines: list
    preceding: str | None = None
    dfmt: str = "dot"
    afmt: str = "sp"
    opts: dict = field(default_factory=dict)

    @property
    def dp(self) -> int:
        return 0 if self.currency == "HUF" else 2

    def line_net(self, ln: Line) -> Decimal:
        return (ln.qty * ln.price).quantize(D(1).scaleb(-self.dp), rounding=ROUND_HALF_UP)

    def groups(self):
        """VAT summary by rate: list of (rate, net, vat, gross) in first-appearance order."""
        order, sums = [], {}
        for ln in self.lines:
            if ln.rate not in sums:
                order.append(ln.rate)
                sums[ln.rate] = D(0)
            sums[ln.rate] += self.line_net(ln)
        out = []
        for r in order:
            net = sums[r]
            vat = sum((self.line_vat(l) for l in self.lines if l.rate == r), D(0))  # per-line VAT, summed
            out.append((r, net, vat, net + vat))
        return out

    def line_vat(self, ln: Line) -> Decimal:
        return (self.line_net(ln) * pct(ln.rate) / 100).quantize(D(1).scaleb(-self.dp), rounding=ROUND_HALF_UP)

    @property
    def net(self):
        return sum((g[1] for g in self.groups()), D(0))

    @property
    def vat(self):
        return sum((g[2] for g in self.groups()), D(0))

    @property
    def gross(self):
        return self.net + self.vat

    def n(self, v: Decimal, style: str | None = None) -> str:
        return fnum(v, style or self.afmt, self.dp)

    def price(self, v: Decimal) -> str:
        if self.dp == 0 and v != v.to_integral_value():
            return fnum(v, {"dash": "dot", "sp00": "sp00"}.get(self.afmt, self.afmt), 2)
        return self.n(v)

    def d(self, v, style: str | None = None) -> str:
        return fdate(v, style or self.dfmt) if v else ""

    def expected(self) -> dict:
        p = lambda v: plain(v, self.dp)
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue.isoformat() if self.issue else None,
            "fulfilment_date": self.fulfil.isoformat() if self.fulfil else None,
            "due_date": self.due.isoformat() if self.due else None,
            "currency": self.currency,
            "net_total": p(self.net),
            "vat_total": p(self.vat),
            "gross_total": p(self.gross),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat if self.seller.show_vat else None,
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat if self.buyer.show_vat else None,
            "preceding_invoice": self.preceding,
            "layout": f"blind_i_{self.style}",
        }

    def printed_forms(self) -> list[str]:
        """Every non-null expected value in the form printed on the page."""
        out = [self.number, self.seller.name, self.buyer.name]
        for v in (self.issue, self.fulfil, self.due):
            if v:
                out.append(self.d(v, self.opts.get("check_dfmt")))
        for v in (self.net, self.vat, self.gross):
            out.append(self.n(v))
        for p in (self.seller, self.buyer):
            if p.tax:
                out.append(p.tax)
            if p.vat and p.show_vat:
                out.append(p.vat)
        if self.preceding:
            out.append(self.preceding)
        return out
