"""status-sync's handler against the in-process Billingo and Számla Agent emulators (fake repositories)."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from prometheus_client import CollectorRegistry
from starlette.testclient import TestClient

from services.adapters.metrics import stage_metrics, status_sync_metrics
from services.adapters.retry import RetryPolicy
from services.adapters.schemas import encode
from services.adapters.sealer import Sealer
from services.adapters.stage_runner import StageRunner
from services.billingo.client import billingo_client
from services.core.enums import Stage
from services.core.errors import Rejected, UpstreamError
from services.core.invoice import Payment
from services.core.keys import invoice_id_of
from services.core.payments import PaymentObservation, observed_event, registered_event
from services.status_sync.handler import StatusSyncHandler
from services.status_sync.service import status_sync_retry
from services.szamlazz.client import szamla_agent_client
from services.szamlazz.protocol.documents import read_szamla_document, szamla_observation
from szamlatar_dev.emulators.billingo.state import BillingoState
from szamlatar_dev.emulators.demo_data import generate_demo
from szamlatar_dev.emulators.szamla_agent.app import create_app as agent_app
from szamlatar_dev.emulators.szamla_agent.push import PushDispatcher
from szamlatar_dev.emulators.szamla_agent.state import AgentState
from szamlatar_dev.emulators.szamla_agent.xml import Kifizetes
from tests.unit.asgi_requests import ASGIAdapter
from tests.unit.billing.fakes import fake_repos, settings
from tests.unit.emulators.fixtures import WRITE_KEY

AGENT_KEY = "status-sync-key"
NOW = "2025-03-31T12:00:00+00:00"


@pytest.fixture
def agent_state() -> AgentState:
    state = AgentState({AGENT_KEY}, PushDispatcher())
    state.load_demo(generate_demo(seed=5, invoices=14))
    return state


@pytest.fixture
def agent(agent_state: AgentState) -> Iterator[TestClient]:
    with TestClient(agent_app(agent_state)) as client:
        yield client


class World:
    def __init__(self, billingo: TestClient, agent: TestClient) -> None:
        self.settings = settings()
        self.repos = fake_repos()
        self.registry = CollectorRegistry()
        for cid, kind, base, creds in (
            ("bil-1", "billingo", "http://emulator/v3", {"api_key": WRITE_KEY}),
            ("szla-1", "szamlazz", "http://agent/szamla/", {"agent_key": AGENT_KEY, "push_key": "p"}),
        ):
            sealer = Sealer.of(self.settings)
            self.repos.connections.save({"_id": cid, "kind": kind, "tenant": "acme", "site": "budapest",
                                         "base_url": base,
                                         "credentials": {k: sealer.seal(v) for k, v in creds.items()}})

        def billingo_factory(_s: Any, connection: dict[str, Any], upstream: Any, **kw: Any) -> Any:
            client, session = billingo_client(WRITE_KEY, connection["base_url"], upstream, sleep=lambda s: None,
                                              retry=kw.get("retry"))
            session.mount("http://emulator", ASGIAdapter(billingo, session.cookies))
            return client, session

        def agent_factory(_s: Any, connection: dict[str, Any], upstream: Any, **kw: Any) -> Any:
            client, session = szamla_agent_client(AGENT_KEY, connection["base_url"], upstream, sleep=lambda s: None)
            session.mount("http://agent", ASGIAdapter(agent, session.cookies))
            return client, session

        self.handler = StatusSyncHandler(settings=self.settings, repos=self.repos, upstream=None,
                                         metrics=status_sync_metrics(self.registry),
                                         clock=lambda: datetime(2025, 3, 31, 12, tzinfo=UTC),
                                         billingo=billingo_factory, agent=agent_factory)

    @staticmethod
    def envelope(connection_id: str, kind: str, external_id: str) -> dict[str, Any]:
        return {"tenant": "acme", "site": "budapest", "source": {"kind": kind, "connection_id": connection_id},
                "external_id": external_id, "correlation_id": "c"}

    def pay(self, connection_id: str, kind: str, external_id: str, number: str, gross: Decimal, amount: Decimal,
            payment_id: str = "p-1", reference: str | None = None) -> dict[str, Any]:
        env = self.envelope(connection_id, kind, external_id)
        return registered_event(env, invoice_id=invoice_id_of(env), invoice_number=number, currency="HUF",
                                gross_total=gross, conversion_rate=None, payment_id=payment_id,
                                payment=Payment(date(2025, 3, 31), amount, "transfer", reference or "SZT-p1"),
                                registered_by="anna", now=NOW)


@pytest.fixture
def world(billingo: TestClient, agent: TestClient) -> World:
    return World(billingo, agent)


def _unpaid_billingo(state: BillingoState) -> Any:
    return next(s for s in state.documents.values()
                if s.doc["payment_status"] in ("outstanding", "expired") and s.doc["type"] == "invoice")


def test_billingo_write_back_merges_the_history_and_a_replay_writes_nothing(
        world: World, billingo_state: BillingoState) -> None:
    stored = _unpaid_billingo(billingo_state)
    stored.payments = [{"date": "2025-03-01", "price": 1000, "payment_method": "cash", "voucher_number": "K-1",
                        "conversion_rate": 1}]
    gross = Decimal(str(stored.doc["gross_total"]))
    event = world.pay("bil-1", "billingo", str(stored.doc["id"]), stored.doc["invoice_number"], gross, gross - 1000)
    world.handler.handle(event)
    writes = [w for w in billingo_state.payment_writes if w.document_id == stored.doc["id"]]
    assert len(writes) == 1 and [p["voucher_number"] for p in writes[0].body] == ["K-1", "SZT-p1"]
    assert billingo_state.documents[stored.doc["id"]].doc["payment_status"] == "paid"
    state = world.repos.payments.state(event["invoice_id"])
    assert state is not None and state["status"] == "paid" and state["updated_by"] == "szamlatar"
    record = world.repos.payments.writeback("p-1")
    assert record is not None and record["outcome"] == "written" and record["answer"]["stored"] == 2

    world.handler.handle(event)  # replay: the record says written, nothing is called
    world.repos.payments.records.clear()  # the record lost: the source is read, ours is there
    world.handler.handle(event)
    assert len([w for w in billingo_state.payment_writes if w.document_id == stored.doc["id"]]) == 1
    assert world.repos.payments.writeback("p-1")["outcome"] == "already_present"  # type: ignore[index]


def test_agent_write_back_appends_with_additiv_and_the_push_echo_changes_nothing(
        world: World, agent_state: AgentState) -> None:
    inv = next(a for a in agent_state.invoices.values() if not a.payments and not a.stornoed
               and a.invoice.kind.value == "normal")
    event = world.pay("szla-1", "szamlazz", inv.invoice.number, inv.invoice.number, inv.invoice.gross_total,
                      Decimal(40))
    world.handler.handle(event)
    assert [(w.invoice_number, w.additive) for w in agent_state.payment_writes] == [(inv.invoice.number, True)]
    assert inv.payments[-1].leiras == "SZT-p1" and inv.outstanding == inv.invoice.gross_total - 40
    state = world.repos.payments.state(event["invoice_id"])
    assert state is not None and state["status"] == "partially_paid" and state["seq"] == 1

    # Számlázz.hu pushes the changed invoice back: the same payments, so no new history entry.
    doc = read_szamla_document(agent_state.document_xml(inv, with_pdf=False))
    env = World.envelope("szla-1", "szamlazz", inv.invoice.number)
    echo = observed_event(env, invoice_id=invoice_id_of(env), invoice_number=inv.invoice.number, currency="HUF",
                          observation=szamla_observation(doc, NOW), now=NOW)
    world.handler.handle(echo)
    assert world.repos.payments.state(event["invoice_id"])["seq"] == 1  # type: ignore[index]

    world.repos.payments.records.clear()
    world.handler.handle(event)  # replayed with the record lost: read first, found, not sent again
    assert len(agent_state.payment_writes) == 1


def test_a_payment_on_a_stornoed_invoice_is_rejected_and_recorded(world: World, agent_state: AgentState) -> None:
    inv = next(a for a in agent_state.invoices.values() if a.stornoed)
    event = world.pay("szla-1", "szamlazz", inv.invoice.number, inv.invoice.number, inv.invoice.gross_total,
                      Decimal(10))
    with pytest.raises(Rejected):
        world.handler.handle(event)
    record = world.repos.payments.writeback("p-1")
    assert record is not None and record["outcome"] == "failed" and "463" in record["answer"]["message"]
    assert world.registry.get_sample_value("szamlatar_writeback_failures_total",
                                           {"service": "szamlazz", "reason": "PaymentNotAllowedError"}) == 1


def test_an_outage_is_retried_by_the_runner_and_then_written_once(
        world: World, billingo_state: BillingoState) -> None:
    stored = _unpaid_billingo(billingo_state)
    gross = Decimal(str(stored.doc["gross_total"]))
    event = world.pay("bil-1", "billingo", str(stored.doc["id"]), stored.doc["invoice_number"], gross, gross)
    billingo_state.faults.down = True
    sent: list[tuple[str, bytes]] = []
    attempts = 0

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        sent.append((topic, value))

    async def sleep(seconds: float) -> None:
        nonlocal attempts
        attempts += 1
        if attempts == 3:
            billingo_state.faults.down = False  # the emulator comes back during the third wait

    runner = StageRunner(stage=Stage.STATUS_SYNC, in_schema="invoice.payment.v1", handler=world.handler, send=send,
                         metrics=stage_metrics(CollectorRegistry()), sleep=sleep, retry=RetryPolicy(max_attempts=10))
    asyncio.run(runner.run(encode(event), topic="invoice.payment", partition=0, offset=1))
    assert sent == [] and attempts == 3  # no DLQ
    assert len([w for w in billingo_state.payment_writes if w.document_id == stored.doc["id"]]) == 1
    assert world.repos.payments.writeback("p-1")["attempts"] == 4  # type: ignore[index]


def test_a_tombstone_and_bytes_that_are_not_utf8_are_dead_lettered_and_the_next_payment_is_applied(
        world: World) -> None:
    sent: list[tuple[str, dict[str, Any]]] = []

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        sent.append((topic, json.loads(value)))

    async def sleep(seconds: float) -> None:
        raise AssertionError("nothing here is worth a retry")

    env = World.envelope("bil-1", "billingo", "88")
    invoice_id = invoice_id_of(env)
    good = observed_event(env, invoice_id=invoice_id, invoice_number="E-88", currency="HUF",
                          observation=PaymentObservation((), Decimal(1000), False, "source", NOW), now=NOW)
    runner = StageRunner(stage=Stage.STATUS_SYNC, in_schema="invoice.payment.v1", handler=world.handler, send=send,
                         metrics=stage_metrics(CollectorRegistry()), sleep=sleep, retry=status_sync_retry(5))
    for offset, value in enumerate((None, b"\xc3\x28", encode(good))):
        asyncio.run(runner.run(value, topic="invoice.payment", partition=0, offset=offset))
    assert [(t, r["stage"], r["reason"], r["offset"]) for t, r in sent] == [
        ("invoice.dlq", "status_sync", "tombstone", 0), ("invoice.dlq", "status_sync", "not_utf8", 1)]
    assert world.repos.payments.state(invoice_id) is not None


def test_source_changes_update_state_history_and_the_archived_view(world: World) -> None:
    env = World.envelope("bil-1", "billingo", "77")
    invoice_id = invoice_id_of(env)
    world.repos.payments.views[invoice_id] = {"_id": invoice_id, "invoice": {"payment_status": "unpaid"}}
    for payments in ((), (Payment(date(2025, 3, 2), Decimal(500), "transfer", None),), ()):
        obs = PaymentObservation(payments, Decimal(1000), False, "source", NOW)
        world.handler.handle(observed_event(env, invoice_id=invoice_id, invoice_number="E-77", currency="HUF",
                                            observation=obs, now=NOW))
        world.handler.handle(observed_event(env, invoice_id=invoice_id, invoice_number="E-77", currency="HUF",
                                            observation=obs, now=NOW))  # the same state seen twice
    assert [(e["seq"], e["status"]) for e in world.repos.payments.history(invoice_id)] == [
        (1, "unpaid"), (2, "partially_paid"), (3, "unpaid")]
    assert world.repos.payments.views[invoice_id]["payment"]["status"] == "unpaid"


def test_removed_connection_goes_to_the_dlq_without_calls(world: World) -> None:
    event = world.pay("gone-1", "billingo", "1", "E-1", Decimal(100), Decimal(100))
    with pytest.raises(Rejected, match="no longer exists"):
        world.handler.handle(event)


def test_upstream_errors_stay_retryable(world: World, billingo_state: BillingoState) -> None:
    billingo_state.faults.down = True
    stored = _unpaid_billingo(billingo_state)
    event = world.pay("bil-1", "billingo", str(stored.doc["id"]), "E", Decimal(100), Decimal(100))
    with pytest.raises(UpstreamError):
        world.handler.handle(event)
    assert world.repos.payments.writeback("p-1")["outcome"] == "retrying"  # type: ignore[index]


def _pushed(agent_state: AgentState, inv: Any) -> dict[str, Any]:
    """The invoice.payment event the push receiver makes of the invoice as Számlázz.hu shows it now."""
    doc = read_szamla_document(agent_state.document_xml(inv, with_pdf=False))
    env = World.envelope("szla-1", "szamlazz", inv.invoice.number)
    return observed_event(env, invoice_id=invoice_id_of(env), invoice_number=inv.invoice.number, currency="HUF",
                          observation=szamla_observation(doc, NOW), now=NOW)


def _unpaid_agent_invoice(agent_state: AgentState) -> Any:
    return next(a for a in agent_state.invoices.values() if not a.payments and not a.stornoed
                and a.invoice.kind.value == "normal")


def _kifizetes(day: int, amount: Decimal) -> Kifizetes:
    return Kifizetes(date(2025, 3, day), "átutalás", amount, "")


def test_a_push_resent_after_a_newer_one_does_not_roll_the_payment_state_back(
        world: World, agent_state: AgentState) -> None:
    inv = _unpaid_agent_invoice(agent_state)
    gross = inv.invoice.gross_total
    agent_state.set_payments(inv, [_kifizetes(10, Decimal(100))], additive=False)
    older = _pushed(agent_state, inv)  # part paid; its delivery is not acknowledged, so it is re-sent later
    agent_state.set_payments(inv, [_kifizetes(20, gross - 100)], additive=True)
    newer = _pushed(agent_state, inv)
    world.handler.handle(newer)
    state = world.repos.payments.state(newer["invoice_id"])
    assert state is not None and (state["status"], state["seq"]) == ("paid", 1)

    world.handler.handle(older)  # the late re-send: Számlázz.hu is asked, and it says paid
    state = world.repos.payments.state(newer["invoice_id"])
    assert state is not None and (state["status"], state["seq"]) == ("paid", 1)
    assert [e["status"] for e in world.repos.payments.history(newer["invoice_id"])] == ["paid"]


def test_an_old_push_applied_first_shows_what_szamlazz_holds_now_also_on_the_view(
        world: World, agent_state: AgentState) -> None:
    inv = _unpaid_agent_invoice(agent_state)
    older = _pushed(agent_state, inv)  # unpaid
    agent_state.set_payments(inv, [_kifizetes(20, inv.invoice.gross_total)], additive=False)
    invoice_id = older["invoice_id"]
    world.repos.payments.views[invoice_id] = {"_id": invoice_id, "invoice": {"payment_status": "unpaid"}}
    world.handler.handle(older)
    [entry] = world.repos.payments.history(invoice_id)
    assert entry["status"] == "paid" and entry["note"] == "confirmed by reading the source"
    # The view was built from the push's raw event (unpaid), so it is corrected even on the first entry.
    assert world.repos.payments.views[invoice_id]["payment"]["status"] == "paid"


def test_an_agent_outage_applies_nothing_and_stays_retryable(world: World, agent_state: AgentState) -> None:
    inv = _unpaid_agent_invoice(agent_state)
    event = _pushed(agent_state, inv)
    agent_state.maintenance = True
    with pytest.raises(UpstreamError):
        world.handler.handle(event)
    assert world.repos.payments.state(event["invoice_id"]) is None  # the runner retries; then invoice.dlq


def test_a_removed_connections_notification_is_applied_as_carried_and_says_so(
        world: World, agent_state: AgentState) -> None:
    inv = _unpaid_agent_invoice(agent_state)
    agent_state.set_payments(inv, [_kifizetes(10, Decimal(100))], additive=False)
    event = _pushed(agent_state, inv)
    connection = world.repos.connections.get("szla-1")
    assert connection is not None
    world.repos.connections.delete(connection, datetime(2025, 3, 31, tzinfo=UTC))
    agent_state.maintenance = True  # nothing is asked: the tombstone has no Agent key
    world.handler.handle(event)
    [entry] = world.repos.payments.history(event["invoice_id"])
    assert entry["status"] == "partially_paid" and "not confirmed" in entry["note"]


def test_billingo_asking_for_ten_minutes_holds_the_partition_at_most_attempts_times_30_s(
        world: World, billingo_state: BillingoState) -> None:
    stored = _unpaid_billingo(billingo_state)
    gross = Decimal(str(stored.doc["gross_total"]))
    event = world.pay("bil-1", "billingo", str(stored.doc["id"]), stored.doc["invoice_number"], gross, gross)
    billingo_state.faults.force_429, billingo_state.faults.retry_after = 1000, 600
    sent: list[tuple[str, bytes]] = []
    slept: list[float] = []

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        sent.append((topic, value))

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    runner = StageRunner(stage=Stage.STATUS_SYNC, in_schema="invoice.payment.v1", handler=world.handler, send=send,
                         metrics=stage_metrics(CollectorRegistry()), sleep=sleep, retry=status_sync_retry(5))
    asyncio.run(runner.run(encode(event), topic="invoice.payment", partition=0, offset=7))
    assert slept == [30.0] * 4  # the write-back client hands the 600 s back; the runner sleeps 30 s of it
    [(topic, value)] = sent
    record = json.loads(value)
    assert topic == "invoice.dlq" and (record["attempts"], record["reason"]) == (5, "upstream")
    assert world.repos.payments.writeback("p-1")["outcome"] == "retrying"  # type: ignore[index]
    assert not [w for w in billingo_state.payment_writes if w.document_id == stored.doc["id"]]


def test_the_first_observation_is_shown_on_the_view_even_when_the_event_carried_it(world: World) -> None:
    # The view may have been built from a raw event older than this payment event (or without payments).
    env = World.envelope("bil-1", "billingo", "78")
    invoice_id = invoice_id_of(env)
    world.repos.payments.views[invoice_id] = {"_id": invoice_id, "invoice": {"payment_status": None, "payments": []}}
    paid = PaymentObservation((Payment(date(2025, 3, 2), Decimal(1000), "transfer", None),), Decimal(1000), False,
                              "source", NOW)
    world.handler.handle(observed_event(env, invoice_id=invoice_id, invoice_number="E-78", currency="HUF",
                                        observation=paid, now=NOW))
    view = world.repos.payments.views[invoice_id]
    assert (view["invoice"]["payment_status"], view["payment"]["status"]) == ("paid", "paid")
    assert view["invoice"]["payments"] == world.repos.payments.states[invoice_id]["payments"]


def test_a_replay_after_a_crash_between_the_state_and_the_view_repairs_the_view(world: World) -> None:
    env = World.envelope("bil-1", "billingo", "79")
    invoice_id = invoice_id_of(env)
    unpaid = {"_id": invoice_id, "invoice": {"payment_status": "unpaid", "payments": []}}
    world.repos.payments.views[invoice_id] = copy.deepcopy(unpaid)
    paid = PaymentObservation((Payment(date(2025, 3, 2), Decimal(1000), "transfer", None),), Decimal(1000), False,
                              "source", NOW)
    event = observed_event(env, invoice_id=invoice_id, invoice_number="E-79", currency="HUF", observation=paid,
                           now=NOW)
    world.handler.handle(event)
    world.repos.payments.views[invoice_id] = copy.deepcopy(unpaid)  # the crash: state committed, view not
    world.handler.handle(event)  # the replay changes no state…
    assert [e["seq"] for e in world.repos.payments.history(invoice_id)] == [1]
    assert world.repos.payments.views[invoice_id]["invoice"]["payment_status"] == "paid"  # …and shows it
