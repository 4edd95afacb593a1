"""The NAV emulator checks requests as NAV does and answers schema-valid XML."""

from __future__ import annotations

import base64
import gzip
from datetime import UTC, date, datetime, timedelta

import pytest
from starlette.testclient import TestClient

from services.core import nav_signing as nav
from services.emulators.nav.app import DEMO_USER, encrypt_exchange_token
from services.emulators.nav.invoices import generate_invoice
from services.emulators.nav.schemas import api_schema

from .conftest import NOW, TAX_NUMBER, FakeClock

SOFTWARE = nav.SoftwareInfo()
OUT = nav.InvoiceDirection.OUTBOUND
IN = nav.InvoiceDirection.INBOUND
MAY_2021 = nav.IssueDateRange(date(2021, 5, 1), date(2021, 6, 4))
_counter = iter(range(1, 1_000_000))


def ctx(at: datetime = NOW) -> nav.RequestContext:
    return nav.RequestContext(f"RID{next(_counter):010d}", at)


def post(client: TestClient, operation: str, body: bytes) -> tuple[int, bytes]:
    response = client.post(f"/invoiceService/v3/{operation}", content=body)
    # Every answer the emulator gives must itself be valid against NAV's schema.
    if b"GeneralExceptionResponse" not in response.content:
        api_schema().validate(nav.parse_xml(response.content))
    return response.status_code, response.content


def digest(client: TestClient, creds: nav.NavCredentials, **kwargs: object) -> tuple[int, bytes]:
    args: dict[str, object] = {"page": 1, "direction": OUT, "mandatory": MAY_2021, **kwargs}
    return post(
        client, "queryInvoiceDigest",
        nav.build_query_invoice_digest_request(creds, SOFTWARE, ctx(), **args),  # type: ignore[arg-type]
    )


def error_code(body: bytes) -> str | None:
    return nav.parse_result(body).error_code


