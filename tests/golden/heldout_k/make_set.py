# ruff: noqa
"""Blind set K: healthcare, education and tourism invoices (March 2027).

Run: .venv/bin/python -m tests.golden.heldout_k.make_set
"""
import json
import os
import re
import subprocess
import tempfile
from pathlib import Path

from pdfminer.high_level import extract_text

from .common import compute, fdate, famt, dstr, fnum, D, ROUND_HALF_UP
from .docs import docs
from .html_tpl import TEMPLATES
from .rl_tpl import render_rl

OUT = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"


def prepare(d):
    lines, summ, nt, vt, gt = compute(d["lines"], d["cur"])
    d["_lines"], d["_summ"], d["_net"], d["_vat"], d["_gross"] = lines, summ, nt, vt, gt
    if d.get("fx"):
        huf = (vt * D(d["fx"])).quantize(D("1"), ROUND_HALF_UP)
        d.setdefault("notes", []).append(
            f"Áfa összege forintban: {fnum(huf, 'sp')} Ft (MNB árfolyam: 1 EUR = {d['fx'].replace('.', ',')} Ft)")
    return d


def expected(d):
    no_vat_ids = d["tpl"] == "receipt"
    margin = d.get("margin")
    return {
        "invoice_number": d["number"],
        "kind": d["kind"],
        "issue_date": d["issue"],
        "fulfilment_date": d.get("fulfil"),
        "due_date": d.get("due"),
        "currency": d["cur"],
        "net_total": None if margin else dstr(d["_net"]),
        "vat_total": None if margin else dstr(d["_vat"]),
        "gross_total": dstr(d["_gross"]),
        "seller.name": d["seller"]["name"],
        "seller.tax_number": d["seller"].get("tax"),
        "seller.vat_number": None if no_vat_ids else d["seller"].get("vat"),
        "buyer.name": d["buyer"]["name"],
        "buyer.tax_number": d["buyer"].get("tax"),
        "buyer.vat_number": None if no_vat_ids else d["buyer"].get("vat"),
        "preceding_invoice": d.get("preceding"),
        "layout": "blind_k_" + ("reportlab" if d["tpl"] == "rl" else d["tpl"]),
    }


def printed_forms(d, exp):
    """The strings that must be visible in the PDF text."""
    out = [d["number"], d["seller"]["name"], d["buyer"]["name"]]
    for k in ("issue", "fulfil", "due"):
        if d.get(k):
            out.append(fdate(d[k], d["datefmt"]))
    for k, v in (("net_total", d["_net"]), ("vat_total", d["_vat"]), ("gross_total", d["_gross"])):
        if exp[k] is not None:
            out.append(famt(v, d["amt"]))
    for k in ("seller.tax_number", "seller.vat_number", "buyer.tax_number", "buyer.vat_number", "preceding_invoice"):
        if exp[k]:
            out.append(exp[k])
    return out


def norm(s):
    return re.sub(r"\s+", "", s.replace("\u00a0", " ").replace("\u202f", " "))


def render_html(html, pdf):
    with tempfile.TemporaryDirectory() as td:
        hp = Path(td) / "x.html"
        hp.write_text(html, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--disable-pdf-tagging", f"--user-data-dir={td}/prof", f"--print-to-pdf={pdf}", f"file://{hp}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    # pin the time stamps (same byte length, xref offsets stay valid) for deterministic output
    b = Path(pdf).read_bytes()
    b = re.sub(rb"/(CreationDate|ModDate) \(D:\d{14}", lambda m: b"/" + m.group(1) + b" (D:20270331120000", b)
    Path(pdf).write_bytes(b)


def main():
    ds = docs()
    problems = []
    multipage = []
    for i, d in enumerate(ds, 1):
        prepare(d)
        name = f"k{i:02d}_{d['short']}"
        pdf = OUT / f"{name}.pdf"
        if d["tpl"] == "rl":
            render_rl(d, str(pdf))
        else:
            render_html(TEMPLATES[d["tpl"]](d), str(pdf))
        exp = expected(d)
        assert abs(D(exp["gross_total"]) - D(exp["net_total"] or exp["gross_total"]) - D(exp["vat_total"] or 0)) == 0
        (OUT / f"{name}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        text = extract_text(str(pdf))
        nt = norm(text)
        pages = text.count("\f")
        if pages > 1:
            multipage.append(name)
        for s in printed_forms(d, exp):
            if norm(s) not in nt:
                problems.append(f"{name}: missing {s!r}")
        print(f"{name:40s} {d['tpl']:9s} {d['kind']:10s} pages={pages} gross={exp['gross_total']}")
    print("multipage:", multipage)
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    assert len(multipage) >= 3, multipage
    print("self-check OK:", len(ds), "documents")


if __name__ == "__main__":
    main()
