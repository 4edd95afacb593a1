"""Emulator fixtures shared by the emulator and client tests (imported by both conftest files)."""

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from services.emulators.billingo.app import create_app
from services.emulators.billingo.state import ApiKey, BillingoState
from services.emulators.demo_data import generate_demo

READ_KEY, WRITE_KEY, BROKE_KEY = "read-key", "write-key", "no-subscription-key"


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
