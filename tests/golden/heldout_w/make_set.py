# ruff: noqa
"""Build blind set W: `.venv/bin/python -m tests.golden.heldout_w.make_set`."""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .html_templates import TEMPLATES as HTML
from .invoices import INVOICES
from .rl_templates import TEMPLATES as RL

OUT = Path(__file__).resolve().parent
FIXED = b"D:20270101000000+00'00'"


def fix_dates(pdf: Path) -> None:
    data = pdf.read_bytes()

    def sub(m):
        return m.group(1) + b"(" + FIXED.ljust(len(m.group(2)))[: len(m.group(2))] + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\((D:[^)]*)\)", sub, data)
    pdf.write_bytes(data)


def chromium(html: str, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={td}/prof", f"--print-to-pdf={pdf}", f"file://{src}"],
                       check=True, capture_output=True, timeout=120)


def build(only=None):
    for inv in INVOICES:
        if only and inv.slug not in only:
            continue
        pdf = OUT / f"{inv.slug}.pdf"
        if inv.template in RL:
            RL[inv.template](inv, str(pdf))
        else:
            chromium(HTML[inv.template](inv), pdf)
            fix_dates(pdf)
        (OUT / f"{inv.slug}.json").write_text(json.dumps(inv.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("built", inv.slug, inv.template)


if __name__ == "__main__":
    build(set(sys.argv[1:]) or None)
