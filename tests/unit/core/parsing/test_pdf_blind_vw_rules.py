"""Rules found on the blind sets V and W, each shown on text alone: a date wrapped in a narrow column of
"label: value" lines, a row of fields with no colons whose second date has its month's name, a totals row
whose net and VAT cells ran together, a bilingual title with the number after it, a receipt's "ebből nettó",
a correction's "Módosítás kelte", and no fulfilment inferred on a supplier's from abroad."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def test_a_date_wrapped_after_its_label_in_a_narrow_column_is_joined_with_its_day() -> None:
    inv = invoice_from_lines([
        TextLine(0, 399.8, 691.2, 503.1, 702.2, "Kelt: 2027. augusztus 9."),
        TextLine(0, 399.8, 679.9, 538.4, 691.0, "Teljesítés kelte: 2027. augusztus"),
        TextLine(0, 399.8, 668.7, 407.9, 679.7, "2."),
        TextLine(0, 399.8, 657.4, 538.5, 668.5, "Esedékesség: 2027. szeptember"),
        TextLine(0, 399.8, 646.2, 407.9, 657.2, "8."),
        TextLine(0, 399.8, 634.9, 484.6, 646.0, "Mód: Banki átutalás"),
    ])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 8, 9), date(2027, 8, 2),
                                                                     date(2027, 9, 8))


def test_a_row_of_fields_without_colons_is_cut_before_a_label_after_a_date_with_its_months_name() -> None:
    inv = invoice_from_lines([
        TextLine(0, 252.9, 586.1, 302.9, 597.8, "KELTEZÉS"),
        TextLine(0, 362.6, 586.1, 444.9, 597.7, "2027. március 22."),
        TextLine(0, 57.0, 569.6, 431.3, 581.3,
                 "TELJESÍTÉS KELTE 2027. március 22. FIZETÉSI HATÁRIDŐ 2027. április 5."),
    ])
    assert (inv.fulfilment_date, inv.due_date) == (date(2027, 3, 22), date(2027, 4, 5))


def test_a_totals_rows_net_and_vat_run_into_one_cell_are_read_apart_where_they_add_up() -> None:
    inv = invoice_from_lines([
        TextLine(0, 403.7, 613.8, 430.5, 622.7, "Nettó"),
        TextLine(0, 459.9, 613.8, 475.9, 623.7, "Áfa"),
        TextLine(0, 513.2, 613.8, 543.9, 622.7, "Bruttó"),
        TextLine(0, 314.2, 537.1, 362.5, 547.0, "Összesen:"),
        TextLine(0, 392.1, 537.1, 475.8, 545.6, "814 000 219 780"),
        TextLine(0, 496.6, 537.1, 543.9, 545.6, "1 033 780"),
        TextLine(0, 51.4, 502.6, 261.1, 515.0, "Fizetendő végösszeg: 1 033 780 Ft"),
    ])
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(814000), Decimal(219780), Decimal(1033780))


def test_a_bilingual_title_with_its_twin_after_a_dash_names_the_number_after_it() -> None:
    inv = invoice_from_lines([
        TextLine(0, 45.4, 780.1, 320.8, 796.4, "INVOICE – Faktúra No. 2027051190"),
        TextLine(0, 43.3, 678.7, 114.9, 688.6, "Date of issue:"),
        TextLine(0, 43.3, 668.2, 94.5, 678.1, "11.06.2027"),
        TextLine(0, 39.8, 509.2, 177.9, 519.1, "Total to pay: EUR 29,906.92"),
    ])
    assert inv.number == "2027051190"


def test_a_receipts_of_which_net_under_its_total_gives_the_net_and_the_vat_is_the_rest() -> None:
    inv = invoice_from_lines([
        TextLine(0, 11.3, 270.3, 71.5, 281.3, "ÖSSZESEN:"),
        TextLine(0, 164.7, 270.3, 215.4, 279.8, "15 240 Ft"),
        TextLine(0, 11.3, 258.2, 74.5, 266.0, "ebből nettó:"),
        TextLine(0, 188.3, 258.2, 215.4, 265.7, "12 000"),
        TextLine(0, 11.3, 247.7, 83.6, 256.5, "ebből ÁFA 27%:"),
        TextLine(0, 192.9, 247.7, 215.4, 255.2, "3 240"),
    ])
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(12000), Decimal(3240), Decimal(15240))


def test_a_corrections_date_of_modification_is_its_issue_date() -> None:
    inv = invoice_from_lines([
        TextLine(0, 56.7, 775.9, 206.7, 793.4, "MÓDOSÍTÓ SZÁMLA"),
        TextLine(0, 204.1, 704.6, 260.5, 712.9, "Módosítás kelte"),
        TextLine(0, 345.8, 704.3, 400.0, 713.3, "2027.05.19."),
        TextLine(0, 204.1, 693.6, 258.2, 701.9, "Teljesítés kelte"),
        TextLine(0, 345.8, 693.3, 400.0, 702.3, "2027.04.30."),
    ])
    assert (inv.issue_date, inv.fulfilment_date) == (date(2027, 5, 19), date(2027, 4, 30))


def test_no_fulfilment_is_inferred_where_a_seller_with_no_tax_number_names_its_buyer_by_its_eu_vat_number() -> None:
    text = ("Invoice\nFROM\nTrellisbyte Inc.\n548 Market Street\nSan Francisco, CA 94104\nUnited States\n"
            "BILL TO\nKreatív Hullám Kft.\n1065 Budapest\nVAT ID: HU28155436\n"
            "DATE OF ISSUE: June 1, 2027\nTotal: $524.00\n")
    inv = invoice_from_text(text)
    assert inv.issue_date == date(2027, 6, 1)
    assert inv.fulfilment_date is None
    # a Hungarian seller's invoice with no fulfilment printed is fulfilled on its issue day (Áfa tv. 169. § g)
    hungarian = text.replace("Trellisbyte Inc.\n", "Trellisbyte Kft.\nAdószám: 13077299-2-44\n")
    assert invoice_from_text(hungarian).fulfilment_date == date(2027, 6, 1)


def test_a_cancelled_invoices_number_may_start_with_an_accented_capital() -> None:
    inv = invoice_from_text("SZTORNÓ SZÁMLA\nSorszám: ÁLV-2027-0274\nÉrvénytelenített számla: ÁLV-2027-0261\n")
    assert inv.references.preceding_invoice == "ÁLV-2027-0261"


def test_a_dot_matrix_print_without_accents_names_the_cancelled_invoice() -> None:
    inv = invoice_from_text("SZTORNO SZAMLA\nSORSZAM: TP-000391\nERVENYTELENITETT SZAMLA: TP-000388\n")
    assert inv.references.preceding_invoice == "TP-000388"


def test_the_invoice_a_correction_refers_to_after_its_sentences_colon() -> None:
    inv = invoice_from_text("HELYESBÍTŐ SZÁMLA\nBizonylatszám: BMK/27/01411\n"
                            "A helyesbítés a következő számlára vonatkozik: BMK/27/01267\n")
    assert inv.references.preceding_invoice == "BMK/27/01267"


def test_the_original_invoices_number_in_brackets_after_its_words() -> None:
    inv = invoice_from_text("HELYESBÍTŐ SZÁMLA\nAz eredeti számla (BMK/27/01267) módosítása.\n")
    assert inv.references.preceding_invoice == "BMK/27/01267"
