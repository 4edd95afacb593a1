"""The InvoiceData builders: amounts worked out from lines, the elements each kind of document needs.

What the NAV reader makes of the seed is in tests/unit/core/parsing/test_readers.py; that the
builders' output is valid against NAV's invoiceData.xsd is in tests/conformance/test_nav_xsd.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from xml.etree.ElementTree import Element

import pytest

from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.spec import BASE_NS, DATA_NS
from szamlatar_dev.emulators.nav.invoice_data import (
    CONTENT_5,
    CONTENT_27,
    VAT_5,
    VAT_27,
    InvoiceSpec,
    Line,
    Party,
    Reference,
    batch_invoice_data,
    invoice_data,
)
from szamlatar_dev.emulators.nav.invoices import describe_invoice, generate_invoice
from szamlatar_dev.emulators.nav.seed import CUSTOMER_BUILDER, PRIVATE_PERSON, company

D = Decimal
US = company("12345678")
SALE = InvoiceSpec(number="T-1", issue_date=date(2021, 5, 3), delivery_date=date(2021, 5, 3), supplier=US,
                   customer=CUSTOMER_BUILDER, lines=(Line("Csavar", D(3), D("33.33"), VAT_27),
                                                     Line("Könyv", D(1), D("999.99"), VAT_5)))


def _d(tag: str) -> str:
    return f"{{{DATA_NS}}}{tag}"


def _texts(root: Element, path: str) -> list[str]:
    return [(e.text or "") for e in root.iterfind(path, {"d": DATA_NS, "b": BASE_NS})]


def test_amounts_are_worked_out_per_line_and_per_rate_rounded_half_up() -> None:
    root = parse_xml(invoice_data(SALE))
    line = "d:invoiceMain/d:invoice/d:invoiceLines/d:line/d:lineAmountsNormal"
    assert _texts(root, f"{line}/d:lineNetAmountData/d:lineNetAmount") == ["99.99", "999.99"]
    assert _texts(root, f"{line}/d:lineVatData/d:lineVatAmount") == ["27.00", "50.00"]
    summary = "d:invoiceMain/d:invoice/d:invoiceSummary"
    assert _texts(root, f"{summary}/d:summaryNormal/d:summaryByVatRate/d:vatRate/d:vatPercentage") == ["0.27", "0.05"]
    assert _texts(root, f"{summary}/d:summaryNormal/d:invoiceNetAmount") == ["1099.98"]
    assert _texts(root, f"{summary}/d:summaryGrossData/d:invoiceGrossAmount") == ["1176.98"]


def test_foreign_currency_amounts_get_forint_twins_at_the_exchange_rate() -> None:
    root = parse_xml(invoice_data(replace(SALE, currency="EUR", exchange_rate=D("360.5"))))
    summary = "d:invoiceMain/d:invoice/d:invoiceSummary"
    assert _texts(root, f"{summary}/d:summaryNormal/d:invoiceNetAmountHUF") == ["396542.79"]  # 1099.98 × 360.5
    assert _texts(root, f"{summary}/d:summaryGrossData/d:invoiceGrossAmountHUF") == ["424301.29"]
    assert _texts(root, "d:invoiceMain/d:invoice/d:invoiceHead/d:invoiceDetail/d:exchangeRate") == ["360.5"]


def test_a_private_person_is_reported_without_tax_number_name_or_address() -> None:
    root = parse_xml(invoice_data(replace(SALE, customer=PRIVATE_PERSON)))
    customer = root.find(f"{_d('invoiceMain')}/{_d('invoice')}/{_d('invoiceHead')}/{_d('customerInfo')}")
    assert customer is not None and [c.tag for c in customer] == [_d("customerVatStatus")]
    assert customer[0].text == "PRIVATE_PERSON"


def test_a_simplified_invoice_carries_vat_contents_and_no_net_summary() -> None:
    spec = replace(SALE, category="SIMPLIFIED", lines=(Line("Csavar", D(2), D("1270"), CONTENT_27),
                                                       Line("Újság", D(1), D("525"), CONTENT_5)))
    root = parse_xml(invoice_data(spec))
    summary = "d:invoiceMain/d:invoice/d:invoiceSummary"
    assert _texts(root, f"{summary}/d:summaryNormal") == []
    assert _texts(root, f"{summary}/d:summarySimplified/d:vatRate/d:vatContent") == ["0.2126", "0.0476"]
    assert _texts(root, f"{summary}/d:summarySimplified/d:vatContentGrossAmount") == ["2540.00", "525.00"]
    [facts] = describe_invoice(invoice_data(spec))
    assert (facts.invoice_category, facts.net_amount, facts.vat_amount) == ("SIMPLIFIED", None, None)


def test_a_modification_says_which_lines_it_changes_and_which_it_adds() -> None:
    spec = replace(SALE, number="T-2", reference=Reference("T-1", 1), lines=(
        Line("Csavar – visszáru", D(-1), D("33.33"), VAT_27, modifies_line=1),
        Line("Alátét", D(10), D("5"), VAT_27)))
    root = parse_xml(invoice_data(spec))
    refs = "d:invoiceMain/d:invoice/d:invoiceLines/d:line/d:lineModificationReference"
    assert _texts(root, f"{refs}/d:lineNumberReference") == ["1", "2"]
    assert _texts(root, f"{refs}/d:lineOperation") == ["MODIFY", "CREATE"]
    [facts] = describe_invoice(invoice_data(spec))
    assert (facts.operation, facts.original_invoice_number, facts.modification_index) == ("MODIFY", "T-1", 1)


def test_a_batch_modification_is_one_document_with_an_entry_per_invoice() -> None:
    parts = [replace(SALE, number="T-9", reference=Reference(f"T-{i}", 2)) for i in (1, 2)]
    facts = describe_invoice(batch_invoice_data("T-9", date(2021, 5, 30), parts))
    assert [(f.invoice_number, f.batch_index, f.original_invoice_number, f.issue_date) for f in facts] == [
        ("T-9", 1, "T-1", date(2021, 5, 30)), ("T-9", 2, "T-2", date(2021, 5, 30))]


@pytest.mark.parametrize(("build", "message"), [
    pytest.param(lambda: invoice_data(replace(SALE, supplier=Party("X", US.address))),
                 "a supplier reporting to NAV has a Hungarian tax number", id="supplier-without-tax-number"),
    pytest.param(lambda: invoice_data(replace(SALE, customer=replace(CUSTOMER_BUILDER, taxpayer_id=None))),
                 "has no tax identifier", id="customer-without-identifier"),
    pytest.param(lambda: invoice_data(replace(SALE, lines=())), "has no lines", id="no-lines"),
    pytest.param(lambda: batch_invoice_data("T-9", date(2021, 5, 30), [SALE]), "each referring to its invoice",
                 id="batch-part-without-reference"),
])
def test_documents_nav_would_refuse_are_not_built(build: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()  # type: ignore[operator]


def test_a_generated_invoice_names_known_parties_and_adds_up() -> None:
    doc = generate_invoice(invoice_number="G-1", issue_date=date(2025, 3, 4), supplier_tax_number="12345678",
                           customer_tax_number="24680132")
    [facts] = describe_invoice(doc)
    assert (facts.supplier_name, facts.customer_name) == ("Szállító Kft. (12345678)", "Dunai Logisztika Zrt.")
    assert (facts.net_amount, facts.vat_amount, facts.payment_date) == (D("189000.00"), D("48170.00"),
                                                                        date(2025, 3, 12))
