"""Számlázz.hu ``<szamla>`` (Számla Agent XML query result and the Pénzügyi adatkapcsolat push)."""

from __future__ import annotations

from decimal import Decimal
from xml.etree.ElementTree import Element

from services.core.invoice import Address, Invoice, InvoiceKind, Line, Party, Payment, References, VatLine
from services.core.parsing._fields import Collector, Xml
from services.core.taxnumber import normalise_tax_number, normalise_vat_number, taxpayer_id

NS = "http://www.szamlazz.hu/szamla"
X = Xml({"s": NS})
READER = "szamla_agent"

_KINDS = {
    "SZ": InvoiceKind.NORMAL, "SS": InvoiceKind.STORNO, "JS": InvoiceKind.CREDIT_NOTE,
    "HS": InvoiceKind.CORRECTION, "ES": InvoiceKind.ADVANCE, "VS": InvoiceKind.FINAL, "D": InvoiceKind.PROFORMA,
}
_PAYMENT_WORDS = (("átutal", "transfer"), ("transfer", "transfer"), ("készpénz", "cash"), ("cash", "cash"),
                  ("kártya", "card"), ("card", "card"), ("utánvét", "cash_on_delivery"))


def _payment(raw: str | None) -> str | None:
    if not raw:
        return None
    low = raw.lower()
    return next((code for word, code in _PAYMENT_WORDS if word in low), raw)


def _party(el: Element | None) -> Party:
    tax = normalise_tax_number(X.text(el, "s:adoszam"))
    addr = X.find(el, "s:cim")
    return Party(
        name=X.text(el, "s:nev"), tax_number=tax, taxpayer_id=taxpayer_id(tax),
        vat_number=normalise_vat_number(X.text(el, "s:adoszameu")),
        address=Address(
            country=X.text(addr, "s:orszag"), postal_code=X.text(addr, "s:irsz"),
            city=X.text(addr, "s:telepules"), street=X.text(addr, "s:cim"),
        ) if addr is not None else None,
        partner_id=X.text(el, "s:id") or X.text(el, "s:azonosito"), email=X.text(el, "s:email"),
        phone=X.text(el, "s:telefonszam") or X.text(el, "s:telefon"),
    )


def _rate(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text) / 100
    except ArithmeticError:
        return None


def read_szamla(root: Element) -> Invoice:
    c = Collector(READER)
    alap = X.find(root, "s:alap")
    seller, buyer = _party(X.find(root, "s:szallito")), _party(X.find(root, "s:vevo"))
    for role, party, tag in (("seller", seller, "szallito"), ("buyer", buyer, "vevo")):
        for name in ("name", "tax_number", "taxpayer_id", "vat_number", "address"):
            c.take(f"{role}.{name}", getattr(party, name), f"/szamla/{tag}")
    total = X.find(root, "s:osszegek/s:totalossz")
    kind = _KINDS.get(X.text(alap, "s:tipus") or "SZ", InvoiceKind.NORMAL)
    lines = tuple(
        Line(
            description=X.text(t, "s:nev") or "", quantity=X.dec(t, "s:mennyiseg"),
            unit=X.text(t, "s:mennyisegiegyseg"), unit_price=X.dec(t, "s:nettoegysegar"),
            net=X.dec(t, "s:netto"), vat_rate=_rate(X.text(t, "s:afakulcs")),
            vat=X.dec(t, "s:afa"), gross=X.dec(t, "s:brutto"),
        )
        for t in X.findall(root, "s:tetelek/s:tetel")
    )
    breakdown = tuple(
        VatLine(rate=_rate(X.text(r, "s:afakulcs")) if not X.text(r, "s:afatipus") else None,
                category=X.text(r, "s:afatipus"), net=X.dec(r, "s:netto") or Decimal(0),
                vat=X.dec(r, "s:afa") or Decimal(0), gross=X.dec(r, "s:brutto"))
        for r in X.findall(root, "s:osszegek/s:afakulcsossz")
    )
    payments = tuple(
        Payment(date=d, amount=X.dec(k, "s:osszeg") or Decimal(0), method=_payment(X.text(k, "s:jogcim")))
        for k in X.findall(root, "s:kifizetesek/s:kifizetes")
        if (d := X.date(k, "s:datum")) is not None
    )
    currency = X.text(alap, "s:devizanem")
    if currency in ("Ft", "HUF", None):
        currency = "HUF"
    rate = X.dec(alap, "s:devizaarf")
    return Invoice(
        number=c.take("number", X.text(alap, "s:szamlaszam"), "/szamla/alap/szamlaszam"),
        kind=c.take("kind", kind, "/szamla/alap/tipus"),
        issue_date=c.take("issue_date", X.date(alap, "s:kelt"), "/szamla/alap/kelt"),
        fulfilment_date=c.take("fulfilment_date", X.date(alap, "s:telj"), "/szamla/alap/telj"),
        due_date=c.take("due_date", X.date(alap, "s:fizh"), "/szamla/alap/fizh"),
        currency=c.take("currency", currency, "/szamla/alap/devizanem"),
        exchange_rate=rate if rate else None,
        net_total=c.take("net_total", X.dec(total, "s:netto"), "/szamla/osszegek/totalossz/netto"),
        vat_total=c.take("vat_total", X.dec(total, "s:afa"), "/szamla/osszegek/totalossz/afa"),
        gross_total=c.take("gross_total", X.dec(total, "s:brutto"), "/szamla/osszegek/totalossz/brutto"),
        vat_breakdown=breakdown, seller=seller, buyer=buyer,
        references=References(
            order=c.take("references.order", X.text(alap, "s:rendelesszam"), "/szamla/alap/rendelesszam"),
            preceding_invoice=c.take("references.preceding_invoice", X.text(alap, "s:hivszamlaszam"),
                                     "/szamla/alap/hivszamlaszam"),
        ),
        payment_method=c.take("payment_method", _payment(X.text(alap, "s:fizmod")), "/szamla/alap/fizmod"),
        payments=payments, lines=lines, provenance=c.provenance,
    )
