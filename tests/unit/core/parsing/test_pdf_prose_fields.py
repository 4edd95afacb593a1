"""Fields written inside a line of other text, titles with the number beside them, and cash rounding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.core.invoice import InvoiceKind
from services.core.parsing.consistency import totals_warnings
from services.core.parsing.pdf.reader import invoice_from_text

HEAD = "SZÁMLA\nSzámla sorszáma: A-1\nSzámla kelte: 2025.10.15.\n"


# --- a label inside a line ---------------------------------------------------------------------------

def test_a_label_after_a_comma_in_a_sentence_is_read() -> None:
    inv = invoice_from_text("SZÁMLA\nSzámla sorszáma: A-1\nTisztelt partnerünk, a számla kelte: 2025.10.15.\n")
    assert inv.issue_date == date(2025, 10, 15)
    assert inv.provenance["issue_date"].confidence < 0.9  # less sure than a label that starts its line


def test_a_fulfilment_label_after_other_text_is_read() -> None:
    inv = invoice_from_text(HEAD + "Kelt Budapesten, 2025.10.15-én, teljesítés: 2025.10.12.\n")
    assert inv.fulfilment_date == date(2025, 10, 12)


def test_a_number_label_after_a_column_gap_or_a_comma_is_read() -> None:
    assert invoice_from_text("eredeti példány, számla sorszáma: ABC-2025/00017\n").number == "ABC-2025/00017"
    assert invoice_from_text("Eredeti példány   Számla sorszáma: ABC-2025/00017\n").number == "ABC-2025/00017"


def test_two_labelled_dates_in_one_sentence() -> None:
    inv = invoice_from_text("SZÁMLA\nSzámla sorszáma: A-1\nA számla kelte: 2025.10.15., teljesítés: 2025.10.12.\n")
    assert (inv.issue_date, inv.fulfilment_date) == (date(2025, 10, 15), date(2025, 10, 12))


def test_a_label_inside_an_item_description_does_not_win_over_a_labelled_field() -> None:
    inv = invoice_from_text(HEAD + "Fali naptár 2026, kelte: 2025.01.02  1 db  5 000 Ft\n")
    assert inv.issue_date == date(2025, 10, 15)


def test_a_word_before_a_label_qualifies_it() -> None:
    inv = invoice_from_text("SZÁMLA\nSzámla kelte: 2025.10.15.\nMegjegyzés – módosított számla sorszáma: A-0\n")
    assert inv.number is None


def test_a_label_after_another_fields_value_is_part_of_that_value() -> None:
    inv = invoice_from_text(HEAD + "Megjegyzés: visszáru, szállítólevél: SZ-9\n")
    assert inv.references.delivery_note is None


# --- the payment deadline in a sentence --------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        pytest.param("Kérjük, a 2025/00123 számú számla ellenértékét 2025. november 3-ig utalja át.",
                     date(2025, 11, 3), id="utalja"),
        pytest.param("A számla ellenértékét 2025.11.03-ig kérjük átutalni.", date(2025, 11, 3), id="atutalni"),
        pytest.param("Kérjük, fizesse meg 2025.11.05-éig.", date(2025, 11, 5), id="fizesse-eig"),
        pytest.param("A szolgáltatás 2025.12.31-ig érvényes, átutalással fizessen.", None, id="another-clause"),
        pytest.param("Elszámolási időszak 2025.10.01-től 2025.10.31-ig, átutalással fizetve", None, id="a-period"),
        pytest.param("Kérjük, a számla ellenértékét 8 napon belül utalja át.", None, id="no-date"),
    ],
)
def test_payment_deadline_in_a_sentence(sentence: str, due: date | None) -> None:
    inv = invoice_from_text(HEAD + sentence + "\n")
    assert inv.due_date == due
    if due is not None:
        assert inv.provenance["due_date"].confidence <= 0.6


def test_a_labelled_due_date_wins_over_a_sentence() -> None:
    inv = invoice_from_text(HEAD + "Kérjük, 2025.11.03-ig utalja át.\nFizetési határidő: 2025.10.30.\n")
    assert inv.due_date == date(2025, 10, 30)


# --- a title in capitals with the number beside it ---------------------------------------------------

@pytest.mark.parametrize(
    ("head", "number", "kind"),
    [
        pytest.param("SZÁMLA SORSZÁM: X-2025/001", "X-2025/001", InvoiceKind.NORMAL, id="plain-caps"),
        pytest.param("SZÁMLA   Sorszám: 2025-000123", "2025-000123", InvoiceKind.NORMAL, id="plain-gap"),
        pytest.param("ELŐLEGSZÁMLA Sorszáma: E-2025/5", "E-2025/5", InvoiceKind.ADVANCE, id="advance-sorszama"),
        pytest.param("ELŐLEGSZÁMLA SORSZÁMA: E-2025/5", "E-2025/5", InvoiceKind.ADVANCE, id="advance-caps"),
        pytest.param("ELŐLEG SZÁMLA SORSZÁMA: E-1", "E-1", InvoiceKind.ADVANCE, id="two-word-title"),
        pytest.param("JÓVÁÍRÓ SZÁMLA SORSZÁM: J-1", "J-1", InvoiceKind.CREDIT_NOTE, id="label-inside-a-label"),
    ],
)
def test_a_title_in_capitals_and_the_number_on_one_line(head: str, number: str, kind: InvoiceKind) -> None:
    inv = invoice_from_text(f"{head}\nSzámla kelte: 2025.10.15.\n")
    assert (inv.number, inv.kind) == (number, kind)
    assert inv.provenance["kind"].label == "document title"


def test_another_invoices_number_after_its_name_is_not_this_ones() -> None:
    final = invoice_from_text("VÉGSZÁMLA\nSzámla sorszáma: V-1\nElőlegszámla sorszáma: E-1\n")
    assert (final.number, final.kind) == ("V-1", InvoiceKind.FINAL)
    assert invoice_from_text("SZTORNÓ SZÁMLA\nEREDETI SZÁMLA SORSZÁMA: A-1\n").number is None


# --- cash rounding ---------------------------------------------------------------------------------

CASH = HEAD + "Fizetési mód: készpénz\n"


@pytest.mark.parametrize(
    ("totals", "expected"),
    [
        pytest.param("Nettó összesen: 1 002 Ft\nÁFA összesen: 270 Ft\nBruttó összesen: 1 272 Ft\n"
                     "Kerekítés: -2 Ft\nFizetendő összeg: 1 270 Ft", (1002, 270, 1272), id="labelled-gross"),
        pytest.param("Nettó összesen: 1 002 Ft\nÁFA összesen: 270 Ft\nKerekítés: -2 Ft\nFizetendő: 1 270 Ft",
                     (1002, 270, 1272), id="only-the-amount-to-pay"),
        pytest.param("Összesen: 1 006 Ft 271 Ft 1 277 Ft\nKerekítés: +3 Ft\nFizetendő: 1 280 Ft",
                     (1006, 271, 1277), id="totals-row-rounded-up"),
        pytest.param("Bruttó összesen: 1 272 Ft\nKerekítés: -2 Ft", (None, None, 1272), id="no-amount-to-pay"),
    ],
)
def test_cash_rounding_is_not_the_gross(totals: str, expected: tuple[int | None, ...]) -> None:
    inv = invoice_from_text(CASH + totals + "\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == tuple(
        None if v is None else Decimal(v) for v in expected)
    assert totals_warnings(inv) == ()


def test_a_zero_rounding_changes_nothing() -> None:
    inv = invoice_from_text(CASH + "Nettó összesen: 1 000 Ft\nÁFA összesen: 270 Ft\nBruttó összesen: 1 270 Ft\n"
                                   "Kerekítés: 0 Ft\nFizetendő: 1 270 Ft\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (1000, 270, 1270)
