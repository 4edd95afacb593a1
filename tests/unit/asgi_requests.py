"""One way for tests to point a ``requests`` client at an emulator in-process: an adapter that hands
each request to a Starlette TestClient — no sockets, no server thread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from starlette.testclient import TestClient


class ASGIAdapter(BaseAdapter):
    def __init__(self, client: TestClient, jar: requests.cookies.RequestsCookieJar | None = None) -> None:
        super().__init__()
        self.client = client
        self.jar = jar  # the session's cookie jar, for clients that keep a session (the Számla Agent's JSESSIONID)
        self.sent: list[requests.PreparedRequest] = []
        self.fail_next: list[int] = []  # HTTP statuses to answer instead of the app, in order (a proxy's error page)

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
        response.encoding = "utf-8"
        if self.fail_next:
            response.status_code = self.fail_next.pop(0)
            response._content = b"<html>Service Unavailable</html>"
            response.headers = CaseInsensitiveDict({"Content-Type": "text/html"})
            return response
        answer = self.client.request(
            request.method or "GET", request.url or "", content=request.body, headers=dict(request.headers)
        )
        response.status_code = answer.status_code
        response._content = answer.content
        response.headers = CaseInsensitiveDict(answer.headers)
        # requests fills the session's jar from the urllib3 response, which we do not have; do it here.
        for name, value in answer.cookies.items():
            response.cookies.set(name, value)
            if self.jar is not None:
                self.jar.set(name, value)
        return response

    def close(self) -> None:
        return None


def session_for(client: TestClient, base: str = "http://emulator") -> tuple[requests.Session, ASGIAdapter]:
    session = requests.Session()
    adapter = ASGIAdapter(client, session.cookies)
    session.mount(base, adapter)
    return session, adapter
