"""Emulator fixtures shared by the emulator, client and conformance tests (conftest files and modules import them)."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from defusedxml import ElementTree
from starlette.testclient import TestClient

from szamlatar_dev.emulators.billingo.app import create_app
from szamlatar_dev.emulators.billingo.state import ApiKey, BillingoState
from szamlatar_dev.emulators.demo_data import generate_demo
from szamlatar_dev.emulators.szamla_agent.app import create_app as create_agent_app
from szamlatar_dev.emulators.szamla_agent.push import PushDispatcher
from szamlatar_dev.emulators.szamla_agent.state import AgentState

READ_KEY, WRITE_KEY, BROKE_KEY = "read-key", "write-key", "no-subscription-key"
AGENT_KEY = "teszt-agent-kulcs"


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start.timestamp()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 31, 10, 0, 30, tzinfo=UTC))


@pytest.fixture
def billingo_state(clock: FakeClock) -> BillingoState:
    state = BillingoState(
        [ApiKey(READ_KEY, write=False), ApiKey(WRITE_KEY), ApiKey(BROKE_KEY, subscribed=False)],
        rate_limit=50,
        clock=clock,
    )
    state.load_demo(generate_demo(seed=7, invoices=30))
    return state


@pytest.fixture
def billingo(billingo_state: BillingoState) -> Iterator[TestClient]:
    async def no_sleep(seconds: float) -> None:
        return None

    with TestClient(create_app(billingo_state, sleep=no_sleep)) as client:
        yield client


# -- Számla Agent ---------------------------------------------------------------------------------------


class FakeReceiver:
    """Stands in for a receiving system: answers with the queued statuses, then acknowledges."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.received: list[tuple[str, bytes, dict[str, str]]] = []

    def __call__(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        self.received.append((url, body, headers))
        root = ElementTree.fromstring(body)
        invoice_id = root.findtext("{http://www.szamlazz.hu/szamla}alap/{http://www.szamlazz.hu/szamla}id")
        status = self.statuses.pop(0) if self.statuses else 200
        ack = (
            f'<szamlavalasz xmlns="http://www.szamlazz.hu/szamlavalasz"><alap><id>{invoice_id}</id>'
            f"<iktatoszam>IKT-1</iktatoszam></alap></szamlavalasz>"
        )
        return status, ack.encode()


@pytest.fixture
def receiver() -> FakeReceiver:
    return FakeReceiver([])


@pytest.fixture
def agent_state(receiver: FakeReceiver) -> AgentState:
    state = AgentState({AGENT_KEY}, PushDispatcher(receiver, sleep=lambda s: None))
    state.load_demo(generate_demo(seed=5, invoices=14))
    return state


@pytest.fixture
def agent(agent_state: AgentState) -> Iterator[TestClient]:
    with TestClient(create_agent_app(agent_state)) as client:
        yield client
