"""The invoice wire form (``invoice_to_json``): every kind of value the model holds, written as the
contracts expect, and read back to the same invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from services.core.enums import Direction
from services.core.invoice import (
    Address,
    Invoice,
    InvoiceKind,
    Line,
    Party,
    Payment,
    PaymentStatus,
    Provenance,
    References,
    VatLine,
    invoice_from_json,
    invoice_to_json,
)


def _invoice() -> Invoice:
    return Invoice(
        number="INV-1", kind=InvoiceKind.CORRECTION, direction=Direction.INCOMING, issue_date=date(2026, 3, 1),
        currency="HUF", gross_total=Decimal("1270.00"), net_total=Decimal("1000"),
        vat_breakdown=(VatLine(rate=Decimal("0.27"), net=Decimal("1000"), vat=Decimal("270")),),
        seller=Party(name="Eladó Kft.", address=Address(city="Budapest"), private_person=True),
        references=References(order="PO-9", preceding_invoices=("INV-0", "INV-00")),
        payment_status=PaymentStatus.PAID,
        payments=(Payment(date=date(2026, 3, 2), amount=Decimal("1270")),),
        lines=(Line(description="munka", quantity=Decimal("2"), vat_rate=Decimal("0.27")),),
        provenance={"number": Provenance(source="pdf_text", confidence=0.5, page=1)},
        warnings=("one",),
    )


def test_values_take_their_wire_form() -> None:
    data = invoice_to_json(_invoice())
    assert data["kind"] == "correction" and type(data["kind"]) is str  # an enum's value, not the enum
    assert data["direction"] == "incoming" and type(data["direction"]) is str
    assert data["issue_date"] == "2026-03-01" and data["due_date"] is None
    assert data["gross_total"] == "1270.00" and data["currency"] == "HUF"
    assert data["vat_breakdown"] == [{"rate": "0.27", "net": "1000", "vat": "270", "gross": None, "category": None,
                                      "net_huf": None, "vat_huf": None}]
    assert data["seller"]["address"] == {"country": None, "postal_code": None, "city": "Budapest", "street": None}
    assert data["seller"]["private_person"] is True and data["buyer"]["private_person"] is False
    assert data["references"]["preceding_invoices"] == ["INV-0", "INV-00"]
    assert data["payments"] == [{"date": "2026-03-02", "amount": "1270", "method": None, "reference": None}]
    assert data["provenance"]["number"] == {"source": "pdf_text", "path": None, "confidence": 0.5, "page": 1,
                                            "label": None}
    assert data["payment_status"] == "paid" and data["warnings"] == ["one"]
    assert (data["invoice_number"], data["order_reference"]) == ("INV-1", "PO-9")


def test_the_wire_form_reads_back_to_the_same_invoice() -> None:
    invoice = _invoice()
    assert invoice_from_json(invoice_to_json(invoice)) == invoice
