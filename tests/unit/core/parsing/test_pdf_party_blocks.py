"""Party blocks of trades with their own words (a clinic's patient, a school's student, a hotel's guest), a
label column whose heading sits at the middle of its block, and a name set bigger than its heading."""

from __future__ import annotations

import pytest

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.party_labels import heading
from services.core.parsing.pdf.reader import invoice_from_lines


def _line(x0: float, y0: float, x1: float, y1: float, text: str) -> TextLine:
    return TextLine(0, x0, y0, x1, y1, text)


@pytest.mark.parametrize(("text", "role"), [
    pytest.param("EGÉSZSÉGÜGYI SZOLGÁLTATÓ", "seller", id="clinic"),
    pytest.param("Szálláshely-szolgáltató:", "seller", id="hotel"),
    pytest.param("Képző intézmény", "seller", id="school"),
    pytest.param("PÁCIENS", "buyer", id="patient"),
    pytest.param("Hallgató", "buyer", id="student"),
    pytest.param("Vendég neve:", "buyer", id="guest"),
    pytest.param("Számlázási név / cím:", "buyer", id="billing-name-and-address"),
])
def test_a_trades_own_party_headings(text: str, role: str) -> None:
    found = heading(_line(48, 700, 200, 710, text))
    assert found is not None and found[0] == role and found[2] == ""


@pytest.mark.parametrize("text", ["Alföldi Szolgáltató Kft.", "Hallgatói azonosító HALL-2027-0331",
                                  "Számlázási cím: 1145 Budapest, Amerikai út 30."])
def test_a_name_or_label_starting_with_such_a_word_is_no_heading(text: str) -> None:
    assert heading(_line(48, 700, 200, 710, text)) is None


# a clinic's seller block in its value column, the buyer's postcode and tax number under it, "Vevő" level with them
_SELLER = [_line(180, 749.1, 361.7, 763.1, "VitaPont Magánklinika Zrt."),
           _line(180, 734.8, 395.0, 748.8, "1126 Budapest, Böszörményi út 19.")]
_BUYER_TAIL = [_line(180, 644.1, 396.5, 658.1, "2400 Dunaújváros, Papírgyári út 46."),
               _line(48, 636.6, 77.1, 650.6, "Vevő"), _line(180, 629.8, 334.9, 643.8, "Adószám: 12984305-2-07")]


