"""NAV Online Számla 3.0 ``InvoiceData`` documents built from values (pure functions).

The emulator's seed and the invoices tests plant are described here as parties, lines and VAT
rates; the builder works the amounts out (net = quantity × unit price, VAT per rate, HUF twins at
the invoice's exchange rate, the summary per VAT rate) so a document always adds up, and writes
the elements in the order the 3.0 data schema prescribes. The conformance suite validates what
these functions produce against NAV's own ``invoiceData.xsd``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from services.nav.protocol.spec import BASE_NS, DATA_NS

CENT = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    """Rounded to the fillér, half up, as invoices print it."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Address:
    """A Hungarian-style detailed address (``base:detailedAddress``)."""

    postal_code: str
    city: str
    street: str
    category: str  # közterület jellege: utca, út, tér …
    number: str
    country: str = "HU"


@dataclass(frozen=True)
class Party:
    """A supplier or customer; which tax identifier is set decides the customer's VAT status."""

    name: str
    address: Address
    taxpayer_id: str | None = None  # the 8-digit törzsszám of a Hungarian taxpayer
    vat_code: str | None = None
    county_code: str | None = None
    community_vat_number: str | None = None  # an EU customer, or an EU-registered Hungarian supplier
    third_state_tax_id: str | None = None  # a customer outside the EU
    private_person: bool = False
    bank_account: str | None = None

    @property
    def vat_status(self) -> str:
        if self.private_person:
            return "PRIVATE_PERSON"
        return "DOMESTIC" if self.taxpayer_id is not None else "OTHER"


@dataclass(frozen=True)
class Vat:
    """One VAT treatment: a percentage, a VAT content (simplified invoices), or a reasoned exemption."""

    percentage: Decimal | None = None
    content: Decimal | None = None
    exemption: tuple[str, str] | None = None  # (case, reason)
    out_of_scope: tuple[str, str] | None = None  # (case, reason)

    def rate(self) -> Decimal:
        """The share of the net amount that is VAT (zero for exemptions and out-of-scope)."""
        return self.percentage if self.percentage is not None else Decimal(0)


VAT_27 = Vat(percentage=Decimal("0.27"))
VAT_18 = Vat(percentage=Decimal("0.18"))
VAT_5 = Vat(percentage=Decimal("0.05"))
# VAT contents of simplified invoices (Áfa tv. 169. §): the VAT share of a gross price.
CONTENT_27 = Vat(content=Decimal("0.2126"))
CONTENT_5 = Vat(content=Decimal("0.0476"))
EXEMPT_AAM = Vat(exemption=("AAM", "Alanyi adómentesség"))
EXEMPT_TAM = Vat(exemption=("TAM", "Tevékenység közérdekű jellegére tekintettel adómentes"))
EXEMPT_EU = Vat(exemption=("KBAET", "Közösségen belüli adómentes termékértékesítés, Áfa tv. 89. §"))
EXEMPT_EXPORT = Vat(exemption=("EAM", "Termékexport harmadik országba, Áfa tv. 98. §"))
OUT_OF_SCOPE = Vat(out_of_scope=("ATK", "Áfa tv. területi hatályán kívüli szolgáltatás"))


@dataclass(frozen=True)
class AdvancePayment:
    """On a final invoice: the advance invoice whose payment this line deducts."""

    invoice_number: str
    paid_on: date
    exchange_rate: Decimal = Decimal(1)


@dataclass(frozen=True)
class Line:
    description: str
    quantity: Decimal
    unit_price: Decimal  # net, or gross on a simplified invoice
    vat: Vat
    unit: str = "PIECE"
    nature: str = "PRODUCT"
    product_code: tuple[str, str] | None = None  # (category, value), e.g. ("VTSZ", "94013000")
    advance: bool = False  # an advance (előleg) line
    deducts: AdvancePayment | None = None  # a final invoice's line deducting a paid advance
    modifies_line: int | None = None  # on a modification: the original's line this one changes
    delivery_date: date | None = None  # an aggregate invoice's delivery of this line
    delivery_note: str | None = None

    @property
    def amount(self) -> Decimal:
        return money(self.quantity * self.unit_price)


@dataclass(frozen=True)
class Reference:
    """What a modifying document points at (``invoiceReference``)."""

    original_number: str
    modification_index: int
    modify_without_master: bool = False


