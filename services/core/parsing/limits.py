"""Limits applied to every untrusted document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PdfLimits:
    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 50
    max_seconds: float = 20.0
    max_memory_bytes: int = 768 * 1024 * 1024
    max_text_chars: int = 500_000
    max_xml_bytes: int = 15 * 1024 * 1024  # NAV's own cap per invoice; also for XML embedded in PDFs
    max_xml_elements: int = 200_000
    max_xml_depth: int = 64
    max_embedded_files: int = 32


DEFAULT_PDF_LIMITS = PdfLimits()
