"""A scanned page made fit for OCR: turned straight when it was fed in askew, a fax's speckles removed.

A sheet slips a few degrees in a feeder; Tesseract reads lines at 1–2° well enough, but at 3–5°
its lines run into the next ones and label and value part company. The skew is found by the
projection profile: dark pixels are counted per row of the page as it would be turned by each
candidate angle, and the angle whose rows change most sharply from one to the next (text lines
and the gaps between them, rather than a blur of both) is the one that makes the page straight.

No image library is needed and no pixel is turned in Python: the page is drawn once, small, the
ink of each row counted in vertical strips (C-speed ``bytes.count``), and a candidate angle is
the strips' counts shifted against each other (a few degrees of turn are, row by row, a shear).
Drawing every candidate with PDFium instead cost 0.1 s each. The page is then drawn once, turned
straight, by PDFium (``FPDF_RenderPageBitmapWithMatrix``) for Tesseract.

Turning a page resamples it a second time (the scanner sampled it once), and a dotted rule under
a row of label and value (``Teljesítés időpontja: ……``, an HTML table's dotted border) comes out
a gray band with its gaps half filled. Tesseract binarises that band into dashes of any length,
which join the letters above and below: the row's words get boxes twice their height, are read as
``nnn`` or dropped, and a page fed in 2° askew lost its dates and totals while the same page
scanned straight read them all. ``without_rules`` whitens, on the turned page, every horizontal
stroke at least ``RULE_LENGTH`` long, thinner than ``RULE_HEIGHT`` and with blank paper above and
below it, so Tesseract sees the words alone.

A fax or a black-and-white scan (a one-bit image) carries the speckles of a noisy line or a dusty
glass; Tesseract reads them as dots, quotes and accents (``kélte``, ``"100,00``) and loses the
decimal comma beside them. ``despeckle`` whitens every dark pixel with no dark pixel two pixels
away in any of the four directions (unless it is inked all round): a speck of one or two pixels
goes, a stroke, an i's dot or a full stop (3–4 pixels at 300 dpi even at 6 pt) stays.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

SKEW_DPI = 100  # 8 pt text is 11 rows high; a page is about 830×1170 pixels
STRIPS = 32  # vertical strips whose row counts are shifted against each other
MAX_SKEW = 6.0  # degrees either way; beyond this a page was not slipped but laid crooked on purpose
COARSE_STEP, FINE_STEP = 0.5, 0.1
MIN_SKEW = 0.3  # below this Tesseract reads the page as it is, and the page is drawn as it is
DARK = 160  # gray levels below it count as ink
DESPECKLE_DPI = 200  # below this a full stop may be as small as a speck: a page drawn that coarse is left as it is
SPECK = 2  # pixels: a dark pixel with no other this far away in any direction is a speck
_INK = bytes(1 if v < DARK else 0 for v in range(256))
RULE_INK = 224  # a rule's gray band, gaps and all, is darker than this once a page has been turned
RULE_GAP = 5  # pixels: a gap in a dotted rule this wide or narrower is bridged (1 pt at 300 dpi is 4)
RULE_LENGTH = 1.0  # inches: a horizontal stroke this long is a rule, not a word
RULE_HEIGHT = 1 / 30  # inches (10 pixels at 300 dpi): a rule's band is thinner, a line of text taller
_RULE_INK = bytes(1 if v < RULE_INK else 0 for v in range(256))


def render_turned(page: Any, dpi: float, degrees: float) -> tuple[int, int, int, bytes]:
    """The page drawn at ``dpi`` in 8-bit gray, turned ``degrees`` clockwise about its centre.

    Returns (width, height, stride, pixels). A quarter turn swaps width and height; a skew turn
    keeps the page's own size and cuts the corners that leave it (blank margin on a scan).
    """
    bitmap = _draw(page, dpi, degrees)
    try:
        return bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
    finally:
        bitmap.close()


def _draw(page: Any, dpi: float, degrees: float) -> Any:
    """``render_turned``'s PDFium bitmap, for the caller to close."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    scale = dpi / 72
    width_pt, height_pt = page.get_size()
    quarter = round(degrees / 90) % 4
    width, height = math.ceil(width_pt * scale), math.ceil(height_pt * scale)
    if quarter % 2:
        width, height = height, width
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    # PDFium's device space for a page at scale 1 has its origin top left, y down; the matrix scales,
    # turns and then moves the page's centre onto the bitmap's
    cx, cy = width_pt * scale / 2, height_pt * scale / 2
    matrix = pdfium_c.FS_MATRIX(scale * cos, scale * sin, -scale * sin, scale * cos,
                                width / 2 - (cx * cos - cy * sin), height / 2 - (cx * sin + cy * cos))
    bitmap = pdfium.PdfBitmap.new_native(width, height, pdfium_c.FPDFBitmap_Gray)
    bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, height)
    pdfium_c.FPDF_RenderPageBitmapWithMatrix(bitmap, page, matrix, pdfium_c.FS_RECTF(0, 0, width, height),
                                             pdfium_c.FPDF_ANNOT)
    return bitmap


def sharpness(profile: list[int]) -> int:
    """How sharply the ink per row changes from row to row: largest when text lines lie level."""
    return sum((a - b) * (a - b) for a, b in itertools.pairwise(profile))


