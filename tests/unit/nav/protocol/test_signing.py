"""Request signing against vectors computed here from the spec's formulas (§1.5).

NAV's own vectors (the worked example of §1.5.1 and the eleven sample requests) are checked by
tests/conformance/test_nav_signing.py against the published files.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from services.core.enums import Direction
from services.core.errors import MalformedDocumentError
from services.core.parsing.xmlsafe import parse_xml
from services.nav.protocol.requests import (
    IssueDateRange,
    RequestContext,
    SoftwareInfo,
    build_query_invoice_data_request,
    build_query_invoice_digest_request,
    build_token_exchange_request,
)
from services.nav.protocol.signing import (
    NavCredentials,
    format_request_timestamp,
    hash_password,
    index_hash,
    parse_request_timestamp,
    request_signature,
    signature_timestamp,
)
from services.nav.protocol.spec import API_NS, COMMON_NS
from szamlatar_dev.emulators.nav.request_parsing import (
    expected_request_signature,
    parse_request_envelope,
    request_index_hashes,
)

KEY = "ce-8f5e-215119fa7dd6"
AT = datetime(2024, 3, 1, 10, 0, 0, 123_000, tzinfo=UTC)


def sha3_upper(text: str) -> str:
    return hashlib.sha3_512(text.encode("utf-8")).hexdigest().upper()


def test_query_signature_is_sha3_of_id_timestamp_and_key() -> None:
    # requestId + YYYYMMDDhhmmss (UTC, no fraction) + signature key, SHA3-512, uppercase hex.
    expected = ("EFF62496C3D119E45FF28E1B46F28A4152530F6377B0088F0545053BC6902943"
                "CC7EE302B8C4F46121ACDCBEBDF48A72217672464CE7991506E2CA8F6B4E0608")
    assert sha3_upper("SZT0000000001" + "20240301100000" + KEY) == expected
    assert request_signature("SZT0000000001", AT, KEY) == expected


def test_index_hash_is_sha3_of_operation_and_the_base64_as_sent() -> None:
    assert index_hash("CREATE", "PEludm9pY2VEYXRhLz4=") == (
        "412F59CD6240B714669427176CA0A0266980C1BCF734392E079847D0BAFD3F7A"
        "8217958060CE26CBD8ADCB220C5B291166EC17FE4C4160FDC0DD076462F26DB6")
    assert index_hash("STORNO", "PEludm9pY2VEYXRhIC8+") == sha3_upper("STORNOPEludm9pY2VEYXRhIC8+")


def _manage_invoice(operations: list[tuple[int, str, str]], signature: str = "X") -> bytes:
    """A ManageInvoiceRequest reduced to what the signature covers, operations in the given order."""
    ops = "".join(f"<invoiceOperation><index>{i}</index><invoiceOperation>{op}</invoiceOperation>"
                  f"<invoiceData>{data}</invoiceData></invoiceOperation>" for i, op, data in operations)
    return (f'<ManageInvoiceRequest xmlns="{API_NS}" xmlns:common="{COMMON_NS}">'
            "<common:header><common:requestId>SZT0000000002</common:requestId>"
            "<common:timestamp>2024-03-01T10:00:00.123Z</common:timestamp>"
            "<common:requestVersion>3.0</common:requestVersion></common:header>"
            "<common:user><common:login>abcdefghijklmno</common:login>"
            '<common:passwordHash cryptoType="SHA-512">P</common:passwordHash>'
            "<common:taxNumber>12345678</common:taxNumber>"
            f'<common:requestSignature cryptoType="SHA3-512">{signature}</common:requestSignature></common:user>'
            f"<exchangeToken>T</exchangeToken><invoiceOperations>{ops}</invoiceOperations>"
            "</ManageInvoiceRequest>").encode()


def test_manage_invoice_signature_appends_the_index_hashes_in_index_order() -> None:
    # Listed out of order on purpose: the signature follows the indices, not the document order.
    operations = [(2, "STORNO", "PEludm9pY2VEYXRhIC8+"), (1, "CREATE", "PEludm9pY2VEYXRhLz4=")]
    root = parse_xml(_manage_invoice(operations))
    first, second = sha3_upper("CREATEPEludm9pY2VEYXRhLz4="), sha3_upper("STORNOPEludm9pY2VEYXRhIC8+")
    assert request_index_hashes(root) == [first, second]
    expected = sha3_upper("SZT0000000002" + "20240301100000" + KEY + first + second)
    assert expected == ("81262A025706C6FAD42DA7DF4267569558A28AA2FB082BC893F8D1066521F234"
                        "D0F309827EAAD9F268AB02334CCF30D756156E11979F4418D39F3150EB2ACCCB")
    envelope = parse_request_envelope(root)
    assert expected_request_signature(root, envelope, KEY) == expected


@pytest.mark.parametrize("build", [
    pytest.param(lambda c, s, x: build_token_exchange_request(c, s, x), id="tokenExchange"),
    pytest.param(lambda c, s, x: build_query_invoice_data_request(
        c, s, x, invoice_number="PK-2021/0011", direction=Direction.OUTGOING), id="queryInvoiceData"),
    pytest.param(lambda c, s, x: build_query_invoice_digest_request(
        c, s, x, page=1, direction=Direction.INCOMING,
        mandatory=IssueDateRange(date(2024, 2, 1), date(2024, 2, 29))), id="queryInvoiceDigest"),
])
def test_query_requests_are_signed_without_index_hashes(build: object) -> None:
    creds = NavCredentials.from_password(login="abcdefghijklmno", password="titok", tax_number="12345678",
                                             signature_key=KEY)
    body = build(creds, SoftwareInfo(), RequestContext("SZT0000000001", AT))  # type: ignore[operator]
    root = parse_xml(body)
    envelope = parse_request_envelope(root)
    assert request_index_hashes(root) == []
    assert envelope.request_signature == sha3_upper("SZT0000000001" + "20240301100000" + KEY)
    assert envelope.timestamp_text == "2024-03-01T10:00:00.123Z"
    assert envelope.password_hash == hashlib.sha512(b"titok").hexdigest().upper()


def test_password_hash_is_uppercase_sha512() -> None:
    assert hash_password("abc") == (
        "DDAF35A193617ABACC417349AE20413112E6FA4E89A97EA20A9EEEE64B55D39A"
        "2192992A274FC1A836BA3C23A3FEEBBD454D4423643CE80E2A9AC94FA54CA49F"
    )


def test_signature_timestamp_is_converted_to_utc() -> None:
    budapest_summer = timezone(timedelta(hours=2))
    moment = datetime(2024, 7, 1, 1, 30, 5, 999_000, tzinfo=budapest_summer)
    assert signature_timestamp(moment) == "20240630233005"
    assert format_request_timestamp(moment) == "2024-06-30T23:30:05.999Z"


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError):
        signature_timestamp(datetime(2024, 1, 1))


@pytest.mark.parametrize("text", ["2024-01-01T00:00:00", "2024-01-01 00:00:00Z", "2024-02-30T00:00:00Z"])
def test_bad_request_timestamps_are_malformed(text: str) -> None:
    with pytest.raises(MalformedDocumentError):
        parse_request_timestamp(text)


def test_credentials_hide_secrets_in_repr() -> None:
    creds = NavCredentials.from_password(
        login="abcdefghijklmno", password="titok", tax_number="12345678", signature_key="sig-key"
    )
    assert "titok" not in repr(creds) and "sig-key" not in repr(creds)
    assert creds.password_hash == hash_password("titok")
