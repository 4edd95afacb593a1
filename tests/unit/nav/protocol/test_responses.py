"""Answers are read through the one safe XML parser and the one bounded inflater of core/parsing."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from services.core.errors import LimitExceededError, MalformedDocumentError, ReasonCode
from services.nav.protocol.responses import (
    RESPONSE_LIMITS,
    AuditData,
    InvoiceDataResult,
    decode_invoice_data,
    parse_query_invoice_digest_response,
    parse_result,
)
from services.nav.protocol.spec import API_NS, COMMON_NS, MAX_INVOICE_BYTES

AUDIT = AuditData(datetime(2024, 1, 1, tzinfo=UTC), "user", "XML", "3.0")


def _data(payload: bytes, *, compressed: bool) -> InvoiceDataResult:
    return InvoiceDataResult(invoice_data=payload, compressed=compressed, audit=AUDIT)


def test_general_error_response_parses_to_a_result() -> None:
    body = (
        f'<GeneralErrorResponse xmlns="{API_NS}" xmlns:common="{COMMON_NS}">'
        "<common:header><common:requestId>X1</common:requestId>"
        "<common:timestamp>2024-01-01T00:00:00.000Z</common:timestamp>"
        "<common:requestVersion>3.0</common:requestVersion></common:header>"
        "<common:result><common:funcCode>ERROR</common:funcCode>"
        "<common:errorCode>INVALID_REQUEST_SIGNATURE</common:errorCode>"
        "<common:message>bad</common:message></common:result></GeneralErrorResponse>"
    ).encode()
    result = parse_result(body)
    assert result.is_error and result.error_code == "INVALID_REQUEST_SIGNATURE"


@pytest.mark.parametrize("evil", [
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
    # A bare DOCTYPE expands nothing, but no NAV answer has one: the safe parser refuses any.
    b'<?xml version="1.0"?><!DOCTYPE x><x/>',
])
def test_an_answer_with_a_dtd_is_refused(evil: bytes) -> None:
    with pytest.raises(MalformedDocumentError) as refused:
        parse_result(evil)
    assert refused.value.reason is ReasonCode.FORBIDDEN_XML


def test_an_answer_too_deep_is_refused_before_it_is_read() -> None:
    depth = RESPONSE_LIMITS.max_xml_depth + 1
    body = (f'<QueryInvoiceDigestResponse xmlns="{API_NS}">' + "<a>" * depth + "</a>" * depth
            + "</QueryInvoiceDigestResponse>").encode()
    with pytest.raises(LimitExceededError):
        parse_query_invoice_digest_response(body)


def test_the_size_limit_leaves_room_for_the_largest_invoice_in_base64() -> None:
    assert RESPONSE_LIMITS.max_xml_bytes > MAX_INVOICE_BYTES * 4 // 3


def test_compressed_invoice_data_is_inflated_within_the_limit() -> None:
    bomb = _data(gzip.compress(b"0" * 10_000, mtime=0), compressed=True)
    with pytest.raises(LimitExceededError):
        decode_invoice_data(bomb, limit=1_000)
    assert decode_invoice_data(bomb) == b"0" * 10_000


def test_uncompressed_invoice_data_over_the_limit_is_refused() -> None:
    assert decode_invoice_data(_data(b"<x/>", compressed=False)) == b"<x/>"
    with pytest.raises(LimitExceededError):
        decode_invoice_data(_data(b"0" * 1_001, compressed=False), limit=1_000)


@pytest.mark.parametrize("payload", [b"not gzip at all", gzip.compress(b"0" * 10_000)[:-12]], ids=["garbage", "cut"])
def test_broken_gzip_is_malformed(payload: bytes) -> None:
    with pytest.raises(MalformedDocumentError) as broken:
        decode_invoice_data(_data(payload, compressed=True))
    assert broken.value.reason is ReasonCode.MALFORMED_XML
