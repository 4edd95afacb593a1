"""Rules found on the blind set ZA (wholesalers' long invoices), each shown on letters or lines alone: a big
title on the same row as the header's small labels is a line of its own, not a watermark's letters."""

from __future__ import annotations

from services.core.invoice import InvoiceKind
from services.core.parsing.pdf.letters import Char, lines_from_chars
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _row(text: str, x: float, y0: float, y1: float, width: float) -> list[Char]:
    """``text``'s letters side by side from ``x``, each ``width`` wide and boxed from ``y0`` to ``y1``."""
    return [Char(ch, x + i * width, y0, x + (i + 1) * width, y1) for i, ch in enumerate(text)]


def _title_row(title: str) -> list[Char]:
    # a 22 pt title right-aligned in the left cell, ending 1.6 pt before the right cell's 7 pt label, which is
    # aligned with the title's top: near enough that the layout analysis runs them into one line
    width = 16.3
    x = 322.9 - width * len(title)
    return _row(title, x, 784.3, 809.8, width) + _row("Számla sorszáma:", 324.5, 800.5, 808.7, 3.95)


def test_a_big_title_before_the_headers_small_label_on_its_row_is_a_line_of_its_own() -> None:
    lines = lines_from_chars(0, _title_row("SZTORNÓ SZÁMLA"))
    assert [ln.text for ln in lines] == ["SZTORNÓ SZÁMLA", "Számla sorszáma:"]
    title, label = lines
    assert (title.y0, title.y1, title.x1) == (784.3, 809.8, 322.9)  # the title's own box and height
    assert (label.x0, label.y0, label.y1) == (324.5, 800.5, 808.7)
    # so the title names the kind, not the sentence naming the invoice it cancels
    inv = invoice_from_lines([*lines, TextLine(0, 465.8, 800.5, 525.8, 808.7, "VP-2027-03577"),
                              TextLine(0, 324.5, 758.5, 525.8, 766.7,
                                       "Az érvénytelenített számla sorszáma: VP-2027-03498"),
                              TextLine(0, 45.3, 724.8, 67.1, 732.9, "Eladó")])
    assert inv.kind is InvoiceKind.STORNO


def test_big_letters_that_do_not_lead_the_row_as_whole_words_of_one_size_are_still_a_watermarks() -> None:
    small = _row("Pannon Kft.", 40, 700, 710, 5)
    # after the line's text: a watermark drawn over the page (as ever)
    assert [ln.text for ln in lines_from_chars(0, small + _row("MINTA", 100, 692, 722, 20))] == ["Pannon Kft."]
    # in the middle of it: mixed into the small text
    mixed = _row("Pannon ", 40, 700, 710, 5) + _row("MINTA", 76, 692, 722, 20) + _row(" Kft.", 176, 700, 710, 5)
    assert [ln.text for ln in lines_from_chars(0, mixed)] == ["Pannon Kft."]
    # at a slant, or of two sizes: no title's letters
    slanted = [c._replace(upright=False) for c in _row("MINTA", 0, 692, 722, 20)]
    assert [ln.text for ln in lines_from_chars(0, slanted + _row(" Pannon Kft.", 100, 700, 710, 5))] == ["Pannon Kft."]
    sizes = _row("MIN", 0, 692, 722, 20) + _row("TA", 60, 688, 728, 20)
    assert [ln.text for ln in lines_from_chars(0, sizes + _row(" Pannon Kft.", 100, 700, 710, 5))] == ["Pannon Kft."]
    # a large initial runs into its word with no gap: one word, one line (``_keep_initials``)
    assert [ln.text for ln in lines_from_chars(0, [Char("M", 10, 698, 19.7, 709),
                                                   *_row("egrendelő", 20.1, 700, 705, 4.5)])] == ["Megrendelő"]
