"""Invoices the NAV emulator holds: what a digest says about them, and generated ones to plant.

What NAV knows about an invoice is read from its InvoiceData, as NAV itself does; the seed is
in ``seed.py`` and the documents are built by ``invoice_data.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from xml.etree.ElementTree import Element

from services.core.errors import MalformedDocumentError, ReasonCode
from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.spec import BASE_NS, DATA_NS

from .invoice_data import VAT_5, VAT_27, Address, InvoiceSpec, Line, Party, invoice_data
from .seed import CUSTOMER_BUILDER, CUSTOMER_FOOD, CUSTOMER_LOGISTICS, SUPPLIER_ENERGY, SUPPLIER_IT, SUPPLIER_OFFICE


@dataclass(frozen=True)
class InvoiceFacts:
    """What NAV's digest tells about one invoice (one entry of a batch document)."""

    invoice_number: str
    issue_date: date
    supplier_tax_number: str
    supplier_name: str
    invoice_category: str
    operation: str = "CREATE"
    batch_index: int | None = None
    supplier_group_member_tax_number: str | None = None
    customer_tax_number: str | None = None
    customer_group_member_tax_number: str | None = None
    customer_name: str | None = None
    payment_method: str | None = None
    payment_date: date | None = None
    invoice_appearance: str | None = None
    delivery_date: date | None = None
    currency: str | None = None
    net_amount: Decimal | None = None
    net_amount_huf: Decimal | None = None
    vat_amount: Decimal | None = None
    vat_amount_huf: Decimal | None = None
    original_invoice_number: str | None = None
    modification_index: int | None = None
    completeness_indicator: bool | None = None


def _d(tag: str) -> str:
    return f"{{{DATA_NS}}}{tag}"


def _path_text(node: Element, *tags: str, ns: str = DATA_NS) -> str | None:
    current: Element | None = node
    for i, tag in enumerate(tags):
        if current is None:
            return None
        # The last step of a tax-number path is in the base namespace.
        step_ns = BASE_NS if (ns == BASE_NS and i == len(tags) - 1) else DATA_NS
        current = current.find(f"{{{step_ns}}}{tag}")
    if current is None or current.text is None:
        return None
    return current.text.strip()


def _opt_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _opt_decimal(text: str | None) -> Decimal | None:
    return Decimal(text) if text else None


