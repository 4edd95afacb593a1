"""Tesseract in the parse sandbox: a scan is read there, a bomb or a slow OCR is refused in words."""

from __future__ import annotations

import time
import zlib

import pytest

from services.adapters.ocr import TesseractOcr
from services.adapters.pdf_sandbox import PdfSandbox
from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.parsing import DEFAULT_PDF_LIMITS, PdfLimits
from services.core.parsing.pdf.ocr import pgm
from tests.golden.layouts import cases, render
from tests.golden.scans import scan
from tests.unit.core.parsing.pdf_builder import image_pdf


def test_the_sandbox_reads_an_image_only_invoice() -> None:
    stem, expected = cases()[3]
    sandbox = PdfSandbox()
    try:
        result = sandbox.parse(scan(render(dict(expected), str(expected["layout"]))), media_type="application/pdf",
                               metadata=None)
    finally:
        sandbox.close()
    assert (stem, result.invoice.number) == (stem, expected["invoice_number"])


def test_the_sandbox_refuses_a_decompression_bomb_image_in_words() -> None:
    bomb = image_pdf(100_000, 100_000, zlib.compress(b"\0" * 10_000_000, 9))
    sandbox = PdfSandbox()
    started = time.perf_counter()
    try:
        with pytest.raises(LimitExceededError) as caught:
            sandbox.parse(bomb, media_type="application/pdf", metadata=None)
    finally:
        sandbox.close()
    assert time.perf_counter() - started < 30
    assert caught.value.reason == ReasonCode.TOO_LARGE and "pixels" in caught.value.message


def test_ocr_that_runs_past_its_budget_is_stopped() -> None:
    image = pgm(3000, 4000, 3000, bytes(range(256)) * (3000 * 4000 // 256))  # noise: slow to segment
    engine = TesseractOcr(PdfLimits(max_ocr_seconds=0.3))
    started = time.perf_counter()
    with pytest.raises(LimitExceededError) as caught:
        engine.words(image, 300)
    assert caught.value.reason == ReasonCode.TIMEOUT
    assert time.perf_counter() - started < 5
    with pytest.raises(LimitExceededError):  # the budget is spent for the rest of the document
        engine.orientation(image)


def test_an_image_tesseract_cannot_read_is_a_clear_error() -> None:
    with pytest.raises(MalformedDocumentError) as caught:
        TesseractOcr(DEFAULT_PDF_LIMITS).words(b"P5\n10 10\n255\nshort", 300)
    assert caught.value.message.startswith("OCR failed on a page image")
