"""Blind set E: thirty invented invoices of small and mid-sized Hungarian businesses and invoicing programs.

    .venv/bin/python -m tests.golden.heldout_e.make_set [--out DIR] [--scans DIR DPI]

Writes ``eNN_<name>.pdf`` and the bookkeeper's reading ``eNN_<name>.json`` beside it (into this folder unless
``--out``), then checks that every expected value is printed on the page as the page prints it. ``--scans``
also writes image-only scans of six documents, one askew by 2° and one fax into DIR (not kept in git).
Most pages are HTML printed by headless Chromium; five are drawn with reportlab.
"""

from __future__ import annotations

import argparse
import json
import re
from decimal import Decimal
from pathlib import Path

from tests.golden.heldout_e.docs import documents
from tests.golden.heldout_e.html import LAYOUTS, print_pdf
from tests.golden.heldout_e.model import Doc, fmt_amount
from tests.golden.heldout_e.rl import RL_LAYOUTS

HERE = Path(__file__).resolve().parent
HTML_LAYOUT = {
    "e01": "classic", "e02": "grid", "e03": "grid", "e04": "grid", "e06": "lefttable", "e08": "receipt",
    "e09": "letterhead", "e10": "letterhead", "e11": "smallcaps", "e12": "classic", "e14": "smallcaps",
    "e15": "classic", "e16": "letterhead", "e17": "grid", "e18": "smallcaps", "e19": "classic", "e21": "lefttable",
    "e22": "letterhead", "e23": "grid", "e24": "grid", "e25": "twolabel", "e26": "smallcaps", "e27": "letterhead",
    "e28": "twolabel", "e30": "classic",
}
SCANNED = ["e01", "e06", "e09", "e14", "e18", "e25"]
SKEWED = "e22"
FAXED = "e30"


def finish(docs: list[Doc]) -> None:
    """Values that depend on the computed totals (the cash rounding of the till receipt)."""
    for doc in docs:
        if doc.stem.startswith("e08"):
            gross = int(doc.gross)
            rounded = (gross + 2) // 5 * 5
            doc.opts["after_totals"] = [("Kerekítés", f"{rounded - gross:+d} Ft"),
                                        ("Fizetendő (kp.)", f"{fmt_amount(Decimal(rounded), 'sp', 0)} Ft")]


def render(doc: Doc, out: Path) -> None:
    key = doc.stem[:3]
    if doc.opts.get("renderer") in RL_LAYOUTS:
        RL_LAYOUTS[doc.opts["renderer"]](doc, out)
    else:
        print_pdf(LAYOUTS[HTML_LAYOUT[key]](doc), out)


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def printed(doc: Doc) -> dict[str, str]:
    """The expected values as the page prints them."""
    out = {"invoice_number": doc.number, "issue_date": doc.d(doc.issue), "net_total": doc.m(doc.net),
           "vat_total": doc.m(doc.vat), "gross_total": doc.m(doc.gross)}
    if doc.fulfil:
        out["fulfilment_date"] = doc.d(doc.fulfil)
    if doc.due:
        out["due_date"] = doc.d(doc.due)
    for role, p in (("seller", doc.seller), ("buyer", doc.buyer)):
        out[f"{role}.name"] = p.name
        if p.tax:
            out[f"{role}.tax_number"] = p.tax
        if p.vat:
            out[f"{role}.vat_number"] = p.vat
    if doc.preceding:
        out["preceding_invoice"] = doc.preceding
    return out


def check(doc: Doc, pdf: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    text = _norm(extract_text(str(pdf)))
    flat = text.replace(" ", "")
    problems = []
    for key, value in printed(doc).items():
        v = _norm(value)
        if v in text:
            continue
        if v.replace(" ", "") in flat:
            problems.append(f"{doc.stem}: {key} {value!r} only found with line breaks removed (wrapped)")
            continue
        problems.append(f"{doc.stem}: {key} {value!r} NOT FOUND")
    return problems


def write_set(out: Path) -> list[Doc]:
    out.mkdir(parents=True, exist_ok=True)
    docs = documents()
    finish(docs)
    problems = []
    for doc in docs:
        pdf = out / f"{doc.stem}.pdf"
        render(doc, pdf)
        (out / f"{doc.stem}.json").write_text(json.dumps(doc.expected(), ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
        problems += check(doc, pdf)
    for p in problems:
        print(p)
    if any("NOT FOUND" in p for p in problems):
        raise SystemExit("self-check failed")
    return docs


def write_scans(docs: list[Doc], source: Path, folder: Path, dpi: int) -> None:
    from tests.golden.scans import scan, scan_name

    folder.mkdir(parents=True, exist_ok=True)
    plan = [(k, {}) for k in SCANNED] + [(SKEWED, {"skew": 2.0}), (FAXED, {"fax": True})]
    by_key = {d.stem[:3]: d for d in docs}
    for key, how in plan:
        doc = by_key[key]
        suffix = "fax" if how.get("fax") else "skew2" if how.get("skew") else "scan"
        stem = f"{doc.stem}_{suffix}_{dpi}dpi"
        (folder / f"{stem}.pdf").write_bytes(scan((source / f"{doc.stem}.pdf").read_bytes(), dpi=dpi, **how))
        expected = doc.expected()
        expected["layout"] = f"{expected['layout']} {scan_name(dpi, 0, how.get('skew', 0.0), how.get('fax', False))}"
        (folder / f"{stem}.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--scans", nargs=2, metavar=("DIR", "DPI"))
    args = ap.parse_args()
    docs = write_set(args.out)
    print(f"{len(docs)} documents written to {args.out}")
    if args.scans:
        write_scans(docs, args.out, Path(args.scans[0]), int(args.scans[1]))
        print(f"scans written to {args.scans[0]}")


if __name__ == "__main__":
    main()
