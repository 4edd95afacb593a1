# ruff: noqa
"""Shared helpers for blind set N: money arithmetic, number/date formatting, tax numbers."""
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
RATE_PCT = {"27": D("27"), "18": D("18"), "5": D("5"), "0": D("0"), "AAM": D("0"),
            "TAM": D("0"), "FAD": D("0"), "KBAET": D("0")}
RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM",
              "FAD": "FAD", "KBAET": "KBAET"}


def tax_number(seven: str, vat: str = "2", county: str = "13") -> str:
    d = [int(c) for c in seven]
    w = [9, 7, 3, 1, 9, 7, 3]
    d8 = (-sum(a * b for a, b in zip(d, w))) % 10
    return f"{seven}{d8}-{vat}-{county}"


def check_tax(t: str) -> bool:
    d = [int(c) for c in t[:8]]
    return sum(a * b for a, b in zip(d, [9, 7, 3, 1, 9, 7, 3, 1])) % 10 == 0


def q(x, dec):
    return D(x).quantize(D(1) if dec == 0 else D("0.01"), rounding=ROUND_HALF_UP)


def fmt_num(x, style="sp", dec=0):
    x = q(x, dec)
    neg = x < 0
    s = f"{abs(x):.{dec}f}"
    ip, _, fp = s.partition(".")
    sep = {"sp": " ", "dot": ".", "plain": "", "en": ",", "apos": "'"}[style]
    decsep = "." if style in ("en", "apos") else ","
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = sep.join(groups)
    if dec:
        out += decsep + fp
    return ("-" if neg else "") + out


def fmt_date(d, style="dot"):
    if d is None:
        return ""
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "long":
        return f"{d.year}. {HU_MONTHS[d.month - 1]} {d.day}."
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "dotsp":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    raise ValueError(style)


def compute(inv):
    """Fill line nets/vats, per-rate summary and totals (Decimal) into inv."""
    dec = inv.get("dec", 0 if inv["currency"] == "HUF" else 2)
    inv["dec"] = dec
    by_rate = {}
    for ln in inv["lines"]:
        net = q(D(str(ln["qty"])) * D(str(ln["price"])), dec)
        vat = q(net * RATE_PCT[ln["rate"]] / 100, dec)
        ln["net"], ln["vat"], ln["gross"] = net, vat, net + vat
        r = by_rate.setdefault(ln["rate"], [D(0), D(0)])
        r[0] += net
        r[1] += vat
    inv["by_rate"] = [(k, v[0], v[1], v[0] + v[1]) for k, v in by_rate.items()]
    inv["net"] = sum((v[1] for v in inv["by_rate"]), D(0))
    inv["vat"] = sum((v[2] for v in inv["by_rate"]), D(0))
    inv["gross"] = inv["net"] + inv["vat"]
    assert inv["gross"] == sum((v[3] for v in inv["by_rate"]), D(0))
    if inv.get("fx"):
        inv["vat_huf"] = q(inv["vat"] * D(inv["fx"].replace(",", ".")), 0)
        inv["by_rate_huf"] = [(k, q(n * D(inv["fx"].replace(",", ".")), 0), q(v * D(inv["fx"].replace(",", ".")), 0)) for k, n, v, g in inv["by_rate"]]
    return inv


def amount_json(x, dec):
    return f"{q(x, dec):.{dec}f}"
