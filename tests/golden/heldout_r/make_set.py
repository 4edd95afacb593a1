# ruff: noqa
"""Build blind set R: `.venv/bin/python -m tests.golden.heldout_r.make_set`.

Renders the invented invoices in invoices.py to PDF (HTML via headless Chromium,
a few with reportlab), writes the expected-values JSON next to each PDF, then
checks with pdfminer that every expected value is visibly printed.
"""
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal as D
from pathlib import Path

from .common import compute, fnum, fdate
from . import html_t, rl_t
from .invoices import INVOICES

OUT = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
FIXED = b"20270101000000"


def prepare(inv):
    inv = dict(inv)
    compute(inv)
    if inv.get("insurer"):
        own = D(100000)
        inv["split"] = (f"Ebből a Biztos Pont Biztosító Zrt. által fizetendő (kárszám {inv['claim']}): "
                        f"{fnum(inv['gross'] - own, inv['nf'])} Ft; az ügyfél által fizetendő önrész: {fnum(own, inv['nf'])} Ft")
    if inv.get("dp") is not None:
        inv["places"] = inv["dp"]
    return inv


def amount(inv, v):
    return f"{v:.{2 if inv['cur'] != 'HUF' else 0}f}"


def expected(inv):
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["number"], "kind": inv["kind"], "issue_date": inv["issue"],
        "fulfilment_date": inv["fulf"], "due_date": inv["due"], "currency": inv["cur"],
        "net_total": amount(inv, inv["net"]), "vat_total": amount(inv, inv["vat"]), "gross_total": amount(inv, inv["gross"]),
        "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
        "buyer.name": b["name"] if b else None, "buyer.tax_number": b.get("tax") if b else None,
        "buyer.vat_number": b.get("vat") if b else None,
        "preceding_invoice": inv["preceding"], "layout": f"blind_r_{inv['tpl']}",
    }


def fix_dates(pdf):
    data = pdf.read_bytes()
    data = re.sub(rb"\(D:(\d{14})", lambda m: b"(D:" + FIXED, data)
    pdf.write_bytes(data)


def render(inv):
    pdf = OUT / f"{inv['name']}.pdf"
    if inv["tpl"] in rl_t.TEMPLATES:
        rl_t.TEMPLATES[inv["tpl"]](inv, str(pdf))
    else:
        html = html_t.TEMPLATES[inv["tpl"]](inv)
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / "in.html"
            src.write_text(html, encoding="utf-8")
            subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--user-data-dir={td}/prof", f"--print-to-pdf={pdf}", f"file://{src}"],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    fix_dates(pdf)
    (OUT / f"{inv['name']}.json").write_text(json.dumps(expected(inv), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return pdf


def check(inv):
    from pdfminer.high_level import extract_text
    text = extract_text(str(OUT / f"{inv['name']}.pdf"))
    norm = " ".join(text.split())
    flat = "".join(text.split())
    e = expected(inv)
    needles = [e["invoice_number"], e["seller.name"], e["seller.tax_number"], e["seller.vat_number"], e["buyer.name"],
               e["buyer.tax_number"], e["buyer.vat_number"], e["preceding_invoice"]]
    for k in ("issue_date", "fulfilment_date", "due_date"):
        if e[k]:
            needles.append(fdate(e[k], inv["df"]))
    for k in ("net", "vat", "gross"):
        needles.append(fnum(inv[k], inv["nf"], inv["places"]))
    missing = [n for n in needles if n and n not in norm and "".join(n.split()) not in flat]
    # totals must add up
    assert D(e["net_total"]) + D(e["vat_total"]) == D(e["gross_total"]), inv["name"]
    for s in inv["summ"]:
        assert s["net"] + s["vat"] == s["gross"]
    pages = text.count("\f")
    return missing, pages


def main():
    invs = [prepare(i) for i in INVOICES]
    names = [i["name"] for i in invs]
    assert len(set(names)) == len(names)
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(render, invs))
    bad = 0
    for inv in invs:
        missing, pages = check(inv)
        print(f"{inv['name']:<34} {inv['tpl']:<13} pages={pages} {'OK' if not missing else 'MISSING ' + repr(missing)}")
        bad += bool(missing)
    print(f"{len(invs)} invoices, {len({i['tpl'] for i in invs})} layouts, {bad} with missing values")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
