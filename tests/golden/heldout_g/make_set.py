"""Blind set G: one month (November 2026) of a Hungarian manufacturing SME's invoices, 30 PDFs + expected JSONs.

Run: .venv/bin/python -m tests.golden.heldout_g.make_set [--scans DIR DPI]
Everything is invented. The expected JSON is what a bookkeeper reads off the page; a self-check asserts every
non-null expected value appears, in its printed form, in the PDF's text layer.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .core import Doc
from .docs import all_docs
from .html_styles import RENDERERS as HTML
from .rl_styles import RENDERERS as RL

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
FIXED_DATE = b"D:20261130120000+00'00'"
KINDS = {"normal", "advance", "final", "correction", "storno", "proforma"}
SCANNED = ["g01_csavarker", "g05_eloleg", "g13_kulcs_festek", "g16_dos_vaskereskedes", "g19_villamos_energia", "g27_at_wartung"]
SKEWED = "g03_maganszemely"
FAXED = "g14_novitax_kimeno"


def _fix_dates(pdf: bytes) -> bytes:
    def sub(m: re.Match) -> bytes:
        return m.group(1) + b"(" + FIXED_DATE + b")"
    pdf = re.sub(rb"(/(?:CreationDate|ModDate)\s*)\(D:[^)]*\)", sub, pdf)
    # Chromium numbers tagged-structure nodes from a process-wide counter: shift them to start at 0, same width.
    ids = [int(x) for x in re.findall(rb"\(node(\d{8})\)", pdf)]
    if ids:
        low = min(ids)
        pdf = re.sub(rb"\(node(\d{8})\)", lambda m: b"(node%08d)" % (int(m.group(1)) - low), pdf)
    return pdf


def render_html(doc: Doc, out: Path) -> None:
    html = HTML[doc.style](doc)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{doc.stem}.html"
        src.write_text(html, encoding="utf-8")
        pdf = Path(tmp) / "out.pdf"
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={pdf}", src.as_uri()],
                       check=True, capture_output=True, timeout=120)
        out.write_bytes(_fix_dates(pdf.read_bytes()))


def render(doc: Doc, folder: Path) -> Path:
    out = folder / f"{doc.stem}.pdf"
    if doc.engine == "rl":
        out.write_bytes(RL[doc.style](doc))
    else:
        render_html(doc, out)
    return out


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ").replace("\u202f", " ")).strip()


def _tax_ok(tax: str) -> bool:
    m = re.fullmatch(r"(\d{7})(\d)-([1-5])-(\d\d)", tax)
    if not m:
        return False
    check = (10 - sum(int(c) * w for c, w in zip(m.group(1), (9, 7, 3, 1, 9, 7, 3))) % 10) % 10
    cc = int(m.group(4))
    return int(m.group(2)) == check and (2 <= cc <= 44 or cc == 51)


def self_check(doc: Doc, pdf: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    text = _norm(extract_text(str(pdf)))
    problems = [f"{doc.stem}: {s!r} not in text" for s in doc.printed() if _norm(s) not in text]
    exp = doc.expected()
    assert exp["kind"] in KINDS
    for key in ("seller.tax_number", "buyer.tax_number"):
        if exp[key] and not _tax_ok(exp[key]):
            problems.append(f"{doc.stem}: bad tax number {exp[key]}")
    assert doc.net + doc.vat == doc.gross
    for r, n, v, _ in doc.by_rate():
        if isinstance(r, int):
            assert r in (27, 18, 5, 0)
    return problems


def write_all(folder: Path = HERE) -> list[Doc]:
    docs = all_docs()
    assert len(docs) == 30 and len({d.stem for d in docs}) == 30
    with ThreadPoolExecutor(4) as pool:
        pdfs = list(pool.map(lambda d: render(d, folder), docs))
    problems = []
    for doc, pdf in zip(docs, pdfs):
        (folder / f"{doc.stem}.json").write_text(json.dumps(doc.expected(), ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
        problems += self_check(doc, pdf)
    if problems:
        raise SystemExit("self-check failed:\n" + "\n".join(problems))
    return docs


def write_scans(folder: Path, dpi: int) -> None:
    from tests.golden.scans import scan, scan_name

    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(stem, {}) for stem in SCANNED] + [(SKEWED, {"skew": 2.0}), (FAXED, {"fax": True})]
    for stem, kw in jobs:
        suffix = "_skew2" if kw.get("skew") else ("_fax" if kw.get("fax") else "_scan")
        pdf = scan((HERE / f"{stem}.pdf").read_bytes(), dpi=dpi, **kw)
        (folder / f"{stem}{suffix}.pdf").write_bytes(pdf)
        exp = json.loads((HERE / f"{stem}.json").read_text(encoding="utf-8"))
        exp["layout"] = f"{exp['layout']} {scan_name(dpi, **kw)}"
        (folder / f"{stem}{suffix}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    docs = write_all(HERE)
    print(f"wrote {len(docs)} documents to {HERE}")
    if argv[:1] == ["--scans"]:
        folder, dpi = Path(argv[1]), int(argv[2]) if len(argv) > 2 else 200
        write_scans(folder, dpi)
        print(f"wrote scans to {folder} at {dpi} dpi")


if __name__ == "__main__":
    main(sys.argv[1:])
