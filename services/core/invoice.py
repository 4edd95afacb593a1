"""One invoice model for every source (DESIGN §3).

Plain frozen dataclasses with Decimal amounts. Where a value came from, and how sure we are,
is kept beside the values in ``provenance`` keyed by the field's dotted path
(``"buyer.tax_number"``), so the model stays easy to construct and compare.
``invoice_to_json``/``invoice_from_json`` are the one wire form (amounts as decimal strings,
dates ISO, absent values null).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from services.core.enums import Direction
from services.core.money import format_amount, to_decimal


class InvoiceKind(StrEnum):
    NORMAL = "normal"
    ADVANCE = "advance"
    FINAL = "final"
    PROFORMA = "proforma"
    STORNO = "storno"
    CORRECTION = "correction"
    CREDIT_NOTE = "credit_note"


class PaymentStatus(StrEnum):
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"


@dataclass(frozen=True)
class Provenance:
    """Where one field's value came from: reader (``nav_xml``, ``pdf_text``…), path, confidence.

    A value read off a printed page also says which page (1-based) and under which printed label
    it was found; both are None for structured sources and in records written before they existed.
    """

    source: str
    path: str | None = None
    confidence: float = 1.0
    page: int | None = None
    label: str | None = None


@dataclass(frozen=True)
class Address:
    country: str | None = None
    postal_code: str | None = None
    city: str | None = None
    street: str | None = None

    def one_line(self) -> str:
        return ", ".join(p for p in (self.postal_code, self.city, self.street, self.country) if p)


@dataclass(frozen=True)
class Party:
    name: str | None = None
    tax_number: str | None = None  # normalised 12345678-2-41
    taxpayer_id: str | None = None  # the 8-digit törzsszám
    vat_number: str | None = None  # EU VAT number, e.g. HU12345678
    address: Address | None = None
    private_person: bool = False
    # What a billing system keeps of its partner (Billingo partner, Számlázz.hu vevő): the client
    # record takes them (core/clients.py).
    partner_id: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class VatLine:
    rate: Decimal | None  # 0.27 for 27%; None for exempt / out of scope
    net: Decimal
    vat: Decimal
    gross: Decimal | None = None
    category: str | None = None  # e.g. AAM, TAM, KBAET when there is no rate
    net_huf: Decimal | None = None
    vat_huf: Decimal | None = None


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal | None = None
    unit: str | None = None
    unit_price: Decimal | None = None
    net: Decimal | None = None
    vat_rate: Decimal | None = None
    vat: Decimal | None = None
    gross: Decimal | None = None


@dataclass(frozen=True)
class References:
    order: str | None = None
    contract: str | None = None
    project: str | None = None
    delivery_note: str | None = None
    preceding_invoice: str | None = None  # for storno / correction
    preceding_invoices: tuple[str, ...] = ()  # a batch modification names several base invoices


@dataclass(frozen=True)
class Payment:
    date: date
    amount: Decimal
    method: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class Invoice:
    number: str | None = None
    kind: InvoiceKind = InvoiceKind.NORMAL
    direction: Direction = Direction.OUTGOING
    issue_date: date | None = None
    fulfilment_date: date | None = None
    due_date: date | None = None
    currency: str | None = None
    exchange_rate: Decimal | None = None
    net_total: Decimal | None = None
    vat_total: Decimal | None = None
    gross_total: Decimal | None = None
    net_total_huf: Decimal | None = None
    vat_total_huf: Decimal | None = None
    gross_total_huf: Decimal | None = None
    vat_breakdown: tuple[VatLine, ...] = ()
    seller: Party = field(default_factory=Party)
    buyer: Party = field(default_factory=Party)
    references: References = field(default_factory=References)
    payment_method: str | None = None
    payment_status: PaymentStatus | None = None
    payments: tuple[Payment, ...] = ()
    lines: tuple[Line, ...] = ()
    category: str | None = None  # NAV invoiceCategory: NORMAL, SIMPLIFIED, AGGREGATE
    provenance: dict[str, Provenance] = field(default_factory=dict, compare=False)
    warnings: tuple[str, ...] = ()


# --- wire form ---------------------------------------------------------------------------------


# Types written out as they are. Checked first by exact type: most of an invoice's leaves are these, and
# the isinstance chain below (``is_dataclass`` above all) made ``_encode`` most of the parse stage's own CPU.
_PLAIN: frozenset[type] = frozenset({str, int, float, bool, type(None)})


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    """A dataclass's field names, looked up once per class instead of once per value."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    if isinstance(value, Decimal):
        return format_amount(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _encode(getattr(value, name)) for name in _field_names(kind)}
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    return value


