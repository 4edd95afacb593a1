"""Stand-ins for the web edge's tests (issue 9 §6): an archive store with the real streaming contract,
repositories that encode what they would send with the real BSON encoder, and login helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import bson
from fastapi.testclient import TestClient

from services.core.connection_model import Connection
from services.core.enums import Role
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import Accounts, AuditLog, InvoiceRepo
from tests.unit.web.fakes import fake_ports, invoice_doc

TENANT = "acme"
PASSWORD = "correct horse 1"
PDF = b"%PDF-1.7\n" + b"x" * 100 + b"\n%%EOF\n"


class FakeStore:
    """The archive's ``stream`` contract: a generator that opens the object (and authenticates its first
    segment) only when first read; ``failures`` maps an object key to the error opening it raises.
    ``audited_when_opened`` records how many audit entries existed each time an object was opened."""

    def __init__(self, audit: AuditLog) -> None:
        self.objects: dict[str, list[bytes]] = {}
        self.failures: dict[str, Exception] = {}
        self.audit = audit
        self.audited_when_opened: list[int] = []

    def stream(self, bucket: str, key: str, version_id: str | None = None) -> Iterator[bytes]:
        self.audited_when_opened.append(len(self.audit.log))
        if key in self.failures:
            raise self.failures[key]
        yield from self.objects[key]


class BsonInvoiceRepo(InvoiceRepo):
    """Encodes what pymongo would send (filter, skip, limit) with the real BSON encoder first, so a
    number the database cannot take fails here as it does against FerretDB."""

    def search(self, query: dict[str, Any], *, skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        bson.encode({"filter": query, "skip": skip, "limit": limit})
        return super().search(query, skip=skip, limit=limit)


class BsonAuditLog(AuditLog):
    def trail(self, tenant: str, target: str, *, after_seq: int = 0, limit: int = 0) -> list[dict[str, Any]]:
        bson.encode({"seq": {"$gt": after_seq}, "limit": limit})
        return super().trail(tenant, target, after_seq=after_seq, limit=limit)


class AdminTokens:
    """Every bearer token is an unrestricted admin of TENANT: a request reaches every route's validation."""

    def get(self, token_hash: str) -> dict[str, Any] | None:
        return {"tenant": TENANT, "role": "admin", "name": "t"}


class NoConnections:
    """No connection of any kind exists."""

    def get(self, connection_id: str) -> dict[str, Any] | None:
        return None

    def connection(self, connection_id: str) -> Connection | None:
        return None

    def active(self, connection_id: str) -> Connection | None:
        return None

    def upsert(self, connection: dict[str, Any]) -> None:
        raise AssertionError("the edge tests store no connection")


def edge_ports() -> Ports:
    ports = fake_ports()
    audit = BsonAuditLog(batch_size=2)
    ports.audit = audit
    ports.invoices = BsonInvoiceRepo()
    ports.store = FakeStore(audit)  # type: ignore[assignment]
    # api_port: what the billing context (billing_deps.get_billing) reads, for the routes that take it
    ports.settings = SimpleNamespace(archive_bucket="archive", api_port=8000)  # type: ignore[assignment]
    ports.connections = NoConnections()
    accounts = ports.accounts
    assert isinstance(accounts, Accounts)
    accounts.add_user(TENANT, "anna", PASSWORD, Role.FINANCE)
    accounts.add_user(TENANT, "bela", PASSWORD, Role.FINANCE)
    accounts.add_user("globex", "cecil", PASSWORD, Role.FINANCE)
    return ports


def edge_client(ports: Ports, **kwargs: Any) -> TestClient:
    return TestClient(create_app(None, ports), follow_redirects=False, **kwargs)  # type: ignore[arg-type]


def login(client: TestClient, username: str, password: str = PASSWORD, tenant: str = TENANT) -> Any:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/ui/login").text)
    assert found
    return client.post("/ui/login", data={"tenant": tenant, "username": username, "password": password,
                                          "csrf_token": found.group(1)})


def add_invoice(ports: Ports, invoice_id: str, number: str, chunks: list[bytes] | None = None,
                failure: Exception | None = None) -> None:
    invoices = ports.invoices
    assert isinstance(invoices, InvoiceRepo)
    invoices.add(invoice_doc(invoice_id, tenant=TENANT, site="budapest", number=number, gross="1000"),
                 versions=[{"version": 1, "sha256": "a" * 64, "size": len(PDF), "object_key": f"k/{invoice_id}",
                            "archived_at": datetime.now(UTC)}])
    store: FakeStore = ports.store  # type: ignore[assignment]
    store.objects[f"k/{invoice_id}"] = chunks if chunks is not None else [PDF[:50], PDF[50:]]
    if failure is not None:
        store.failures[f"k/{invoice_id}"] = failure


def pdf_reads(ports: Ports) -> list[dict[str, Any]]:
    assert isinstance(ports.audit, AuditLog)
    return [e for e in ports.audit.log if e["action"] == "invoice.pdf.read"]
