"""Wire formats of the Számla Agent's answers: the ``<szamla>`` document and ``xmlszamlavalasz``.

Output is built as text in the vendor schemas' fixed element order (the real service is strict
about order too). Requests are read in ``agent_requests.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

from szamlatar_dev.emulators.demo_data import PAYMENT_METHOD_HU, Company, Invoice, InvoiceKind

TYPE_CODES = {
    InvoiceKind.NORMAL: "SZ",
    InvoiceKind.ADVANCE: "ES",
    InvoiceKind.FINAL: "VS",
    InvoiceKind.STORNO: "SS",
    InvoiceKind.CORRECTION: "HS",
}


@dataclass(frozen=True)
class Kifizetes:
    """One credit entry (payment) as the Agent stores it."""

    datum: date
    jogcim: str
    osszeg: Decimal
    leiras: str = ""


def _el(name: str, value: object) -> str:
    return f"<{name}>{escape(str(value))}</{name}>"


def _amount(value: Decimal) -> str:
    return f"{value.normalize():f}" if value != 0 else "0"


def _address(company: Company) -> str:
    a = company.address
    fields = _el("orszag", a.country_code) + _el("irsz", a.post_code) + _el("telepules", a.city)
    return f"<cim>{fields}{_el('cim', a.street)}</cim>"


def szamla_xml(invoice: Invoice, payments: Iterable[Kifizetes], *, stornoed: bool, pdf_base64: str | None) -> bytes:
    """The ``<szamla>`` document (szamla.xsd) that the XML query returns and the push sends."""
    issuer, buyer = invoice.issuer, invoice.buyer
    payments = list(payments)
    lokacio = 1 if buyer.is_domestic else (2 if buyer.eu_tax_number else 3)
    method = PAYMENT_METHOD_HU.get(invoice.payment_method, "egyéb")
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<szamla xmlns="http://www.szamlazz.hu/szamla">',
        "<szallito>",
        _el("id", 201),
        _el("nev", issuer.name),
        _address(issuer),
        _el("adoszam", issuer.tax_number),
        "<bank>",
        _el("nev", issuer.bank_name),
        _el("bankszamla", issuer.bank_account),
        "</bank>",
        "</szallito>",
        "<alap>",
        _el("id", invoice.id),
        _el("szamlaszam", invoice.number),
        _el("gazdEsemAzon", invoice.related_id or invoice.id),
        _el("tipus", TYPE_CODES[invoice.kind]),
        _el("eszamla", 2),
        _el("hivszamlaszam", invoice.related_number) if invoice.related_number else "",
        _el("kelt", invoice.issue_date.isoformat()),
        _el("telj", invoice.fulfillment_date.isoformat()),
        _el("fizh", invoice.due_date.isoformat()),
        _el("fizmod", method),
        _el("fizmodunified", method),
        _el("keszpenz", str(invoice.payment_method == "cash").lower()),
        _el("rendelesszam", invoice.order_number) if invoice.order_number else "",
        _el("nyelv", "hu"),
        _el("devizanem", invoice.currency),
        *(
            [_el("devizabank", "MNB"), _el("devizaarf", _amount(invoice.conversion_rate))]
            if invoice.currency != "HUF"
            else []
        ),
        _el("megjegyzes", invoice.comment),
        _el("penzforg", "false"),
        _el("kata", "false"),
        _el("katafokonyv", "false"),
        _el("email", buyer.email),
        _el("teszt", "false"),
        _el("sztornozott", "true") if stornoed else "",
        "</alap>",
        "<vevo>",
        _el("id", buyer.id),
        _el("nev", buyer.name),
        _address(buyer),
        _el("email", buyer.email),
        _el("adoszam", buyer.tax_number),
        _el("adoszameu", buyer.eu_tax_number) if buyer.eu_tax_number else "",
        _el("lokacio", lokacio),
        _el("privatePersonIndicator", "false"),
        "</vevo>",
        "<tetelek>",
    ]
    for order, line in enumerate(invoice.lines, start=1):
        parts += [
            "<tetel>",
            _el("nev", line.name),
            _el("mennyiseg", _amount(line.quantity)),
            _el("mennyisegiegyseg", line.unit),
            _el("nettoegysegar", _amount(line.net_unit_price)),
            _el("afatipus", "AAM") if line.vat_rate is None else "",
            _el("afakulcs", line.vat_rate or 0),
            _el("netto", _amount(line.net)),
            _el("afa", _amount(line.vat)),
            _el("brutto", _amount(line.gross)),
            _el("sztetordering", order),
            "</tetel>",
        ]
    parts.append("</tetelek><osszegek>")
    for total in invoice.vat_totals:
        parts += [
            "<afakulcsossz>",
            _el("afatipus", "AAM") if total.vat_rate is None else "",
            _el("afakulcs", total.vat_rate or 0),
            _el("netto", _amount(total.net)),
            _el("afa", _amount(total.vat)),
            _el("brutto", _amount(total.gross)),
            "</afakulcsossz>",
        ]
    parts += [
        "<totalossz>",
        _el("netto", _amount(invoice.net_total)),
        _el("afa", _amount(invoice.vat_total)),
        _el("brutto", _amount(invoice.gross_total)),
        "</totalossz></osszegek>",
    ]
    if payments:
        parts.append("<kifizetesek>")
        for p in payments:
            parts += [
                "<kifizetes>",
                _el("datum", p.datum.isoformat()),
                _el("jogcim", p.jogcim),
                _el("osszeg", _amount(p.osszeg)),
                _el("megjegyzes", p.leiras) if p.leiras else "",
                "</kifizetes>",
            ]
        parts.append("</kifizetesek>")
    if pdf_base64 is not None:
        parts.append(_el("pdf", pdf_base64))
    parts.append("</szamla>")
    return "".join(parts).encode("utf-8")


def valasz_xml(
    *,
    sikeres: bool,
    hibakod: int | None = None,
    hibauzenet: str = "",
    szamlaszam: str = "",
    netto: Decimal | None = None,
    brutto: Decimal | None = None,
    kintlevoseg: Decimal | None = None,
    pdf_base64: str | None = None,
) -> bytes:
    """An ``xmlszamlavalasz`` answer (xmlszamlavalasz.xsd element order)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xmlszamlavalasz xmlns="http://www.szamlazz.hu/xmlszamlavalasz">',
        _el("sikeres", str(sikeres).lower()),
    ]
    if hibakod is not None:
        parts += [_el("hibakod", hibakod), _el("hibauzenet", hibauzenet)]
    if szamlaszam:
        parts.append(_el("szamlaszam", szamlaszam))
    if netto is not None and brutto is not None:
        parts += [_el("szamlanetto", _amount(netto)), _el("szamlabrutto", _amount(brutto))]
    if kintlevoseg is not None:
        parts.append(_el("kintlevoseg", _amount(kintlevoseg)))
    if pdf_base64 is not None:
        parts.append(_el("pdf", pdf_base64))
    parts.append("</xmlszamlavalasz>")
    return "".join(parts).encode("utf-8")
