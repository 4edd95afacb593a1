"""The invoices a seeded NAV emulator starts with: one month (May 2021) of a Hungarian trading company.

The configured taxpayer is *Példa Kereskedelmi Kft.*; it issued the OUTBOUND documents below and
received the INBOUND ones from three suppliers. Together they cover what a sync meets in practice:

=============  ====================================================================================
PK-2021/0001   domestic sale, 5 % and 27 % lines and a discount line, order number, delivery note
PK-2021/0002   several VAT treatments on one invoice: 27 %, 18 %, 5 % and an exempt (AAM) line
PK-2021/0003   advance invoice (előlegszámla)
PK-2021/0004   final invoice (végszámla) deducting the advance of PK-2021/0003
PK-2021/0005   domestic sale in EUR with the MNB exchange rate
PK-2021/0006   intra-Community supply to Germany in EUR (exempt, KBAET)
PK-2021/0007   export to Serbia in USD (exempt, EAM)
PK-2021/0008   simplified invoice (VAT contents, cash)
PK-2021/0009   sale to a private person (card)
PK-2021/0010   aggregate invoice (gyűjtőszámla) over three delivery notes
PK-2021/0011   original invoice, then PK-2021/0012 modifies it and PK-2021/0013 cancels it (STORNO)
PK-2021/0014   three invoices modified together by one batch document, PK-2021/0017
 … 0016
AI-2021/0412   INBOUND office supplies, modified by AI-2021/0431
ME-21-008812   INBOUND electricity (service)
BIT-2021-077   INBOUND IT service in EUR
=============  ====================================================================================

NAV records an invoice the day after its issue, at 10:00 UTC, so a seed is reproducible.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from .invoice_data import (
    CONTENT_5,
    CONTENT_27,
    EXEMPT_AAM,
    EXEMPT_EU,
    EXEMPT_EXPORT,
    VAT_5,
    VAT_18,
    VAT_27,
    Address,
    AdvancePayment,
    InvoiceSpec,
    Line,
    Party,
    Reference,
    batch_invoice_data,
    invoice_data,
)

D = Decimal

# Fictitious parties; the Hungarian taxpayer ids carry a valid check digit.
CUSTOMER_BUILDER = Party(
    "Beszerző Építőipari Kft.", Address("7621", "Pécs", "Király", "utca", "12."), "13579241", "2", "02",
    bank_account="11731001-20512345-00000000",
)
CUSTOMER_LOGISTICS = Party("Dunai Logisztika Zrt.", Address("9027", "Győr", "Puskás Tivadar", "utca", "8."),
                           "24680132", "2", "08")
CUSTOMER_FOOD = Party("Tisza Élelmiszer Bt.", Address("6720", "Szeged", "Kárász", "utca", "5."), "11223346", "2", "06")
CUSTOMER_EU = Party("Rheinland Handel GmbH", Address("50667", "Köln", "Hohe", "Straße", "41", country="DE"),
                    community_vat_number="DE814736925")
CUSTOMER_SERBIA = Party("Vajdaság Trade d.o.o.", Address("21000", "Novi Sad", "Bulevar oslobođenja", "bulevár", "30",
                                                          country="RS"), third_state_tax_id="RS104512378")
PRIVATE_PERSON = Party("Kovács Anna", Address("4025", "Debrecen", "Piac", "utca", "20."), private_person=True)
SUPPLIER_OFFICE = Party("Alföldi Irodaszer Kft.", Address("6000", "Kecskemét", "Rákóczi", "út", "3."),
                        "25801475", "2", "03", bank_account="10402142-50526789-12340000")
SUPPLIER_ENERGY = Party("Mecsek Energia Zrt.", Address("7630", "Pécs", "Siklósi", "út", "52."), "14702585", "2", "02")
SUPPLIER_IT = Party("Balaton IT Szolgáltató Kft.", Address("8200", "Veszprém", "Óváros", "tér", "9."),
                    "26914707", "2", "19")

COMPANY_NAME = "Példa Kereskedelmi Kft."
COMPANY_ADDRESS = Address("1117", "Budapest", "Irinyi József", "utca", "4-20.")


def company(tax_number: str) -> Party:
    """The seeded taxpayer itself, under whatever tax number the emulator is configured with."""
    return Party(COMPANY_NAME, COMPANY_ADDRESS, tax_number, "2", "43", bank_account="12010611-01234567-00100001")


@dataclass(frozen=True)
class SeedInvoice:
    document: bytes
    ins_date: datetime
    label: str  # what the document shows, for people reading a listing
    operation: str | None = None  # NAV's invoiceOperation when InvoiceData cannot tell (STORNO)


def _received(issued: date) -> datetime:
    return datetime.combine(issued + timedelta(days=1), time(10, 0), tzinfo=UTC)


def _sale(number: str, day: int, customer: Party, lines: tuple[Line, ...], us: Party, **extra: Any) -> InvoiceSpec:
    """An invoice issued and fulfilled on 2021-05-``day``, due 15 days later unless ``extra`` says otherwise."""
    issued = date(2021, 5, day)
    extra.setdefault("payment_date", issued + timedelta(days=15))
    return InvoiceSpec(number=number, issue_date=issued, delivery_date=issued, supplier=us, customer=customer,
                       lines=lines, **extra)


CEMENT = Line("Portlandcement CEM II 42,5 (25 kg)", D(120), D("2150.00"), VAT_27, product_code=("VTSZ", "25232900"))
BRICK = Line("Kisméretű tömör tégla", D(2000), D("95.00"), VAT_27, product_code=("VTSZ", "69041000"))
DISCOUNT = Line("Árengedmény a téglára (5 %)", D(2000), D("-4.75"), VAT_27)
MANUAL = Line("Szakkönyv: Falazási kézikönyv", D(3), D("5900.00"), VAT_5, product_code=("VTSZ", "49019900"))


def _modifies(original: InvoiceSpec, number: str, day: int, index: int, *lines: Line) -> InvoiceSpec:
    """The ``index``-th modification of ``original``, issued on 2021-05-``day`` with ``lines`` as its changes."""
    issued = date(2021, 5, day)
    return replace(original, number=number, issue_date=issued, delivery_date=issued,
                   reference=Reference(original.number, index), lines=lines)


def _seed(label: str, spec: InvoiceSpec, operation: str | None = None) -> SeedInvoice:
    return SeedInvoice(invoice_data(spec), _received(spec.issue_date), label, operation)


def _outbound(us: Party) -> list[SeedInvoice]:
    """Every document the taxpayer issued."""
    advance = _sale("PK-2021/0003", 5, CUSTOMER_LOGISTICS, (
        Line("Előleg a BE-2021/131 rendelés targoncáira", D(1), D("1500000.00"), VAT_27, advance=True,
             nature="OTHER"),
    ), us, order_numbers=("BE-2021/131",), payment_date=date(2021, 5, 10))
    original = _sale("PK-2021/0011", 13, CUSTOMER_LOGISTICS, (
        Line("Raklap EUR 1200×800", D(200), D("4200.00"), VAT_27),
        Line("Raklapfólia", D(30), D("3100.00"), VAT_27),
    ), us)
    rented = [_sale(f"PK-2021/00{14 + i}", 14 + i, CUSTOMER_FOOD, (
        Line("Hűtőpult bérleti díj (május)", D(1), D(amount), VAT_27, unit="MONTH", nature="SERVICE"),
    ), us, contract_numbers=("KSZ-2021/07",)) for i, amount in enumerate(("85000.00", "92000.00", "78000.00"))]
    indexation = Line("Bérleti díj módosítása (indexálás)", D(1), D("2500.00"), VAT_27, unit="MONTH", nature="SERVICE")
    batch = [replace(_modifies(base, base.number, 25, 1, indexation), payment_date=date(2021, 6, 30))
             for base in rented]
    return [
        _seed("domestic sale", _sale("PK-2021/0001", 3, CUSTOMER_BUILDER, (CEMENT, BRICK, DISCOUNT, MANUAL), us,
                                     order_numbers=("BE-2021/118",), delivery_notes=("SZL-2021/0311",))),
        _seed("several VAT treatments", _sale("PK-2021/0002", 4, CUSTOMER_FOOD, (
            Line("Raklapos csomagolófólia", D(10), D("4800.00"), VAT_27),
            Line("Szállodai szolgáltatás (1 éj)", D(2), D("18500.00"), VAT_18, unit="DAY", nature="SERVICE"),
            Line("Tej 2,8 % (1 l)", D(240), D("289.00"), VAT_5, unit="LITER"),
            Line("Oktatási szolgáltatás (alanyi mentes partnertől továbbszámlázva)", D(1), D("60000.00"), EXEMPT_AAM,
                 nature="SERVICE"),
        ), us, contract_numbers=("KSZ-2020/44",))),
        _seed("advance invoice", advance),
        _seed("final invoice", _sale("PK-2021/0004", 20, CUSTOMER_LOGISTICS, (
            Line("Elektromos targonca 1,6 t", D(2), D("2350000.00"), VAT_27, product_code=("VTSZ", "84271010")),
            Line("Előleg levonása (PK-2021/0003)", D(1), D("-1500000.00"), VAT_27, nature="OTHER",
                 deducts=AdvancePayment(advance.number, date(2021, 5, 10))),
        ), us, order_numbers=("BE-2021/131",))),
        _seed("domestic sale in EUR", _sale("PK-2021/0005", 6, CUSTOMER_BUILDER, (
            Line("Hőszigetelő rendszer (m²)", D(450), D("18.40"), VAT_27, unit="OWN"),
            Line("Kivitelezési tanácsadás", D(12), D("65.00"), VAT_27, unit="HOUR", nature="SERVICE"),
        ), us, currency="EUR", exchange_rate=D("359.87"))),
        _seed("intra-Community supply", _sale("PK-2021/0006", 7, CUSTOMER_EU, (
            Line("Kerámia padlólap 60×60 (m²)", D(820), D("21.50"), EXEMPT_EU, product_code=("VTSZ", "69072100")),
        ), replace(us, community_vat_number=f"HU{us.taxpayer_id}"), currency="EUR", exchange_rate=D("360.12"))),
        _seed("export", _sale("PK-2021/0007", 10, CUSTOMER_SERBIA, (
            Line("Szerszámgép alkatrész", D(40), D("112.00"), EXEMPT_EXPORT, product_code=("VTSZ", "84669395")),
            Line("Fuvarozás Novi Sadig", D(1), D("380.00"), EXEMPT_EXPORT, nature="SERVICE"),
        ), us, currency="USD", exchange_rate=D("296.41"))),
        _seed("simplified invoice", _sale("PK-2021/0008", 11, CUSTOMER_FOOD, (
            Line("Csavarkészlet", D(4), D("3810.00"), CONTENT_27),
            Line("Szakmagazin", D(2), D("1490.00"), CONTENT_5),
        ), us, category="SIMPLIFIED", payment_method="CASH", payment_date=date(2021, 5, 11), appearance="PAPER")),
        _seed("to a private person", _sale("PK-2021/0009", 12, PRIVATE_PERSON, (
            Line("Fürdőszoba csempe (m²)", D(14), D("7480.00"), VAT_27),
            Line("Csemperagasztó (25 kg)", D(3), D("5200.00"), VAT_27),
        ), us, payment_method="CARD", payment_date=date(2021, 5, 12))),
        _seed("aggregate invoice", _sale("PK-2021/0010", 31, CUSTOMER_BUILDER, tuple(
            Line(f"Betonacél B500B (t), {note} szállítólevél", D(q), D("298000.00"), VAT_27, unit="TON",
                 delivery_date=date(2021, 5, d), delivery_note=note)
            for note, q, d in (("SZL-2021/0402", "2.5", 7), ("SZL-2021/0455", "1.2", 14), ("SZL-2021/0517", "3.0", 26))
        ), us, category="AGGREGATE", delivery_notes=("SZL-2021/0402", "SZL-2021/0455", "SZL-2021/0517"))),
        _seed("original of a chain", original),
        _seed("modification", _modifies(
            original, "PK-2021/0012", 17, 1,
            Line("Raklap EUR 1200×800 – 20 db visszáru", D(-20), D("4200.00"), VAT_27, modifies_line=1))),
        _seed("storno", _modifies(
            original, "PK-2021/0013", 19, 2,
            Line("Raklap EUR 1200×800 – sztornó", D(-180), D("4200.00"), VAT_27, modifies_line=1),
            Line("Raklapfólia – sztornó", D(-30), D("3100.00"), VAT_27, modifies_line=2)), "STORNO"),
        *(_seed("base of a batch modification", base) for base in rented),
        SeedInvoice(batch_invoice_data("PK-2021/0017", date(2021, 5, 25), batch), _received(date(2021, 5, 25)),
                    "batch modification"),
    ]


def _inbound(us: Party) -> list[SeedInvoice]:
    """Every document the taxpayer received from its suppliers."""
    office = InvoiceSpec(
        number="AI-2021/0412", issue_date=date(2021, 5, 6), delivery_date=date(2021, 5, 6), supplier=SUPPLIER_OFFICE,
        customer=us, payment_date=date(2021, 5, 21), order_numbers=("PK-BESZ-2021/33",), lines=(
            Line("Fénymásolópapír A4 (500 lap)", D(40), D("1890.00"), VAT_27),
            Line("Iratrendező", D(25), D("690.00"), VAT_27),
        ))
    return [
        _seed("supplier invoice", office),
        _seed("supplier's modification", _modifies(
            office, "AI-2021/0431", 18, 1,
            Line("Iratrendező – 5 db hiány jóváírása", D(-5), D("690.00"), VAT_27, modifies_line=2))),
        _seed("supplier utility invoice", InvoiceSpec(
            number="ME-21-008812", issue_date=date(2021, 5, 8), delivery_date=date(2021, 4, 30),
            supplier=SUPPLIER_ENERGY, customer=us, payment_date=date(2021, 5, 23), lines=(
                Line("Villamos energia, április", D(4180), D("38.20"), VAT_27, unit="KWH", nature="SERVICE"),
                Line("Rendszerhasználati díj", D(1), D("21450.00"), VAT_27, nature="SERVICE"),
            ))),
        _seed("supplier invoice in EUR", InvoiceSpec(
            number="BIT-2021-077", issue_date=date(2021, 5, 21), delivery_date=date(2021, 5, 20), supplier=SUPPLIER_IT,
            customer=us, payment_date=date(2021, 6, 5), currency="EUR", exchange_rate=D("357.94"),
            project_numbers=("ERP-2021",), lines=(
                Line("ERP bevezetési tanácsadás", D(16), D("85.00"), VAT_27, unit="HOUR", nature="SERVICE"),
            ))),
    ]


def seed_invoices(tax_number: str, *, inbound: bool = True) -> list[SeedInvoice]:
    """The seed for the taxpayer ``tax_number``, in the order NAV received it."""
    us = company(tax_number)
    return sorted(_outbound(us) + (_inbound(us) if inbound else []), key=lambda s: s.ins_date)
