"""Header fields as forms and designed headers print them: numbered boxes, a title over a label,
a series after "No.", a proforma's bare "Azonosító", and the currency of a page that names none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def test_numbered_boxes_of_a_form() -> None:
    inv = invoice_from_text("SZTORNÓ SZÁMLA\n1. Számla száma\nIF-2027/0219\n2. Kiállítás napja\n2027. március 29.\n"
                            "3. Teljesítés napja\n2027. március 19.\n4. Fizetési határidő\n2027. április 5.\n"
                            "5. Érvénytelenített számla\nIF-2027/0212\n")
    assert inv.number == "IF-2027/0219"
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        date(2027, 3, 29), date(2027, 3, 19), date(2027, 4, 5))
    assert inv.references.preceding_invoice == "IF-2027/0212"


def test_a_title_in_a_bigger_print_is_not_the_first_half_of_the_label_under_it() -> None:
    inv = invoice_from_lines([
        TextLine(0, 42.8, 635.8, 192.5, 654.4, "Számla / Rechnung"),
        TextLine(0, 42.8, 620.1, 198.5, 630.5, "Rechnungsnummer / Számlaszám:"),
        TextLine(0, 212.8, 620.1, 277.1, 630.5, "RE-27-10433"),
        TextLine(0, 42.8, 608.1, 190.9, 618.5, "Rechnungsdatum / Számla kelte:"),
        TextLine(0, 212.8, 608.1, 264.3, 618.5, "12.07.2027"),
    ])
    assert inv.number == "RE-27-10433"


def test_a_series_and_its_number_after_no() -> None:
    inv = invoice_from_text("*** SZÁMLA ***\nNo. KS 2027/118\nKiállítva 2027-09-30\n")
    assert inv.number == "KS 2027/118"


def test_a_proformas_bare_identifier_is_its_number() -> None:
    inv = invoice_from_text("DÍJBEKÉRŐ\nAzonosító: DB-2027-0077\nKiállítva: 2027.01.04.\n")
    assert inv.number == "DB-2027-0077"


def test_an_invoices_bare_identifier_is_no_number() -> None:
    assert invoice_from_text("SZÁMLA\nVevő\nAzonosító: VK-0042\nKelt: 2027.01.04.\n").number is None


def _row(y: float, *cells: tuple[float, str]) -> list[TextLine]:
    return [TextLine(0, x, y, x + 5.0 * len(text), y + 10, text) for x, text in cells]


def test_a_totals_row_with_no_currency_anywhere_is_in_forints() -> None:
    inv = invoice_from_lines([
        *_row(700, (45, "Számla")),
        *_row(520, (280, "Áfakulcs"), (380, "Nettó"), (440, "Áfa"), (510, "Bruttó")),
        *_row(500, (280, "Összesen"), (380, "97 480"), (440, "26 320"), (510, "123 800")),
    ])
    assert (inv.gross_total, inv.currency) == (Decimal("123800"), "HUF")


def test_a_currency_code_ending_the_totals_label() -> None:
    # read before the forint default of a totals row: the code on the label, no mark on the amounts
    inv = invoice_from_lines([
        *_row(700, (45, "Számla / Rechnung")),
        *_row(520, (280, "Netto / Nettó"), (380, "USt / Áfa"), (440, "Brutto / Bruttó")),
        *_row(500, (200, "Gesamt / Összesen EUR"), (360, "5.554,00"), (440, "0,00"), (510, "5.554,00")),
    ])
    assert inv.currency == "EUR"


def test_a_label_ending_a_line_after_a_value_names_the_value_to_its_right() -> None:
    inv = invoice_from_lines([
        TextLine(0, 181.4, 781.4, 246.8, 802.4, "Számla"),
        TextLine(0, 181.4, 761.9, 319.2, 772.1, "Sorszám PSZ-27-04470 Kelt"),
        TextLine(0, 349.8, 761.9, 402.9, 772.1, "2027.10.21."),
        TextLine(0, 181.4, 748.4, 280.5, 758.6, "Teljesítés 2027.10.20."),
        TextLine(0, 302.5, 748.4, 402.9, 758.6, "Esedékes 2027.10.29."),
    ])
    assert (inv.number, inv.issue_date) == ("PSZ-27-04470", date(2027, 10, 21))
