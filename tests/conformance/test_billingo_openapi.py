"""The Billingo emulator against Billingo's official OpenAPI 3.0.14 document (from SZAMLATAR_SPECS).

Every answer the emulator gives — success and each error — must be what the spec says that status
returns, and the payment-history write must accept exactly the bodies the spec's request schema
accepts. The behaviour itself is unit-tested in tests/unit/emulators/test_billingo_emulator.py.
"""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest
from starlette.testclient import TestClient

from szamlatar_dev.emulators.billingo.state import BillingoState
from tests.conformance.billingo_openapi import assert_matches_spec, documented_headers, request_schema
from tests.unit.emulators import fixtures
from tests.unit.emulators.fixtures import BROKE_KEY, READ_KEY, WRITE_KEY, FakeClock

# The unit tests' emulator fixtures, for this module's tests.
billingo, billingo_state, clock = fixtures.billingo, fixtures.billingo_state, fixtures.clock
R = {"X-API-KEY": READ_KEY}
W = {"X-API-KEY": WRITE_KEY}


def _all_documents(client: TestClient) -> list[dict[str, Any]]:
    docs, page = [], 1
    while True:
        response = client.get("/v3/documents", params={"page": page, "per_page": 7}, headers=R)
        assert response.status_code == 200
        assert_matches_spec("/documents", "get", 200, response.json())
        docs += response.json()["data"]
        if page >= response.json()["last_page"]:
            return docs
        page += 1


def test_document_pages_and_every_document_match_the_spec(billingo: TestClient) -> None:
    docs = _all_documents(billingo)
    assert len(docs) == 30
    for doc in docs:
        response = billingo.get(f"/v3/documents/{doc['id']}", headers=R)
        assert_matches_spec("/documents/{id}", "get", 200, response.json())


def test_a_document_added_through_the_admin_route_matches_the_spec(billingo: TestClient) -> None:
    created = billingo.post("/_emulator/documents", json={
        "invoice_number": "ADM-2025-1", "type": "invoice", "gross_total": 1000, "currency": "HUF",
        "invoice_date": "2025-03-30", "fulfillment_date": "2025-03-30", "due_date": "2025-04-30",
        "payment_method": "wire_transfer",
    }).json()
    assert_matches_spec("/documents/{id}", "get", 200, billingo.get(f"/v3/documents/{created['id']}", headers=R).json())


@pytest.mark.parametrize(
    ("params", "headers", "status"),
    [
        ({"start_number": 3}, R, 422),
        ({"per_page": 101}, R, 422),
        ({"page": 0}, R, 422),
        ({"type": "bitcoin"}, R, 422),
        ({}, {}, 401),
        ({}, {"X-API-KEY": "wrong"}, 401),
        ({}, {"X-API-KEY": BROKE_KEY}, 402),
    ],
    ids=["number-without-year", "per-page-101", "page-0", "unknown-type", "no-key", "unknown-key", "no-subscription"],
)
def test_document_list_errors_match_the_spec(
    billingo: TestClient, params: dict[str, Any], headers: dict[str, str], status: int,
) -> None:
    response = billingo.get("/v3/documents", params=params, headers=headers)
    assert response.status_code == status
    assert_matches_spec("/documents", "get", status, response.json())


def test_unknown_document_is_a_spec_shaped_404(billingo: TestClient) -> None:
    response = billingo.get("/v3/documents/1", headers=R)
    assert response.status_code == 404
    assert_matches_spec("/documents/{id}", "get", 404, response.json())


def test_pending_download_is_a_spec_shaped_202(billingo: TestClient, billingo_state: BillingoState) -> None:
    doc_id = next(iter(billingo_state.documents))
    pending = billingo.get(f"/v3/documents/{doc_id}/download", headers=R)
    assert pending.status_code == 202
    assert_matches_spec("/documents/{id}/download", "get", 202, pending.json())