@dataclass(frozen=True)
class InvoiceSpec:
    number: str
    issue_date: date
    delivery_date: date
    supplier: Party
    customer: Party | None
    lines: tuple[Line, ...]
    payment_date: date | None = None
    payment_method: str = "TRANSFER"
    currency: str = "HUF"
    exchange_rate: Decimal = Decimal(1)
    appearance: str = "ELECTRONIC"
    category: str = "NORMAL"
    reference: Reference | None = None
    order_numbers: tuple[str, ...] = ()
    delivery_notes: tuple[str, ...] = ()
    contract_numbers: tuple[str, ...] = ()
    project_numbers: tuple[str, ...] = ()
    completeness: bool = False

    @property
    def simplified(self) -> bool:
        return self.category == "SIMPLIFIED"


@dataclass(frozen=True)
class Totals:
    """What an invoice adds up to, in its currency and in forints."""

    net: Decimal
    vat: Decimal
    gross: Decimal
    gross_huf: Decimal
    by_rate: tuple[tuple[Vat, Decimal, Decimal], ...] = field(default=())  # (rate, net, vat)


def line_vat(line: Line) -> Decimal:
    return money(line.amount * line.vat.rate())


def totals(spec: InvoiceSpec) -> Totals:
    """Net, VAT and gross of a normal invoice; a simplified invoice's gross is its lines' gross."""
    if spec.simplified:
        gross = sum((ln.amount for ln in spec.lines), Decimal(0))
        return Totals(Decimal(0), Decimal(0), gross, money(gross * spec.exchange_rate))
    rates: dict[Vat, tuple[Decimal, Decimal]] = {}
    for ln in spec.lines:
        net, vat = rates.get(ln.vat, (Decimal(0), Decimal(0)))
        rates[ln.vat] = (net + ln.amount, vat + line_vat(ln))
    net = sum((n for n, _ in rates.values()), Decimal(0))
    vat = sum((v for _, v in rates.values()), Decimal(0))
    return Totals(net, vat, net + vat, money((net + vat) * spec.exchange_rate),
                  tuple((rate, n, v) for rate, (n, v) in rates.items()))


# --------------------------------------------------------------------------- XML text


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _el(tag: str, value: object) -> str:
    return f"<{tag}>{escape(_text(value))}</{tag}>"


def _opt(tag: str, value: object | None) -> str:
    return "" if value is None else _el(tag, value)


def _node(tag: str, *children: str) -> str:
    return f"<{tag}>{''.join(children)}</{tag}>"


def _list(outer: str, inner: str, values: Iterable[str]) -> str:
    items = list(values)
    return _node(outer, *(_el(inner, v) for v in items)) if items else ""


def _huf(value: Decimal, spec: InvoiceSpec) -> Decimal:
    return money(value * spec.exchange_rate)


def _tax_number(tag: str, party: Party) -> str:
    return _node(
        tag,
        _el("base:taxpayerId", party.taxpayer_id),
        _opt("base:vatCode", party.vat_code),
        _opt("base:countyCode", party.county_code),
    )


def _address(tag: str, a: Address) -> str:
    return _node(tag, _node(
        "base:detailedAddress",
        _el("base:countryCode", a.country),
        _el("base:postalCode", a.postal_code),
        _el("base:city", a.city),
        _el("base:streetName", a.street),
        _el("base:publicPlaceCategory", a.category),
        _el("base:number", a.number),
    ))


def _supplier(party: Party) -> str:
    if party.taxpayer_id is None:
        raise ValueError("a supplier reporting to NAV has a Hungarian tax number")
    return _node(
        "supplierInfo",
        _tax_number("supplierTaxNumber", party),
        _opt("communityVatNumber", party.community_vat_number),
        _el("supplierName", party.name),
        _address("supplierAddress", party.address),
        _opt("supplierBankAccountNumber", party.bank_account),
    )


def _customer(party: Party) -> str:
    if party.private_person:
        # A private person is reported without name or address (data protection, spec §2.4).
        return _node("customerInfo", _el("customerVatStatus", "PRIVATE_PERSON"))
    if party.taxpayer_id is not None:
        vat_data = _tax_number("customerTaxNumber", party)
    elif party.community_vat_number is not None:
        vat_data = _el("communityVatNumber", party.community_vat_number)
    elif party.third_state_tax_id is not None:
        vat_data = _el("thirdStateTaxId", party.third_state_tax_id)
    else:
        raise ValueError(f"customer {party.name!r} has no tax identifier and is not a private person")
    return _node(
        "customerInfo",
        _el("customerVatStatus", party.vat_status),
        _node("customerVatData", vat_data),
        _el("customerName", party.name),
        _address("customerAddress", party.address),
        _opt("customerBankAccountNumber", party.bank_account),
    )


