"""Integration fixtures: the real Kafka, versitygw and FerretDB of the test profile (started by
`make test-integration`), plus the API and the faust worker as real subprocesses."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from kafka import KafkaConsumer
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection, create_token, upsert_client
from services.adapters.kafka_auth import client_options
from services.adapters.kafka_producer import EventPublisher
from services.adapters.mongo import connect
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import KafkaAuth, Settings, load_settings
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from tests.chaos.stack import LOGS, Process, start_servers, wait_until
from tests.chaos.topics import json_objects

ROOT = Path(__file__).resolve().parents[2]
# Moved to tests/chaos (the drill uses them outside pytest); the tests import them from here.
__all__ = ["LOGS", "Process", "json_objects", "wait_until"]

if "SZAMLATAR_KAFKA_BOOTSTRAP" not in os.environ:
    pytest.skip("integration tests need the test stack: run `make test-integration`", allow_module_level=True)


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def db(settings: Settings) -> Database[dict[str, Any]]:
    return connect(settings)


@pytest.fixture(scope="session")
def store(settings: Settings) -> S3ObjectStore:
    return S3ObjectStore(settings)


@pytest.fixture(scope="session")
def publisher(settings: Settings) -> Iterator[EventPublisher]:
    pub = EventPublisher(settings.kafka_bootstrap, client_id="tests")
    yield pub
    pub.close()


SZT = str(Path(sys.executable).parent / "szamlatar")


INDEXER_PORT = int(os.environ.get("SZAMLATAR_INDEXER_PORT", "8003"))


@pytest.fixture(scope="session")
def indexer(settings: Settings) -> Iterator[Process]:
    """The query index's indexer, which search through the API needs (issue 11)."""
    proc = Process("indexer", [SZT, "run", "indexer"], f"http://127.0.0.1:{INDEXER_PORT}/healthz")
    proc.start()
    yield proc
    proc.stop()


@pytest.fixture(scope="session")
def api(settings: Settings, indexer: Process) -> Iterator[str]:
    proc = Process("api", [SZT, "run", "api"], f"http://127.0.0.1:{settings.api_port}/healthz")
    proc.start()
    yield f"http://127.0.0.1:{settings.api_port}"
    proc.stop()


@pytest.fixture()
def servers_back() -> Iterator[None]:
    """Whatever a test SIGKILLs of Kafka, versitygw and FerretDB runs again after it, pass or fail."""
    yield
    start_servers()


@pytest.fixture(scope="session")
def worker(settings: Settings) -> Iterator[Process]:
    proc = Process("worker", [SZT, "run", "worker"], f"http://127.0.0.1:{settings.worker_web_port}/healthz")
    proc.start()
    yield proc
    proc.stop()


STATUS_SYNC_PORT = int(os.environ.get("SZAMLATAR_STATUS_SYNC_PORT", "6069"))


@pytest.fixture(scope="session")
def status_sync_process(api: str, worker: Process) -> Iterator[Process]:
    proc = Process("status-sync", [SZT, "run", "status-sync"], f"http://127.0.0.1:{STATUS_SYNC_PORT}/healthz")
    proc.start()
    yield proc
    proc.stop()


@pytest.fixture()
def status_sync(status_sync_process: Process, settings: Settings) -> Process:
    """The status-sync process, after it has worked through the payment events earlier tests made
    (hundreds after the backfill test), so a test's own deadline measures only its own event."""
    wait_for_group_caught_up(settings.kafka_bootstrap, "szamlatar-status-sync", ("invoice.payment",))
    return status_sync_process


@pytest.fixture(scope="module")
def downstream(settings: Settings) -> Iterator[Process]:
    port = settings.api_port + 2
    # --host as docker-compose.yml passes it (there 0.0.0.0, for Prometheus in another container)
    proc = Process("downstream", [SZT, "run", "downstream", "--host", "127.0.0.1", "--port", str(port)],
                   f"http://127.0.0.1:{port}/healthz")
    proc.start()
    wait_for_group_caught_up(settings.kafka_bootstrap, "szamlatar-downstream",
                             ("invoice.archived", "invoice.matched", "reference.changed"))
    yield proc
    proc.stop()


