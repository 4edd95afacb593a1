"""Faint print made dark enough for OCR: light-grey captions that Tesseract's threshold would drop.

Tesseract turns a page black and white with one threshold for the whole page (Otsu's). On a page
of black text that threshold lies near mid-grey, and a caption printed small in light grey
(``KIÁLLÍTVA`` in 6.5 pt ``#aaa``, a proforma's pale title) has no pixel darker than about 175 once
it is scanned: it comes out as blank paper, and with it the labels that say which date is which.

Darkening every mid-grey of the page (a gamma curve, or Sauvola's local threshold) reads those
captions but costs other pages fields: the grey edge of every black letter darkens too, small
black text thickens until letters touch, and a light table fill or a pale band behind black text
darkens towards the text's own level. So only *grey ink* is darkened: a pixel lighter than black
ink (``DARK``) and darker than paper (``PAPER``) that

- lies no nearer than ``NEAR`` to black ink: the anti-aliased edge of a black letter stays as it
  was drawn;
- is part of a thin stroke, not of an area: grey that stays grey ``FILL`` in every direction (a
  table fill, a shaded band, a scan's tinted paper) is left alone, and so is its edge;
- is not a table's rule (``_rules``), nor a letter of a watermark (``_watermark``): a pale
  ``SZTORNÓ`` across the items, darkened, covers the figures under it.

A page with fewer than ``MIN_FAINT`` such pixels (per 300-dpi page area) carries no grey ink, and
is handed to Tesseract exactly as it was drawn. Otherwise the grey-ink pixels go through
``LEVELS``, a steep map that makes a stroke's middle black and its edge mid-grey, and every other
pixel keeps its level.

No image library: as in ``deskew``, the page is one Python integer with a byte per pixel (1 where
a mask holds), a shift by 8 bits is a pixel sideways and by ``8·width`` a row; growing and
shrinking a mask is a few C-speed shifts, never a Python loop over the 8.7 million pixels.
"""

from __future__ import annotations

DARK = 150  # levels below it are ink the threshold keeps anyway (black, dark grey, a coloured heading)
PAPER = 235  # levels from it up are paper or a pale fill, never ink
NEAR = 1 / 100  # inches (3 pixels at 300 dpi): grey this close to black ink is that letter's edge
FILL = 1 / 50  # inches (6 pixels at 300 dpi): grey this far in every direction is an area, not a stroke
RULE = 1 / 2  # inches: a straight grey run this long, across or down, is a table's rule, not a letter's stroke
RULE_GAP = 1 / 100  # inches (3 pixels at 300 dpi): a dotted rule's dots are bridged over gaps twice this wide
RULE_CLEAR = 1 / 75  # inches (4 pixels at 300 dpi): paper this far (or twice as far) either side of a rule
GLYPH = 1 / 3  # inches: grey ink this tall, or this long at a slant, is a watermark's letter, not print to read
GLYPH_JOIN = 1 / 30  # inches (10 pixels at 300 dpi): strokes this close side by side are one letter, letters a line
# and half as far up and down: captions stacked a line apart stay apart
# the slants (across, down) a watermark's stroke is measured along: 45° to 135° in steps of 9–18°;
# never flat, as a line of captions is long that way
GLYPH_SLANTS = ((1, 1), (1, 2), (1, 4), (0, 1), (-1, 4), (-1, 2), (-1, 1))
MIN_FAINT = 1500  # grey-ink pixels on a page at 300 dpi (about five short captions) before it is remapped
INK_LEVEL, EDGE_LEVEL = 190, PAPER  # grey ink's map: this level and darker become black, EDGE_LEVEL stays
_DARK = bytes(1 if v < DARK else 0 for v in range(256))
_GREY = bytes(1 if v < PAPER else 0 for v in range(256))


def _levels() -> bytes:
    """The map for grey-ink pixels: ``INK_LEVEL`` and darker to 0, up to ``EDGE_LEVEL`` linearly to it."""
    out = []
    for v in range(256):
        if v >= EDGE_LEVEL:
            out.append(v)
        else:
            out.append(max(0, round((v - INK_LEVEL) * EDGE_LEVEL / (EDGE_LEVEL - INK_LEVEL))))
    return bytes(out)


LEVELS = _levels()


def _grown(mask: int, reach: int, step: int) -> int:
    """``mask`` with every pixel spread ``reach`` pixels both ways along one axis (``step`` bits a pixel)."""
    done = 0
    while done < reach:
        by = min(done + 1, reach - done)  # doubling: a run covers 1, 2, 4, … pixels after each pass
        mask |= (mask << (by * step)) | (mask >> (by * step))
        done += by
    return mask


def _shrunk(mask: int, reach: int, step: int) -> int:
    """``mask`` keeping only pixels with the mask ``reach`` pixels both ways along one axis."""
    done = 0
    while done < reach:
        by = min(done + 1, reach - done)
        mask &= (mask << (by * step)) & (mask >> (by * step))
        done += by
    return mask


