"""The NAV client against the in-process emulator: paging, windows, decompression, retries, errors."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
import requests
from starlette.testclient import TestClient

from services.adapters.retry import RetryPolicy
from services.core.enums import Direction
from services.core.errors import Rejected, Retryable
from services.core.parsing.xmlsafe import parse_xml
from services.nav.client import (
    NavAuthenticationError,
    NavClient,
    NavRejectedError,
    NavUnavailableError,
)
from services.nav.protocol.requests import IssueDateRange
from services.nav.protocol.signing import NavCredentials
from services.nav.protocol.spec import DATA_NS
from szamlatar_dev.emulators.nav.request_parsing import parse_request_envelope

from .conftest import BASE_URL, TAX_NUMBER, ASGIAdapter, FakeClock

OUT = Direction.OUTGOING


def make_client(
    adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock, sleeps: list[float] | None = None
) -> NavClient:
    session = requests.Session()
    session.mount("http://nav.test", adapter)
    sleeps = sleeps if sleeps is not None else []
    return NavClient(
        BASE_URL, credentials, session=session, clock=clock, sleep=sleeps.append,
        retry=RetryPolicy(max_attempts=3, base_seconds=2.0, cap_seconds=4.0), jitter=random.Random(7).random,
    )


def plant(emulator: TestClient, day: date, count: int, *, compress: bool = False) -> None:
    for i in range(count):
        response = emulator.post(
            "/_emulator/invoices",
            json={
                "invoiceNumber": f"C/{day.isoformat()}/{i:03d}", "issueDate": day.isoformat(),
                "supplierTaxNumber": TAX_NUMBER, "customerTaxNumber": "99887764",
                "insDate": datetime.combine(day, datetime.min.time(), tzinfo=UTC).isoformat(),
                "compress": compress,
            },
        )
        assert response.status_code == 201


def test_digests_over_a_long_range_are_fetched_window_by_window_and_page_by_page(
    adapter: ASGIAdapter, emulator: TestClient, credentials: NavCredentials, clock: FakeClock
) -> None:
    plant(emulator, date(2024, 1, 3), 120)
    plant(emulator, date(2024, 3, 20), 5)
    client = make_client(adapter, credentials, clock)
    digests = list(client.iter_digests_by_issue_date(date(2024, 1, 1), date(2024, 4, 30), OUT))
    assert len(digests) == 125
    assert len({d.invoice_number for d in digests}) == 125
    # 4 windows of ≤35 days; the first has 2 pages.
    assert len(adapter.sent) == 5


def test_the_seeded_invoices_come_back_for_their_month(
    adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock
) -> None:
    client = make_client(adapter, credentials, clock)
    digests = list(client.iter_digests_by_issue_date(date(2021, 5, 1), date(2021, 6, 30), OUT))
    # 17 documents issued in May 2021, the last one a batch of three modifications.
    assert len(digests) == 19
    assert [(d.invoice_number, d.batch_index) for d in digests][-4:] == [
        ("PK-2021/0017", 1), ("PK-2021/0017", 2), ("PK-2021/0017", 3), ("PK-2021/0010", None)]
    inbound = list(client.iter_digests_by_issue_date(date(2021, 5, 1), date(2021, 6, 30), Direction.INCOMING))
    assert sorted(d.invoice_number for d in inbound) == ["AI-2021/0412", "AI-2021/0431", "BIT-2021-077",
                                                          "ME-21-008812"]


def test_ins_date_windows_do_not_repeat_boundary_invoices(
    adapter: ASGIAdapter, emulator: TestClient, credentials: NavCredentials, clock: FakeClock
) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    plant(emulator, date(2024, 2, 5), 3)  # insDate exactly start + 35 days: on both windows' edge
    client = make_client(adapter, credentials, clock)
    digests = list(client.iter_digests_by_ins_date(start, start + timedelta(days=60), OUT))
    assert len(digests) == 3


def test_invoice_data_is_decompressed(
    adapter: ASGIAdapter, emulator: TestClient, credentials: NavCredentials, clock: FakeClock
) -> None:
    plant(emulator, date(2024, 1, 9), 1, compress=True)
    client = make_client(adapter, credentials, clock)
    invoice = client.query_invoice_data("C/2024-01-09/000", OUT)
    assert invoice is not None
    assert invoice.xml.startswith(b"<?xml")
    assert parse_xml(invoice.xml).tag == f"{{{DATA_NS}}}InvoiceData"


def test_missing_invoice_is_none(adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock) -> None:
    assert make_client(adapter, credentials, clock).query_invoice_data("NOPE", OUT) is None


def test_token_exchange_decrypts_the_token(
    adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock
) -> None:
    assert make_client(adapter, credentials, clock).token_exchange() == "TOKEN-0001"


def test_wrong_signature_key_is_an_authentication_error_without_retry(
    adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock
) -> None:
    wrong = NavCredentials(credentials.login, credentials.password_hash, credentials.tax_number, "wrong-key")
    sleeps: list[float] = []
    client = make_client(adapter, wrong, clock, sleeps)
    with pytest.raises(NavAuthenticationError) as caught:
        client.query_invoice_data("PK-2021/0011", OUT)
    assert caught.value.error_code == "INVALID_REQUEST_SIGNATURE"
    assert isinstance(caught.value, Rejected)
    assert sleeps == [] and len(adapter.sent) == 1


def test_bad_query_is_rejected_not_retried(
    adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock
) -> None:
    client = make_client(adapter, credentials, clock)
    with pytest.raises(NavRejectedError) as caught:
        client.query_invoice_digest_page(
            page=1, direction=OUT, mandatory=IssueDateRange(date(2024, 1, 1), date(2024, 3, 1))
        )
    assert caught.value.error_code == "BAD_QUERY_PARAM_RANGE_EXCEEDED"


def test_503_is_retried_with_backoff_and_a_fresh_request_id(
    adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock
) -> None:
    adapter.fail_next = [503, 502]
    sleeps: list[float] = []
    client = make_client(adapter, credentials, clock, sleeps)
    assert client.query_invoice_data("PK-2021/0011", OUT) is not None
    assert len(sleeps) == 2
    assert 0 <= sleeps[0] <= 2.0 and 0 <= sleeps[1] <= 4.0
    ids = [parse_request_envelope(parse_xml(r.body)).request_id for r in adapter.sent]  # type: ignore[arg-type]
    assert len(set(ids)) == 3


def test_persistent_outage_raises_retryable_after_the_last_attempt(
    adapter: ASGIAdapter, credentials: NavCredentials, clock: FakeClock
) -> None:
    adapter.fail_next = [503, 503, 503]
    sleeps: list[float] = []
    client = make_client(adapter, credentials, clock, sleeps)
    with pytest.raises(NavUnavailableError) as caught:
        client.query_invoice_data("PK-2021/0011", OUT)
    assert isinstance(caught.value, Retryable) and caught.value.http_status == 503
    assert len(sleeps) == 2 and len(adapter.sent) == 3


def test_connection_errors_become_retryable(credentials: NavCredentials, clock: FakeClock) -> None:
    class Refusing(requests.adapters.BaseAdapter):
        def send(self, request: requests.PreparedRequest, *args: object, **kwargs: object) -> requests.Response:
            raise requests.ConnectionError("refused")

        def close(self) -> None:
            pass

    session = requests.Session()
    session.mount("http://nav.test", Refusing())
    sleeps: list[float] = []
    client = NavClient(BASE_URL, credentials, session=session, clock=clock, sleep=sleeps.append,
                       retry=RetryPolicy(max_attempts=2))
    with pytest.raises(NavUnavailableError):
        client.token_exchange()
    assert len(sleeps) == 1


def test_retry_delay_is_capped_full_jitter() -> None:
    policy = RetryPolicy(base_seconds=2.0, cap_seconds=5.0)
    rng = random.Random(1)
    delays = [policy.delay(attempt, rand=rng.random()) for attempt in range(1, 10) for _ in range(20)]
    assert all(0.0 <= d <= 5.0 for d in delays)
