# ruff: noqa
"""Shared data model, arithmetic and formatting for blind set O."""
from dataclasses import dataclass, field
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def taxnum(seven, vat="2", county="13"):
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seven, w))
    d8 = (-s) % 10
    return f"{seven}{d8}-{vat}-{county}"


def huvat(tax):
    return "HU" + tax[:8]


@dataclass
class Party:
    name: str
    addr: list
    tax: str = None
    vat: str = None
    extra: list = field(default_factory=list)  # printed extra lines (bank, phone)


# rate key -> (percent, label)
RATES = {
    "27": (D("27"), "27%"),
    "18": (D("18"), "18%"),
    "5": (D("5"), "5%"),
    "0": (D("0"), "0%"),
    "KBA": (D("0"), "0% KBA"),
    "EXP": (D("0"), "0% export"),
    "AAM": (D("0"), "AAM"),
    "TAM": (D("0"), "TAM"),
    "FAD": (D("0"), "FAD"),
    "ATK": (D("0"), "ÁTHK"),
    "REV": (D("0"), "0% RC"),
    "AHK": (D("0"), "ÁHK"),
}


@dataclass
class Line:
    desc: str
    qty: D
    unit: str
    price: D
    rate: str = "27"
    net: D = None
    vat: D = None


@dataclass
class Inv:
    slug: str
    number: str
    kind: str
    issue: dt.date
    fulfil: dt.date
    due: dt.date
    currency: str
    seller: Party
    buyer: Party
    lines: list
    layout: str
    datefmt: str = "dot"
    numfmt: str = "space"
    pay: str = "Átutalás"
    preceding: str = None
    fx: D = None  # HUF per 1 unit of currency
    fxdate: dt.date = None
    notes: list = field(default_factory=list)
    buyer_name_printed: bool = True
    dec: int = None
    # computed
    groups: dict = None
    net: D = None
    vat: D = None
    gross: D = None


def q(x, cur):
    if cur == "HUF":
        return x.quantize(D("1"), rounding=ROUND_HALF_UP)
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def compute(inv):
    if inv.dec is None:
        inv.dec = 0 if inv.currency == "HUF" else 2
    groups = {}
    for ln in inv.lines:
        ln.net = q(ln.qty * ln.price, inv.currency)
        g = groups.setdefault(ln.rate, [D(0), D(0), D(0)])
        g[0] += ln.net
    for k, g in groups.items():
        g[1] = q(g[0] * RATES[k][0] / 100, inv.currency)
        g[2] = g[0] + g[1]
    # per-line VAT for display (may differ in rounding from group; display group values in totals)
    for ln in inv.lines:
        ln.vat = q(ln.net * RATES[ln.rate][0] / 100, inv.currency)
    inv.groups = groups
    inv.net = sum((g[0] for g in groups.values()), D(0))
    inv.vat = sum((g[1] for g in groups.values()), D(0))
    inv.gross = inv.net + inv.vat
    assert inv.gross == sum((g[2] for g in groups.values()), D(0))
    return inv


def huf(inv, x):
    return (x * inv.fx).quantize(D("1"), rounding=ROUND_HALF_UP)


def fdate(d, style):
    if d is None:
        return ""
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "dotns":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "long":
        return f"{d.year}. {HU_MONTHS[d.month-1]} {d.day}."
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "en":
        return f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    raise ValueError(style)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def famt(x, style, dec=None):
    """style: space | dot | plain | en ; dec: number of decimals (None -> 0 for ints)."""
    neg = x < 0
    x = abs(x)
    if dec is None:
        dec = 0 if x == x.to_integral_value() and style != "en" else 2
    xs = f"{x:.{dec}f}"
    ip, _, fp = xs.partition(".")
    if style == "space":
        s = _group(ip, "\u00a0")
        dp = ","
    elif style == "dot":
        s = _group(ip, ".")
        dp = ","
    elif style == "plain":
        s = ip
        dp = ","
    elif style == "en":
        s = _group(ip, ",")
        dp = "."
    elif style == "apos":
        s = _group(ip, "'")
        dp = "."
    else:
        raise ValueError(style)
    if fp:
        s = s + dp + fp
    return ("-" if neg else "") + s


def plain(x, cur):
    return str(q(x, cur))


def expected(inv):
    return {
        "invoice_number": inv.number,
        "kind": inv.kind,
        "issue_date": inv.issue.isoformat(),
        "fulfilment_date": inv.fulfil.isoformat() if inv.fulfil else None,
        "due_date": inv.due.isoformat() if inv.due else None,
        "currency": inv.currency,
        "net_total": plain(inv.net, inv.currency),
        "vat_total": plain(inv.vat, inv.currency),
        "gross_total": plain(inv.gross, inv.currency),
        "seller.name": inv.seller.name,
        "seller.tax_number": inv.seller.tax,
        "seller.vat_number": inv.seller.vat,
        "buyer.name": inv.buyer.name if inv.buyer_name_printed else None,
        "buyer.tax_number": inv.buyer.tax,
        "buyer.vat_number": inv.buyer.vat,
        "preceding_invoice": inv.preceding,
        "layout": "blind_o_" + inv.layout,
    }
