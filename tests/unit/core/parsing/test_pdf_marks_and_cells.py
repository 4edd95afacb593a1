"""Currency by the marks on amounts, not a word in an item; a note's "jóváírásra" is no title; a foreign
seller's invoice gets no fulfilment date inferred; party cells of fixed-pitch prints, colon labels, one-line
foreign blocks."""

from __future__ import annotations

from services.core.invoice import InvoiceKind
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def _line(x0: float, y0: float, x1: float, y1: float, text: str) -> TextLine:
    return TextLine(0, x0, y0, x1, y1, text)


_FORINT_INVOICE = (
    "Fehér Sertéstelep Kft.\nSZÁMLA\nSzámlaszám: FS-2027/0412\nKelt: 2027.04.12.\n"
    "RK-EUR EUR raklap (visszaváltható) 10 db 3 500 35 000\n"
    "Nettó összesen: 35 000\nÁFA összesen: 9 450\nBruttó összesen: 44 450\n"
)


def test_a_euro_pallet_on_a_forint_invoice_is_no_currency() -> None:
    assert invoice_from_text(_FORINT_INVOICE).currency == "HUF"


def test_a_totals_label_names_its_columns_currency_in_brackets() -> None:
    invoice = invoice_from_text("SZTORNÓ SZÁMLA\nSzámlaszám: EUR-SZT-2026/0019\nNettó (EUR): -1 000,00\n"
                                "ÁFA 27% (EUR): -270,00\nBruttó (EUR): -1 270,00\nÁFA forintban: (105 786) HUF\n")
    assert invoice.currency == "EUR"


def test_a_notes_promise_of_a_credit_is_no_credit_note() -> None:
    invoice = invoice_from_text(_FORINT_INVOICE + "A betétdíjas hűtődobozok visszaszállításkor jóváírásra kerülnek.\n")
    assert invoice.kind is InvoiceKind.NORMAL


def test_a_foreign_sellers_invoice_gets_no_fulfilment_date_from_its_issue_date() -> None:
    invoice = invoice_from_text("INVOICE\nInvoice number: CH-INV-2027-058213\nDate of issue: 1 May 2027\n"
                                "Seller: Cloudharbor Software Ltd.\nVAT No.: IE3817245KH\nTotal: €594.00\n")
    assert invoice.issue_date is not None and invoice.fulfilment_date is None


def test_a_fixed_pitch_heading_with_its_colon_in_the_value_cell_and_an_unaccented_label_under_it() -> None:
    invoice = invoice_from_lines([
        _line(36.8, 780.0, 163.0, 791.2, "Őrszem Vagyonvédelmi Kft."),
        _line(72.1, 711.8, 193.4, 723.0, ": Rábaközi Gépipari Kft."), _line(36.8, 712.4, 57.0, 722.2, "VEVO"),
        _line(72.1, 700.5, 218.6, 711.7, ": 9300 Csorna, Soproni út 55."), _line(36.8, 701.2, 51.9, 711.0, "CIM"),
        _line(36.8, 689.3, 147.9, 700.5, "ADOSZAM: 25660814-2-08"),
    ])
    assert invoice.buyer.name == "Rábaközi Gépipari Kft."


def test_a_heading_with_its_colon_takes_the_name_in_the_cell_after_it_not_a_table_header_under_it() -> None:
    invoice = invoice_from_lines([
        _line(36.8, 788.1, 209.6, 802.1, "Nyomdaklub Nyomda Kft."),
        _line(115.3, 695.3, 196.9, 706.6, "Vértes Kiadó Kft."), _line(39.8, 695.9, 92.7, 705.8, "Megrendelő:"),
        _line(115.3, 683.3, 224.1, 694.6, "2800 Tatabánya, Fő tér 4."), _line(39.8, 683.9, 59.2, 693.8, "Cím:"),
        _line(39.8, 671.3, 180.9, 682.6, "Vevő adószáma: 11947361-2-42"),
        _line(39.0, 647.4, 112.8, 656.1, "Ssz. Megnevezés"), _line(314.9, 647.4, 365.1, 656.1, "Menny. Me."),
        _line(391.9, 647.4, 454.3, 656.1, "egységár ÁFA"),
    ])
    assert invoice.buyer.name == "Vértes Kiadó Kft."


def test_a_label_value_cell_beside_a_heading_is_not_its_name() -> None:
    invoice = invoice_from_lines([
        _line(40, 700, 90, 710, "Páciens:"), _line(150, 700, 300, 710, "Páciens azonosító: 2024/1183"),
        _line(40, 688, 120, 698, "Varga Ildikó"), _line(40, 676, 180, 686, "8200 Veszprém, Óváros tér 3."),
    ])
    assert invoice.buyer.name == "Varga Ildikó"


def test_a_one_line_foreign_block_is_named_up_to_the_comma_after_its_legal_form() -> None:
    invoice = invoice_from_lines([
        _line(155.3, 707.3, 505.2, 718.6, "Dr. Bánhidi és Társa Ügyvédi Iroda, 1054 Budapest, Honvéd utca 38."),
        _line(40.5, 709.7, 89.7, 718.4, "Eladó / Seller"),
        _line(155.3, 678.8, 482.8, 690.1, "Zeevaart Trading B.V., Wilhelminakade 91, 3072 AP Rotterdam, Nederland"),
        _line(40.5, 681.2, 88.0, 689.9, "Vevő / Buyer"),
        _line(155.3, 668.3, 374.9, 679.6, "Közösségi adószám / EU VAT No.: NL859013746B01"),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("Dr. Bánhidi és Társa Ügyvédi Iroda", "Zeevaart Trading B.V.")


def test_a_block_printed_as_one_line_under_its_heading_with_bars_between_name_address_and_numbers() -> None:
    invoice = invoice_from_lines([
        _line(45.4, 707.5, 69.5, 715.8, "ÜGYFÉL"),
        _line(45.4, 696.0, 415.3, 707.3,
              "Borsodi Műszaki Műanyag Kft. | 3700 Kazincbarcika, Bolyai tér 1. | Adószám: 14875928-2-08"),
    ])
    assert invoice.buyer.name == "Borsodi Műszaki Műanyag Kft."


def test_a_croatian_and_a_british_suppliers_vat_numbers() -> None:
    croatian = invoice_from_text("Jadran Plastika d.o.o.\nOIB / PDV ID: HR61840297355\nRAČUN / INVOICE\n"
                                 "Kupac / Buyer:\nDuna Kft.\n")
    british = invoice_from_text("Thames Precision Ltd.\nVAT Reg No: GB318476209\nINVOICE\nBill to:\nDuna Kft.\n")
    assert (croatian.seller.vat_number, british.seller.vat_number) == ("HR61840297355", "GB318476209")
