"""XML answers of the NAV emulator, shaped by the 3.0 invoiceApi.xsd (tests validate them)."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from xml.sax.saxutils import escape

from services.nav.protocol.requests import SoftwareInfo, serialize, software_element
from services.nav.protocol.signing import format_request_timestamp
from services.nav.protocol.spec import API_NS, COMMON_NS, HEADER_VERSION, REQUEST_VERSION

from .store import StoredRecord

# Answers carry the emulator's own software block, not the caller's.
EMULATOR_SOFTWARE = SoftwareInfo(
    software_id="HU00000000NAVEMULA",
    name="NAV emulator",
    operation="ONLINE_SERVICE",
    main_version="3.0",
    dev_name="Szamlatar",
    dev_contact="dev@szamlatar.invalid",
)


def _el(tag: str, value: str) -> str:
    return f"<{tag}>{escape(value)}</{tag}>"


def _header(request_id: str, now: datetime) -> str:
    return (
        "<common:header>"
        + _el("common:requestId", request_id)
        + _el("common:timestamp", format_request_timestamp(now))
        + _el("common:requestVersion", REQUEST_VERSION)
        + _el("common:headerVersion", HEADER_VERSION)
        + "</common:header>"
    )


def _result(func_code: str, error_code: str | None = None, message: str | None = None) -> str:
    out = "<common:result>" + _el("common:funcCode", func_code)
    if error_code is not None:
        out += _el("common:errorCode", error_code)
    if message:
        out += _el("common:message", message[:1024])
    return out + "</common:result>"


def _document(root: str, request_id: str, now: datetime, body: str, result: str | None = None) -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<{root} xmlns="{API_NS}" xmlns:common="{COMMON_NS}">'
        + _header(request_id, now)
        + (result if result is not None else _result("OK"))
        + serialize(software_element(EMULATOR_SOFTWARE))
        + body
        + f"</{root}>"
    )
    return xml.encode("utf-8")


def general_error(
    request_id: str, now: datetime, error_code: str, message: str, validation_messages: Sequence[str] = ()
) -> bytes:
    body = "".join(
        "<technicalValidationMessages>"
        + _el("common:validationResultCode", "ERROR")
        + _el("common:validationErrorCode", "SCHEMA_VIOLATION")
        + _el("common:message", text[:1024])
        + "</technicalValidationMessages>"
        for text in validation_messages
    )
    return _document("GeneralErrorResponse", request_id, now, body, _result("ERROR", error_code, message))


def general_exception(error_code: str, message: str) -> bytes:
    """What NAV sends for a body it cannot even read as XML: no header, just the result fields."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<common:GeneralExceptionResponse xmlns:common="{COMMON_NS}">'
        + _el("common:funcCode", "ERROR")
        + _el("common:errorCode", error_code)
        + _el("common:message", message[:1024])
        + "</common:GeneralExceptionResponse>"
    )
    return xml.encode("utf-8")


def token_exchange(
    request_id: str, now: datetime, encoded_token: bytes, valid_from: datetime, valid_to: datetime
) -> bytes:
    body = (
        _el("encodedExchangeToken", base64.b64encode(encoded_token).decode("ascii"))
        + _el("tokenValidityFrom", format_request_timestamp(valid_from))
        + _el("tokenValidityTo", format_request_timestamp(valid_to))
    )
    return _document("TokenExchangeResponse", request_id, now, body)


def _money(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _digest(record: StoredRecord) -> str:
    f = record.facts
    fields: list[tuple[str, str | None]] = [
        ("invoiceNumber", f.invoice_number),
        ("batchIndex", None if f.batch_index is None else str(f.batch_index)),
        ("invoiceOperation", f.operation),
        ("invoiceCategory", f.invoice_category),
        ("invoiceIssueDate", f.issue_date.isoformat()),
        ("supplierTaxNumber", f.supplier_tax_number),
        ("supplierGroupMemberTaxNumber", f.supplier_group_member_tax_number),
        ("supplierName", f.supplier_name),
        ("customerTaxNumber", f.customer_tax_number),
        ("customerGroupMemberTaxNumber", f.customer_group_member_tax_number),
        ("customerName", f.customer_name),
        ("paymentMethod", f.payment_method),
        ("paymentDate", None if f.payment_date is None else f.payment_date.isoformat()),
        ("invoiceAppearance", f.invoice_appearance),
        ("source", record.source),
        ("invoiceDeliveryDate", None if f.delivery_date is None else f.delivery_date.isoformat()),
        ("currency", f.currency),
        ("invoiceNetAmount", _money(f.net_amount)),
        ("invoiceNetAmountHUF", _money(f.net_amount_huf)),
        ("invoiceVatAmount", _money(f.vat_amount)),
        ("invoiceVatAmountHUF", _money(f.vat_amount_huf)),
        ("transactionId", record.transaction_id),
        ("index", "1"),
        ("originalInvoiceNumber", f.original_invoice_number),
        ("modificationIndex", None if f.modification_index is None else str(f.modification_index)),
        ("insDate", format_request_timestamp(record.ins_date)),
        (
            "completenessIndicator",
            None if f.completeness_indicator is None else str(f.completeness_indicator).lower(),
        ),
    ]
    return "<invoiceDigest>" + "".join(_el(t, v) for t, v in fields if v is not None) + "</invoiceDigest>"


def invoice_digest(
    request_id: str, now: datetime, current_page: int, available_page: int, records: Sequence[StoredRecord]
) -> bytes:
    body = (
        "<invoiceDigestResult>"
        + _el("currentPage", str(current_page))
        + _el("availablePage", str(available_page))
        + "".join(_digest(r) for r in records)
        + "</invoiceDigestResult>"
    )
    return _document("QueryInvoiceDigestResponse", request_id, now, body)


def invoice_data(request_id: str, now: datetime, record: StoredRecord | None, batch_index: int | None) -> bytes:
    if record is None:
        return _document("QueryInvoiceDataResponse", request_id, now, "")
    audit = (
        "<auditData>"
        + _el("insdate", format_request_timestamp(record.ins_date))
        + _el("insCusUser", record.ins_cus_user)
        + _el("source", record.source)
        + _el("transactionId", record.transaction_id)
        + _el("index", "1")
        + (_el("batchIndex", str(batch_index)) if batch_index is not None else "")
        + _el("originalRequestVersion", REQUEST_VERSION)
        + "</auditData>"
    )
    body = (
        "<invoiceDataResult>"
        + _el("invoiceData", base64.b64encode(record.payload).decode("ascii"))
        + audit
        + _el("compressedContentIndicator", "true" if record.compressed else "false")
        + (
            f'<electronicInvoiceHash cryptoType="SHA3-512">{record.electronic_invoice_hash}</electronicInvoiceHash>'
            if record.electronic_invoice_hash is not None
            else ""
        )
        + "</invoiceDataResult>"
    )
    return _document("QueryInvoiceDataResponse", request_id, now, body)
