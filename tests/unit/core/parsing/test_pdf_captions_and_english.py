"""A value printed over its small caption, and a foreign supplier's English performance date and total due."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


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


def test_performance_date_is_the_fulfilment_date() -> None:
    inv = invoice_from_text("INVOICE\nInvoice date 18/01/2027\nPerformance date 16/01/2027\nDue date 31/01/2027\n")
    assert inv.fulfilment_date == date(2027, 1, 16)


def test_total_due_names_the_gross_over_an_item_row_at_zero_vat() -> None:
    # every item row "net 0% 0.00 gross" adds up; the labelled total names the invoice's
    inv = invoice_from_text("INVOICE\nTruss 8 pcs 289.50 2,316.00 0% 0.00 2,316.00\n"
                            "Hoist 2 pcs 1,385.00 2,770.00 0% 0.00 2,770.00\n"
                            "Net total EUR 5,086.00\nVAT EUR 0.00\nTotal due EUR 5,086.00\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal("5086.00"), Decimal("0.00"), Decimal("5086.00"))
