# ruff: noqa
"""Shared helpers: tax numbers, money, dates, totals for the blind set X."""
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

MONTHS = ["január", "február", "március", "április", "május", "június", "július",
          "augusztus", "szeptember", "október", "november", "december"]


def taxnum(seven, vat="2", county="04"):
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seven, w))
    d8 = (10 - s % 10) % 10
    return f"{seven}{d8}-{vat}-{county}"


def vatnum(tax):
    return "HU" + tax[:8]


def fdate(d, style):
    if d is None:
        return None
    y, m, dd = d.year, d.month, d.day
    return {
        "dot": f"{y}.{m:02d}.{dd:02d}.",
        "dotnz": f"{y}.{m:02d}.{dd:02d}",
        "long": f"{y}. {MONTHS[m-1]} {dd}.",
        "de": f"{dd:02d}.{m:02d}.{y}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "sl": f"{y}/{m:02d}/{dd:02d}",
    }[style]


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmoney(x, style, dec):
    """style: space | dot | plain | en ; dec: number of decimals printed"""
    x = D(x)
    neg = x < 0
    x = abs(x).quantize(D(1) / (D(10) ** dec) if dec else D(1), ROUND_HALF_UP)
    ip = int(x)
    fp = f"{x:.{dec}f}".split(".")[1] if dec else ""
    if style == "space":
        r = _group(ip, " ") + ("," + fp if dec else "")
    elif style == "dot":
        r = _group(ip, ".") + ("," + fp if dec else "")
    elif style == "plain":
        r = str(ip) + ("," + fp if dec else "")
    elif style == "en":
        r = _group(ip, ",") + ("." + fp if dec else "")
    else:
        raise ValueError(style)
    return ("-" if neg else "") + r


NUMERIC = {"27": D("0.27"), "18": D("0.18"), "5": D("0.05"), "0": D(0)}
RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM",
              "FAD": "FAD", "KBAET": "KBAET", "EUFAD": "EUFAD37"}


def q(x, cur):
    return D(x).quantize(D("0.01") if cur != "HUF" else D(1), ROUND_HALF_UP)


def compute(inv):
    """fills line nets, per-rate summary and totals (Decimal)."""
    cur = inv["currency"]
    per = {}
    for ln in inv["lines"]:
        ln["net"] = q(D(str(ln["qty"])) * D(str(ln["price"])), cur)
        per.setdefault(ln["rate"], D(0))
        per[ln["rate"]] += ln["net"]
    summ = []
    for r, net in per.items():
        vat = q(net * NUMERIC.get(r, D(0)), cur)
        summ.append((r, net, vat, net + vat))
    inv["summary"] = summ
    inv["net"] = sum((s[1] for s in summ), D(0))
    inv["vat"] = sum((s[2] for s in summ), D(0))
    inv["gross"] = inv["net"] + inv["vat"]
    if inv.get("fx"):
        inv["vat_huf"] = q(inv["vat"] * D(inv["fx"]), "HUF")
    return inv


def amount_str(x, cur):
    return str(int(x)) if cur == "HUF" else f"{x:.2f}"