def szt(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI, with a console wide enough that rich tables do not fold the cells."""
    return subprocess.run([SZT, *args], capture_output=True, text=True, timeout=180, check=False,
                          env={**os.environ, "COLUMNS": "250"})


def metric(process: Process, name: str, labels: dict[str, str]) -> float | None:
    """One sample of the process's /metrics, ``None`` when it has no such series."""
    from prometheus_client.parser import text_string_to_metric_families

    text = requests.get(process.health_url.replace("/healthz", "/metrics"), timeout=5).text
    return next((s.value for family in text_string_to_metric_families(text) for s in family.samples
                 if s.name == name and s.labels == labels), None)


class Tenant:
    """A fresh tenant per test: its own connection, secret, token and clients."""

    def __init__(self, api: str, db: Database[dict[str, Any]], settings: Settings) -> None:
        self.api, self.db = api, db
        self.name = "t" + uuid.uuid4().hex[:10]
        self.connection_id = f"{self.name}-erp"
        self.secret = create_own_system_connection(db, settings, connection_id=self.connection_id,
                                                   tenant=self.name, site="budapest")
        self.token = create_token(db, tenant=self.name, role=Role.FINANCE, name="tests")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {self.token}"

    def add_client(self, client_id: str, name: str, tax_number: str) -> None:
        upsert_client(self.db, tenant=self.name, client_id=client_id, name=name, tax_number=tax_number)

    def post(self, external_id: str, pdf: bytes, invoice: dict[str, Any] | None = None,
             secret: str | None = None, timestamp: int | None = None) -> requests.Response:
        body = webhook_body(external_id, pdf, filename=f"{external_id}.pdf", invoice=invoice)
        return post_signed(requests.Session(), f"{self.api}/api/v1/webhooks/{self.connection_id}",
                           secret or self.secret, body, timestamp=timestamp)

    def search(self, **params: Any) -> dict[str, Any]:
        response = self.session.get(f"{self.api}/api/v1/invoices", params=params, timeout=30)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def archived_count(self) -> int:
        """The tenant's archived invoices that search finds as well: the index follows the store within
        about a second, and the tests that wait for archiving go on to search."""
        stored = self.db.invoices.count_documents({"tenant": self.name})
        return min(stored, int(self.search(page_size=1)["total"])) if stored else 0


@pytest.fixture()
def tenant(api: str, worker: Process, db: Database[dict[str, Any]], settings: Settings) -> Tenant:
    return Tenant(api, db, settings)


def consume_matching(bootstrap: str, topic: str, predicate: Callable[[dict[str, Any]], bool],
                     timeout: float = 30.0, auth: KafkaAuth | None = None) -> dict[str, Any]:
    """The first JSON message on ``topic`` (read from the start) that satisfies ``predicate``; records that
    are not a JSON object are passed over."""
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                             enable_auto_commit=False, group_id=None, consumer_timeout_ms=1000,
                             **client_options(auth))
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            for record in json_objects(consumer):
                if predicate(record):
                    return record
        raise AssertionError(f"no matching message on {topic} within {timeout:.0f}s")
    finally:
        consumer.close()


def wait_for_group_caught_up(bootstrap: str, group: str, topics: tuple[str, ...], timeout: float = 300.0) -> None:
    """Until ``group`` has committed up to the end of ``topics``: a consumer started late in the
    suite first works through what earlier tests produced, and a test must not race it."""
    from kafka import TopicPartition

    # A consumer with the group id but no subscription reads the group's commits without joining it.
    probe = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(t, p) for t in topics for p in (probe.partitions_for_topic(t) or ())]
        ends = probe.end_offsets(partitions)

        def caught_up() -> bool:
            return all(ends[tp] == 0 or (probe.committed(tp) or 0) >= ends[tp] for tp in partitions)

        wait_until(caught_up, timeout=timeout, interval=1, what=f"consumer group {group} to catch up")
    finally:
        probe.close()


def csrf_of(html: str) -> str:
    """The CSRF token a UI page's form carries."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def ui_login(api: str, tenant: str, username: str, password: str) -> requests.Session:
    """A browser-like session signed in to the web UI (the login form with its double-submit token)."""
    browser = requests.Session()
    form = browser.get(f"{api}/ui/login", timeout=30)
    assert form.status_code == 200
    done = browser.post(f"{api}/ui/login", timeout=30, allow_redirects=False, data={
        "tenant": tenant, "username": username, "password": password, "csrf_token": csrf_of(form.text)})
    assert done.status_code == 303, done.text[:500]
    return browser
