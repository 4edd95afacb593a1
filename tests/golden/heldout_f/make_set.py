"""Blind set F: invented Hungarian invoices (big issuers, corporate buyers, multi-page, bilingual).

Run ``python -m tests.golden.heldout_f.make_set`` to (re)write every ``fNN_*.pdf`` and its expected
``fNN_*.json`` beside this file, then check that each expected value is printed in the PDF's text.
``--scans DIR DPI`` also writes image-only scans of six of them (plus one askew 2° and one fax) to DIR.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from .core import check_digit, chromium_pdf, norm

HERE = Path(__file__).resolve().parent
SCANNED = ["f01_aram_elszamolo", "f05_fuvar_eur", "f07_de_reverse", "f14_nagyker_45sor", "f19_nav_szamlakep",
           "f21_sztorno"]
SKEWED = "f06_sap_bilingual"
FAXED = "f23_vegszamla"


def documents():
    from . import docs_a, docs_b, docs_c, docs_rl

    out = []
    for mod in (docs_a, docs_b, docs_c, docs_rl):
        for name in sorted(n for n in dir(mod) if n[:1] == "f" and n[1:].isdigit()):
            out.append(getattr(mod, name)())
    return sorted(out, key=lambda d: d.stem)


def pdf_text(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def check(doc, path: Path) -> list[str]:
    raw = pdf_text(path)
    text = norm(raw)
    if any(ch in raw for ch in "\ufb00\ufb01\ufb02\ufb03\ufb04"):
        return ["ligature glyphs in the text layer"]
    squeezed = text.replace(" ", "")
    missing = [s for s in doc.printed if norm(s) not in text and norm(s).replace(" ", "") not in squeezed]
    exp = doc.expected()
    for key in ("invoice_number", "seller.name", "buyer.name", "seller.tax_number", "buyer.tax_number",
                "seller.vat_number", "buyer.vat_number", "preceding_invoice"):
        v = exp[key]
        if v is not None and v not in doc.printed:
            missing.append(f"{key} not recorded as printed: {v}")
    for key in ("seller.tax_number", "buyer.tax_number"):
        v = exp[key]
        if v is not None:
            ok = re.fullmatch(r"(\d{7})(\d)-([1-5])-(\d\d)", v)
            if not ok or check_digit(ok.group(1)) != int(ok.group(2)) or not (2 <= int(ok.group(4)) <= 44 or ok.group(4) == "51"):
                missing.append(f"bad tax number {v}")
    if doc.lines and (sum(ln.net for ln in doc.lines) != doc.net or sum(ln.vat for ln in doc.lines) != doc.vat):
        missing.append("lines do not add up to the totals")
    if exp["net_total"] is not None and len(doc.printed) < 8:
        missing.append("too few recorded printed values")
    return missing


def write_all(folder: Path) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    docs = documents()
    failures = {}
    for doc in docs:
        pdf = folder / f"{doc.stem}.pdf"
        if doc.html is not None:
            chromium_pdf(doc.html, pdf)
        else:
            doc.draw(pdf)
        (folder / f"{doc.stem}.json").write_text(
            json.dumps(doc.expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        miss = check(doc, pdf)
        if miss:
            failures[doc.stem] = miss
        n, v, g = doc.net, doc.vat, doc.gross
        if n is not None and n + v != g:
            failures.setdefault(doc.stem, []).append("net + vat != gross")
    for stem, miss in failures.items():
        print(f"CHECK FAILED {stem}: {miss}", file=sys.stderr)
    print(f"wrote {len(docs)} documents to {folder}; {len(failures)} failed the self-check")
    if failures:
        raise SystemExit(1)
    return docs


def write_scans(folder: Path, dpi: int, source: Path = HERE) -> None:
    from tests.golden.scans import scan, scan_name

    folder.mkdir(parents=True, exist_ok=True)
    plan = [(s, dict()) for s in SCANNED] + [(SKEWED, dict(skew=2.0)), (FAXED, dict(fax=True))]
    for stem, opts in plan:
        pdf = (source / f"{stem}.pdf").read_bytes()
        suffix = "_skew2" if opts.get("skew") else "_fax" if opts.get("fax") else "_scan"
        (folder / f"{stem}{suffix}.pdf").write_bytes(scan(pdf, dpi=dpi, **opts))
        expected = json.loads((source / f"{stem}.json").read_text(encoding="utf-8"))
        expected["layout"] = f"{expected['layout']} {scan_name(dpi, **opts)}"
        (folder / f"{stem}{suffix}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                                       encoding="utf-8")
    print(f"wrote {len(plan)} scans at {dpi} dpi to {folder}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--scans", nargs=2, metavar=("DIR", "DPI"))
    ap.add_argument("--only", help="write only documents whose stem starts with this")
    args = ap.parse_args(argv)
    if args.only:
        global documents
        full = documents
        documents = lambda: [d for d in full() if d.stem.startswith(args.only)]
    write_all(args.out)
    if args.scans:
        write_scans(Path(args.scans[0]), int(args.scans[1]), args.out)


if __name__ == "__main__":
    main()
