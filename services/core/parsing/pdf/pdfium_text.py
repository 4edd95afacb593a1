"""The text layer through PDFium (``pypdfium2``): each page's letters, in content order, as lines.

PDFium reads a page's letters and boxes in a millisecond or two where pdfminer.six's layout
analysis takes tens; the letters are grouped into lines by pdfminer's rule (``letters``), after
the few ways PDFium's letter list differs from the content stream are undone (``_page_chars``).
"""

from __future__ import annotations

import ctypes
import dataclasses
import struct
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from services.core.errors import LimitExceededError, ReasonCode
from services.core.parsing.limits import PdfLimits
from services.core.parsing.pdf.letters import IDENTITY, Char, Matrix, group_chars, level, on_page, page_matrix, read_run
from services.core.parsing.pdf.lines import TextLine

if TYPE_CHECKING:
    from services.core.parsing.pdf.ocr import Ocr


@dataclass
class Pages:
    """A document's text layer page by page: the text for search (a form feed ends each page), the lines."""

    chunks: list[str]
    lines: list[TextLine]
    ocr_pages: list[int] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)


def read_pdfium(document: bytes, limits: PdfLimits, ocr: Ocr | None) -> Pages | None:
    """The text layer through PDFium, or None where PDFium cannot open or read the file."""
    import pypdfium2 as pdfium  # imported here: the parsing package is imported by every CLI command

    try:
        pdf = pdfium.PdfDocument(document)
    except pdfium.PdfiumError:
        return None
    try:
        return _read_pages_pdfium(pdf, limits, ocr)
    except pdfium.PdfiumError:
        return None
    finally:
        pdf.close()


def _read_pages_pdfium(pdf: Any, limits: PdfLimits, ocr: Ocr | None) -> Pages:
    """The text layer through PDFium: each page's characters grouped into lines (``group_chars``).

    At most ``limits.max_text_chars`` characters are read over the whole document: the text is cut
    there anyway, and the cap bounds the work a page of millions of invisible letters asks for.
    Pages past the cap are skipped (not taken for scans to OCR), but for the last page, read with a
    tenth of the cap of its own: a long itemised bill prints its totals there.
    """
    from services.core.parsing.pdf.ocr import needs_ocr, read_page

    out = Pages([], [])
    if len(pdf) > limits.max_pages:
        raise LimitExceededError(f"PDF has more than {limits.max_pages} pages", reason=ReasonCode.TOO_MANY_PAGES)
    budget, last, skipped = limits.max_text_chars, len(pdf) - 1, 0
    for number in range(len(pdf)):
        if budget <= 0 and number < last:
            out.chunks.append("\f")
            skipped += 1
            continue
        if budget <= 0:
            budget = limits.max_text_chars // 10
            if skipped:
                out.notes.append(f"pages {number - skipped + 1}–{number} were not read: the document's text is "
                                 f"over {limits.max_text_chars} letters (its first pages and its last are read)")
        page = pdf[number]
        textpage = page.get_textpage()
        try:
            turn = page_matrix(page.get_rotation(), page.get_mediabox())
            chars = _page_chars(page.raw, textpage.raw, budget, turn)
            budget -= len(chars)
            read = [read_run(number, run) for run in group_chars(chars)]
            page_lines = [line for lines, _ in read for line in lines]
            page_text = [f"{text}\n" for _, text in read if text]
            if needs_ocr(page_lines):
                ocr_lines = read_page(page, number, limits, ocr, out.ocr_pages, out.notes)
                if ocr_lines:
                    page_lines, page_text = ocr_lines, [f"{line.text}\n" for line in ocr_lines]
        finally:
            textpage.close()
            page.close()
        out.lines.extend(page_lines)
        out.chunks.extend(page_text)
        out.chunks.append("\f")
    return out


