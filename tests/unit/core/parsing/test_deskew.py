"""Scans fed in askew are turned straight before OCR (services/core/parsing/pdf/deskew.py).

The skewed scans are made by the corpus generator with Pillow (``tests/golden/scans.py``), not with
the reader's own drawing, so the angle found is checked against pixels the reader did not make.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from services.core.parsing import parse_document
from services.core.parsing.pdf.deskew import (
    MIN_SKEW,
    despeckle,
    render_turned,
    sharpness,
    sheared,
    skew_angle,
    strip_profiles,
    without_rules,
)
from tests.golden.layouts import FONT, _huf, cases, render
from tests.golden.scans import scan

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"


def _scan(stem: str, **how: object) -> bytes:
    expected = dict(next(e for name, e in cases() if name == stem))
    return scan(render(expected, str(expected["layout"])), **how)  # type: ignore[arg-type]


def _angle(pdf: bytes, turn: int = 0) -> float:
    document = pdfium.PdfDocument(pdf)
    try:
        return skew_angle(document[0], turn)
    finally:
        document.close()


@pytest.mark.parametrize(("stem", "dpi", "skew", "fax"), [
    pytest.param("01_classic", 300, 3.0, False, id="classic-300dpi-3deg"),
    pytest.param("02_two_column", 200, -4.5, False, id="two_column-200dpi-minus-4.5deg"),
    pytest.param("04_receipt", 200, 2.0, True, id="receipt-fax-2deg"),
])
def test_the_angle_a_scan_was_fed_askew_is_found(stem: str, dpi: int, skew: float, fax: bool) -> None:
    # the generator turns the page counter-clockwise; the reader turns it back clockwise by as much
    assert abs(_angle(_scan(stem, dpi=dpi, skew=skew, fax=fax)) - skew) <= 0.2


def test_a_straight_scan_and_a_straight_fax_are_left_as_they_are() -> None:
    assert _angle(_scan("03_table_header", dpi=200)) == 0.0
    assert _angle(_scan("05_modern", dpi=200, fax=True)) == 0.0


def test_a_blank_page_has_no_skew() -> None:
    document = pdfium.PdfDocument.new()
    try:
        document.new_page(595, 842)
        assert skew_angle(document[0]) == 0.0
    finally:
        document.close()


def test_the_sheared_profile_of_no_turn_is_the_strips_added_up() -> None:
    profiles = [[0, 3, 0, 1], [1, 2, 0, 0]]
    assert sheared(profiles, width=100, degrees=0.0)[1:5] == [1, 5, 0, 1]
    assert sum(sheared(profiles, width=100, degrees=5.0)) == 7  # a shear moves ink, it never adds or loses it
    assert sharpness([0, 4, 0]) == 32 and sharpness([1, 2, 1]) == 2  # level lines: sharp steps


class _Recorder:
    """An OCR engine that keeps the page image it was asked to read, and finds nothing on it."""

    image = b""

    def orientation(self, image: bytes) -> int:
        return 0

    def words(self, image: bytes, dpi: int) -> str:
        self.image = image
        return TSV_HEADER


def _pgm_skew(image: bytes) -> float:
    """The skew of a PGM image as ``skew_angle`` measures a page (its strips' sharpest shear)."""
    _, size, _, pixels = image.split(b"\n", 3)
    width, height = (int(v) for v in size.split())
    profiles = strip_profiles(width, height, width, pixels)
    scored = [(sharpness(sheared(profiles, width, a / 10)), a / 10) for a in range(-60, 61)]
    return max(scored)[1]


def test_the_image_tesseract_is_given_is_straight() -> None:
    engine = _Recorder()
    parse_document(_scan("01_classic", dpi=200, skew=4.0), ocr=engine)
    assert engine.image.startswith(b"P5\n")
    assert abs(_pgm_skew(engine.image)) < MIN_SKEW  # it was 4°: the reader turned it straight


def test_render_turned_keeps_the_page_size_for_a_skew_and_swaps_it_for_a_quarter_turn() -> None:
    document = pdfium.PdfDocument(_scan("04_receipt", dpi=100))
    try:
        page = document[0]
        straight, askew, sideways = (render_turned(page, 72, d)[:2] for d in (0, 3.5, 90))
        assert straight == askew == (596, 843)  # the 100 dpi scan's A4 page, 595.4 × 842.2 pt
        assert sideways == (843, 596)
    finally:
        document.close()


def test_despeckle_whitens_specks_and_keeps_strokes_and_full_stops() -> None:
    width, height = 12, 8
    page = bytearray(b"\xff" * width * height)

    def ink(x: int, y: int) -> None:
        page[y * width + x] = 0

    ink(1, 1)  # a one-pixel speck
    ink(9, 1); ink(10, 1); ink(9, 2); ink(10, 2)  # a two-by-two speck  # noqa: E702
    for x in range(2, 9):
        ink(x, 5)  # a stroke
    for x in range(4, 7):
        for y in range(1, 4):
            ink(x, y)  # a full stop, three pixels across
    cleaned = despeckle(width, bytes(page))
    dark = {(i % width, i // width) for i, v in enumerate(cleaned) if v < 160}
    assert (1, 1) not in dark and not dark & {(9, 1), (10, 1), (9, 2), (10, 2)}
    assert {(x, 5) for x in range(2, 9)} <= dark
    assert {(x, y) for x in range(4, 7) for y in range(1, 4)} <= dark


class _Fax(_Recorder):
    def words(self, image: bytes, dpi: int) -> str:
        self.image = image
        return TSV_HEADER


def _specks(image: bytes) -> int:
    _, size, _, pixels = image.split(b"\n", 3)
    width = int(size.split()[0])
    return sum(1 for a, b in zip(pixels, despeckle(width, pixels), strict=True) if a != b)


def test_a_fax_is_despeckled_before_ocr_and_a_grayscale_scan_is_not() -> None:
    fax, gray = _Fax(), _Fax()
    parse_document(_scan("04_receipt", dpi=200, fax=True), ocr=fax)
    parse_document(_scan("04_receipt", dpi=200), ocr=gray)
    assert _specks(fax.image) == 0  # nothing left to whiten: the reader did it
    # the gray scan went as drawn: whatever despeckle would still change there, it was not asked to
    assert gray.image == _render_upright(_scan("04_receipt", dpi=200))


def _render_upright(pdf: bytes) -> bytes:
    from services.core.parsing.pdf.ocr import OCR_DPI, _render

    document = pdfium.PdfDocument(pdf)
    try:
        return _render(document[0], OCR_DPI, 0)
    finally:
        document.close()


def test_without_rules_whitens_a_dotted_rule_and_keeps_words_and_a_dark_banner() -> None:
    width, height, dpi = 400, 90, 300  # at 300 dpi a rule is an inch (300 pixels) or longer
    page = bytearray(b"\xfc" * width * height)  # a scan's paper is never quite white

    def ink(x: int, y: int, level: int = 40) -> None:
        page[y * width + x] = level

    for x in range(20, 380):
        for y in (30, 31, 32):
            ink(x, y, 150 if x % 8 < 4 else 210)  # a dotted rule, gray, its gaps half filled by resampling
        for y in range(50, 66):
            ink(x, y, 40 if x % 9 else 250)  # a line of bold letters, touching: as tall as its letters
    for x in range(20, 200):
        ink(x, 40)  # a dash under a word: a thin stroke, but shorter than a rule
    for x in range(20, 380):
        for y in range(70, 90):
            ink(x, y, 60)  # a dark banner down to the page's edge
    for x in range(40, 360):
        ink(x, 80, 250)  # a thin white line through it: the banner is not a rule
    cleaned = without_rules(width, bytes(page), dpi)
    level = {(i % width, i // width): v for i, v in enumerate(cleaned)}
    assert all(level[x, y] == 255 for x in range(20, 380) for y in (30, 31, 32))
    assert all(level[x, 40] == 40 for x in range(20, 200))
    assert all(level[x, y] == page[y * width + x] for x in range(width) for y in range(45, 90))


def _ruled_page(expected: dict[str, object]) -> bytes:
    """Label and value rows with a dotted rule under each (an HTML table's dotted border), as Chromium prints them."""
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    e = {k: str(v) for k, v in expected.items()}
    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=True)
    c.setFont("DejaVu", 16)
    c.drawString(40, 790, "SZÁMLA")
    c.setFont("DejaVu", 10)
    c.drawString(400, 790, f"Sorszám: {e['invoice_number']}")
    c.drawString(40, 760, "Eladó")
    c.drawString(320, 760, "Vevő")
    for i, (seller, buyer) in enumerate([(e["seller.name"], e["buyer.name"]),
                                         (f"Adószám: {e['seller.tax_number']}", f"Adószám: {e['buyer.tax_number']}")]):
        c.drawString(40, 745 - 13 * i, seller)
        c.drawString(320, 745 - 13 * i, buyer)
    rows = [("Számla kelte:", e["issue_date"]), ("Teljesítés időpontja:", e["fulfilment_date"]),
            ("Fizetési határidő:", e["due_date"]), ("Fizetés módja:", "Átutalás"),
            ("Nettó összesen:", _huf(e["net_total"], e["currency"])),
            ("ÁFA összesen:", _huf(e["vat_total"], e["currency"])),
            ("Bruttó végösszeg:", _huf(e["gross_total"], e["currency"]))]
    c.setDash(1, 1)
    c.setLineWidth(0.75)
    c.setStrokeGray(0.4)
    for i, (label, value) in enumerate(rows):
        y = 680 - 15 * i
        c.drawString(40, y, label)
        c.drawString(160, y, value.replace("-", ". ") + "." if i < 3 else value)  # 2025. 03. 10.
        c.line(38, y - 4, 420, y - 4)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("dpi", "skew"), [
    pytest.param(200, 2.0, id="200dpi-2deg"),
    pytest.param(300, -3.0, id="300dpi-minus-3deg"),
])
def test_a_page_of_dotted_rules_fed_askew_reads_its_dates_and_totals(dpi: int, skew: float) -> None:
    # before the turned page's rules were whitened: 5 and 6 of these 9 fields, the due date and totals lost
    from services.adapters.ocr import TesseractOcr
    from services.core.parsing import DEFAULT_PDF_LIMITS

    expected = dict(next(e for name, e in cases() if name == "03_table_header"))
    text_pdf = _ruled_page(expected)
    got = parse_document(scan(text_pdf, dpi=dpi, skew=skew), ocr=TesseractOcr(DEFAULT_PDF_LIMITS)).invoice
    assert parse_document(text_pdf).invoice.gross_total == got.gross_total
    assert str(got.number) == expected["invoice_number"]
    assert [str(d) for d in (got.issue_date, got.fulfilment_date, got.due_date)] == [
        expected["issue_date"], expected["fulfilment_date"], expected["due_date"]]
    assert [str(t) for t in (got.net_total, got.vat_total, got.gross_total)] == [
        str(expected["net_total"]), str(expected["vat_total"]), str(expected["gross_total"])]
