"""A seller's letterhead and a window envelope's recipient as real layouts print them: a letter-spaced letterhead
whose spaces are boxed taller than its letters, a name spelt out with an Irish or British ``Limited``, a
letterhead set flush right and wrapped there, and an envelope's sender line wrapped right over the recipient."""

from __future__ import annotations

from services.core.parsing.pdf.letters import Char, lines_from_chars
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _at(x: float, y: float, text: str, height: float = 10.0) -> TextLine:
    return TextLine(0, x, y, x + 5.5 * len(text), y + height, text)


def _tracked(text: str, x: float, y: float, kerned: frozenset[int] = frozenset()) -> list[Char]:
    """``text`` set with letter spacing in a font whose text layer boxes its letters at the glyph's height (a
    capital or an accented letter twice a small letter's) and each space at the font's full height; after the
    letters at ``kerned`` the gap is twice as wide (a pair the font sets apart)."""
    chars: list[Char] = []
    for i, ch in enumerate(text):
        if ch == " ":
            chars.append(Char(ch, x - 0.6, y - 5.4, x + 6.6, y + 17.3))
            x += 6.2
            continue
        tall = ch.isupper() or ch in "áéíóöőúüű"
        chars.append(Char(ch, x, y - (4.0 if tall else 0.0), x + 8.5, y + (15.7 if tall else 8.8)))
        x += 8.5 + (3.8 if i in kerned else 1.8)
    return chars


