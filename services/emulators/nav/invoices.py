"""Invoices the NAV emulator holds: what a digest says about them, seeding and generation.

The seed is NAV's 30 official 3.0 InvoiceData samples (``data/samples``). They all name the same
few fictitious taxpayers and repeat invoice numbers, so seeding rewrites them: the supplier becomes
the configured taxpayer (OUTBOUND), a second copy makes that taxpayer the customer (INBOUND), and a
repeated number gets a ``-2``/``-3`` suffix so every invoice can be fetched without ambiguity.
The rewrite is textual, so everything else in the official XML stays byte-for-byte as published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from xml.etree.ElementTree import Element

from services.core.errors import MalformedDocumentError, ReasonCode
from services.core.nav_signing import BASE_NS, DATA_NS, parse_xml

SAMPLES_DIR = Path(__file__).parent / "data" / "samples"
TEMPLATE_SAMPLE = "Belfoldi_termekertekesites.xml"


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


# --------------------------------------------------------------------------- textual rewrites

_SUPPLIER_TAX = re.compile(rb"(<supplierTaxNumber>\s*<(?:\w+:)?taxpayerId>)\d{8}")
_CUSTOMER_TAX = re.compile(rb"(<customerTaxNumber>\s*<(?:\w+:)?taxpayerId>)\d{8}")
_INVOICE_NUMBER = re.compile(rb"(<invoiceNumber>)[^<]*(</invoiceNumber>)")
_ISSUE_DATE = re.compile(rb"(<invoiceIssueDate>)[^<]*(</invoiceIssueDate>)")


def rewrite_invoice(
    document: bytes,
    *,
    supplier_tax_number: str | None = None,
    customer_tax_number: str | None = None,
    invoice_number: str | None = None,
    issue_date: date | None = None,
) -> bytes:
    """Replace identifying values in an InvoiceData text; ``None`` leaves a value alone."""
    out = document
    if supplier_tax_number is not None:
        out = _SUPPLIER_TAX.sub(lambda m: m.group(1) + supplier_tax_number.encode(), out)
    if customer_tax_number is not None:
        out = _CUSTOMER_TAX.sub(lambda m: m.group(1) + customer_tax_number.encode(), out)
    if invoice_number is not None:
        escaped = invoice_number.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8")
        # Only the document's own number (the first one); line references keep theirs.
        out = _INVOICE_NUMBER.sub(lambda m: m.group(1) + escaped + m.group(2), out, count=1)
    if issue_date is not None:
        out = _ISSUE_DATE.sub(lambda m: m.group(1) + issue_date.isoformat().encode() + m.group(2), out, count=1)
    return out


def generate_invoice(
    *,
    invoice_number: str,
    issue_date: date,
    supplier_tax_number: str,
    customer_tax_number: str,
) -> bytes:
    """A schema-valid InvoiceData built from an official sample with the given identity."""
    template = (SAMPLES_DIR / TEMPLATE_SAMPLE).read_bytes()
    return rewrite_invoice(
        template,
        supplier_tax_number=supplier_tax_number,
        customer_tax_number=customer_tax_number,
        invoice_number=invoice_number,
        issue_date=issue_date,
    )


@dataclass(frozen=True)
class SeedInvoice:
    document: bytes
    ins_date: datetime
    source_name: str


def seed_invoices(tax_number: str, *, inbound: bool = True) -> list[SeedInvoice]:
    """The official samples assigned to ``tax_number`` (see the module docstring)."""
    seen: dict[str, int] = {}
    out: list[SeedInvoice] = []
    for path in sorted(SAMPLES_DIR.glob("*.xml")):
        original = path.read_bytes()
        facts = describe_invoice(original)[0]
        seen[facts.invoice_number] = seen.get(facts.invoice_number, 0) + 1
        count = seen[facts.invoice_number]
        number = facts.invoice_number if count == 1 else f"{facts.invoice_number}-{count}"
        # Received by NAV the day after issue, at a fixed hour, so a seed is reproducible.
        ins_date = datetime.combine(facts.issue_date + timedelta(days=1), time(10, 0), tzinfo=UTC)
        outbound_doc = rewrite_invoice(original, supplier_tax_number=tax_number, invoice_number=number)
        out.append(SeedInvoice(outbound_doc, ins_date, path.name))
        if inbound and facts.customer_tax_number is not None and facts.supplier_tax_number != tax_number:
            inbound_doc = rewrite_invoice(original, customer_tax_number=tax_number, invoice_number=number)
            out.append(SeedInvoice(inbound_doc, ins_date + timedelta(minutes=1), path.name))
    return out
