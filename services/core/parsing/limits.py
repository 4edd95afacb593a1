"""Limits applied to every untrusted document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PdfLimits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 300  # a collective bill itemises on hundreds of pages (test_long_documents)
    max_seconds: float = 20.0
    max_memory_bytes: int = 768 * 1024 * 1024
    max_text_chars: int = 500_000
    max_xml_bytes: int = 15 * 1024 * 1024  # NAV's own cap per invoice; also for XML embedded in PDFs
    max_xml_elements: int = 200_000
    max_xml_depth: int = 64
    max_embedded_files: int = 32
    # image-only pages (OCR): a scan's images are checked by their declared size before any decoding
    max_image_pixels: int = 50_000_000  # one image on a page: a 50-megapixel scan is read, a bomb is not
    max_render_pixels: int = 12_000_000  # a page rendered for OCR (A4 at 300 dpi is 8.7 MP); larger pages get fewer dpi
    max_ocr_pages: int = 10
    max_ocr_seconds: float = 60.0  # for all OCR of one document, on top of max_seconds


DEFAULT_PDF_LIMITS = PdfLimits()
