"""The PDFium text layer gives the readers the same lines pdfminer.six's layout analysis gave."""

from __future__ import annotations

import pytest

from services.core.parsing import DEFAULT_PDF_LIMITS
from services.core.parsing.pdf.layout import extract_pdf, lines_from_chars
from tests.golden.layouts import cases, render


def _row(text: str, x: float, y: float, width: float = 5.0) -> list[tuple[str, float, float, float, float]]:
    return [(ch, x + i * width, y, x + (i + 1) * width, y + 10.0) for i, ch in enumerate(text)]


def test_characters_on_one_baseline_become_one_line_with_word_spaces() -> None:
    chars = _row("Számla", 10, 700) + _row("száma:", 10 + 6 * 5 + 2, 700)  # a 2 pt gap: a space
    assert [ln.text for ln in lines_from_chars(0, chars)] == ["Számla száma:"]


def test_a_wide_gap_a_new_baseline_and_a_line_break_each_start_a_new_line() -> None:
    chars = (_row("Nettó", 10, 700) + _row("1000", 200, 700)  # the next table cell
             + _row("ÁFA", 10, 680) + [("\r", 0, 0, 0, 0), ("\n", 0, 0, 0, 0)] + _row("27%", 30, 680))
    lines = lines_from_chars(2, chars)
    assert [(ln.text, ln.page) for ln in lines] == [("Nettó", 2), ("1000", 2), ("ÁFA", 2), ("27%", 2)]
    assert (lines[1].x0, lines[1].y0, lines[1].x1, lines[1].y1) == (200, 700, 220, 710)


@pytest.mark.parametrize("stem", [pytest.param(stem, id=stem) for stem, _ in cases()])
def test_pdfium_and_pdfminer_read_the_same_lines(stem: str) -> None:
    expected = dict(next(e for name, e in cases() if name == stem))
    pdf = render(expected, str(expected["layout"]))

    def lines(engine: str) -> list[tuple[int, int, int, str]]:
        content = extract_pdf(pdf, DEFAULT_PDF_LIMITS, engine=engine)
        return sorted((ln.page, round(ln.y0), round(ln.x0), ln.text) for ln in content.lines)

    assert lines("pdfium") == lines("pdfminer")
