# ruff: noqa
"""Build blind set L: `.venv/bin/python -m tests.golden.heldout_l.make_set [names...]`.

Renders each invoice (HTML+CSS through headless Chromium, or reportlab), writes NAME.pdf and
NAME.json next to this file, and checks with pdfminer that every expected value is printed."""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import compute, expected_json, money, dt, valid_taxno, VAT
from .html_templates import TEMPLATES
from .invoices import INVOICES
from .rl_templates import RL_TEMPLATES

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
FIXED = b"D:20270101000000"


def fix_dates(path):
    data = path.read_bytes()
    data = re.sub(rb"D:\d{14}", FIXED, data)
    # Chromium's tagged-PDF structure ids come from DOM node ids, which vary between runs:
    # renumber them by first appearance (same length, so the xref offsets stay valid).
    ids = {}
    data = re.sub(rb"node(\d{8})", lambda m: b"node%08d" % ids.setdefault(m.group(1), len(ids) + 1), data)
    path.write_bytes(data)


def print_html(html, out):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(html, encoding="utf-8")
        prof = Path(tmp) / "profile"
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", f"--print-to-pdf={out}", f"file://{src}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    fix_dates(out)


def norm(s):
    return " ".join(s.split())


def expected_strings(inv, exp):
    """The strings a reader must be able to see, in the printed format."""
    out = []
    for k in ("invoice_number", "seller.name", "buyer.name", "seller.tax_number", "buyer.tax_number",
              "seller.vat_number", "buyer.vat_number", "preceding_invoice"):
        if exp[k]:
            out.append(exp[k])
    for k in ("issue", "fulfil", "due"):
        if inv.get(k):
            out.append(dt(inv[k], inv["dstyle"]))
    for k in ("net", "vat", "gross"):
        out.append(money(inv[k], inv["mstyle"]))
    if inv["currency"] != "HUF":
        out.append(inv["currency"])
    return out


def check(inv, exp, pdf):
    from pdfminer.high_level import extract_text

    txt = norm(extract_text(str(pdf)))
    problems = []
    if len(txt) < 100:
        problems.append("no text layer")
    for s in expected_strings(inv, exp):
        if norm(s) not in txt:
            problems.append(f"missing {s!r}")
    for k in ("seller.tax_number", "buyer.tax_number"):
        if exp[k] and not valid_taxno(exp[k]):
            problems.append(f"bad check digit {exp[k]}")
    # arithmetic
    from decimal import Decimal
    n, v, g = (Decimal(exp[x]) for x in ("net_total", "vat_total", "gross_total"))
    if n + v != g:
        problems.append("net+vat != gross")
    for code, (sn, sv, sg) in inv["summary"].items():
        if sn + sv != sg:
            problems.append(f"rate {code} does not add up")
    if exp["kind"] == "storno" and g >= 0:
        problems.append("storno not negative")
    return problems


def build(inv):
    compute(inv)
    name = inv["name"]
    pdf = HERE / f"{name}.pdf"
    t = inv["template"]
    if t in TEMPLATES:
        print_html(TEMPLATES[t](inv), pdf)
    else:
        RL_TEMPLATES[t](inv, str(pdf))
    exp = expected_json(inv)
    (HERE / f"{name}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return exp, pdf


def main(argv):
    want = set(argv)
    bad = 0
    n = 0
    for inv in INVOICES:
        if want and inv["name"] not in want:
            continue
        exp, pdf = build(inv)
        probs = check(inv, exp, pdf)
        n += 1
        status = "OK " if not probs else "BAD"
        print(f"{status} {inv['name']:28s} {inv['template']:18s} {exp['kind']:10s} {exp['currency']} "
              f"{exp['net_total']:>12} {exp['vat_total']:>10} {exp['gross_total']:>12}")
        for p in probs:
            print("     ", p)
        bad += bool(probs)
    print(f"{n} invoices, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
