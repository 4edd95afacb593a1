from __future__ import annotations

import io
from decimal import Decimal

from pdfminer.high_level import extract_text

from szamlatar_dev.emulators.demo_data import (
    InvoiceKind,
    format_huf_amount,
    generate_demo,
    render_invoice_pdf,
    tax_number,
)


def test_same_seed_gives_the_same_book_and_another_seed_does_not() -> None:
    assert generate_demo(seed=4, invoices=10) == generate_demo(seed=4, invoices=10)
    assert generate_demo(seed=4, invoices=10) != generate_demo(seed=5, invoices=10)


def test_every_kind_appears_and_references_point_back() -> None:
    book = generate_demo(seed=2, invoices=8)
    assert {i.kind for i in book.invoices} == set(InvoiceKind)
    assert any(i.currency == "EUR" for i in book.invoices)
    numbers = {i.number for i in book.invoices}
    assert all(i.related_number in numbers for i in book.invoices if i.related_number)


def test_tax_numbers_carry_a_valid_check_digit() -> None:
    assert tax_number(1234567, 2, 41) == "12345676-2-41"


def test_amounts_use_hungarian_notation() -> None:
    assert format_huf_amount(Decimal("1234567")) == "1\u00a0234\u00a0567\u00a0Ft"
    assert format_huf_amount(Decimal("-12.5"), "EUR") == "-12,50\u00a0EUR"


def test_pdf_contains_number_parties_and_total() -> None:
    invoice = generate_demo(seed=1, invoices=3).invoices[0]
    text = extract_text(io.BytesIO(render_invoice_pdf(invoice)))
    for expected in (invoice.number, invoice.issuer.tax_number, invoice.buyer.tax_number, "Fizetendő"):
        assert expected in text
    assert invoice.issue_date.strftime("%Y.%m.%d.") in text
