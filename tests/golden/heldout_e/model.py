"""Set E's invented documents: parties, lines, totals and the printed forms of dates and amounts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

WEIGHTS = (9, 7, 3, 1, 9, 7, 3)


def tax_number(base7: str, v: int, county: int) -> str:
    """An adószám ``12345678-V-CC`` whose 8th digit is the NAV check digit of the first seven."""
    check = (10 - sum(int(d) * w for d, w in zip(base7, WEIGHTS)) % 10) % 10
    return f"{base7}{check}-{v}-{county:02d}"


@dataclass
class Party:
    name: str
    address: list[str]
    tax: str | None = None
    vat: str | None = None
    extra: list[str] = field(default_factory=list)


def party(name: str, address: list[str], base7: str | None = None, v: int = 2, county: int = 41,
          vat: bool = False, extra: list[str] | None = None, foreign_vat: str | None = None) -> Party:
    tax = tax_number(base7, v, county) if base7 else None
    vat_no = foreign_vat or (f"HU{tax[:8]}" if vat and tax else None)
    return Party(name, address, tax, vat_no, extra or [])


RATES = {"27": 27, "18": 18, "5": 5, "0": 0, "AAM": 0, "TAM": 0, "KBAET": 0, "FAD": 0, "EUFAD": 0}


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal  # net unit price
    rate: str  # key of RATES

    def net(self, places: int) -> Decimal:
        return q(self.qty * self.price, places)

    def vat(self, places: int) -> Decimal:
        return q(self.net(places) * RATES[self.rate] / 100, places)


def q(x: Decimal, places: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def L(desc: str, qty: float | str, unit: str, price: str | int, rate: str) -> Line:
    return Line(desc, Decimal(str(qty)), unit, Decimal(str(price)), rate)


@dataclass
class Doc:
    stem: str
    style: str
    kind: str
    number: str
    issue: date
    fulfil: date | None
    due: date | None
    currency: str
    seller: Party
    buyer: Party
    lines: list[Line]
    preceding: str | None = None
    datefmt: str = "dot"
    amtfmt: str = "sp"
    opts: dict = field(default_factory=dict)

    @property
    def places(self) -> int:
        return 0 if self.currency == "HUF" else 2

    @property
    def net(self) -> Decimal:
        return sum((ln.net(self.places) for ln in self.lines), Decimal(0))

    @property
    def vat(self) -> Decimal:
        return sum((ln.vat(self.places) for ln in self.lines), Decimal(0))

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat

    def groups(self) -> list[tuple[str, Decimal, Decimal, Decimal]]:
        """(rate, net, VAT, gross) per rate in the order the rates first appear."""
        out: dict[str, list[Decimal]] = {}
        for ln in self.lines:
            g = out.setdefault(ln.rate, [Decimal(0), Decimal(0)])
            g[0] += ln.net(self.places)
            g[1] += ln.vat(self.places)
        return [(r, n, v, n + v) for r, (n, v) in out.items()]

    def d(self, x: date | None) -> str:
        return fmt_date(x, self.datefmt) if x else ""

    def m(self, x: Decimal) -> str:
        return fmt_amount(x, self.amtfmt, self.places)

    def expected(self) -> dict:
        plain = lambda x: str(q(x, self.places))
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
            "buyer.name": self.buyer.name,
            "buyer.tax_number": self.buyer.tax,
            "buyer.vat_number": self.buyer.vat,
            "preceding_invoice": self.preceding,
            "layout": f"blind_e_{self.style}",
        }


MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus",
          "szeptember", "október", "november", "december"]
MONTHS_ABBR = ["jan.", "febr.", "márc.", "ápr.", "máj.", "jún.", "júl.", "aug.", "szept.", "okt.", "nov.", "dec."]


def fmt_date(x: date, style: str) -> str:
    return {
        "dot": f"{x:%Y.%m.%d}.",
        "dotnoend": f"{x:%Y.%m.%d}",
        "dots": f"{x.year}. {x:%m}. {x:%d}.",
        "long": f"{x.year}. {MONTHS[x.month - 1]} {x.day}.",
        "abbr": f"{x.year}. {MONTHS_ABBR[x.month - 1]} {x.day}.",
        "iso": x.isoformat(),
        "eu": f"{x:%d.%m.%Y}",
        "slash": f"{x:%Y/%m/%d}",
    }[style]


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def fmt_amount(x: Decimal, style: str, places: int) -> str:
    """``sp`` 1 234 567 / 1 234,50; ``sp2`` always two decimals; ``dot`` 1.234.567; ``en`` 1,234.50;
    ``nb`` like ``sp`` with no-break spaces; ``dash`` 1.234.567,- (whole forints)."""
    sign = "-" if x < 0 else ""
    x = abs(x)
    if style == "sp2":
        places = 2
    whole, _, frac = f"{x:.{places}f}".partition(".")
    if style in ("sp", "sp2"):
        s = _group(whole, " ") + ("," + frac if frac else "")
    elif style == "nb":
        s = _group(whole, "\u00a0") + ("," + frac if frac else "")
    elif style == "dot":
        s = _group(whole, ".") + ("," + frac if frac else "")
    elif style == "dash":
        s = _group(whole, ".") + ",-"
    elif style == "en":
        s = _group(whole, ",") + ("." + frac if frac else "")
    else:
        raise ValueError(style)
    return sign + s


ONES = ["", "egy", "kettő", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"]
TENS = ["", "tíz", "húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]
TENS_P = ["", "tizen", "huszon", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"]


def _under1000(n: int, before: bool) -> str:
    h, rest = divmod(n, 100)
    t, o = divmod(rest, 10)
    s = ""
    if h:
        s += ("két" if h == 2 else "" if h == 1 else ONES[h]) + "száz"
    if o == 0:
        s += TENS[t]
    else:
        s += TENS_P[t] + ("két" if (o == 2 and before) else ONES[o])
    return s


def in_words(n: int) -> str:
    """A whole amount in Hungarian words (``kétezer-háromszázöt``)."""
    if n == 0:
        return "nulla"
    neg = n < 0
    n = abs(n)
    hyphen = n > 2000
    parts = []
    for size, name in ((10**6, "millió"), (10**3, "ezer")):
        k, n = divmod(n, size)
        if k:
            parts.append(("" if (k == 1 and size == 1000) else _under1000(k, True)) + name)
    if n:
        parts.append(_under1000(n, False))
    return ("mínusz " if neg else "") + ("-" if hyphen else "").join(parts)