def _detail(spec: InvoiceSpec) -> str:
    conventional = (
        _list("orderNumbers", "orderNumber", spec.order_numbers)
        + _list("deliveryNotes", "deliveryNote", spec.delivery_notes)
        + _list("contractNumbers", "contractNumber", spec.contract_numbers)
        + _list("projectNumbers", "projectNumber", spec.project_numbers)
    )
    return _node(
        "invoiceDetail",
        _el("invoiceCategory", spec.category),
        _el("invoiceDeliveryDate", spec.delivery_date),
        _el("currencyCode", spec.currency),
        _el("exchangeRate", spec.exchange_rate),
        _el("paymentMethod", spec.payment_method),
        _opt("paymentDate", spec.payment_date),
        _el("invoiceAppearance", spec.appearance),
        _node("conventionalInvoiceInfo", conventional) if conventional else "",
    )


def _vat_rate(tag: str, vat: Vat) -> str:
    if vat.percentage is not None:
        inner = _el("vatPercentage", vat.percentage)
    elif vat.content is not None:
        inner = _el("vatContent", vat.content)
    elif vat.exemption is not None:
        inner = _node("vatExemption", _el("case", vat.exemption[0]), _el("reason", vat.exemption[1]))
    elif vat.out_of_scope is not None:
        inner = _node("vatOutOfScope", _el("case", vat.out_of_scope[0]), _el("reason", vat.out_of_scope[1]))
    else:
        raise ValueError("a VAT rate needs a percentage, a content, an exemption or an out-of-scope reason")
    return _node(tag, inner)


def _line(number: int, line: Line, spec: InvoiceSpec) -> str:
    advance = ""
    if line.advance or line.deducts is not None:
        payment = ""
        if line.deducts is not None:
            payment = _node(
                "advancePaymentData",
                _el("advanceOriginalInvoice", line.deducts.invoice_number),
                _el("advancePaymentDate", line.deducts.paid_on),
                _el("advanceExchangeRate", line.deducts.exchange_rate),
            )
        advance = _node("advanceData", _el("advanceIndicator", True), payment)
    modification = ""
    if spec.reference is not None:
        # A modifying document either changes a line of the original or adds a new one.
        modification = _node(
            "lineModificationReference",
            _el("lineNumberReference", line.modifies_line if line.modifies_line is not None else number),
            _el("lineOperation", "MODIFY" if line.modifies_line is not None else "CREATE"),
        )
    codes = ""
    if line.product_code is not None:
        category, value = line.product_code
        codes = _node("productCodes", _node(
            "productCode", _el("productCodeCategory", category), _el("productCodeValue", value)
        ))
    amount = line.amount
    if spec.simplified:
        amounts = _node(
            "lineAmountsSimplified",
            _vat_rate("lineVatRate", line.vat),
            _el("lineGrossAmountSimplified", amount),
            _el("lineGrossAmountSimplifiedHUF", _huf(amount, spec)),
        )
    else:
        vat = line_vat(line)
        amounts = _node(
            "lineAmountsNormal",
            _node("lineNetAmountData", _el("lineNetAmount", amount), _el("lineNetAmountHUF", _huf(amount, spec))),
            _vat_rate("lineVatRate", line.vat),
            _node("lineVatData", _el("lineVatAmount", vat), _el("lineVatAmountHUF", _huf(vat, spec))),
            _node("lineGrossAmountData", _el("lineGrossAmountNormal", amount + vat),
                  _el("lineGrossAmountNormalHUF", _huf(amount + vat, spec))),
        )
    aggregate = ""
    if line.delivery_date is not None:
        aggregate = _node("aggregateInvoiceLineData", _el("lineExchangeRate", spec.exchange_rate),
                          _el("lineDeliveryDate", line.delivery_date))
    conventional = ""
    if line.delivery_note is not None:
        conventional = _node("conventionalLineInfo", _list("deliveryNotes", "deliveryNote", [line.delivery_note]))
    return _node(
        "line",
        _el("lineNumber", number),
        modification,
        advance,
        codes,
        _el("lineExpressionIndicator", True),
        _el("lineNatureIndicator", line.nature),
        _el("lineDescription", line.description),
        _el("quantity", line.quantity),
        _el("unitOfMeasure", line.unit),
        _el("unitPrice", line.unit_price),
        _el("unitPriceHUF", _huf(line.unit_price, spec)),
        amounts,
        aggregate,
        conventional,
    )


