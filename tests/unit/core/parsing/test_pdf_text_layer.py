"""The PDFium text layer gives the readers the same lines pdfminer.six's layout analysis gave.

The grouping (``group_chars``, ``lines_from_run``) is a pure function over letters and their boxes,
tested here with made-up letters; the PDFs then check that PDFium's letters, put back in content
order, group into pdfminer's very lines on every golden layout.
"""

from __future__ import annotations

import io

import pytest

from services.core.parsing import DEFAULT_PDF_LIMITS, PdfLimits
from services.core.parsing.pdf.layout import extract_pdf
from services.core.parsing.pdf.letters import Char, group_chars, level, lines_from_chars, on_page, page_matrix, run_text
from services.core.parsing.pdf.normalise import normalise_lines
from tests.golden.layouts import cases, render
from tests.golden.traps import CASES as TRAPS
from tests.golden.traps import render as render_ops
from tests.golden.world import CASES as WORLD


def _row(text: str, x: float, y: float, width: float = 5.0, size: float = 10.0) -> list[Char]:
    return [Char(ch, x + i * width, y, x + (i + 1) * width, y + size) for i, ch in enumerate(text)]


def _texts(chars: list[Char]) -> list[str]:
    return [ln.text for ln in lines_from_chars(0, chars)]


def test_characters_on_one_baseline_become_one_line_with_word_spaces() -> None:
    chars = _row("Számla", 10, 700) + _row("száma:", 10 + 6 * 5 + 2, 700)  # a 2 pt gap: a space
    assert _texts(chars) == ["Számla száma:"]


def test_a_gap_under_a_tenth_of_the_letter_size_is_no_space() -> None:
    assert _texts(_row("Net", 10, 700) + _row("tó", 10 + 15 + 0.9, 700)) == ["Nettó"]  # 0.9 < 0.1 × 10
    assert _texts(_row("Net", 10, 700) + _row("tó", 10 + 15 + 1.1, 700)) == ["Net tó"]


def test_a_gap_wider_than_char_margin_letter_widths_starts_the_next_cell() -> None:
    # pdfminer's rule: the gap against twice the wider of the two letters (5 pt here)
    assert _texts(_row("Nettó", 10, 700) + _row("1000", 10 + 25 + 9.9, 700)) == ["Nettó 1000"]
    assert _texts(_row("Nettó", 10, 700) + _row("1000", 10 + 25 + 10.1, 700)) == ["Nettó", "1000"]
    wide = _row("Nettó", 10, 700) + _row("W", 10 + 25 + 15, 700, width=8)  # a wider letter widens the margin
    assert _texts(wide) == ["Nettó W"]


def test_a_new_row_a_line_break_or_a_letter_drawn_elsewhere_ends_the_line() -> None:
    chars = [*_row("ÁFA", 10, 680), Char("\n", 0, 0, 0, 0), *_row("27%", 30, 680),
             *_row("Vevő", 10, 650), *_row("Kft.", 10 + 20 + 2, 650)]
    lines = lines_from_chars(2, chars)
    assert [(ln.text, ln.page) for ln in lines] == [("ÁFA", 2), ("27%", 2), ("Vevő Kft.", 2)]
    assert (lines[1].x0, lines[1].y0, lines[1].x1, lines[1].y1) == (30, 680, 45, 690)
    # a table cell's empty first line, written between two cells of one row, ends the row there
    cells = _row("27%", 175, 492) + _row(" ", 205, 504, width=2.5) + _row("1.600 kg", 192, 492)
    assert _texts(cells) == ["27%", "1.600 kg"]
    assert _texts(_row("27%", 175, 492) + _row("1.600 kg", 192, 492)) == ["27% 1.600 kg"]


def test_rows_are_told_apart_by_how_much_the_boxes_overlap_not_by_baseline() -> None:
    # a superscript raised by 4 pt still overlaps more than half its height: the same line
    assert _texts(_row("m", 10, 700) + _row("2", 15, 704, size=6)) == ["m2"]
    # 6 pt lower is only 4 pt of overlap on a 10 pt letter: another line
    assert _texts(_row("Kelte", 10, 700) + _row("2025", 36, 694)) == ["Kelte", "2025"]


