# ruff: noqa
"""Writes blind set I: 30 invented Hungarian invoice PDFs with the bookkeeper's reading beside each.

Run: .venv/bin/python -m tests.golden.heldout_i.make_set
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .docs import build
from .html import TEMPLATES
from .rl import RL

OUT = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
FIXED = b"D:20270131120000+00'00'"


def _fix_dates(pdf: Path) -> None:
    data = pdf.read_bytes()

    def sub(m: re.Match) -> bytes:
        old = m.group(2)
        new = (FIXED + b" " * len(old))[: len(old)] if len(old) >= len(FIXED) else FIXED[: len(old)]
        return m.group(1) + new + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate) ?\()([^)]*)\)", sub, data)
    pdf.write_bytes(data)


def _chromium(html: str, out: Path, tmp: Path) -> None:
    src = tmp / (out.stem + ".html")
    src.write_text(html, encoding="utf-8")
    prof = tmp / ("prof_" + out.stem)
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-pdf-tagging",
                    f"--user-data-dir={prof}", f"--print-to-pdf={out}", src.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    _fix_dates(out)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u202f", " "))


def check(doc, pdf: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    text = _norm(extract_text(str(pdf)))
    return [v for v in doc.printed_forms() if _norm(v) not in text]


def render(doc, tmp: Path) -> Path:
    pdf = OUT / f"{doc.code}_{doc.short}.pdf"
    if doc.style in RL:
        RL[doc.style](doc, str(pdf))
    else:
        _chromium(TEMPLATES[doc.style](doc), pdf, tmp)
    (OUT / f"{doc.code}_{doc.short}.json").write_text(json.dumps(doc.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return pdf


def _sanity(doc) -> None:
    assert doc.net + doc.vat == doc.gross
    assert sum(doc.line_net(l) for l in doc.lines) == doc.net
    for t in (doc.seller.tax, doc.buyer.tax):
        if t:
            w = [9, 7, 3, 1, 9, 7, 3]
            assert int(t[7]) == (10 - sum(int(c) * k for c, k in zip(t, w)) % 10) % 10, t


def main() -> int:
    docs = build()
    only = set(sys.argv[1:])
    if only:
        docs = [d for d in docs if d.code in only]
    for d in docs:
        _sanity(d)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        with ThreadPoolExecutor(6) as ex:
            pdfs = list(ex.map(lambda d: render(d, tmp), docs))
    bad = 0
    for d, p in zip(docs, pdfs):
        miss = check(d, p)
        if miss:
            bad += 1
            print(f"{d.code}: MISSING {miss}")
    print(f"{len(docs)} documents, {bad} failing the self-check")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
