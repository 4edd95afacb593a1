"""NAV emulator in-process: a fixed clock, the demo user, and a requests adapter into the ASGI app."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from starlette.testclient import TestClient

from services.nav.protocol.signing import NavCredentials
from szamlatar_dev.emulators.nav.app import DEMO_USER, EmulatorSettings, create_app
from tests.unit.asgi_requests import ASGIAdapter

NOW = datetime(2024, 3, 1, 12, 0, 0, tzinfo=UTC)
TAX_NUMBER = DEMO_USER.tax_number
BASE_URL = "http://nav.test/invoiceService/v3"


class FakeClock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def credentials() -> NavCredentials:
    return NavCredentials(
        login=DEMO_USER.login,
        password_hash=DEMO_USER.password_hash,
        tax_number=DEMO_USER.tax_number,
        signature_key=DEMO_USER.signature_key,
        exchange_key=DEMO_USER.exchange_key,
    )


@pytest.fixture
def emulator(clock: FakeClock) -> Iterator[TestClient]:
    app = create_app(
        EmulatorSettings(seed_tax_number=TAX_NUMBER), clock=clock, token_factory=lambda: "TOKEN-0001"
    )
    with TestClient(app) as client:
        yield client


@pytest.fixture
def adapter(emulator: TestClient) -> ASGIAdapter:
    return ASGIAdapter(emulator)
