# ruff: noqa
"""Formatting and arithmetic helpers for blind set V."""
from decimal import Decimal as D, ROUND_HALF_UP
import datetime as dt

HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def tn(d7, vat_digit, county):
    """Build a Hungarian tax number NNNNNNNN-N-NN with a valid check digit."""
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(d7, w))
    d8 = (10 - s % 10) % 10
    return f"{d7}{d8}-{vat_digit}-{county}"


def tn_ok(t):
    ds = t.replace("-", "")[:8]
    w = [9, 7, 3, 1, 9, 7, 3, 1]
    return sum(int(c) * k for c, k in zip(ds, w)) % 10 == 0


def vatno(t):
    return "HU" + t[:8]


def q(x, cur):
    return x.quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def amt(x, style, cur="HUF"):
    """Styles: sp, dot, plain00, sp00, en, de, plain."""
    neg = x < 0
    x = abs(x)
    dec = cur != "HUF" or style in ("plain00", "sp00", "en", "de")
    xs = f"{x:.2f}" if dec else f"{x:.0f}"
    ip, _, fp = xs.partition(".")
    if style in ("sp", "sp00"):
        r = _group(ip, " ") + ("," + fp if fp else "")
    elif style in ("dot", "de"):
        r = _group(ip, ".") + ("," + fp if fp else "")
    elif style == "en":
        r = _group(ip, ",") + ("." + fp if fp else "")
    elif style == "plain00":
        r = ip + ("," + fp if fp else "")
    else:  # plain
        r = ip + ("." + fp if fp else "")
    return ("-" if neg else "") + r


def qty(x):
    s = f"{x:f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s.replace(".", ",")


def date(d, style):
    if d is None:
        return ""
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}."
    if style == "long":
        return f"{d.year}. {HU_MONTHS[d.month-1]} {d.day}."
    if style == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dotsp":
        return f"{d.year}. {d.month:02d}. {d.day:02d}."
    if style == "en":
        return f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    raise ValueError(style)


# VAT codes: key -> (rate, short label, long label)
CODES = {
    "27": (D(27), "27%", "27 %"),
    "18": (D(18), "18%", "18 %"),
    "5": (D(5), "5%", "5 %"),
    "0": (D(0), "0%", "0 %"),
    "AAM": (D(0), "AAM", "Alanyi adómentes"),
    "TAM": (D(0), "TAM", "Tárgyi adómentes"),
    "FAD": (D(0), "FAD", "Fordított adózás"),
    "KBAET": (D(0), "KBAET", "Közösségen belüli adómentes értékesítés"),
    "IGL": (D(0), "0%", "0 % (steuerfreie innergem. Lieferung)"),
}


def compute(inv):
    """Fill line nets/vats and per-code and overall totals (Decimal)."""
    cur = inv["currency"]
    groups = {}
    for ln in inv["lines"]:
        rate = CODES[ln["code"]][0]
        ln["net"] = q(ln["qty"] * ln["price"], cur) if "net" not in ln else ln["net"]
        ln["vat"] = q(ln["net"] * rate / 100, cur)
        ln["gross"] = ln["net"] + ln["vat"]
        g = groups.setdefault(ln["code"], {"net": D(0), "vat": D(0)})
        g["net"] += ln["net"]
        g["vat"] += ln["vat"]
    for g in groups.values():
        g["gross"] = g["net"] + g["vat"]
    inv["groups"] = groups
    inv["net"] = sum((g["net"] for g in groups.values()), D(0))
    inv["vat"] = sum((g["vat"] for g in groups.values()), D(0))
    inv["gross"] = inv["net"] + inv["vat"]
    assert inv["gross"] == sum((g["gross"] for g in groups.values()), D(0))
    if cur != "HUF" and inv.get("rate"):
        inv["vat_huf"] = q(inv["vat"] * inv["rate"], "HUF")
        inv["net_huf"] = q(inv["net"] * inv["rate"], "HUF")
    return inv
