# ruff: noqa
"""Build blind set O: python -m tests.golden.heldout_o.make_set"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import compute, expected, famt, fdate
from .invoices import build
from .html_layouts import LAYOUTS
from .rl_layouts import RL_LAYOUTS

HERE = Path(__file__).resolve().parent
FIXED = b"D:20270401120000"


def fix_dates(pdf):
    data = pdf.read_bytes()
    data = re.sub(rb"D:\d{14}", lambda m: FIXED, data)
    pdf.write_bytes(data)


def chromium(html, out):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/ud", f"--print-to-pdf={out}", f"file://{src}"],
                       check=True, capture_output=True, timeout=120, env={**os.environ, "TZ": "UTC"})
    fix_dates(out)


def norm(s):
    return re.sub(r"\s+", "", s.replace("\u00a0", " "))


def check(inv, pdf):
    from pdfminer.high_level import extract_text
    txt = norm(extract_text(str(pdf)))
    want = [inv.number, inv.seller.name, inv.buyer.name]
    for p in (inv.seller, inv.buyer):
        want += [x for x in (p.tax, p.vat) if x]
    if inv.preceding:
        want.append(inv.preceding)
    for dd in (inv.issue, inv.fulfil, inv.due):
        if dd:
            want.append(fdate(dd, inv.datefmt))
    for a in (inv.net, inv.vat, inv.gross):
        want.append(famt(a, inv.numfmt, inv.dec))
    missing = [w for w in want if norm(w) not in txt]
    return len(txt), missing


def main():
    only = set(sys.argv[1:])
    bad = 0
    layouts = set()
    for inv in build():
        if only and inv.slug[:3] not in only:
            continue
        compute(inv)
        pdf = HERE / f"{inv.slug}.pdf"
        if inv.layout in RL_LAYOUTS:
            RL_LAYOUTS[inv.layout](inv, str(pdf))
        else:
            chromium(LAYOUTS[inv.layout](inv), pdf)
        (HERE / f"{inv.slug}.json").write_text(json.dumps(expected(inv), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        n, missing = check(inv, pdf)
        layouts.add(inv.layout)
        print(f"{inv.slug:34} {inv.layout:14} {inv.kind:10} {inv.currency} net={inv.net} vat={inv.vat} gross={inv.gross} text={n}" + (f"  MISSING {missing}" if missing else ""))
        bad += bool(missing) or n < 50
    print(f"layouts used: {len(layouts)}; problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
