# ruff: noqa
"""Money, dates and totals for the blind set ZC."""
from decimal import Decimal, ROUND_HALF_UP
import datetime as dt

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]

RATES = {"27": Decimal("0.27"), "18": Decimal("0.18"), "5": Decimal("0.05"),
         "AAM": Decimal(0), "TAM": Decimal(0), "EUFAD": Decimal(0)}
RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "AAM": "AAM", "TAM": "TAM", "EUFAD": "EUFAD"}
RATE_ORDER = ["27", "18", "5", "AAM", "TAM", "EUFAD"]


def d(s):
    return dt.date.fromisoformat(s)


def fdate(s, fmt):
    if s is None:
        return ""
    x = d(s)
    if fmt == "dot":
        return f"{x.year}.{x.month:02d}.{x.day:02d}."
    if fmt == "iso":
        return x.isoformat()
    if fmt == "long":
        return f"{x.year}. {HU_MONTHS[x.month - 1]} {x.day}."
    if fmt == "dotsp":
        return f"{x.year}. {x.month:02d}. {x.day:02d}."
    raise ValueError(fmt)


def q(v, cur):
    if cur == "HUF":
        return Decimal(v).quantize(Decimal(1), ROUND_HALF_UP)
    return Decimal(v).quantize(Decimal("0.01"), ROUND_HALF_UP)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def famt(v, fmt, cur):
    """Format an amount (no currency sign). fmt: sp | dot | dotdash | nosep"""
    v = Decimal(v)
    neg = v < 0
    v = abs(v)
    if cur == "HUF":
        i = int(v.quantize(Decimal(1), ROUND_HALF_UP))
        if fmt == "sp":
            s = _group(i, " ")
        elif fmt == "dot":
            s = _group(i, ".")
        elif fmt == "dotdash":
            s = _group(i, ".") + ",-"
        elif fmt == "nosep":
            s = str(i)
        else:
            raise ValueError(fmt)
    else:
        v = v.quantize(Decimal("0.01"), ROUND_HALF_UP)
        i = int(v)
        frac = f"{int((v - i) * 100):02d}"
        if fmt in ("sp", "nosep"):
            s = _group(i, " ") + "," + frac
        else:
            s = _group(i, ".") + "," + frac
    return ("-" + s) if neg else s


def fqty(x):
    x = Decimal(x)
    if x == x.to_integral_value():
        return str(int(x))
    return str(x).replace(".", ",")


def compute(inv):
    """Fill line values, VAT breakdown and totals."""
    cur = inv["currency"]
    lines = []
    groups = {}
    for it in inv["items"]:
        desc, qty, unit, price, rate = it[:5]
        qty = Decimal(str(qty))
        price = Decimal(str(price))
        net = q(qty * price, cur)
        vat = q(net * RATES[rate], cur)
        lines.append(dict(desc=desc, qty=qty, unit=unit, price=price, rate=rate, net=net, vat=vat,
                          gross=net + vat, code=(it[5] if len(it) > 5 else "")))
        g = groups.setdefault(rate, [Decimal(0), Decimal(0)])
        g[0] += net
        g[1] += vat
    breakdown = [(r, groups[r][0], groups[r][1], groups[r][0] + groups[r][1]) for r in RATE_ORDER if r in groups]
    net = sum(l["net"] for l in lines)
    vat = sum(l["vat"] for l in lines)
    inv["lines"] = lines
    inv["breakdown"] = breakdown
    inv["net"] = net
    inv["vat"] = vat
    inv["gross"] = net + vat
    if cur != "HUF":
        inv["vat_huf"] = q(vat * Decimal(inv["fx"]), "HUF")
        inv["net_huf"] = q(net * Decimal(inv["fx"]), "HUF")
    return inv


def jamt(v, cur):
    if cur == "HUF":
        return str(int(v))
    return f"{Decimal(v).quantize(Decimal('0.01')):f}"
