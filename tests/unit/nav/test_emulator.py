"""The NAV emulator checks requests as NAV does and answers what its seed and planted invoices hold.

That its answers are valid against NAV's own XSDs is checked by tests/conformance/test_nav_xsd.py.
"""

from __future__ import annotations

import base64
import gzip
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from services.core.enums import Direction
from services.core.parsing import parse_document
from services.nav.protocol.requests import (
    AdditionalQueryParams,
    InsDateRange,
    IssueDateRange,
    RequestContext,
    SoftwareInfo,
    build_query_invoice_data_request,
    build_query_invoice_digest_request,
    build_token_exchange_request,
)
from services.nav.protocol.responses import (
    decode_invoice_data,
    parse_query_invoice_data_response,
    parse_query_invoice_digest_response,
    parse_result,
    parse_token_exchange_response,
)
from services.nav.protocol.signing import NavCredentials, hash_password
from szamlatar_dev.emulators.nav.app import DEMO_USER, encrypt_exchange_token
from szamlatar_dev.emulators.nav.invoices import generate_invoice

from .conftest import NOW, TAX_NUMBER, FakeClock

SOFTWARE = SoftwareInfo()
OUT = Direction.OUTGOING
IN = Direction.INCOMING
MAY_2021 = IssueDateRange(date(2021, 5, 1), date(2021, 6, 4))
_counter = iter(range(1, 1_000_000))


def ctx(at: datetime = NOW) -> RequestContext:
    return RequestContext(f"RID{next(_counter):010d}", at)


def post(client: TestClient, operation: str, body: bytes) -> tuple[int, bytes]:
    response = client.post(f"/invoiceService/v3/{operation}", content=body)
    return response.status_code, response.content


def digest(client: TestClient, creds: NavCredentials, **kwargs: object) -> tuple[int, bytes]:
    args: dict[str, object] = {"page": 1, "direction": OUT, "mandatory": MAY_2021, **kwargs}
    return post(
        client, "queryInvoiceDigest",
        build_query_invoice_digest_request(creds, SOFTWARE, ctx(), **args),  # type: ignore[arg-type]
    )


def error_code(body: bytes) -> str | None:
    return parse_result(body).error_code


# The seed's OUTBOUND digest entries (dev/szamlatar_dev/emulators/nav/seed.py): 17 documents, the last a batch of 3.
SEEDED_OUTBOUND = {(f"PK-2021/{n:04d}", None) for n in range(1, 17)} | {("PK-2021/0017", i) for i in (1, 2, 3)}


