"""The API in-process for webhook tests: fake ports with a real connection repository, and a
``requests`` session that reaches the app without sockets (so the project's own webhook client is used)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import requests
from fastapi.testclient import TestClient

from services.adapters.connections import ConnectionRepo
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import FakeRepos
from tests.unit.asgi_requests import ASGIAdapter
from tests.unit.billing.fakes import settings
from tests.unit.web.fakes import db_of, fake_ports


def webhook_ports(repos: FakeRepos | None = None) -> Ports:
    ports = fake_ports(repos)
    ports.settings = settings()
    ports.connections = ConnectionRepo(db_of(ports))  # where create_own_system_connection writes
    return ports


@contextmanager
def in_process(ports: Ports) -> Iterator[requests.Session]:
    with TestClient(create_app(None, ports), follow_redirects=False) as client:  # type: ignore[arg-type]
        session = requests.Session()
        session.mount("http://testserver", ASGIAdapter(client))
        yield session
