"""Clients talk to the emulators in-process: a requests adapter hands each request to the ASGI app."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests
from requests.adapters import BaseAdapter
from starlette.testclient import TestClient


class ASGIAdapter(BaseAdapter):
    """Route a ``requests.Session`` into a Starlette TestClient; no sockets, no threads of our own."""

    def __init__(self, client: TestClient, jar: requests.cookies.RequestsCookieJar) -> None:
        super().__init__()
        self.client = client
        self.jar = jar
        self.sent: list[requests.PreparedRequest] = []

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
        answer = self.client.request(
            request.method or "GET", request.url or "", content=request.body, headers=dict(request.headers)
        )
        response = requests.Response()
        response.status_code = answer.status_code
        response._content = answer.content
        response.headers.update(answer.headers)
        response.url = request.url or ""
        response.request = request
        response.encoding = "utf-8"
        # requests fills the session's jar from the urllib3 response, which we do not have; do it here.
        for name, value in answer.cookies.items():
            response.cookies.set(name, value)
            self.jar.set(name, value)
        return response

    def close(self) -> None:
        return None


def session_for(client: TestClient, base: str = "http://emulator") -> tuple[requests.Session, ASGIAdapter]:
    session = requests.Session()
    adapter = ASGIAdapter(client, session.cookies)
    session.mount(base, adapter)
    return session, adapter


from tests.unit.emulators.fixtures import billingo, billingo_state, clock  # noqa: E402, F401  (fixtures)
