"""Rules found on the blind set ZB (an IT company's purchases: SaaS, cloud, freelancers, EU providers), each shown
on text alone: a foreign credit note's number label, a hotel imprint's operating company, a cancelling invoice's
sentence that names itself first."""

from __future__ import annotations

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines


def _at(x: float, y: float, text: str, width: float = 5.4) -> TextLine:
    return TextLine(0, x, y, x + width * len(text), y + 10.5, text)


def test_a_credit_notes_own_number_label() -> None:
    inv = invoice_from_lines([
        _at(45, 780, "nordlicht cloud"), _at(330, 770, "Credit Note"),
        _at(330, 756, "Credit Note number NLC-CN-2027-000112"),
        _at(330, 741, "Date of issue"), _at(430, 741, "12 February 2027"),
        _at(330, 696, "Original invoice"), _at(430, 696, "NLC-2027-004318"),
    ])
    assert inv.number == "NLC-CN-2027-000112"


def test_an_imprint_names_the_company_behind_the_brand_by_its_role() -> None:
    # a hotel's letterhead is its brand; the imprint under it names the company that runs it, "Üzemeltető:" first
    inv = invoice_from_lines([
        _at(144, 782, "Balatoni Tech Retreat ★★★★"),
        _at(50, 772, "Üzemeltető: Balatoni Tech Retreat Szálloda Kft. · 8230 Balatonfüred, Zákonyi Ferenc utca 11. · "
                     "Adószám: 23617492-2-19 ·", width=4.3),
        _at(43, 728, "Számlázási adatok (vendég / cég):"), _at(43, 718, "Bitpatak Informatikai Kft."),
        _at(300, 728, "SZÁMLA"), _at(300, 718, "Számlaszám: BTR-2027/0412"),
    ])
    assert inv.seller.name == "Balatoni Tech Retreat Szálloda Kft."
    assert inv.seller.tax_number == "23617492-2-19"


def test_a_long_sentence_opening_with_this_invoice_names_the_cancelled_one() -> None:
    inv = invoice_from_lines([
        _at(45, 790, "Tárhelyfarm Kft."), _at(330, 790, "SZTORNÓ SZÁMLA"),
        _at(44, 740, "Ez a számla a(z) TF-2027/002201 sorszámú számla érvénytelenítése (sztornó).", width=4.8),
    ])
    assert inv.references.preceding_invoice == "TF-2027/002201"
