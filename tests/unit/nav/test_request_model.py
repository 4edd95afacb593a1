"""The emulator checks requests against its own model of the 3.0 API and answers faults as NAV does:
INVALID_REQUEST with one technical validation message per fault. Whether the model agrees with NAV's
XSDs is checked by tests/conformance/test_nav_xsd.py."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from services.core.enums import Direction
from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.requests import (
    AdditionalQueryParams,
    InsDateRange,
    IssueDateRange,
    RequestContext,
    SoftwareInfo,
    build_query_invoice_data_request,
    build_query_invoice_digest_request,
)
from services.nav.protocol.responses import parse_result
from services.nav.protocol.signing import NavCredentials
from services.nav.protocol.spec import API_NS, COMMON_NS, qname
from szamlatar_dev.emulators.nav.request_model import request_faults
from szamlatar_dev.emulators.nav.request_parsing import iter_children, text_of

from .conftest import NOW
from .protocol.test_requests import built_requests

EMULATOR = Path(__file__).parents[3] / "dev" / "szamlatar_dev" / "emulators" / "nav"
SOFTWARE = SoftwareInfo()
CREDS = NavCredentials.from_password(login="abcdefghijklmno", password="titok", tax_number="12345678",
                                         signature_key="k")


def _digest(**kwargs: object) -> bytes:
    args: dict[str, object] = {"page": 1, "direction": Direction.OUTGOING,
                               "mandatory": IssueDateRange(date(2021, 5, 1), date(2021, 5, 31)), **kwargs}
    return build_query_invoice_digest_request(CREDS, SOFTWARE, RequestContext("RID1", NOW), **args)  # type: ignore[arg-type]


def _data() -> bytes:
    return build_query_invoice_data_request(CREDS, SOFTWARE, RequestContext("RID1", NOW),
                                                invoice_number="PK-2021/0011", direction=Direction.INCOMING,
                                                supplier_tax_number="25801475")


def _messages(body: bytes) -> list[str]:
    return request_faults(parse_xml(body))


@pytest.mark.parametrize(("name", "body"), built_requests(), ids=lambda v: v if isinstance(v, str) else "")
def test_what_the_client_builds_fits_the_model(name: str, body: bytes) -> None:
    assert _messages(body) == []


BROKEN = [
    pytest.param(_digest().replace(b"<invoiceDirection>OUTBOUND", b"<invoiceDirection>SIDEWAYS"),
                 "/QueryInvoiceDigestRequest/invoiceDirection: value 'SIDEWAYS' must be one of INBOUND, OUTBOUND",
                 id="enumeration"),
    pytest.param(_digest().replace(b"<page>1</page>", b"<page>0</page>"),
                 "/QueryInvoiceDigestRequest/page: value '0' must be between 1 and 2147483647", id="page-zero"),
    pytest.param(_digest().replace(b"<page>1</page>", b""),
                 "/QueryInvoiceDigestRequest: missing <page>, found <invoiceDirection>", id="missing"),
    pytest.param(_digest().replace(b"<page>1</page><invoiceDirection>OUTBOUND</invoiceDirection>",
                                   b"<invoiceDirection>OUTBOUND</invoiceDirection><page>1</page>"),
                 "/QueryInvoiceDigestRequest: missing <page>, found <invoiceDirection>", id="order"),
    pytest.param(_digest().replace(b"</software>", b"</software><colour>red</colour>"),
                 "/QueryInvoiceDigestRequest: missing <page>, found <colour>", id="unknown-element"),
    pytest.param(_digest().replace(b"<common:taxNumber>12345678", b"<common:taxNumber>1234567"),
                 "/QueryInvoiceDigestRequest/user/taxNumber: value '1234567' must be 8 digits", id="pattern"),
    pytest.param(_digest().replace(b' cryptoType="SHA3-512"', b""),
                 "/QueryInvoiceDigestRequest/user/requestSignature: attribute cryptoType is missing",
                 id="missing-attribute"),
    pytest.param(_digest().replace(b"<dateFrom>2021-05-01", b"<dateFrom>2021-02-30"),
                 "/QueryInvoiceDigestRequest/invoiceQueryParams/mandatoryQueryParams/invoiceIssueDate/dateFrom: "
                 "value '2021-02-30' is not a calendar date", id="impossible-date"),
    pytest.param(_digest().replace(b"<dateFrom>2021-05-01", b"<dateFrom>2009-12-31"),
                 "/QueryInvoiceDigestRequest/invoiceQueryParams/mandatoryQueryParams/invoiceIssueDate/dateFrom: "
                 "value '2009-12-31' must not be before 2010-01-01", id="before-2010"),
    pytest.param(_digest().replace(b"</invoiceIssueDate>",
                                   b"</invoiceIssueDate><originalInvoiceNumber>X</originalInvoiceNumber>"),
                 "/QueryInvoiceDigestRequest/invoiceQueryParams/mandatoryQueryParams: unexpected "
                 "<originalInvoiceNumber>", id="two-mandatory-params"),
    pytest.param(_digest(mandatory=InsDateRange(datetime(2021, 5, 1, tzinfo=UTC), datetime(2021, 5, 2, tzinfo=UTC)))
                 .replace(b"<dateTimeTo>2021-05-02T00:00:00.000Z", b"<dateTimeTo>2021-05-02T24:00:00.001Z"),
                 "/QueryInvoiceDigestRequest/invoiceQueryParams/mandatoryQueryParams/insDate/dateTimeTo: "
                 "value '2021-05-02T24:00:00.001Z' is not a time of day", id="past-the-end-of-the-day"),
    pytest.param(_digest(additional=AdditionalQueryParams(name="Beszerző Kft.", currency="HUF"))
                 .replace(b"<currency>HUF", b"<currency>huf"),
                 "/QueryInvoiceDigestRequest/invoiceQueryParams/additionalQueryParams/currency: value 'huf' must be "
                 "a three-letter currency code", id="currency"),
    pytest.param(_digest(additional=AdditionalQueryParams(name="Bes")),
                 "/QueryInvoiceDigestRequest/invoiceQueryParams/additionalQueryParams/name: value 'Bes' must be "
                 "5–512 characters long", id="name-too-short"),
    pytest.param(_data().replace(b"<invoiceNumber>PK-2021/0011", b"<invoiceNumber>  "),
                 "/QueryInvoiceDataRequest/invoiceNumberQuery/invoiceNumber: value '  ' must be one non-blank line",
                 id="blank-number"),
    pytest.param(_data().replace(b"<invoiceNumberQuery>", b"<invoiceNumberQuery>hello"),
                 "/QueryInvoiceDataRequest/invoiceNumberQuery: text is not allowed between elements", id="mixed-text"),
    pytest.param(_data().replace(b"<supplierTaxNumber>25801475</supplierTaxNumber>", b"")
                 .replace(b"</invoiceDirection>", b"</invoiceDirection><supplierTaxNumber>25801475</supplierTaxNumber>"
                          b"<batchIndex>1</batchIndex>"),
                 "/QueryInvoiceDataRequest/invoiceNumberQuery: unexpected <batchIndex>", id="optional-order"),
    pytest.param(_data().replace(b"<softwareId>HU00000000SZAMLATR", b"<softwareId>hu00000000szamlatr"),
                 "/QueryInvoiceDataRequest/software/softwareId: value 'hu00000000szamlatr' must be 18 of [-0-9A-Z]",
                 id="software-id"),
    pytest.param(_data().replace(b"QueryInvoiceDataRequest", b"QueryTaxpayerRequest"),
                 "/QueryTaxpayerRequest: not a request this service accepts", id="other-operation"),
]


@pytest.mark.parametrize(("body", "message"), BROKEN)
def test_a_broken_request_is_named_exactly(body: bytes, message: str) -> None:
    assert _messages(body) == [message]


def test_every_fault_is_reported_not_only_the_first() -> None:
    body = (_digest().replace(b"<page>1</page>", b"<page>x</page>")
            .replace(b"<common:login>abcdefghijklmno", b"<common:login>a b"))
    assert _messages(body) == ["/QueryInvoiceDigestRequest/user/login: value 'a b' must be 6–15 letters or digits",
                               "/QueryInvoiceDigestRequest/page: value 'x' must be a whole number"]


def test_number_and_date_values_may_carry_whitespace_but_enumerations_may_not() -> None:
    assert _messages(_digest().replace(b"<page>1</page>", b"<page> 1 </page>")
                     .replace(b"<dateTo>2021-05-31", b"<dateTo>\n 2021-05-31\n")) == []
    assert _messages(_digest().replace(b"<invoiceDirection>OUTBOUND", b"<invoiceDirection> OUTBOUND")) == [
        "/QueryInvoiceDigestRequest/invoiceDirection: value ' OUTBOUND' must be one of INBOUND, OUTBOUND"]


def test_the_emulator_answers_a_model_fault_with_nav_technical_validation_messages(emulator: TestClient) -> None:
    body = _digest().replace(b"<invoiceDirection>OUTBOUND", b"<invoiceDirection>SIDEWAYS")
    response = emulator.post("/invoiceService/v3/queryInvoiceDigest", content=body)
    assert response.status_code == 400
    root = parse_xml(response.content)
    assert root.tag == qname(API_NS, "GeneralErrorResponse")
    assert parse_result(root).error_code == "INVALID_REQUEST"
    [validation] = list(iter_children(root, "technicalValidationMessages"))
    assert [text_of(validation, tag, COMMON_NS) for tag in
            ("validationResultCode", "validationErrorCode", "message")] == [
        "ERROR", "SCHEMA_VIOLATION",
        "/QueryInvoiceDigestRequest/invoiceDirection: value 'SIDEWAYS' must be one of INBOUND, OUTBOUND"]


def test_the_emulator_ships_no_vendor_schema_or_sample_and_loads_no_xsd() -> None:
    shipped = sorted(p.relative_to(EMULATOR).as_posix() for p in EMULATOR.rglob("*")
                     if p.is_file() and "__pycache__" not in p.parts)
    assert "request_model.py" in shipped  # the emulator is where this test looks
    assert all(name.endswith(".py") for name in shipped), shipped
    for path in EMULATOR.glob("*.py"):
        imported = {alias.name.split(".")[0] for node in ast.walk(ast.parse(path.read_text()))
                    if isinstance(node, ast.Import) for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(ast.parse(path.read_text()))
                     if isinstance(node, ast.ImportFrom)}
        assert "xmlschema" not in imported, path.name
