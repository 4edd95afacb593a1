"""Look-alike characters of a text layer made plain before labels and values are matched."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.core.parsing.pdf.normalise import normalise
from services.core.parsing.pdf.reader import invoice_from_text


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        pytest.param("12345678\u20112\u201141", "12345678-2-41", id="non-breaking-hyphen"),
        pytest.param("12345678\u20132\u201441", "12345678-2-41", id="en-and-em-dash"),
        pytest.param("\u2212 5\u00a0000\u202fFt", "- 5 000 Ft", id="minus-nbsp-narrow-nbsp"),
        pytest.param("\ufb01zetési határidő", "fizetési határidő", id="ligature"),
        pytest.param("\u0410-2025/17", "A-2025/17", id="cyrillic-A-in-a-number"),
        pytest.param("2O25.10.31 12O45678-2-41 ROO1", "2025.10.31 12045678-2-41 ROO1", id="letter-O-between-digits"),
        pytest.param("123l5678", "12315678", id="letter-l-between-digits"),
        pytest.param("Оксана Петренко", "Оксана Петренко", id="a-cyrillic-name-stays"),
        pytest.param("Kft.\u00ad\u200b", "Kft.", id="soft-hyphen-and-zero-width"),
        pytest.param("ＩＮＶ-１２", "ＩＮＶ-12", id="full-width-digits"),
        pytest.param("Õrhegyi Fûrészüzem, Vevõ, ÛR", "Őrhegyi Fűrészüzem, Vevő, ŰR", id="latin-1-o-u-for-ő-ű"),
    ],
)
def test_normalise(raw: str, plain: str) -> None:
    assert normalise(raw) == plain


def test_an_invoice_printed_with_look_alikes_reads_like_a_plain_one() -> None:
    text = ("SZÁMLA\nSzámla sorszáma: \u0410-2025/17\nSzámla kelte: 2025.08.11\n"
            "\ufb01zetési határidő: 2025.08.26\nEladó: Pannon Kft.\nAdószám: 22446688\u20112\u201108\n"
            "Fizetendő összesen: 101\u00a0600 Ft\n")
    inv = invoice_from_text(text)
    assert (inv.number, inv.due_date, inv.seller.tax_number, inv.gross_total) == (
        "A-2025/17", date(2025, 8, 26), "22446688-2-08", Decimal("101600"))


def test_a_negative_total_keeps_its_sign_after_the_label() -> None:
    assert invoice_from_text("Fizetendő összesen: -50 800 Ft\n").gross_total == Decimal("-50800")


def test_labels_and_headings_read_without_their_accents_as_ocr_gives_them() -> None:
    inv = invoice_from_text("SZAMLA\nSzamla kelte: 2025.10.01\nTeljesites datuma: 2025.09.30\nElado\nTiszavirag Kft.\n"
                            "Vevo: Orseg Butor Zrt.\nOsszesen: 1 270 Ft\n")
    assert (inv.issue_date, inv.fulfilment_date) == (date(2025, 10, 1), date(2025, 9, 30))
    assert (inv.seller.name, inv.buyer.name, inv.gross_total) == ("Tiszavirag Kft.", "Orseg Butor Zrt.", 1270)


def test_labels_whose_accented_letters_a_broken_font_map_lost_still_match() -> None:
    inv = invoice_from_text("Sz(cid:225)mla kelte: 2025.10.01\nFizet(cid:233)si hat(cid:225)rid(cid:337): 2025.10.15\n")
    assert (inv.issue_date, inv.due_date) == (date(2025, 10, 1), date(2025, 10, 15))
    assert normalise("Sz(cid:225)mla") == "Sz\ufffdmla"


def test_dot_leaders_between_a_label_and_its_value_are_a_colon() -> None:
    assert normalise("Név...................: Csillogó Kft.") == "Név: Csillogó Kft."
    assert normalise("Mindösszesen ..........: 95.251 Ft") == "Mindösszesen: 95.251 Ft"
    assert normalise("Köszönjük...") == "Köszönjük..."
    text = ("SZÁMLA\nELADÓ\nNév...................: Csillogó Takarítás Kft.\nAdószám...............: 18930225-2-09\n"
            "VEVŐ\nNév...................: Zöldlevél Irodaház Kft.\nAdószám...............: 25364099-2-41\n"
            "Számlaszám............: TK/2025/00311\nKelt..................: 2025.10.31.\n")
    inv = invoice_from_text(text)
    assert (inv.seller.name, inv.buyer.name) == ("Csillogó Takarítás Kft.", "Zöldlevél Irodaház Kft.")
    assert inv.number == "TK/2025/00311"
