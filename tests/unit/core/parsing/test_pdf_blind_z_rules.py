"""Rules found on the blind set Z (sole traders' and small firms' hand-made invoices: Word, Excel, DOS-era
programs), each shown on text alone: an old program's number labels and spaced-out title, a printed form's
seller heading, a spreadsheet grid's tax numbers, a word processor's totals row of net and gross."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.core.invoice import InvoiceKind
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _at(x: float, y: float, text: str, width: float = 5.4) -> TextLine:
    return TextLine(0, x, y, x + width * len(text), y + 10.5, text)


def test_an_old_programs_sz_sz_labels_the_number() -> None:
    # "Sz. sz." is "számla száma" with both words cut to their first letters, beside the letterhead
    inv = invoice_from_lines([
        _at(40, 792, "Dombi Pékség Bt."), _at(381, 792, "Sz. sz.: 004512"),
        _at(40, 781, "7100 Szekszárd, Béla király tér 3."), _at(40, 769, "Adószám: 21093347-2-17"),
        _at(218, 736, "S Z Á M L A"),
        _at(40, 713, "Vevő neve : Csillag ABC Bt."),
    ])
    assert inv.number == "004512"


def test_bizonylat_with_its_colon_labels_the_number() -> None:
    inv = invoice_from_lines([
        _at(40, 790, "Orosz Gépjavító Bt."), _at(414, 790, "Bizonylat: 0877/S"),
        _at(40, 767, "Adószám: 28109366-2-04"),
        _at(192, 732, "S Z Á M L A"),
    ])
    assert inv.number == "0877/S"


def test_a_title_spaced_out_letter_by_letter_names_the_kind() -> None:
    # a fixed-pitch program spaces the title's letters with real spaces, one between the words as well; the
    # cancelled invoice it names would otherwise make it a correction
    inv = invoice_from_lines([
        _at(40, 790, "Orosz Gépjavító Bt."), _at(414, 790, "Bizonylat: 0877/S"),
        _at(192, 732, "S Z T O R N Ó S Z Á M L A"),
        _at(40, 709, "Sztornózott számla sorszáma: 0871"),
        _at(40, 698, "VEVŐ: Agrárgép-Szerviz Kft."),
    ])
    assert inv.kind is InvoiceKind.STORNO
    assert inv.references.preceding_invoice == "0871"


def test_a_payment_sentences_szamlaszamra_is_no_number_label() -> None:
    # "…utalja a … számlaszámra" (to the account number) wraps to open a line: no label, and the paragraph
    # of law under it gives no number; the proforma's own label does
    inv = invoice_from_lines([
        _at(40, 774, "DÍJBEKÉRŐ", 14),
        _at(40, 649, "Díjbekérő száma: DB-2027/112"),
        _at(40, 638, "Kelte: 2027.08.16."),
        _at(50, 510, "Kérjük, a 552 000 Ft összeget 2027.08.26.-ig utalja a 11745001-20134488-00000000"),
        _at(50, 499, "számlaszámra, közleményben a díjbekérő számával."),
        _at(40, 470, "Tárgyi adómentes (felnőttképzés, ÁFA tv. 85. § (1) i))."),
    ])
    assert inv.number == "DB-2027/112"
    # the label itself still reads, with its colon or alone
    assert invoice_from_lines([_at(361, 786, "Számlaszám:"), _at(449, 786, "12/2027")]).number == "12/2027"


def test_a_printed_forms_seller_heading_with_its_synonym_then_neve_cime() -> None:
    inv = invoice_from_lines([
        _at(43, 781, "SZÁMLA", 16), _at(496, 781, "No. 0187"),
        _at(47, 757, "Eladó (szállító) neve, címe: Tóth Lajos e.v. , 3300 Eger, Kertész utca 9."),
        _at(47, 746, "Adószáma: 67480213-1-10"),
        _at(47, 715, "Vevő neve, címe: Nagy Erzsébet , 3300 Eger, Mátyás király út 32."),
    ])
    assert inv.seller.name == "Tóth Lajos e.v."
    assert inv.seller.tax_number == "67480213-1-10"


def test_a_spreadsheet_grids_tax_number_is_the_party_whose_label_is_on_its_row() -> None:
    # Excel: each block's "Adószám:" under its heading, the seller's value two columns right, nearer the buyer's
    # heading than the seller's; the label on its row is in the seller's column
    inv = invoice_from_lines([
        _at(43.5, 753, "Szállító"), _at(361, 753, "Vevő"),
        _at(43.5, 739, "Fehér és Társa Bt."), _at(361, 739, "Tavaszmező Ingatlan Kft."),
        _at(43.5, 725, "6722 Szeged, Petőfi Sándor sugárút 41."), _at(361, 725, "6721 Szeged, Tisza Lajos körút 2."),
        _at(43.5, 711, "Adószám:"), _at(241, 711, "22418836-2-06"),
        _at(361, 711, "Adószám:"), _at(449, 711, "23789014-2-06"),
    ])
    assert inv.seller.tax_number == "22418836-2-06"
    assert inv.buyer.tax_number == "23789014-2-06"


def test_a_label_over_its_own_number_is_no_row_label_of_the_next_blocks_number() -> None:
    # each block prints its label over its number; the buyer's number stands level with the seller's label (the
    # seller's block is a line longer): that label is the seller's, its number under it
    inv = invoice_from_lines([
        _at(45, 695, "SZOLGÁLTATÓ / SUPPLIER"), _at(222, 695, "ÜGYFÉL / CUSTOMER"),
        _at(45, 682, "Adatpince Colocation Zrt."), _at(222, 682, "Mecsekvill Gépgyártó Kft."),
        _at(45, 671, "1097 Budapest, Könyves Kálmán"), _at(222, 671, "7622 Pécs, Siklósi út 48."),
        _at(45, 661, "krt. 11/C."), _at(222, 661, "Adószám / Tax no.:", 4.6),
        _at(45, 650, "Adószám / Tax no.:", 4.6), _at(222, 650, "24786159-2-02"),
        _at(45, 639.6, "25978362-2-43"),
    ])
    assert inv.seller.tax_number == "25978362-2-43"
    assert inv.buyer.tax_number == "24786159-2-02"


def test_a_totals_row_of_net_and_gross_with_the_vat_labelled_under_it() -> None:
    # a word processor's table with no VAT column: the net and gross on the "Összesen" row, "ebből ÁFA" apart
    inv = invoice_from_lines([
        _at(468, 581, "Nettó"), _at(517, 581, "Bruttó"),
        _at(42, 564, "Éves tanácsadói keretszerződés, I. negyedév"),
        _at(374, 564, "3 600,00 27% 3 600,00 4 572,00"),
        _at(396, 548, "Összesen: 3 600,00 4 572,00"),
        _at(441, 523, "ebből ÁFA: 972,00 EUR"),
    ])
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal("3600.00"), Decimal("972.00"),
                                                               Decimal("4572.00"))


def test_an_exempt_totals_row_prints_the_same_amount_twice_run_together() -> None:
    # "552 000 552 000": net and gross of a VAT-exempt service, their space-grouped thousands read as one run
    inv = invoice_from_lines([
        _at(472, 603, "Nettó Bruttó"),
        _at(42, 587, "Angol üzleti nyelvtanfolyam, 60 óra, csoportos"),
        _at(385, 587, "138 000 TAM 552 000 552 000"),
        _at(404, 570, "Összesen: 552 000 552 000"),
        _at(481, 546, "ebből ÁFA: 0 Ft"),
    ])
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(552000), Decimal(0), Decimal(552000))


def test_a_bare_datum_beside_the_other_dates_is_the_issue_date() -> None:
    # a small program's header: "Dátum:" alone names the day the invoice is dated, next to its fulfilment and due day
    inv = invoice_from_lines([
        _at(40, 790, "Kiskobak Játék és Bútor Kft."), _at(488, 790, "Számla"),
        _at(392, 770, "Számlaszám:"), _at(473, 770, "KKB-00027/2027"),
        _at(419, 757, "Dátum:"), _at(498, 757, "14.09.2027"),
        _at(408, 744, "Teljesítés:"), _at(498, 744, "13.09.2027"),
        _at(373, 731, "Fizetési határidő:"), _at(498, 731, "29.09.2027"),
    ])
    assert (inv.issue_date, inv.fulfilment_date, inv.due_date) == (date(2027, 9, 14), date(2027, 9, 13),
                                                                  date(2027, 9, 29))


def test_a_bare_datum_yields_to_a_label_that_names_the_issue() -> None:
    inv = invoice_from_lines([
        _at(40, 790, "Kiskobak Játék és Bútor Kft."), _at(392, 770, "Számla kelte: 2027.09.14."),
        _at(40, 300, "Dátum: 2027.09.20."), _at(300, 300, "Aláírás: ...................."),
    ])
    assert inv.issue_date == date(2027, 9, 14)