def invoice_to_json(invoice: Invoice) -> dict[str, Any]:
    """JSON-safe dict; ``invoice_number`` and ``preceding_invoice``/``order_reference`` are
    flattened too because search and the CLI use them most."""
    data: dict[str, Any] = _encode(invoice)
    data["invoice_number"] = invoice.number
    data["order_reference"] = invoice.references.order
    data["preceding_invoice"] = invoice.references.preceding_invoice
    return data


def _dec(value: Any) -> Decimal | None:
    return None if value is None else to_decimal(value)


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _party(data: dict[str, Any] | None) -> Party:
    if not data:
        return Party()
    addr = data.get("address")
    return Party(
        name=data.get("name"),
        tax_number=data.get("tax_number"),
        taxpayer_id=data.get("taxpayer_id"),
        vat_number=data.get("vat_number"),
        address=Address(**addr) if addr else None,
        private_person=bool(data.get("private_person", False)),
        partner_id=data.get("partner_id"),
        email=data.get("email"),
        phone=data.get("phone"),
    )


def _references(data: dict[str, Any] | None) -> References:
    if not data:
        return References()
    known = {f.name for f in dataclasses.fields(References)}
    values = {k: v for k, v in data.items() if k in known}
    values["preceding_invoices"] = tuple(values.get("preceding_invoices") or ())
    return References(**values)


def invoice_from_json(data: dict[str, Any]) -> Invoice:
    return Invoice(
        number=data.get("number"),
        kind=InvoiceKind(data.get("kind") or "normal"),
        direction=Direction(data.get("direction") or "outgoing"),
        issue_date=_date(data.get("issue_date")),
        fulfilment_date=_date(data.get("fulfilment_date")),
        due_date=_date(data.get("due_date")),
        currency=data.get("currency"),
        exchange_rate=_dec(data.get("exchange_rate")),
        net_total=_dec(data.get("net_total")),
        vat_total=_dec(data.get("vat_total")),
        gross_total=_dec(data.get("gross_total")),
        net_total_huf=_dec(data.get("net_total_huf")),
        vat_total_huf=_dec(data.get("vat_total_huf")),
        gross_total_huf=_dec(data.get("gross_total_huf")),
        vat_breakdown=tuple(
            VatLine(
                rate=_dec(v.get("rate")),
                net=to_decimal(v["net"]),
                vat=to_decimal(v["vat"]),
                gross=_dec(v.get("gross")),
                category=v.get("category"),
                net_huf=_dec(v.get("net_huf")),
                vat_huf=_dec(v.get("vat_huf")),
            )
            for v in data.get("vat_breakdown") or ()
        ),
        seller=_party(data.get("seller")),
        buyer=_party(data.get("buyer")),
        references=_references(data.get("references")),
        payment_method=data.get("payment_method"),
        payment_status=PaymentStatus(data["payment_status"]) if data.get("payment_status") else None,
        payments=tuple(
            Payment(date=date.fromisoformat(p["date"]), amount=to_decimal(p["amount"]),
                    method=p.get("method"), reference=p.get("reference"))
            for p in data.get("payments") or ()
        ),
        category=data.get("category"),
        lines=tuple(
            Line(
                description=ln["description"],
                quantity=_dec(ln.get("quantity")),
                unit=ln.get("unit"),
                unit_price=_dec(ln.get("unit_price")),
                net=_dec(ln.get("net")),
                vat_rate=_dec(ln.get("vat_rate")),
                vat=_dec(ln.get("vat")),
                gross=_dec(ln.get("gross")),
            )
            for ln in data.get("lines") or ()
        ),
        provenance={k: Provenance(**v) for k, v in (data.get("provenance") or {}).items()},
        warnings=tuple(data.get("warnings") or ()),
    )
