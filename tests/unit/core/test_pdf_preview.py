"""The preview drawing: a PNG any decoder reads, pages stacked, bounded in pages and pixels."""

from __future__ import annotations

import io
import struct
import zlib

import pytest

from services.core.errors import MalformedDocumentError
from services.core.pdf_preview import GAP, MAX_PREVIEW_PAGES, png_rgb, preview_dpi, render_preview, stack_pages
from szamlatar_dev.demo.own_system import demo_book, demo_documents


def _decode(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and raw RGB rows of a PNG written with filter 0 — checking every chunk's CRC."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks = 8, {}
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos:pos + 4])
        kind, data = png[pos + 4:pos + 8], png[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length:pos + 12 + length])
        assert crc == zlib.crc32(kind + data) & 0xFFFFFFFF, kind
        chunks[kind] = data
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, colour) == (8, 2) and b"IEND" in chunks
    return width, height, zlib.decompress(chunks[b"IDAT"])


def _pdf_pages(n: int) -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(n):
        pdf.new_page(200, 100)

    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def test_a_png_holds_exactly_the_pixels_given() -> None:
    rows = [bytes([10, 20, 30, 40, 50, 60]), bytes([70, 80, 90, 100, 110, 120])]
    width, height, raw = _decode(png_rgb(2, rows))
    assert (width, height) == (2, 2)
    assert raw == b"\x00" + rows[0] + b"\x00" + rows[1]


def test_a_row_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError):
        png_rgb(2, [b"\x00" * 5])


def test_pages_of_different_widths_are_centred_on_white_with_a_grey_gap() -> None:
    narrow = (1, 1, 3, bytes([0, 0, 0]))
    wide = (3, 1, 9, bytes([1] * 9))
    width, height, raw = _decode(stack_pages([narrow, wide]))
    assert (width, height) == (3, 1 + GAP + 1)
    assert raw[:10] == b"\x00" + bytes([255] * 3) + bytes([0] * 3) + bytes([255] * 3)


def test_a_demo_invoice_is_drawn_as_one_page() -> None:
    _, pdf = demo_documents(demo_book(1, seed=3))[0]
    drawn = render_preview(pdf)
    width, height, _ = _decode(drawn.png)
    assert (drawn.shown, drawn.pages) == (1, 1)
    assert 800 < width < 1000 and 1100 < height < 1400  # A4 at 110 dpi


def test_only_the_first_pages_are_drawn_and_the_count_says_how_many_there_are() -> None:
    drawn = render_preview(_pdf_pages(MAX_PREVIEW_PAGES + 2), dpi=72)
    _, height, _ = _decode(drawn.png)
    assert (drawn.shown, drawn.pages) == (MAX_PREVIEW_PAGES, MAX_PREVIEW_PAGES + 2)
    assert height == MAX_PREVIEW_PAGES * 100 + (MAX_PREVIEW_PAGES - 1) * GAP


def test_a_huge_page_is_drawn_at_fewer_dpi() -> None:
    assert preview_dpi(595, 842) == 110  # A4
    assert preview_dpi(14400, 14400) < 10  # a 200-inch square page stays within the pixel budget


def test_bytes_that_are_no_pdf_are_a_malformed_document() -> None:
    with pytest.raises(MalformedDocumentError):
        render_preview(b"%PDF-1.7 but nothing else")
