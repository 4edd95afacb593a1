"""The Billingo importer against the in-process emulator, with fake repositories, store and publisher."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

import pytest
from prometheus_client import CollectorRegistry
from starlette.testclient import TestClient

from services.adapters.metrics import billing_ingest_metrics, upstream_metrics
from services.adapters.sealer import Sealer
from services.adapters.settings import BillingSettings
from services.billingo.client import BillingoClient, billingo_client
from services.billingo.importer import INGEST_RETRY, BillingoImporter
from services.core.errors import BrokerUnavailableError
from services.core.topics import INVOICE_PAYMENT, INVOICE_RAW
from szamlatar_dev.emulators.billingo.state import BillingoState
from tests.unit.asgi_requests import ASGIAdapter
from tests.unit.billing.fakes import FakePublisher, FakeStore, fake_repos, settings
from tests.unit.emulators.fixtures import WRITE_KEY, FakeClock

BILLING = BillingSettings(poller_port=0, status_sync_port=0, poll_interval_seconds=1, poll_overlap_seconds=120,
                          download_concurrency=1, writeback_attempts=3, public_url="http://x",
                          url_allowlist=("http://emulator",))


class Setup:
    def __init__(self, billingo: TestClient, state: BillingoState, clock: FakeClock, **connection: Any) -> None:
        self.settings = settings()
        self.repos = fake_repos()
        self.store, self.publisher = FakeStore(), FakePublisher()
        self.state, self.clock = state, clock
        self.registry = CollectorRegistry()
        self.connection = {"_id": "bil-1", "kind": "billingo", "tenant": "acme", "site": "budapest",
                           "base_url": "http://emulator/v3", "document_kinds": None, "import_since": None,
                           "credentials": {"api_key": Sealer.of(self.settings).seal(WRITE_KEY)}, **connection}
        emulator = billingo

        def sleep(seconds: float) -> None:  # waiting moves the emulator's clock: no real sleeps
            clock.advance(seconds)

        class InProcess(BillingoImporter):
            def client(self, connection: dict[str, Any]) -> BillingoClient:
                client, session = billingo_client(WRITE_KEY, connection["base_url"], self.upstream,
                                                  retry=self.retry, sleep=sleep)
                session.mount("http://emulator", ASGIAdapter(emulator, session.cookies))
                return client

        self.importer = InProcess(
            settings=self.settings, billing=BILLING, repos=self.repos, store=self.store,  # type: ignore[arg-type]
            publisher=self.publisher, upstream=upstream_metrics(self.registry),  # type: ignore[arg-type]
            metrics=billing_ingest_metrics(self.registry), clock=lambda: datetime.fromtimestamp(clock(), UTC),
            retry=INGEST_RETRY, sleep=sleep,
        )

    def raw(self) -> list[dict[str, Any]]:
        return self.publisher.on(INVOICE_RAW.name)

    def payments(self) -> list[dict[str, Any]]:
        return self.publisher.on(INVOICE_PAYMENT.name)

    def metric(self, name: str, **labels: str) -> float:
        return self.registry.get_sample_value(name, labels) or 0.0


@pytest.fixture
def setup(billingo: TestClient, billingo_state: BillingoState, clock: FakeClock) -> Setup:
    return Setup(billingo, billingo_state, clock)


def test_first_pass_imports_every_invoice_once_with_its_pdf(setup: Setup) -> None:
    result = setup.importer.poll(setup.connection)
    assert result.complete, result.errors
    docs = setup.state.documents
    assert result.imported == len(docs) == len(setup.raw())
    assert {e["external_id"] for e in setup.raw()} == {str(i) for i in docs}
    assert all(e["document"]["media_type"] == "application/pdf" for e in setup.raw())
    assert len(setup.store.staged) == len(docs) and all(p.startswith(b"%PDF") for p in setup.store.staged.values())
    assert len(setup.payments()) == len(docs)  # the payment state of every invoice, from the start
    cursor = setup.repos.ingest.cursor("bil-1")
    assert cursor is not None and cursor["modified_since"] is not None and cursor["pass_started"] is None
    # Every document's first download answered 202 "not generated yet": waited out, counted.
    assert setup.metric("szamlatar_upstream_waits_total", service="billingo", reason="pdf_pending") >= len(docs)

    again = setup.importer.poll(setup.connection)
    assert again.complete and len(setup.raw()) == len(docs) and len(setup.payments()) == len(docs)


def test_a_payment_made_in_billingo_becomes_one_payment_event(setup: Setup) -> None:
    setup.importer.poll(setup.connection)
    setup.clock.advance(60)
    unpaid = next(s for s in setup.state.documents.values() if s.doc["payment_status"] in ("outstanding", "expired"))
    setup.state.replace_payments(unpaid.doc["id"], [{"date": "2025-03-31", "price": 1000, "payment_method": "cash",
                                                     "voucher_number": "P-1", "conversion_rate": 1}], "PUT")
    before_raw, before_pay = len(setup.raw()), len(setup.payments())
    result = setup.importer.poll(setup.connection)
    assert result.complete and result.outcomes == {"payments_changed": 1}
    assert len(setup.raw()) == before_raw
    [event] = setup.payments()[before_pay:]
    assert event["external_id"] == str(unpaid.doc["id"]) and event["origin"] == "source"
    assert event["observed"]["payments"] == [{"date": "2025-03-31", "amount": "1000", "method": "cash",
                                              "reference": "P-1"}]
    # The document stays in the overlap window for a while; seen again, it is not published again.
    setup.clock.advance(10)
    assert setup.importer.poll(setup.connection).complete and len(setup.payments()) == before_pay + 1


def test_a_changed_document_is_imported_again(setup: Setup) -> None:
    setup.importer.poll(setup.connection)
    setup.clock.advance(60)
    first = next(iter(setup.state.documents))
    setup.state.modify_document(first, {"comment": "Javított megjegyzés"})
    before = len(setup.raw())
    result = setup.importer.poll(setup.connection)
    assert result.outcomes == {"imported": 1}
    assert setup.raw()[before]["external_id"] == str(first)
    assert setup.raw()[before]["event_id"] == setup.raw()[
        [e["external_id"] for e in setup.raw()].index(str(first))]["event_id"]  # same PDF: the same raw event


def test_a_pass_that_fails_midway_resumes_after_the_last_contiguous_id(setup: Setup) -> None:
    setup.importer.poll(setup.connection)
    setup.clock.advance(60)
    changed = sorted(setup.state.documents)[:5]
    for doc_id in changed:
        setup.state.modify_document(doc_id, {"comment": f"változott {doc_id}"})
    real = setup.publisher.publish
    calls = Counter[str]()

    def flaky(topic: str, event: dict[str, Any], timeout: float = 30.0) -> None:
        calls[topic] += 1
        if topic == INVOICE_RAW.name and calls[topic] == 3:
            raise BrokerUnavailableError("Kafka: produce to invoice.raw: KafkaTimeoutError")
        real(topic, event, timeout)

    setup.publisher.publish = flaky  # type: ignore[method-assign]
    before = len(setup.raw())
    failed = setup.importer.poll(setup.connection)
    assert not failed.complete and failed.failed == 1
    cursor = setup.repos.ingest.cursor("bil-1")
    assert cursor is not None and cursor["last_id"] == changed[1] and cursor["pass_started"] is not None

    setup.publisher.publish = real  # type: ignore[method-assign]
    resumed = setup.importer.poll(setup.connection)
    assert resumed.complete
    ids = [e["external_id"] for e in setup.raw()[before:]]
    assert sorted(ids) == sorted(str(i) for i in changed)  # the failed one once, none twice
    assert setup.repos.ingest.cursor("bil-1")["last_id"] is None  # type: ignore[index]


def test_only_the_connection_s_document_kinds_are_imported(billingo: TestClient, billingo_state: BillingoState,
                                                            clock: FakeClock) -> None:
    setup = Setup(billingo, billingo_state, clock, document_kinds=["normal"])
    result = setup.importer.poll(setup.connection)
    kinds = Counter(s.doc["type"] for s in billingo_state.documents.values())
    assert result.outcomes["imported"] == kinds["invoice"]
    assert result.outcomes["skipped"] == sum(kinds.values()) - kinds["invoice"]


def test_backfill_through_202s_and_429s_lands_every_invoice_once(setup: Setup) -> None:
    setup.state.faults.pdf_pending_calls = 2
    setup.state.faults.force_429 = 7
    seen: list[str] = []
    result = setup.importer.backfill(setup.connection, date(2024, 1, 1), progress=seen.append)
    assert result.complete, result.errors
    assert len(seen) == len(setup.state.documents) == len({e["external_id"] for e in setup.raw()}) == len(setup.raw())
    assert setup.metric("szamlatar_upstream_waits_total", service="billingo", reason="rate_limited") >= 7
    assert setup.metric("szamlatar_upstream_calls_total", service="billingo", operation="download_pdf",
                        status="202") == 2 * len(setup.state.documents)
    assert setup.repos.ingest.cursor("bil-1") is None  # a backfill leaves the poll cursor alone
    again = setup.importer.backfill(setup.connection, date(2024, 1, 1))
    assert again.outcomes == {"unchanged": len(setup.state.documents)} and len(setup.raw()) == len(seen)
