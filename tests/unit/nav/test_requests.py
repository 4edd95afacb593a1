"""Built requests fit the request model, are signed, and parse back; responses parse into values.

tests/conformance/test_nav_xsd.py validates the same requests against NAV's own invoiceApi.xsd.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.core import nav_signing as nav
from services.emulators.nav.request_model import request_faults

CREDS = nav.NavCredentials.from_password(
    login="abcdefghijklmno", password="titok", tax_number="12345678", signature_key="ce-8f5e-215119fa7dd6"
)
SOFTWARE = nav.SoftwareInfo()
CONTEXT = nav.RequestContext("SZT0000000001", datetime(2024, 3, 1, 10, 0, 0, 123_000, tzinfo=UTC))


def built_requests() -> list[tuple[str, bytes]]:
    return [
        ("tokenExchange", nav.build_token_exchange_request(CREDS, SOFTWARE, CONTEXT)),
        (
            "digest-issue-date",
            nav.build_query_invoice_digest_request(
                CREDS, SOFTWARE, CONTEXT, page=2, direction=nav.InvoiceDirection.OUTBOUND,
                mandatory=nav.IssueDateRange(date(2024, 1, 1), date(2024, 1, 31)),
                additional=nav.AdditionalQueryParams(tax_number="87654321", currency="HUF"),
            ),
        ),
        (
            "digest-ins-date",
            nav.build_query_invoice_digest_request(
                CREDS, SOFTWARE, CONTEXT, page=1, direction=nav.InvoiceDirection.INBOUND,
                mandatory=nav.InsDateRange(
                    datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 2, tzinfo=UTC)
                ),
            ),
        ),
        (
            "digest-chain",
            nav.build_query_invoice_digest_request(
                CREDS, SOFTWARE, CONTEXT, page=1, direction=nav.InvoiceDirection.OUTBOUND,
                mandatory="PK-2021/0011",
            ),
        ),
        (
            "data",
            nav.build_query_invoice_data_request(
                CREDS, SOFTWARE, CONTEXT, invoice_number="2024/0001 & <x>",
                direction=nav.InvoiceDirection.INBOUND, batch_index=2, supplier_tax_number="87654321",
            ),
        ),
    ]


@pytest.mark.parametrize(("name", "body"), built_requests(), ids=lambda v: v if isinstance(v, str) else "")
def test_built_request_fits_the_model_and_is_correctly_signed(name: str, body: bytes) -> None:
    root = nav.parse_xml(body)
    assert request_faults(root) == []
    envelope = nav.parse_request_envelope(root)
    assert envelope.request_id == "SZT0000000001"
    assert envelope.timestamp_text == "2024-03-01T10:00:00.123Z"
    assert envelope.password_hash == nav.hash_password("titok")
    assert envelope.request_signature == nav.expected_request_signature(root, envelope, CREDS.signature_key)


def test_software_block_is_in_the_api_namespace() -> None:
    root = nav.parse_xml(nav.build_token_exchange_request(CREDS, SOFTWARE, CONTEXT))
    software = root.find(nav.qname(nav.API_NS, "software"))
    assert software is not None
    assert nav.text_of(software, "softwareId") == SOFTWARE.software_id


def test_software_id_must_have_18_characters() -> None:
    with pytest.raises(ValueError):
        nav.SoftwareInfo(software_id="SHORT")


def test_request_id_pattern_is_enforced() -> None:
    with pytest.raises(ValueError):
        nav.RequestContext("has space", datetime(2024, 1, 1, tzinfo=UTC))


def test_general_error_response_parses_to_a_result() -> None:
    body = (
        f'<GeneralErrorResponse xmlns="{nav.API_NS}" xmlns:common="{nav.COMMON_NS}">'
        "<common:header><common:requestId>X1</common:requestId>"
        "<common:timestamp>2024-01-01T00:00:00.000Z</common:timestamp>"
        "<common:requestVersion>3.0</common:requestVersion></common:header>"
        "<common:result><common:funcCode>ERROR</common:funcCode>"
        "<common:errorCode>INVALID_REQUEST_SIGNATURE</common:errorCode>"
        "<common:message>bad</common:message></common:result></GeneralErrorResponse>"
    ).encode()
    result = nav.parse_result(body)
    assert result.is_error and result.error_code == "INVALID_REQUEST_SIGNATURE"

