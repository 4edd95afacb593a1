"""Rules found on the blind sets P and Q, each shown on text alone: glued amounts, wrapped labels, exemptions."""

from __future__ import annotations

from datetime import date

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text
from services.core.parsing.pdf.values import parse_hungarian_date, split_readings


def _row(y: float, *cells: str) -> list[TextLine]:
    return [TextLine(0, 40 + 180 * i, y, 40 + 180 * i + 5 * len(c), y + 10, c) for i, c in enumerate(cells)]


def test_a_run_of_spaced_thousands_may_be_read_as_two_amounts() -> None:
    assert (444000, 119880) in split_readings("MINDÖSSZESEN 444 000 119 880")
    assert all(len(r) == 1 for r in split_readings("1 000 000 Ft"))  # no cut before a group of zeros reads two
    assert split_readings("444 000") == ()


def test_a_gross_label_whose_net_and_vat_were_glued_takes_the_rows_gross() -> None:
    lines = [*_row(540, "27% 444 000", "119 880", "563 880"), *_row(525, "MINDÖSSZESEN 444 000 119 880", "563 880")]
    inv = invoice_from_lines(lines)
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (444000, 119880, 563880)


def test_a_gross_label_beside_a_glued_vat_and_gross_takes_the_gross() -> None:
    lines = [*_row(540, "27% 539 000", "145 530", "684 530"), *_row(525, "Fizetendő 539 000", "145 530 684 530")]
    inv = invoice_from_lines(lines)
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (539000, 145530, 684530)


def test_a_german_suppliers_dates_name_their_month_in_german() -> None:
    assert parse_hungarian_date("15. Mai 2027") == date(2027, 5, 15)
    assert parse_hungarian_date("14. Juni 2027") == date(2027, 6, 14)
    assert parse_hungarian_date("3. Jänner 2027") == date(2027, 1, 3)
    lines = [*_row(680, "Rechnungsdatum / Invoice date", "Zahlbar bis / Payable by"),
             *_row(665, "15. Mai 2027", "14. Juni 2027")]
    lines = [TextLine(0, ln.x0, ln.y0, ln.x0 + 100, ln.y1, ln.text) for ln in lines]
    inv = invoice_from_lines(lines)
    assert (inv.issue_date, inv.due_date) == (date(2027, 5, 15), date(2027, 6, 14))


def test_a_german_sum_line_names_the_currency() -> None:
    lines = [*_row(540, "Netto", "USt", "Brutto"), *_row(525, "Summe EUR", "11.800,00", "0,00", "11.800,00")]
    assert invoice_from_lines(lines).currency == "EUR"


def test_a_bilingual_label_wrapped_after_its_slash_is_one_label() -> None:
    lines = [TextLine(0, 337.7, 730.5, 427.2, 741.8, "Rechnungsnummer /"),
             TextLine(0, 484.8, 731.2, 558.7, 741.1, "RE-2027-10442"),
             TextLine(0, 337.7, 720.7, 390.8, 730.6, "Számlaszám"),
             TextLine(0, 337.7, 706.5, 443.5, 717.8, "Rechnungsdatum / Kelte"),
             TextLine(0, 484.8, 707.2, 533.4, 717.1, "14.05.2027")]
    assert invoice_from_lines(lines).number == "RE-2027-10442"


def test_a_series_wrapped_after_its_dash_starts_the_number_under_it() -> None:
    # PDFium gives the line-ending dash back as U+0002
    lines = [TextLine(0, 45.8, 749.8, 155.1, 760.3, "Számla sorszáma: KB\x02"),
             TextLine(0, 45.8, 739.3, 100.5, 749.8, "2027-20517")]
    assert invoice_from_lines(lines).number == "KB-2027-20517"
    # a series nothing completes is no number: the label's value under it still is
    lines = [TextLine(0, 45.8, 749.8, 155.1, 760.3, "Számla sorszáma: KB-"),
             TextLine(0, 45.8, 725.3, 100.5, 735.8, "Számla kelte:"), TextLine(0, 45.8, 714, 100.5, 724, "2027.09.20.")]
    assert invoice_from_lines(lines).number != "KB-"


def test_a_proformas_identifier_caption_over_its_value_is_its_number() -> None:
    lines = [TextLine(0, 39.8, 778.7, 148.7, 802.2, "DÍJBEKÉRŐ"),
             TextLine(0, 39.8, 753.4, 70.9, 760.9, "azonosító"),
             TextLine(0, 173, 752.9, 225, 761.5, "kiállítás dátuma"),
             TextLine(0, 39.8, 743.1, 111.6, 753.5, "DB-2027-0076"),
             TextLine(0, 173, 743.1, 227.3, 753.5, "2027.08.02.")]
    inv = invoice_from_lines(lines)
    assert (inv.kind.value, inv.number) == ("proforma", "DB-2027-0076")


def test_a_label_after_a_value_in_a_row_of_fields_without_colons_names_the_value_after_it() -> None:
    inv = invoice_from_text("számla\nSzámlaszám MP-2027-045 Teljesítés 2027.05.31.\nKelte 2027.06.05.\n")
    assert (inv.number, inv.issue_date, inv.fulfilment_date) == ("MP-2027-045", date(2027, 6, 5), date(2027, 5, 31))
    # the row's label apart to the left: its value opens the line, the next label after it
    lines = [TextLine(0, 39.8, 687.4, 99.3, 698.5, "Számlaszám"),
             TextLine(0, 120.5, 687.4, 304.9, 698.5, "MP-2027-051 Teljesítés 2027.05.31."),
             TextLine(0, 39.8, 673.2, 63.5, 684.2, "Kelte"), TextLine(0, 120.5, 673.2, 177.8, 684.2, "2027.06.20.")]
    inv = invoice_from_lines(lines)
    assert (inv.number, inv.issue_date, inv.fulfilment_date) == ("MP-2027-051", date(2027, 6, 20), date(2027, 5, 31))


def test_a_subject_exempt_sellers_payable_total_is_its_net_with_no_vat() -> None:
    text = "SZÁMLA\nSorszám: KA 1734521\nFizetendő összeg Ft: 26500\nAlanyi adómentes őstermelő – az ÁFA tv. 188. §.\n"
    inv = invoice_from_text(text)
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (26500, 0, 26500)
    # without the statement, what is paid says nothing of the net
    inv = invoice_from_text("SZÁMLA\nSorszám: KA 1734521\nFizetendő összeg Ft: 26500\n")
    assert (inv.net_total, inv.vat_total) == (None, None)
