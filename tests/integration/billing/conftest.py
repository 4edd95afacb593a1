"""Fixtures of the billing-system integration tests: emulator processes on free ports, the Billingo
poller as a real subprocess (once per session; status-sync's fixture is in the parent conftest), and
a fresh tenant that talks to the API as admin and removes its connections afterwards."""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.settings import Settings
from services.core.enums import Role
from tests.integration.conftest import SZT, Process, wait_until

POLLER_PORT = int(os.environ.get("SZAMLATAR_BILLINGO_POLLER_PORT", "6068"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Emulator:
    """A billing-system emulator subprocess (``szamlatar emulator …``) and its admin routes."""

    def __init__(self, kind: str, *args: str) -> None:
        self.kind, self.port = kind, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = Process(f"emulator-{kind}-{self.port}", [SZT, "emulator", kind, "--port", str(self.port),
                                                                *args], f"{self.url}/healthz")

    def __enter__(self) -> Emulator:
        self.process.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.stop()

    def post(self, path: str, body: Any) -> Any:
        response = requests.post(f"{self.url}{path}", json=body, timeout=30)
        response.raise_for_status()
        return response.json()

    def get(self, path: str, **kwargs: Any) -> Any:
        response = requests.get(f"{self.url}{path}", timeout=30, **kwargs)
        response.raise_for_status()
        return response.json()

    def billingo(self, path: str, **params: Any) -> Any:
        return self.get(f"/v3{path}", params=params, headers={"X-API-KEY": "demo-read-key"})


@pytest.fixture(scope="session")
def billingo_poller(api: str, worker: Process) -> Iterator[Process]:
    proc = Process("billingo-poller", [SZT, "run", "billingo-poller", "--interval", "1"],
                   f"http://127.0.0.1:{POLLER_PORT}/healthz")
    proc.start()
    yield proc
    proc.stop()


class Admin:
    """A fresh tenant with an admin token, creating connections and paying invoices through the API."""

    def __init__(self, api: str, db: Database[dict[str, Any]], settings: Settings) -> None:
        self.api, self.db, self.settings = api, db, settings
        self.tenant = "b" + uuid.uuid4().hex[:10]
        self.created: list[str] = []
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + create_token(db, tenant=self.tenant, role=Role.ADMIN,
                                                                         name="billing-tests")

    def connect(self, **body: Any) -> dict[str, Any]:
        body.setdefault("id", f"{body['kind']}-{self.tenant}")
        response = self.session.post(f"{self.api}/api/v1/connections", json=body, timeout=60)
        assert response.status_code == 201, response.text
        answer: dict[str, Any] = response.json()
        self.created.append(answer["connection"]["id"])
        return answer

    def invoices(self, connection_id: str) -> list[dict[str, Any]]:
        return list(self.db.invoices.find({"tenant": self.tenant, "source.connection_id": connection_id}))

    def invoice(self, connection_id: str, external_id: str) -> dict[str, Any] | None:
        return self.db.invoices.find_one({"tenant": self.tenant, "source.connection_id": connection_id,
                                          "external_id": external_id})

    def wait_archived(self, connection_id: str, count: int, timeout: float = 120.0) -> list[dict[str, Any]]:
        def enough() -> list[dict[str, Any]] | None:
            found = self.invoices(connection_id)
            return found if len(found) >= count else None

        return wait_until(enough, timeout=timeout, interval=0.5,
                          what=f"{count} invoices of {connection_id} archived")

    def pay(self, invoice_id: str, amount: str, reference: str | None = None, key: str | None = None) -> Any:
        headers = {"Idempotency-Key": key} if key else {}
        response = self.session.post(f"{self.api}/api/v1/invoices/{invoice_id}/payments", headers=headers,
                                     json={"date": time.strftime("%Y-%m-%d"), "amount": amount,
                                           "method": "transfer", "reference": reference}, timeout=30)
        assert response.status_code == 202, response.text
        return response.json()

    def payments(self, invoice_id: str) -> dict[str, Any]:
        response = self.session.get(f"{self.api}/api/v1/invoices/{invoice_id}/payments", timeout=30)
        response.raise_for_status()
        answer: dict[str, Any] = response.json()
        return answer


@pytest.fixture()
def admin(api: str, worker: Process, db: Database[dict[str, Any]], settings: Settings) -> Iterator[Admin]:
    tenant = Admin(api, db, settings)
    yield tenant
    for connection_id in tenant.created:  # a stopped emulator's connection is not polled any more
        tenant.session.delete(f"{api}/api/v1/connections/{connection_id}", timeout=30)
