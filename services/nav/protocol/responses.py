"""NAV Online Számla 3.0 responses (pure): the result of any answer, token exchange, invoice
digests and invoice data, read into values.

Answers are untrusted input: they are parsed by the one safe XML parser (``core/parsing/xmlsafe``:
no DTD, no entities, bounded size and shape), and compressed invoice data is inflated by the one
bounded inflater (``core/parsing/inflate``), so a gzip bomb is refused before it expands.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.core.parsing.inflate import GZIP, inflate_limited
from services.core.parsing.limits import DEFAULT_PDF_LIMITS
from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.signing import parse_request_timestamp
from services.nav.protocol.spec import API_NS, COMMON_NS, MAX_INVOICE_BYTES, Operation, qname

# A queryInvoiceData answer carries up to MAX_INVOICE_BYTES of invoice as base64 (a third larger)
# inside its envelope; the element and depth limits stay the ones every document gets.
RESPONSE_LIMITS = replace(DEFAULT_PDF_LIMITS, max_xml_bytes=MAX_INVOICE_BYTES * 4 // 3 + 1024 * 1024)


@dataclass(frozen=True)
class NavResult:
    """``result`` of any response; ``func_code`` is OK, WARNING or ERROR."""

    func_code: str
    error_code: str | None = None
    message: str | None = None

    @property
    def is_error(self) -> bool:
        return self.func_code == "ERROR"


@dataclass(frozen=True)
class TokenExchangeResult:
    encoded_token: bytes  # AES-128-ECB ciphertext, decrypted with the exchange key by the shell
    valid_from: datetime
    valid_to: datetime


@dataclass(frozen=True)
class InvoiceDigest:
    invoice_number: str
    invoice_operation: str
    invoice_category: str
    invoice_issue_date: date
    supplier_tax_number: str
    supplier_name: str
    ins_date: datetime
    batch_index: int | None = None
    customer_tax_number: str | None = None
    customer_name: str | None = None
    payment_method: str | None = None
    payment_date: date | None = None
    invoice_appearance: str | None = None
    source: str | None = None
    invoice_delivery_date: date | None = None
    currency: str | None = None
    invoice_net_amount: Decimal | None = None
    invoice_net_amount_huf: Decimal | None = None
    invoice_vat_amount: Decimal | None = None
    invoice_vat_amount_huf: Decimal | None = None
    transaction_id: str | None = None
    index: int | None = None
    original_invoice_number: str | None = None
    modification_index: int | None = None
    completeness_indicator: bool | None = None


@dataclass(frozen=True)
class InvoiceDigestPage:
    current_page: int
    available_page: int
    digests: tuple[InvoiceDigest, ...]


@dataclass(frozen=True)
class AuditData:
    ins_date: datetime
    ins_cus_user: str
    source: str
    original_request_version: str
    transaction_id: str | None = None
    index: int | None = None
    batch_index: int | None = None


@dataclass(frozen=True)
class InvoiceDataResult:
    invoice_data: bytes  # base64-decoded; still gzip when ``compressed`` is true
    compressed: bool
    audit: AuditData
    electronic_invoice_hash: str | None = None


# --------------------------------------------------------------------------- reading elements


def parse_response(document: bytes) -> Element:
    """The root of an answer, parsed safely within ``RESPONSE_LIMITS``."""
    return parse_xml(document, RESPONSE_LIMITS)


def child_text(parent: Element, ns: str, tag: str) -> str | None:
    """The stripped text of ``parent``'s child ``{ns}tag``; ``None`` when it is absent or empty."""
    node = parent.find(qname(ns, tag))
    if node is None or node.text is None:
        return None
    return node.text.strip()


def required_text(parent: Element, ns: str, tag: str) -> str:
    value = child_text(parent, ns, tag)
    if value is None:
        raise MalformedDocumentError(f"missing <{tag}>", reason=ReasonCode.MALFORMED_XML)
    return value


