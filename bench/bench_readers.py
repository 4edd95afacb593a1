"""Documents per second for each reader, and for bare pdfminer.six text extraction, on the golden corpus.

Run: ``uv run python bench/bench_readers.py``. Prints a table; asserts nothing.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pdfminer.high_level import extract_text  # noqa: E402

from services.core.parsing import DEFAULT_PDF_LIMITS, parse_document  # noqa: E402
from services.core.parsing.pdf.layout import extract_pdf  # noqa: E402
from szamlatar_dev.emulators.nav.seed import seed_invoices  # noqa: E402
from tests.golden.layouts import write_all  # noqa: E402

GOLDEN = ROOT / "tests" / "golden"


def rate(docs: list[bytes], fn: Callable[[bytes], object], min_seconds: float = 1.0) -> float:
    count, start = 0, time.perf_counter()
    while True:
        for doc in docs:
            fn(doc)
            count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return count / elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write_all(Path(tmp))
        pdfs = [p.read_bytes() for p in sorted(Path(tmp).glob("*.pdf"))]
    groups = {
        "nav_xml": ([s.document for s in seed_invoices("12345678")], "application/xml"),
        "ubl/cii/zugferd1": ([p.read_bytes() for p in sorted((GOLDEN / "en16931").glob("*.xml"))],
                             "application/xml"),
        "szamla_agent": ([p.read_bytes() for p in sorted((GOLDEN / "szamlazz").glob("*.xml"))], "application/xml"),
        "billingo": ([p.read_bytes() for p in sorted((GOLDEN / "billingo").glob("*.json"))], "application/json"),
        "pdf_text (parse_document)": (pdfs, "application/pdf"),
    }
    print(f"{'reader':28} {'docs':>5} {'docs/s':>10}")
    for name, (docs, media_type) in groups.items():
        print(f"{name:28} {len(docs):5} {rate(docs, lambda d, m=media_type: parse_document(d, media_type=m)):10.1f}")
    for engine in ("pdfium", "pdfminer"):  # the text layer alone, as the PDF reader sees it
        lines = rate(pdfs, lambda d, e=engine: extract_pdf(d, DEFAULT_PDF_LIMITS, engine=e))
        print(f"{'text layer: ' + engine:28} {len(pdfs):5} {lines:10.1f}")
    print(f"{'pdfminer.six extract_text':28} {len(pdfs):5} {rate(pdfs, lambda d: extract_text(io.BytesIO(d))):10.1f}")


if __name__ == "__main__":
    main()
