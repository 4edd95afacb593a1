"""Start each emulator through the CLI on a free port and talk to it with the real clients."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
import requests

from services.adapters.sealer import Sealer
from services.billingo.client import BillingoClient
from services.core.connections import describe_test
from services.szamlazz.client import InvoiceNotFoundError, SzamlaAgentClient
from services.szamlazz.probe import probe_szamlazz
from tests.unit.billing.fakes import fake_repos, settings


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def _running(*args: str) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "services.cli", "emulator", *args, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:  # poll with a deadline until the port answers
            try:
                requests.post(f"{base}/_emulator/faults", json={}, timeout=0.5)
                break
            except requests.ConnectionError as exc:
                if process.poll() is not None or time.monotonic() > deadline:
                    stderr = process.stderr.read() if process.stderr else b""
                    raise RuntimeError(f"emulator did not start: {stderr!r}") from exc
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_billingo_emulator_process_serves_the_client() -> None:
    with _running("billingo", "--seed", "3", "--invoices", "9", "--write-key", "proc-key") as base:
        client = BillingoClient("proc-key", base_url=f"{base}/v3", sleep=lambda s: None)
        docs = list(client.list_documents(per_page=4))
        assert len(docs) == 9
        assert client.download_pdf(docs[0]["id"]).startswith(b"%PDF")


def test_szamlazz_emulator_process_serves_the_client() -> None:
    with _running("szamlazz", "--agent-key", "proc-agent-key") as base:
        client = SzamlaAgentClient("proc-agent-key", url=f"{base}/szamla/", sleep=lambda s: None)
        with pytest.raises(InvoiceNotFoundError):
            client.get_pdf(invoice_number="NINCS-1")
        issued = requests.post(f"{base}/_emulator/invoices", json={}, timeout=5).json()
        assert client.get_pdf(invoice_number=issued["szamlaszam"]).startswith(b"%PDF")


def test_the_szamlazz_connection_test_works_against_the_emulator_process() -> None:
    """What ``make run`` shows for the demo's Számlázz.hu connection: the emulator needs no vendor files."""
    config = settings()
    with _running("szamlazz", "--agent-key", "demo-agent-key") as base:
        connection = {"_id": "demo-szamlazz", "kind": "szamlazz", "tenant": "demo", "base_url": f"{base}/szamla/",
                      "credentials": {"agent_key": Sealer.of(config).seal("demo-agent-key")}}
        outcome = probe_szamlazz(config, connection, fake_repos().ingest, None, datetime.now(UTC))
        wrong = probe_szamlazz(
            config, {**connection, "credentials": {"agent_key": Sealer.of(config).seal("rossz")}}, fake_repos().ingest,
            None, datetime.now(UTC))
    answer = describe_test("szamlazz", outcome)
    assert answer["ok"], answer
    assert answer["message"]["hu"].startswith("A Számla Agent kulcs érvényes")
    assert describe_test("szamlazz", wrong)["reason"] == "wrong_key"
