# ruff: noqa
"""Build blind set M: python -m tests.golden.heldout_m.make_set

Writes NAME.pdf + NAME.json for 30 invented invoices into this folder, then checks with
pdfminer that each PDF has a text layer and that every expected value is visibly printed."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import compute, expected, amt, dfmt, valid_taxno
from .data import INVOICES
from .html_templates import TEMPLATES, STYLES
from .rl_templates import RL_TEMPLATES, styles_for

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
FIXED_DATE = b"20270101000000"


def print_html(html: str, out: Path):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(html, encoding="utf-8")
        prof = Path(tmp) / "profile"
        env = dict(os.environ, TZ="UTC")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", f"--print-to-pdf={out}", src.as_uri()],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    fix_dates(out)


def fix_dates(path: Path):
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate) ?\(D:)\d{14}", lambda m: m.group(1) + FIXED_DATE, data)
    path.write_bytes(data)


def styles(inv):
    tpl = inv["tpl"]
    if tpl in STYLES:
        return STYLES[tpl]
    return styles_for(tpl, inv)


def check(inv, exp, pdf: Path):
    from pdfminer.high_level import extract_text
    text = extract_text(str(pdf))
    flat = "".join(text.split())
    problems = []
    if len(flat) < 200:
        problems.append("no/short text layer")
    st, ds, hd = styles(inv)
    cur = inv["currency"]
    dec = hd if cur == "HUF" else 2
    want = {}
    for k in ("invoice_number", "seller.name", "seller.tax_number", "seller.vat_number", "buyer.name",
              "buyer.tax_number", "buyer.vat_number", "preceding_invoice"):
        if exp[k] is not None:
            want[k] = exp[k]
    for k, iso in (("issue_date", exp["issue_date"]), ("fulfilment_date", exp["fulfilment_date"]), ("due_date", exp["due_date"])):
        if iso:
            want[k] = dfmt(iso, ds)
    for k, v in (("net_total", inv["net"]), ("vat_total", inv["vat"]), ("gross_total", inv["gross"])):
        want[k] = amt(v, st, dec, cur)
    for k, v in want.items():
        if "".join(v.split()) not in flat:
            problems.append(f"{k}={v!r} not found")
    for k in ("seller.tax_number", "buyer.tax_number"):
        if exp[k] and not valid_taxno(exp[k]):
            problems.append(f"{k} bad check digit")
    if inv["tpl"] == "multipage":
        pages = text.split("\f")
        pages = [p for p in pages if p.strip()]
        if len(pages) < 2:
            problems.append("multipage template printed on one page")
        elif "".join(want["gross_total"].split()) not in "".join(pages[-1].split()) or \
                "".join(want["gross_total"].split()) in "".join(pages[0].split()):
            problems.append("totals not on the last page only")
    return problems


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    only = set(argv)
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists()
    bad = 0
    names = set()
    for raw in INVOICES:
        if only and raw["name"] not in only:
            continue
        inv = compute(raw)
        assert inv["name"] not in names
        names.add(inv["name"])
        exp = expected(inv, inv["tpl"])
        pdf = HERE / f"{inv['name']}.pdf"
        if inv["tpl"] in TEMPLATES:
            print_html(TEMPLATES[inv["tpl"]](inv), pdf)
        else:
            RL_TEMPLATES[inv["tpl"]](inv, str(pdf))
        (HERE / f"{inv['name']}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        probs = check(inv, exp, pdf)
        status = "ok" if not probs else "PROBLEMS: " + "; ".join(probs)
        bad += bool(probs)
        print(f"{inv['name']:<34} {inv['tpl']:<11} {exp['kind']:<10} {exp['currency']} {exp['gross_total']:>12}  {status}")
    print(f"{len(names)} invoices, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