def _summary(spec: InvoiceSpec) -> str:
    t = totals(spec)
    if spec.simplified:
        by_content: dict[Vat, Decimal] = {}
        for ln in spec.lines:
            by_content[ln.vat] = by_content.get(ln.vat, Decimal(0)) + ln.amount
        rows = "".join(
            _node("summarySimplified", _vat_rate("vatRate", vat), _el("vatContentGrossAmount", gross),
                  _el("vatContentGrossAmountHUF", _huf(gross, spec)))
            for vat, gross in by_content.items()
        )
    else:
        rows = _node(
            "summaryNormal",
            *(
                _node(
                    "summaryByVatRate",
                    _vat_rate("vatRate", vat),
                    _node("vatRateNetData", _el("vatRateNetAmount", net), _el("vatRateNetAmountHUF", _huf(net, spec))),
                    _node("vatRateVatData", _el("vatRateVatAmount", v), _el("vatRateVatAmountHUF", _huf(v, spec))),
                    _node("vatRateGrossData", _el("vatRateGrossAmount", net + v),
                          _el("vatRateGrossAmountHUF", _huf(net + v, spec))),
                )
                for vat, net, v in t.by_rate
            ),
            _el("invoiceNetAmount", t.net),
            _el("invoiceNetAmountHUF", _huf(t.net, spec)),
            _el("invoiceVatAmount", t.vat),
            _el("invoiceVatAmountHUF", _huf(t.vat, spec)),
        )
    gross = _node("summaryGrossData", _el("invoiceGrossAmount", t.gross), _el("invoiceGrossAmountHUF", t.gross_huf))
    return _node("invoiceSummary", rows, gross)


def _invoice(spec: InvoiceSpec) -> str:
    if not spec.lines:
        raise ValueError(f"invoice {spec.number} has no lines")
    reference = ""
    if spec.reference is not None:
        r = spec.reference
        reference = _node(
            "invoiceReference",
            _el("originalInvoiceNumber", r.original_number),
            _el("modifyWithoutMaster", r.modify_without_master),
            _el("modificationIndex", r.modification_index),
        )
    head = _node(
        "invoiceHead",
        _supplier(spec.supplier),
        _customer(spec.customer) if spec.customer is not None else "",
        _detail(spec),
    )
    lines = _node(
        "invoiceLines",
        _el("mergedItemIndicator", False),
        *(_line(i, ln, spec) for i, ln in enumerate(spec.lines, start=1)),
    )
    return _node("invoice", reference, head, lines, _summary(spec))


def _document(number: str, issue_date: date, completeness: bool, main: str) -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<InvoiceData xmlns="{DATA_NS}" xmlns:base="{BASE_NS}">'
        + _el("invoiceNumber", number)
        + _el("invoiceIssueDate", issue_date)
        + _el("completenessIndicator", completeness)
        + _node("invoiceMain", main)
        + "</InvoiceData>\n"
    )
    return xml.encode("utf-8")


def invoice_data(spec: InvoiceSpec) -> bytes:
    """One InvoiceData document holding one invoice (or one modifying document)."""
    return _document(spec.number, spec.issue_date, spec.completeness, _invoice(spec))


def batch_invoice_data(number: str, issue_date: date, parts: Sequence[InvoiceSpec]) -> bytes:
    """One document that modifies several invoices at once (``batchInvoice``, spec §2.2.4).

    Each part carries the reference of the invoice it modifies; the document's own number and
    issue date are those of the modifying document.
    """
    if not parts or any(p.reference is None for p in parts):
        raise ValueError("a batch modification holds at least one part, each referring to its invoice")
    main = "".join(_node("batchInvoice", _el("batchIndex", i), _invoice(p)) for i, p in enumerate(parts, start=1))
    return _document(number, issue_date, False, main)
