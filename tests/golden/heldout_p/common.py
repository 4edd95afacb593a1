# ruff: noqa
"""Shared helpers for blind set P: money maths, formatting, rendering."""
import os
import re
import subprocess
import tempfile
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS_HU = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]


def tn(seed7, vat_code="2", county="41"):
    """Hungarian adószám with a valid check digit."""
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(int(c) * k for c, k in zip(seed7, w))
    d8 = (10 - s % 10) % 10
    return f"{seed7}{d8}-{vat_code}-{county}"


def hu_vat(tax):
    return "HU" + tax[:8]


RATES = {"27": D(27), "18": D(18), "5": D(5), "0": D(0), "AAM": D(0), "TAM": D(0),
         "FAD": D(0), "EUFAD": D(0), "KBAET": D(0), "ÁKK": D(0), "RC": D(0), "NP": D(0)}


def q(x, cur):
    return x.quantize(D("1") if cur == "HUF" else D("0.01"), rounding=ROUND_HALF_UP)


def compute(inv):
    cur = inv["currency"]
    lines = []
    for ln in inv["lines"]:
        desc, qty, unit, price, rate = ln[:5]
        qty = D(str(qty)); price = D(str(price))
        net = q(qty * price, cur)
        lines.append(dict(desc=desc, qty=qty, unit=unit, price=price, rate=rate, net=net))
    summary = {}
    for ln in lines:
        summary.setdefault(ln["rate"], D(0))
        summary[ln["rate"]] += ln["net"]
    rows = []
    for rate, net in summary.items():
        vat = q(net * RATES[rate] / 100, cur)
        rows.append(dict(rate=rate, net=net, vat=vat, gross=net + vat))
    for ln in lines:
        ln["vat"] = q(ln["net"] * RATES[ln["rate"]] / 100, cur)
        ln["gross"] = ln["net"] + ln["vat"]
    net = sum((r["net"] for r in rows), D(0))
    vat = sum((r["vat"] for r in rows), D(0))
    inv["_lines"] = lines
    inv["_rows"] = rows
    inv["_net"], inv["_vat"], inv["_gross"] = net, vat, net + vat
    if inv.get("fx"):
        fx = D(str(inv["fx"]))
        inv["_vat_huf"] = q(vat * fx, "HUF")
        inv["_net_huf"] = q(net * fx, "HUF")
        inv["_gross_huf"] = inv["_net_huf"] + inv["_vat_huf"]
    return inv


def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_num(x, style, dec=None):
    """style: space, dot, plain, hu (1 234,50), de (1.234,50), en (1,234.50), plaincomma (1234,50)."""
    x = D(x)
    if dec is None:
        dec = 0 if x == x.to_integral_value() and style in ("space", "dot", "plain") else 2
    neg = x < 0
    x = abs(x).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    ip, _, fp = f"{x:f}".partition(".")
    seps = {"space": (" ", ","), "dot": (".", ","), "plain": ("", ","), "hu": (" ", ","),
            "de": (".", ","), "en": (",", "."), "plaincomma": ("", ","), "plaindot": ("", ".")}
    gs, ds = seps[style]
    s = group(int(ip), gs)
    if dec:
        s += ds + fp
    return ("-" if neg else "") + s


def fmt_date(d, style):
    if d is None:
        return ""
    y, m, dd = int(d[:4]), int(d[5:7]), int(d[8:10])
    return {
        "dot": f"{y}.{m:02d}.{dd:02d}.",
        "dotnt": f"{y}.{m:02d}.{dd:02d}",
        "long": f"{y}. {MONTHS_HU[m-1]} {dd}.",
        "de": f"{dd:02d}.{m:02d}.{y}",
        "iso": d,
        "en": f"{dd} {MONTHS_EN[m-1]} {y}",
        "us": f"{MONTHS_EN[m-1]} {dd}, {y}",
        "delong": f"{dd}. {MONTHS_DE[m-1]} {y}",
        "slash": f"{dd:02d}/{m:02d}/{y}",
    }[style]


def amt(x):
    """JSON amount string."""
    return f"{D(x):f}"


def chromium(html, out_pdf):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={td}/ud",
                        f"--print-to-pdf={out_pdf}", "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    fix_dates(out_pdf)


def fix_dates(path):
    data = open(path, "rb").read()
    data = re.sub(rb"/(CreationDate|ModDate) ?\(D:\d{14}", lambda m: m.group(0)[:-14] + b"20270101000000", data)
    open(path, "wb").write(data)
