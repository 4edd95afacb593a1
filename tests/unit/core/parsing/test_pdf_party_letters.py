"""Parties as letters and foreign or old programs print them: an Italian company's form in small letters with dots
(``S.r.l.``), a lease invoice written as a letter (the lessor's one-line imprint, the lessee's name and address
under it with no heading), and a dot-matrix print whose VAT number's label has lost its accents."""

from __future__ import annotations

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _at(x: float, y: float, text: str, height: float = 10.0) -> TextLine:
    return TextLine(0, x, y, x + 5.5 * len(text), y + height, text)


def test_an_italian_companys_form_in_small_letters_with_dots_ends_its_name() -> None:
    """"S.r.l." (società a responsabilità limitata) as Italy writes it: the letterhead over the address is the
    seller, the block under "Bill to" the buyer."""
    invoice = invoice_from_lines([
        _at(300, 768, "Officine Adige S.r.l.", height=22.0),
        _at(300, 758, "Via Roma 4, 37100 Verona (VR), Italia"), _at(370, 748, "VAT No. IT01234560239"),
        _at(51, 690, "Invoice", height=30.0), _at(51, 673, "Invoice number"), _at(134, 673, "2027/FE/0101"),
        _at(52, 630, "Bill to"), _at(264, 630, "Job reference"),
        _at(52, 618, "Duna-Print Nyomdaipari Kft."), _at(264, 618, "Press service SR-27-014"),
        _at(52, 607, "1097 Budapest, Illatos út 38."), _at(52, 596, "Hungary"), _at(52, 585, "VAT No. HU25801475"),
        _at(52, 556, "Description"), _at(334, 556, "Qty Unit"), _at(411, 556, "Unit price (EUR) Amount (EUR)"),
    ])
    assert (invoice.seller.name, invoice.seller.vat_number) == ("Officine Adige S.r.l.", "IT01234560239")
    assert (invoice.buyer.name, invoice.buyer.vat_number) == ("Duna-Print Nyomdaipari Kft.", "HU25801475")


def test_a_letters_addressee_under_the_senders_one_line_imprint_is_the_buyer() -> None:
    """The lessor prints its name, address and tax number as one line at the top; the lessee's name, address and
    tax number stand under it in the same column with no heading, as a letter addresses its recipient."""
    invoice = invoice_from_lines([
        _at(68, 769, "Hangraj Gépbérlő Kft. · 1097 Budapest, Illatos út 9. · adószám: 10773343-2-44"),
        _at(68, 725, "Vértes Agrokémia Zrt."), _at(68, 710, "2800 Tatabánya, Győri út 9."),
        _at(68, 694, "adószám: 14765300-2-13"),
        _at(362, 657, "Budapest, 2027.10.01."), _at(202, 621, "SZÁMLA – HGB-2027-0611"),
        _at(68, 588, "A 2026/B-044 számú bérleti szerződés alapján az alábbi díjakat számlázzuk."),
        _at(68, 479, "Nettó díj összesen: 409.500 Ft"),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number) == ("Hangraj Gépbérlő Kft.", "10773343-2-44")
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Vértes Agrokémia Zrt.", "14765300-2-13")


def test_a_vat_numbers_label_printed_without_accents_still_says_what_the_number_is() -> None:
    """A dot-matrix program prints "Kozossegi adoszam:" in plain letters: the VAT number after it is the seller's."""
    invoice = invoice_from_lines([
        _at(34, 788, "Gyorsposta Fuvar Kft."), _at(406, 788, "SZAMLA"),
        _at(34, 775, "1097 Budapest, Illatos út 9."), _at(313, 775, "Sorszam: GYP-2027-0112"),
        _at(34, 763, "Adoszam: 10773343-2-44"), _at(34, 751, "Kozossegi adoszam: HU10773343"),
        _at(34, 738, "=" * 60),
        _at(34, 726, "VEVO....: Vértes Agrokémia Zrt."), _at(86, 713, "2800 Tatabánya, Győri út 9."),
        _at(34, 701, "Adoszam.: 14765300-2-13"),
    ])
    assert (invoice.seller.tax_number, invoice.seller.vat_number) == ("10773343-2-44", "HU10773343")
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Vértes Agrokémia Zrt.", "14765300-2-13")
