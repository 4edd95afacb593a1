"""Image-only pages: what to hand an OCR engine, and its answer back as positioned lines.

The engine itself runs outside the core (``services.adapters.ocr``: Tesseract in a subprocess
with time and memory limits); the core renders the page, asks the ``Ocr`` it was given, and
reads the TSV answer (one row per recognised word with its pixel box) into ``TextLine``s in PDF
points, so every reader module works on a scan exactly as on a text layer. Fields read from
OCR'd text carry a lower confidence (``lower_confidence``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from services.core.errors import LimitExceededError, ReasonCode
from services.core.invoice import Invoice, Provenance
from services.core.parsing.limits import PdfLimits
from services.core.parsing.pdf.deskew import (
    DESPECKLE_DPI,
    SKEW_DPI,
    despeckle,
    render_turned,
    skew_angle,
    without_rules,
)
from services.core.parsing.pdf.faint import darkened
from services.core.parsing.pdf.lines import TextLine

MIN_TEXT_CHARS = 20  # a page with fewer printable characters has no usable text layer (a scan, a stamp)
OCR_DPI = 300  # what Tesseract is trained for; a scan's own resolution is usually 150–300 dpi
OCR_CONFIDENCE = 0.75  # factor on a field's confidence when it was read from OCR'd text
MIN_WORD_CONFIDENCE = 30.0  # Tesseract's per-word confidence (0–100): below it, noise and speckles


class Ocr(Protocol):
    """An OCR engine. Both methods take an 8-bit grayscale PGM image; both may raise ``Rejected``."""

    def orientation(self, image: bytes) -> int:
        """Clockwise degrees (0, 90, 180, 270) the image must be turned to read upright."""

    def words(self, image: bytes, dpi: int) -> str:
        """Tesseract's TSV: level, page, block, par, line, word, left, top, width, height, conf, text."""


def needs_ocr(lines: Iterable[TextLine]) -> bool:
    return sum(len(line.text.replace(" ", "")) for line in lines) < MIN_TEXT_CHARS


def read_page(page: Any, number: int, limits: PdfLimits, ocr: Ocr | None, ocr_pages: list[int],
              notes: list[str]) -> list[TextLine]:
    """The lines of a PDFium page without a usable text layer, read by ``ocr``; [] when it holds no image.

    Every image on the page is checked by its declared pixel size before anything is decoded: a
    few bytes of compressed stream can declare a gigapixel image (a decompression bomb), and
    decoding it would take the worker past its memory limit. Appends the page to ``ocr_pages``
    when it was read, or a sentence to ``notes`` when it could not be.
    """
    import pypdfium2.raw as pdfium_c

    largest, biggest = 0, None
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        width, height = obj.get_px_size()
        if width * height > limits.max_image_pixels:
            raise LimitExceededError(
                f"page {number + 1} holds an image of {width}×{height} pixels; the limit is "
                f"{limits.max_image_pixels / 1e6:g} megapixels", reason=ReasonCode.TOO_LARGE)
        if width * height > largest:
            largest, biggest = width * height, obj
    if largest == 0:
        return []  # a blank or vector-only page: nothing a scan would hold
    if ocr is None:
        notes.append(f"page {number + 1} is an image without a text layer and no OCR engine was available")
        return []
    if len(ocr_pages) >= limits.max_ocr_pages:
        notes.append(f"page {number + 1} was not read: only {limits.max_ocr_pages} image pages are OCR'd")
        return []
    width_pt, height_pt = page.get_size()
    # OCR_DPI unless the page is so large that the bitmap would pass max_render_pixels
    dpi = min(OCR_DPI, int(72 * (limits.max_render_pixels / max(width_pt * height_pt, 1.0)) ** 0.5))
    if dpi < 50:
        raise LimitExceededError(f"page {number + 1} is {width_pt:.0f}×{height_pt:.0f} pt, too large to read",
                                 reason=ReasonCode.TOO_LARGE)
    image, turn = _prepared(page, dpi, ocr, bilevel=_bilevel(biggest))
    lines = lines_from_tsv(ocr.words(image, dpi), number, dpi, height_pt if turn in (0, 180) else width_pt)
    ocr_pages.append(number)
    return lines


def _bilevel(image: Any) -> bool:
    """Whether a page's (largest) image is one bit deep: a fax or a black-and-white scan.

    Asked only once the image's pixel size has passed the limit: PDFium may decode it to answer.
    """
    from pypdfium2 import PdfiumError

    try:
        return int(image.get_metadata().bits_per_pixel) == 1
    except PdfiumError:
        return False


