"""The signed webhook reads its connection once a second, not once a request
(``adapters/recent_connections.py``): what closes the door (a retired secret, a pause) counts within a
second, what opens it (a new secret, a resume) at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from services.adapters.admin import create_own_system_connection
from services.adapters.own_system_admin import retire_old_secrets, rotate_webhook_secret
from services.adapters.recent_connections import KEPT_SECONDS, RecentConnections
from services.adapters.webhook_client import post_signed, webhook_body
from services.web.deps import Ports
from tests.unit.billing.fakes import FakePublisher, FakeStore
from tests.unit.web.fakes import db_of
from tests.unit.web.webhook_support import in_process, webhook_ports

PDF = b"%PDF-1.7\n% test\n"
URL = "http://testserver/api/v1/webhooks/erp"
TS = 1_700_000_000


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def world(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Ports, requests.Session, Clock, list[str]]]:
    ports = webhook_ports()
    ports.store, ports.publisher = FakeStore(), FakePublisher()  # type: ignore[assignment]
    monkeypatch.setattr("services.web.routes.webhooks.time.time", lambda: float(TS))
    reads: list[str] = []
    clock = Clock()

    def read(connection_id: str) -> dict[str, Any] | None:
        reads.append(connection_id)
        return ports.connections.get(connection_id)

    ports.recent_connections = RecentConnections(read, clock=clock)
    with in_process(ports) as session:
        yield ports, session, clock, reads


def _post(session: requests.Session, secret: str, external_id: str) -> int:
    return post_signed(session, URL, secret, webhook_body(external_id, PDF, filename="x.pdf"),
                       timestamp=TS).status_code


def _connected(ports: Ports, session: requests.Session) -> str:
    """The connection made and one request let in (its document now kept); its secret."""
    secret = create_own_system_connection(db_of(ports), ports.settings, connection_id="erp", tenant="acme",
                                          site="budapest")
    assert _post(session, secret, "first") == 202
    return secret


def test_requests_within_a_second_share_one_read_of_the_connection(
        world: tuple[Ports, requests.Session, Clock, list[str]]) -> None:
    ports, session, clock, reads = world
    secret = _connected(ports, session)
    assert [_post(session, secret, f"x-{i}") for i in range(5)] == [202] * 5
    assert reads == ["erp"]
    clock.now += KEPT_SECONDS
    assert _post(session, secret, "x-5") == 202 and reads == ["erp", "erp"]


def test_a_retired_secret_is_refused_within_a_second_and_a_new_one_taken_at_once(
        world: tuple[Ports, requests.Session, Clock, list[str]]) -> None:
    ports, session, clock, _ = world
    db, old = db_of(ports), _connected(ports, session)
    new = rotate_webhook_secret(db, ports.settings, "erp")  # type: ignore[arg-type]
    assert _post(session, new, "b") == 202  # the kept document lacks it: refused there, read again
    retire_old_secrets(db, "erp")  # type: ignore[arg-type]
    clock.now += KEPT_SECONDS
    assert _post(session, old, "c") == 401
    assert _post(session, new, "d") == 202


def test_a_pause_closes_the_door_within_a_second_and_a_resume_opens_it_at_once(
        world: tuple[Ports, requests.Session, Clock, list[str]]) -> None:
    ports, session, clock, _ = world
    db, secret = db_of(ports), _connected(ports, session)
    db.connections.update_one({"_id": "erp"}, {"$set": {"enabled": False}})
    clock.now += KEPT_SECONDS
    assert _post(session, secret, "b") == 503
    db.connections.update_one({"_id": "erp"}, {"$set": {"enabled": True}})
    assert _post(session, secret, "b") == 202  # no waiting: the refusal kept nothing that refuses
