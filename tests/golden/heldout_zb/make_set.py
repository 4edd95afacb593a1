# ruff: noqa
"""Build blind set ZB: 30 invented incoming invoices of a Hungarian IT company.

    .venv/bin/python -m tests.golden.heldout_zb.make_set          # build + check
    .venv/bin/python -m tests.golden.heldout_zb.make_set check    # check only
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .common import fa, fd
from .data import INVOICES
from .layouts import L
from . import layouts2  # noqa: F401  (registers layouts)
from .rl import RL

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
FIXED = b"D:20270101000000"


def fix_dates(path):
    data = path.read_bytes()

    def sub(m):
        v = m.group(3)
        nv = (FIXED + v[len(FIXED):]) if len(v) >= len(FIXED) else FIXED[:len(v)]
        return b"/" + m.group(1) + m.group(2) + b"(" + nv + b")"

    data = re.sub(rb"/(CreationDate|ModDate)( ?)\((D:[^)]*)\)", sub, data)
    path.write_bytes(data)


def render(inv):
    """Returns (date_style, amount_style); writes the PDF."""
    out = HERE / f"{inv.code}.pdf"
    if inv.layout in RL:
        styles = RL[inv.layout](inv, str(out))
    else:
        html, ds, st = L[inv.layout](inv)
        styles = (ds, st)
        tmp = Path(tempfile.mkdtemp(prefix="zb_"))
        try:
            src = tmp / f"{inv.code}.html"
            src.write_text(html, encoding="utf-8")
            subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--user-data-dir={tmp / 'ud'}", f"--print-to-pdf={out}", src.as_uri()],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    fix_dates(out)
    (HERE / f"{inv.code}.json").write_text(json.dumps(inv.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return styles


def styles_of(inv):
    if inv.layout in RL:
        return {"rl_ev_handmade": ("dot", "dot"), "rl_eu_minimal": ("iso", "en")}[inv.layout]
    _, ds, st = L[inv.layout](inv)
    return ds, st


def printed_values(inv):
    ds, st = styles_of(inv)
    e = inv.expected()
    vals = [e["invoice_number"], e["seller.name"], e["buyer.name"], fd(inv.issue, ds)]
    for k in ("seller.tax_number", "seller.vat_number", "buyer.tax_number", "buyer.vat_number", "preceding_invoice"):
        if e[k]:
            vals.append(e[k])
    if inv.fulfil:
        vals.append(fd(inv.fulfil, ds))
    if inv.due:
        vals.append(fd(inv.due, ds))
    for x in (inv.net, inv.vat, inv.gross):
        vals.append(fa(x, st, inv.cur))
    if inv.fx:
        vals.append(fa(inv.vat_huf, "sp"))
    return vals


def norm(s):
    return " ".join(s.replace("\xa0", " ").split())


def check():
    from pdfminer.high_level import extract_text
    bad = 0
    for inv in INVOICES:
        e = inv.expected()
        assert set(e) == {"invoice_number", "kind", "issue_date", "fulfilment_date", "due_date", "currency", "net_total",
                          "vat_total", "gross_total", "seller.name", "seller.tax_number", "seller.vat_number", "buyer.name",
                          "buyer.tax_number", "buyer.vat_number", "preceding_invoice", "layout"}
        from decimal import Decimal
        assert Decimal(e["net_total"]) + Decimal(e["vat_total"]) == Decimal(e["gross_total"]), inv.code
        assert json.loads((HERE / f"{inv.code}.json").read_text(encoding="utf-8")) == e, inv.code
        text = norm(extract_text(str(HERE / f"{inv.code}.pdf")))
        missing = [v for v in printed_values(inv) if norm(v) not in text]
        if missing:
            bad += 1
            print(f"{inv.code} ({inv.layout}): MISSING {missing}")
    n = len(INVOICES)
    layouts = len({i.layout for i in INVOICES})
    print(f"check: {n - bad}/{n} invoices have every expected value in their text layer; {layouts} layouts")
    assert bad == 0
    return bad


def build():
    with ThreadPoolExecutor(max_workers=2) as ex:
        list(ex.map(render, INVOICES))


if __name__ == "__main__":
    if sys.argv[1:] != ["check"]:
        build()
    check()
