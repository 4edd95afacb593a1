# ruff: noqa
"""Build blind set T: python -m tests.golden.heldout_t.make_set"""
import copy, json, os, re, subprocess, sys, tempfile
from pathlib import Path
from .common import compute, fnum, fdate, jamount
from .templates import T
from .rl import R
from .data import INVOICES

OUT = Path(__file__).parent
DROP = {"dotmatrix": {"seller.vat", "buyer.vat"}, "receipt_simplified": {"seller.vat", "buyer.vat", "due"}, "chamber_letter": {"seller.vat"},
        "postal_table": {"buyer.vat"}, "rl_twopage_serif": {"seller.vat", "buyer.vat"}, "rl_mono_listing": {"buyer.vat"}, "de_bilingual": {"seller.tax"}}
FIXED = b"20270101000000"


def fix_dates(p):
    b = p.read_bytes()
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m.group(1) + FIXED, b)
    p.write_bytes(b)


def render_html(html, out):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"; src.write_text(html, encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--user-data-dir={td}/ud",
                        f"--print-to-pdf={out}", f"file://{src}"], check=True, capture_output=True, timeout=120)


def expected(inv, c):
    s, b, cur = inv["seller"], inv["buyer"], inv["currency"]
    return {"invoice_number": inv["number"], "kind": inv["kind"], "issue_date": inv["issue"], "fulfilment_date": inv["fulfil"], "due_date": inv["due"],
            "currency": cur, "net_total": jamount(c["net"], cur), "vat_total": jamount(c["vat"], cur), "gross_total": jamount(c["gross"], cur),
            "seller.name": s["name"], "seller.tax_number": s.get("tax"), "seller.vat_number": s.get("vat"),
            "buyer.name": b.get("name"), "buyer.tax_number": b.get("tax"), "buyer.vat_number": b.get("vat"),
            "preceding_invoice": inv.get("preceding"), "layout": "blind_t_" + inv["tpl"]}


def check(pdf, inv, c, fn):
    from pdfminer.high_level import extract_text
    txt = extract_text(str(pdf))
    sq = re.sub(r"\s+", "", txt)
    cur = inv["currency"]
    want = [inv["number"], inv["seller"]["name"], inv["buyer"]["name"], inv["seller"].get("tax"), inv["seller"].get("vat"), inv["buyer"].get("tax"), inv["buyer"].get("vat"),
            inv.get("preceding")] + [fdate(inv[k], fn.date) if inv[k] else None for k in ("issue", "fulfil", "due")] + [fnum(c[k], fn.num, cur) for k in ("net", "vat", "gross")]
    miss = [w for w in want if w and re.sub(r"\s+", "", w) not in sq]
    return miss


def main():
    bad = 0
    for inv in INVOICES:
        inv = copy.deepcopy(inv)
        for k in DROP.get(inv["tpl"], ()):
            if k == "due": inv["due"] = None
            else:
                who, f = k.split("."); inv[who][f] = None
        c = compute(inv)
        pdf = OUT / (inv["id"] + ".pdf")
        if inv["tpl"] in R:
            fn = R[inv["tpl"]]; fn(inv, c, str(pdf))
        else:
            fn = T[inv["tpl"]]; render_html(fn(inv, c), str(pdf)); fix_dates(pdf)
        (OUT / (inv["id"] + ".json")).write_text(json.dumps(expected(inv, c), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        miss = check(pdf, inv, c, fn)
        print(inv["id"], inv["tpl"], fnum(c["gross"], "sp", inv["currency"]), "MISSING:" if miss else "ok", miss or "")
        bad += bool(miss)
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