def test_valid_digest_request_lists_the_seeded_outbound_samples(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    status, body = digest(emulator, credentials)
    assert status == 200
    page = nav.parse_query_invoice_digest_response(body)
    assert (page.current_page, page.available_page) == (1, 1)
    # 30 samples, one of them a batch of 3 modifications → 32 digest entries.
    assert len(page.digests) == 32
    assert {d.supplier_tax_number for d in page.digests} == {TAX_NUMBER}
    assert len({(d.invoice_number, d.batch_index) for d in page.digests}) == 32


def test_inbound_digest_lists_invoices_where_we_are_the_customer(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    status, body = digest(emulator, credentials, direction=IN)
    assert status == 200
    digests = nav.parse_query_invoice_digest_response(body).digests
    assert digests and {d.customer_tax_number for d in digests} == {TAX_NUMBER}
    assert TAX_NUMBER not in {d.supplier_tax_number for d in digests}


def test_bad_signature_is_invalid_request_signature(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    wrong = nav.NavCredentials(
        credentials.login, credentials.password_hash, credentials.tax_number, "not-the-key", ""
    )
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (400, "INVALID_REQUEST_SIGNATURE")


def test_tampered_body_breaks_nothing_but_a_changed_request_id_does(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    body = nav.build_query_invoice_digest_request(
        credentials, SOFTWARE, nav.RequestContext("RIDORIGINAL1", NOW), page=1, direction=OUT, mandatory=MAY_2021
    )
    status, answer = post(emulator, "queryInvoiceDigest", body.replace(b"RIDORIGINAL1", b"RIDORIGINAL2"))
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST_SIGNATURE")


def test_wrong_password_is_invalid_security_user(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    wrong = nav.NavCredentials(
        credentials.login, nav.hash_password("guess"), credentials.tax_number, credentials.signature_key, ""
    )
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (401, "INVALID_SECURITY_USER")


def test_unknown_login_is_invalid_security_user(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    wrong = nav.NavCredentials("nobodyhere0001", credentials.password_hash, credentials.tax_number, "k", "")
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (401, "INVALID_SECURITY_USER")


def test_other_taxpayer_is_invalid_user_relation(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    wrong = nav.NavCredentials(credentials.login, credentials.password_hash, "87654321", credentials.signature_key)
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (500, "INVALID_USER_RELATION")


@pytest.mark.parametrize("skew", [timedelta(days=1, seconds=1), -timedelta(days=1, seconds=1)])
def test_timestamp_outside_one_day_is_invalid_timestamp(
    emulator: TestClient, credentials: nav.NavCredentials, skew: timedelta
) -> None:
    body = nav.build_query_invoice_digest_request(
        credentials, SOFTWARE, ctx(NOW + skew), page=1, direction=OUT, mandatory=MAY_2021
    )
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_TIMESTAMP")


def test_timestamp_within_one_day_is_accepted(
    emulator: TestClient, credentials: nav.NavCredentials, clock: FakeClock
) -> None:
    clock.now = NOW + timedelta(hours=23)
    status, _ = digest(emulator, credentials)
    assert status == 200


def test_reused_request_id_is_rejected(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    body = nav.build_query_invoice_digest_request(
        credentials, SOFTWARE, nav.RequestContext("RIDSAME", NOW), page=1, direction=OUT, mandatory=MAY_2021
    )
    assert post(emulator, "queryInvoiceDigest", body)[0] == 200
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "REQUEST_ID_NOT_UNIQUE")


def test_wrong_crypto_type_is_reported(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    body = nav.build_query_invoice_digest_request(
        credentials, SOFTWARE, ctx(), page=1, direction=OUT, mandatory=MAY_2021
    ).replace(b'cryptoType="SHA3-512"', b'cryptoType="SHA-512"')
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST_SIGNATURE_HASH_CRYPTO")


def test_schema_invalid_request_is_invalid_request_with_messages(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    body = nav.build_query_invoice_digest_request(
        credentials, SOFTWARE, ctx(), page=1, direction=OUT, mandatory=MAY_2021
    ).replace(b"<invoiceDirection>OUTBOUND", b"<invoiceDirection>SIDEWAYS")
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST")
    assert b"technicalValidationMessages" in answer


def test_unreadable_xml_gets_a_general_exception(emulator: TestClient) -> None:
    response = emulator.post("/invoiceService/v3/queryInvoiceDigest", content=b"<not-xml")
    assert response.status_code == 400
    assert b"GeneralExceptionResponse" in response.content
    assert nav.parse_result(response.content).error_code == "INVALID_REQUEST"


def test_request_sent_to_the_wrong_endpoint_is_rejected(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    body = nav.build_token_exchange_request(credentials, SOFTWARE, ctx())
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST")


def test_issue_date_window_over_35_days_is_rejected(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = digest(emulator, credentials, mandatory=nav.IssueDateRange(date(2021, 5, 1), date(2021, 6, 6)))
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_RANGE_EXCEEDED")


def test_issue_date_window_of_exactly_35_days_is_accepted(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    status, _ = digest(emulator, credentials, mandatory=nav.IssueDateRange(date(2021, 5, 1), date(2021, 6, 5)))
    assert status == 200


def test_ins_date_window_over_35_days_is_rejected(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    start = datetime(2021, 5, 1, tzinfo=UTC)
    window = nav.InsDateRange(start, start + timedelta(days=35, seconds=1))
    status, body = digest(emulator, credentials, mandatory=window)
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_RANGE_EXCEEDED")


def test_reversed_window_is_overlap(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = digest(emulator, credentials, mandatory=nav.IssueDateRange(date(2021, 5, 2), date(2021, 5, 1)))
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_OVERLAP")


def test_original_invoice_number_returns_the_whole_chain(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    status, body = digest(emulator, credentials, mandatory="ZZZ000001")
    assert status == 200
    digests = nav.parse_query_invoice_digest_response(body).digests
    numbers = {d.invoice_number for d in digests}
    assert "ZZZ000001" in numbers and "ZZZ000002" in numbers
    assert {d.invoice_operation for d in digests if d.invoice_number != "ZZZ000001"} == {"MODIFY"}


def test_additional_params_filter_by_category(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = digest(emulator, credentials, additional=nav.AdditionalQueryParams(invoice_category="AGGREGATE"))
    assert status == 200
    assert {d.invoice_number for d in nav.parse_query_invoice_digest_response(body).digests} == {
        "2021/00234", "2021/00235"
    }


def _plant(emulator: TestClient, count: int, day: date, **extra: object) -> None:
    for i in range(count):
        payload = {
            "invoiceNumber": f"GEN/{day.isoformat()}/{i:04d}",
            "issueDate": day.isoformat(),
            "supplierTaxNumber": TAX_NUMBER,
            "customerTaxNumber": "99887764",
            "insDate": datetime.combine(day, datetime.min.time(), tzinfo=UTC).isoformat(),
            **extra,
        }
        assert emulator.post("/_emulator/invoices", json=payload).status_code == 201


def test_digest_pages_hold_100_entries_and_report_available_pages(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    _plant(emulator, 250, date(2024, 1, 10))
    window = nav.IssueDateRange(date(2024, 1, 1), date(2024, 1, 31))
    seen: list[str] = []
    for page_number, expected in ((1, 100), (2, 100), (3, 50)):
        status, body = digest(emulator, credentials, page=page_number, mandatory=window)
        assert status == 200
        page = nav.parse_query_invoice_digest_response(body)
        assert (page.current_page, page.available_page, len(page.digests)) == (page_number, 3, expected)
        seen.extend(d.invoice_number for d in page.digests)
    assert len(set(seen)) == 250


def test_empty_result_has_no_pages(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = digest(emulator, credentials, mandatory=nav.IssueDateRange(date(2030, 1, 1), date(2030, 1, 2)))
    page = nav.parse_query_invoice_digest_response(body)
    assert (status, page.available_page, page.digests) == (200, 0, ())


def data(client: TestClient, creds: nav.NavCredentials, number: str, **kwargs: object) -> tuple[int, bytes]:
    args: dict[str, object] = {"direction": OUT, **kwargs}
    return post(
        client, "queryInvoiceData",
        nav.build_query_invoice_data_request(creds, SOFTWARE, ctx(), invoice_number=number, **args),  # type: ignore[arg-type]
    )


def test_invoice_data_returns_the_stored_xml(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = data(emulator, credentials, "ZZZ000001")
    assert status == 200
    result = nav.parse_query_invoice_data_response(body)
    assert result is not None and not result.compressed
    xml = nav.decode_invoice_data(result)
    root = nav.parse_xml(xml)
    assert root.tag == f"{{{nav.DATA_NS}}}InvoiceData"
    assert f"<base:taxpayerId>{TAX_NUMBER}</base:taxpayerId>".encode() in xml


def test_compressed_invoice_comes_back_gzip_with_the_indicator(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    _plant(emulator, 1, date(2024, 2, 1), compress=True)
    status, body = data(emulator, credentials, "GEN/2024-02-01/0000")
    result = nav.parse_query_invoice_data_response(body)
    assert status == 200 and result is not None and result.compressed
    assert result.invoice_data[:2] == b"\x1f\x8b"
    assert nav.decode_invoice_data(result) == gzip.decompress(result.invoice_data)
    assert b"GEN/2024-02-01/0000" in nav.decode_invoice_data(result)


def test_unknown_invoice_is_ok_without_result(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = data(emulator, credentials, "NOPE-1")
    assert status == 200 and nav.parse_query_invoice_data_response(body) is None


def test_outbound_data_query_with_supplier_is_rejected(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    status, body = data(emulator, credentials, "ZZZ000001", supplier_tax_number="99999999")
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_SUPPLIER_NOT_EXPECTED")


def test_batch_invoice_needs_its_batch_index(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = data(emulator, credentials, "SZ00004", batch_index=3)
    result = nav.parse_query_invoice_data_response(body)
    assert status == 200 and result is not None and result.audit.batch_index == 3


def test_duplicate_number_is_multiple_query_result_found(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    _plant(emulator, 1, date(2024, 2, 2))
    _plant(emulator, 1, date(2024, 2, 2))
    status, body = data(emulator, credentials, "GEN/2024-02-02/0000")
    assert (status, error_code(body)) == (400, "MULTIPLE_QUERY_RESULT_FOUND")


def test_inbound_data_query_by_supplier(emulator: TestClient, credentials: nav.NavCredentials) -> None:
    status, body = data(emulator, credentials, "ZZZ000001", direction=IN, supplier_tax_number="99999999")
    result = nav.parse_query_invoice_data_response(body)
    assert status == 200 and result is not None


def test_token_exchange_returns_the_token_encrypted_with_the_exchange_key(
    emulator: TestClient, credentials: nav.NavCredentials
) -> None:
    status, body = post(emulator, "tokenExchange", nav.build_token_exchange_request(credentials, SOFTWARE, ctx()))
    assert status == 200
    result = nav.parse_token_exchange_response(body)
    assert result.encoded_token == encrypt_exchange_token("TOKEN-0001", DEMO_USER.exchange_key)
    assert result.valid_to - result.valid_from == timedelta(minutes=5)


def test_admin_lists_and_removes_invoices(emulator: TestClient) -> None:
    before = emulator.get("/_emulator/invoices").json()
    xml = generate_invoice(
        invoice_number="ADM-1", issue_date=date(2024, 1, 5), supplier_tax_number=TAX_NUMBER,
        customer_tax_number="99887764",
    )
    added = emulator.post(
        "/_emulator/invoices", json={"invoiceDataBase64": base64.b64encode(xml).decode()}
    ).json()
    assert added[0]["invoiceNumber"] == "ADM-1"
    assert len(emulator.get("/_emulator/invoices").json()) == len(before) + 1
    assert emulator.delete(f"/_emulator/invoices/{added[0]['documentId']}").json() == {"removed": 1}
    assert len(emulator.get("/_emulator/invoices").json()) == len(before)


def test_admin_rejects_incomplete_invoices(emulator: TestClient) -> None:
    assert emulator.post("/_emulator/invoices", json={"invoiceNumber": "X"}).status_code == 422