def _rules(inked: int, dpi: float, along: int, across: int) -> int:
    """The pixels of a table's rule in ``inked``: a thin straight run at least ``RULE`` long, dotted or not.

    ``along`` and ``across`` are the shifts of one pixel along the rule and across it (8 bits and a
    row's for a horizontal rule). A rule carries nothing to read, and darkened it would be a black
    line under the words that Tesseract joins to the letters above it. Its pixels are thin (paper
    ``RULE_CLEAR`` either side) all along it; in a line of letters only a few are (a bar of an E,
    the top of a T), never a run of them, so a letter-spaced caption whose letters lie closer than
    a dotted rule's dots stays ink.
    """
    gap, half, clear = (max(1, round(v * dpi)) for v in (RULE_GAP, RULE / 2, RULE_CLEAR))
    thin = 0
    for away in (clear, 2 * clear):  # a hairline, and a rule of a point or two with its soft edges
        thin |= inked & ~(inked << (away * across)) & ~(inked >> (away * across))
    bridged = _shrunk(_grown(thin, gap, along), gap, along)
    rule = _grown(_shrunk(bridged, half, along), half, along) & inked
    return _grown(rule, clear, across) & inked  # and the rule's soft edges


def _watermark(ink: int, width: int, dpi: float) -> int:
    """Where ``ink`` (grey ink) forms letters taller than ``GLYPH``: a watermark, and ``GLYPH`` around it.

    Strokes within ``GLYPH_JOIN`` side by side (half that up and down) are joined: a caption's
    letters into a band as tall as its line, a watermark's thin outlined letter into a thick one;
    captions stacked under each other stay apart. A stroke is kept where it runs ``GLYPH`` along one of
    ``GLYPH_SLANTS``: a watermark is set large, often turned, and its steep strokes run near enough
    to some slant; a line of small captions runs that far only flat.
    """
    row = 8 * width
    join = max(1, round(GLYPH_JOIN * dpi))
    joined = _grown(_grown(ink, join, 8), max(1, join // 2), row)
    long = 0
    for across, down in GLYPH_SLANTS:
        step = 8 * across + row * down
        reach = max(1, round(GLYPH * dpi / 2 / (across * across + down * down) ** 0.5))
        long |= _shrunk(joined, reach, step)
    if not long:
        return 0
    around = max(1, round(GLYPH * dpi / 2)) + join
    return _grown(_grown(long, around, 8), around, row)


def grey_ink(width: int, pixels: bytes, dpi: float) -> int:
    """The grey-ink pixels of 8-bit grey rows ``width`` pixels long, as an integer with a byte (1) per pixel."""
    size, row = len(pixels), 8 * width
    everything = int.from_bytes(b"\x01" * size, "big")
    dark = int.from_bytes(pixels.translate(_DARK), "big")
    grey = int.from_bytes(pixels.translate(_GREY), "big") & ~dark
    if not grey:
        return 0
    near = max(1, round(NEAR * dpi))
    edge = _grown(_grown(dark, near, 8), near, row)
    fill = max(1, round(FILL * dpi))
    inked = grey | dark  # an area's own dark text keeps it an area: black words on a pale band
    core = _shrunk(_shrunk(inked, fill, 8), fill, row)
    area = _grown(_grown(core, fill + 1, 8), fill + 1, row)  # and one pixel more: the area's soft edge
    rules = _rules(inked, dpi, 8, row) | _rules(inked, dpi, row, 8)
    ink = grey & ~edge & ~area & ~rules & everything
    if _too_little(ink, dpi):
        return ink  # too little to darken: no need to look for a watermark in it
    return ink & ~_watermark(ink, width, dpi)


def _too_little(mask: int, dpi: float) -> bool:
    """Whether ``mask`` holds fewer grey-ink pixels than ``MIN_FAINT``, scaled to the page's pixel density."""
    return mask.bit_count() < MIN_FAINT * (dpi / 300) ** 2


def faint_pixels(width: int, pixels: bytes, dpi: float) -> int:
    """How many pixels of the page are grey ink."""
    return grey_ink(width, pixels, dpi).bit_count()


def darkened(width: int, pixels: bytes, dpi: float) -> bytes | None:
    """The page with its grey ink darkened (``LEVELS``), or None when it carries too little to matter
    (``_too_little``: a page drawn at 200 dpi has 4/9 the pixels of one at 300)."""
    mask = grey_ink(width, pixels, dpi)
    if _too_little(mask, dpi):
        return None
    size = len(pixels)
    bytes_mask = mask * 255  # each grey-ink pixel's byte all ones
    keep = ((1 << (8 * size)) - 1) ^ bytes_mask
    mapped = int.from_bytes(pixels.translate(LEVELS), "big")
    return ((int.from_bytes(pixels, "big") & keep) | (mapped & bytes_mask)).to_bytes(size, "big")
