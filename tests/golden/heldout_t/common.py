# ruff: noqa
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

HU_MONTHS = ["január","február","március","április","május","június","július","augusztus","szeptember","október","november","december"]


def taxnum(seed, vat_code=2, county=13):
    d = [int(c) for c in seed[:7]]
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(a * b for a, b in zip(d, w))
    d8 = (-s) % 10
    core = seed[:7] + str(d8)
    return f"{core}-{vat_code}-{county:02d}"


def vatnum(tax):
    return "HU" + tax[:8] if tax else None


def q(x, cur):
    return x.quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


RATES = {"27%": D("0.27"), "18%": D("0.18"), "5%": D("0.05"), "0%": D("0"), "AAM": D("0"), "TAM": D("0"), "FAD": D("0"), "KBAET": D("0")}


def compute(inv):
    cur = inv["currency"]
    rows = []
    by = {}
    for ln in inv["lines"]:
        desc, qty, unit, price, rate = ln
        qty = D(str(qty)); price = D(str(price))
        net = q(qty * price, cur)
        rows.append(dict(desc=desc, qty=qty, unit=unit, price=price, rate=rate, net=net))
        by.setdefault(rate, D(0))
        by[rate] += net
    summ = []
    for rate, net in by.items():
        vat = q(net * RATES[rate], cur)
        summ.append(dict(rate=rate, net=net, vat=vat, gross=net + vat))
    for r in rows:
        r["vat"] = q(r["net"] * RATES[r["rate"]], cur)
        r["gross"] = r["net"] + r["vat"]
    net = sum((s["net"] for s in summ), D(0)); vat = sum((s["vat"] for s in summ), D(0))
    return dict(rows=rows, summ=summ, net=net, vat=vat, gross=net + vat)


def fnum(x, style, cur="HUF"):
    neg = x < 0
    x = abs(x)
    dec = cur != "HUF" or style.endswith("_dec")
    s = f"{x:.2f}" if dec else f"{q(x,'HUF'):.0f}"
    ip, _, fp = s.partition(".")
    base = style.replace("_dec", "")
    sep = {"sp": " ", "dot": ".", "plain": "", "comma": ","}[base]
    dsep = "." if base == "comma" else ","
    g = ""
    while len(ip) > 3:
        g = sep + ip[-3:] + g; ip = ip[:-3]
    g = ip + g
    if fp:
        g += dsep + fp
    return ("-" if neg else "") + g


def fdate(d, style):
    if d is None:
        return ""
    d = dt.date.fromisoformat(d)
    return {"dot": f"{d:%Y.%m.%d.}", "long": f"{d.year}. {HU_MONTHS[d.month-1]} {d.day}.", "de": f"{d:%d.%m.%Y}",
            "iso": d.isoformat(), "slash": f"{d:%Y/%m/%d}", "dotns": f"{d:%Y.%m.%d}"}[style]


def jamount(x, cur):
    return f"{x:.0f}" if cur == "HUF" else f"{x:.2f}"