def test_a_label_column_heading_level_with_the_middle_of_its_block() -> None:
    """"Eladó" level with the seller's tax number, "Vevő" with the buyer's postcode: each name is the top of
    the block beside its heading, and the blocks are told apart by the wider gap between them."""
    invoice = invoice_from_lines([
        *_SELLER, _line(180, 720.6, 334.9, 734.6, "Adószám: 26718439-2-43"),
        _line(48, 713.1, 81.2, 727.1, "Eladó"),
        _line(180, 706.3, 383.4, 720.3, "Közösségi adószám: HU26718439"),
        _line(180, 677.8, 452.0, 691.8, "Bankszámla: 11702036-20719934-00000000"),
        _line(180, 658.3, 325.1, 672.3, "Precíz Gépgyártó Kft."), *_BUYER_TAIL,
        _line(48, 596.1, 123.2, 610.1, "Számlaszám"), _line(180, 596.1, 291.4, 610.1, "VPK-2027-01298"),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("VitaPont Magánklinika Zrt.", "Precíz Gépgyártó Kft.")


def test_a_block_beside_its_heading_ends_at_a_wider_gap() -> None:
    """With no name atop the buyer's block, the seller's name above the gap is not taken for it."""
    invoice = invoice_from_lines([*_SELLER, *_BUYER_TAIL])
    assert invoice.buyer.name is None


def test_a_name_set_bigger_than_its_small_capitals_heading_reaches_into_it() -> None:
    invoice = invoice_from_lines([
        _line(48, 742.98, 116.9, 752.31, "SZÁMLA KIÁLLÍTÓJA"), _line(302.6, 742.98, 364.9, 752.31, "VEVŐ NEVE, CÍME"),
        _line(48, 729.35, 207.6, 745.35, "Lingua Híd Nyelviskola Kft."),
        _line(302.6, 728.66, 450.2, 745.35, "Zöldmező Logisztika Zrt."),
        _line(48, 715.3, 226.2, 729.3, "6720 Szeged, Kárász utca 11."),
        _line(302.6, 715.3, 498.0, 729.3, "2051 Biatorbágy, Rozália park 9."),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("Lingua Híd Nyelviskola Kft.", "Zöldmező Logisztika Zrt.")


@pytest.mark.parametrize(("rows", "name"), [
    pytest.param([(789.1, 801.9, "Melegház"), (776.3, 789.1, "Távhőszolgáltató"), (763.6, 776.4, "Zrt.")],
                 "Melegház Távhőszolgáltató Zrt.", id="three-lines"),
    pytest.param([(780.1, 797.4, "Kristályvíz Regionális Víziközmű"), (766.1, 781.2, "Zrt.")],
                 "Kristályvíz Regionális Víziközmű Zrt.", id="a-bigger-head"),
    pytest.param([(789.1, 801.9, "Papírsziget"), (775.5, 790.1, "Irodaszer Kft.")],
                 "Papírsziget Irodaszer Kft.", id="a-smaller-head"),
])
def test_a_letterhead_name_wrapped_over_lines_of_a_slightly_different_height(
        rows: list[tuple[float, float, str]], name: str) -> None:
    lines = [_line(17, y0, 17 + 6 * len(text), y1, text) for y0, y1, text in rows]
    invoice = invoice_from_lines([*lines, _line(181, 781, 247, 802, "Számla"),
                                  _line(17, 740, 120, 750, "7621 Pécs, Rákóczi út 19.")])
    assert invoice.seller.name == name


def test_a_customers_order_number_is_no_buyer_heading() -> None:
    invoice = invoice_from_lines([
        _line(42.8, 722.6, 147.3, 734.6, "Voltline Elektronika Kft."),
        _line(397.9, 696.6, 543.7, 707.0, "Customer PO PO-SK-2027-044"),
        _line(48.8, 641.6, 123.4, 653.6, "Invoice to / Vevő"),
        _line(48.8, 631.1, 158.3, 643.1, "Sarokkosár Üzletház Kft."),
        _line(48.8, 620.8, 200.3, 631.3, "2040 Budaörs, Szabadság út 118."),
    ])
    assert invoice.buyer.name == "Sarokkosár Üzletház Kft."


def test_a_name_cell_with_the_next_columns_label_run_into_it() -> None:
    invoice = invoice_from_lines([
        _line(48, 669.0, 107.6, 680.3, "Eladó adatai"), _line(48, 655.6, 93.9, 666.6, "Eladó neve"),
        _line(175.1, 655.6, 370.1, 666.6, "Nagybolt C+C Áruházak Kft. Eladó adószáma"),
        _line(429.4, 656.2, 493.3, 665.9, "11873226-2-44"),
    ])
    assert invoice.seller.name == "Nagybolt C+C Áruházak Kft."


def test_small_lower_case_captions_head_the_blocks_under_them() -> None:
    """"kibocsátó" and "ügyfél" as a designed header's captions: the buyer's block, a hair higher on its row, is
    not the seller's letterhead."""
    invoice = invoice_from_lines([
        _line(39.8, 729.4, 70.9, 736.9, "kibocsátó"), _line(306.2, 729.4, 326.4, 736.9, "ügyfél"),
        _line(306.2, 719.1, 501.9, 729.6, "Somlyóvári Vendégház és Étterem Kft."),
        _line(39.8, 719.1, 209.5, 729.5, "Konyhavilág Gasztrotechnika Kft."),
        _line(39.8, 708.6, 87.0, 719.0, "9027 Győr"), _line(306.2, 708.6, 375.9, 719.0, "8200 Veszprém"),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == (
        "Konyhavilág Gasztrotechnika Kft.", "Somlyóvári Vendégház és Étterem Kft.")


@pytest.mark.parametrize("text", ["vevő ilyennel rendelkezik", "ügyfél kérésére"])
def test_a_lower_case_role_word_starting_prose_is_no_heading(text: str) -> None:
    assert heading(_line(40, 700, 200, 710, text)) is None


def test_an_english_invoice_to_heading() -> None:
    found = heading(_line(56.7, 576.1, 108.4, 585.1, "Invoice To"))
    assert found is not None and found[0] == "buyer"


def test_a_heading_over_its_partys_other_labels_with_their_values_beside_them() -> None:
    """"Ügyfél" over "Ügyfél címe", "Ügyfél adószáma" and a billing period, each value in the next column: the
    name is the value beside the heading, not the next label down."""
    invoice = invoice_from_lines([
        _line(45.8, 785.0, 217.2, 803.7, "Útvonal Díjkezelő Zrt."),
        _line(423.9, 710.4, 526.6, 721.1, "Spedi-Flotta Fuvarozó Kft."), _line(302.0, 711.0, 327.6, 720.3, "Ügyfél"),
        _line(302.0, 697.7, 349.5, 708.3, "Ügyfél címe"),
        _line(423.9, 697.7, 547.6, 708.3, "2100 Gödöllő, Fenyvesi út 12."),
        _line(302.0, 675.9, 370.9, 686.6, "Ügyfél adószáma"), _line(423.9, 675.9, 545.9, 686.6, "22074311-2-13"),
        _line(302.0, 663.2, 381.3, 673.8, "Elszámolási időszak"),
        _line(423.9, 663.2, 524.5, 673.8, "2027.04.01 – 2027.04.30"),
    ])
    assert invoice.buyer.name == "Spedi-Flotta Fuvarozó Kft."


def test_a_heading_set_as_a_tag_at_the_far_right_of_its_blocks_first_row() -> None:
    invoice = invoice_from_lines([
        _line(49.0, 755.7, 170.7, 768.4, "Polyglott Nyelviskola Kft."), _line(517.9, 758.3, 546.5, 767.7, "ELADÓ"),
        _line(49.0, 744.4, 185.0, 757.1, "1137 Budapest, Pozsonyi út 38."),
        _line(49.0, 691.9, 225.3, 704.6, "Medicor Gyógyszerkereskedelmi Kft."),
        _line(523.6, 694.5, 546.5, 703.9, "VEVŐ"),
        _line(49.0, 680.7, 157.6, 693.4, "2600 Vác, Zrínyi utca 39."),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == (
        "Polyglott Nyelviskola Kft.", "Medicor Gyógyszerkereskedelmi Kft.")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Kártyabirtokos ügyfél", "buyer", id="a-kind-of-client"),
    pytest.param("Kedves ügyfél, köszönjük a vásárlást", None, id="a-greeting"),
])
def test_a_kind_of_client_alone_on_its_line_heads_the_buyers_block(text: str, expected: str | None) -> None:
    found = heading(_line(303.8, 531.7, 391.8, 542.4, text))
    assert (found[0] if found else None) == expected
