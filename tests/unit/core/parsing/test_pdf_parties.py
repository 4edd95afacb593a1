"""Seller and buyer found by their headings, wherever the layout puts the name; never a header or a label."""

from __future__ import annotations

import pytest

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.party_labels import heading, party_name
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text


def _at(x: float, y: float, text: str, page: int = 0) -> TextLine:
    return TextLine(page, x, y, x + 5.5 * len(text), y + 10, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        pytest.param("Eladó", "seller", id="eladó"), pytest.param("Szállító:", "seller", id="szállító"),
        pytest.param("Kibocsátó", "seller", id="kibocsátó"), pytest.param("Számlakibocsátó:", "seller", id="számlakib"),
        pytest.param("Eladó /Seller", "seller", id="bilingual-seller"),
        pytest.param("Szállító (Eladó)", "seller", id="synonym-in-brackets"),
        pytest.param("ELADÓ ADATAI", "seller", id="adatai"), pytest.param("Vevő", "buyer", id="vevő"),
        pytest.param("Megrendelő:", "buyer", id="megrendelő"), pytest.param("Vásárló", "buyer", id="vásárló"),
        pytest.param("Vevő/Buyer:", "buyer", id="bilingual-buyer"), pytest.param("Vevő neve:", "buyer", id="neve"),
        pytest.param("Buyer", "buyer", id="english"),
    ],
)
def test_party_headings(text: str, role: str) -> None:
    found = heading(_at(40, 700, text))
    assert found is not None and found[0] == role and found[2] == ""


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Szállítólevél szám(ok)", id="delivery-note-label"),
        pytest.param("Vevőkód: 1234", id="customer-code"),
        pytest.param("Vevő adószáma: 12345678-2-41", id="a-label-about-the-buyer"),
        pytest.param("/Sold by", id="english-sub-label"),
        pytest.param("Értékesítő Kft.", id="a-name-that-starts-with-a-role-word"),
    ],
)
def test_not_party_headings(text: str) -> None:
    assert heading(_at(40, 700, text)) is None


@pytest.mark.parametrize(
    "text",
    ["/Sold by", "/Client", "(Seller)", "tétel 1", "levél szám(ok)", "Megnevezés", "Adószám: 12345678-2-41",
     "1095 Budapest, Fő u. 1.", "M I N T A", "MINTA", "A", "Vevő:", "Név:", "2025/000123", "Customer"],
)
def test_what_is_never_a_name(text: str) -> None:
    assert party_name(text) is None


@pytest.mark.parametrize("text", ["Duna Papír Kft.", "Szabó Anna", "Webshop Bt.", "Rheinwerk GmbH", "Bankár Kft."])
def test_names(text: str) -> None:
    assert party_name(text) == text


