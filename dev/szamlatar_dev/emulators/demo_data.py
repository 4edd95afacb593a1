"""Seeded, realistic Hungarian demo invoices shared by the Billingo and Számla Agent emulators.

Everything is derived from ``random.Random(seed)`` and a fixed anchor date, so the same seed gives
the same companies, numbers, amounts and payments on every machine: tests can name invoice
numbers, and a demo looks the same twice. The model here is neutral; each emulator maps it to its
own wire format (Billingo JSON, Számlázz.hu ``<szamla>`` XML).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

ANCHOR_DATE = date(2025, 3, 31)
"""Default 'today' of the demo world; fixed so that the data does not drift with the wall clock."""


class InvoiceKind(StrEnum):
    NORMAL = "normal"
    ADVANCE = "advance"  # előlegszámla
    FINAL = "final"  # végszámla, deducts the advance
    STORNO = "storno"  # sztornó, cancels a preceding invoice
    CORRECTION = "correction"  # helyesbítő számla, modifies a preceding invoice


@dataclass(frozen=True)
class Address:
    country_code: str
    post_code: str
    city: str
    street: str


@dataclass(frozen=True)
class Company:
    id: int
    name: str
    tax_number: str  # 12345678-2-41
    address: Address
    email: str
    eu_tax_number: str = ""
    bank_name: str = ""
    bank_account: str = ""

    @property
    def is_domestic(self) -> bool:
        return self.address.country_code == "HU"


@dataclass(frozen=True)
class Line:
    name: str
    quantity: Decimal
    unit: str
    net_unit_price: Decimal
    vat_rate: int | None  # None = AAM (alanyi adómentes), no VAT
    precision: Decimal  # Decimal("1") for HUF, Decimal("0.01") for EUR

    @property
    def net(self) -> Decimal:
        return _round(self.quantity * self.net_unit_price, self.precision)

    @property
    def vat(self) -> Decimal:
        if self.vat_rate is None:
            return Decimal(0) * self.precision
        return _round(self.net * self.vat_rate / 100, self.precision)

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat

    @property
    def vat_label(self) -> str:
        return "AAM" if self.vat_rate is None else f"{self.vat_rate}%"


@dataclass(frozen=True)
class VatTotal:
    vat_rate: int | None
    net: Decimal
    vat: Decimal
    gross: Decimal

    @property
    def vat_label(self) -> str:
        return "AAM" if self.vat_rate is None else f"{self.vat_rate}%"


@dataclass(frozen=True)
class Payment:
    date: date
    amount: Decimal
    method: str  # neutral: "wire_transfer", "cash", "bankcard"
    note: str = ""


@dataclass(frozen=True)
class Invoice:
    id: int
    number: str
    kind: InvoiceKind
    issuer: Company
    buyer: Company
    issue_date: date
    fulfillment_date: date
    due_date: date
    currency: str
    conversion_rate: Decimal
    payment_method: str
    lines: tuple[Line, ...]
    payments: tuple[Payment, ...] = ()
    order_number: str = ""
    external_id: str = ""
    related_number: str = ""  # the invoice a storno/correction/final refers to
    related_id: int | None = None
    cancelled: bool = False
    comment: str = ""
    modified_at: datetime = field(default_factory=lambda: datetime(2025, 1, 1))

    @property
    def net_total(self) -> Decimal:
        return sum((line.net for line in self.lines), Decimal(0))

    @property
    def vat_total(self) -> Decimal:
        return sum((line.vat for line in self.lines), Decimal(0))

    @property
    def gross_total(self) -> Decimal:
        return self.net_total + self.vat_total

    @property
    def paid_total(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal(0))

    @property
    def vat_totals(self) -> tuple[VatTotal, ...]:
        rates: dict[int | None, list[Line]] = {}
        for line in self.lines:
            rates.setdefault(line.vat_rate, []).append(line)
        return tuple(
            VatTotal(
                vat_rate=rate,
                net=sum((x.net for x in lines), Decimal(0)),
                vat=sum((x.vat for x in lines), Decimal(0)),
                gross=sum((x.gross for x in lines), Decimal(0)),
            )
            for rate, lines in rates.items()
        )


@dataclass(frozen=True)
class DemoBook:
    """One issuing company (the emulated account) with its partners and issued invoices."""

    seed: int
    today: date
    issuer: Company
    partners: tuple[Company, ...]
    invoices: tuple[Invoice, ...]


def _round(value: Decimal, precision: Decimal) -> Decimal:
    return value.quantize(precision, rounding=ROUND_HALF_UP)


def tax_number(base7: int, vat_code: int, county: int) -> str:
    """A Hungarian tax number with a valid check digit (weights 9-7-3-1-9-7-3 over the first 7)."""
    digits = [int(d) for d in f"{base7:07d}"]
    check = (10 - sum(d * w for d, w in zip(digits, (9, 7, 3, 1, 9, 7, 3), strict=True)) % 10) % 10
    return f"{base7:07d}{check}-{vat_code}-{county:02d}"


_ISSUERS = (
    ("Napsugár Szoftverház Kft.", "1117", "Budapest", "Október huszonharmadika utca 8."),
    ("Tiszavirág Kereskedelmi Kft.", "6720", "Szeged", "Kárász utca 11."),
    ("Hegyvidéki Pékség Bt.", "3300", "Eger", "Széchenyi István utca 19."),
)
_PARTNERS = (
    ("Dunakanyar Logisztika Kft.", "2600", "Vác", "Kossuth Lajos utca 14."),
    ("Őrségi Bútorműhely Kft.", "9941", "Őriszentpéter", "Városszer 57."),
    ("Szűcs és Társa Könyvelőiroda Bt.", "4024", "Debrecen", "Piac utca 21."),
    ("Mátra Informatika Zrt.", "3200", "Gyöngyös", "Fő tér 3."),
    ("Kőbányai Nyomda Kft.", "1105", "Budapest", "Gyömrői út 25."),
    ("Balatoni Üvegház Kft.", "8230", "Balatonfüred", "Tagore sétány 1."),
    ("Zöldülő Város Nonprofit Kft.", "7621", "Pécs", "Király utca 44."),
)
_FOREIGN = (("Alpenblick Handels GmbH", "AT", "1010", "Wien", "Kärntner Straße 12", "ATU73914260"),)
_BANKS = ("OTP Bank Nyrt.", "K&H Bank Zrt.", "MBH Bank Nyrt.", "Raiffeisen Bank Zrt.")
_SERVICES = (
    ("Webfejlesztés", "óra", 14500),
    ("Rendszerkarbantartás havidíj", "hó", 89000),
    ("Tanácsadás", "óra", 22000),
    ("Könyvelési szolgáltatás", "hó", 65000),
    ("Fénymásolópapír A4 (500 lap)", "csomag", 2390),
    ("Szállítási díj", "db", 4990),
    ("Tárhelyszolgáltatás éves díja", "év", 48000),
    ("Oktatás: ügyfélkapu és e-számla", "fő", 35000),
)
_METHODS = ("wire_transfer", "wire_transfer", "wire_transfer", "cash", "bankcard")
PAYMENT_METHOD_HU = {"wire_transfer": "átutalás", "cash": "készpénz", "bankcard": "bankkártya"}
_COUNTIES = (1, 2, 3, 5, 9, 13, 20, 41, 42, 43, 44)


def _bank_account(rng: random.Random) -> str:
    return "-".join(f"{rng.randrange(10**7, 10**8)}" for _ in range(3))


def _company(rng: random.Random, company_id: int, row: tuple[str, str, str, str], vat_code: int) -> Company:
    name, post_code, city, street = row
    slug = name.split()[0].lower().translate(str.maketrans("áéíóöőúüű", "aeiooouuu"))
    return Company(
        id=company_id,
        name=name,
        tax_number=tax_number(rng.randrange(10**6, 10**7), vat_code, rng.choice(_COUNTIES)),
        address=Address("HU", post_code, city, street),
        email=f"szamlazas@{slug}.example.hu",
        bank_name=rng.choice(_BANKS),
        bank_account=_bank_account(rng),
    )


def _lines(rng: random.Random, currency: str, small_taxpayer: bool) -> tuple[Line, ...]:
    precision = Decimal("0.01") if currency != "HUF" else Decimal(1)
    lines = []
    for name, unit, huf_price in rng.sample(_SERVICES, rng.randint(1, 3)):
        price = Decimal(huf_price)
        if currency == "EUR":
            price = _round(price / Decimal(395), Decimal("0.01"))
        lines.append(
            Line(
                name=name,
                quantity=Decimal(rng.choice((1, 1, 2, 3, 5, 8, 12))),
                unit=unit,
                net_unit_price=price,
                vat_rate=None if small_taxpayer else 27,
                precision=precision,
            )
        )
    return tuple(lines)


def _negated(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    return tuple(replace(line, quantity=-line.quantity) for line in lines)


def _payments(rng: random.Random, invoice: Invoice, today: date) -> tuple[Payment, ...]:
    """Paid in full, partly, or not at all, on dates not after ``today``."""
    roll = rng.random()
    gross = invoice.gross_total
    pay_day = min(today, invoice.issue_date + timedelta(days=rng.randint(0, 20)))
    if roll < 0.5:
        return (Payment(pay_day, gross, invoice.payment_method),)
    if roll < 0.7:
        part = _round(gross * Decimal(rng.choice((30, 40, 50))) / 100, Decimal(1))
        return (Payment(pay_day, part, invoice.payment_method, "Részfizetés"),)
    return ()


def generate_demo(seed: int = 1, invoices: int = 24, today: date = ANCHOR_DATE) -> DemoBook:
    """Build a deterministic demo book with at least one invoice of every kind (when ``invoices >= 8``)."""
    rng = random.Random(seed)
    issuer = _company(rng, 1, _ISSUERS[seed % len(_ISSUERS)], vat_code=2)
    small_taxpayer = False
    partners = [_company(rng, 100 + i, row, vat_code=rng.choice((2, 2, 3))) for i, row in enumerate(_PARTNERS)]
    for i, (name, country, post_code, city, street, eu) in enumerate(_FOREIGN):
        partners.append(
            Company(
                id=200 + i,
                name=name,
                tax_number="",
                eu_tax_number=eu,
                address=Address(country, post_code, city, street),
                email="office@alpenblick.example.at",
            )
        )
    prefix = "".join(word[0] for word in issuer.name.split()[:2]).upper() + "SZ"
    year = today.year
    start = today - timedelta(days=110)
    # The fixed opening shows every kind even for small counts; random normal invoices follow.
    plan: list[str] = ["normal", "eur", "advance_final", "storno", "correction"]
    while len(plan) < invoices:
        plan.append(rng.choice(("normal", "normal", "normal", "eur", "advance_final", "storno", "correction")))

    built: list[Invoice] = []
    day_step = max(1, 220 // max(invoices, 1))  # random 0..step averages to an even spread
    issue_day = start

    def make(kind: InvoiceKind, buyer: Company, currency: str, lines: tuple[Line, ...], **extra: object) -> Invoice:
        nonlocal issue_day
        issue_day = min(today, issue_day + timedelta(days=rng.randint(0, day_step)))
        seq = len(built) + 1
        method = rng.choice(_METHODS) if currency == "HUF" else "wire_transfer"
        invoice = Invoice(
            id=900_000 + seq * 7 + seed % 7,
            number=f"{prefix}-{issue_day.year}-{seq}",
            kind=kind,
            issuer=issuer,
            buyer=buyer,
            issue_date=issue_day,
            fulfillment_date=issue_day,
            due_date=issue_day + timedelta(days=0 if method == "cash" else rng.choice((8, 15, 30))),
            currency=currency,
            conversion_rate=Decimal("1") if currency == "HUF" else Decimal("395.12"),
            payment_method=method,
            lines=lines,
            order_number=f"REND-{year}-{rng.randrange(1000, 9999)}",
            external_id=f"demo-{seed}-{seq}",
            modified_at=datetime.combine(issue_day, time(9, 0)) + timedelta(minutes=seq),
        )
        invoice = replace(invoice, **extra)  # type: ignore[arg-type]
        built.append(invoice)
        return invoice

    def domestic() -> Company:
        return rng.choice([p for p in partners if p.is_domestic])

    for item in plan:
        if len(built) >= invoices:
            break
        if item == "normal":
            make(InvoiceKind.NORMAL, domestic(), "HUF", _lines(rng, "HUF", small_taxpayer))
        elif item == "eur":
            foreign = [p for p in partners if not p.is_domestic]
            make(InvoiceKind.NORMAL, foreign[0], "EUR", _lines(rng, "EUR", small_taxpayer), comment="EU B2B")
        elif item == "advance_final":
            buyer = domestic()
            lines = _lines(rng, "HUF", small_taxpayer)
            advance_line = replace(
                lines[0],
                name=f"Előleg: {lines[0].name}",
                quantity=Decimal(1),
                net_unit_price=_round(lines[0].net / 2, Decimal(1)),
            )
            advance = make(InvoiceKind.ADVANCE, buyer, "HUF", (advance_line,), comment="Előlegszámla")
            if len(built) < invoices:
                deduction = replace(advance_line, name="Előleg levonása", quantity=Decimal(-1))
                make(
                    InvoiceKind.FINAL,
                    buyer,
                    "HUF",
                    (*lines, deduction),
                    related_number=advance.number,
                    related_id=advance.id,
                    comment="Végszámla",
                    order_number=advance.order_number,
                )
        elif item in ("storno", "correction"):
            original = make(InvoiceKind.NORMAL, domestic(), "HUF", _lines(rng, "HUF", small_taxpayer))
            if len(built) >= invoices:
                break
            if item == "storno":
                make(
                    InvoiceKind.STORNO,
                    original.buyer,
                    "HUF",
                    _negated(original.lines),
                    related_number=original.number,
                    related_id=original.id,
                    comment="Sztornó számla",
                    order_number=original.order_number,
                )
                built[built.index(original)] = replace(original, cancelled=True)
            else:
                fix = replace(original.lines[0], quantity=Decimal(-1), name=f"Helyesbítés: {original.lines[0].name}")
                make(
                    InvoiceKind.CORRECTION,
                    original.buyer,
                    "HUF",
                    (fix,),
                    related_number=original.number,
                    related_id=original.id,
                    comment="Helyesbítő számla",
                    order_number=original.order_number,
                )

    final: list[Invoice] = []
    for invoice in built:
        payments: tuple[Payment, ...] = ()
        if invoice.kind in (InvoiceKind.NORMAL, InvoiceKind.ADVANCE, InvoiceKind.FINAL) and not invoice.cancelled:
            payments = _payments(rng, invoice, today)
        last_change = max([invoice.modified_at, *(datetime.combine(p.date, time(14, 30)) for p in payments)])
        final.append(replace(invoice, payments=payments, modified_at=last_change))
    return DemoBook(seed=seed, today=today, issuer=issuer, partners=tuple(partners), invoices=tuple(final))


def format_huf_amount(value: Decimal, currency: str = "HUF") -> str:
    """Hungarian notation: space between thousands, decimal comma ('1 234 567 Ft', '12,50 EUR')."""
    places = 0 if currency == "HUF" else 2
    sign = "-" if value < 0 else ""
    quantized = abs(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{quantized:f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = "\u00a0".join(groups) + ("," + frac if places else "")
    return f"{sign}{text}\u00a0{'Ft' if currency == 'HUF' else currency}"


def format_hu_date(value: date) -> str:
    return value.strftime("%Y.%m.%d.")


_FONT_PATH = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_KIND_TITLES = {
    InvoiceKind.NORMAL: "SZÁMLA",
    InvoiceKind.ADVANCE: "ELŐLEGSZÁMLA",
    InvoiceKind.FINAL: "VÉGSZÁMLA",
    InvoiceKind.STORNO: "SZTORNÓ SZÁMLA",
    InvoiceKind.CORRECTION: "HELYESBÍTŐ SZÁMLA",
}


def _register_font() -> str:
    """DejaVu has ő and ű; the built-in Helvetica does not, so it is only the fallback."""
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return "DejaVuSans"
    if Path(_FONT_PATH).is_file():
        pdfmetrics.registerFont(TTFont("DejaVuSans", _FONT_PATH))
        return "DejaVuSans"
    return "Helvetica"


def render_invoice_pdf(invoice: Invoice) -> bytes:
    """A one-page Hungarian invoice PDF with the facts a parser looks for (number, dates, parties, totals)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font = _register_font()
    buffer = io.BytesIO()
    # invariant=True keeps the PDF bytes stable (no creation timestamp), so a re-download hashes the same.
    pdf = Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setTitle(f"{_KIND_TITLES[invoice.kind]} {invoice.number}")
    height = A4[1]
    y = height - 60

    def text(x: float, value: str, size: int = 10) -> None:
        pdf.setFont(font, size)
        pdf.drawString(x, y, value)

    text(50, _KIND_TITLES[invoice.kind], 18)
    text(330, f"Számlaszám: {invoice.number}", 12)
    y -= 30
    for label, company, x in (("Eladó", invoice.issuer, 50), ("Vevő", invoice.buyer, 310)):
        row = y
        for value in (
            f"{label}: {company.name}",
            f"{company.address.post_code} {company.address.city}, {company.address.street}",
            f"Adószám: {company.tax_number}" if company.tax_number else f"Közösségi adószám: {company.eu_tax_number}",
            f"Bankszámla: {company.bank_account}" if company.bank_account else "",
        ):
            pdf.setFont(font, 9)
            pdf.drawString(x, row, value)
            row -= 13
    y -= 70
    text(
        50,
        f"Kelt: {format_hu_date(invoice.issue_date)}   Teljesítés: {format_hu_date(invoice.fulfillment_date)}"
        f"   Fizetési határidő: {format_hu_date(invoice.due_date)}",
        9,
    )
    y -= 13
    text(
        50,
        f"Fizetési mód: {PAYMENT_METHOD_HU.get(invoice.payment_method, invoice.payment_method)}"
        f"   Pénznem: {invoice.currency}"
        + (f"   Rendelésszám: {invoice.order_number}" if invoice.order_number else ""),
        9,
    )
    if invoice.related_number:
        y -= 13
        text(50, f"Hivatkozott számla: {invoice.related_number}", 9)
    y -= 28
    for x, head in (
        (50, "Megnevezés"),
        (250, "Menny."),
        (300, "Nettó egységár"),
        (390, "ÁFA"),
        (430, "Nettó"),
        (500, "Bruttó"),
    ):
        pdf.setFont(font, 8)
        pdf.drawString(x, y, head)
    for line in invoice.lines:
        y -= 14
        for x, value in (
            (50, line.name[:38]),
            (250, f"{line.quantity} {line.unit}"),
            (300, format_huf_amount(line.net_unit_price, invoice.currency)),
            (390, line.vat_label),
            (430, format_huf_amount(line.net, invoice.currency)),
            (500, format_huf_amount(line.gross, invoice.currency)),
        ):
            pdf.setFont(font, 8)
            pdf.drawString(x, y, value)
    y -= 30
    text(300, f"Nettó összesen: {format_huf_amount(invoice.net_total, invoice.currency)}", 10)
    y -= 14
    text(300, f"ÁFA összesen: {format_huf_amount(invoice.vat_total, invoice.currency)}", 10)
    y -= 16
    text(300, f"Fizetendő: {format_huf_amount(invoice.gross_total, invoice.currency)}", 12)
    if invoice.comment:
        y -= 30
        text(50, f"Megjegyzés: {invoice.comment}", 9)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
