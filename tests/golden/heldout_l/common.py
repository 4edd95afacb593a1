# ruff: noqa
"""Shared helpers for blind set L: tax numbers, money, dates, line arithmetic."""
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, ROUND_HALF_UP

D = Decimal

# VAT codes: code -> (rate, Hungarian label, English label)
VAT = {
    "27": (D("0.27"), "27%", "27%"),
    "18": (D("0.18"), "18%", "18%"),
    "5": (D("0.05"), "5%", "5%"),
    "0": (D("0"), "0%", "0%"),
    "AAM": (D("0"), "AAM", "VAT exempt (AAM)"),
    "TAM": (D("0"), "TAM", "exempt (TAM)"),
    "FAD": (D("0"), "FAD", "reverse charge"),
    "EUFAD": (D("0"), "EUFAD", "reverse charge"),
    "KBAET": (D("0"), "KBAET", "0% intra-EU"),
    "AKK": (D("0"), "ÁKK", "out of scope"),
    "ATK": (D("0"), "Adómentes", "exempt (Art. 98)"),
}


def tax_check_digit(d7):
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(d7, w))
    return (10 - s % 10) % 10


def taxno(d7, vat_code="2", county="13"):
    assert len(d7) == 7
    return f"{d7}{tax_check_digit(d7)}-{vat_code}-{county}"


def valid_taxno(t):
    d = t[:8]
    w = [9, 7, 3, 1, 9, 7, 3, 1]
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


def euvat(tax):
    return "HU" + tax[:8]


@dataclass
class Party:
    name: str
    addr: list
    tax: str | None = None  # Hungarian adószám as printed
    vat: str | None = None  # EU VAT number as printed
    extra: list = field(default_factory=list)  # printed extra lines (bank, register no...)


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: str
    price: Decimal  # net unit price in invoice currency
    vat: str = "27"
    code: str = ""
    net: Decimal = None
    tax: Decimal = None
    gross: Decimal = None


def q(v, cur):
    return v.quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


def compute(inv):
    cur = inv["currency"]
    summ = {}
    for ln in inv["lines"]:
        ln.net = q(ln.qty * ln.price, cur)
        ln.tax = q(ln.net * VAT[ln.vat][0], cur)
        ln.gross = ln.net + ln.tax
        s = summ.setdefault(ln.vat, [D(0), D(0), D(0)])
        s[0] += ln.net
        s[1] += ln.tax
        s[2] += ln.gross
    inv["summary"] = summ
    inv["net"] = sum((s[0] for s in summ.values()), D(0))
    inv["vat"] = sum((s[1] for s in summ.values()), D(0))
    inv["gross"] = sum((s[2] for s in summ.values()), D(0))
    assert inv["net"] + inv["vat"] == inv["gross"]
    if inv.get("fx"):
        inv["vat_huf"] = (inv["vat"] * inv["fx"]).quantize(D("1"), rounding=ROUND_HALF_UP)
        inv["summary_huf"] = {
            k: [(x * inv["fx"]).quantize(D("1"), rounding=ROUND_HALF_UP) for x in v]
            for k, v in summ.items()
        }
    return inv


def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(v, style, decimals=None):
    """style: 'space' 1 234 567 | 'dot' 1.234.567 | 'space2' 1 234 567,00 |
    'de' 1.234,50 | 'en' 1,234.50 | 'hu2' 1 234,50 | 'plain2' 1234.50"""
    neg = v < 0
    v = abs(v)
    if decimals is None:
        decimals = 0 if style in ("space", "dot") else 2
    v = v.quantize(D(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    ip = int(v)
    frac = str(v).split(".")[1] if decimals else ""
    if style == "space":
        s = group(ip, " ")
    elif style == "dot":
        s = group(ip, ".")
    elif style in ("space2", "hu2"):
        s = group(ip, " ") + "," + frac
    elif style == "de":
        s = group(ip, ".") + "," + frac
    elif style == "en":
        s = group(ip, ",") + "." + frac
    elif style == "plain2":
        s = f"{ip}.{frac}"
    else:
        raise ValueError(style)
    return ("-" if neg else "") + s


def qty(v):
    s = format(v.normalize(), "f")
    return s.replace(".", ",")


HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def dt(d, style):
    if d is None:
        return ""
    if style == "hu":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "hu_nodot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "hu_sp":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if style == "iso":
        return d.isoformat()
    if style == "hu_long":
        return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}."
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "en":
        return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"
    if style == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    raise ValueError(style)


def rate_label(code, lang="hu"):
    return VAT[code][1] if lang == "hu" else VAT[code][2]


def expected_json(inv):
    cur = inv["currency"]

    def amt(v):
        return str(q(v, cur))

    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["number"],
        "kind": inv["kind"],
        "issue_date": inv["issue"].isoformat(),
        "fulfilment_date": inv["fulfil"].isoformat() if inv.get("fulfil") else None,
        "due_date": inv["due"].isoformat() if inv.get("due") else None,
        "currency": cur,
        "net_total": amt(inv["net"]),
        "vat_total": amt(inv["vat"]),
        "gross_total": amt(inv["gross"]),
        "seller.name": s.name,
        "seller.tax_number": s.tax,
        "seller.vat_number": s.vat,
        "buyer.name": b.name if b else None,
        "buyer.tax_number": b.tax if b else None,
        "buyer.vat_number": b.vat if b else None,
        "preceding_invoice": inv.get("preceding"),
        "layout": "blind_l_" + inv["template"],
    }
