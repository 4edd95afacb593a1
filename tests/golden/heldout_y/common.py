# ruff: noqa
"""Shared helpers for blind set Y: money, dates, tax numbers, totals, rendering."""
import datetime as dt
import json
import os
import re
import subprocess
import tempfile
from decimal import Decimal, ROUND_HALF_UP

D = Decimal
HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def taxnum(seven, vat="2", county="13"):
    d = [int(c) for c in seven]
    w = [9, 7, 3, 1, 9, 7, 3]
    s = sum(a * b for a, b in zip(d, w))
    d8 = (10 - s % 10) % 10
    return f"{seven}{d8}-{vat}-{county}"


def hu_vat(tax):
    return "HU" + tax[:8]


def q(x, cur):
    if cur == "HUF":
        return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def money(x, style, cur):
    """Format an amount. style: sp, dot, plain, en, sp2, spd (sp with decimals even for HUF)."""
    x = D(x)
    neg = x < 0
    x = abs(x)
    dec = cur != "HUF" or style in ("plain", "sp2")
    xs = f"{x:.2f}" if dec else f"{x:.0f}"
    ip, _, fp = xs.partition(".")
    if style == "sp" or style == "sp2":
        r = group(ip, " ") + ("," + fp if fp else "")
    elif style == "dot":
        r = group(ip, ".") + ("," + fp if fp else "")
    elif style == "plain":
        r = ip + "," + fp
    elif style == "en":
        r = group(ip, ",") + ("." + fp if fp else "")
    elif style == "raw":
        r = ip + ("." + fp if fp else "")
    else:
        raise ValueError(style)
    return ("-" if neg else "") + r


def date(d, style):
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
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "en":
        return f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"
    if style == "cz":
        return f"{d.day}. {d.month}. {d.year}"
    raise ValueError(style)


RATE_LABEL = {"27": "27%", "18": "18%", "5": "5%", "0": "0%", "AAM": "AAM", "TAM": "TAM",
              "EUFAD": "EUFAD", "KBAET": "KBAET", "FAD": "FAD"}


def rate_pct(r):
    return D(r) if r.isdigit() else D(0)


def compute(inv):
    cur = inv["currency"]
    rows = []
    by_rate = {}
    for ln in inv["lines"]:
        desc, qty, unit, price, rate = ln[:5]
        net = q(D(str(qty)) * D(str(price)), cur)
        rows.append(dict(desc=desc, qty=D(str(qty)), unit=unit, price=D(str(price)), rate=rate, net=net))
        by_rate.setdefault(rate, D(0))
        by_rate[rate] += net
    summary = []
    for rate, net in by_rate.items():
        vat = q(net * rate_pct(rate) / 100, cur)
        summary.append(dict(rate=rate, net=net, vat=vat, gross=net + vat))
    for r in rows:
        r["vat"] = q(r["net"] * rate_pct(r["rate"]) / 100, cur)
        r["gross"] = r["net"] + r["vat"]
    net = sum((s["net"] for s in summary), D(0))
    vat = sum((s["vat"] for s in summary), D(0))
    inv["rows"] = rows
    inv["summary"] = summary
    inv["net"], inv["vat"], inv["gross"] = net, vat, net + vat
    if inv.get("fx"):
        fx = D(inv["fx"])
        inv["vat_huf"] = q(vat * fx, "HUF")
        inv["net_huf"] = q(net * fx, "HUF")
        inv["gross_huf"] = inv["net_huf"] + inv["vat_huf"]
        for s in summary:
            s["vat_huf"] = q(s["vat"] * fx, "HUF")
            s["net_huf"] = q(s["net"] * fx, "HUF")
    return inv


def amount_json(x, cur):
    x = D(x)
    return f"{x:.0f}" if cur == "HUF" else f"{x:.2f}"


def expected(inv):
    s, b = inv["seller"], inv["buyer"]
    cur = inv["currency"]
    return {
        "invoice_number": inv["number"],
        "kind": inv["kind"],
        "issue_date": inv["issue"].isoformat(),
        "fulfilment_date": inv["fulfil"].isoformat() if inv.get("fulfil") else None,
        "due_date": inv["due"].isoformat() if inv.get("due") else None,
        "currency": cur,
        "net_total": amount_json(inv["net"], cur),
        "vat_total": amount_json(inv["vat"], cur),
        "gross_total": amount_json(inv["gross"], cur),
        "seller.name": s["name"],
        "seller.tax_number": s.get("tax"),
        "seller.vat_number": s.get("vat"),
        "buyer.name": b.get("name"),
        "buyer.tax_number": b.get("tax"),
        "buyer.vat_number": b.get("vat"),
        "preceding_invoice": inv.get("preceding"),
        "layout": "blind_y_" + inv["layout"],
    }


FIXED_DATE = b"20271201120000"


def fix_dates(path):
    data = open(path, "rb").read()
    def rep(m):
        return m.group(1) + FIXED_DATE
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", rep, data)
    open(path, "wb").write(data)


def chromium(html, out_pdf):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.html")
        open(src, "w", encoding="utf-8").write(html)
        prof = os.path.join(td, "prof")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", f"--user-data-dir={prof}",
                        f"--print-to-pdf={out_pdf}", "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    fix_dates(out_pdf)


def write_json(inv, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(expected(inv), f, ensure_ascii=False, indent=2)
        f.write("\n")
