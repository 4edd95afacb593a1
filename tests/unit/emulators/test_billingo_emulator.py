"""The Billingo v3 emulator's behaviour: paging, filters, auth, limits, faults, payment histories.

The answers' shapes are checked here as the clients read them; ``tests/conformance`` checks the same
answers against Billingo's official OpenAPI document.
"""

from __future__ import annotations

from typing import Any

import pytest
from starlette.testclient import TestClient

from szamlatar_dev.emulators.billingo.state import BillingoState
from tests.unit.emulators.fixtures import BROKE_KEY, READ_KEY, WRITE_KEY, FakeClock

R = {"X-API-KEY": READ_KEY}
W = {"X-API-KEY": WRITE_KEY}
RATE_LIMIT_HEADERS = {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"}


def assert_client_error(body: Any) -> None:
    """Billingo's error body: ``{"error": {"message": ...}}`` (a 500 adds ``trace_id``)."""
    assert set(body) == {"error"} and isinstance(body["error"]["message"], str), body
    assert set(body["error"]) <= {"message", "trace_id"}, body


def assert_validation_error(body: Any) -> set[str]:
    """The 422 body, the one without the ``error`` wrapper; returns the fields it names."""
    assert set(body) == {"message", "errors"} and isinstance(body["message"], str), body
    assert body["errors"] and all(set(e) == {"field", "message"} for e in body["errors"]), body
    assert all(isinstance(e["field"], str) and isinstance(e["message"], str) for e in body["errors"]), body
    return {e["field"] for e in body["errors"]}


def _all_documents(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    docs, page = [], 1
    while True:
        body = client.get("/v3/documents", params={**params, "page": page, "per_page": 7}, headers=R).json()
        docs += body["data"]
        if page >= body["last_page"]:
            return docs
        page += 1


def test_document_list_pages_match_the_spec_and_are_newest_first(billingo: TestClient) -> None:
    first = billingo.get("/v3/documents", params={"per_page": 7}, headers=R)
    assert first.status_code == 200
    body = first.json()
    assert (body["total"], body["per_page"], body["current_page"], body["last_page"]) == (30, 7, 1, 5)
    assert "prev_page_url" not in body and "page=2" in body["next_page_url"]
    docs = _all_documents(billingo)
    assert len({d["id"] for d in docs}) == 30
    dates = [d["invoice_date"] for d in docs]
    assert dates == sorted(dates, reverse=True)


def test_every_document_matches_the_spec(billingo: TestClient) -> None:
    for doc in _all_documents(billingo):
        response = billingo.get(f"/v3/documents/{doc['id']}", headers=R)
        assert response.status_code == 200 and response.json() == doc


@pytest.mark.parametrize(
    ("params", "check"),
    [
        pytest.param({"type": "cancellation"}, lambda d: d["type"] == "cancellation", id="type"),
        pytest.param({"payment_status": "paid"}, lambda d: d["payment_status"] == "paid", id="payment_status"),
        pytest.param(
            {"start_date": "2025-02-01", "end_date": "2025-02-28"},
            lambda d: "2025-02-01" <= d["invoice_date"] <= "2025-02-28",
            id="invoice_date_range",
        ),
        pytest.param({"payment_method": "cash"}, lambda d: d["payment_method"] == "cash", id="payment_method"),
        pytest.param({"query": "EU B2B"}, lambda d: d["currency"] == "EUR", id="query"),
    ],
)
def test_list_filters_select_only_matching_documents(billingo: TestClient, params: dict[str, str], check: Any) -> None:
    everything = _all_documents(billingo)
    selected = _all_documents(billingo, **params)
    assert selected, "the demo data should contain a match"
    assert all(check(d) for d in selected)
    assert len(selected) == sum(1 for d in everything if check(d))


def test_partner_filter_uses_the_document_partner(billingo: TestClient) -> None:
    partner_id = _all_documents(billingo)[0]["document_partner"]["id"]
    selected = _all_documents(billingo, partner_id=partner_id)
    assert selected and all(d["document_partner"]["id"] == partner_id for d in selected)


def test_last_modified_filter_sees_a_payment_change(billingo: TestClient, clock: FakeClock) -> None:
    doc = _all_documents(billingo, payment_status="expired")[0]
    clock.advance(3600)
    billingo.put(
        f"/v3/documents/{doc['id']}/payments",
        headers=W,
        json=[{"date": "2025-03-31", "price": doc["gross_total"], "payment_method": "wire_transfer"}],
    )
    changed = _all_documents(billingo, last_modified_date="2025-03-31 12:30:00")  # Budapest time = 11:30 UTC
    assert [d["id"] for d in changed] == [doc["id"]]
    assert changed[0]["payment_status"] == "paid"


def test_number_range_needs_its_year(billingo: TestClient) -> None:
    response = billingo.get("/v3/documents", params={"start_number": 3}, headers=R)
    assert response.status_code == 422
    assert assert_validation_error(response.json()) == {"start_year"}
    ranged = _all_documents(billingo, start_number=3, start_year=2025, end_number=5, end_year=2025)
    assert {int(d["invoice_number"].rsplit("-", 1)[1]) for d in ranged} <= {3, 4, 5}


def test_per_page_over_100_is_a_validation_error(billingo: TestClient) -> None:
    response = billingo.get("/v3/documents", params={"per_page": 101}, headers=R)
    assert response.status_code == 422
    assert assert_validation_error(response.json()) == {"per_page"}
    assert response.json()["errors"][0]["message"] == "The per_page must be between 1 and 100."


def test_unknown_document_is_404(billingo: TestClient) -> None:
    response = billingo.get("/v3/documents/1", headers=R)
    assert response.status_code == 404
    assert_client_error(response.json())


@pytest.mark.parametrize("headers", [{}, {"X-API-KEY": "wrong"}], ids=["missing", "unknown"])
def test_bad_api_key_is_401(billingo: TestClient, headers: dict[str, str]) -> None:
    response = billingo.get("/v3/documents", headers=headers)
    assert response.status_code == 401
    assert_client_error(response.json())


def test_key_without_subscription_is_402(billingo: TestClient) -> None:
    response = billingo.get("/v3/documents", headers={"X-API-KEY": BROKE_KEY})
    assert response.status_code == 402
    assert_client_error(response.json())


def test_read_key_cannot_write_payments(billingo: TestClient, billingo_state: BillingoState) -> None:
    doc_id = next(iter(billingo_state.documents))
    response = billingo.put(f"/v3/documents/{doc_id}/payments", headers=R, json=[])
    assert response.status_code == 403
    assert_client_error(response.json())
    assert billingo_state.payment_writes == []


def test_download_answers_202_until_the_pdf_is_generated(billingo: TestClient, billingo_state: BillingoState) -> None:
    billingo.post("/_emulator/faults", json={"pdf_pending_calls": 2, "retry_after": 3})
    doc_id = next(iter(billingo_state.documents))
    for _ in range(2):
        pending = billingo.get(f"/v3/documents/{doc_id}/download", headers=R)
        assert pending.status_code == 202
        assert pending.headers["Retry-After"] == "3"
        assert set(pending.json()) == {"message"}  # a bare ClientError, no "error" wrapper
    ready = billingo.get(f"/v3/documents/{doc_id}/download", headers=R)
    assert ready.status_code == 200
    assert ready.headers["content-type"] == "application/pdf"
    assert ready.content.startswith(b"%PDF")


def test_put_replaces_the_history_and_recomputes_the_status(
    billingo: TestClient, billingo_state: BillingoState
) -> None:
    doc = next(d.doc for d in billingo_state.documents.values() if d.doc["type"] == "invoice")
    path = f"/v3/documents/{doc['id']}/payments"
    gross = doc["gross_total"]
    steps = [
        ([{"date": "2025-03-01", "price": 100, "payment_method": "cash"}], "partially_paid"),
        (
            [
                {
                    "date": "2025-03-02",
                    "price": gross,
                    "payment_method": "wire_transfer",
                    "voucher_number": "B-1",
                    "conversion_rate": 1,
                }
            ],
            "paid",
        ),
    ]
    for body, status in steps:
        response = billingo.put(path, headers=W, json=body)
        assert response.status_code == 200
        assert response.json() == [{"voucher_number": None, "conversion_rate": None, **body[0]}]  # replaced
        assert billingo.get(f"/v3/documents/{doc['id']}", headers=R).json()["payment_status"] == status
    got = billingo.get(path, headers=R)
    assert got.json() == steps[-1][0]
    deleted = billingo.delete(path, headers=W)
    assert deleted.status_code == 200 and deleted.json() == []
    after = billingo.get(f"/v3/documents/{doc['id']}", headers=R).json()
    assert after["payment_status"] in ("outstanding", "expired")
    writes = billingo.get("/_emulator/payment-writes").json()
    assert [w["method"] for w in writes] == ["PUT", "PUT", "DELETE"]


def test_invalid_payment_is_422_with_field_errors(billingo: TestClient, billingo_state: BillingoState) -> None:
    doc_id = next(iter(billingo_state.documents))
    response = billingo.put(
        f"/v3/documents/{doc_id}/payments",
        headers=W,
        json=[{"date": "31/03/2025", "payment_method": "bitcoin"}],
    )
    assert response.status_code == 422
    assert assert_validation_error(response.json()) == {"0.date", "0.price", "0.payment_method"}


def test_rate_limit_headers_count_down_and_429_when_spent(billingo: TestClient, clock: FakeClock) -> None:
    first = billingo.get("/v3/documents", headers=R)
    assert {h.lower() for h in first.headers} >= RATE_LIMIT_HEADERS
    assert first.headers["X-RateLimit-Remaining"] == "49"
    for _ in range(49):
        billingo.get("/v3/documents", params={"per_page": 1}, headers=R)
    limited = billingo.get("/v3/documents", headers=R)
    assert limited.status_code == 429
    assert limited.json() == {"error": {"message": "Too many requests"}}
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    clock.advance(60)
    assert billingo.get("/v3/documents", headers=R).status_code == 200


def test_faults_force_429s_then_recover(billingo: TestClient) -> None:
    billingo.post("/_emulator/faults", json={"force_429": 2, "retry_after": 5})
    codes = [billingo.get("/v3/documents", headers=R).status_code for _ in range(3)]
    assert codes == [429, 429, 200]


def test_error_rate_one_gives_spec_shaped_500s(billingo: TestClient) -> None:
    billingo.post("/_emulator/faults", json={"error_rate": 1.0})
    response = billingo.get("/v3/documents", headers=R)
    assert response.status_code == 500
    assert_client_error(response.json())
    assert len(response.json()["error"]["trace_id"]) == 32


def test_down_mode_answers_503_html_until_switched_off(billingo: TestClient) -> None:
    billingo.post("/_emulator/faults", json={"down": True})
    down = billingo.get("/v3/documents", headers=R)
    assert down.status_code == 503 and down.headers["content-type"].startswith("text/html")
    billingo.delete("/_emulator/faults")
    assert billingo.get("/v3/documents", headers=R).status_code == 200


def test_admin_can_add_and_change_documents(billingo: TestClient) -> None:
    created = billingo.post(
        "/_emulator/documents",
        json={
            "invoice_number": "ADM-2025-1",
            "type": "invoice",
            "gross_total": 1000,
            "currency": "HUF",
            "invoice_date": "2025-03-30",
            "fulfillment_date": "2025-03-30",
            "due_date": "2025-04-30",
            "payment_method": "wire_transfer",
        },
    )
    assert created.status_code == 201
    doc_id = created.json()["id"]
    doc = billingo.get(f"/v3/documents/{doc_id}", headers=R).json()
    assert doc["payment_status"] == "outstanding"
    billingo.patch(
        f"/_emulator/documents/{doc_id}",
        json={"payments": [{"date": "2025-03-31", "price": 1000, "payment_method": "cash"}]},
    )
    assert billingo.get(f"/v3/documents/{doc_id}", headers=R).json()["payment_status"] == "paid"
    assert billingo.get(f"/v3/documents/{doc_id}/download", headers=R).status_code == 202
    assert billingo.get(f"/v3/documents/{doc_id}/download", headers=R).content.startswith(b"%PDF")


def test_demo_data_has_every_kind_of_document(billingo: TestClient) -> None:
    docs = _all_documents(billingo)
    assert {d["type"] for d in docs} >= {"invoice", "advance", "cancellation", "modification"}
    assert {d["currency"] for d in docs} == {"HUF", "EUR"}
    assert {d["payment_status"] for d in docs} >= {"paid", "partially_paid", "none"}
    cancelled = [d for d in docs if d["cancelled"]]
    assert cancelled and all(d["related_documents"] for d in cancelled)


GOOD_PAYMENT = {"date": "2025-03-01", "price": 100, "payment_method": "cash"}


def _put_raw(billingo: TestClient, doc_id: int, body: str) -> Any:
    return billingo.put(f"/v3/documents/{doc_id}/payments", headers={**W, "Content-Type": "application/json"},
                        content=body)


@pytest.mark.parametrize(
    "day",
    [20250301, 2025.0301, None, {"y": 2025, "m": 3, "d": 1}, ["2025-03-01"], True, "20250301", "2025-02-30",
     "2025-3-1"],
    ids=["int", "float", "null", "object", "list", "bool", "compact", "no-such-day", "unpadded"],
)
def test_a_payment_date_that_is_not_a_y_m_d_string_is_422_and_stores_nothing(
    billingo: TestClient, billingo_state: BillingoState, day: Any,
) -> None:
    stored = next(iter(billingo_state.documents.values()))
    before = (list(stored.payments), dict(stored.doc))
    response = billingo.put(f"/v3/documents/{stored.doc['id']}/payments", headers=W,
                            json=[{**GOOD_PAYMENT, "date": day}])
    assert response.status_code == 422
    assert assert_validation_error(response.json()) == {"0.date"}
    assert (stored.payments, stored.doc) == before and billingo_state.payment_writes == []


def test_a_list_mixing_good_and_bad_entries_is_422_and_changes_nothing(
    billingo: TestClient, billingo_state: BillingoState,
) -> None:
    stored = next(s for s in billingo_state.documents.values() if s.payments)
    path = f"/v3/documents/{stored.doc['id']}/payments"
    before = billingo.get(path, headers=R).json()
    status = billingo.get(f"/v3/documents/{stored.doc['id']}", headers=R).json()["payment_status"]
    response = billingo.put(path, headers=W, json=[
        GOOD_PAYMENT,
        {**GOOD_PAYMENT, "date": 5},
        GOOD_PAYMENT,
        {**GOOD_PAYMENT, "price": "sok", "voucher_number": 7},
    ])
    assert response.status_code == 422
    assert assert_validation_error(response.json()) == {"1.date", "3.price", "3.voucher_number"}
    assert billingo.get(path, headers=R).json() == before
    assert billingo.get(f"/v3/documents/{stored.doc['id']}", headers=R).json()["payment_status"] == status
    assert billingo_state.payment_writes == []


@pytest.mark.parametrize("price", ["NaN", "Infinity", "-Infinity", "1e400", "1" + "0" * 400],
                         ids=["nan", "infinity", "-infinity", "1e400", "10**400"])
def test_a_price_that_is_no_float_is_422_and_stores_nothing(
    billingo: TestClient, billingo_state: BillingoState, price: str,
) -> None:
    stored = next(iter(billingo_state.documents.values()))
    before = list(stored.payments)
    body = f'[{{"date": "2025-03-01", "price": {price}, "payment_method": "cash"}}]'
    response = _put_raw(billingo, stored.doc["id"], body)
    assert response.status_code == 422
    assert assert_validation_error(response.json()) == {"0.price"}
    assert stored.payments == before and billingo_state.payment_writes == []


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"page": 0}, "page", "The page must be at least 1."),
        ({"page": -3}, "page", "The page must be at least 1."),
        ({"per_page": 0}, "per_page", "The per_page must be between 1 and 100."),
        ({"per_page": 101}, "per_page", "The per_page must be between 1 and 100."),
    ],
)
def test_out_of_range_paging_names_the_real_bounds(
    billingo: TestClient, params: dict[str, int], field: str, message: str,
) -> None:
    response = billingo.get("/v3/documents", params=params, headers=R)
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": field, "message": message}]
