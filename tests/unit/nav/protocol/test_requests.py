"""Built requests fit the request model, are signed, parse back and keep their exact bytes; query
periods are cut into windows NAV accepts.

tests/conformance/test_nav_xsd.py validates the same requests against NAV's own invoiceApi.xsd.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest

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
    build_token_exchange_request,
    split_ins_date_range,
    split_issue_date_range,
)
from services.nav.protocol.signing import NavCredentials, hash_password
from services.nav.protocol.spec import API_NS, qname
from szamlatar_dev.emulators.nav.request_model import request_faults
from szamlatar_dev.emulators.nav.request_parsing import expected_request_signature, parse_request_envelope, text_of

CREDS = NavCredentials.from_password(
    login="abcdefghijklmno", password="titok", tax_number="12345678", signature_key="ce-8f5e-215119fa7dd6"
)
SOFTWARE = SoftwareInfo()
CONTEXT = RequestContext("SZT0000000001", datetime(2024, 3, 1, 10, 0, 0, 123_000, tzinfo=UTC))


def built_requests() -> list[tuple[str, bytes]]:
    return [
        ("tokenExchange", build_token_exchange_request(CREDS, SOFTWARE, CONTEXT)),
        (
            "digest-issue-date",
            build_query_invoice_digest_request(
                CREDS, SOFTWARE, CONTEXT, page=2, direction=Direction.OUTGOING,
                mandatory=IssueDateRange(date(2024, 1, 1), date(2024, 1, 31)),
                additional=AdditionalQueryParams(tax_number="87654321", currency="HUF"),
            ),
        ),
        (
            "digest-ins-date",
            build_query_invoice_digest_request(
                CREDS, SOFTWARE, CONTEXT, page=1, direction=Direction.INCOMING,
                mandatory=InsDateRange(
                    datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 2, tzinfo=UTC)
                ),
            ),
        ),
        (
            "digest-chain",
            build_query_invoice_digest_request(
                CREDS, SOFTWARE, CONTEXT, page=1, direction=Direction.OUTGOING,
                mandatory="PK-2021/0011",
            ),
        ),
        (
            "data",
            build_query_invoice_data_request(
                CREDS, SOFTWARE, CONTEXT, invoice_number="2024/0001 & <x>",
                direction=Direction.INCOMING, batch_index=2, supplier_tax_number="87654321",
            ),
        ),
    ]


@pytest.mark.parametrize(("name", "body"), built_requests(), ids=lambda v: v if isinstance(v, str) else "")
def test_built_request_fits_the_model_and_is_correctly_signed(name: str, body: bytes) -> None:
    root = parse_xml(body)
    assert request_faults(root) == []
    envelope = parse_request_envelope(root)
    assert envelope.request_id == "SZT0000000001"
    assert envelope.timestamp_text == "2024-03-01T10:00:00.123Z"
    assert envelope.password_hash == hash_password("titok")
    assert envelope.request_signature == expected_request_signature(root, envelope, CREDS.signature_key)


def test_software_block_is_in_the_api_namespace() -> None:
    root = parse_xml(build_token_exchange_request(CREDS, SOFTWARE, CONTEXT))
    software = root.find(qname(API_NS, "software"))
    assert software is not None
    assert text_of(software, "softwareId") == SOFTWARE.software_id


def test_software_id_must_have_18_characters() -> None:
    with pytest.raises(ValueError):
        SoftwareInfo(software_id="SHORT")


def test_request_id_pattern_is_enforced() -> None:
    with pytest.raises(ValueError):
        RequestContext("has space", datetime(2024, 1, 1, tzinfo=UTC))


def test_issue_date_ranges_split_into_35_day_windows() -> None:
    windows = split_issue_date_range(date(2024, 1, 1), date(2024, 3, 31))
    assert windows[0] == IssueDateRange(date(2024, 1, 1), date(2024, 2, 4))
    assert all((w.date_to - w.date_from).days <= 34 for w in windows)
    assert windows[-1].date_to == date(2024, 3, 31)
    for before, after in itertools.pairwise(windows):
        assert after.date_from == before.date_to + timedelta(days=1)


def test_one_day_range_is_one_window() -> None:
    assert split_issue_date_range(date(2024, 5, 5), date(2024, 5, 5)) == [
        IssueDateRange(date(2024, 5, 5), date(2024, 5, 5))
    ]


def test_ins_date_ranges_split_into_windows_no_longer_than_35_days() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    windows = split_ins_date_range(start, start + timedelta(days=80))
    assert len(windows) == 3
    assert all(w.date_time_to - w.date_time_from <= timedelta(days=35) for w in windows)
    assert windows[-1].date_time_to == start + timedelta(days=80)


def test_a_request_keeps_the_exact_bytes_nav_samples_have() -> None:
    # The bytes the string-built requests had: the api namespace as the default one and the common
    # prefix declared on the root, values escaped, no whitespace, double-quoted declaration.
    body = build_query_invoice_data_request(
        CREDS, SoftwareInfo(dev_country_code=None), CONTEXT, invoice_number="2024/0001 & <x>",
        direction=Direction.INCOMING, batch_index=2, supplier_tax_number="87654321",
    )
    assert body.decode("utf-8") == (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<QueryInvoiceDataRequest xmlns:common="http://schemas.nav.gov.hu/NTCA/1.0/common" '
        'xmlns="http://schemas.nav.gov.hu/OSA/3.0/api">'
        "<common:header><common:requestId>SZT0000000001</common:requestId>"
        "<common:timestamp>2024-03-01T10:00:00.123Z</common:timestamp>"
        "<common:requestVersion>3.0</common:requestVersion><common:headerVersion>1.0</common:headerVersion>"
        "</common:header><common:user><common:login>abcdefghijklmno</common:login>"
        f'<common:passwordHash cryptoType="SHA-512">{hash_password("titok")}</common:passwordHash>'
        "<common:taxNumber>12345678</common:taxNumber>"
        '<common:requestSignature cryptoType="SHA3-512">'
        "EFF62496C3D119E45FF28E1B46F28A4152530F6377B0088F0545053BC6902943"
        "CC7EE302B8C4F46121ACDCBEBDF48A72217672464CE7991506E2CA8F6B4E0608</common:requestSignature>"
        "</common:user><software><softwareId>HU00000000SZAMLATR</softwareId>"
        "<softwareName>Szamlatar</softwareName><softwareOperation>ONLINE_SERVICE</softwareOperation>"
        "<softwareMainVersion>0.1</softwareMainVersion><softwareDevName>Szamlatar</softwareDevName>"
        "<softwareDevContact>dev@szamlatar.invalid</softwareDevContact></software>"
        "<invoiceNumberQuery><invoiceNumber>2024/0001 &amp; &lt;x&gt;</invoiceNumber>"
        "<invoiceDirection>INBOUND</invoiceDirection><batchIndex>2</batchIndex>"
        "<supplierTaxNumber>87654321</supplierTaxNumber></invoiceNumberQuery></QueryInvoiceDataRequest>"
    )


def test_an_empty_value_is_written_as_an_open_and_close_tag() -> None:
    body = build_query_invoice_digest_request(CREDS, SOFTWARE, CONTEXT, page=1, direction=Direction.OUTGOING,
                                              mandatory="", additional=AdditionalQueryParams(name=""))
    assert b"<originalInvoiceNumber></originalInvoiceNumber>" in body
    assert b"<additionalQueryParams><name></name></additionalQueryParams>" in body
