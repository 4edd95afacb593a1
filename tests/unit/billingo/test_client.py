from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from starlette.testclient import TestClient

from services.billingo.client import (
    BILLINGO_RETRY,
    AuthenticationError,
    BillingoClient,
    DocumentNotFoundError,
    PermissionDeniedError,
    RequestRejectedError,
    SubscriptionRequiredError,
)
from services.core.errors import Rejected, UpstreamError
from szamlatar_dev.emulators.billingo.state import BillingoState
from tests.unit.asgi_requests import ASGIAdapter, session_for
from tests.unit.emulators.fixtures import BROKE_KEY, READ_KEY, WRITE_KEY


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def adapter_and_client(billingo: TestClient, sleeps: Sleeps) -> Iterator[tuple[ASGIAdapter, BillingoClient]]:
    session, adapter = session_for(billingo)
    client = BillingoClient(WRITE_KEY, base_url="http://emulator/v3", session=session, sleep=sleeps, jitter=lambda: 0.0)
    yield adapter, client
    client.close()


@pytest.fixture
def client(adapter_and_client: tuple[ASGIAdapter, BillingoClient]) -> BillingoClient:
    return adapter_and_client[1]


def _client(billingo: TestClient, key: str) -> BillingoClient:
    session, _ = session_for(billingo)
    return BillingoClient(key, base_url="http://emulator/v3", session=session, sleep=lambda s: None)


def test_list_documents_walks_every_page(client: BillingoClient, billingo_state: BillingoState) -> None:
    docs = list(client.list_documents(per_page=4))
    assert sorted(d["id"] for d in docs) == sorted(billingo_state.documents)


def test_list_documents_passes_date_window_and_filters(adapter_and_client: tuple[ASGIAdapter, BillingoClient]) -> None:
    adapter, client = adapter_and_client
    docs = list(client.list_documents(since=date(2025, 2, 1), until=date(2025, 2, 28), type="invoice"))
    assert docs and all(d["type"] == "invoice" and d["invoice_date"].startswith("2025-02") for d in docs)
    assert "start_date=2025-02-01" in (adapter.sent[0].url or "")


def test_download_waits_out_202_using_retry_after(
    billingo: TestClient, client: BillingoClient, billingo_state: BillingoState, sleeps: Sleeps
) -> None:
    billingo.post("/_emulator/faults", json={"pdf_pending_calls": 2, "retry_after": 7})
    pdf = client.download_pdf(next(iter(billingo_state.documents)))
    assert pdf.startswith(b"%PDF")
    assert sleeps.calls == [7.0, 7.0]


def test_429_is_retried_then_succeeds(
    billingo: TestClient, client: BillingoClient, sleeps: Sleeps, billingo_state: BillingoState
) -> None:
    billingo.post("/_emulator/faults", json={"force_429": 2, "retry_after": 3})
    doc_id = next(iter(billingo_state.documents))
    assert client.get_document(doc_id)["id"] == doc_id
    assert sleeps.calls == [3.0, 3.0]


def test_persistent_5xx_raises_upstream_error_after_the_attempts(
    billingo: TestClient, client: BillingoClient, sleeps: Sleeps
) -> None:
    billingo.post("/_emulator/faults", json={"error_rate": 1.0})
    with pytest.raises(UpstreamError, match="HTTP 500 Internal Server Error"):
        client.get_document(1)
    assert len(sleeps.calls) == BILLINGO_RETRY.max_attempts - 1
    assert sleeps.calls == sorted(sleeps.calls)  # exponential


def test_down_emulator_is_upstream_error(billingo: TestClient, client: BillingoClient) -> None:
    billingo.post("/_emulator/faults", json={"down": True})
    with pytest.raises(UpstreamError, match="HTTP 503"):
        list(client.list_documents())


def test_long_retry_after_is_handed_back_not_slept(
    billingo: TestClient, client: BillingoClient, sleeps: Sleeps
) -> None:
    billingo.post("/_emulator/faults", json={"force_429": 5, "retry_after": 600})
    with pytest.raises(UpstreamError) as info:
        client.get_document(1)
    assert info.value.retry_after == 600.0
    assert sleeps.calls == []


def test_payments_round_trip_and_status(client: BillingoClient, billingo_state: BillingoState) -> None:
    doc = next(d.doc for d in billingo_state.documents.values() if d.doc["type"] == "invoice")
    stored = client.put_payments(
        doc["id"], [{"date": "2025-03-31", "price": doc["gross_total"], "payment_method": "wire_transfer"}]
    )
    assert client.get_payments(doc["id"]) == stored
    assert client.get_document(doc["id"])["payment_status"] == "paid"
    assert client.delete_payments(doc["id"]) == []


@pytest.mark.parametrize(
    ("key", "error", "hint"),
    [
        pytest.param("nope", AuthenticationError, "API kulcsok", id="401"),
        pytest.param(BROKE_KEY, SubscriptionRequiredError, "subscription", id="402"),
        pytest.param(READ_KEY, PermissionDeniedError, "write", id="403"),
    ],
)
def test_permission_problems_are_typed_and_explained(
    billingo: TestClient, billingo_state: BillingoState, key: str, error: type[Rejected], hint: str
) -> None:
    client = _client(billingo, key)
    with pytest.raises(error, match=hint) as info:
        client.put_payments(next(iter(billingo_state.documents)), [])
    assert key not in str(info.value)


def test_unknown_document_and_bad_payment_are_rejected(client: BillingoClient, billingo_state: BillingoState) -> None:
    with pytest.raises(DocumentNotFoundError):
        client.get_document(1)
    with pytest.raises(RequestRejectedError) as info:
        client.put_payments(next(iter(billingo_state.documents)), [{"date": "tegnap"}])
    assert {e["field"] for e in info.value.field_errors} == {"0.date", "0.price", "0.payment_method"}


def test_backoff_grows_and_respects_retry_after() -> None:
    policy = replace(BILLINGO_RETRY, base_seconds=1.0, cap_seconds=8.0)
    assert [policy.delay(n, rand=1.0) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.delay(1, rand=0.0, retry_after=30.0) == 30.0
