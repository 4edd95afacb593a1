"""A correcting or cancelling invoice's dates, labelled by the invoice's kind or as the original's."""

from __future__ import annotations

from datetime import date

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def test_a_cancelling_invoices_own_day_and_the_originals_fulfilment_and_due_dates() -> None:
    inv = invoice_from_text("Sztornó számla\nSorszám: LH-2027-0231\nSztornó kelte: 2027. április 9.\n"
                            "Eredeti teljesítés kelte: 2027. április 2.\n"
                            "Eredeti fizetési határidő: 2027. április 18.\n")
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        date(2027, 4, 9), date(2027, 4, 2), date(2027, 4, 18))


def test_a_correcting_invoices_day_named_by_its_kind() -> None:
    inv = invoice_from_text("HELYESBÍTŐ SZÁMLA\nSorszám: BN-2027/0412-H1\nHelyesbítő számla kelte: 2027.03.29.\n"
                            "Teljesítés dátuma: 2027.03.17.\n")
    assert inv.issue_date == date(2027, 3, 29)


def test_the_cancelled_invoices_number_after_a_relative_clause_before_the_labels_colon() -> None:
    inv = invoice_from_text("Sztornó számla\nSorszám: LH-2027-0231\n"
                            "Az eredeti számla sorszáma, amelyet ez a bizonylat érvénytelenít: LH-2027-0218\n")
    assert inv.references.preceding_invoice == "LH-2027-0218"


def _cell(x: float, y: float, text: str) -> TextLine:
    return TextLine(0, x, y, x + 5.5 * len(text), y + 9, text)


def test_fizetendo_heading_a_column_in_a_row_of_date_headings_is_the_due_date() -> None:
    lines = [_cell(40, 780, "Számla"), _cell(40, 760, "LH-2027-0218"),
             _cell(40, 720, "Kelt"), _cell(133, 720, "Teljesítés"), _cell(227, 720, "Fizetendő"),
             _cell(40, 708, "2027. április 3."), _cell(133, 708, "2027. április 2."),
             _cell(227, 708, "2027. április 18."),
             _cell(306, 560, "Összesen, Ft"), _cell(391, 560, "285 600"), _cell(451, 560, "77 112"),
             _cell(504, 560, "362 712")]
    inv = invoice_from_lines(lines)
    assert (inv.issue_date, inv.due_date, inv.gross_total) == (date(2027, 4, 3), date(2027, 4, 18), 362712)


def test_fizetendo_beside_the_total_with_the_dates_under_it_is_no_due_date() -> None:
    lines = [_cell(12, 232, "FIZETENDŐ"), _cell(155, 232, "107 726 Ft"),
             _cell(11, 213, "Kelt: 2027.04.27."), _cell(11, 205, "Teljesítés: 2027.04.27.")]
    assert invoice_from_lines(lines).due_date is None
