# ruff: noqa
"""Build blind set Q: `.venv/bin/python -m tests.golden.heldout_q.make_set`."""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pdfminer.high_level import extract_text

from .html_templates import TEMPLATES
from .invoices import build
from .model import check_tax
from .rl_templates import RL_TEMPLATES

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"


def fix_dates(pdf: Path):
    b = pdf.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:20270101000000", b)
    pdf.write_bytes(b)


def render_html(html: str, out: Path):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={out}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
    fix_dates(out)


def expected_strings(inv):
    out = [inv.number, inv.seller.name, inv.m(inv.net), inv.m(inv.vat), inv.m(inv.gross), inv.d(inv.issue)]
    if inv.fulfil:
        out.append(inv.d(inv.fulfil))
    if inv.due:
        out.append(inv.d(inv.due))
    for p in (inv.seller, inv.buyer):
        if p.tax:
            out.append(p.tax)
        if p.vat:
            out.append(p.vat)
    if inv.show_buyer_name:
        out.append(inv.buyer.name)
    if inv.preceding:
        out.append(inv.preceding)
    return out


def norm(s):
    return re.sub(r"\s+", "", s)


def main(only=None):
    problems = []
    invs = build()
    for inv in invs:
        if only and inv.slug not in only:
            continue
        pdf = HERE / f"{inv.slug}.pdf"
        if inv.layout in TEMPLATES:
            render_html(TEMPLATES[inv.layout](inv), pdf)
        else:
            RL_TEMPLATES[inv.layout](inv, str(pdf))
        j = inv.to_json()
        (HERE / f"{inv.slug}.json").write_text(json.dumps(j, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        # checks
        for p in (inv.seller, inv.buyer):
            if p.tax and not check_tax(p.tax):
                problems.append(f"{inv.slug}: bad tax {p.tax}")
        s = inv.summary()
        assert all(n + v == g for _, n, v, g in s) and inv.net + inv.vat == inv.gross
        text = extract_text(str(pdf))
        if len(text.strip()) < 50:
            problems.append(f"{inv.slug}: no text layer")
        nt = norm(text)
        for x in expected_strings(inv):
            if norm(x) not in nt:
                problems.append(f"{inv.slug}: not printed: {x!r}")
        print(inv.slug, inv.layout, j["net_total"], j["vat_total"], j["gross_total"], flush=True)
    print(f"{len(invs)} invoices, {len({i.layout for i in invs})} layouts")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or None))
