"""A PDF page as a PNG image, for the preview on the invoice and review pages.

Rendering an image rather than handing the PDF to the browser's viewer makes the preview the same in
every browser (headless ones and phones have no PDF viewer) and keeps the page's strict frame policy
(``frame-ancestors 'none'``). The caller runs this in the PDF sandbox (``adapters/pdf_sandbox.py``):
PDFium is C code reading untrusted bytes. The PNG encoder is written here on ``zlib`` (no imaging
library in production): filter type 0 per row, one IDAT chunk.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from typing import Any

from services.core.errors import MalformedDocumentError, ReasonCode

PREVIEW_DPI = 110  # an A4 page is 909 × 1286 px: readable on a laptop, a few hundred KiB as PNG
MAX_PREVIEW_PAGES = 3  # the first pages a preview shows; the whole document is the PDF itself
MAX_PAGE_PIXELS = 2_000_000  # a larger page is drawn at fewer dpi
GAP = 12  # grey rows between two pages
WHITE, GREY = 0xFF, 0xC8


@dataclass(frozen=True)
class Preview:
    png: bytes
    shown: int  # pages drawn (at most MAX_PREVIEW_PAGES)
    pages: int  # pages the document has


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_rgb(width: int, rows: list[bytes]) -> bytes:
    """Rows of 8-bit RGB pixels, each ``width * 3`` bytes, as a PNG file."""
    if width < 1 or not rows or any(len(r) != width * 3 for r in rows):
        raise ValueError(f"every row must hold {width} RGB pixels")
    header = struct.pack(">IIBBBBB", width, len(rows), 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + r for r in rows)  # filter type 0 (none) on every row
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 6))
            + _chunk(b"IEND", b""))


def preview_dpi(width_pt: float, height_pt: float, dpi: int = PREVIEW_DPI,
                max_pixels: int = MAX_PAGE_PIXELS) -> int:
    """``dpi``, or less for a page so large its bitmap would pass ``max_pixels``."""
    fit = int(72 * (max_pixels / max(width_pt * height_pt, 1.0)) ** 0.5)
    return max(1, min(dpi, fit))


def stack_pages(pages: list[tuple[int, int, int, bytes]]) -> bytes:
    """Pages drawn as (width, height, stride, RGB pixels), one below the other, centred on the widest,
    with a grey gap between them, as one PNG."""
    width = max(w for w, _, _, _ in pages)
    rows: list[bytes] = []
    for n, (w, h, stride, pixels) in enumerate(pages):
        if n:
            rows += [bytes([GREY]) * (width * 3)] * GAP
        left = bytes([WHITE]) * (((width - w) // 2) * 3)
        right = bytes([WHITE]) * ((width - w - (width - w) // 2) * 3)
        rows += [left + pixels[y * stride: y * stride + w * 3] + right for y in range(h)]
    return png_rgb(width, rows)


def render_preview(document: bytes, *, dpi: int = PREVIEW_DPI, max_pages: int = MAX_PREVIEW_PAGES) -> Preview:
    """The first ``max_pages`` pages of a PDF as one PNG. ``MalformedDocumentError`` when PDFium cannot
    open the bytes or the document has no page."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(document)
    except pdfium.PdfiumError as exc:
        raise MalformedDocumentError(f"the PDF cannot be opened: {exc}", reason=ReasonCode.MALFORMED_PDF) from exc
    try:
        count = len(pdf)
        if count == 0:
            raise MalformedDocumentError("the PDF has no page", reason=ReasonCode.MALFORMED_PDF)
        drawn = [_draw(pdf[i], dpi) for i in range(min(count, max(1, max_pages)))]
    finally:
        pdf.close()
    return Preview(stack_pages(drawn), len(drawn), count)


def _draw(page: Any, dpi: int) -> tuple[int, int, int, bytes]:
    try:
        width_pt, height_pt = page.get_size()
        bitmap = page.render(scale=preview_dpi(width_pt, height_pt, dpi) / 72, rev_byteorder=True)
        try:
            if bitmap.n_channels != 3:
                raise MalformedDocumentError(f"PDFium drew {bitmap.n_channels} channels, not RGB")
            return bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
        finally:
            bitmap.close()
    finally:
        page.close()