def _page_chars(page: Any, textpage: Any, budget: int, turn: Matrix = IDENTITY) -> list[Char]:
    """The characters of a page in content order with their loose boxes (the font's, as pdfminer
    measures), through the page matrix ``turn`` (``page_matrix``) as pdfminer places them.

    PDFium's character list differs from the content stream in two ways pdfminer's grouping would
    notice, both undone here: it adds characters of its own (spaces and line breaks where it thinks
    a word or line ends: left out), and it leaves out text objects that hold only spaces (Word and
    other DTP tools write a table cell's empty first line or a cell's trailing space as one, between
    two cells of a row; pdfminer sees the space and the row ends there — ``27%`` and ``1.600 kg``
    two cells, not one — so each comes back as a space at its place). A third is not undone: of a
    run of spaces PDFium keeps the first, and a single space followed by a kerned gap looks the same,
    so a line that starts with a run of spaces may start at its first letter instead.
    """
    import pypdfium2.raw as pdfium_c

    objects = _text_objects(page, textpage, turn)
    calls = _letter_calls()
    at = ctypes.cast(textpage, ctypes.c_void_p).value
    rect = pdfium_c.FS_RECTF()
    box_at, box = ctypes.addressof(rect), memoryview(rect).cast("B")  # FS_RECTF: left, top, right, bottom
    matrix = pdfium_c.FS_MATRIX()
    out: list[Char] = []
    pending = iter(objects.hidden)  # hidden objects in content order, each put back before the next object's text
    hidden = next(pending, None)
    upright: dict[int, bool] = {}
    glyph_boxed: dict[int, tuple[float, float] | None] = {}  # an object → its font's descent and ascent, or None
    last, flat, font = 0, True, None
    for i in range(min(pdfium_c.FPDFText_CountChars(textpage), budget)):
        owner = calls.owner(at, i)
        if not owner:
            continue  # a space or line break PDFium made up
        calls.loose_box(at, i, box_at)
        left, top, right, bottom = _RECT.unpack_from(box)
        if owner != last:  # what holds for the object, asked once per run of its letters
            order = objects.order.get(owner)
            while hidden is not None and order is not None and hidden[0] < order:
                out.append(hidden[1])
                hidden = next(pending, None)
            known = upright.get(owner)
            if known is None:  # the same for every letter of one text object
                pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
                known = upright[owner] = level(matrix.a, matrix.b, matrix.c, matrix.d, turn)
                # a font's box reaches below the baseline (its descent); a glyph's, of a letter without a
                # descender, sits on it: only such a letter's object is asked for its tight box (a call saved
                # on nearly every object)
                glyph_boxed[owner] = (_font_height(textpage, i, matrix, (left, top, right, bottom), calls, at)
                                      if bottom >= matrix.f - _ON_BASELINE * (top - bottom) else None)
            last, flat, font = owner, known, glyph_boxed[owner]
        if font is not None:  # a letter boxed at its glyph's outline: boxed at its font's height from its origin
            left, bottom, top = _from_origin(textpage, i, font)
        code = calls.unicode(at, i)
        ch = chr(code) if not 0xD800 <= code < 0xE000 else "\ufffd"  # a lone UTF-16 surrogate
        out.append(_new_char(Char, (ch, left, bottom, right, top, flat)))
    return out if turn == IDENTITY else [on_page(ch, turn) for ch in out]


def _font_height(textpage: Any, i: int, matrix: Any, loose: tuple[float, float, float, float],
                 calls: _LetterCalls, at: int | None) -> tuple[float, float] | None:
    """The descent and ascent (below and above the baseline, on the page) of a text object whose letters PDFium
    boxes at their glyph's outline, not at the font's height as it does every other letter; else None.

    PDFium does so for the letters of a marked-content span with an ``/ActualText`` (its text the span's, not
    the glyph's): Chrome prints CSS small capitals that way, each small letter a smaller capital whose text is
    the lower-case letter. Boxed at the glyph, a small capital is half the height of the line's other letters,
    so its digits look like a watermark's (``letters.read_run``), and the gaps between the glyphs are wider
    than pdfminer's word gap, so the words fall apart ("Szá m la s o r s zá m a"). Only the letters of such an
    object are boxed again: the first letter's loose box is its tight one, which no other letter's is.
    """
    import pypdfium2.raw as pdfium_c

    if matrix.b or matrix.c:  # turned or slanted: left as PDFium boxes it
        return None
    tight = _TIGHT
    if not calls.tight_box(at, i, *_TIGHT_AT):
        return None
    left, top, right, bottom = loose
    if max(abs(left - tight[0]), abs(right - tight[1]), abs(bottom - tight[2]), abs(top - tight[3])) > _SAME \
            or top - bottom <= _SAME:
        return None  # the font's box, as for nearly every letter (or no box at all: a space)
    size = pdfium_c.FPDFText_GetFontSize(textpage, i)
    font = pdfium_c.FPDFTextObj_GetFont(pdfium_c.FPDFText_GetTextObject(textpage, i))
    ascent, descent = ctypes.c_float(), ctypes.c_float()
    if (size <= 0 or not font or not pdfium_c.FPDFFont_GetAscent(font, ctypes.c_float(size), ctypes.byref(ascent))
            or not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(size), ctypes.byref(descent))
            or ascent.value <= descent.value):
        return None
    scale = abs(matrix.d)
    return descent.value * scale, ascent.value * scale


_SAME = 1e-3  # points: two boxes this close are one
_ON_BASELINE = 0.05  # a round letter's overshoot below the baseline, as a share of its height
_TIGHT = (ctypes.c_double * 4)()  # FPDFText_GetCharBox's left, right, bottom and top, written at these addresses
_TIGHT_AT = tuple(ctypes.addressof(_TIGHT) + k * ctypes.sizeof(ctypes.c_double) for k in range(4))


