# ruff: noqa
"""Build blind set Z: 30 invented invoices from sole traders and small firms (hand-made / cheap-tool invoices).

Run: .venv/bin/python -m tests.golden.heldout_z.make_set          (build + check)
     .venv/bin/python -m tests.golden.heldout_z.make_set check    (check only)
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .data import INVOICES
from .layouts_html import LAYOUTS
from .layouts_rl import RL_LAYOUTS

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"


def fix_dates(path):
    b = path.read_bytes()
    b = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m.group(1) + b"20270101000000", b)
    path.write_bytes(b)


def html_to_pdf(html, out):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"
        src.write_text(html, encoding="utf-8")
        prof = Path(td) / "profile"
        subprocess.run(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={prof}",
                f"--print-to-pdf={out}",
                src.as_uri(),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )


def build():
    for inv in INVOICES:
        pdf = HERE / f"{inv.id}.pdf"
        if inv.layout in RL_LAYOUTS:
            RL_LAYOUTS[inv.layout](inv, str(pdf))
        else:
            html_to_pdf(LAYOUTS[inv.layout](inv), pdf)
        fix_dates(pdf)
        (HERE / f"{inv.id}.json").write_text(
            json.dumps(inv.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        print("built", pdf.name, inv.layout)


def _norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    from pdfminer.high_level import extract_text

    failures = []
    for inv in INVOICES:
        exp = json.loads((HERE / f"{inv.id}.json").read_text(encoding="utf-8"))
        assert exp == inv.expected(), inv.id
        from decimal import Decimal

        assert Decimal(exp["net_total"]) + Decimal(exp["vat_total"]) == Decimal(exp["gross_total"]), inv.id
        assert sum(b["net"] for b in inv.brk) == inv.net and sum(l["net"] for l in inv.lines) == inv.net, inv.id
        text = _norm(extract_text(str(HERE / f"{inv.id}.pdf")))
        for val in inv.printed():
            if _norm(val) not in text:
                failures.append((inv.id, val))
    layouts = {inv.layout for inv in INVOICES}
    print(f"{len(INVOICES)} invoices, {len(layouts)} layouts")
    if failures:
        for f in failures:
            print("MISSING", *f)
        raise SystemExit(f"self-check failed: {len(failures)} values missing")
    print("self-check OK: every expected value is in the text layer")


if __name__ == "__main__":
    if sys.argv[1:] != ["check"]:
        build()
    check()
