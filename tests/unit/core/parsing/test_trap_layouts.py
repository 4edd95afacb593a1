"""The trap layouts (tests/golden/traps.py): every expected field back, each with a confidence and a place."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from services.commands.parse import FIELDS, _same, measure, summary
from services.core.invoice import Invoice
from services.core.parsing import parse_document
from tests.golden.traps import CASES, FONT, render, write_traps


@pytest.fixture(scope="module")
def traps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("traps")
    write_traps(folder)
    return folder


@pytest.mark.parametrize("stem", [pytest.param(stem, id=stem) for stem in CASES])
def test_trap_layout_reads_back_every_expected_field(stem: str, traps: Path) -> None:
    expected = json.loads((traps / f"{stem}.json").read_text(encoding="utf-8"))
    got = summary(traps / f"{stem}.pdf")
    assert got["format"] == "pdf_text"
    wrong = {f: (expected[f], got[f]) for f in FIELDS if f in expected and not _same(f, expected[f], got[f])}
    assert wrong == {}


def test_accuracy_is_perfect_on_the_trap_layouts(traps: Path) -> None:
    result = measure(traps)
    assert all(r["precision"] == 1.0 and r["recall"] == 1.0 for r in result.values()), result


def _filled(invoice: Invoice) -> list[str]:
    """The dotted names of every field the reader filled (scalars, parties' fields, non-empty tuples)."""
    out: list[str] = []
    for name in ("number", "issue_date", "due_date", "currency", "net_total", "vat_total", "gross_total",
                 "exchange_rate", "vat_total_huf", "gross_total_huf", "payment_method", "vat_breakdown", "lines"):
        if getattr(invoice, name) not in (None, ()):
            out.append(name)
    for role in ("seller", "buyer"):
        party = getattr(invoice, role)
        out += [f"{role}.{f}" for f in ("name", "tax_number", "vat_number", "address") if getattr(party, f)]
    if invoice.references.preceding_invoice:
        out.append("references.preceding_invoice")
    return out


# read off one place on the page (not derived from other fields), so they say which page and label
PLACED = ("number", "issue_date", "due_date", "net_total", "vat_total", "gross_total", "seller.name", "buyer.name",
          "seller.tax_number", "buyer.tax_number", "references.preceding_invoice", "vat_total_huf", "exchange_rate",
          "vat_breakdown")


@pytest.mark.parametrize("stem", [pytest.param(stem, id=stem) for stem in CASES])
def test_every_field_read_carries_a_confidence_and_where_it_was_found(stem: str) -> None:
    invoice = parse_document(render(CASES[stem][0])).invoice
    provenance = invoice.provenance
    missing = [f for f in _filled(invoice) if f not in provenance]
    assert missing == []
    assert "kind" in provenance
    assert all(0 < p.confidence <= 1 for p in provenance.values())
    unplaced = [f for f in _filled(invoice) if f in PLACED and (provenance[f].page != 1 or not provenance[f].label)]
    assert unplaced == []


def test_watermark_letters_that_join_a_line_are_left_out_of_it() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from services.core.parsing.limits import DEFAULT_PDF_LIMITS
    from services.core.parsing.pdf.layout import extract_pdf

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("DejaVu", 10)
    c.drawString(40, 700, "Eladó: Pannon Kft.")
    c.setFont("DejaVu", 30)
    c.drawString(140, 692, "MINTA")  # right after the name, as large as a watermark
    c.saveState()
    c.translate(150, 500)
    c.rotate(35)
    c.drawString(0, 0, "MINTA")  # and across the page, at a slant
    c.restoreState()
    c.showPage()
    c.save()
    content = extract_pdf(buf.getvalue(), DEFAULT_PDF_LIMITS, with_embedded=False)
    assert [ln.text for ln in content.lines] == ["Eladó: Pannon Kft."]
    assert content.lines[0].y1 - content.lines[0].y0 < 15  # the box is the line's, not the watermark's
    assert "MINTA" in content.text  # still searchable


def test_the_trap_layouts_scanned_at_200_dpi_read_nine_fields_in_ten(tmp_path: Path) -> None:
    from services.commands.parse import _outcomes as outcomes
    from services.commands.parse import tally
    from tests.golden.scans import scan

    write_traps(tmp_path)
    for pdf in tmp_path.glob("*.pdf"):
        pdf.write_bytes(scan(pdf.read_bytes(), dpi=200))
    result = tally(outcomes(tmp_path))
    counts = {k: sum(int(r[k]) for r in result.values()) for k in ("correct", "wrong", "missed", "extra")}
    assert counts["correct"] / sum(counts.values()) >= 0.9, counts  # 0.68 before issue 13's reading rules
