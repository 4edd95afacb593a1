# ruff: noqa
"""Shared model, arithmetic and formatting for blind set R."""
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

RATES = {"27": D(27), "18": D(18), "5": D(5), "0": D(0), "AAM": D(0), "TAM": D(0),
         "AHK": D(0), "FAD": D(0), "EUFAD37": D(0), "K": D(0)}
MONTHS = ["január", "február", "március", "április", "május", "június", "július",
          "augusztus", "szeptember", "október", "november", "december"]


def taxno(seven, vat="2", county="13"):
    d = [int(c) for c in seven]
    s = sum(w * x for w, x in zip([9, 7, 3, 1, 9, 7, 3], d))
    return f"{seven}{(10 - s % 10) % 10}-{vat}-{county}"


def huvat(tax):
    return "HU" + tax[:8]


def q(v, places):
    return v.quantize(D(1) if places == 0 else D("0.01"), rounding=ROUND_HALF_UP)


def compute(inv):
    places = 2 if inv["cur"] != "HUF" else 0
    groups = {}
    rows = []
    for ln in inv["lines"]:
        desc, qty, unit, price, rc = ln[:5]
        qty, price = D(str(qty)), D(str(price))
        net = q(qty * price, places)
        rows.append(dict(desc=desc, qty=qty, unit=unit, price=price, rc=rc, net=net,
                         vat=q(net * RATES[rc] / 100, places), extra=ln[5] if len(ln) > 5 else None))
        groups.setdefault(rc, D(0))
        groups[rc] += net
    summ = []
    for rc, net in groups.items():
        vat = q(net * RATES[rc] / 100, places)
        summ.append(dict(rc=rc, net=net, vat=vat, gross=net + vat))
    for r in rows:
        r["gross"] = r["net"] + r["vat"]
    net = sum((s["net"] for s in summ), D(0))
    vat = sum((s["vat"] for s in summ), D(0))
    inv["rows"], inv["summ"] = rows, summ
    inv["net"], inv["vat"], inv["gross"] = net, vat, net + vat
    inv["places"] = places
    if inv["cur"] != "HUF" and inv.get("xrate"):
        r = D(str(inv["xrate"]))
        inv["vat_huf"] = q(vat * r, 0)
        for s in summ:
            s["vat_huf"] = q(s["vat"] * r, 0)
            s["net_huf"] = q(s["net"] * r, 0)
        inv["net_huf"] = sum((s["net_huf"] for s in summ), D(0))
    return inv


def fnum(v, style="space", places=0):
    """style: space '1 234,50' / dot '1.234,50' / plain '1234,50' / comma_en '1,234.50'."""
    v = D(v)
    neg = v < 0
    v = abs(v)
    s = f"{v:.{places}f}"
    ip, _, fp = s.partition(".")
    sep = {"space": " ", "dot": ".", "plain": "", "comma_en": ",", "apos": "'"}[style]
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    ip = sep.join(groups)
    dec = "." if style == "comma_en" else ","
    out = ip + (dec + fp if places else "")
    return ("-" + out) if neg else out


def fdate(s, style="dot"):
    if s is None:
        return ""
    d = dt.date.fromisoformat(s)
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "dotnt":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "long":
        return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


def rate_label(rc):
    return f"{rc}%" if rc.isdigit() else rc


def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
