"""The demo world seen as an in-house billing system: invoices with their PDF and their data."""

from __future__ import annotations

from typing import Any

from services.core.money import format_amount
from szamlatar_dev.emulators.demo_data import Company, DemoBook, Invoice, generate_demo, render_invoice_pdf


def _party(company: Company) -> dict[str, Any]:
    return {"name": company.name, "tax_number": company.tax_number or None,
            "vat_number": company.eu_tax_number or None}


def invoice_metadata(inv: Invoice) -> dict[str, Any]:
    """What an in-house system sends beside the PDF, in the invoice.v1 wire form."""
    return {
        "number": inv.number,
        "kind": inv.kind.value,
        "direction": "outgoing",
        "issue_date": inv.issue_date.isoformat(),
        "fulfilment_date": inv.fulfillment_date.isoformat(),
        "due_date": inv.due_date.isoformat(),
        "currency": inv.currency,
        "net_total": format_amount(inv.net_total),
        "vat_total": format_amount(inv.vat_total),
        "gross_total": format_amount(inv.gross_total),
        "seller": _party(inv.issuer),
        "buyer": _party(inv.buyer),
        "references": {"order": inv.order_number or None, "preceding_invoice": inv.related_number or None},
    }


def demo_book(count: int, seed: int = 7) -> DemoBook:
    return generate_demo(seed=seed, invoices=count)


def demo_documents(book: DemoBook) -> list[tuple[Invoice, bytes]]:
    return [(inv, render_invoice_pdf(inv)) for inv in book.invoices]