def test_bilingual_boxes_skip_the_english_sub_label_under_each_heading() -> None:
    lines = [_at(40, 760, "Eladó"), _at(40, 750, "/Sold by"), _at(40, 736, "Duna Papír Kft."),
             _at(40, 722, "1095 Budapest, Soroksári út 30."), _at(40, 708, "Adószám: 12345676-2-42"),
             _at(320, 760, "Vevő"), _at(320, 750, "/Client"), _at(320, 736, "Kékes Építő Bt."),
             _at(320, 722, "3200 Gyöngyös, Fő tér 3."), _at(320, 708, "Adószám: 24681357-2-13")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Duna Papír Kft.", "Kékes Építő Bt.")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == ("12345676-2-42", "24681357-2-13")
    assert inv.seller.address is not None and inv.seller.address.city == "Budapest"
    assert (inv.provenance["seller.name"].page, inv.provenance["seller.name"].label) == (1, "Eladó")


def test_a_delivery_note_label_above_the_seller_block_is_not_the_seller() -> None:
    lines = [_at(40, 720, "Szállítólevél szám(ok)"), _at(200, 720, "SZL-2025-9"), _at(40, 690, "Szállító"),
             _at(320, 690, "Vevő: Szabó Anna"), _at(40, 675, "Napfény Webshop Kft.")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Napfény Webshop Kft.", "Szabó Anna")


def test_a_role_word_in_a_table_header_row_is_not_a_party_heading() -> None:
    lines = [_at(40, 600, "Tétel"), _at(100, 600, "Megrendelő"), _at(200, 600, "Megnevezés"), _at(320, 600, "Menny."),
             _at(400, 600, "Bruttó"), _at(40, 587, "tétel 1"), _at(100, 587, "Kovács Kft."),
             _at(40, 700, "Vevő: Alma Bolt Bt.")]
    assert invoice_from_lines(lines).buyer.name == "Alma Bolt Bt."


def test_a_name_in_the_box_to_the_right_of_its_label() -> None:
    lines = [_at(40, 700, "Eladó neve:"), _at(160, 700, "Pannon Fa Kft."), _at(40, 686, "Vevő neve:"),
             _at(160, 686, "Rába Bútor Zrt.")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Pannon Fa Kft.", "Rába Bútor Zrt.")


def test_a_tax_number_on_a_line_that_names_the_buyer_is_the_buyers() -> None:
    inv = invoice_from_text("Eladó: Duna Papír Kft.\nAdószám: 12345676-2-42\nVevő: Kékes Bt.\n"
                            "Eladó bankszámlaszáma: 11111111-22222222\nVevő adószáma: 24681357-2-13\n")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == ("12345676-2-42", "24681357-2-13")
    assert inv.provenance["buyer.tax_number"].label == "on a line naming the party"


def test_a_bill_whose_first_page_is_a_cover_letter_is_read_off_its_second_page() -> None:
    inv = invoice_from_text("Tisztelt Ügyfelünk!\nMellékelten küldjük e havi számláját.\n\f"
                            "SZÁMLA\nSzámla sorszáma: ELM-2025-0099\nSzámla kelte: 2025.10.05\n"
                            "Eladó\nVillamos Energia Zrt.\nAdószám: 10203040-2-44\nVevő\nKiss Péter\n")
    assert (inv.number, inv.issue_date.isoformat() if inv.issue_date else None) == ("ELM-2025-0099", "2025-10-05")
    assert (inv.seller.name, inv.seller.tax_number, inv.buyer.name) == (
        "Villamos Energia Zrt.", "10203040-2-44", "Kiss Péter")
    assert inv.provenance["number"].page == 2


def test_page_one_wins_and_a_sentence_of_the_terms_on_a_later_page_is_no_heading() -> None:
    inv = invoice_from_text("Számla sorszáma: A-1\nEladó: Duna Kft.\n\f"
                            "Számla sorszáma: B-2\nVevő köteles a számlát határidőre kiegyenlíteni.\n")
    assert (inv.number, inv.seller.name, inv.buyer.name) == ("A-1", "Duna Kft.", None)


def test_on_a_later_page_only_a_heading_alone_on_its_line_counts() -> None:
    inv = invoice_from_text("Tisztelt Ügyfelünk!\n\fVevő köteles fizetni\nEladó\nDuna Kft.\n")
    assert (inv.seller.name, inv.buyer.name) == ("Duna Kft.", None)


def test_a_heading_joined_by_the_next_columns_label_is_still_the_heading() -> None:
    inv = invoice_from_text("Eladó Megrendelésszám PO-88\nTiszavirág Kereskedelmi Kft.\n5000 Szolnok, Kossuth tér 1.\n")
    assert inv.seller.name == "Tiszavirág Kereskedelmi Kft."


def test_the_name_runs_up_to_the_next_label_on_the_headings_line() -> None:
    inv = invoice_from_text("Eladó: Duna Papír Kft. Adószám: 12345676-2-42\nVevő: Kékes Bt.\n")
    assert (inv.seller.name, inv.seller.tax_number, inv.buyer.name) == ("Duna Papír Kft.", "12345676-2-42", "Kékes Bt.")


def test_headings_in_a_band_with_other_labels_are_not_a_table_header() -> None:
    lines = [_at(40, 760, "Eladó"), _at(200, 760, "Vevő"), _at(360, 760, "Számla sorszáma"), _at(480, 760, "Kelt"),
             _at(40, 746, "Duna Papír Kft."), _at(200, 746, "Kékes Bt."), _at(360, 746, "A-1"),
             _at(480, 746, "2025.01.02")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Duna Papír Kft.", "Kékes Bt.")


def test_a_sentence_that_starts_with_a_role_word_is_not_a_heading() -> None:
    inv = invoice_from_text("vevő ilyennel rendelkezik. Az új közlekedési eszköz Közösségen belüli értékesítéséről\n"
                            "példa: Új közlekedési eszköz\nVevő:\nKäufer GmbH\n")
    assert inv.buyer.name == "Käufer GmbH"


def test_a_name_label_alone_in_the_block_has_the_name_in_the_next_column() -> None:
    # NAV's számlakép: each block a two-column table of labels and values under its heading
    lines = [_at(40, 620, "Eladó adatai"), _at(40, 602, "Név"), _at(270, 602, "Zöldkör Nonprofit Kft."),
             _at(40, 588, "Adószám"), _at(270, 588, "18234567-2-08"),
             _at(40, 520, "Vevő adatai"), _at(40, 502, "Név:"), _at(270, 502, "Kiskunhalas Város Önkormányzata"),
             _at(40, 488, "Adószám"), _at(270, 488, "15724785-2-03")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Zöldkör Nonprofit Kft.", "Kiskunhalas Város Önkormányzata")


def test_an_english_label_about_the_customer_is_no_heading_and_bill_to_is() -> None:
    # an ERP printout: "Customer No. / Vevőkód" in the header box, the buyer's block under "Bill-to / Vevő"
    lines = [_at(40, 790, "Duna Autóalkatrész Kft."), _at(40, 780, "9027 Győr, Ipari Park 2."),
             _at(356, 732, "Customer No. / Vevőkód"), _at(495, 732, "100877"),
             _at(356, 720, "Purchase order / Megrendelés"), _at(495, 720, "4500018873"),
             _at(40, 679, "Bill-to / Vevő"), _at(40, 669, "Elektro-Sáfrány Kft."),
             _at(40, 659, "3529 Miskolc, Fő út 80."), _at(40, 649, "VAT ID / Közösségi adószám: SK2021234567")]
    assert heading(_at(356, 732, "Customer No. / Vevőkód")) is None
    assert party_name("No. / Vevőkód") is None
    inv = invoice_from_lines(lines)
    assert (inv.buyer.name, inv.buyer.vat_number) == ("Elektro-Sáfrány Kft.", "SK2021234567")


@pytest.mark.parametrize("name", ["Kovács Péter", "Hidro-Tech Épületgépész Kft."])
def test_the_billing_address_block_is_the_buyers(name: str) -> None:
    lines = [_at(40, 790, "Számla"), _at(40, 756, "Számlázási cím"), _at(300, 756, "Szállítási cím"),
             _at(40, 745, name), _at(300, 745, name), _at(40, 734, "2030 Érd, Diósdi út 102."),
             _at(40, 486, "Kibocsátó:"), _at(40, 478, "Kütyübolt Online Kft.")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Kütyübolt Online Kft.", name)


def test_a_billing_address_label_with_its_address_is_no_heading() -> None:
    assert heading(_at(40, 700, "Számlázási cím: 2030 Érd, Diósdi út 102.")) is None
    assert heading(_at(40, 700, "Számlázási időszak:")) is None


def test_a_bill_posted_to_the_buyer_prints_its_name_and_address_with_no_heading() -> None:
    # a telecom bill: the buyer in the envelope's address window, the provider's block further down
    lines = [_at(34, 790, "hangraj"), _at(37, 776, "Farkas és Fia Kereskedelmi Kft."),
             _at(37, 766, "1139 Budapest, Lehel utca 59."), _at(37, 756, "Adószám: 23918456-2-41"),
             _at(330, 774, "Számla sorszáma: HR-2025-10-88214577"), _at(34, 573, "Szolgáltató:"),
             _at(34, 556, "Hangraj Távközlési Zrt."), _at(34, 546, "1117 Budapest, Budafoki út 91-93."),
             _at(34, 536, "Adószám: 15422731-2-44"), _at(34, 56, "Hangraj Távközlési Zrt."),
             _at(34, 46, "1117 Budapest, Budafoki út 91-93.")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Hangraj Távközlési Zrt.", "Farkas és Fia Kereskedelmi Kft.")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == ("15422731-2-44", "23918456-2-41")
    assert inv.buyer.address is not None and inv.buyer.address.postal_code == "1139"


def test_without_a_name_over_an_address_the_buyer_stays_unknown() -> None:
    inv = invoice_from_text("Szolgáltató:\nHangraj Távközlési Zrt.\n1117 Budapest, Budafoki út 91-93.\n"
                            "Ügyfélszám: 1.23456789\n")
    assert (inv.seller.name, inv.buyer.name) == ("Hangraj Távközlési Zrt.", None)


def test_a_service_contracts_principal_is_the_buyer_and_its_contractor_the_seller() -> None:
    inv = invoice_from_text("SZÁMLA\nMegbízott:\nMérleg-Pont Kft.\nAdószám: 24173904-2-07\n"
                            "Megbízó:\nKőrisfa Vendéglátó Kft.\nAdószám: 27451832-2-06\n")
    assert (inv.seller.name, inv.buyer.name) == ("Mérleg-Pont Kft.", "Kőrisfa Vendéglátó Kft.")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == ("24173904-2-07", "27451832-2-06")


def test_a_utility_bills_payer_heading_names_the_buyer_and_its_letterhead_the_seller() -> None:
    # the letterhead prints the seller's name and address on one line, after a middle dot
    lines = [_at(40, 790, "Fényforrás Energiakereskedő Zrt. · 1132 Budapest, Váci út 72–74."),
             _at(40, 760, "Számlafizető / Vevő"), _at(40, 748, "Pannon Fémtechnika Kft."),
             _at(40, 736, "9027 Győr, Ipar utca 12/B."), _at(40, 724, "Adószám: 23119075-2-08")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Fényforrás Energiakereskedő Zrt.", "Pannon Fémtechnika Kft.")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == (None, "23119075-2-08")


def test_a_partys_name_label_under_its_block_heading_and_its_tax_number_by_the_row_label() -> None:
    # NAV's számlakép: "Eladó neve | name", "Eladó adószáma | number"; the seller's value column stands
    # nearer the buyer's block than its own heading
    lines = [_at(42, 622, "Eladó adatai"), _at(40, 605, "Eladó neve"), _at(196, 605, "Bakonyi Ablak Szerviz Bt."),
             _at(40, 557, "Eladó adószáma"), _at(196, 557, "20697349-2-19"),
             _at(310, 622, "Vevő adatai"), _at(308, 605, "Vevő neve"), _at(464, 605, "Fenyves Panzió Kft."),
             _at(308, 567, "Vevő adószáma"), _at(464, 567, "24661788-2-19")]
    inv = invoice_from_lines(lines)
    assert (inv.seller.name, inv.buyer.name) == ("Bakonyi Ablak Szerviz Bt.", "Fenyves Panzió Kft.")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == ("20697349-2-19", "24661788-2-19")


def test_a_law_office_is_named_with_its_kind_and_is_the_letterhead() -> None:
    inv = invoice_from_text("Dr. Fekete és Társa Ügyvédi Iroda\n1054 Budapest, Alkotmány utca 10.\n"
                            "Adószám: 18705236-2-41\nSZÁMLA\nMegbízó:\nDuna-Menti Logisztikai Zrt.\n"
                            "Adószám: 14893261-2-13\n")
    assert (inv.seller.name, inv.buyer.name) == ("Dr. Fekete és Társa Ügyvédi Iroda", "Duna-Menti Logisztikai Zrt.")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == ("18705236-2-41", "14893261-2-13")


def test_a_block_without_a_heading_whose_label_names_the_buyer_is_the_buyers() -> None:
    # an ERP printout: the letterhead, then the buyer's name and address with only "Vevő adószáma" to say
    # whose they are; the seller's tax number in the footer, on the line that starts with its name
    lines = [_at(40, 790, "Hungaro-Acél Kereskedelmi Zrt. · 2400 Dunaújváros, Vasmű tér 1–3."),
             _at(40, 742, "Pannon Fémtechnika Kft."), _at(40, 731, "9027 Győr, Ipar utca 12/B."),
             _at(40, 720, "Vevő adószáma / Customer tax no.: 23119075-2-08"),
             _at(40, 449, "Hungaro-Acél Kereskedelmi Zrt. · Adószám / Tax no.: 10726451-2-07 · EU adószám: HU10726451")]
    inv = invoice_from_lines(sorted(lines, key=lambda ln: ln.y0))  # the footer drawn first
    assert (inv.seller.name, inv.buyer.name) == ("Hungaro-Acél Kereskedelmi Zrt.", "Pannon Fémtechnika Kft.")
    assert (inv.seller.tax_number, inv.buyer.tax_number) == ("10726451-2-07", "23119075-2-08")
    assert (inv.seller.vat_number, inv.buyer.vat_number) == ("HU10726451", None)


def test_a_trilingual_heading_and_a_foreign_buyers_block_named_by_its_vat_label() -> None:
    # the heading prints its German and English twins first; the EU buyer's block has no heading, only
    # "Vevő EU adószáma" under its foreign address (a label about the buyer, not its name)
    austrian = invoice_from_lines([
        _at(40, 790, "Alpenholz Maschinenbau GmbH"),
        _at(360, 790, "UID-Nr. / VAT ID / Közösségi adószám: ATU58473921"),
        _at(40, 753, "Rechnungsempfänger / Bill to / Vevő"), _at(40, 743, "Bakonyi Ablak Szerviz Bt."),
        _at(40, 732, "8200 Veszprém, Budapest út 55."),
        _at(40, 722, "UID-Nr. / VAT ID / Közösségi adószám: HU20697349")])
    assert (austrian.seller.name, austrian.buyer.name) == ("Alpenholz Maschinenbau GmbH", "Bakonyi Ablak Szerviz Bt.")
    assert (austrian.seller.vat_number, austrian.buyer.vat_number) == ("ATU58473921", "HU20697349")
    slovak = invoice_from_lines([
        _at(40, 781, "TransDanubia Szállítmányozási Kft. · 2051 Biatorbágy, Rozália park 2."),
        _at(40, 742, "Tatra Stavebniny s.r.o."), _at(40, 731, "831 04 Bratislava, Vajnorská 98, Slovensko"),
        _at(40, 720, "Vevő EU adószáma / Customer VAT ID: SK2021458736")])
    assert (slovak.seller.name, slovak.buyer.name) == ("TransDanubia Szállítmányozási Kft.", "Tatra Stavebniny s.r.o.")
    assert slovak.buyer.vat_number == "SK2021458736"


@pytest.mark.parametrize(
    "text",
    [pytest.param("Számlatár Minta Kereskedelmi Kft.", id="számla-stem"),
     pytest.param("Számlaközpont Kft.", id="one-word"), pytest.param("Vevőpont Szolgáltató Bt.", id="vevő-stem")],
)
def test_a_name_that_starts_with_a_label_word_is_a_name(text: str) -> None:
    assert party_name(text) == text


@pytest.mark.parametrize("text", ["Számla kelte", "Számla Kft.", "Számlaszám: 12 Kft.", "Vevő Kft."])
def test_a_label_word_alone_is_still_a_label(text: str) -> None:
    assert party_name(text) is None


@pytest.mark.parametrize("seller_first", [True, False])
def test_a_label_stem_name_in_either_block(seller_first: bool) -> None:
    ours, theirs = "Számlaközpont Kft.", "Számlatár Minta Kereskedelmi Kft."
    seller, buyer = (ours, theirs) if seller_first else (theirs, ours)
    invoice = invoice_from_lines([
        _at(40, 700, "Szállító"), _at(300, 700, "Vevő"),
        _at(40, 686, seller), _at(300, 686, buyer),
        _at(40, 672, "1111 Budapest, Fő utca 1."), _at(300, 672, "1117 Budapest, Október"),
        _at(300, 658, "huszonharmadika utca 8-10."),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == (seller, buyer)


def test_a_label_stem_name_wrapped_before_its_form() -> None:
    invoice = invoice_from_lines([
        _at(40, 700, "Szállító"), _at(300, 700, "Vevő"),
        _at(40, 686, "Duna Kft."), _at(300, 686, "Számlatár Minta"),
        _at(300, 675, "Kereskedelmi Kft."),
        _at(40, 661, "1111 Budapest, Fő utca 1."), _at(300, 661, "1117 Budapest, Fő utca 2."),
    ])
    assert invoice.buyer.name == "Számlatár Minta Kereskedelmi Kft."


def test_a_label_wrapped_without_its_colon_is_joined() -> None:
    # a narrow label column: "Kiállítás" over "dátuma", the date to the right between the two lines
    invoice = invoice_from_lines([
        _at(300, 720, "Kiállítás"), _at(300, 709, "dátuma"), _at(420, 714, "2026.11.17."),
        _at(300, 690, "Fizetési mód"), _at(420, 690, "Átutalás"),
    ])
    assert invoice.issue_date is not None and invoice.issue_date.isoformat() == "2026-11-17"


def test_a_sole_traders_letterhead_with_the_trade_after_the_form() -> None:
    invoice = invoice_from_text("Szalai Gergely Bence e.v. okl. építészmérnök\n8200 Veszprém, Óváros tér 5.\n"
                                "SZÁMLA\nVevő\nDuna Kft.\n1111 Budapest, Fő utca 1.")
    assert invoice.seller.name == "Szalai Gergely Bence e.v. okl. építészmérnök"


def test_a_lone_vat_number_of_the_partys_tax_number_is_its_vat_number() -> None:
    # NAV's számlakép: "Közösségi" over "adószám" in the label column, the number beside them
    invoice = invoice_from_lines([
        _at(50, 750, "Eladó adatai"), _at(300, 750, "Vevő adatai"),
        _at(50, 735, "Név"), _at(140, 735, "Várfal Kft."), _at(300, 735, "Név"), _at(395, 735, "Duna Bt."),
        _at(50, 664, "Adószám"), _at(140, 664, "81130249-2-42"),
        _at(50, 646, "Közösségi"), _at(140, 640, "HU81130249"), _at(50, 632, "adószám"),
    ])
    assert (invoice.seller.vat_number, invoice.buyer.vat_number) == ("HU81130249", None)


def test_a_german_letters_sender_line_is_the_seller_and_the_window_the_buyer() -> None:
    # DIN 5008: the sender in one small line over the address window, the street before the postcode
    invoice = invoice_from_lines([
        _at(46, 790, "Werkzeugbau Lindner GmbH · Industriestraße 14, 90411 Nürnberg, Deutschland"),
        _at(46, 765, "Pannon Faipari Zrt."), _at(260, 765, "Rechnungsnummer / Számlaszám RE-2026-10457"),
        _at(46, 751, "9022 Győr, Árpád út 41."),
        _at(46, 737, "Adószám: 99325282-2-08"),
        _at(46, 300, "Werkzeugbau Lindner GmbH · USt-IdNr.: DE287654321 · IBAN: DE89 3704 0044 0532 0130 00"),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("Werkzeugbau Lindner GmbH", "Pannon Faipari Zrt.")
    assert (invoice.seller.tax_number, invoice.buyer.tax_number) == (None, "99325282-2-08")
    assert invoice.seller.vat_number != "DEUTSCHLAND"


@pytest.mark.parametrize(("text", "role"), [
    pytest.param("Lieferant:", "seller", id="lieferant"), pytest.param("Verkäufer", "seller", id="verkäufer"),
    pytest.param("Dodávateľ:", "seller", id="slovak-supplier"), pytest.param("Furnizor:", "seller", id="romanian"),
    pytest.param("Rechnungsempfänger:", "buyer", id="empfänger"), pytest.param("Kunde", "buyer", id="kunde"),
    pytest.param("Odberateľ:", "buyer", id="slovak-buyer"), pytest.param("Odběratel:", "buyer", id="czech-buyer"),
])
def test_a_foreign_suppliers_own_party_headings(text: str, role: str) -> None:
    found = heading(_at(40, 700, text))
    assert found is not None and found[0] == role


def test_a_name_wrapped_over_three_lines_in_a_narrow_column() -> None:
    invoice = invoice_from_lines([
        _at(46, 740, "SZÁLLÍTÓ"), _at(196, 740, "VEVŐ"),
        _at(46, 726, "Ízes Napok"), _at(196, 726, "Számlatár Minta"),
        _at(46, 712, "Rendezvényétkeztető"), _at(196, 712, "Kereskedelmi"),
        _at(46, 698, "Kft."), _at(196, 698, "Kft."),
        _at(46, 684, "2040 Budaörs,"), _at(196, 684, "1117 Budapest,"),
    ])
    assert invoice.seller.name == "Ízes Napok Rendezvényétkeztető Kft."
    assert invoice.buyer.name == "Számlatár Minta Kereskedelmi Kft."


def test_a_receipts_buyer_set_flush_right_far_from_its_heading() -> None:
    invoice = invoice_from_lines([
        TextLine(0, 150, 552, 282, 564, "Zöldsarok Virágbolt Bt."),
        TextLine(0, 40, 476, 63, 484, "Vevő:"), TextLine(0, 269, 476, 379.4, 484, "Korona Rendezvényház Kft."),
        TextLine(0, 220, 464, 379.4, 472, "1134 Budapest, Váci út 45. B ép. 3. em."),
        TextLine(0, 40, 452, 106, 460, "Vevő adószáma:"), TextLine(0, 318, 452, 379.5, 460, "27393163-2-41"),
    ])
    assert invoice.buyer.name == "Korona Rendezvényház Kft."


def test_a_name_over_an_address_low_on_the_page_is_not_an_address_window() -> None:
    invoice = invoice_from_lines([
        _at(40, 780, "Szállító: Duna Papír Kft."), _at(40, 766, "1111 Budapest, Fő utca 1."),
        _at(40, 600, "SZÁMLA"), _at(40, 580, "Számlaszám: DP-2026/118"),
        _at(300, 90, "Kereskedelmi Bank Zrt."), _at(300, 76, "1051 Budapest, Nádor utca 16."),
        _at(40, 60, "A számla a Duna Papír Kft. számlázó programjával készült."),
    ])
    assert invoice.buyer.name is None


@pytest.mark.parametrize(("text", "role"), [
    pytest.param("Kereskedő (eladó)", "seller", id="utility-trader"),
    pytest.param("Vevő / felhasználó", "buyer", id="buyer-and-its-synonym"),
    pytest.param("Felhasználó (vevő)", "buyer", id="user-bracketed-buyer"),
    pytest.param("Páciens (vevő)", "buyer", id="any-word-bracketed-role"),
    pytest.param("Alvállalkozó(eladó", "seller", id="bracket-unclosed"),
    pytest.param("Bérlő", "buyer", id="tenant"), pytest.param("Bérbeadó:", "seller", id="landlord"),
    pytest.param("Számla címzettje", "buyer", id="addressee"), pytest.param("PARTNER", "buyer", id="partner"),
])
def test_utility_rental_and_bracketed_headings(text: str, role: str) -> None:
    found = heading(_at(40, 700, text))
    assert found is not None and found[0] == role


@pytest.mark.parametrize("text", [
    pytest.param("Partnerkód: 12", id="partner-code"),
    pytest.param("Felhasználó azonosító: 4001", id="user-id"),
    pytest.param("Megjegyzés (vevő kérésére): x", id="a-note-naming-the-buyer"),
])
def test_labels_near_those_headings_are_not_headings(text: str) -> None:
    assert heading(_at(40, 700, text)) is None


def test_public_bodies_and_foreign_forms_are_organisations_names() -> None:
    for name in ("Délalföldi Tudományegyetem", "Tiszakécske Városi Önkormányzat", "Brno Stroj a.s.",
                 "Cluj Trans S.R.L.", "Müller KG", "Polska Sp. z o.o."):
        invoice = invoice_from_text(f"{name}\n1111 Budapest, Fő utca 1.\nSZÁMLA\nVevő: Duna Kft.")
        assert invoice.seller.name == name
    assert invoice_from_text("Csavar 12 kg\nSZÁMLA\nVevő: Duna Kft.").seller.name is None  # a unit, not a KG


def test_a_bodys_name_wrapped_before_its_company_form() -> None:
    invoice = invoice_from_lines([
        _at(40, 740, "Eladó: Duna Kft."), _at(300, 740, "Vevő"),
        _at(300, 726, "Vértesi Gyógyszerkutató Intézet"), _at(300, 712, "Nonprofit Kft."),
        _at(300, 698, "2800 Tatabánya, Fő tér 1."),
    ])
    assert invoice.buyer.name == "Vértesi Gyógyszerkutató Intézet Nonprofit Kft."


def test_a_seller_named_in_a_footer_sentence_and_a_private_buyer_in_the_window() -> None:
    invoice = invoice_from_lines([
        _at(400, 790, "Számlaszám: RSZ/2026/9911024"), TextLine(0, 35, 765, 190, 793, "Részszámla"),
        _at(43, 700, "Kovácsné Szabó Erzsébet"), _at(43, 686, "6724 Szeged, Pulz utca 18. 3/9."),
        _at(34, 50, "Szolgáltató: Alföldi Áramszolgáltató Nyrt., 6720 Szeged, Kárász u. 9., "
                    "adószám: 15604576-2-41, közösségi adószám: HU15604576"),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number) == ("Alföldi Áramszolgáltató Nyrt.", "15604576-2-41")
    assert invoice.buyer.name == "Kovácsné Szabó Erzsébet"


def test_a_tax_number_wrapped_at_its_hyphen_in_a_sentence() -> None:
    invoice = invoice_from_lines([
        _at(34, 620, "Az ÁFA 5%. Szolgáltató: Mecseki Távhőszolgáltató Zrt., 7630 Pécs, Edison u. 1., "
                     "adószám 73764041-"),
        _at(34, 610, "2-02, közösségi adószám HU73764041. Bankszámla: 10402805-28014425-00000000."),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number) == ("Mecseki Távhőszolgáltató Zrt.", "73764041-2-02")


def test_a_blocks_one_line_heading_with_the_name_up_to_its_comma() -> None:
    invoice = invoice_from_text("Zemplén-Építő Kft.\nVégszámla\nVevő: Tokaj-Hegyaljai Borászati Beruházó Zrt., "
                                "3910 Tokaj, Rákóczi út 2. · Adószám: 11822127-2-17 · Közösségi adószám: HU11822127")
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Tokaj-Hegyaljai Borászati Beruházó Zrt.",
                                                              "11822127-2-17")


def test_the_buyer_block_ends_at_its_blank_row_and_the_seller_is_printed_lower() -> None:
    invoice = invoice_from_lines([
        _at(38, 786, "TISZAVIDÉKI BANK díjterhelési számla"),
        _at(34, 768, "Ügyfél / Vevő"), _at(34, 758, "Borsodi Acélszerkezet Gyártó Kft."),
        _at(34, 748, "3527 Miskolc, Sajószigeti út 2."), _at(34, 737, "Adószám: 47630640-2-05"),
        _at(34, 464, "Tiszavidéki Kereskedelmi Bank Zrt."), _at(34, 447, "Adószám: 32526709-4-44"),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number) == ("Tiszavidéki Kereskedelmi Bank Zrt.", "32526709-4-44")
    assert invoice.buyer.tax_number == "47630640-2-05"


@pytest.mark.parametrize(("line", "name"), [
    pytest.param("VG Vertex Gépjárműjavító és Szerviz Kft.", "Vertex Gépjárműjavító és Szerviz Kft.", id="monogram"),
    pytest.param("DF Dr. Fogas Réka fogorvos e.v.", "Dr. Fogas Réka fogorvos e.v.", id="monogram-with-title"),
    pytest.param("MOL Nyrt.", "MOL Nyrt.", id="a-name-in-capitals-is-no-monogram"),
])
def test_a_logos_monogram_before_the_letterhead_name(line: str, name: str) -> None:
    assert invoice_from_text(f"{line}\n1111 Budapest, Fő utca 1.\nSZÁMLA\nVevő: Duna Kft.").seller.name == name


def test_a_name_spelt_out_in_full_may_be_long() -> None:
    name = "Dunakanyar Logisztikai, Szállítmányozási és Raktározási Korlátolt Felelősségű Társaság"
    invoice = invoice_from_text(f"Csavar-Centrum Bt.\nSZÁMLA\nVevő:\n{name}\n2600 Vác, Kikötő utca 9.")
    assert invoice.buyer.name == name


def test_a_value_cells_row_label_says_it_is_a_vat_number_and_its_tax_number_follows_it() -> None:
    # a German supplier: its own USt-IdNr. in the footer, the buyer's numbers in the header's value column
    invoice = invoice_from_lines([
        _at(34, 730, "Schwarzbach Messtechnik GmbH · Industriestraße 14 · 72764 Reutlingen"),
        _at(34, 716, "Zalai Mérőműszer Szerviz Kft."), _at(34, 705, "z. Hd. Buchhaltung"),
        _at(34, 694, "Kinizsi u. 44."), _at(34, 683, "8900 Zalaegerszeg"),
        TextLine(0, 300, 658, 437, 668, "USt-IdNr. Kunde / Vevő közösségi"),
        TextLine(0, 484, 654, 538, 663, "HU12043477"),
        TextLine(0, 300, 637, 360, 647, "Adószám (HU)"), TextLine(0, 484, 637, 545, 647, "12043477-2-20"),
        _at(210, 40, "USt-IdNr.: DE318845207"),
    ])
    assert (invoice.seller.name, invoice.seller.vat_number, invoice.seller.tax_number) == (
        "Schwarzbach Messtechnik GmbH", "DE318845207", None)
    assert (invoice.buyer.name, invoice.buyer.tax_number, invoice.buyer.vat_number) == (
        "Zalai Mérőműszer Szerviz Kft.", "12043477-2-20", "HU12043477")


def test_a_heading_and_a_vat_label_the_text_layer_broke_inside_their_words() -> None:
    invoice = invoice_from_lines([
        _at(46, 711, "Szolgáltató"), _at(46, 695, "CloudWave Informatikai Zrt."),
        _at(46, 682, "1117 Budapest, Infopark sétány 1."), _at(46, 669, "A d ó s zá m: 23037184-2-43"),
        _at(46, 657, "Kö zö s s é g ia d ó s zá m:HU23037184"),
        _at(46, 621, "Ügyf é l"), _at(46, 605, "Gondos Kereskedelmi Zrt."), _at(46, 592, "1138 Budapest, Váci út 140."),
        _at(46, 579, "A d ó s zá m: 14229080-2-41"),
    ])
    assert (invoice.seller.vat_number, invoice.buyer.name) == ("HU23037184", "Gondos Kereskedelmi Zrt.")
    assert invoice.buyer.tax_number == "14229080-2-41"


def test_a_wrapped_name_read_by_ocr_whose_boxes_are_only_the_ink() -> None:
    # OCR gives each line the height of its letters, not the font's line: the gap to the next looks wider
    invoice = invoice_from_lines([
        TextLine(0, 47, 747.5, 75, 758.5, "ELADÓ"), TextLine(0, 308, 750.6, 331, 757.6, "VEVŐ"),
        TextLine(0, 309.1, 734.5, 437.8, 743.2, "Mézeskalács Média és"),
        TextLine(0, 47, 734.5, 176, 742.7, "Pixelkert Szoftver Kft."),
        TextLine(0, 309.1, 718.0, 455.5, 728.8, "Rendezvényszervező Kft."),
        TextLine(0, 309.1, 705.7, 470.6, 715.3, "1027 Budapest, Frankel Leó út 30."),
    ])
    assert invoice.buyer.name == "Mézeskalács Média és Rendezvényszervező Kft."


def test_a_name_whose_box_reaches_into_its_headings() -> None:
    invoice = invoice_from_lines([
        TextLine(0, 46, 669.2, 71, 678.3, "Eladó"), TextLine(0, 311.2, 668.1, 411.1, 680.6, "Vevő / Számlázási cím"),
        TextLine(0, 46, 658.1, 161, 670.1, "Irodapont Webáruház Kft."),
        TextLine(0, 311.2, 658.1, 465.4, 670.12, "Pannon-Forg Fémmegmunkáló Kft."),
        TextLine(0, 311.2, 647.8, 406.3, 658.3, "8000 Székesfehérvár"),
        TextLine(0, 311.2, 637.3, 484.7, 647.8, "Ipari park, Kőrösi Csoma Sándor út 14."),
    ])
    assert invoice.buyer.name == "Pannon-Forg Fémmegmunkáló Kft."


@pytest.mark.parametrize("text", [
    pytest.param("Ipari park, Kőrösi Csoma Sándor út 14.", id="hungarian-street"),
    pytest.param("Industriestraße 44", id="strasse"),
    pytest.param("ul. Przemysłowa 27", id="polish"),
])
def test_a_street_and_its_number_is_no_name(text: str) -> None:
    assert party_name(text) is None


def test_a_right_aligned_letterhead_and_a_german_window_under_a_sender_line() -> None:
    invoice = invoice_from_lines([
        TextLine(0, 272.8, 798.5, 544.8, 812.5, "Rheinschliff Abrasives GmbH & Co. KG"),
        TextLine(0, 498.0, 781.1, 545.0, 789.1, "Am Hafen 12"),
        TextLine(0, 437.6, 770.3, 544.9, 778.3, "47119 Duisburg, Deutschland"),
        TextLine(0, 456.4, 759.5, 544.9, 767.5, "USt-IdNr.: DE284419733"),
        TextLine(0, 50, 724.7, 299, 731.2, "Rheinschliff Abrasives GmbH & Co. KG · Am Hafen 12 · 47119 Duisburg"),
        TextLine(0, 50, 715.4, 209, 724.7, "Pannon-Forg Fémmegmunkáló Kft."),
        TextLine(0, 50, 703.2, 163, 712.6, "Kőrösi Csoma Sándor út 14."),
        TextLine(0, 50, 691.1, 145, 700.4, "H-8000 Székesfehérvár"),
        TextLine(0, 50, 666.8, 250, 675.8, "USt-IdNr. Kunde / Customer VAT ID: HU24618302"),
        _at(50, 60, "Seite 1 / 1"),  # the page goes on: the window is in its upper half
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("Rheinschliff Abrasives GmbH & Co. KG",
                                                          "Pannon-Forg Fémmegmunkáló Kft.")
    assert (invoice.seller.vat_number, invoice.buyer.vat_number) == ("DE284419733", "HU24618302")


def test_a_foreign_sellers_vat_number_in_its_footer_or_on_its_last_page() -> None:
    head = [
        _at(40, 790, "Alpenhydraulik Service GmbH"), _at(40, 776, "Industriestraße 44"),
        _at(40, 765, "4060 Leonding, Österreich"),
        _at(40, 720, "Alpenhydraulik Service GmbH · 4060 Leonding, Österreich"),
        _at(40, 709, "Pannon-Forg Fémmegmunkáló Kft."), _at(40, 698, "Kőrösi Csoma Sándor út 14."),
        _at(40, 687, "8000 Székesfehérvár, Ungarn"), _at(40, 675, "UID / Közösségi adószám: HU24618302"),
        _at(40, 300, "Wartung Abkantpresse 1 Stk 1 450,00"),
    ]
    footer = invoice_from_lines([*head, _at(40, 483, "UID-Nr.: ATU68213579 · FN 412877 s, LG Linz")])
    assert (footer.seller.vat_number, footer.buyer.vat_number) == ("ATU68213579", "HU24618302")
    last_page = invoice_from_lines([*head, _at(40, 700, "IČ DPH: SK2021884417 · OR OS Nitra", page=1)])
    assert (last_page.seller.vat_number, last_page.buyer.vat_number) == ("SK2021884417", "HU24618302")


def test_a_users_name_and_address_heading_and_a_label_about_the_buyers_order() -> None:
    assert heading(_at(40, 700, "Felhasználó neve, címe:")) == ("buyer", "Felhasználó neve, címe", "")
    assert heading(_at(40, 700, "Vevő rendelésszáma: KJ-PO-77120")) is None


def test_a_companys_full_form_wrapped_over_three_lines() -> None:
    invoice = invoice_from_lines([
        _at(46, 667, "SZÁLLÍTÓ"), _at(308, 667, "VEVŐ"),
        _at(46, 652, "Duna-Alföldi Nemesacél és Hengereltáru"), _at(308, 652, "Pannon-Forg Kft."),
        _at(46, 640, "Nagykereskedelmi Zártkörűen Működő"), _at(46, 628, "Részvénytársaság"),
        _at(46, 617, "2400 Dunaújváros"),
    ])
    assert invoice.seller.name == ("Duna-Alföldi Nemesacél és Hengereltáru Nagykereskedelmi Zártkörűen Működő "
                                   "Részvénytársaság")


def test_a_companys_one_line_imprint_names_the_seller_wherever_it_is_printed() -> None:
    # a telecom bill: its brand on top, the buyer in the window, the company's imprint in the footer
    invoice = invoice_from_lines([
        _at(46, 780, "kapocs.business"), _at(40, 742, "Pixelkert Digitális Ügynökség Kft."),
        _at(40, 731, "1066 Budapest, Teréz körút 19."), _at(40, 720, "Adószám: 27719031-2-42"),
        _at(300, 742, "Bizonylat sorszáma: K-J-2612-000318"),
        _at(40, 334, "Kapocs Telekommunikációs Zrt. · 1097 Budapest, Könyves Kálmán krt. 36. · "
                     "Adószám: 13774202-2-44"),
    ])
    assert (invoice.seller.name, invoice.seller.tax_number) == ("Kapocs Telekommunikációs Zrt.", "13774202-2-44")
    assert (invoice.buyer.name, invoice.buyer.tax_number) == ("Pixelkert Digitális Ügynökség Kft.", "27719031-2-42")


def test_a_letterheads_name_wrapped_from_the_line_above() -> None:
    invoice = invoice_from_lines([
        TextLine(0, 14, 787.5, 87.5, 798.8, "Pixelkert Digitális"), TextLine(0, 14, 777, 78.5, 788.3, "Ügynökség Kft."),
        TextLine(0, 14, 766.5, 106, 777.8, "1066 Budapest, Teréz körút 19."),
        TextLine(0, 156, 770, 206, 780, "Megrendelő"), TextLine(0, 156, 759, 266, 770, "Zöldút Autósiskola Kft."),
    ])
    assert invoice.seller.name == "Pixelkert Digitális Ügynökség Kft."


def test_a_tagline_over_a_one_line_letterhead_is_not_part_of_the_name() -> None:
    invoice = invoice_from_lines([
        TextLine(0, 28, 795.6, 155, 813.3, "METRÓPIA cash & carry"),
        TextLine(0, 28, 785.4, 144, 796.1, "Metrópia Nagykereskedelmi Zrt."),
        TextLine(0, 28, 775.7, 135, 786.3, "1239 Budapest, Ócsai út 250."),
    ])
    assert invoice.seller.name == "Metrópia Nagykereskedelmi Zrt."


@pytest.mark.parametrize(("line", "name"), [
    pytest.param("Vevő.............: Tiszamenti Fuvar Kft. (5000 Szolnok, Thököly út 112.)", "Tiszamenti Fuvar Kft.",
                 id="dot-leaders-and-a-bracketed-address"),
    pytest.param("Partner: Tiszamenti Fuvar Kft. – 5000 Szolnok, Thököly út 112. – Adószám: 24703817-2-16 – "
                 "Szerződés: FK-2025/118", "Tiszamenti Fuvar Kft.", id="a-dash-separated-one-line-block"),
])
def test_a_one_line_buyer_block_gives_the_name_up_to_its_address(line: str, name: str) -> None:
    assert invoice_from_text(f"Szervizpont Kft.\n5000 Szolnok, Kandó u. 9.\nSZÁMLA\n{line}").buyer.name == name


def test_a_buyer_beside_its_heading_with_the_address_after_it() -> None:
    invoice = invoice_from_lines([
        _at(28, 785, "Metrópia Nagykereskedelmi Zrt."), _at(28, 775, "1239 Budapest, Ócsai út 250."),
        TextLine(0, 33, 741.8, 52.8, 751.1, "Vevő:"),
        TextLine(0, 103.6, 741.2, 375.4, 751.8, "Aranykalász Pékség Kft., 6000 Kecskemét, Szolnoki út 41. Vevőkártya:"),
    ])
    assert invoice.buyer.name == "Aranykalász Pékség Kft."


def test_a_tax_number_wrapped_after_its_second_hyphen_in_a_narrow_column() -> None:
    invoice = invoice_from_lines([
        TextLine(0, 42, 686, 101, 697, "Kibocsátó:"), TextLine(0, 155.5, 685, 271, 698.4, "Kódmester Szoftverház Kft."),
        TextLine(0, 285.8, 686, 356.7, 697, "Megrendelő:"),
        TextLine(0, 399.3, 685, 547, 698.4, "Napraforgó Alapítvány"),
        TextLine(0, 155.5, 662.5, 275, 675.9, "2030 Érd, Iparos utca 3."),
        TextLine(0, 155.5, 651.3, 272, 664.6, "Adószám: 22901143-2-"),
        TextLine(0, 399.3, 651.3, 528.5, 664.6, "Adószám: 18703320-1-13"),
        TextLine(0, 155.5, 640.8, 168.2, 652.4, "07"),
    ])
    assert invoice.seller.tax_number == "22901143-2-07"


def test_an_id_line_between_a_windows_name_and_its_address() -> None:
    invoice = invoice_from_lines([
        _at(40, 734, "StayNest B.V."), _at(40, 723, "Herengracht 597"), _at(40, 713, "1017 CE Amsterdam"),
        _at(300, 734, "Hársfa Panzió Kft."), _at(300, 723, "Property ID: 7741902"), _at(300, 713, "Hársfa sétány 3."),
        _at(300, 702, "8230 Balatonfüred, Hungary"), _at(40, 300, "Commission 1 12,40"),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("StayNest B.V.", "Hársfa Panzió Kft.")


@pytest.mark.parametrize(("text", "role"), [
    pytest.param("Biztosító", "seller", id="insurer"), pytest.param("Szerződő", "buyer", id="policyholder"),
    pytest.param("Számla kiállítója", "seller", id="issuer"),
    pytest.param("Számla befogadója", "buyer", id="recipient"),
])
def test_insurance_and_issuer_recipient_headings(text: str, role: str) -> None:
    found = heading(_at(40, 700, text))
    assert found is not None and found[0] == role


def test_a_name_beside_its_heading_in_a_label_column_not_a_label_rows_below() -> None:
    invoice = invoice_from_lines([
        _at(51, 758, "Eladó"), _at(176, 758, "Hegyesdombi Kulturális Nonprofit Kft."),
        _at(176, 744, "8463 Hegyesdomb, Szabadság tér 4."),
        _at(51, 673, "Vevő"), _at(176, 673, "Kovácsné Tarr Edina"), _at(176, 659, "8463 Hegyesdomb, Rózsa utca 14."),
        _at(51, 630, "Kiállítás kelte"), _at(176, 630, "2027. 01. 25."),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("Hegyesdombi Kulturális Nonprofit Kft.", "Kovácsné Tarr Edina")


def test_a_letterhead_wrapped_after_its_conjunction() -> None:
    invoice = invoice_from_lines([
        TextLine(0, 40, 786, 236, 803.4, "Hegyesdombi Kulturális és"),
        TextLine(0, 40, 771, 273, 788.4, "Sportlétesítmény Nonprofit Kft."),
        TextLine(0, 40, 760, 216, 773, "8463 Hegyesdomb, Szabadság tér 4."),
    ])
    assert invoice.seller.name == "Hegyesdombi Kulturális és Sportlétesítmény Nonprofit Kft."


def test_an_associations_name_ends_with_its_possessive_form() -> None:
    invoice = invoice_from_text("Kulturális Menedzserek Országos Egyesülete\n1011 Budapest, Corvin tér 8.\n"
                                "DÍJBEKÉRŐ\nVevő: Duna Kft.")
    assert invoice.seller.name == "Kulturális Menedzserek Országos Egyesülete"


def test_a_window_name_wrapped_before_its_form() -> None:
    invoice = invoice_from_lines([
        _at(45, 737, "Pannon Biztosító Egyesület"), _at(45, 724, "9022 Győr, Árpád út 38."),
        _at(303, 720, "Hegyesdombi Kulturális és Sportlétesítmény"), _at(303, 708, "Nonprofit Kft."),
        _at(303, 694, "8463 Hegyesdomb, Szabadság tér 4."), _at(40, 300, "Vagyonbiztosítás díja 1 120 000"),
    ])
    assert invoice.buyer.name == "Hegyesdombi Kulturális és Sportlétesítmény Nonprofit Kft."


def test_a_heading_whose_block_gives_no_name_falls_back_to_the_letterhead() -> None:
    """"Eladó" beside its tax number alone (the name is only in the letterhead): the seller is the letterhead,
    as on a layout printing no heading at all, and not nobody."""
    invoice = invoice_from_lines([
        _at(50, 776, "VitaPont Magánklinika Zrt."), _at(490, 776, "SZÁMLA"),
        _at(48, 700, "Eladó"), _at(180, 700, "Adószám: 26718439-2-43"),
        _at(48, 650, "Vevő"), _at(180, 650, "Precíz Gépgyártó Kft."),
        _at(180, 636, "2400 Dunaújváros, Papírgyári út 46."),
    ])
    assert (invoice.seller.name, invoice.buyer.name) == ("VitaPont Magánklinika Zrt.", "Precíz Gépgyártó Kft.")