def test_letters_drawn_right_to_left_join_as_pdfminer_joins_them() -> None:
    chars = list(reversed(_row("abc", 10, 700)))
    assert [len(run) for run in group_chars(chars)] == [3]


def test_turned_letters_and_a_watermark_beside_a_line_are_left_out_of_it_but_kept_for_search() -> None:
    name = _row("Pannon Kft.", 40, 700)
    big = _row("MINTA", 40 + 55 + 5, 692, width=20, size=30)  # far larger than the line's letters
    slanted = [c._replace(upright=False) for c in _row("MÁSOLAT", 200, 500)]
    lines = lines_from_chars(0, name + big + slanted)
    assert [ln.text for ln in lines] == ["Pannon Kft."]
    assert (lines[0].y0, lines[0].y1) == (700, 710)  # the line's box, not the watermark's
    assert [run_text(run) for run in group_chars(name + big + slanted)] == ["Pannon Kft. MINTA", "MÁSOLAT"]


def test_a_page_shown_turned_places_and_uprights_its_letters_as_pdfminer_does() -> None:
    turn = page_matrix(90, (0, 0, 595, 842))
    # drawn a quarter turn anticlockwise on a page shown a quarter turn clockwise: upright as shown
    assert level(0, 1, -1, 0, turn) and not level(1, 0, 0, 1, turn) and level(1, 0, 0, 1)
    assert on_page(Char("A", 100, 200, 110, 210), turn)[1:5] == (200, 485, 210, 495)
    assert page_matrix(0, (10, 20, 605, 862)) == (1, 0, 0, 1, -10, -20)  # the media box's corner at the origin


def _engines(pdf: bytes) -> dict[str, list[tuple[int, str, float, float, float]]]:
    """Each engine's lines, normalised as the reader sees them (an ``ﬁ`` ligature PDFium already splits)."""
    out = {}
    for engine in ("pdfium", "pdfminer"):
        lines = normalise_lines(extract_pdf(pdf, DEFAULT_PDF_LIMITS, with_embedded=False, engine=engine).lines)
        out[engine] = sorted((ln.page, ln.text, ln.x0, ln.y0, ln.x1) for ln in lines)
    return out


def _same_lines(a: list[tuple[int, str, float, float, float]], b: list[tuple[int, str, float, float, float]]) -> bool:
    """The same lines in the same places: PDFium and pdfminer place a letter's box by the font's
    descent measured two ways, so a box's bottom may differ by a point and a half."""
    return len(a) == len(b) and all(
        pa == pb and ta == tb and abs(xa - xb) < 0.5 and abs(ya - yb) < 1.5 and abs(ra - rb) < 0.5
        for (pa, ta, xa, ya, ra), (pb, tb, xb, yb, rb) in zip(a, b, strict=True))


GOLDEN = [pytest.param(lambda e=e: render(e, str(e["layout"])), id=stem) for stem, e in cases()] + [
    pytest.param(lambda ops=ops: render_ops(ops), id=stem) for stem, (ops, _) in {**WORLD, **TRAPS}.items()]


@pytest.mark.parametrize("make", GOLDEN)
def test_pdfium_and_pdfminer_read_the_same_lines_on_every_golden_layout(make: object) -> None:
    lines = _engines(make())  # type: ignore[operator]
    assert _same_lines(lines["pdfium"], lines["pdfminer"]), (lines["pdfium"], lines["pdfminer"])


def _cells_pdf(hidden_space: bool) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setFont("Helvetica", 10)
    c.drawString(50, 700, "27%")  # 20 pt wide; "%" is 8.9 pt, so a 12 pt gap is under pdfminer's margin
    if hidden_space:
        c.drawString(70, 712, " ")  # the next cell's empty first line: an object holding only a space
    c.drawString(82, 700, "1.600 kg")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("hidden_space", "want"), [(True, ["27%", "1.600 kg"]), (False, ["27% 1.600 kg"])])
def test_a_space_only_text_object_pdfium_hides_still_ends_the_row(hidden_space: bool, want: list[str]) -> None:
    lines = _engines(_cells_pdf(hidden_space))
    assert [t for _, t, *_ in lines["pdfium"]] == [t for _, t, *_ in lines["pdfminer"]] == sorted(want)


