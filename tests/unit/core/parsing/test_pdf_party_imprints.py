"""A party's details printed away from its block: a bill's issuer named only in the imprint on its last page,
a VAT number whose label ends one line of a one-line imprint and whose value starts the next, one after a
label set in small capitals, and one whose owner its tax number's taxpayer ID tells."""

from __future__ import annotations

from services.core.parsing.pdf.letters import Char, lines_from_chars
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _at(x: float, y: float, text: str, page: int = 0) -> TextLine:
    return TextLine(page, x, y, x + 5.5 * len(text), y + 10, text)


def test_a_bills_issuer_named_only_in_the_imprint_on_its_last_page() -> None:
    """Page 1 is the subscriber's block and a call list under a title that is no company's name alone; the
    provider's name, address and numbers are the imprint sentence on the last page."""
    invoice = invoice_from_lines([
        _at(47, 775, "Hangraj Távközlési Nyrt. – Távközlési számla"),
        _at(40, 752, "Előfizető / Számlázási cím"), _at(40, 741, "Duna-Print Nyomdaipari Kft."),
        _at(40, 731, "1097 Budapest, Illatos út 38."), _at(40, 720, "Adószám: 25801475-2-43"),
        _at(316, 750, "Számlaszám:"), _at(407, 750, "T-700451236988"),
        *(_at(41, 600 - 14 * n, f"{n + 1:02d}. nap   +36 30 44{n:05d}   {n + 3} perc") for n in range(5)),
        _at(40, 780, "Díjtételek", page=1),
        _at(40, 571, "Szolgáltató: Hangraj Távközlési Nyrt., 1097 Budapest, Könyves Kálmán krt. 36., "
                     "adószám 10773343-2-44, közösségi adószám HU10773343", page=1),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number, invoice.seller.vat_number) == (
        "Hangraj Távközlési Nyrt.", "10773343-2-44", "HU10773343")
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Duna-Print Nyomdaipari Kft.", "25801475-2-43")


def test_a_vat_number_whose_label_ends_one_imprint_line_and_whose_value_starts_the_next() -> None:
    """A footer imprint wrapped between the VAT number's label and the number, the bank account after it."""
    invoice = invoice_from_lines([
        _at(40, 790, "Számla"), _at(470, 783, "OBJ-B-2027-0301"),
        _at(40, 691, "Számlázási cím"), _at(40, 679, "Zöldfény Filmgyártó Kft."),
        _at(40, 668, "1145 Budapest, Amerikai út 61."), _at(40, 657, "Adószám: 26391508-2-42"),
        _at(40, 645, "Közösségi adószám: HU26391508"),
        TextLine(0, 40, 48.2, 516, 56.5, "Kibocsátó: Objektív Filmtechnika Kft. · 1214 Budapest, II. Rákóczi Ferenc "
                                         "út 189. · Adószám: 24588061-2-43 · Közösségi adószám:"),
        TextLine(0, 40, 40.0, 207, 48.3, "HU24588061 · 10700024-70123456-51100005"),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number, invoice.seller.vat_number) == (
        "Objektív Filmtechnika Kft.", "24588061-2-43", "HU24588061")
    assert (invoice.buyer.tax_number, invoice.buyer.vat_number) == ("26391508-2-42", "HU26391508")


def _small_caps(word: str, x: float, y: float) -> tuple[list[Char], float]:
    """``word`` in small capitals: a capital initial boxed at the font's height, the rest at the glyph's (5 pt)."""
    chars = [Char(word[0], x, y - 2.4, x + 6.8, y + 9.2)] if word[0].isupper() else []
    x += 6.8 if chars else 0.0
    for ch in word[len(chars):]:
        chars.append(Char(ch, x, y, x + 4.3, y + 5.0))
        x += 4.6
    return chars, x


def test_a_value_in_full_size_after_a_label_in_small_capitals_is_no_watermark() -> None:
    """The label's small letters outnumber the value's (its second word starts in lower case, a small capital
    too): the value is the size of the label's initial, not a watermark's, and stays on the line."""
    first, x = _small_caps("Közösségi", 40, 701.7)
    second, x = _small_caps("adószám", x + 3.3, 701.7)
    value = [Char(ch, x + 3.3 + 5.7 * n, 699.3, x + 9.0 + 5.7 * n, 710.9) for n, ch in enumerate(":" + " HU25147832")]
    lines = lines_from_chars(0, [*first, Char(" ", first[-1].x1, 699.3, first[-1].x1 + 3.3, 710.9), *second, *value])
    assert [ln.text.replace(" ", "") for ln in lines] == ["Közösségiadószám:HU25147832"]
    invoice = invoice_from_lines([
        _at(40, 790, "Vevő"), _at(40, 778, "Fényjel Média Ügynökség Kft."),
        _at(40, 766, "1062 Budapest, Lendvay u. 14."),
        _at(40, 754, "Adószám: 25147832-2-42"), *[TextLine(0, ln.x0, 740, ln.x1, 750, ln.text) for ln in lines],
    ])
    assert invoice.buyer.vat_number == "HU25147832"


def test_a_vat_number_printed_after_the_tax_number_it_is_made_of_needs_no_label() -> None:
    """A statement's label column ("Ügyfél adószáma") and its value column far to its right: the value cell prints
    both numbers, and the VAT number carrying the tax number's taxpayer ID is that party's."""
    invoice = invoice_from_lines([
        _at(46, 785, "Útvonal Díjkezelő Zrt."), _at(446, 773, "Adószám: 25581177-2-41"),
        _at(302, 711, "Ügyfél"), _at(424, 710, "Spedi-Flotta Fuvarozó Kft."),
        _at(302, 698, "Ügyfél címe"), _at(424, 698, "2100 Gödöllő, Fenyvesi nagyút"),
        _at(302, 676, "Ügyfél adószáma"), _at(424, 676, "22074311-2-13 / HU22074311"),
    ])
    assert (invoice.buyer.tax_number, invoice.buyer.vat_number) == ("22074311-2-13", "HU22074311")
    assert (invoice.seller.tax_number, invoice.seller.vat_number) == ("25581177-2-41", None)


def test_a_vat_number_beside_its_tax_number_goes_with_that_taxpayer_not_in_order() -> None:
    """The buyer's EU VAT number printed to the right of its tax number, out of its heading's column: it carries the
    buyer's taxpayer ID, so it is not the seller's (the first party without one)."""
    invoice = invoice_from_lines([
        _at(51, 781, "Tengely Alkatrész Kereskedés Kft."), _at(51, 770, "9200 Mosonmagyaróvár, Gabona rakpart 5."),
        _at(51, 760, "Adószám: 22457084-2-08"),
        _at(51, 739, "VEVŐ:"), _at(51, 728, "Spedi-Flotta Fuvarozó Kft."),
        _at(51, 718, "2100 Gödöllő, Fenyvesi nagyút 12."),
        _at(51, 707, "Adószám: 22074311-2-13"), _at(191, 707, "EU adószám: HU22074311"),
    ])
    assert (invoice.seller.tax_number, invoice.seller.vat_number) == ("22457084-2-08", None)
    assert (invoice.buyer.tax_number, invoice.buyer.vat_number) == ("22074311-2-13", "HU22074311")
