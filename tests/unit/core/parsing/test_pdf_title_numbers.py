"""The invoice's number by its title: a title naming the document's own kind stands over or before its number."""

from __future__ import annotations

import pytest

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def _cell(x: float, y: float, text: str) -> TextLine:
    return TextLine(0, x, y, x + 5.5 * len(text), y + 10, text)


@pytest.mark.parametrize(("title", "number"), [("Előlegszámla", "NGC-E-2027-0019"), ("Végszámla", "NGC-V-2027-0044")])
def test_a_kinds_title_over_its_number(title: str, number: str) -> None:
    lines = [_cell(40, 800, "Nehézgépjármű Centrum Kft."), _cell(490, 809, title), _cell(436, 794, number),
             _cell(48, 744, "Eladó"), _cell(48, 725, "Nehézgépjármű Centrum Kft.")]
    assert invoice_from_lines(lines).number == number


def test_a_kinds_title_with_a_number_sign_before_its_number() -> None:
    assert invoice_from_text("ELŐLEGSZÁMLA No. SZM-E-2027-004\nELADÓ\nSzínpadépítő Mester Kft.\n").number == \
        "SZM-E-2027-004"


def test_another_invoices_title_words_are_never_this_ones_number() -> None:
    assert invoice_from_text("Eredeti számla No. SZM-E-2027-004\n").number is None


def test_szamlaszam_marked_as_the_banks_is_never_the_invoices_number_label() -> None:
    lines = [_cell(500, 760, "BIZONYLATSZÁM"), _cell(491, 749, "TH-27-00514"),
             _cell(40, 733, "SZÁMLASZÁM (BANK)"), _cell(40, 723, "12010611-01556230-00100008"),
             _cell(40, 707, "Felnőttképzési nyilvántartási szám: B/2020/003117")]
    assert invoice_from_lines(lines).number == "TH-27-00514"


def test_an_english_number_label_with_a_foreign_twin_after_its_slash_keeps_the_numbers_series() -> None:
    text = "INVOICE / FACTURĂ / SZÁMLA\nInvoice No. / Nr. factură CT 000917\nDate of issue / Data emiterii 30.06.2027\n"
    assert invoice_from_text(text).number == "CT 000917"