def _turned_pdf(rotation: int) -> bytes:
    """A page shown turned by ``rotation`` (``/Rotate``), its text drawn turned back so it reads upright."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.setPageRotation(rotation)
    c.setFont("Helvetica", 10)
    c.translate(*{0: (0, 0), 90: (595, 0), 180: (595, 842), 270: (0, 842)}[rotation])
    c.rotate(rotation)
    shown_width = 842 if rotation in (90, 270) else 595
    c.drawString(50, 300, "Számla száma: A-2025/17")
    c.drawString(50, 280, "Nettó")
    c.drawString(shown_width - 150, 280, "1 000 Ft")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_a_page_shown_turned_reads_as_pdfminer_reads_it(rotation: int) -> None:
    lines = _engines(_turned_pdf(rotation))
    assert [t for _, t, *_ in lines["pdfium"]] == ["1 000 Ft", "Nettó", "Számla száma: A-2025/17"]
    assert _same_lines(lines["pdfium"], lines["pdfminer"]), lines


def test_text_inside_a_form_xobject_is_read_where_pdfminers_analysis_left_it_out() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    c.beginForm("sheet")  # some tools put a whole page's content in one form XObject
    c.setFont("Helvetica", 10)
    c.drawString(50, 500, "Számla száma: A-2025/17")
    c.endForm()
    c.doForm("sheet")
    c.setFont("Helvetica", 10)
    c.drawString(50, 300, "Nettó")
    c.showPage()
    c.save()
    lines = _engines(buf.getvalue())
    assert [t for _, t, *_ in lines["pdfium"]] == ["Nettó", "Számla száma: A-2025/17"]
    assert [t for _, t, *_ in lines["pdfminer"]] == ["Nettó"]  # LAParams(all_texts=False) skips figures


def test_the_text_layer_reads_no_more_letters_than_the_text_limit() -> None:
    expected = dict(cases()[0][1])
    pdf = render(expected, str(expected["layout"]))
    content = extract_pdf(pdf, PdfLimits(max_text_chars=40), with_embedded=False)
    assert 0 < sum(len(ln.text.replace(" ", "")) for ln in content.lines) <= 40
    assert len(content.text) <= 40


def test_a_file_pdfium_cannot_open_is_read_by_pdfminer(monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2

    expected = dict(cases()[0][1])
    pdf = render(expected, str(expected["layout"]))

    def refuse(*args: object, **kwargs: object) -> None:
        raise pypdfium2.PdfiumError("cannot open")

    want = extract_pdf(pdf, DEFAULT_PDF_LIMITS, with_embedded=False, engine="pdfminer").lines
    monkeypatch.setattr(pypdfium2, "PdfDocument", refuse)
    assert extract_pdf(pdf, DEFAULT_PDF_LIMITS, with_embedded=False).lines == want


def test_pdfium_is_the_default_engine() -> None:
    import inspect

    assert inspect.signature(extract_pdf).parameters["engine"].default == "pdfium"



def _plain_pdf() -> bytes:
    from tests.unit.core.parsing.pdf_builder import pdf_file

    content = b"BT /F1 12 Tf 72 720 Td (Sz\xe1mla sorsz\xe1ma: P-1) Tj ET"
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


@pytest.mark.parametrize("name", [b"/Encrypt", b"/E#6ecrypt", b"/EmbeddedFiles", b"/E#6D#62eddedFiles", b"/AF",
                                  b"/#41#46", b"/ObjStm", b"/Obj#53tm"])
def test_a_file_that_may_be_encrypted_or_carry_files_is_parsed_by_pdfminer_too(name: bytes) -> None:
    from services.core.parsing.pdf.layout import _needs_pdfminer

    plain = _plain_pdf()
    assert not _needs_pdfminer(plain)
    assert _needs_pdfminer(plain.replace(b"/Type /Catalog", b"/Type /Catalog " + name + b" 0"))


def test_a_plain_file_is_read_by_pdfium_without_pdfminer_parsing_it() -> None:
    from unittest import mock

    with mock.patch("pdfminer.pdfdocument.PDFDocument", side_effect=AssertionError("pdfminer parsed the file")):
        content = extract_pdf(_plain_pdf(), DEFAULT_PDF_LIMITS)
    assert [ln.text for ln in content.lines] == ["Számla sorszáma: P-1"]
    assert (content.embedded, content.refused) == ((), ())
