"""NAV Online Számla 3.0 ``InvoiceData`` → ``Invoice`` (mapping: shared/notes/einvoice-formats.md §1.2, §4).

Whether a modifying document is a storno is not in InvoiceData but in the report's
``invoiceOperation``; callers that know it (the NAV digest) pass ``operation``. Without it a
document with an ``invoiceReference`` is a correction. A batch modification (``batchInvoice``)
is read as one document: its summaries are added up and every base invoice is referenced.
"""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal
from xml.etree.ElementTree import Element

from services.core.errors import MalformedDocumentError, ReasonCode, UnsupportedDocumentError
from services.core.invoice import Address, Invoice, InvoiceKind, Line, Party, References, VatLine
from services.core.parsing._fields import Collector, Xml, is_true
from services.core.parsing.limits import PdfLimits
from services.core.taxnumber import normalise_vat_number

DATA_NS = "http://schemas.nav.gov.hu/OSA/3.0/data"
BASE_NS = "http://schemas.nav.gov.hu/OSA/3.0/base"
API_NS = "http://schemas.nav.gov.hu/OSA/3.0/api"
COMMON_NS = "http://schemas.nav.gov.hu/NTCA/1.0/common"
X = Xml({"d": DATA_NS, "b": BASE_NS, "a": API_NS, "c": COMMON_NS})
READER = "nav_xml"

_PAYMENT = {"TRANSFER": "transfer", "CASH": "cash", "CARD": "card", "VOUCHER": "voucher", "OTHER": "other"}


def _tax_number(el: Element | None) -> tuple[str | None, str | None]:
    """``{taxpayerId, vatCode, countyCode}`` → (``12345678-2-41`` or the 8 digits, the 8 digits)."""
    tp = X.text(el, "b:taxpayerId")
    if not tp:
        return None, None
    vat, county = X.text(el, "b:vatCode"), X.text(el, "b:countyCode")
    return (f"{tp}-{vat}-{county}" if vat and county else tp), tp


def _address(el: Element | None) -> Address | None:
    if el is None:
        return None
    simple = X.find(el, "b:simpleAddress")
    if simple is not None:
        return Address(
            country=X.text(simple, "b:countryCode"), postal_code=X.text(simple, "b:postalCode"),
            city=X.text(simple, "b:city"), street=X.text(simple, "b:additionalAddressDetail"),
        )
    detailed = X.find(el, "b:detailedAddress")
    if detailed is None:
        return None
    parts = [X.text(detailed, f"b:{name}") for name in
             ("streetName", "publicPlaceCategory", "number", "building", "staircase", "floor", "door")]
    return Address(
        country=X.text(detailed, "b:countryCode"), postal_code=X.text(detailed, "b:postalCode"),
        city=X.text(detailed, "b:city"), street=" ".join(p for p in parts if p) or None,
    )


def _rate(el: Element | None) -> tuple[Decimal | None, str | None]:
    """VatRateType → (fraction such as 0.27, category code for the cases without a percentage)."""
    if el is None:
        return None, None
    pct = X.dec(el, "d:vatPercentage")
    if pct is not None:
        return pct, None
    content = X.dec(el, "d:vatContent")
    if content is not None:
        return None, f"VAT_CONTENT:{content}"
    for tag in ("vatExemption", "vatOutOfScope"):
        case = X.text(el, f"d:{tag}/d:case")
        if case:
            return None, case
    if X.find(el, "d:vatDomesticReverseCharge") is not None:
        return None, "DOMESTIC_REVERSE"
    margin = X.text(el, "d:marginSchemeIndicator")
    if margin:
        return None, margin
    mismatch = X.find(el, "d:vatAmountMismatch")
    if mismatch is not None:
        return X.dec(mismatch, "d:vatRate"), X.text(mismatch, "d:case")
    if X.find(el, "d:noVatCharge") is not None:
        return None, "NO_VAT_CHARGE"
    return None, None