def test_payment_history_answers_match_the_spec(billingo: TestClient, billingo_state: BillingoState) -> None:
    doc_id = next(d.doc["id"] for d in billingo_state.documents.values() if d.doc["type"] == "invoice")
    path = f"/v3/documents/{doc_id}/payments"
    body = [{"date": "2025-03-02", "price": 10.5, "payment_method": "wire_transfer", "voucher_number": "B-1",
             "conversion_rate": 1}, {"date": "2025-03-03", "price": 1, "payment_method": "cash"}]
    put = billingo.put(path, headers=W, json=body)
    assert put.status_code == 200
    assert_matches_spec("/documents/{id}/payments", "put", 200, put.json())
    assert_matches_spec("/documents/{id}/payments", "get", 200, billingo.get(path, headers=R).json())
    assert_matches_spec("/documents/{id}/payments", "delete", 200, billingo.delete(path, headers=W).json())
    forbidden = billingo.put(path, headers=R, json=[])
    assert forbidden.status_code == 403
    assert_matches_spec("/documents/{id}/payments", "put", 403, forbidden.json())


GOOD = {"date": "2025-03-01", "price": 100, "payment_method": "cash"}
PAYMENT_BODIES: dict[str, Any] = {
    "empty": [],
    "one": [GOOD],
    "nulls": [GOOD, {**GOOD, "voucher_number": None, "conversion_rate": None}],
    "all-fields": [{**GOOD, "voucher_number": "V-1", "conversion_rate": 395.5, "price": 0.5}],
    "date-int": [{**GOOD, "date": 20250301}],
    "date-null": [{**GOOD, "date": None}],
    "date-object": [{**GOOD, "date": {"y": 2025}}],
    "date-compact": [{**GOOD, "date": "20250301"}],
    "date-week": [{**GOOD, "date": "2025-W01-1"}],
    "date-no-such-day": [{**GOOD, "date": "2025-02-30"}],
    "date-hungarian": [{**GOOD, "date": "31/03/2025"}],
    "good-then-bad": [GOOD, {**GOOD, "date": 5}],
    "price-string": [{**GOOD, "price": "100"}],
    "price-bool": [{**GOOD, "price": True}],
    "method-unknown": [{**GOOD, "payment_method": "bitcoin"}],
    "method-list": [{**GOOD, "payment_method": ["cash"]}],
    "voucher-int": [{**GOOD, "voucher_number": 7}],
    "rate-string": [{**GOOD, "conversion_rate": "1"}],
    "no-price": [{k: v for k, v in GOOD.items() if k != "price"}],
    "entry-string": ["cash"],
    "object": {"payments": [GOOD]},
}


@pytest.mark.parametrize("body", list(PAYMENT_BODIES.values()), ids=list(PAYMENT_BODIES))
def test_payment_write_accepts_exactly_what_the_spec_accepts(
    billingo: TestClient, billingo_state: BillingoState, body: Any,
) -> None:
    valid = jsonschema.Draft4Validator(
        request_schema("/documents/{id}/payments", "put"), format_checker=jsonschema.FormatChecker()
    ).is_valid(body)
    stored = next(iter(billingo_state.documents.values()))
    before = list(stored.payments)
    response = billingo.put(f"/v3/documents/{stored.doc['id']}/payments", headers=W, json=body)
    assert response.status_code == (200 if valid else 422), response.text
    status = response.status_code
    assert_matches_spec("/documents/{id}/payments", "put", status, response.json())
    if not valid:
        assert stored.payments == before and billingo_state.payment_writes == []


def test_rate_limit_answers_carry_the_documented_headers(billingo: TestClient, clock: FakeClock) -> None:
    first = billingo.get("/v3/documents", headers=R)
    expected = {h.lower() for h in documented_headers("/documents", "get", 200)} - {"retry-after"}
    assert expected <= {h.lower() for h in first.headers}
    for _ in range(49):
        billingo.get("/v3/documents", params={"per_page": 1}, headers=R)
    limited = billingo.get("/v3/documents", headers=R)
    assert limited.status_code == 429
    assert_matches_spec("/documents", "get", 429, limited.json())


def test_injected_server_errors_match_the_spec(billingo: TestClient) -> None:
    billingo.post("/_emulator/faults", json={"error_rate": 1.0})
    response = billingo.get("/v3/documents", headers=R)
    assert response.status_code == 500
    assert_matches_spec("/documents", "get", 500, response.json())
