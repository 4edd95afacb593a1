"""NAV emulator in-process: a fixed clock, the demo user, and a requests adapter into the ASGI app."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from starlette.testclient import TestClient

from services.core import nav_signing as nav
from services.emulators.nav.app import DEMO_USER, EmulatorSettings, create_app

NOW = datetime(2024, 3, 1, 12, 0, 0, tzinfo=UTC)
TAX_NUMBER = DEMO_USER.tax_number
BASE_URL = "http://nav.test/invoiceService/v3"


class FakeClock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class ASGIAdapter(BaseAdapter):
    """Hands each ``requests`` call to a Starlette TestClient: no sockets, no server thread."""

    def __init__(self, client: TestClient) -> None:
        super().__init__()
        self.client = client
        self.sent: list[requests.PreparedRequest] = []
        self.fail_next: list[int] = []  # HTTP statuses to answer instead of the app, in order

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        self.sent.append(request)
        response = requests.Response()
        response.request = request
        response.url = request.url or ""
        if self.fail_next:
            response.status_code = self.fail_next.pop(0)
            response._content = b"<html>Service Unavailable</html>"
            response.headers = CaseInsensitiveDict({"Content-Type": "text/html"})
            return response
        body = request.body if isinstance(request.body, bytes) else (request.body or "").encode()
        answer = self.client.request(
            request.method or "POST", request.url or "", content=body, headers=dict(request.headers)
        )
        response.status_code = answer.status_code
        response._content = answer.content
        response.headers = CaseInsensitiveDict(answer.headers)
        return response

    def close(self) -> None:
        pass


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def credentials() -> nav.NavCredentials:
    return nav.NavCredentials(
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
