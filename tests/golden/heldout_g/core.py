"""Data model, arithmetic and printed forms for blind set G (all invented)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

D = Decimal


def tax_number(base7: str, v: int, county: str) -> str:
    weights = (9, 7, 3, 1, 9, 7, 3)
    check = (10 - sum(int(c) * w for c, w in zip(base7, weights)) % 10) % 10
    return f"{base7}{check}-{v}-{county}"


def hu_vat(tax: str) -> str:
    return "HU" + tax[:8]


@dataclass
class Party:
    name: str
    addr: list[str]
    tax: str | None = None
    vat: str | None = None
    extra: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal
    rate: object = 27  # int percent or a code string ("AAM", "TAM", "EU", "FA", "AHK")

    def pct(self) -> int:
        return self.rate if isinstance(self.rate, int) else 0


MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december"]


def fmt_date(iso: str | None, style: str) -> str:
    if iso is None:
        return ""
    y, m, d = iso.split("-")
    return {
        "dot": f"{y}.{m}.{d}.",
        "dotsp": f"{y}. {m}. {d}.",
        "long": f"{y}. {MONTHS[int(m) - 1]} {int(d)}.",
        "iso": iso,
        "eu": f"{d}.{m}.{y}",
        "dotnz": f"{y}.{m}.{d}",
    }[style]


def _group(n: int, sep: str) -> str:
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def fmt_money(x: Decimal, style: str) -> str:
    neg = x < 0
    x = abs(x)
    whole = int(x)
    cents = f"{int((x - whole) * 100):02d}"
    out = {
        "sp": lambda: _group(whole, " "),
        "dot": lambda: _group(whole, "."),
        "dotdash": lambda: _group(whole, ".") + ",-",
        "sp2": lambda: _group(whole, " ") + "," + cents,
        "de2": lambda: _group(whole, ".") + "," + cents,
        "en2": lambda: _group(whole, ",") + "." + cents,
        "plain": lambda: str(whole),
        "plain2": lambda: f"{whole}.{cents}",
        "sp2d": lambda: _group(whole, " ") + "." + cents,
    }[style]()
    if style in ("sp", "dot", "plain", "dotdash") and x != whole:
        out = out.removesuffix(",-") + "," + cents
    return ("-" if neg else "") + out


def plain(x: Decimal, cur: str) -> str:
    return str(int(x)) if cur == "HUF" else f"{x:.2f}"


_ONES = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
_TENS = ["", "tíz", "húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]
_TENP = ["", "tizen", "huszon", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]


def _w3(n: int, before: bool) -> str:
    h, r = divmod(n, 100)
    t, o = divmod(r, 10)
    s = ""
    if h:
        s += ("egy" if h == 1 else ("két" if h == 2 else _ONES[h])) + "száz"
    if o == 0:
        s += _TENS[t]
    else:
        s += _TENP[t] + ("két" if (o == 2 and before) else _ONES[o])
    return s


def words(n: int) -> str:
    if n == 0:
        return "Nulla"
    neg, total = n < 0, abs(n)
    n, parts = total, []
    for size, name in ((1_000_000, "millió"), (1000, "ezer"), (1, "")):
        g, n = divmod(n, size)
        if g:
            parts.append(_w3(g, bool(name)) + name)
    out = ("-" if total > 2000 else "").join(parts)
    out = out[0].upper() + out[1:]
    return ("Mínusz " + out.lower()) if neg else out


@dataclass
class Doc:
    stem: str
    style: str
    number: str
    kind: str
    issue: str | None
    fulf: str | None
    due: str | None
    cur: str
    seller: Party
    buyer: Party
    lines: list[Line]
    preceding: str | None = None
    datefmt: str = "dot"
    moneyfmt: str = "sp"
    opts: dict = field(default_factory=dict)
    engine: str = "html"

    def q(self, x: Decimal) -> Decimal:
        return x.quantize(D("1") if self.cur == "HUF" else D("0.01"), ROUND_HALF_UP)

    def lnet(self, ln: Line) -> Decimal:
        return self.q(ln.qty * ln.price)

    def lvat(self, ln: Line) -> Decimal:
        return self.q(self.lnet(ln) * ln.pct() / 100)

    def lgross(self, ln: Line) -> Decimal:
        return self.lnet(ln) + self.lvat(ln)

    @property
    def net(self) -> Decimal:
        return sum((self.lnet(ln) for ln in self.lines), D(0))

    @property
    def vat(self) -> Decimal:
        return sum((self.lvat(ln) for ln in self.lines), D(0))

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat

    def by_rate(self) -> list[tuple[object, Decimal, Decimal, Decimal]]:
        rates: dict = {}
        for ln in self.lines:
            n, v = rates.get(ln.rate, (D(0), D(0)))
            rates[ln.rate] = (n + self.lnet(ln), v + self.lvat(ln))
        order = sorted(rates, key=lambda r: (-r if isinstance(r, int) else 1))
        return [(r, rates[r][0], rates[r][1], rates[r][0] + rates[r][1]) for r in order]

    def d(self, iso: str | None) -> str:
        return fmt_date(iso, self.datefmt)

    def m(self, x: Decimal) -> str:
        return fmt_money(x, self.moneyfmt)

    def expected(self) -> dict:
        return {
            "invoice_number": self.number,
            "kind": self.kind,
            "issue_date": self.issue,
            "fulfilment_date": self.fulf,
            "due_date": self.due,
            "currency": self.cur,
            "net_total": plain(self.net, self.cur),
            "vat_total": plain(self.vat, self.cur),
            "gross_total": plain(self.gross, self.cur),
            "seller.name": self.seller.name,
            "seller.tax_number": self.seller.tax,
            "seller.vat_number": self.seller.vat,
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "preceding_invoice": self.preceding,
            "layout": f"blind_g_{self.style}",
        }

    def printed(self) -> list[str]:
        """What must appear in the text layer, in the printed forms."""
        out = [self.number, self.d(self.issue), self.m(self.net), self.m(self.vat), self.m(self.gross),
               self.seller.name, self.buyer.name]
        if self.fulf:
            out.append(self.d(self.fulf))
        if self.due:
            out.append(self.d(self.due))
        for p in (self.seller, self.buyer):
            out += [x for x in (p.tax, p.vat) if x]
        if self.preceding:
            out.append(self.preceding)
        return out


def rate_label(r: object) -> str:
    return f"{r}%" if isinstance(r, int) else str(r)


def qty(x: Decimal) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")