def _from_origin(textpage: Any, i: int, font: tuple[float, float]) -> tuple[float, float, float]:
    """A glyph-boxed letter's left edge, bottom and top as PDFium's loose box would have them: from its origin
    (where its advance starts, so the letters of a word touch) and its font's descent and ascent."""
    import pypdfium2.raw as pdfium_c

    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
    return x.value, y.value + font[0], y.value + font[1]


_RECT = struct.Struct("4f")  # an FS_RECTF's four floats read in one go, not one ctypes field at a time
# one Char a letter, hundreds a page: tuple.__new__ builds the named tuple without going through its
# Python-level __new__ (the six fields are always all given here)
_new_char = tuple.__new__


class _LetterCalls(NamedTuple):
    """PDFium's per-letter calls, each taking the text page's address as a plain int: ctypes then
    converts no handle object and wraps no pointer it answers (an object's address comes back an int,
    0 for none). They keep the GIL (``PYFUNCTYPE``): each is a lookup of well under a microsecond that
    calls nothing back, where giving the GIL up and taking it again cost a fifth of the call; PDFium is
    not thread-safe anyway. pypdfium2's typed functions cost a third more a letter, its helpers several
    times more."""

    owner: Any  # FPDFText_GetTextObject
    unicode: Any  # FPDFText_GetUnicode
    loose_box: Any  # FPDFText_GetLooseCharBox, into an FS_RECTF at an address
    tight_box: Any  # FPDFText_GetCharBox, into four doubles at their addresses (asked once per text object)


@cache
def _letter_calls() -> _LetterCalls:
    import pypdfium2.raw as pdfium_c

    address, index, call = ctypes.c_void_p, ctypes.c_int, ctypes.PYFUNCTYPE
    return _LetterCalls(
        ctypes.cast(pdfium_c.FPDFText_GetTextObject, call(ctypes.c_size_t, address, index)),
        ctypes.cast(pdfium_c.FPDFText_GetUnicode, call(ctypes.c_uint, address, index)),
        ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, call(ctypes.c_int, address, index, address)),
        ctypes.cast(pdfium_c.FPDFText_GetCharBox, call(ctypes.c_int, address, index, address, address, address,
                                                       address)),
    )


@dataclass
class _TextObjects:
    order: dict[int, int]  # a text object's address → its place in the content
    hidden: list[tuple[int, Char]]  # space-only text objects PDFium left out: (place, the space as a letter)


def _text_objects(page: Any, textpage: Any, turn: Matrix) -> _TextObjects:
    """Every text object of a page in content order (form XObjects opened in place), and its hidden ones."""
    import pypdfium2.raw as pdfium_c

    found = _TextObjects({}, [])
    matrix = pdfium_c.FS_MATRIX()
    width, bottom = ctypes.c_float(), ctypes.c_float()
    size = ctypes.c_float()

    def visit(count: int, get: Any, depth: int) -> None:
        for n in range(count):
            obj = get(n)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                visit(pdfium_c.FPDFFormObj_CountObjects(obj),
                      lambda k, form=obj: pdfium_c.FPDFFormObj_GetObject(form, k), depth + 1)
                continue
            if kind != pdfium_c.FPDF_PAGEOBJ_TEXT:
                continue
            place = len(found.order)
            found.order[ctypes.cast(obj, ctypes.c_void_p).value or 0] = place
            # 2 bytes: the terminating NUL alone, no letter of this object is on PDFium's text page
            if depth or pdfium_c.FPDFTextObj_GetText(obj, textpage, None, 0) > 2:
                continue  # (inside a form the object's own matrix is not the page's: left alone)
            pdfium_c.FPDFPageObj_GetMatrix(obj, matrix)
            if not pdfium_c.FPDFTextObj_GetFontSize(obj, ctypes.byref(size)) or size.value <= 0:
                continue
            font = pdfium_c.FPDFTextObj_GetFont(obj)
            if not pdfium_c.FPDFFont_GetGlyphWidth(font, 0x20, size, ctypes.byref(width)):
                width.value = size.value / 4
            if not pdfium_c.FPDFFont_GetDescent(font, size, ctypes.byref(bottom)):
                bottom.value = -size.value / 5
            x, y = matrix.e, matrix.f + bottom.value
            found.hidden.append((place, Char(" ", x, y, x + width.value, y + size.value,
                                             level(matrix.a, matrix.b, matrix.c, matrix.d, turn))))

    visit(pdfium_c.FPDFPage_CountObjects(page), lambda k: pdfium_c.FPDFPage_GetObject(page, k), 0)
    return found


_MAX_FORM_DEPTH = 8  # form XObjects inside form XObjects: deeper ones are not opened
