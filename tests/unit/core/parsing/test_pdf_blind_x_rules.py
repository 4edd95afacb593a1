"""A rule found on the blind set X, shown on text alone: a buyer's address beside a number's caption."""

from __future__ import annotations

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines
from services.core.parsing.pdf.values import invoice_number


def _at(x: float, y: float, text: str, width: float = 4.5) -> TextLine:
    return TextLine(0, x, y, x + width * len(text), y + 9, text)


def test_a_postcode_and_its_town_are_no_invoice_number() -> None:
    assert invoice_number("5561 Kőrösszeg, Fő tér 1.") is None
    assert invoice_number("H-1097 Budapest, Illatos út 38.") is None
    assert invoice_number("2027/0412") == "2027/0412"  # a number of digits and a slash is still one


def test_the_number_under_its_caption_not_the_buyers_address_level_with_the_caption() -> None:
    # a narrow header column (caption over value) beside the buyer's block: the block's postcode line stands
    # level with the caption "Sorszám", its value one line lower
    inv = invoice_from_lines([
        _at(224, 793, "Vevő"), _at(46, 788, "Bizonylat"),
        _at(224, 779, "Kőrösszeg Város Önkormányzata"), _at(46, 778, "Előlegszámla"),
        _at(224, 764, "5561 Kőrösszeg, Fő tér 1."), _at(46, 764, "Sorszám"),
        _at(46, 754, "HJ-E-2027-007"), _at(224, 750, "Adószám: 15725149-2-04"),
    ])
    assert inv.number == "HJ-E-2027-007"
