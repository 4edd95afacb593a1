"""A long invoice (a collective utility bill itemised on 200 pages) is read, not refused.

The reading rules look for a row's cells on the row's own page, so their work grows with the pages,
not with their square: before, the totals search compared every cell with every other one and a
200-page bill took minutes (and was refused anyway by a 50-page limit).
"""

from __future__ import annotations

import dataclasses
import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from services.adapters.pdf_sandbox import PdfSandbox
from services.core.parsing import DEFAULT_PDF_LIMITS, parse_document
from tests.golden.layouts import FONT

ITEM_PAGES = 200


def _collective_bill(item_pages: int = ITEM_PAGES) -> bytes:
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("DejaVu", 10)
    for y, text in ((800, "GYŰJTŐSZÁMLA"), (785, "Számla sorszáma: GY-2026-000123"),
                    (770, "Eladó: Közmű Szolgáltató Zrt.   Adószám: 12345678-2-44"),
                    (755, "Vevő: Minta Kereskedelmi Kft.   Adószám: 87654321-2-13"),
                    (740, "Számla kelte: 2026.11.30."), (725, "Teljesítés dátuma: 2026.11.30."),
                    (710, "Fizetési határidő: 2026.12.15.")):
        c.drawString(50, y, text)
    c.showPage()
    for page in range(item_pages):
        c.setFont("DejaVu", 9)
        for row in range(60):
            # ~25 letters a row: the whole bill stays under max_text_chars, so the last page is read too
            c.drawString(50, 800 - row * 12, f"{page * 60 + row + 1}. HU{page:03d}{row:02d}")
            c.drawString(400, 800 - row * 12, "45 678 Ft")
        c.showPage()
    c.setFont("DejaVu", 10)
    c.drawString(50, 800, "Nettó összesen: 1 000 000 Ft")
    c.drawString(50, 785, "ÁFA összesen: 270 000 Ft")
    c.drawString(50, 770, "Fizetendő összesen: 1 270 000 Ft")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_200_page_collective_bill_is_read_in_the_sandbox_within_its_default_limits() -> None:
    sandbox = PdfSandbox(DEFAULT_PDF_LIMITS, workers=1)  # the child's memory is capped (RLIMIT_AS)
    try:
        result = sandbox.parse(_collective_bill(), media_type="application/pdf", metadata=None)
    finally:
        sandbox.close()
    invoice = result.invoice
    assert invoice.number == "GY-2026-000123"
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (
        Decimal("1000000"), Decimal("270000"), Decimal("1270000"))
    assert invoice.seller.tax_number == "12345678-2-44"
    assert invoice.due_date is not None and invoice.due_date.isoformat() == "2026-12-15"
    assert "12000. HU19959" in result.text  # the last item page's text is kept for search


def test_past_the_text_limit_the_middle_pages_are_skipped_and_the_last_page_still_read() -> None:
    limits = dataclasses.replace(DEFAULT_PDF_LIMITS, max_text_chars=5_000)  # the first seven item pages
    result = parse_document(_collective_bill(item_pages=10), limits=limits)  # 12 pages: header, items, totals
    assert result.invoice.gross_total == Decimal("1270000")  # printed on the last page
    assert result.invoice.number == "GY-2026-000123"  # printed on the first
    assert any("pages 9–11 were not read" in w for w in result.invoice.warnings), result.invoice.warnings
    assert not any("text layer" in w for w in result.invoice.warnings)  # skipped pages are not taken for scans