def strip_profiles(width: int, height: int, stride: int, pixels: bytes, strips: int = STRIPS) -> list[list[int]]:
    """Ink per row in each of ``strips`` vertical strips of the bitmap, left to right."""
    ink = pixels.translate(_INK)
    bounds = [width * k // strips for k in range(strips + 1)]
    return [[ink.count(1, r * stride + x0, r * stride + x1) for r in range(height)]
            for x0, x1 in itertools.pairwise(bounds)]


def sheared(profiles: list[list[int]], width: int, degrees: float) -> list[int]:
    """Ink per row of the page turned ``degrees`` clockwise, from its strips' rows.

    For a few degrees a turn is, row by row, a shear: a point ``x`` pixels from the centre moves
    ``x·tan(angle)`` rows down. Each strip's profile is shifted by its centre's amount and the
    shifted profiles added.
    """
    tan = math.tan(math.radians(degrees))
    strips = len(profiles)
    pad = int(width * abs(tan) / 2) + 1
    shifted = []
    for k, profile in enumerate(profiles):
        centre = (k + 0.5) * width / strips - width / 2
        shift = round(centre * tan)
        shifted.append([0] * (pad + shift) + profile + [0] * (pad - shift))  # row y + shift, all margin
    return [sum(column) for column in zip(*shifted, strict=True)]


def _best(profiles: list[list[int]], width: int, angles: list[float]) -> tuple[float, int]:
    scored = [(sharpness(sheared(profiles, width, a)), -abs(a), a) for a in angles]
    score, _, angle = max(scored)  # on a tie the smaller turn
    return angle, score


def skew_angle(page: Any, turn: int = 0, dpi: float = SKEW_DPI) -> float:
    """Clockwise degrees (within ±``MAX_SKEW``, to ``FINE_STEP``) that straighten the page once it is
    turned upright by ``turn``; 0.0 when it is straight or holds too little ink to tell.

    The page is drawn once, small (``dpi``: a huge page is drawn at less, within the render budget);
    every candidate angle is tried on its strips' row counts.
    """
    width, height, stride, pixels = render_turned(page, dpi, turn)
    profiles = strip_profiles(width, height, stride, pixels)
    steps = int(MAX_SKEW / COARSE_STEP)
    coarse, score = _best(profiles, width, [i * COARSE_STEP for i in range(-steps, steps + 1)])
    if score == 0:
        return 0.0  # a blank page: nothing lies at any angle
    fine_steps = int(COARSE_STEP / FINE_STEP)
    angle, _ = _best(profiles, width, [round(coarse + i * FINE_STEP, 2) for i in range(-fine_steps + 1, fine_steps)])
    return angle if abs(angle) >= MIN_SKEW else 0.0


def without_rules(stride: int, pixels: bytes, dpi: float) -> bytes:
    """8-bit gray rows ``stride`` bytes apart with every horizontal rule (thin, ``RULE_LENGTH`` long) whitened.

    Like ``despeckle`` the bitmap is one integer with a byte per pixel, 1 where there is ink; a
    shift by 8 bits is a pixel sideways, by ``8·stride`` a row up or down. A pixel is on a rule
    when it lies in a horizontal run of ink at least ``RULE_LENGTH`` long (gaps of up to ``RULE_GAP``
    bridged), that run's band is thinner than ``RULE_HEIGHT`` and the paper is blank ``RULE_HEIGHT``
    above and below it. A row of words whose
    letters touch is as tall as its letters, and the gaps between white letters on a dark banner
    are banner above and below: both stay.
    """
    size, row = len(pixels), 8 * stride
    ink = int.from_bytes(pixels.translate(_RULE_INK), "big")
    ink |= (ink << row) | (ink >> row)  # a rule left a hair off level by the deskew steps from row to row
    before = after = 0
    for k in range(1, RULE_GAP + 1):
        before |= ink << (8 * k)
        after |= ink >> (8 * k)
    bridged = ink | (before & after)
    length = max(2, int(RULE_LENGTH * dpi))
    run, span = bridged, 1  # run: pixels that begin ``span`` bridged pixels in a row
    while 2 * span <= length:
        run &= run << (8 * span)
        span *= 2
    run &= run << (8 * (length - span))  # now ``length`` in a row
    span = 1
    while span < length:  # every pixel of such a run, not only its first
        step = min(span, length - span)
        run |= run >> (8 * step)
        span += step
    half = max(1, int(RULE_HEIGHT * dpi / 2))
    core = run
    for k in range(1, half + 1):
        core &= (run << (k * row)) & (run >> (k * row))
    tall = core
    for k in range(1, half + 1):
        tall |= (core << (k * row)) | (core >> (k * row))
    away = 8 * stride * 2 * half  # a rule lies on paper: no ink this far above or below it (a dark banner's rows)
    rule = run & ~tall & ~(ink << away) & ~(ink >> away)
    for _ in range(2):  # and the rule's fainter edge above and below
        rule |= (rule << row) | (rule >> row)
    rule &= (1 << (8 * size)) - 1
    return (int.from_bytes(pixels, "big") | (rule * 255)).to_bytes(size, "big")


def despeckle(width: int, pixels: bytes) -> bytes:
    """8-bit gray rows of ``width`` pixels with every speck (``SPECK``) whitened.

    The whole bitmap is one Python integer with a byte per pixel (1 where there is ink), so a
    pixel's neighbours ``SPECK`` to the left, right, up and down are four shifts of it: a few
    C-speed passes over the bitmap instead of a Python loop over 9 million pixels.
    """
    ink = int.from_bytes(pixels.translate(_INK), "big")
    near, inside = 0, ink
    for shift in (8 * SPECK, 8 * SPECK * width):
        near |= (ink << shift) | (ink >> shift)
    for shift in (8, 8 * width):
        inside &= (ink << shift) & (ink >> shift)  # the middle of a blob (a full stop's), inked all round
    specks = ink & ~near & ~inside
    whitened = int.from_bytes(pixels, "big") | (specks * 255)  # each speck's byte becomes 255 (white)
    return whitened.to_bytes(len(pixels), "big")
