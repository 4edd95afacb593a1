"""UBL 2.1 ``Invoice`` and ``CreditNote`` (EN 16931) → ``Invoice`` (einvoice-formats.md §4)."""

from __future__ import annotations

from decimal import Decimal
from xml.etree.ElementTree import Element

from services.core.invoice import Address, Invoice, InvoiceKind, Line, Party, References, VatLine
from services.core.parsing._fields import Collector, Xml
from services.core.parsing.en16931 import PAYMENT_MEANS, TYPE_CODES, tax_ids
from services.core.parsing.xmlsafe import split_tag

CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
X = Xml({"cac": CAC, "cbc": CBC})
READER = "ubl"


def _party(el: Element | None) -> Party:
    party = X.find(el, "cac:Party")
    schemes = X.findall(party, "cac:PartyTaxScheme")
    vat_ids = [X.text(s, "cbc:CompanyID") or "" for s in schemes if X.text(s, "cac:TaxScheme/cbc:ID") == "VAT"]
    national = [X.text(s, "cbc:CompanyID") or "" for s in schemes if X.text(s, "cac:TaxScheme/cbc:ID") != "VAT"]
    national += [X.text(party, "cac:PartyLegalEntity/cbc:CompanyID") or ""]
    tax, tp, vat = tax_ids(vat_ids, national)
    addr = X.find(party, "cac:PostalAddress")
    street = " ".join(p for p in (X.text(addr, "cbc:StreetName"), X.text(addr, "cbc:AdditionalStreetName")) if p)
    return Party(
        name=X.text(party, "cac:PartyLegalEntity/cbc:RegistrationName") or X.text(party, "cac:PartyName/cbc:Name"),
        tax_number=tax, taxpayer_id=tp, vat_number=vat,
        address=Address(
            country=X.text(addr, "cac:Country/cbc:IdentificationCode"), postal_code=X.text(addr, "cbc:PostalZone"),
            city=X.text(addr, "cbc:CityName"), street=street or None,
        ) if addr is not None else None,
    )


def _amount_in(els: list[Element], path: str, currency: str | None) -> Decimal | None:
    """The amount of the TaxTotal whose ``currencyID`` is ``currency`` (there may be one per currency)."""
    for el in els:
        found = X.find(el, path)
        if found is not None and (currency is None or found.get("currencyID") in (None, currency)):
            return X.dec(found, "")
    return None


def read_ubl(root: Element) -> Invoice:
    _, local = split_tag(root.tag)
    credit = local == "CreditNote"
    c = Collector(READER)
    type_code = X.text(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode")
    kind = TYPE_CODES.get(type_code or "", InvoiceKind.CREDIT_NOTE if credit else InvoiceKind.NORMAL)
    currency = X.text(root, "cbc:DocumentCurrencyCode")
    tax_currency = X.text(root, "cbc:TaxCurrencyCode")
    totals = X.find(root, "cac:LegalMonetaryTotal")
    tax_totals = X.findall(root, "cac:TaxTotal")
    vat = _amount_in(tax_totals, "cbc:TaxAmount", currency)
    vat_huf = _amount_in(tax_totals, "cbc:TaxAmount", "HUF") if tax_currency == "HUF" else None
    breakdown = []
    for total in tax_totals:
        amount = X.find(total, "cbc:TaxAmount")
        if amount is not None and currency and amount.get("currencyID") not in (None, currency):
            continue
        for sub in X.findall(total, "cac:TaxSubtotal"):
            pct = X.dec(sub, "cac:TaxCategory/cbc:Percent")
            breakdown.append(VatLine(
                rate=pct / 100 if pct is not None else None,
                net=X.dec(sub, "cbc:TaxableAmount") or Decimal(0), vat=X.dec(sub, "cbc:TaxAmount") or Decimal(0),
                category=X.text(sub, "cac:TaxCategory/cbc:ID"),
            ))
    line_tag = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    qty_tag = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
    lines = []
    for el in X.findall(root, line_tag):
        pct = X.dec(el, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent")
        qty = X.find(el, qty_tag)
        lines.append(Line(
            description=X.text(el, "cac:Item/cbc:Name") or X.text(el, "cac:Item/cbc:Description") or "",
            quantity=X.dec(el, qty_tag), unit=qty.get("unitCode") if qty is not None else None,
            unit_price=X.dec(el, "cac:Price/cbc:PriceAmount"), net=X.dec(el, "cbc:LineExtensionAmount"),
            vat_rate=pct / 100 if pct is not None else None,
        ))
    due = X.date(root, "cbc:DueDate") or X.date(root, "cac:PaymentMeans/cbc:PaymentDueDate")
    means = X.text(root, "cac:PaymentMeans/cbc:PaymentMeansCode")
    seller = _party(X.find(root, "cac:AccountingSupplierParty"))
    buyer = _party(X.find(root, "cac:AccountingCustomerParty"))
    for role, party in (("seller", seller), ("buyer", buyer)):
        path = "AccountingSupplierParty" if role == "seller" else "AccountingCustomerParty"
        for name in ("name", "tax_number", "taxpayer_id", "vat_number", "address"):
            c.take(f"{role}.{name}", getattr(party, name), f"/{local}/{path}/Party")
    preceding = X.text(root, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")
    return Invoice(
        number=c.take("number", X.text(root, "cbc:ID"), f"/{local}/ID"),
        kind=c.take("kind", kind, f"/{local}/{'CreditNoteTypeCode' if credit else 'InvoiceTypeCode'}"),
        issue_date=c.take("issue_date", X.date(root, "cbc:IssueDate"), f"/{local}/IssueDate"),
        fulfilment_date=c.take("fulfilment_date", X.date(root, "cac:Delivery/cbc:ActualDeliveryDate")
                               or X.date(root, "cbc:TaxPointDate"), f"/{local}/Delivery/ActualDeliveryDate"),
        due_date=c.take("due_date", due, f"/{local}/DueDate"),
        currency=c.take("currency", currency, f"/{local}/DocumentCurrencyCode"),
        net_total=c.take("net_total", X.dec(totals, "cbc:TaxExclusiveAmount"),
                         f"/{local}/LegalMonetaryTotal/TaxExclusiveAmount"),
        vat_total=c.take("vat_total", vat, f"/{local}/TaxTotal/TaxAmount"),
        gross_total=c.take("gross_total", X.dec(totals, "cbc:TaxInclusiveAmount"),
                           f"/{local}/LegalMonetaryTotal/TaxInclusiveAmount"),
        vat_total_huf=vat_huf if currency != "HUF" else vat,
        vat_breakdown=tuple(breakdown),
        seller=seller, buyer=buyer,
        references=References(
            order=c.take("references.order", X.text(root, "cac:OrderReference/cbc:ID"), f"/{local}/OrderReference"),
            contract=c.take("references.contract", X.text(root, "cac:ContractDocumentReference/cbc:ID"),
                            f"/{local}/ContractDocumentReference"),
            project=c.take("references.project", X.text(root, "cac:ProjectReference/cbc:ID"),
                           f"/{local}/ProjectReference"),
            delivery_note=c.take("references.delivery_note",
                                 X.text(root, "cac:DespatchDocumentReference/cbc:ID"),
                                 f"/{local}/DespatchDocumentReference"),
            preceding_invoice=c.take("references.preceding_invoice", preceding, f"/{local}/BillingReference"),
        ),
        payment_method=c.take("payment_method", PAYMENT_MEANS.get(means or "", means),
                              f"/{local}/PaymentMeans/PaymentMeansCode"),
        lines=tuple(lines),
        provenance=c.provenance,
    )
