"""A value printed over its small caption, and a foreign supplier's English performance date and total due."""

from __future__ import annotations

from datetime import date

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _cell(x: float, y: float, text: str, size: float) -> TextLine:
    return TextLine(0, x, y, x + size * 0.5 * len(text), y + size, text)


def test_a_value_over_its_small_caption_is_the_captions_value() -> None:
    # a designed header: each value large, its caption small beneath it, no colon anywhere
    inv = invoice_from_lines([
        _cell(56, 780, "SZÁMLA", 21),
        _cell(56, 760, "ABC-2027/000029", 12), _cell(227, 760, "2027-01-26", 10),
        _cell(334, 760, "2027-01-14", 10), _cell(442, 760, "2027-01-29", 10),
        _cell(56, 751, "számla sorszáma", 7), _cell(227, 751, "kiállítás dátuma", 7),
        _cell(334, 751, "teljesítés dátuma", 7), _cell(442, 751, "fizetési határidő", 7),
        _cell(65, 712, "Eladó", 8), _cell(311, 712, "Vevő", 8),
    ])
    assert inv.number == "ABC-2027/000029"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        date(2027, 1, 26), date(2027, 1, 14), date(2027, 1, 29))


def test_in_a_stack_of_labels_over_values_the_line_above_is_the_previous_labels() -> None:
    inv = invoice_from_lines([
        _cell(390, 740, "KELT", 8), _cell(390, 729, "2025.10.21.", 11),
        _cell(390, 721, "TELJESÍTÉS", 8), _cell(390, 710, "2025.10.17.", 11),
    ])
    assert (inv.issue_date, inv.fulfilment_date) == (date(2025, 10, 21), date(2025, 10, 17))

