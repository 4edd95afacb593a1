from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from services.core.errors import UpstreamError
from services.szamlazz.client import (
    AgentAuthenticationError,
    InvoiceNotFoundError,
    PaymentEntry,
    PaymentNotAllowedError,
    SzamlaAgentClient,
)
from szamlatar_dev.emulators.demo_data import generate_demo
from szamlatar_dev.emulators.szamla_agent.app import create_app
from szamlatar_dev.emulators.szamla_agent.push import PushDispatcher
from szamlatar_dev.emulators.szamla_agent.state import AgentState
from tests.unit.asgi_requests import ASGIAdapter, session_for

KEY = "kliens-kulcs"


@pytest.fixture
def agent_state() -> AgentState:
    state = AgentState({KEY}, PushDispatcher(lambda u, b, h: (200, b""), sleep=lambda s: None))
    state.load_demo(generate_demo(seed=11, invoices=12))
    return state


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def wired(agent_state: AgentState, sleeps: list[float]) -> Iterator[tuple[ASGIAdapter, TestClient, SzamlaAgentClient]]:
    with TestClient(create_app(agent_state)) as emulator:
        session, adapter = session_for(emulator)
        client = SzamlaAgentClient(
            KEY, url="http://emulator/szamla/", session=session, sleep=sleeps.append, jitter=lambda: 1.0
        )
        yield adapter, emulator, client


@pytest.fixture
def client(wired: tuple[ASGIAdapter, TestClient, SzamlaAgentClient]) -> SzamlaAgentClient:
    return wired[2]


def _number(state: AgentState, kind: str = "normal", stornoed: bool = False) -> str:
    return next(
        a.invoice.number for a in state.invoices.values() if a.invoice.kind.value == kind and a.stornoed == stornoed
    )


def test_get_invoice_xml_by_number_with_pdf(client: SzamlaAgentClient, agent_state: AgentState) -> None:
    number = _number(agent_state)
    got = client.get_invoice_xml(invoice_number=number, with_pdf=True)
    assert got.invoice_number == number
    assert got.pdf is not None and got.pdf.startswith(b"%PDF")
    assert b"<szamla" in got.xml


def test_get_invoice_xml_by_order_number_and_external_id(client: SzamlaAgentClient, agent_state: AgentState) -> None:
    invoice = agent_state.invoices[_number(agent_state, "advance")].invoice
    assert client.get_invoice_xml(external_id=invoice.external_id).invoice_number == invoice.number
    assert client.get_invoice_xml(order_number=invoice.order_number).pdf is None


def test_get_pdf(client: SzamlaAgentClient, agent_state: AgentState) -> None:
    assert client.get_pdf(invoice_number=_number(agent_state)).startswith(b"%PDF")


def test_unknown_invoice_is_not_found(client: SzamlaAgentClient) -> None:
    with pytest.raises(InvoiceNotFoundError, match="7"):
        client.get_invoice_xml(invoice_number="NINCS-2025-1")


def test_wrong_key_is_an_authentication_error_without_the_key(
    wired: tuple[ASGIAdapter, TestClient, SzamlaAgentClient],
) -> None:
    _, emulator, _ = wired
    session, _ = session_for(emulator)
    client = SzamlaAgentClient("rossz-kulcs", url="http://emulator/szamla/", session=session)
    with pytest.raises(AgentAuthenticationError, match="Számla Agent key") as info:
        client.get_pdf(invoice_number="X")
    assert "rossz-kulcs" not in str(info.value)


def test_register_payment_replaces_then_appends(client: SzamlaAgentClient, agent_state: AgentState) -> None:
    number = _number(agent_state)
    gross = agent_state.invoices[number].invoice.gross_total
    first = client.register_payment(number, [PaymentEntry(date(2025, 3, 1), "átutalás", Decimal(1000))], additive=False)
    assert first.outstanding == gross - 1000 and first.gross_total == gross
    second = client.register_payment(
        number, [PaymentEntry(date(2025, 3, 2), "készpénz", Decimal(500), "maradék")], additive=True
    )
    assert second.outstanding == gross - 1500
    cleared = client.register_payment(number, [], additive=False)
    assert cleared.outstanding == gross


def test_register_payment_on_stornoed_invoice_is_refused(client: SzamlaAgentClient, agent_state: AgentState) -> None:
    with pytest.raises(PaymentNotAllowedError):
        client.register_payment(_number(agent_state, stornoed=True), [], additive=False)


def test_more_than_five_entries_is_refused_before_sending(client: SzamlaAgentClient) -> None:
    entries = [PaymentEntry(date(2025, 3, 1), "átutalás", Decimal(1))] * 6
    with pytest.raises(ValueError, match="at most 5"):
        client.register_payment("X", entries, additive=False)


def test_maintenance_is_tried_at_most_five_times(
    wired: tuple[ASGIAdapter, TestClient, SzamlaAgentClient], sleeps: list[float]
) -> None:
    adapter, emulator, client = wired
    emulator.post("/_emulator/faults", json={"maintenance": True})
    with pytest.raises(UpstreamError, match="maintenance"):
        client.get_invoice_xml(invoice_number="X")
    assert len(adapter.sent) == 5
    assert sleeps == [1.0, 2.0, 4.0, 8.0]


def test_session_cookie_is_sent_back(
    wired: tuple[ASGIAdapter, TestClient, SzamlaAgentClient], agent_state: AgentState
) -> None:
    adapter, _, client = wired
    client.get_pdf(invoice_number=_number(agent_state))
    client.get_pdf(invoice_number=_number(agent_state))
    assert "Cookie" not in adapter.sent[0].headers
    assert "JSESSIONID=" in adapter.sent[1].headers["Cookie"]


def test_exactly_one_selector_is_required(client: SzamlaAgentClient) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        client.get_invoice_xml(invoice_number="A", order_number="B")
