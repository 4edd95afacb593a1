"""UN/CEFACT CII D16B (Factur-X, ZUGFeRD 2.x, XRechnung-CII) and ZUGFeRD 1.0 → ``Invoice``.

Both syntaxes are the same tree under different names, so one reader walks a table of paths.
Dates are ``udt:DateTimeString`` in format 102 (``YYYYMMDD``).
"""

from __future__ import annotations

from decimal import Decimal
from xml.etree.ElementTree import Element

from services.core.invoice import Address, Invoice, InvoiceKind, Line, Party, References, VatLine
from services.core.parsing._fields import Collector, Xml
from services.core.parsing.en16931 import PAYMENT_MEANS, TYPE_CODES, tax_ids

_D16B_NS = {
        "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
_D16B = {
    "doc": "rsm:ExchangedDocument", "tx": "rsm:SupplyChainTradeTransaction",
    "agreement": "ram:ApplicableHeaderTradeAgreement", "delivery": "ram:ApplicableHeaderTradeDelivery",
    "settlement": "ram:ApplicableHeaderTradeSettlement",
    "sums": "ram:SpecifiedTradeSettlementHeaderMonetarySummation", "order_id": "ram:IssuerAssignedID",
    "line_agreement": "ram:SpecifiedLineTradeAgreement", "line_delivery": "ram:SpecifiedLineTradeDelivery",
    "line_settlement": "ram:SpecifiedLineTradeSettlement", "rate": "ram:RateApplicablePercent",
    "line_sums": "ram:SpecifiedTradeSettlementLineMonetarySummation",
}
_ZF1_NS = {
        "rsm": "urn:ferd:CrossIndustryDocument:invoice:1p0",
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12",
        "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15",
}
_ZF1 = {
    "doc": "rsm:HeaderExchangedDocument", "tx": "rsm:SpecifiedSupplyChainTradeTransaction",
    "agreement": "ram:ApplicableSupplyChainTradeAgreement", "delivery": "ram:ApplicableSupplyChainTradeDelivery",
    "settlement": "ram:ApplicableSupplyChainTradeSettlement",
    "sums": "ram:SpecifiedTradeSettlementMonetarySummation", "order_id": "ram:ID",
    "line_agreement": "ram:SpecifiedSupplyChainTradeAgreement",
    "line_delivery": "ram:SpecifiedSupplyChainTradeDelivery",
    "line_settlement": "ram:SpecifiedSupplyChainTradeSettlement", "rate": "ram:ApplicablePercent",
    "line_sums": "ram:SpecifiedTradeSettlementMonetarySummation",
}


def _party(X: Xml, el: Element | None) -> Party:
    regs = X.findall(el, "ram:SpecifiedTaxRegistration/ram:ID")
    vat_ids = [r.text or "" for r in regs if r.get("schemeID") == "VA"]
    national = [r.text or "" for r in regs if r.get("schemeID") != "VA"]
    tax, tp, vat = tax_ids(vat_ids, national)
    addr = X.find(el, "ram:PostalTradeAddress")
    street = " ".join(p for p in (X.text(addr, "ram:LineOne"), X.text(addr, "ram:LineTwo")) if p)
    return Party(
        name=X.text(el, "ram:Name"), tax_number=tax, taxpayer_id=tp, vat_number=vat,
        address=Address(
            country=X.text(addr, "ram:CountryID"), postal_code=X.text(addr, "ram:PostcodeCode"),
            city=X.text(addr, "ram:CityName"), street=street or None,
        ) if addr is not None else None,
    )


def _read(root: Element, ns: dict[str, str], s: dict[str, str], reader: str) -> Invoice:
    X = Xml(ns)
    c = Collector(reader)
    doc, tx = X.find(root, s["doc"]), X.find(root, s["tx"])
    agreement, delivery = X.find(tx, s["agreement"]), X.find(tx, s["delivery"])
    settlement = X.find(tx, s["settlement"])
    sums = X.find(settlement, s["sums"])
    currency = X.text(settlement, "ram:InvoiceCurrencyCode")
    vat = None
    vat_huf = None
    for el in X.findall(sums, "ram:TaxTotalAmount"):
        cur = el.get("currencyID")
        if cur in (None, currency) and vat is None:
            vat = X.dec(el, "")
        elif cur == "HUF":
            vat_huf = X.dec(el, "")
    breakdown = tuple(
        VatLine(
            rate=(r / 100) if (r := X.dec(t, s["rate"])) is not None else None,
            net=X.dec(t, "ram:BasisAmount") or Decimal(0), vat=X.dec(t, "ram:CalculatedAmount") or Decimal(0),
            category=X.text(t, "ram:CategoryCode"),
        )
        for t in X.findall(settlement, "ram:ApplicableTradeTax")
    )
    lines = []
    for item in X.findall(tx, "ram:IncludedSupplyChainTradeLineItem"):
        la, ld = X.find(item, s["line_agreement"]), X.find(item, s["line_delivery"])
        ls = X.find(item, s["line_settlement"])
        qty = X.find(ld, "ram:BilledQuantity")
        rate = X.dec(ls, f"ram:ApplicableTradeTax/{s['rate']}")
        lines.append(Line(
            description=X.text(item, "ram:SpecifiedTradeProduct/ram:Name") or "",
            quantity=X.dec(qty, "") if qty is not None else None,
            unit=qty.get("unitCode") if qty is not None else None,
            unit_price=X.dec(la, "ram:NetPriceProductTradePrice/ram:ChargeAmount"),
            net=X.dec(ls, f"{s['line_sums']}/ram:LineTotalAmount"),
            vat_rate=rate / 100 if rate is not None else None,
        ))
    type_code = X.text(doc, "ram:TypeCode")
    means = X.text(settlement, "ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode")
    seller = _party(X, X.find(agreement, "ram:SellerTradeParty"))
    buyer = _party(X, X.find(agreement, "ram:BuyerTradeParty"))
    for role, party in (("seller", seller), ("buyer", buyer)):
        for name in ("name", "tax_number", "taxpayer_id", "vat_number", "address"):
            c.take(f"{role}.{name}", getattr(party, name), f"{s['agreement']}/{role.title()}TradeParty")
    dt = "udt:DateTimeString"
    return Invoice(
        number=c.take("number", X.text(doc, "ram:ID"), f"{s['doc']}/ram:ID"),
        kind=c.take("kind", TYPE_CODES.get(type_code or "", InvoiceKind.NORMAL), f"{s['doc']}/ram:TypeCode"),
        issue_date=c.take("issue_date", X.date(doc, f"ram:IssueDateTime/{dt}"), f"{s['doc']}/ram:IssueDateTime"),
        fulfilment_date=c.take(
            "fulfilment_date", X.date(delivery, f"ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/{dt}"),
            f"{s['delivery']}/ram:ActualDeliverySupplyChainEvent"),
        due_date=c.take("due_date", X.date(settlement, f"ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/{dt}"),
                        f"{s['settlement']}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime"),
        currency=c.take("currency", currency, f"{s['settlement']}/ram:InvoiceCurrencyCode"),
        net_total=c.take("net_total", X.dec(sums, "ram:TaxBasisTotalAmount"), f"{s['sums']}/ram:TaxBasisTotalAmount"),
        vat_total=c.take("vat_total", vat, f"{s['sums']}/ram:TaxTotalAmount"),
        gross_total=c.take("gross_total", X.dec(sums, "ram:GrandTotalAmount"), f"{s['sums']}/ram:GrandTotalAmount"),
        vat_total_huf=vat if currency == "HUF" else vat_huf,
        vat_breakdown=breakdown,
        seller=seller, buyer=buyer,
        references=References(
            order=c.take("references.order", X.text(agreement, f"ram:BuyerOrderReferencedDocument/{s['order_id']}"),
                         f"{s['agreement']}/ram:BuyerOrderReferencedDocument"),
            contract=c.take("references.contract",
                            X.text(agreement, f"ram:ContractReferencedDocument/{s['order_id']}"),
                            f"{s['agreement']}/ram:ContractReferencedDocument"),
            project=c.take("references.project", X.text(agreement, "ram:SpecifiedProcuringProject/ram:ID"),
                           f"{s['agreement']}/ram:SpecifiedProcuringProject"),
            delivery_note=c.take("references.delivery_note",
                                 X.text(delivery, f"ram:DespatchAdviceReferencedDocument/{s['order_id']}"),
                                 f"{s['delivery']}/ram:DespatchAdviceReferencedDocument"),
            preceding_invoice=c.take("references.preceding_invoice",
                                     X.text(settlement, f"ram:InvoiceReferencedDocument/{s['order_id']}"),
                                     f"{s['settlement']}/ram:InvoiceReferencedDocument"),
        ),
        payment_method=c.take("payment_method", PAYMENT_MEANS.get(means or "", means),
                              f"{s['settlement']}/ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode"),
        lines=tuple(lines),
        provenance=c.provenance,
    )


def read_cii(root: Element) -> Invoice:
    return _read(root, _D16B_NS, _D16B, "cii")


def read_zugferd1(root: Element) -> Invoice:
    return _read(root, _ZF1_NS, _ZF1, "zugferd1")