def describe_invoice(document: bytes) -> list[InvoiceFacts]:
    """Digest facts for an InvoiceData document: one entry, or one per ``batchInvoice``."""
    root = parse_xml(document)
    if root.tag != _d("InvoiceData"):
        raise MalformedDocumentError(f"not a 3.0 InvoiceData: {root.tag}", reason=ReasonCode.MALFORMED_XML)
    number = _path_text(root, "invoiceNumber")
    issue = _path_text(root, "invoiceIssueDate")
    main = root.find(_d("invoiceMain"))
    if number is None or issue is None or main is None:
        raise MalformedDocumentError("InvoiceData lacks number, date or main", reason=ReasonCode.MALFORMED_XML)
    completeness = _path_text(root, "completenessIndicator")
    entries: list[tuple[int | None, Element]] = []
    single = main.find(_d("invoice"))
    if single is not None:
        entries.append((None, single))
    for batch in main.findall(_d("batchInvoice")):
        invoice = batch.find(_d("invoice"))
        index = _path_text(batch, "batchIndex")
        if invoice is not None and index is not None:
            entries.append((int(index), invoice))
    facts: list[InvoiceFacts] = []
    for batch_index, invoice in entries:
        head = invoice.find(_d("invoiceHead"))
        if head is None:
            raise MalformedDocumentError("invoice lacks invoiceHead", reason=ReasonCode.MALFORMED_XML)
        supplier_tax = _path_text(head, "supplierInfo", "supplierTaxNumber", "taxpayerId", ns=BASE_NS)
        supplier_name = _path_text(head, "supplierInfo", "supplierName")
        category = _path_text(head, "invoiceDetail", "invoiceCategory")
        if supplier_tax is None or supplier_name is None or category is None:
            raise MalformedDocumentError("invoice lacks supplier or category", reason=ReasonCode.MALFORMED_XML)
        summary = invoice.find(_d("invoiceSummary"))
        # Simplified invoices have no summaryNormal; their digest then carries no amounts.
        normal = summary.find(_d("summaryNormal")) if summary is not None else None
        original = _path_text(invoice, "invoiceReference", "originalInvoiceNumber")
        modification = _path_text(invoice, "invoiceReference", "modificationIndex")
        net = _opt_decimal(_path_text(normal, "invoiceNetAmount")) if normal is not None else None
        net_huf = _opt_decimal(_path_text(normal, "invoiceNetAmountHUF")) if normal is not None else None
        vat = _opt_decimal(_path_text(normal, "invoiceVatAmount")) if normal is not None else None
        vat_huf = _opt_decimal(_path_text(normal, "invoiceVatAmountHUF")) if normal is not None else None
        facts.append(
            InvoiceFacts(
                invoice_number=number,
                issue_date=date.fromisoformat(issue),
                supplier_tax_number=supplier_tax,
                supplier_name=supplier_name,
                invoice_category=category,
                operation="MODIFY" if original is not None else "CREATE",
                batch_index=batch_index,
                supplier_group_member_tax_number=_path_text(
                    head, "supplierInfo", "groupMemberTaxNumber", "taxpayerId", ns=BASE_NS
                ),
                customer_tax_number=_path_text(
                    head, "customerInfo", "customerVatData", "customerTaxNumber", "taxpayerId", ns=BASE_NS
                ),
                customer_name=_path_text(head, "customerInfo", "customerName"),
                payment_method=_path_text(head, "invoiceDetail", "paymentMethod"),
                payment_date=_opt_date(_path_text(head, "invoiceDetail", "paymentDate")),
                invoice_appearance=_path_text(head, "invoiceDetail", "invoiceAppearance"),
                delivery_date=_opt_date(_path_text(head, "invoiceDetail", "invoiceDeliveryDate")),
                currency=_path_text(head, "invoiceDetail", "currencyCode"),
                net_amount=net,
                net_amount_huf=net_huf,
                vat_amount=vat,
                vat_amount_huf=vat_huf,
                original_invoice_number=original,
                modification_index=int(modification) if modification is not None else None,
                completeness_indicator=None if completeness is None else completeness == "true",
            )
        )
    return facts


# --------------------------------------------------------------------------- generated invoices


_KNOWN_PARTIES = {p.taxpayer_id: p for p in (CUSTOMER_BUILDER, CUSTOMER_LOGISTICS, CUSTOMER_FOOD, SUPPLIER_OFFICE,
                                               SUPPLIER_ENERGY, SUPPLIER_IT)}
_GENERIC_SUPPLIER = Party("Szállító Kft.", Address("1051", "Budapest", "Október 6.", "utca", "7."), vat_code="2",
                          county_code="41")
_GENERIC_CUSTOMER = Party("Vevő Kft.", Address("3525", "Miskolc", "Széchenyi", "utca", "15."), vat_code="2",
                          county_code="05")


def _party(tax_number: str, fallback: Party) -> Party:
    """A seed party when the tax number is one of theirs, otherwise a generic one under that number."""
    return _KNOWN_PARTIES.get(tax_number) or replace(fallback, name=f"{fallback.name} ({tax_number})",
                                                     taxpayer_id=tax_number)


GENERATED_LINES = (
    Line("Irodai forgószék", Decimal(4), Decimal("42000.00"), VAT_27, product_code=("VTSZ", "94013000")),
    Line("Kiszállítás", Decimal(1), Decimal("8000.00"), VAT_27, nature="SERVICE"),
    Line("Ergonómiai kézikönyv", Decimal(2), Decimal("6500.00"), VAT_5, product_code=("VTSZ", "49019900")),
)


def generate_invoice(
    *,
    invoice_number: str,
    issue_date: date,
    supplier_tax_number: str,
    customer_tax_number: str,
) -> bytes:
    """A domestic sale between two taxpayers (gross 237 170 HUF), for tests and the demo to plant."""
    return invoice_data(InvoiceSpec(
        number=invoice_number, issue_date=issue_date, delivery_date=issue_date,
        supplier=_party(supplier_tax_number, _GENERIC_SUPPLIER),
        customer=_party(customer_tax_number, _GENERIC_CUSTOMER),
        lines=GENERATED_LINES, payment_date=issue_date + timedelta(days=8),
    ))
