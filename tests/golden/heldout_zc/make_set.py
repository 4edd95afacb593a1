# ruff: noqa
"""Build the blind set ZC: 30 invented Hungarian invoices as they arrive in an accounts-payable inbox
(cover letters, delivery notes, certificates of completion, original + copy, landscape, A5, utility bills with
a payment slip, multi-site letterheads, ÁSZF pages).

    .venv/bin/python -m tests.golden.heldout_zc.make_set          # rebuild every PDF and JSON, then check()
    .venv/bin/python -m tests.golden.heldout_zc.make_set check    # only the self-check
"""
import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .common import compute, jamt, fdate, famt
from .data import INVOICES
from .render import LAYOUTS, P
from . import rl

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
CONST = b"20270101000000000000000000"


def _fix_dates(pdf: Path):
    data = pdf.read_bytes()

    def sub(m):
        body = m.group(2)
        out = bytearray()
        k = 0
        for ch in body:
            if 48 <= ch <= 57:
                out.append(CONST[k] if k < len(CONST) else 48)
                k += 1
            else:
                out.append(ch)
        return m.group(1) + bytes(out) + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)\)", sub, data)
    # Chromium's tagged-PDF structure elements carry DOM node ids that change from run to run
    # (renumbered in the order their elements appear, everywhere they occur: /ID and the /IDTree names)
    ids = list(dict.fromkeys(re.findall(rb"/ID \(node(\d+)\)", data)))
    ids += [m for m in dict.fromkeys(re.findall(rb"\(node(\d+)\)", data)) if m not in ids]
    new = {o: str(k).zfill(len(o)).encode() for k, o in enumerate(ids)}
    data = re.sub(rb"\(node(\d+)\)", lambda m: b"(node" + new[m.group(1)] + b")", data)
    pdf.write_bytes(data)


def _chromium(html: str, out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"
        src.write_text(html, encoding="utf-8")
        prof = Path(td) / "prof"
        prof.mkdir()
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", f"--print-to-pdf={out}", f"file://{src}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def invoices():
    out = []
    for inv in INVOICES:
        inv = compute(copy.deepcopy(inv))
        out.append(inv)
    return out


def expected(inv):
    cur = inv["currency"]
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["number"],
        "kind": inv["kind"],
        "issue_date": inv["issue"],
        "fulfilment_date": inv.get("fulfil"),
        "due_date": inv.get("due"),
        "currency": cur,
        "net_total": jamt(inv["net"], cur),
        "vat_total": jamt(inv["vat"], cur),
        "gross_total": jamt(inv["gross"], cur),
        "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
        "buyer.name": b["name"], "buyer.tax_number": b.get("tax"), "buyer.vat_number": b.get("vat"),
        "preceding_invoice": inv.get("preceding"),
        "layout": "blind_zc_" + inv["layout"],
    }


def build_one(inv):
    pdf = HERE / f"{inv['id']}.pdf"
    if inv["layout"] == "rl_simple":
        rl.rl_simple(inv, str(pdf))
    elif inv["layout"] == "rl_table":
        rl.rl_table(inv, str(pdf))
    else:
        _chromium(LAYOUTS[inv["layout"]](inv, P(inv)), pdf)
    _fix_dates(pdf)
    (HERE / f"{inv['id']}.json").write_text(json.dumps(expected(inv), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return inv["id"]


def build():
    invs = invoices()
    html = [i for i in invs if i["layout"] not in ("rl_simple", "rl_table")]
    for i in invs:
        if i["layout"] in ("rl_simple", "rl_table"):
            build_one(i)
    with ThreadPoolExecutor(3) as ex:
        list(ex.map(build_one, html))


def printed(inv):
    """The expected values as they are printed on the invoice."""
    pr = P(inv)
    s, b = inv["seller"], inv["buyer"]
    vals = {"invoice_number": inv["number"], "seller.name": s["name"], "buyer.name": b["name"],
            "issue_date": pr.D(inv["issue"]), "net_total": pr.A(inv["net"]), "vat_total": pr.A(inv["vat"]),
            "gross_total": pr.A(inv["gross"])}
    for k, v in (("seller.tax_number", s.get("tax")), ("seller.vat_number", s.get("vat")), ("buyer.tax_number", b.get("tax")),
                 ("buyer.vat_number", b.get("vat")), ("preceding_invoice", inv.get("preceding")),
                 ("fulfilment_date", inv.get("fulfil")), ("due_date", inv.get("due"))):
        if v:
            vals[k] = pr.D(v) if k.endswith("_date") else v
    return vals


def _norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00a0", " ")).strip()


def check():
    from pdfminer.high_level import extract_text
    from decimal import Decimal
    bad = []
    layouts = set()
    for inv in invoices():
        exp = json.loads((HERE / f"{inv['id']}.json").read_text(encoding="utf-8"))
        layouts.add(exp["layout"])
        assert Decimal(exp["net_total"]) + Decimal(exp["vat_total"]) == Decimal(exp["gross_total"]), inv["id"]
        assert sum(x[1] for x in inv["breakdown"]) == inv["net"] and sum(x[2] for x in inv["breakdown"]) == inv["vat"]
        text = _norm(extract_text(str(HERE / f"{inv['id']}.pdf")))
        for k, v in printed(inv).items():
            if _norm(v) not in text:
                bad.append(f"{inv['id']} {k}: {v!r} not in text")
    for x in bad:
        print("FAIL", x)
    print(f"check: {len(INVOICES)} invoices, {len(layouts)} layouts, {len(bad)} missing values")
    assert not bad


if __name__ == "__main__":
    if sys.argv[1:] != ["check"]:
        build()
    check()
