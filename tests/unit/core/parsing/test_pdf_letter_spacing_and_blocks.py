"""Letter-spaced headings, small-capital initials, wrapped party names and the totals of many items."""

from __future__ import annotations

from decimal import Decimal

from services.core.parsing.pdf.letters import Char, lines_from_chars
from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def _spaced(text: str, x: float, y: float, gap: float, width: float = 5.0, size: float = 8.0) -> list[Char]:
    """``text`` with ``gap`` points between its letters (CSS letter-spacing), a space a letter's width."""
    out: list[Char] = []
    for ch in text:
        out.append(Char(ch, x, y, x + width, y + size))
        x += width + gap
    return out


def _texts(chars: list[Char]) -> list[str]:
    return [ln.text for ln in lines_from_chars(0, chars)]


def test_a_letter_spaced_heading_reads_as_its_words() -> None:
    # the gap between letters is 0.75 pt, one of them 0.91 pt: over pdfminer's 0.8 pt word gap
    chars = _spaced("SZÁML", 10, 700, 0.75) + _spaced("A", 10 + 5 * 5.75 + 0.16, 700, 0.75)
    end = chars[-1].x1
    chars += [Char(" ", end, 700, end + 3, 709), *_spaced("KELTE", end + 3.6, 700, 0.75)]  # a space drawn
    assert _texts(chars) == ["SZÁMLA KELTE"]
    assert _texts(_spaced("SZÁMLA", 10, 700, 4.5, size=16)) == ["SZÁMLA"]  # "S Z Á M L A" to pdfminer


def test_words_of_a_letter_spaced_line_stay_apart_and_plain_text_is_untouched() -> None:
    chars = _spaced("ELADÓ", 10, 700, 0.9) + _spaced("ADATAI", 10 + 5 * 5.9 + 4, 700, 0.9)  # no space drawn
    assert _texts(chars) == ["ELADÓ ADATAI"]
    plain = _spaced("Net", 10, 700, 0.0, size=10) + _spaced("tó", 10 + 15 + 1.1, 700, 0.0, size=10)
    assert _texts(plain) == ["Net tó"]  # pdfminer's rule where letters touch


def test_a_small_capital_initial_twice_the_height_of_the_rest_is_kept() -> None:
    initial = [Char("M", 10, 698, 19.7, 709)]  # boxed at the font's height; the small capitals at the glyph's
    rest = _spaced("egrendelő", 19.7 + 0.4, 700, 0.8, width=4.5, size=5.0)
    assert _texts(initial + rest) == ["Megrendelő"]
    watermark = _spaced("Pannon Kft.", 10, 700, 0.0, size=10) + _spaced("MINTA", 80, 692, 0.0, width=20, size=30)
    assert _texts(watermark) == ["Pannon Kft."]


def _at(x: float, y: float, text: str) -> TextLine:
    return TextLine(0, x, y, x + 5.5 * len(text), y + 10, text)


def test_szolgaltato_alone_on_its_line_heads_the_seller_block() -> None:
    inv = invoice_from_lines([
        _at(40, 700, "Szolgáltató"), _at(40, 689, "Dr. Szabó és Társa Ügyvédi Iroda"),
        _at(40, 678, "Adószám: 18722901-2-41"),
        _at(300, 700, "Megrendelő"), _at(300, 689, "Korona Rendezvényház Kft."),
        _at(300, 678, "Adószám: 27393163-2-41"),
    ])
    assert (inv.seller.name, inv.seller.tax_number) == ("Dr. Szabó és Társa Ügyvédi Iroda", "18722901-2-41")
    assert (inv.buyer.name, inv.buyer.tax_number) == ("Korona Rendezvényház Kft.", "27393163-2-41")


def test_a_company_name_wrapped_onto_a_second_line_is_joined_and_its_vat_number_read_under_its_label() -> None:
    inv = invoice_from_lines([
        _at(40, 700, "Kibocsátó"), _at(40, 689.5, "Reflektor Reklámügynökség"), _at(40, 679, "Kft."),
        _at(40, 668.5, "1037 Budapest, Bécsi út 269."), _at(40, 658, "Adószám: 26607951-2-41"),
        _at(40, 647.5, "Közösségi adószám:"), _at(40, 637, "HU26607951"),
        _at(300, 700, "Vevő"), _at(300, 689.5, "Zöldmező"), _at(300, 679, "Agrárkereskedelmi Zrt."),
        _at(300, 668.5, "6000 Kecskemét, Izsáki út 8."),
    ])
    assert inv.seller.name == "Reflektor Reklámügynökség Kft."
    assert inv.seller.vat_number == "HU26607951"
    assert inv.seller.address is not None and inv.seller.address.postal_code == "1037"
    assert inv.buyer.name == "Zöldmező Agrárkereskedelmi Zrt."


def test_a_name_that_ends_with_its_form_is_not_joined_to_the_next_line() -> None:
    inv = invoice_from_lines([_at(40, 700, "Vevő"), _at(40, 689.5, "Duna Kft."), _at(40, 679, "Raktár Zrt.")])
    assert inv.buyer.name == "Duna Kft."


def test_the_vat_of_many_rounded_items_may_pass_the_top_rate_of_the_net_by_a_little() -> None:
    inv = invoice_from_text("SZÁMLA\nSzámla sorszáma: A-1\n2025.09.30. 28,00 l 488,00 43 387 27% 11 714 55 101\n"
                            "Nettó összesen:\n2 095 122 Ft\nÁFA 27%:\n565 686 Ft\nBruttó összesen (fizetendő):\n"
                            "2 660 808 Ft\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal(2095122), Decimal(565686), Decimal(2660808))


def _fixed_pitch(text: str, x: float = 36.8, y: float = 700.0, pitch: float = 5.17) -> list[Char]:
    """A dot-matrix line: every character, spaces too, drawn one pitch after the other."""
    return [Char(ch, x + i * pitch, y, x + (i + 1) * pitch, y + 10) for i, ch in enumerate(text)]


def test_a_fixed_pitch_prints_columns_padded_with_spaces_are_cells_of_their_own() -> None:
    lines = lines_from_chars(0, [*_fixed_pitch("SZALLITO:" + " " * 36 + "VEVO:"), Char("\n", 0, 0, 0, 0),
                                 *_fixed_pitch("Vasbeton Kft." + " " * 32 + "Tiszamenti Zrt.", y=688),
                                 Char("\n", 0, 0, 0, 0), *_fixed_pitch("Koz.adosz.: HU12663910", y=676)])
    assert [ln.text for ln in lines] == ["SZALLITO:", "VEVO:", "Vasbeton Kft.", "Tiszamenti Zrt.",
                                         "Koz.adosz.: HU12663910"]
    invoice = invoice_from_lines(lines)
    assert (invoice.seller.name, invoice.buyer.name) == ("Vasbeton Kft.", "Tiszamenti Zrt.")
    assert invoice.seller.vat_number == "HU12663910"
