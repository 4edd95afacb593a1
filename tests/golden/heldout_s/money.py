# ruff: noqa
"""Amounts, dates, tax numbers for blind set S (invented data)."""
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]


def tax(base7, vat="2", county="41"):
    d = [int(c) for c in base7]
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(a * b for a, b in zip(d, w))
    d8 = (10 - s % 10) % 10
    return f"{base7}{d8}-{vat}-{county}"


def eu(taxno, cc="HU"):
    return cc + taxno[:8]


RATE_NUM = {"27": D(27), "18": D(18), "5": D(5), "0": D(0), "AAM": D(0), "TAM": D(0),
            "FAD": D(0), "KBAET": D(0)}


def q(x, cur):
    return x.quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


def compute(inv):
    cur = inv["cur"]
    rows = []
    groups = {}
    for ln in inv["lines"]:
        desc, qty, unit, price, rate = ln[:5]
        qty = D(str(qty)); price = D(str(price))
        net = q(qty * price, cur)
        rows.append(dict(desc=desc, qty=qty, unit=unit, price=price, rate=rate, net=net))
        groups.setdefault(rate, D(0))
        groups[rate] += net
    summ = []
    for rate, net in groups.items():
        vat = q(net * RATE_NUM[rate] / 100, cur)
        summ.append(dict(rate=rate, net=net, vat=vat, gross=net + vat))
    # line vat/gross (proportional, for display only in line columns)
    for r in rows:
        r["vat"] = q(r["net"] * RATE_NUM[r["rate"]] / 100, cur)
        r["gross"] = r["net"] + r["vat"]
    net = sum((s["net"] for s in summ), D(0))
    vat = sum((s["vat"] for s in summ), D(0))
    inv["rows"] = rows
    inv["summ"] = summ
    inv["net"], inv["vat"], inv["gross"] = net, vat, net + vat
    # line-level vat may differ from group rounding: make line vat consistent only when one line per group
    return inv


def plain(x, cur):
    return str(q(x, cur))


def fmt(x, style, cur="HUF"):
    """style: sp, dot, plain2, sp2, dot2, en2"""
    dec = cur != "HUF" or style in ("plain2", "sp2", "dot2", "en2")
    x = q(D(x), cur if not dec else "EUR")
    neg = x < 0
    x = abs(x)
    ip = int(x)
    fr = f"{x:.2f}".split(".")[1]
    digits = f"{ip:d}"
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:]); digits = digits[:-3]
    groups.insert(0, digits)
    if style in ("sp", "sp2"):
        s = " ".join(groups); dsep = ","
    elif style in ("dot", "dot2"):
        s = ".".join(groups); dsep = ","
    elif style == "en2":
        s = ",".join(groups); dsep = "."
    else:
        s = "".join(groups); dsep = ","
    if dec:
        s = s + dsep + fr
    return ("-" if neg else "") + s


def fdate(d, style):
    if d is None:
        return ""
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "long":
        return f"{d.year}. {HU_MONTHS[d.month-1]} {d.day}."
    if style == "dmy":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def fqty(x):
    x = D(x)
    if x == x.to_integral():
        return str(int(x))
    return str(x.normalize()).replace(".", ",")


RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM",
              "FAD": "FAD", "KBAET": "KBAET"}