def test_a_letter_spaced_letterhead_whose_spaces_are_boxed_tall_keeps_its_words_and_is_the_seller() -> None:
    """The spaces stand out of the line's small letters as a watermark's letters would, but a space has no ink:
    it stays, the law office's name reads as words and ends with its kind, so the letterhead is the seller's."""
    letterhead = lines_from_chars(0, _tracked("Dr. Halmos és Társai Ügyvédi Iroda", 140, 775.2))
    assert [ln.text for ln in letterhead] == ["Dr. Halmos és Társai Ügyvédi Iroda"]
    invoice = invoice_from_lines([
        *letterhead, _at(148, 760, "1054 Budapest, Báthory utca 12. · Adószám: 18712342-2-41"),
        _at(318, 705, "Számlaszám:"), _at(431, 705, "HÜI-2027-0061"),
        _at(57, 689, "Vértes Agrokémia Zrt."), _at(57, 676, "2800 Tatabánya"),
        _at(57, 662, "Ipari park, Győri út 9."), _at(57, 648, "Adószám: 14765300-2-13"),
        _at(57, 420, "Előleg: jogi képviselet, amely a végszámlában kerül levonásra."),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number) == ("Dr. Halmos és Társai Ügyvédi Iroda", "18712342-2-41")
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Vértes Agrokémia Zrt.", "14765300-2-13")


def test_in_a_letter_spaced_line_that_draws_its_spaces_a_kerned_pairs_wider_gap_is_no_word_end() -> None:
    """Most pairs of letters stand two points apart, a few four (after "g", "u"): wider than a word gap by the
    rule for letter-spaced text, but the text draws its own spaces between words, and they alone part them."""
    text = "Metrológia Plusz Labor Kft."
    chars = _tracked(text, 137, 786.4, kerned=frozenset({text.index("g"), text.index("u")}))
    assert [ln.text for ln in lines_from_chars(0, chars)] == [text]


def test_a_name_ending_with_limited_spelt_out_is_a_company_name() -> None:
    """An Irish or British company prints its form in full: the letterhead over its address is the seller."""
    invoice = invoice_from_lines([
        _at(45, 784, "Tax Invoice"), _at(34, 751, "Nimbara Cloud Services Ireland Limited"),
        _at(34, 740, "Block C, Harcourt Centre"), _at(34, 730, "Harcourt Road, Dublin 2, D02 HW77"),
        _at(34, 709, "VAT Reg. No.: IE3381724KH"),
        _at(34, 629, "Bill to"), _at(34, 618, "Bitrend Informatikai Tanácsadó Kft."),
        _at(34, 607, "1119 Budapest"), _at(34, 576, "Customer VAT number: HU27455609"),
    ])
    assert (invoice.seller.name, invoice.seller.vat_number) == ("Nimbara Cloud Services Ireland Limited", "IE3381724KH")
    assert invoice.buyer.name == "Bitrend Informatikai Tanácsadó Kft."


def _flush_right(x1: float, y: float, text: str, height: float) -> TextLine:
    return TextLine(0, x1 - 9.0 * len(text), y, x1, y + height, text)


_GERMAN_LETTER = [
    _flush_right(544.5, 783.1, "Schwarzwald", 16.3), _flush_right(544.5, 766.3, "Präzisionswerkzeuge GmbH", 18.6),
    TextLine(0, 51, 761.7, 293.6, 771.1, "Schwarzwald Präzisionswerkzeuge GmbH · Industriestraße 14, 78048"),
    TextLine(0, 51, 753.5, 183.1, 762.8, "Villingen-Schwenningen, Deutschland"),
    TextLine(0, 51, 733.8, 140.6, 747.1, "Kővár Építő Zrt."),
    TextLine(0, 51, 722.5, 236.7, 735.9, "1117 Budapest, Hengermalom út 41."),
    TextLine(0, 51, 711.3, 167.3, 724.6, "Ungarn / Magyarország"),
    TextLine(0, 51, 688.8, 180.2, 702.1, "Adószám: 24618395-2-43"),
    TextLine(0, 321, 745.3, 377.4, 755.8, "Számlaszám"), TextLine(0, 461.9, 745.3, 538.8, 755.8, "RE-2027-10783"),
]


def test_a_letterhead_set_flush_right_and_wrapped_there_is_read_whole() -> None:
    """The seller's name wraps at the right margin, its lines ending level: the head over the form is its start."""
    assert invoice_from_lines(_GERMAN_LETTER).seller.name == "Schwarzwald Präzisionswerkzeuge GmbH"


def test_the_tail_of_an_envelopes_sender_line_over_the_window_does_not_start_the_recipients_name() -> None:
    """The sender line over the recipient wraps onto a second line of its own small type, right under its
    first: that tail carries on a line, where the recipient's name starts the window's block."""
    invoice = invoice_from_lines(_GERMAN_LETTER)
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Kővár Építő Zrt.", "24618395-2-43")


def test_a_scans_separator_dot_read_as_a_colon_after_the_letterheads_form_ends_the_name() -> None:
    """OCR turns the sender line's "·" into ":": after a company's form a colon is no label's; the name ends there."""
    invoice = invoice_from_lines([
        _at(40, 736, "Lindner Messtechnik GmbH : Industriestra8e 14, D-73037 Göppingen", 8.7),
        _at(40, 727, "Pannon Precíziós Gépgyártó Zrt.", 9.1), _at(40, 716, "9027 Győr, Kandó Kálmán u. 5.", 9.1),
        _at(40, 707, "Adószám / Steuernummer: 13579241-2-08", 8.2),
        _at(347, 678, "Számla száma /"), _at(481, 678, "RE-2027-04471"),
        _at(41, 608, "Számla / Rechnung", 13.6), _at(40, 300, "Steuerschuldnerschaft des Leistungsempfängers."),
    ])
    assert invoice.seller.name == "Lindner Messtechnik GmbH"
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Pannon Precíziós Gépgyártó Zrt.", "13579241-2-08")


def test_a_one_line_imprint_whose_separator_dots_a_scan_read_as_colons_names_its_seller() -> None:
    """The footer's heading, the name, then the address after a misread separator: the name ends at its form."""
    invoice = invoice_from_lines([
        _at(43, 745, "Számla száma"), _at(187, 745, "PS-2027-0611458"),
        _at(269, 745, "Vevő"), _at(414, 745, "Pannon Precíziós Gépgyártó Zrt."),
        _at(269, 729, "Vevő címe"), _at(414, 729, "9027 Győr, Kandó Kálmán u. 5."),
        TextLine(0, 64, 40, 531, 48, "Kiállító: Nemzeti Postaszolgáltató Zrt. : 1138 Budapest, Dunavirág u. 2-6. : "
                                     "Adószám: 10731778-2-44 - Közösségi adószám: HU10731778"),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number) == ("Nemzeti Postaszolgáltató Zrt.", "10731778-2-44")
