"""Invoice numbers, English dates and English amounts, each rule on a few lines of plain text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.core.invoice import InvoiceKind
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text
from services.core.parsing.pdf.values import amounts_in, invoice_number, parse_hungarian_date


@pytest.mark.parametrize("text", [
    "10918001-00000123-45670001 (UniCredit)", "11600006-00000000", "HU42 1177 3016 1111 1018 0000 0000",
    "HU42117730161111101800000000", "18722901-2-41",
])
def test_a_bank_account_an_iban_or_a_tax_number_is_never_an_invoice_number(text: str) -> None:
    assert invoice_number(text) is None


def test_szamlaszam_with_a_bank_account_is_the_bank_accounts_label() -> None:
    inv = invoice_from_text("SZÁMLA\nSorszám: SZT/2025/0212\nEladó\nDuna Kft.\n"
                            "Számlaszám: 10918001-00000123-45670001\nSzámla kelte\n2025. okt. 1.\n")
    assert inv.number == "SZT/2025/0212"


def test_szamlaszam_with_a_bank_account_wrapped_after_its_first_group() -> None:
    inv = invoice_from_text("SZÁMLA\nSorszám: BD/2026/10/0077812\nÜgyfélszám: 0019928877 · Számlaszám: 10402142-\n"
                            "00017744-00000000\nSzámla kelte: 2026. 11. 02.\n")
    assert inv.number == "BD/2026/10/0077812"


def test_dates_written_day_month_year_with_slashes() -> None:
    inv = invoice_from_text("SZÁMLA\nKelt: 23/11/2026\nTeljesítés: 09/11/2026\nFizetési határidő: 07/12/2026")
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        date(2026, 11, 23), date(2026, 11, 9), date(2026, 12, 7))


@pytest.mark.parametrize(("text", "expected"), [
    ("ŐV-2025/1032", "ŐV-2025/1032"),  # an accented capital starts the number
    ("HT 4417 0081 92", "HT 4417 0081 92"),  # printed in groups
    ("4417 0081 92", "4417 0081 92"),
    ("2025/000123", "2025/000123"),
    ("NK-SZ 2026/118447", "NK-SZ 2026/118447"),  # a series of two parts joined by a dash, then a space
])
def test_invoice_number_shapes(text: str, expected: str) -> None:
    assert invoice_number(text) == expected


def test_no_label_under_a_bilingual_title() -> None:
    assert invoice_from_text("SZÁMLA / INVOICE\nNo.: RA-2025/117\n").number == "RA-2025/117"


def test_tel_no_is_not_split_off_as_a_number_field() -> None:
    assert invoice_from_text("SZÁMLA\nSorszám: A-7\nTel. No.: 1234567\n").number == "A-7"


@pytest.mark.parametrize(("text", "expected"), [
    ("October 1, 2025", date(2025, 10, 1)),
    ("Oct 31, 2025 (paid by card)", date(2025, 10, 31)),
    ("1 October 2025", date(2025, 10, 1)),
    ("Sept 3rd, 2024", date(2024, 9, 3)),
    ("Sep 31, 2025", None),
])
def test_english_dates(text: str, expected: date | None) -> None:
    assert parse_hungarian_date(text) == expected


def test_english_dates_under_english_labels() -> None:
    inv = invoice_from_text("Invoice\nInvoice number WW-1\nDate of issue October 1, 2025\nDate due October 15, 2025\n")
    assert (inv.issue_date, inv.due_date) == (date(2025, 10, 1), date(2025, 10, 15))


def test_a_printed_period_means_no_fulfilment_date_is_taken_from_the_issue_date() -> None:
    inv = invoice_from_text("Invoice\nInvoice number WW-1\nDate of issue October 1, 2025\n"
                            "Service period Oct 1, 2025 - Oct 31, 2025\n")
    assert inv.fulfilment_date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("EUR 5,820.00", [Decimal("5820.00")]),
    ("-1,234.50 EUR", [Decimal("-1234.50")]),
    ("1.234,56 Ft", [Decimal("1234.56")]),  # Hungarian: unchanged
    ("1,5 kg", [Decimal("1.5")]),
])
def test_english_amounts_with_comma_thousands_and_point_decimals(text: str, expected: list[Decimal]) -> None:
    assert [a for a, _ in amounts_in(text)] == expected


def test_proforma_number_and_no_fulfilment_date() -> None:
    inv = invoice_from_text("DÍJBEKÉRŐ\nDíjbekérő száma: DB-2025-0164\nKelte: 2025. okt. 16.\n"
                            "Számlaszám: 11600006-00000000-87654321\nFizetendő összesen: 384 810 Ft\n")
    assert inv.kind is InvoiceKind.PROFORMA
    assert inv.number == "DB-2025-0164"
    assert inv.fulfilment_date is None


def test_a_number_shaped_like_the_start_of_an_iban_is_still_a_number() -> None:
    assert invoice_from_text("SZÁMLA\nSzámlaszám: SZ25 0001\n").number == "SZ25 0001"
    assert invoice_from_text("SZÁMLA\nSorszám: A-9\nSzámlaszám: HU42 1177 3016 1111 1018 0000 0000\n").number == "A-9"


def test_an_erp_document_date_is_the_issue_date() -> None:
    invoice = invoice_from_text("SZÁMLA\nBizonylatszám : 9100024517\nBizonylat dátuma : 2026.11.01.\n"
                                "Teljesítés kelte : 2026.10.31.")
    assert (invoice.issue_date, invoice.fulfilment_date) == (date(2026, 11, 1), date(2026, 10, 31))


def test_a_number_on_the_title_line_with_no_label() -> None:
    invoice = invoice_from_text("Aranykalász Pékség Kft.\nSZÁMLA P-2026/03318\nKelt: 2026.11.14.")
    assert invoice.number == "P-2026/03318"


def test_a_year_on_the_title_line_is_not_a_number() -> None:
    assert invoice_from_text("SZÁMLA 2026\nKelt: 2026.11.14.").number is None


def test_a_series_in_capitals_before_the_number_with_a_space() -> None:
    assert invoice_from_text("Sorszám: EVT 2026/112\nKelt: 2026.11.14.").number == "EVT 2026/112"
    assert invoice_number("EVT 2026/112") == "EVT 2026/112"


def test_a_date_wrapped_in_a_narrow_value_column() -> None:
    def at(x: float, y: float, text: str) -> TextLine:
        return TextLine(0, x, y, x + 5.5 * len(text), y + 14, text)

    invoice = invoice_from_lines([
        at(46, 650, "Számla kelte:"), at(162, 657, "2026. november"), at(162, 643, "11."),
        at(46, 600, "Fizetési határidő:"), at(162, 607, "2026. november"), at(162, 593, "26."),
    ])
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 11, 11), date(2026, 11, 26))


def test_the_english_date_of_supply_is_the_fulfilment_date() -> None:
    invoice = invoice_from_text("Invoice\nDate of issue Nov 1, 2026\nDate of supply Oct 31, 2026\n"
                                "Date due Nov 15, 2026")
    assert (invoice.issue_date, invoice.fulfilment_date) == (date(2026, 11, 1), date(2026, 10, 31))


def test_a_page_count_on_the_title_line_is_not_a_number() -> None:
    assert invoice_from_text("SZÁMLA 1/2\nKelt: 2026.11.14.").number is None


@pytest.mark.parametrize(("text", "field"), [
    pytest.param("Nettó esedékesség 14.11.2025", "due_date", id="sap-net-due"),
    pytest.param("Esedékes: 2025.11.14.", "due_date", id="esedékes"),
    pytest.param("Fällig am / Fizetési határidő 14.11.2025", "due_date", id="german-twin"),
    pytest.param("Zahlbar bis 14.11.2025", "due_date", id="zahlbar-bis"),
    pytest.param("Rechnungsdatum 14.11.2025", "issue_date", id="rechnungsdatum"),
    pytest.param("Issue date: 14.11.2025", "issue_date", id="issue-date"),
    pytest.param("Leistungsdatum 14.11.2025", "fulfilment_date", id="leistungsdatum"),
    pytest.param("Delivery date: 14.11.2025", "fulfilment_date", id="delivery-date"),
    # a Slovak, Czech or Romanian twin before the Hungarian label: accented Latin letters
    pytest.param("Dátum vystavenia / Kelt 14.11.2025", "issue_date", id="slovak-twin"),
    pytest.param("Datum vystavení / Issued / Kelt 14.11.2025", "issue_date", id="czech-two-twins"),
    pytest.param("Data livrării / Teljesítés 14.11.2025", "fulfilment_date", id="romanian-twin"),
    pytest.param("Scadența / Fizetési határidő 14.11.2025", "due_date", id="romanian-comma-below"),
    pytest.param("Tax Point 14/11/2025", "fulfilment_date", id="uk-tax-point"),
    pytest.param("Date of taxable supply 14.11.2025", "fulfilment_date", id="date-of-taxable-supply"),
    pytest.param("Date of delivery 14.11.2025", "fulfilment_date", id="date-of-delivery"),
    pytest.param("Fizetendő eddig 2025.11.14.", "due_date", id="fizetendo-eddig"),
])
def test_more_date_labels(text: str, field: str) -> None:
    invoice = invoice_from_text(f"SZÁMLA\n{text}")
    assert getattr(invoice, field).isoformat() == "2025-11-14"


@pytest.mark.parametrize(("label", "value", "expected"), [
    ("Kiállítás", "2026/11/25", date(2026, 11, 25)),  # the act alone names the issue date in a narrow box
    ("Kibocsátás:", "2026. 10. 31.", date(2026, 10, 31)),
    ("Szám lake lte", "2026.11.12.", date(2026, 11, 12)),  # kerning read as spaces inside the label's words
    ("Kib oc sátás", "2026. 10. 31.", date(2026, 10, 31)),
])
def test_issue_date_labels_of_a_narrow_header_box(label: str, value: str, expected: date) -> None:
    inv = invoice_from_text(f"SZÁMLA\nSzámlaszám: KD-2026-031\n{label}\n{value}\n")
    assert inv.issue_date == expected


def test_kiallitas_helye_is_no_issue_date() -> None:
    inv = invoice_from_text("SZÁMLA\nKiállítás helye\nBudapest\nKelt: 2026. 11. 02.\n")
    assert inv.issue_date == date(2026, 11, 2)


def test_a_label_line_with_a_value_is_never_closed_up() -> None:
    # only a short line of letters is a broken label: a name with a space stays as printed
    inv = invoice_from_text("SZÁMLA\nSzámla kelte: 2026. 11. 02.\nVevő\nSzám La Kft.\n")
    assert inv.issue_date == date(2026, 11, 2)


def test_abbreviated_fulfilment_label() -> None:
    inv = invoice_from_text("SZÁMLA\nKelt\n2026. 11. 20.\nTelj. dátum\n2026. 11. 18.\nFiz. hat.\n2026. 11. 28.\n")
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2026, 11, 20), date(2026, 11, 18),
                                                                   date(2026, 11, 28))
    assert invoice_from_text("SZÁMLA\nKelt: 2026/11/14\nTelj.: 2026/11/13\n").fulfilment_date == date(2026, 11, 13)


def test_due_label_abbreviated_without_its_dots() -> None:
    inv = invoice_from_text("SZÁMLA\nKelt\n2026. 10. 31.\nFizhat\n2026. 11. 15.\n")
    assert inv.due_date == date(2026, 11, 15)


@pytest.mark.parametrize("label", ["Szla.sz.", "Szla.sz.:", "Szla. szám:"])
def test_abbreviated_invoice_number_label(label: str) -> None:
    inv = invoice_from_text(f"EGYSZERŰSÍTETT SZÁMLA\n{label}\nEGY/2026/01934\nKelt\n2026/11/14\n")
    assert inv.number == "EGY/2026/01934"


def test_a_final_invoice_names_the_advance_invoice_it_settles() -> None:
    inv = invoice_from_text("VÉGSZÁMLA\nBizonylatszám\nBZ-2026-0388\nKelt\n2026. 11. 20.\n"
                            "Előlegszámla sorszáma\nBZ-E-2026-0041\n")
    assert inv.number == "BZ-2026-0388"
    assert inv.references.preceding_invoice == "BZ-E-2026-0041"


def test_an_advance_invoice_labelling_its_own_number_precedes_nothing() -> None:
    inv = invoice_from_text("ELŐLEGSZÁMLA\nElőlegszámla sorszáma\nBZ-E-2026-0041\nKelt\n2026. 11. 02.\n")
    assert inv.references.preceding_invoice is None


def test_the_correcting_documents_own_number_label() -> None:
    inv = invoice_from_text("HELYESBÍTŐ SZÁMLA\nHelyesbítő számla száma: SZ-2026-01877/H1\n"
                            "Az eredeti számla száma: SZ-2026-01877\nKelt: 2026.11.21.")
    assert inv.number == "SZ-2026-01877/H1"


def test_a_czech_number_label_with_its_dot_and_no_colon() -> None:
    assert invoice_from_text("FAKTURA / INVOICE / SZÁMLA\nč. / No. 2026110187\n").number == "2026110187"


def test_kiallitas_alone_heads_the_issue_date() -> None:
    inv = invoice_from_text("SZÁMLA\nKiállítás\n2026. november 27.\nTeljesítés: 2026. november 20.")
    assert inv.issue_date == date(2026, 11, 27)


def test_a_number_with_slashes_is_no_date_of_a_year_long_past() -> None:
    assert invoice_number("BT-26/11/0902") == "BT-26/11/0902"
    assert parse_hungarian_date("23/11/2026") == date(2026, 11, 23)


def _header_box(value_lines: list[str]) -> list[TextLine]:
    """A narrow header box: "Számlaszám:" at left, its value wrapped over two lines beside it."""
    lines = [TextLine(0, 390, 751, 449, 762, "Számlaszám:")]
    return lines + [TextLine(0, 463, 756.6 - 10.5 * i, 510, 767 - 10.5 * i, text) for i, text in enumerate(value_lines)]


def test_an_invoice_number_wrapped_after_its_dash_goes_on_in_the_line_under_it() -> None:
    assert invoice_from_lines(_header_box(["GZ-2026-", "7718204"])).number == "GZ-2026-7718204"


def test_a_hyphen_pdfium_marks_at_a_line_end_is_the_printed_dash() -> None:
    # PDFium gives a line-ending hyphen after a letter back as U+0002
    assert invoice_from_lines(_header_box(["SZHK/2026/K\x02", "018840"])).number == "SZHK/2026/K-018840"


def test_a_complete_number_takes_nothing_from_the_line_under_it() -> None:
    assert invoice_from_lines(_header_box(["GZ-2026-77", "7718204"])).number == "GZ-2026-77"


def test_service_date_wrapped_under_its_foreign_twin_is_the_fulfilment_date() -> None:
    lines = [TextLine(0, 299, 731, 434, 741.5, "Data wystawienia / Issue date"),
             TextLine(0, 470, 731, 522, 741.5, "2026-11-24"),
             TextLine(0, 299, 710.8, 443, 721.3, "Data wykonania usługi / Service"),
             TextLine(0, 470, 705.6, 522, 716, "2026-11-23"),
             TextLine(0, 299, 700.3, 319, 710.8, "date")]
    inv = invoice_from_lines(lines)
    assert (inv.issue_date, inv.fulfilment_date) == (date(2026, 11, 24), date(2026, 11, 23))



@pytest.mark.parametrize(("text", "expected"), [
    # "Invoice No." is the twin of "Számlaszám", not a field of its own that starts the number's search after it
    pytest.param("SZÁMLA INVOICE\nSzámlaszám Invoice No.: THS 2026/1471\n", "THS 2026/1471", id="english-twin"),
    pytest.param("Mérleg Kft.\nSzámla – MP 2026/412\nSzámla kelte: 2026. december 1.\n", "MP 2026/412",
                 id="letter-subject-line"),
    pytest.param("Jóváíró számla\nBizonylat sorszáma: K-J-2612-000318\nMódosított számla: K-2611-4466021\n",
                 "K-J-2612-000318", id="bizonylat-sorszama"),
])
def test_more_ways_to_print_the_invoices_own_number(text: str, expected: str) -> None:
    assert invoice_from_text(text).number == expected

def test_a_date_label_that_ends_its_line_of_running_text_has_its_date_opening_the_next() -> None:
    inv = invoice_from_lines([
        TextLine(0, 234, 693, 358, 718, "SZÁMLA"),
        TextLine(0, 231, 670, 365, 683, "Sorszám: SF-2026-0388"),
        TextLine(0, 57, 587, 517, 600, "Kelt: Érd, 2026. december 3. Teljesítés kelte: 2026. december 3. "
                                       "Fizetési határidő:"),
        TextLine(0, 57, 575, 300, 588, "2026. december 10. Fizetés módja: készpénz"),
    ])
    assert inv.due_date == date(2026, 12, 10)


def test_a_hotel_systems_abbreviated_number_label() -> None:
    # "SZÁMLA SZ.:" is "Számla száma" cut short, as a property management system prints it
    inv = invoice_from_text("Hotel Horizont Kft.\nSZÁMLA SZ.: HH-27-002614\nKelt: 2027.03.22.\n")
    assert inv.number == "HH-27-002614"


def test_a_date_cut_at_the_end_of_a_line_of_running_text_goes_on_at_the_next_lines_start() -> None:
    # a word processor's header runs the fields in one paragraph, set off by bars drawn apart from them
    def line(x0: float, x1: float, y0: float, text: str) -> TextLine:
        return TextLine(0, x0, y0, x1, y0 + 13.4, text)
    lines = [line(248, 344, 641, "SZÁMLA"), line(43, 214, 614, "Számlaszám: BHZ-U-2027-0102"),
             line(43, 216, 601, "Teljesítés kelte: 2027. március 29."), line(226, 229, 601.8, "|"),
             line(239, 402, 601, "Számla kelte: 2027. március 19."), line(411, 415, 601.8, "|"),
             line(424, 545, 601, "Fizetési határidő: 2027."),
             line(43, 102, 589.8, "március 26."), line(112, 115, 590.6, "|"),
             line(125, 243, 589.8, "Fizetés módja: átutalás")]
    assert invoice_from_lines(lines).due_date == date(2027, 3, 26)


@pytest.mark.parametrize("line", ["Előlegszámla sorszáma: PF-2026/0941", "Kapcsolódó előlegszámla ZE-2026-0211"])
def test_a_final_invoices_advance_invoice_after_its_label_on_one_line(line: str) -> None:
    inv = invoice_from_text(f"VÉGSZÁMLA\nSorszám: BZ-2026-0388\nKelt: 2026. 11. 20.\n{line}\n")
    assert inv.references.preceding_invoice == line.split()[-1]


def test_a_scans_dates_with_the_months_accents_lost_and_a_german_due_label_without_its_umlaut() -> None:
    invoice = invoice_from_text("SZÁMLA\nSorszám: TT-2027/0642\n| Számla kelte: 2027. marc. 8. |"
                                " Teljesítés: 2027. aprilis 2.\nFalligkeit 09.04.2027\n")
    assert (invoice.issue_date, invoice.fulfilment_date, invoice.due_date) == (
        date(2027, 3, 8), date(2027, 4, 2), date(2027, 4, 9))
