"""Faint grey print is darkened before OCR, and nothing else is (services/core/parsing/pdf/faint.py).

Tesseract thresholds a page once, globally: small light-grey captions (``KIÁLLÍTVA`` in 6.5 pt
``#aaa``) fell below it and vanished, taking the labels of the dates with them. These tests need
no Tesseract: they check which pixels the reader calls grey ink, and the image it hands the engine.
"""

from __future__ import annotations

import io
import itertools

import pypdfium2 as pdfium

from services.core.parsing import parse_document
from services.core.parsing.pdf.faint import LEVELS, MIN_FAINT, PAPER, darkened, faint_pixels
from tests.golden.layouts import FONT
from tests.golden.scans import scan

TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
WIDTH, HEIGHT, DPI = 900, 300, 300


def _page() -> bytearray:
    return bytearray(b"\xff" * WIDTH * HEIGHT)


def _box(page: bytearray, x0: int, y0: int, x1: int, y1: int, level: int) -> None:
    for y in range(y0, y1):
        page[y * WIDTH + x0: y * WIDTH + x1] = bytes([level]) * (x1 - x0)


def _grey_caption(page: bytearray, x0: int, y0: int, letters: int = 60, level: int = 185) -> None:
    """Thin grey strokes as a small letter-spaced caption leaves them: 2 pixels wide, 20 tall, a soft edge."""
    for k in range(letters):
        x = x0 + 9 * k
        _box(page, x - 1, y0, x, y0 + 20, 225)  # the anti-aliased edge, lighter
        _box(page, x, y0, x + 2, y0 + 20, level)
        _box(page, x + 2, y0, x + 3, y0 + 20, 225)


def _black_word(page: bytearray, x0: int, y0: int, letters: int = 60) -> None:
    """Black strokes with the grey edges anti-aliasing gives every letter."""
    for k in range(letters):
        x = x0 + 9 * k
        _box(page, x - 2, y0, x, y0 + 20, 200)
        _box(page, x, y0, x + 3, y0 + 20, 20)
        _box(page, x + 3, y0, x + 5, y0 + 20, 200)


def test_the_level_map_blackens_grey_ink_and_keeps_paper() -> None:
    assert LEVELS[185] == 0 and LEVELS[170] == 0  # a caption's #aaa core, as a 200-dpi scan keeps it
    assert LEVELS[210] < 128  # its softer edge still darker than mid-grey
    assert all(LEVELS[v] == v for v in range(PAPER, 256))  # paper and pale fills stay as they are
    assert all(a <= b for a, b in itertools.pairwise(LEVELS))  # no level overtakes a lighter one


def test_a_page_of_black_text_is_left_as_it_was_drawn() -> None:
    page = _page()
    _black_word(page, 40, 40)
    _black_word(page, 40, 120)
    assert faint_pixels(WIDTH, bytes(page), DPI) == 0  # a black letter's grey edge is not grey ink
    assert darkened(WIDTH, bytes(page), DPI) is None


def test_a_grey_caption_is_darkened_and_black_text_fills_and_rules_are_not() -> None:
    page = _page()
    _grey_caption(page, 40, 20)
    _black_word(page, 40, 60)
    _box(page, 20, 120, 880, 200, 215)  # a pale grey band (a table's fill) with black words on it
    _black_word(page, 40, 150, letters=20)
    for x in range(20, 880, 6):
        _box(page, x, 240, x + 3, 242, 200)  # a dotted grey rule across the table
    before = bytes(page)
    assert faint_pixels(WIDTH, before, DPI) >= MIN_FAINT
    after = darkened(WIDTH, before, DPI)
    assert after is not None and len(after) == len(before)
    level = {(i % WIDTH, i // WIDTH): v for i, v in enumerate(after)}
    assert all(level[40 + 9 * k, 30] == 0 for k in range(60))  # the caption's strokes are black now
    changed = {(i % WIDTH, i // WIDTH) for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b}
    assert changed and all(20 <= y < 40 for _, y in changed)  # nothing outside the caption moved


def test_a_watermark_across_the_page_is_not_darkened_and_the_captions_beside_it_are() -> None:
    page = _page()
    _grey_caption(page, 40, 20)
    for k in range(240):  # a pale ``SZTORNÓ``'s stroke, thin and turned 60°, over the figures
        x, y = 700 + k // 2, 50 + k
        _box(page, x, y, x + 3, y + 1, 215)
    before = bytes(page)
    after = darkened(WIDTH, before, DPI)
    assert after is not None
    assert after[30 * WIDTH + 40] == 0  # the caption is darkened
    stroke = slice(150 * WIDTH + 750, 150 * WIDTH + 760)
    assert after[stroke] == before[stroke]  # the watermark's stroke is not


def test_a_few_grey_pixels_do_not_make_a_page_faint() -> None:
    page = _page()
    _grey_caption(page, 40, 20, letters=5)  # a page number, a footnote mark
    assert 0 < faint_pixels(WIDTH, bytes(page), DPI) < MIN_FAINT
    assert darkened(WIDTH, bytes(page), DPI) is None


class _Recorder:
    """An OCR engine that keeps the page image it was asked to read, and finds nothing on it."""

    image = b""

    def orientation(self, image: bytes) -> int:
        return 0

    def words(self, image: bytes, dpi: int) -> str:
        self.image = image
        return TSV_HEADER


def _captioned_page(grey: float) -> bytes:
    """Dates under tiny letter-spaced captions printed in ``grey`` (0 black, 1 white), as a web invoicer prints them."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=True)
    for i, (caption, value) in enumerate([("KIÁLLÍTVA", "2027-05-02"), ("TELJESÍTÉS", "2027-04-30"),
                                          ("ESEDÉKES", "2027-05-16"), ("SZÁMLÁZÁSI CÍM", "Duna-Print Kft.")]):
        y = 760 - 40 * i
        c.setFillGray(grey)
        c.setFont("DejaVu", 6.5)
        c.drawString(40, y, "".join(f"{ch} " for ch in caption))  # letter-spaced
        c.setFillGray(0)
        c.setFont("DejaVu", 9)
        c.drawString(40, y - 12, value)
    c.showPage()
    c.save()
    return buf.getvalue()


def _mid_greys(image: bytes) -> int:
    _, _, _, pixels = image.split(b"\n", 3)
    return sum(pixels.count(bytes([v])) for v in range(150, 225))


def test_the_image_tesseract_is_given_has_its_grey_captions_darkened() -> None:
    faint, black = _Recorder(), _Recorder()
    parse_document(scan(_captioned_page(0.67), dpi=200), ocr=faint)  # #aaa
    parse_document(scan(_captioned_page(0.0), dpi=200), ocr=black)
    assert faint.image.startswith(b"P5\n") and black.image.startswith(b"P5\n")
    assert _mid_greys(faint.image) < _mid_greys(black.image)  # the captions' grey went to black
    assert black.image == _render_upright(scan(_captioned_page(0.0), dpi=200))  # black print went as drawn


def _render_upright(pdf: bytes) -> bytes:
    from services.core.parsing.pdf.ocr import OCR_DPI, _render

    document = pdfium.PdfDocument(pdf)
    try:
        return _render(document[0], OCR_DPI, 0)
    finally:
        document.close()