def _line(el: Element) -> Line:
    normal = X.find(el, "d:lineAmountsNormal")
    simplified = X.find(el, "d:lineAmountsSimplified")
    unit = X.text(el, "d:unitOfMeasureOwn") or X.text(el, "d:unitOfMeasure")
    description = X.text(el, "d:lineDescription") or ""
    quantity, unit_price = X.dec(el, "d:quantity"), X.dec(el, "d:unitPrice")
    if normal is not None:
        rate, _ = _rate(X.find(normal, "d:lineVatRate"))
        return Line(
            description, quantity, unit, unit_price,
            net=X.dec(normal, "d:lineNetAmountData/d:lineNetAmount"),
            vat_rate=rate,
            vat=X.dec(normal, "d:lineVatData/d:lineVatAmount"),
            gross=X.dec(normal, "d:lineGrossAmountData/d:lineGrossAmountNormal"),
        )
    if simplified is not None:
        return Line(description, quantity, unit, unit_price, gross=X.dec(simplified, "d:lineGrossAmountSimplified"))
    return Line(description, quantity, unit, unit_price)


def _add(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    return a if b is None else a + b


def unwrap_query_invoice_data(root: Element, limits: PdfLimits) -> Element:
    """The InvoiceData root inside a ``QueryInvoiceDataResponse`` (spec §2.6.2).

    ``invoiceData`` is base64, gzip when ``compressedContentIndicator`` is true. The base64 text
    is already bounded by the outer document's size limit; the gzip is inflated in chunks and
    refused past ``max_xml_bytes`` (a bomb never expands), and the inner XML gets every limit.
    """
    from services.core.parsing.inflate import GZIP, inflate_limited
    from services.core.parsing.xmlsafe import parse_xml

    func_code = X.text(root, "c:result/c:funcCode")
    if func_code is not None and func_code != "OK":
        raise UnsupportedDocumentError(f"NAV answered {func_code}: {X.text(root, 'c:result/c:message') or ''}".strip())
    result = X.find(root, "a:invoiceDataResult")
    encoded = X.text(result, "a:invoiceData")
    if result is None or not encoded:
        raise UnsupportedDocumentError("QueryInvoiceDataResponse holds no invoice (NAV found none)")
    try:
        data = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedDocumentError("invoiceData is not valid base64", reason=ReasonCode.MALFORMED_XML) from exc
    if is_true(X.text(result, "a:compressedContentIndicator")):
        data = inflate_limited(data, limits.max_xml_bytes, wbits=GZIP, what="invoiceData")
    inner = parse_xml(data, limits)
    if inner.tag != f"{{{DATA_NS}}}InvoiceData":
        raise UnsupportedDocumentError(f"invoiceData holds {inner.tag}, not a NAV 3.0 InvoiceData")
    return inner


def read_nav_invoice_data(root: Element, *, operation: str | None = None) -> Invoice:
    """One ``Invoice`` from a parsed ``InvoiceData`` root element."""
    if root.tag != f"{{{DATA_NS}}}InvoiceData":
        raise UnsupportedDocumentError(f"not a NAV 3.0 InvoiceData document: {root.tag}")
    c = Collector(READER)
    main = X.find(root, "d:invoiceMain")
    invoices = [el for el in X.findall(main, "d:invoice")] or X.findall(main, "d:batchInvoice/d:invoice")
    if not invoices:
        raise UnsupportedDocumentError("InvoiceData has no invoice")
    inv = invoices[0]
    prefix = "/InvoiceData/invoiceMain/" + ("invoice" if X.find(main, "d:invoice") is not None
                                            else "batchInvoice/invoice")
    head = X.find(inv, "d:invoiceHead")
    supplier = X.find(head, "d:supplierInfo")
    customer = X.find(head, "d:customerInfo")
    detail = X.find(head, "d:invoiceDetail")
    hp = f"{prefix}/invoiceHead"

    # parties
    s_tax, s_tp = _tax_number(X.find(supplier, "d:supplierTaxNumber"))
    seller = Party(
        name=c.take("seller.name", X.text(supplier, "d:supplierName"), f"{hp}/supplierInfo/supplierName"),
        tax_number=c.take("seller.tax_number", s_tax, f"{hp}/supplierInfo/supplierTaxNumber"),
        taxpayer_id=c.take("seller.taxpayer_id", s_tp, f"{hp}/supplierInfo/supplierTaxNumber/taxpayerId"),
        vat_number=c.take("seller.vat_number", normalise_vat_number(X.text(supplier, "d:communityVatNumber")),
                          f"{hp}/supplierInfo/communityVatNumber"),
        address=c.take("seller.address", _address(X.find(supplier, "d:supplierAddress")),
                       f"{hp}/supplierInfo/supplierAddress"),
    )
    status = X.text(customer, "d:customerVatStatus")
    vat_data = X.find(customer, "d:customerVatData")
    b_tax, b_tp = _tax_number(X.find(vat_data, "d:customerTaxNumber"))
    b_vat = X.text(vat_data, "d:communityVatNumber")
    # thirdStateTaxId is plain text in invoiceBase.xsd (SimpleText50NotBlankType), not a structure.
    b_vat = X.text(vat_data, "d:thirdStateTaxId") or b_vat
    cp = f"{hp}/customerInfo"
    buyer = Party(
        name=c.take("buyer.name", X.text(customer, "d:customerName"), f"{cp}/customerName"),
        tax_number=c.take("buyer.tax_number", b_tax, f"{cp}/customerVatData/customerTaxNumber"),
        taxpayer_id=c.take("buyer.taxpayer_id", b_tp, f"{cp}/customerVatData/customerTaxNumber/taxpayerId"),
        vat_number=c.take("buyer.vat_number", b_vat, f"{cp}/customerVatData"),
        address=c.take("buyer.address", _address(X.find(customer, "d:customerAddress")), f"{cp}/customerAddress"),
        private_person=status == "PRIVATE_PERSON",
    )

    # references
    conv = X.find(detail, "d:conventionalInvoiceInfo")
    dp = f"{hp}/invoiceDetail/conventionalInvoiceInfo"
    originals = [X.text(i, "d:invoiceReference/d:originalInvoiceNumber") for i in invoices]
    preceding = [o for o in originals if o]
    refs = References(
        order=c.take("references.order", X.text(conv, "d:orderNumbers/d:orderNumber"), f"{dp}/orderNumbers"),
        contract=c.take("references.contract", X.text(conv, "d:contractNumbers/d:contractNumber"),
                        f"{dp}/contractNumbers"),
        project=c.take("references.project", X.text(conv, "d:projectNumbers/d:projectNumber"),
                       f"{dp}/projectNumbers"),
        delivery_note=c.take("references.delivery_note", X.text(conv, "d:deliveryNotes/d:deliveryNote"),
                             f"{dp}/deliveryNotes"),
        preceding_invoice=c.take("references.preceding_invoice", preceding[0] if preceding else None,
                                 f"{prefix}/invoiceReference/originalInvoiceNumber"),
        preceding_invoices=tuple(preceding) if len(preceding) > 1 else (),
    )

    # lines and kind
    lines: list[Line] = []
    advance = final = False
    for one in invoices:
        for el in X.findall(one, "d:invoiceLines/d:line"):
            lines.append(_line(el))
            if is_true(X.text(el, "d:advanceData/d:advanceIndicator")):
                if X.find(el, "d:advanceData/d:advancePaymentData") is not None:
                    final = True
                else:
                    advance = True
    if operation and operation.upper() == "STORNO":
        kind = InvoiceKind.STORNO
    elif preceding:
        kind = InvoiceKind.CORRECTION
    elif final:
        kind = InvoiceKind.FINAL
    elif advance:
        kind = InvoiceKind.ADVANCE
    else:
        kind = InvoiceKind.NORMAL
    if kind is InvoiceKind.STORNO:
        c.take("kind", kind, "invoiceOperation (of the NAV report, given by the caller)")
    else:
        c.take("kind", kind, f"{prefix}/invoiceReference" if preceding else f"{prefix}/invoiceLines/line/advanceData")

    # summaries (added up over a batch)
    net = vat = gross = net_huf = vat_huf = gross_huf = None
    breakdown: list[VatLine] = []
    sp = f"{prefix}/invoiceSummary"
    for one in invoices:
        summary = X.find(one, "d:invoiceSummary")
        normal = X.find(summary, "d:summaryNormal")
        if normal is not None:
            net = _add(net, X.dec(normal, "d:invoiceNetAmount"))
            vat = _add(vat, X.dec(normal, "d:invoiceVatAmount"))
            net_huf = _add(net_huf, X.dec(normal, "d:invoiceNetAmountHUF"))
            vat_huf = _add(vat_huf, X.dec(normal, "d:invoiceVatAmountHUF"))
            for row in X.findall(normal, "d:summaryByVatRate"):
                rate, category = _rate(X.find(row, "d:vatRate"))
                breakdown.append(VatLine(
                    rate=rate, category=category,
                    net=X.dec(row, "d:vatRateNetData/d:vatRateNetAmount") or Decimal(0),
                    vat=X.dec(row, "d:vatRateVatData/d:vatRateVatAmount") or Decimal(0),
                    gross=X.dec(row, "d:vatRateGrossData/d:vatRateGrossAmount"),
                    net_huf=X.dec(row, "d:vatRateNetData/d:vatRateNetAmountHUF"),
                    vat_huf=X.dec(row, "d:vatRateVatData/d:vatRateVatAmountHUF"),
                ))
        for row in X.findall(summary, "d:summarySimplified"):
            _, category = _rate(X.find(row, "d:vatRate"))
            row_gross = X.dec(row, "d:vatContentGrossAmount") or Decimal(0)
            breakdown.append(VatLine(rate=None, category=category, net=Decimal(0), vat=Decimal(0), gross=row_gross))
        gross = _add(gross, X.dec(summary, "d:summaryGrossData/d:invoiceGrossAmount"))
        gross_huf = _add(gross_huf, X.dec(summary, "d:summaryGrossData/d:invoiceGrossAmountHUF"))
    if gross is None and net is not None and vat is not None:
        gross = net + vat
        c.take("gross_total", gross, f"{sp}/summaryNormal (net + VAT)", 0.95)
    else:
        c.take("gross_total", gross, f"{sp}/summaryGrossData/invoiceGrossAmount")
    if gross_huf is None and net_huf is not None and vat_huf is not None:
        gross_huf = net_huf + vat_huf
    c.take("net_total", net, f"{sp}/summaryNormal/invoiceNetAmount")
    c.take("vat_total", vat, f"{sp}/summaryNormal/invoiceVatAmount")

    dd = f"{hp}/invoiceDetail"
    method = X.text(detail, "d:paymentMethod")
    return Invoice(
        number=c.take("number", X.text(root, "d:invoiceNumber"), "/InvoiceData/invoiceNumber"),
        kind=kind,
        issue_date=c.take("issue_date", X.date(root, "d:invoiceIssueDate"), "/InvoiceData/invoiceIssueDate"),
        fulfilment_date=c.take("fulfilment_date", X.date(detail, "d:invoiceDeliveryDate")
                               or X.date(detail, "d:invoiceDeliveryPeriodEnd"), f"{dd}/invoiceDeliveryDate"),
        due_date=c.take("due_date", X.date(detail, "d:paymentDate"), f"{dd}/paymentDate"),
        currency=c.take("currency", X.text(detail, "d:currencyCode"), f"{dd}/currencyCode"),
        exchange_rate=c.take("exchange_rate", X.dec(detail, "d:exchangeRate"), f"{dd}/exchangeRate"),
        net_total=net, vat_total=vat, gross_total=gross,
        net_total_huf=net_huf, vat_total_huf=vat_huf, gross_total_huf=gross_huf,
        vat_breakdown=tuple(breakdown),
        seller=seller, buyer=buyer, references=refs,
        payment_method=c.take("payment_method", _PAYMENT.get(method or "", method), f"{dd}/paymentMethod"),
        lines=tuple(lines),
        category=c.take("category", X.text(detail, "d:invoiceCategory"), f"{dd}/invoiceCategory"),
        provenance=c.provenance,
    )
