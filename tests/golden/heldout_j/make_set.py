# ruff: noqa
"""Writes blind set J (construction / manufacturing supply chain): jNN_<name>.pdf + .json, then self-checks the text layer.

Run: .venv/bin/python -m tests.golden.heldout_j.make_set
"""
import json
import re
import subprocess
import tempfile
from pathlib import Path

from pdfminer.high_level import extract_text

from .docs import docs
from .html_styles import STYLES
from .rl_styles import desk

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"


def _fix_dates(path):
    # Chromium stamps the print time; overwrite it with a fixed stamp of the same length (xref offsets stay valid).
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}", b"D:20270101000000", b)
    path.write_bytes(b)


def render_html(html, out):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "x.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-pdf-tagging",
                        f"--user-data-dir={tmp}/prof", f"--print-to-pdf={out}", f"file://{src}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    _fix_dates(Path(out))


def printed_forms(doc):
    n, v, g = doc.totals()
    forms = [doc.no, doc.Dt(doc.issue), doc.A(n), doc.A(v), doc.A(g), doc.seller.name, doc.buyer.name]
    if doc.fulf and doc.fulf_printed:
        forms.append(doc.Dt(doc.fulf))
    if doc.due:
        forms.append(doc.Dt(doc.due))
    for p in (doc.seller, doc.buyer):
        forms += [x for x in (p.tax, p.vat) if x]
    if doc.prec:
        forms.append(doc.prec)
    return forms


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def main():
    all_docs = docs()
    bad = []
    for i, doc in enumerate(all_docs, 1):
        stem = f"j{i:02d}_{doc.short}"
        pdf = HERE / f"{stem}.pdf"
        if doc.style.startswith("rl_"):
            desk(doc, str(pdf), "classic" if doc.style == "rl_classic" else "cond")
        else:
            render_html(STYLES[doc.style](doc), str(pdf))
        (HERE / f"{stem}.json").write_text(json.dumps(doc.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        text = norm(extract_text(str(pdf)))
        missing = [f for f in printed_forms(doc) if norm(f) not in text]
        if missing:
            bad.append((stem, missing))
        print(stem, doc.style, doc.kind, "MISSING " + repr(missing) if missing else "ok")
    assert not bad, bad


if __name__ == "__main__":
    main()
