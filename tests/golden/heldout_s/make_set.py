# ruff: noqa
"""Build blind set S: `.venv/bin/python -m tests.golden.heldout_s.make_set`.

Writes NAME.pdf + NAME.json into this folder and checks each PDF's text layer with pdfminer.
"""
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .data import INV
from .money import compute, plain, fmt, fdate
from . import html_templates, rl_templates

HERE = Path(__file__).resolve().parent
FIXED = b"D:20270101120000+00'00'"


def fix_dates(pdf: Path):
    data = pdf.read_bytes()
    def sub(m):
        v = m.group(2)
        return m.group(1) + (FIXED[: len(v)].ljust(len(v), b"0") if len(v) >= 16 else v) + b")"
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", sub, data)
    # Chromium's tagged-PDF node ids depend on a process-wide counter: renumber by rank
    # (order-preserving, same byte length, so xref offsets stay valid).
    ids = sorted({int(m) for m in re.findall(rb"\(node(\d{8})\)", data)})
    rank = {i: n + 1 for n, i in enumerate(ids)}
    data = re.sub(rb"\(node(\d{8})\)", lambda m: b"(node%08d)" % rank[int(m.group(1))], data)
    pdf.write_bytes(data)


def chromium(html: str, out: Path):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"
        src.write_text(html, encoding="utf-8")
        cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               f"--user-data-dir={td}/ud", f"--print-to-pdf={out}", src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    fix_dates(out)


def expected(inv):
    s, b = inv["seller"], inv["buyer"]
    return {
        "invoice_number": inv["no"], "kind": inv["kind"],
        "issue_date": inv["issue"].isoformat(),
        "fulfilment_date": inv["ful"].isoformat() if inv["ful"] else None,
        "due_date": inv["due"].isoformat() if inv["due"] else None,
        "currency": inv["cur"],
        "net_total": plain(inv["net"], inv["cur"]), "vat_total": plain(inv["vat"], inv["cur"]),
        "gross_total": plain(inv["gross"], inv["cur"]),
        "seller.name": s["name"], "seller.tax_number": s["tax"], "seller.vat_number": s["vat"],
        "buyer.name": b["name"], "buyer.tax_number": b["tax"], "buyer.vat_number": b["vat"],
        "preceding_invoice": inv.get("pre"), "layout": "blind_s_" + inv["tpl"],
    }


def printed(inv):
    """Strings that must be visible in the PDF text (in the printed formats)."""
    s, b = inv["seller"], inv["buyer"]
    out = [inv["no"], s["name"], b["name"]]
    out += [x for x in (s["tax"], s["vat"], b["tax"], b["vat"], inv.get("pre")) if x]
    out += [fdate(d, inv["dst"]) for d in (inv["issue"], inv["ful"], inv["due"]) if d]
    out += [fmt(inv[k], inv["amt"], inv["cur"]) for k in ("net", "vat", "gross")]
    return out


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\xa0", " ")).strip()


def check(inv, pdf):
    from pdfminer.high_level import extract_text
    txt = norm(extract_text(str(pdf)))
    missing = [x for x in printed(inv) if norm(x) not in txt]
    return len(txt), missing


def build(inv):
    compute(inv)
    pdf = HERE / f"{inv['slug']}.pdf"
    if inv["tpl"].startswith("rl_"):
        rl_templates.TEMPLATES[inv["tpl"]](inv, str(pdf))
    else:
        chromium(html_templates.TEMPLATES[inv["tpl"]](inv), pdf)
    (HERE / f"{inv['slug']}.json").write_text(json.dumps(expected(inv), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return inv, pdf


def sanity(inv):
    e = expected(inv)
    from decimal import Decimal as D
    assert D(e["net_total"]) + D(e["vat_total"]) == D(e["gross_total"]), inv["slug"]
    for sm in inv["summ"]:
        assert sm["net"] + sm["vat"] == sm["gross"]


def main():
    only = sys.argv[1:]
    todo = [i for i in INV if not only or i["slug"] in only]
    with ThreadPoolExecutor(6) as ex:
        results = list(ex.map(build, todo))
    bad = 0
    for inv, pdf in results:
        sanity(inv)
        n, missing = check(inv, pdf)
        flag = "OK " if n > 50 and not missing else "BAD"
        bad += flag == "BAD"
        print(f"{flag} {inv['slug']:<34} {inv['tpl']:<20} chars={n} missing={missing}")
    print(f"{len(results)} invoices, {len({i['tpl'] for i, _ in results})} layouts, {bad} bad")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
