"""Layout-independent rules of the PDF-text reader, each on a few lines of plain text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.core.parsing.pdf.lines import TextLine
from services.core.parsing.pdf.reader import invoice_from_lines, invoice_from_text
from services.core.parsing.pdf.values import amounts_in

HEAD = "SZÁMLA\nSzámla sorszáma: A-1\nSzámla kelte: 2025.09.08\n"


def test_law_section_numbers_are_not_amounts() -> None:
    assert [a for a, _ in amounts_in("Az ÁFA törvény 168.§ (2) bekezdése és a 170. § alapján 1 000 Ft")] == [
        Decimal("1000")]


def test_a_sentence_is_not_a_totals_row_and_a_lone_osszesen_is_the_total() -> None:
    inv = invoice_from_text(HEAD + "Az ÁFA törvény 168 2 170 szerint számlával esik egy tekintet alá minden okirat,"
                            " amely egy számlát módosít\nÖsszesen: 33 000\n")
    assert inv.gross_total == Decimal("33000")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(HEAD, date(2025, 9, 8), id="not-printed-means-the-issue-date"),
        pytest.param(HEAD + "Teljesítés:\n", None, id="blank-label-is-not-guessed"),
        pytest.param(HEAD + "Teljesítés dátuma: 2025.09.05\n", date(2025, 9, 5), id="printed"),
        pytest.param(HEAD + "Szállítólevél: SZ1\nTeljesítés: 2025.09.01\nSzállítólevél: SZ2\n"
                     "Teljesítés: 2025.09.06\nSzállítólevél: SZ3\nTeljesítés: 2025.09.03\n", date(2025, 9, 6),
                     id="aggregate-latest"),
    ],
)
def test_fulfilment_date(text: str, expected: date | None) -> None:
    assert invoice_from_text(text).fulfilment_date == expected


def test_nothing_to_pay_means_no_net_and_no_vat() -> None:
    inv = invoice_from_text(HEAD + "Fizetendő összeg: 0 Ft\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (0, 0, 0)
    assert inv.provenance["net_total"].confidence < 0.6


def test_exempt_totals_row_prints_net_and_gross_only() -> None:
    inv = invoice_from_text(HEAD + "Összesen: 19 120.00 EUR 19 120.00 EUR\nFizetendő összeg: 19 120.00 EUR\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (Decimal("19120"), 0, Decimal("19120"))


def test_two_equal_amounts_that_are_not_the_payable_total_are_not_taken_as_net_and_gross() -> None:
    inv = invoice_from_text(HEAD + "Összesen: 27 000 27 000\nFizetendő összeg: 127 000 Ft\n")
    assert (inv.net_total, inv.vat_total, inv.gross_total) == (None, None, Decimal("127000"))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        pytest.param("Számlával egy tekintet alá eső okirat", "correction", id="title"),
        pytest.param("4 Adatszolgáltatás számlával egy tekintet alá eső okiratokról", "normal", id="chapter-heading"),
    ],
)
def test_kind_from_a_title_not_from_a_heading_that_mentions_it(title: str, kind: str) -> None:
    assert invoice_from_text(f"{title}\nSzámla sorszáma: A-1\n").kind.value == kind


@pytest.mark.parametrize(
    ("label", "order"),
    [
        pytest.param("Vevőrendelés", "VR-5521", id="vevőrendelés"),
        pytest.param("Vevői rendelés száma:", "VR-5521", id="vevői-rendelés"),
        pytest.param("Purchase order / Megrendelés", "4500018873", id="erp-english-first"),
        pytest.param("Order number:", "PO-77120", id="order-number"),
        pytest.param("Megrendelés / PO number", "PO-SK-88213", id="megrendelés-hungarian-first"),
        pytest.param("Ihre Bestellung / Your order / Megrendelés", "BA-2025/117", id="megrendelés-trilingual"),
        pytest.param("Megrendelés:", "MR-2025-3391", id="megrendelés-colon"),
    ],
)
def test_the_buyers_order_number(label: str, order: str) -> None:
    inv = invoice_from_lines([TextLine(0, 356, 720, 475, 730, label), TextLine(0, 495, 720, 546, 730, order)])
    assert inv.references.order == order


def test_a_bilingual_label_that_prints_its_english_twin_first() -> None:
    # an ERP's header box: "English / Magyar" labels, each value to the right or after the label
    inv = invoice_from_text("INVOICE / SZÁMLA\nDocument No. / Bizonylatszám 9100046020\n"
                            "Invoice date / Számla kelte 2025.11.05.\nDate of supply / Teljesítés 2025.11.04.\n"
                            "Due date / Esedékesség 2025.12.05.\n")
    assert (inv.number, inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        "9100046020", date(2025, 11, 5), date(2025, 11, 4), date(2025, 12, 5))


def test_a_trilingual_label_that_prints_two_foreign_twins_first() -> None:
    # an Austrian supplier's invoice: "Deutsch / English / Magyar"
    inv = invoice_from_text("Rechnungsnummer / Invoice no. / Számlaszám RE-2025-04418\n"
                            "Rechnungsdatum / Invoice date / Számla kelte 2025.10.09.\n"
                            "Lieferdatum / Delivery date / Teljesítés dátuma 2025.10.07.\n"
                            "Fällig am / Due date / Fizetési határidő 2025.10.23.\n")
    assert (inv.number, inv.issue_date, inv.fulfilment_date, inv.due_date) == (
        "RE-2025-04418", date(2025, 10, 9), date(2025, 10, 7), date(2025, 10, 23))


def test_megrendeles_qualified_by_another_word_is_no_order_label() -> None:
    inv = invoice_from_text("Megrendelés dátuma 2025. október 1.\nMegrendelés alapján 12 db\n")
    assert inv.references.order is None