def test_valid_digest_request_lists_the_seeded_outbound_invoices(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    status, body = digest(emulator, credentials)
    assert status == 200
    page = parse_query_invoice_digest_response(body)
    assert (page.current_page, page.available_page) == (1, 1)
    assert {(d.invoice_number, d.batch_index) for d in page.digests} == SEEDED_OUTBOUND
    assert len(page.digests) == 19
    assert {d.supplier_tax_number for d in page.digests} == {TAX_NUMBER}
    assert {d.supplier_name for d in page.digests} == {"Példa Kereskedelmi Kft."}


def test_digest_entries_carry_what_the_invoice_says(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = digest(emulator, credentials)
    assert status == 200
    by_number = {(d.invoice_number, d.batch_index): d for d in parse_query_invoice_digest_response(body).digests}
    eur = by_number[("PK-2021/0005", None)]
    assert (eur.currency, eur.invoice_net_amount, eur.invoice_vat_amount) == ("EUR", Decimal("9060.00"),
                                                                             Decimal("2446.20"))
    assert (eur.invoice_net_amount_huf, eur.customer_tax_number) == (Decimal("3260422.20"), "13579241")
    simplified = by_number[("PK-2021/0008", None)]
    assert (simplified.invoice_category, simplified.payment_method, simplified.invoice_net_amount) == (
        "SIMPLIFIED", "CASH", None)
    private = by_number[("PK-2021/0009", None)]
    assert (private.customer_tax_number, private.customer_name, private.payment_method) == (None, None, "CARD")
    storno = by_number[("PK-2021/0013", None)]
    assert (storno.invoice_operation, storno.original_invoice_number, storno.modification_index) == (
        "STORNO", "PK-2021/0011", 2)
    batch = by_number[("PK-2021/0017", 2)]
    assert (batch.invoice_operation, batch.original_invoice_number, batch.invoice_net_amount) == (
        "MODIFY", "PK-2021/0015", Decimal("2500.00"))
    assert by_number[("PK-2021/0001", None)].ins_date == datetime(2021, 5, 4, 10, 0, tzinfo=UTC)


def test_inbound_digest_lists_invoices_where_we_are_the_customer(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    status, body = digest(emulator, credentials, direction=IN)
    assert status == 200
    digests = parse_query_invoice_digest_response(body).digests
    assert sorted((d.supplier_tax_number, d.invoice_number, d.invoice_operation) for d in digests) == [
        ("14702585", "ME-21-008812", "CREATE"),
        ("25801475", "AI-2021/0412", "CREATE"),
        ("25801475", "AI-2021/0431", "MODIFY"),
        ("26914707", "BIT-2021-077", "CREATE"),
    ]
    assert {d.customer_tax_number for d in digests} == {TAX_NUMBER}


def test_bad_signature_is_invalid_request_signature(emulator: TestClient, credentials: NavCredentials) -> None:
    wrong = NavCredentials(
        credentials.login, credentials.password_hash, credentials.tax_number, "not-the-key", ""
    )
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (400, "INVALID_REQUEST_SIGNATURE")


def test_tampered_body_breaks_nothing_but_a_changed_request_id_does(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    body = build_query_invoice_digest_request(
        credentials, SOFTWARE, RequestContext("RIDORIGINAL1", NOW), page=1, direction=OUT, mandatory=MAY_2021
    )
    status, answer = post(emulator, "queryInvoiceDigest", body.replace(b"RIDORIGINAL1", b"RIDORIGINAL2"))
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST_SIGNATURE")


def test_wrong_password_is_invalid_security_user(emulator: TestClient, credentials: NavCredentials) -> None:
    wrong = NavCredentials(
        credentials.login, hash_password("guess"), credentials.tax_number, credentials.signature_key, ""
    )
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (401, "INVALID_SECURITY_USER")


def test_unknown_login_is_invalid_security_user(emulator: TestClient, credentials: NavCredentials) -> None:
    wrong = NavCredentials("nobodyhere0001", credentials.password_hash, credentials.tax_number, "k", "")
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (401, "INVALID_SECURITY_USER")


def test_other_taxpayer_is_invalid_user_relation(emulator: TestClient, credentials: NavCredentials) -> None:
    wrong = NavCredentials(credentials.login, credentials.password_hash, "87654321", credentials.signature_key)
    status, body = digest(emulator, wrong)
    assert (status, error_code(body)) == (500, "INVALID_USER_RELATION")


@pytest.mark.parametrize("skew", [timedelta(days=1, seconds=1), -timedelta(days=1, seconds=1)])
def test_timestamp_outside_one_day_is_invalid_timestamp(
    emulator: TestClient, credentials: NavCredentials, skew: timedelta
) -> None:
    body = build_query_invoice_digest_request(
        credentials, SOFTWARE, ctx(NOW + skew), page=1, direction=OUT, mandatory=MAY_2021
    )
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_TIMESTAMP")


def test_timestamp_within_one_day_is_accepted(
    emulator: TestClient, credentials: NavCredentials, clock: FakeClock
) -> None:
    clock.now = NOW + timedelta(hours=23)
    status, _ = digest(emulator, credentials)
    assert status == 200


def test_reused_request_id_is_rejected(emulator: TestClient, credentials: NavCredentials) -> None:
    body = build_query_invoice_digest_request(
        credentials, SOFTWARE, RequestContext("RIDSAME", NOW), page=1, direction=OUT, mandatory=MAY_2021
    )
    assert post(emulator, "queryInvoiceDigest", body)[0] == 200
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "REQUEST_ID_NOT_UNIQUE")


def test_wrong_crypto_type_is_reported(emulator: TestClient, credentials: NavCredentials) -> None:
    body = build_query_invoice_digest_request(
        credentials, SOFTWARE, ctx(), page=1, direction=OUT, mandatory=MAY_2021
    ).replace(b'cryptoType="SHA3-512"', b'cryptoType="SHA-512"')
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST_SIGNATURE_HASH_CRYPTO")


def test_schema_invalid_request_is_invalid_request_with_messages(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    body = build_query_invoice_digest_request(
        credentials, SOFTWARE, ctx(), page=1, direction=OUT, mandatory=MAY_2021
    ).replace(b"<invoiceDirection>OUTBOUND", b"<invoiceDirection>SIDEWAYS")
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST")
    assert b"technicalValidationMessages" in answer


def test_unreadable_xml_gets_a_general_exception(emulator: TestClient) -> None:
    response = emulator.post("/invoiceService/v3/queryInvoiceDigest", content=b"<not-xml")
    assert response.status_code == 400
    assert b"GeneralExceptionResponse" in response.content
    assert parse_result(response.content).error_code == "INVALID_REQUEST"


def test_request_sent_to_the_wrong_endpoint_is_rejected(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    body = build_token_exchange_request(credentials, SOFTWARE, ctx())
    status, answer = post(emulator, "queryInvoiceDigest", body)
    assert (status, error_code(answer)) == (400, "INVALID_REQUEST")


def test_issue_date_window_over_35_days_is_rejected(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = digest(emulator, credentials, mandatory=IssueDateRange(date(2021, 5, 1), date(2021, 6, 6)))
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_RANGE_EXCEEDED")


def test_issue_date_window_of_exactly_35_days_is_accepted(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    status, _ = digest(emulator, credentials, mandatory=IssueDateRange(date(2021, 5, 1), date(2021, 6, 5)))
    assert status == 200


def test_ins_date_window_over_35_days_is_rejected(emulator: TestClient, credentials: NavCredentials) -> None:
    start = datetime(2021, 5, 1, tzinfo=UTC)
    window = InsDateRange(start, start + timedelta(days=35, seconds=1))
    status, body = digest(emulator, credentials, mandatory=window)
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_RANGE_EXCEEDED")


def test_reversed_window_is_overlap(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = digest(emulator, credentials, mandatory=IssueDateRange(date(2021, 5, 2), date(2021, 5, 1)))
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_OVERLAP")


def test_original_invoice_number_returns_the_whole_chain(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    status, body = digest(emulator, credentials, mandatory="PK-2021/0011")
    assert status == 200
    digests = parse_query_invoice_digest_response(body).digests
    assert sorted((d.invoice_number, d.invoice_operation, d.modification_index) for d in digests) == [
        ("PK-2021/0011", "CREATE", None), ("PK-2021/0012", "MODIFY", 1), ("PK-2021/0013", "STORNO", 2)]


def test_original_invoice_number_finds_the_batch_entry_that_modifies_it(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    status, body = digest(emulator, credentials, mandatory="PK-2021/0016")
    assert status == 200
    digests = parse_query_invoice_digest_response(body).digests
    assert sorted((d.invoice_number, d.batch_index) for d in digests) == [("PK-2021/0016", None), ("PK-2021/0017", 3)]


@pytest.mark.parametrize(("params", "numbers"), [
    pytest.param(AdditionalQueryParams(invoice_category="AGGREGATE"), {"PK-2021/0010"}, id="aggregate"),
    pytest.param(AdditionalQueryParams(invoice_category="SIMPLIFIED"), {"PK-2021/0008"}, id="simplified"),
    pytest.param(AdditionalQueryParams(currency="EUR"), {"PK-2021/0005", "PK-2021/0006"}, id="eur"),
    pytest.param(AdditionalQueryParams(currency="USD"), {"PK-2021/0007"}, id="usd"),
    pytest.param(AdditionalQueryParams(payment_method="CARD"), {"PK-2021/0009"}, id="card"),
    pytest.param(AdditionalQueryParams(tax_number="24680132"), {"PK-2021/0003", "PK-2021/0004", "PK-2021/0011",
                 "PK-2021/0012", "PK-2021/0013"}, id="customer-tax-number"),
    pytest.param(AdditionalQueryParams(name="Beszer"), {"PK-2021/0001", "PK-2021/0005", "PK-2021/0010"},
                 id="customer-name-prefix"),
])
def test_additional_params_filter_the_seed(
    emulator: TestClient, credentials: NavCredentials, params: AdditionalQueryParams, numbers: set[str]
) -> None:
    status, body = digest(emulator, credentials, additional=params)
    assert status == 200
    assert {d.invoice_number for d in parse_query_invoice_digest_response(body).digests} == numbers


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
    emulator: TestClient, credentials: NavCredentials
) -> None:
    _plant(emulator, 250, date(2024, 1, 10))
    window = IssueDateRange(date(2024, 1, 1), date(2024, 1, 31))
    seen: list[str] = []
    for page_number, expected in ((1, 100), (2, 100), (3, 50)):
        status, body = digest(emulator, credentials, page=page_number, mandatory=window)
        assert status == 200
        page = parse_query_invoice_digest_response(body)
        assert (page.current_page, page.available_page, len(page.digests)) == (page_number, 3, expected)
        seen.extend(d.invoice_number for d in page.digests)
    assert len(set(seen)) == 250


def test_empty_result_has_no_pages(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = digest(emulator, credentials, mandatory=IssueDateRange(date(2030, 1, 1), date(2030, 1, 2)))
    page = parse_query_invoice_digest_response(body)
    assert (status, page.available_page, page.digests) == (200, 0, ())


def data(client: TestClient, creds: NavCredentials, number: str, **kwargs: object) -> tuple[int, bytes]:
    args: dict[str, object] = {"direction": OUT, **kwargs}
    return post(
        client, "queryInvoiceData",
        build_query_invoice_data_request(creds, SOFTWARE, ctx(), invoice_number=number, **args),  # type: ignore[arg-type]
    )


def test_invoice_data_returns_the_stored_xml(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = data(emulator, credentials, "PK-2021/0011")
    assert status == 200
    result = parse_query_invoice_data_response(body)
    assert result is not None and not result.compressed
    assert result.audit.ins_date == datetime(2021, 5, 14, 10, 0, tzinfo=UTC)
    invoice = parse_document(decode_invoice_data(result), media_type="application/xml").invoice
    assert (invoice.number, invoice.seller.taxpayer_id, invoice.buyer.taxpayer_id) == (
        "PK-2021/0011", TAX_NUMBER, "24680132")
    assert (invoice.net_total, invoice.vat_total, invoice.gross_total) == (
        Decimal("933000.00"), Decimal("251910.00"), Decimal("1184910.00"))


def test_compressed_invoice_comes_back_gzip_with_the_indicator(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    _plant(emulator, 1, date(2024, 2, 1), compress=True)
    status, body = data(emulator, credentials, "GEN/2024-02-01/0000")
    result = parse_query_invoice_data_response(body)
    assert status == 200 and result is not None and result.compressed
    assert result.invoice_data[:2] == b"\x1f\x8b"
    assert decode_invoice_data(result) == gzip.decompress(result.invoice_data)
    assert b"GEN/2024-02-01/0000" in decode_invoice_data(result)


def test_unknown_invoice_is_ok_without_result(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = data(emulator, credentials, "NOPE-1")
    assert status == 200 and parse_query_invoice_data_response(body) is None


def test_outbound_data_query_with_supplier_is_rejected(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    status, body = data(emulator, credentials, "PK-2021/0011", supplier_tax_number="25801475")
    assert (status, error_code(body)) == (400, "BAD_QUERY_PARAM_SUPPLIER_NOT_EXPECTED")


def test_batch_invoice_needs_its_batch_index(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = data(emulator, credentials, "PK-2021/0017", batch_index=3)
    result = parse_query_invoice_data_response(body)
    assert status == 200 and result is not None and result.audit.batch_index == 3
    invoice = parse_document(decode_invoice_data(result), media_type="application/xml").invoice
    assert invoice.references.preceding_invoices == ("PK-2021/0014", "PK-2021/0015", "PK-2021/0016")


def test_duplicate_number_is_multiple_query_result_found(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    _plant(emulator, 1, date(2024, 2, 2))
    _plant(emulator, 1, date(2024, 2, 2))
    status, body = data(emulator, credentials, "GEN/2024-02-02/0000")
    assert (status, error_code(body)) == (400, "MULTIPLE_QUERY_RESULT_FOUND")


def test_inbound_data_query_by_supplier(emulator: TestClient, credentials: NavCredentials) -> None:
    status, body = data(emulator, credentials, "BIT-2021-077", direction=IN, supplier_tax_number="26914707")
    result = parse_query_invoice_data_response(body)
    assert status == 200 and result is not None
    invoice = parse_document(decode_invoice_data(result), media_type="application/xml").invoice
    assert (invoice.seller.name, invoice.buyer.taxpayer_id, invoice.currency, invoice.exchange_rate) == (
        "Balaton IT Szolgáltató Kft.", TAX_NUMBER, "EUR", Decimal("357.94"))
    status, body = data(emulator, credentials, "BIT-2021-077", direction=IN, supplier_tax_number="25801475")
    assert status == 200 and parse_query_invoice_data_response(body) is None


def test_token_exchange_returns_the_token_encrypted_with_the_exchange_key(
    emulator: TestClient, credentials: NavCredentials
) -> None:
    status, body = post(emulator, "tokenExchange", build_token_exchange_request(credentials, SOFTWARE, ctx()))
    assert status == 200
    result = parse_token_exchange_response(body)
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
