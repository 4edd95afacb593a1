"""The two text-layer engines side by side: golden accuracy per layout and milliseconds per page.

Run: ``uv run python bench/bench_engines.py [--no-scans]``. Writes the golden corpus (generated,
world, trap and variant layouts; the generated layouts scanned at 200 dpi and faxed askew, read by Tesseract
when it is installed) to a temporary folder, reads it once with each engine (``extract_pdf``'s
``engine``) and prints ``szamlatar accuracy``'s per-layout table for each, the fields where the
two differ, and the text layer's ms per page for each engine. Asserts nothing.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pypdfium2 as pdfium  # noqa: E402

from services.commands import parse as accuracy  # noqa: E402
from services.core.parsing import DEFAULT_PDF_LIMITS  # noqa: E402
from services.core.parsing.pdf import layout  # noqa: E402
from tests.golden.layouts import write_all  # noqa: E402
from tests.golden.scans import write_scans  # noqa: E402
from tests.golden.traps import write_traps  # noqa: E402
from tests.golden.variants import write_variants  # noqa: E402
from tests.golden.world import write_world  # noqa: E402

ENGINES = ("pdfminer", "pdfium")


def corpus(root: Path, scans: bool) -> list[Path]:
    folders = {"generated": write_all, "world": write_world, "traps": write_traps, "variants": write_variants}
    if scans:
        folders["scan200"] = functools.partial(write_scans, dpi=200)
        folders["fax200askew2"] = functools.partial(write_scans, dpi=200, fax=True, skew=2.0)
    out = []
    for name, write in folders.items():
        (root / name).mkdir()
        write(root / name)
        out.append(root / name)
    return out


def with_engine(engine: str) -> mock._patch[object]:
    return mock.patch("services.core.parsing.extract_pdf", functools.partial(layout.extract_pdf, engine=engine))


def outcomes(folders: list[Path], engine: str) -> list[tuple[str, str, str]]:
    with with_engine(engine):
        return [o for folder in folders for o in accuracy._outcomes(folder)]


def differences(folders: list[Path]) -> None:
    """Every document's fields the two engines read differently, with the expected value."""
    import json

    for folder in folders:
        for doc in sorted(folder.glob("*.pdf")):
            expected = json.loads(doc.with_suffix(".json").read_text(encoding="utf-8"))
            got = {}
            for engine in ENGINES:
                with with_engine(engine):
                    got[engine] = accuracy.summary(doc)
            for f in accuracy.FIELDS:
                a, b = got["pdfminer"][f], got["pdfium"][f]
                if a != b:
                    print(f"  {folder.name}/{doc.stem} {f}: expected {expected.get(f)!r}\n"
                          f"      pdfminer {a!r}\n      pdfium   {b!r}")


def table(title: str, rows: dict[str, dict[str, float | int]]) -> None:
    print(f"\n{title}")
    width = max(20, *(len(k) for k in rows))
    print(f"{'':{width}} {'prec':>6} {'recall':>6} {'ok':>4} {'wrong':>5} {'miss':>4} {'extra':>5}")
    for key, r in rows.items():
        print(f"{key:{width}} {r['precision']:6.3f} {r['recall']:6.3f} {r['correct']:4} {r['wrong']:5} "
              f"{r['missed']:4} {r['extra']:5}")


def ms_per_page(pdfs: list[bytes], rounds: int) -> dict[str, float]:
    """Median ms per page of ``extract_pdf`` (embedded files included, as the parse stage reads) for
    each engine, the engines taking turns round by round so a busy machine slows both alike."""
    pages = sum(len(pdfium.PdfDocument(d)) for d in pdfs)
    runs: dict[str, list[float]] = {engine: [] for engine in ENGINES}
    for _ in range(rounds):
        for engine in ENGINES:
            t0 = time.perf_counter()
            for d in pdfs:
                layout.extract_pdf(d, DEFAULT_PDF_LIMITS, engine=engine)
            runs[engine].append((time.perf_counter() - t0) * 1000 / pages)
    return {engine: statistics.median(r) for engine, r in runs.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-scans", action="store_true", help="leave out the scans (OCR takes most of the run)")
    ap.add_argument("--rounds", type=int, default=9)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folders = corpus(Path(tmp), scans=not args.no_scans)
        results = {engine: outcomes(folders, engine) for engine in ENGINES}
        for engine in ENGINES:
            table(f"{engine}: per layout", accuracy.tally(results[engine], by="layout"))
        for engine in ENGINES:
            table(f"{engine}: per field", accuracy.tally(results[engine]))
        text_pdfs = [p.read_bytes() for f in folders[:3] for p in sorted(f.glob("*.pdf"))]
        print(f"\ntext layer, {len(text_pdfs)} text PDFs, median of {args.rounds} rounds:")
        for engine, ms in ms_per_page(text_pdfs, args.rounds).items():
            print(f"  {engine:9} {ms:7.2f} ms/page")
        print("\nfields the engines read differently:")
        differences(folders)


if __name__ == "__main__":
    main()
