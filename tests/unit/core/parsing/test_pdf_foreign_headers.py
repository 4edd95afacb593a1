"""Header and totals rules of import and export invoices: a UK tax point, a Czech taxable supply, "£"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text
from services.core.parsing.pdf.values import amounts_in


def _at(x: float, y: float, text: str) -> TextLine:
    return TextLine(0, x, y, x + 3.5 * len(text), y + 10, text)


def test_a_wrapped_bilingual_delivery_date_label() -> None:
    # "Datum isporuke / Date of" over "delivery", its date to the right between the two lines
    invoice = invoice_from_lines([
        _at(336, 710, "Datum izdavanja / Date of"), _at(438, 705, "12.02.2027"), _at(336, 700, "issue"),
        _at(336, 687, "Datum isporuke / Date of"), _at(438, 682, "11.02.2027"), _at(336, 677, "delivery"),
    ])
    assert invoice.fulfilment_date == date(2027, 2, 11)


def test_an_empty_fulfilment_label_beside_another_dates_field() -> None:
    # a proforma leaves "TELJESÍTÉS:" empty; the due date's field to its right is not its value
    invoice = invoice_from_lines([
        _at(40, 700, "DÍJBEKÉRŐ"), _at(40, 665, "KIÁLLÍTÁS: 2027-03-15"), _at(173, 665, "TELJESÍTÉS:"),
        _at(311, 665, "ESEDÉKESSÉG: 2027-03-22"),
    ])
    assert (invoice.fulfilment_date, invoice.due_date) == (None, date(2027, 3, 22))


def test_a_number_sign_before_the_number_beside_the_title() -> None:
    invoice = invoice_from_lines([TextLine(0, 40, 779, 120, 802, "Számla"), _at(474, 781, "#HXC-2027-00073")])
    assert invoice.number == "HXC-2027-00073"


def test_the_pound_sign_is_gbp() -> None:
    assert amounts_in("£4,529.00") == ((Decimal("4529.00"), "GBP"),)
    assert invoice_from_text("TAX INVOICE\nInvoice No. INV-1\nTotal due £4,529.00").currency == "GBP"


def test_a_stacked_totals_block_beats_the_largest_item_row() -> None:
    # a zero-rated export: every item row adds up (net, 0, gross); the totals block, each amount beside its
    # label one under another, is the invoice's
    invoice = invoice_from_lines([
        _at(44, 578, "Gauge set"), _at(367, 578, "1,544.00"), _at(451, 578, "0% 0.00"), _at(511, 578, "1,544.00"),
        _at(44, 560, "Fixture"), _at(367, 560, "2,840.00"), _at(451, 560, "0% 0.00"), _at(511, 560, "2,840.00"),
        _at(44, 542, "Carriage"), _at(367, 542, "145.00"), _at(451, 542, "0% 0.00"), _at(511, 542, "145.00"),
        _at(438, 514, "Subtotal"), _at(500, 514, "£4,529.00"),
        _at(459, 497, "VAT"), _at(520, 497, "£0.00"),
        _at(427, 479, "Total GBP"), _at(496, 479, "£4,529.00"),
    ])
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (Decimal("4529.00"), 0, Decimal("4529.00"))


def test_a_euro_pallet_is_no_currency() -> None:
    # "EUR raklap" names a pallet; totals that name no currency anywhere are forints (Áfa tv. 80. §)
    invoice = invoice_from_text("SZTORNÓ SZÁMLA\nBizonylatszám: RPK-S-1\nEUR raklap, új, EPAL\n"
                                "-828 000   27%   -223 560   -1 051 560\nÖsszesen   -828 000   -223 560   -1 051 560")
    assert (invoice.currency, invoice.gross_total) == ("HUF", Decimal("-1051560"))