def _opt_int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _opt_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _opt_decimal(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _opt_bool(value: str | None) -> bool | None:
    return None if value is None else value in ("true", "1")


def _bad_value(operation: Operation, exc: Exception) -> MalformedDocumentError:
    return MalformedDocumentError(f"{operation.value}: bad value: {exc}", reason=ReasonCode.MALFORMED_XML)


# --------------------------------------------------------------------------- answers


def parse_result(document: bytes | Element) -> NavResult:
    """The ``common:result`` of any NAV response, including ``GeneralErrorResponse``."""
    root = parse_response(document) if isinstance(document, bytes) else document
    result = root.find(qname(COMMON_NS, "result"))
    if result is None:
        # GeneralExceptionResponse carries the result fields at its root.
        result = root
    func_code = child_text(result, COMMON_NS, "funcCode")
    if func_code is None:
        raise MalformedDocumentError("response has no funcCode", reason=ReasonCode.MALFORMED_XML)
    return NavResult(
        func_code=func_code,
        error_code=child_text(result, COMMON_NS, "errorCode"),
        message=child_text(result, COMMON_NS, "message"),
    )


def _expect_root(document: bytes, operation: Operation) -> Element:
    root = parse_response(document)
    if root.tag != qname(API_NS, operation.response_element):
        raise MalformedDocumentError(
            f"expected {operation.response_element}, got {root.tag}", reason=ReasonCode.MALFORMED_XML
        )
    return root


def parse_token_exchange_response(document: bytes) -> TokenExchangeResult:
    root = _expect_root(document, Operation.TOKEN_EXCHANGE)
    try:
        return TokenExchangeResult(
            encoded_token=base64.b64decode(required_text(root, API_NS, "encodedExchangeToken"), validate=True),
            valid_from=parse_request_timestamp(required_text(root, API_NS, "tokenValidityFrom")),
            valid_to=parse_request_timestamp(required_text(root, API_NS, "tokenValidityTo")),
        )
    except (binascii.Error, ValueError) as exc:
        raise _bad_value(Operation.TOKEN_EXCHANGE, exc) from exc


def _parse_digest(node: Element) -> InvoiceDigest:
    def t(tag: str) -> str | None:
        return child_text(node, API_NS, tag)

    def r(tag: str) -> str:
        return required_text(node, API_NS, tag)

    return InvoiceDigest(
        invoice_number=r("invoiceNumber"),
        batch_index=_opt_int(t("batchIndex")),
        invoice_operation=r("invoiceOperation"),
        invoice_category=r("invoiceCategory"),
        invoice_issue_date=date.fromisoformat(r("invoiceIssueDate")),
        supplier_tax_number=r("supplierTaxNumber"),
        supplier_name=r("supplierName"),
        customer_tax_number=t("customerTaxNumber"),
        customer_name=t("customerName"),
        payment_method=t("paymentMethod"),
        payment_date=_opt_date(t("paymentDate")),
        invoice_appearance=t("invoiceAppearance"),
        source=t("source"),
        invoice_delivery_date=_opt_date(t("invoiceDeliveryDate")),
        currency=t("currency"),
        invoice_net_amount=_opt_decimal(t("invoiceNetAmount")),
        invoice_net_amount_huf=_opt_decimal(t("invoiceNetAmountHUF")),
        invoice_vat_amount=_opt_decimal(t("invoiceVatAmount")),
        invoice_vat_amount_huf=_opt_decimal(t("invoiceVatAmountHUF")),
        transaction_id=t("transactionId"),
        index=_opt_int(t("index")),
        original_invoice_number=t("originalInvoiceNumber"),
        modification_index=_opt_int(t("modificationIndex")),
        ins_date=parse_request_timestamp(r("insDate")),
        completeness_indicator=_opt_bool(t("completenessIndicator")),
    )


def parse_query_invoice_digest_response(document: bytes) -> InvoiceDigestPage:
    root = _expect_root(document, Operation.QUERY_INVOICE_DIGEST)
    result = root.find(qname(API_NS, "invoiceDigestResult"))
    if result is None:
        raise MalformedDocumentError("missing <invoiceDigestResult>", reason=ReasonCode.MALFORMED_XML)
    try:
        return InvoiceDigestPage(
            current_page=int(required_text(result, API_NS, "currentPage")),
            available_page=int(required_text(result, API_NS, "availablePage")),
            digests=tuple(_parse_digest(n) for n in result.findall(qname(API_NS, "invoiceDigest"))),
        )
    except (ValueError, InvalidOperation) as exc:
        raise _bad_value(Operation.QUERY_INVOICE_DIGEST, exc) from exc


def parse_query_invoice_data_response(document: bytes) -> InvoiceDataResult | None:
    """``None`` when NAV found no invoice (it answers OK with no ``invoiceDataResult``)."""
    root = _expect_root(document, Operation.QUERY_INVOICE_DATA)
    result = root.find(qname(API_NS, "invoiceDataResult"))
    if result is None:
        return None
    audit = result.find(qname(API_NS, "auditData"))
    if audit is None:
        raise MalformedDocumentError("missing <auditData>", reason=ReasonCode.MALFORMED_XML)
    try:
        return InvoiceDataResult(
            invoice_data=base64.b64decode(required_text(result, API_NS, "invoiceData"), validate=True),
            compressed=_opt_bool(required_text(result, API_NS, "compressedContentIndicator")) is True,
            electronic_invoice_hash=child_text(result, API_NS, "electronicInvoiceHash"),
            audit=AuditData(
                # The XSD spells it ``insdate`` here, unlike ``insDate`` in the digest.
                ins_date=parse_request_timestamp(required_text(audit, API_NS, "insdate")),
                ins_cus_user=required_text(audit, API_NS, "insCusUser"),
                source=required_text(audit, API_NS, "source"),
                original_request_version=required_text(audit, API_NS, "originalRequestVersion"),
                transaction_id=child_text(audit, API_NS, "transactionId"),
                index=_opt_int(child_text(audit, API_NS, "index")),
                batch_index=_opt_int(child_text(audit, API_NS, "batchIndex")),
            ),
        )
    except (binascii.Error, ValueError) as exc:
        raise _bad_value(Operation.QUERY_INVOICE_DATA, exc) from exc


def decode_invoice_data(result: InvoiceDataResult, limit: int = MAX_INVOICE_BYTES) -> bytes:
    """The InvoiceData XML bytes, gunzipped (bounded) when NAV says the content is compressed."""
    if not result.compressed:
        if len(result.invoice_data) > limit:
            raise LimitExceededError("invoice data exceeds the size limit")
        return result.invoice_data
    return inflate_limited(result.invoice_data, limit, wbits=GZIP, what="invoice data")