def _prepared(page: Any, dpi: int, ocr: Ocr, *, bilevel: bool) -> tuple[bytes, int]:
    """The page as Tesseract should see it (upright, straight, a fax's speckles gone, faint grey print
    darkened), and its quarter turn."""
    turn = ocr.orientation(_render(page, dpi, 0))
    skew = skew_angle(page, turn, min(SKEW_DPI, dpi))  # a sheet fed askew: Tesseract's lines would run together
    if skew:
        width, height, stride, pixels = render_turned(page, dpi, turn + skew)
        image = pgm(width, height, stride, without_rules(stride, pixels, dpi))  # a dotted rule turned is a gray band
    else:
        image = _render(page, dpi, turn)
    _, size, _, pixels = image.split(b"\n", 3)  # P5, width height, 255: pgm() writes no comments
    width = int(size.split()[0])
    if bilevel:
        if dpi >= DESPECKLE_DPI:
            image = image[: len(image) - len(pixels)] + despeckle(width, pixels)
    elif (dark := darkened(width, pixels, dpi)) is not None:  # a one-bit image has no grey ink to darken
        image = image[: len(image) - len(pixels)] + dark
    return image, turn


def _render(page: Any, dpi: int, rotation: int) -> bytes:
    bitmap = page.render(scale=dpi / 72, rotation=rotation, grayscale=True)
    try:
        return pgm(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
    finally:
        bitmap.close()


def pgm(width: int, height: int, stride: int, pixels: bytes) -> bytes:
    """An 8-bit grayscale bitmap (rows ``stride`` bytes apart) as a binary PGM image."""
    rows = pixels if stride == width else b"".join(pixels[r * stride: r * stride + width] for r in range(height))
    return b"P5\n%d %d\n255\n" % (width, height) + rows


COLUMN_GAP = 1.5  # a gap between two words wider than this many line heights: two columns, not one line


def _columns(words: list[tuple[int, int, int, int, str]]) -> list[list[tuple[int, int, int, int, str]]]:
    """A Tesseract line (words left to right) split where a wide gap separates two columns.

    Tesseract joins ``Eladó`` and ``Vevő`` of two party boxes side by side into one line, and the
    two names under them into another; a text layer read by pdfminer gives one line per box, and
    the reader expects that.
    """
    height = max(w[3] for w in words)
    runs = [[words[0]]]
    for word in words[1:]:
        last = runs[-1][-1]
        if word[0] - (last[0] + last[2]) > COLUMN_GAP * height:
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


DIGIT_GAP = 1 / 3  # two runs of digits closer than this many line heights: one number Tesseract split
_Word = tuple[int, int, int, int, str, float]  # left, top, width, height, text, confidence


def _digits_joined(words: list[_Word]) -> list[_Word]:
    """A Tesseract line (words left to right) with a number it split in two joined again.

    On a fax Tesseract may break ``21346579-2-09`` into ``213465`` and ``79-2-09`` a normal letter
    gap apart, and mark both halves unsure. A space between groups of digits (``596 100``) is
    twice that gap; so two words, the first all digits and the next starting with one, that lie
    closer than ``DIGIT_GAP`` are one word, as sure as the surer half.
    """
    out = [words[0]]
    for word in words[1:]:
        left, top, width, height, text, confidence = out[-1]
        if (text.isdigit() and word[4][:1].isdigit()
                and word[0] - (left + width) < DIGIT_GAP * max(height, word[3])):
            right, bottom = max(left + width, word[0] + word[2]), max(top + height, word[1] + word[3])
            up = min(top, word[1])
            out[-1] = (left, up, right - left, bottom - up, text + word[4], max(confidence, word[5]))
        else:
            out.append(word)
    return out


def lines_from_tsv(tsv: str, page: int, dpi: int, page_height: float) -> list[TextLine]:
    """Tesseract's words grouped into its lines, boxes turned from pixels (top left) to PDF points."""
    scale = 72.0 / dpi
    groups: dict[tuple[str, str, str], list[_Word]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        try:
            left, top, width, height = (int(c) for c in cells[6:10])
            confidence = float(cells[10])
        except ValueError:
            continue
        groups.setdefault((cells[2], cells[3], cells[4]), []).append(
            (left, top, width, height, cells[11].strip(), confidence))
    out: list[TextLine] = []
    for group in groups.values():
        sure = [w[:5] for w in _digits_joined(sorted(group)) if w[5] >= MIN_WORD_CONFIDENCE]
        for words in (_columns(sure) if sure else []):
            x0 = min(w[0] for w in words)
            x1 = max(w[0] + w[2] for w in words)
            top = min(w[1] for w in words)
            bottom = max(w[1] + w[3] for w in words)
            text = " ".join(w[4] for w in sorted(words))
            out.append(TextLine(page, x0 * scale, page_height - bottom * scale, x1 * scale,
                                page_height - top * scale, text))
    return out


def lower_confidence(invoice: Invoice, ocr_pages: Iterable[int]) -> Invoice:
    """Every ``pdf_text`` field that may come from an OCR'd page, with its confidence lowered."""
    pages = {f"page {p + 1}:" for p in ocr_pages}
    if not pages:
        return invoice

    def lowered(p: Provenance) -> Provenance:
        where = p.path or ""
        on_a_text_page = where.startswith("page ") and not any(where.startswith(x) for x in pages)
        if p.source != "pdf_text" or on_a_text_page:
            return p
        return dataclasses.replace(p, path=f"OCR {where}".strip(), confidence=round(p.confidence * OCR_CONFIDENCE, 3))

    provenance: Mapping[str, Provenance] = {k: lowered(v) for k, v in invoice.provenance.items()}
    return dataclasses.replace(invoice, provenance=dict(provenance))
