"""Blind set H: an accounting office's December 2026 — 30 invoices of ten small clients, with expected JSON.

Run ``python -m tests.golden.heldout_h.make_set`` (writes PDFs and JSONs beside this file and self-checks them
against pdfminer text) or ``... --scans DIR DPI`` for image-only scans of a few of them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from tests.golden.heldout_h import docs_html, docs_rl
from tests.golden.heldout_h.engine import KEYS, html_to_pdf

HERE = Path(__file__).parent
SCANNED = ["h01_nagyker_cc", "h05_penztargep", "h08_vizszerelo_aam", "h11_eu_szoftver_eur", "h14_web_vegszamla",
           "h19_ostermelo"]
SKEWED = "h17_autosiskola_sztorno"
FAXED = "h15_dijbekero"


def _squash(s: str) -> str:
    return re.sub(r"[\s\u00a0\u202f\u2009]+", "", s)


def build(folder: Path, only: set[str] | None = None) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    stems = []
    for fn in docs_html.DOCS + docs_rl.DOCS:
        d, content = fn()
        if only and d.stem not in only:
            continue
        pdf = folder / f"{d.stem}.pdf"
        if isinstance(content, str):
            html_to_pdf(content, pdf)
        else:
            pdf.write_bytes(content)
        exp = {k: d.exp[k] for k in KEYS}
        (folder / f"{d.stem}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        check(pdf, d)
        stems.append(d.stem)
    return stems


def check(pdf: Path, d) -> None:
    from pdfminer.high_level import extract_text

    text = _squash(extract_text(str(pdf)))
    for key in KEYS:
        if key in ("kind", "layout", "currency") or d.exp[key] is None:
            continue
        assert key in d.printed, f"{d.stem}: {key} has a value but no printed form"
        assert _squash(d.printed[key]) in text, f"{d.stem}: {key} printed as {d.printed[key]!r} not in text"
    assert d.exp["currency"] in ("HUF", "EUR")
    for who in ("seller", "buyer"):
        t = d.exp[f"{who}.tax_number"]
        if t:
            assert re.fullmatch(r"\d{8}-[1-5]-(0[2-9]|[1-3]\d|4[0-4]|51)", t), (d.stem, t)
            w = [9, 7, 3, 1, 9, 7, 3]
            assert (10 - sum(int(a) * b for a, b in zip(t, w)) % 10) % 10 == int(t[7]), (d.stem, t)
    from decimal import Decimal
    if d.exp["net_total"] is not None:
        assert Decimal(d.exp["net_total"]) + Decimal(d.exp["vat_total"]) == Decimal(d.exp["gross_total"]), d.stem


def scans(folder: Path, dpi: int) -> None:
    import tempfile

    from tests.golden.scans import scan, scan_name

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        wanted = SCANNED + [SKEWED, FAXED]
        build(Path(tmp), set(wanted))
        for stem in wanted:
            opts = dict(dpi=dpi)
            if stem == SKEWED:
                opts["skew"] = 2.0
            if stem == FAXED:
                opts["fax"] = True
            (folder / f"{stem}.pdf").write_bytes(scan((Path(tmp) / f"{stem}.pdf").read_bytes(), **opts))
            exp = json.loads((Path(tmp) / f"{stem}.json").read_text(encoding="utf-8"))
            exp["layout"] = f"{exp['layout']} {scan_name(**opts)}"
            (folder / f"{stem}.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    if argv[:1] == ["--scans"]:
        scans(Path(argv[1]), int(argv[2]) if len(argv) > 2 else 200)
        return
    only = set(argv) if argv else None
    stems = build(HERE, only)
    print(f"{len(stems)} documents written and checked")


if __name__ == "__main__":
    main(sys.argv[1:])
