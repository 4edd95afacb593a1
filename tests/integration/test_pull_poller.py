"""The generic pull poller against the in-house emulator, on the real stack: a pass imports and
archives every invoice with its mapped data, refuses hostile PDF URLs item by item, and a poller
killed mid-pass resumes from its cursor after a restart without archiving anything twice."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.settings import Settings
from services.ingest_pull.connection import create_pull_connection
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING
from tests.integration.conftest import SZT, Process, Tenant, wait_until

BASE = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100"))
EMULATOR_PORT, POLLER_PORT = BASE + 5, BASE + 6
EMULATOR = f"http://127.0.0.1:{EMULATOR_PORT}"
INVOICES = 24


@pytest.fixture(scope="module")
def emulator() -> Iterator[str]:
    proc = Process("inhouse-emulator", [SZT, "emulator", "inhouse", "--port", str(EMULATOR_PORT), "--invoices",
                                        str(INVOICES), "--token", "pull-test-token", "--pdf-delay", "0.15"],
                   f"{EMULATOR}/healthz")
    proc.start()
    yield EMULATOR
    proc.stop()


def _poller() -> Process:
    return Process("pull-poller", [SZT, "run", "pull-poller", "--port", str(POLLER_PORT), "--interval", "1"],
                   f"http://127.0.0.1:{POLLER_PORT}/healthz")


@pytest.fixture()
def pull_connection(tenant: Tenant, db: Database[dict[str, Any]], settings: Settings,
                    emulator: str) -> Iterator[str]:
    cid = f"{tenant.name}-pull"
    create_pull_connection(db, settings, connection_id=cid, tenant=tenant.name, site="budapest",
                           pull={**DEMO_MAPPING, "list_url": f"{emulator}/api/v1/invoices", "page_size": 5},
                           url_hosts=[f"127.0.0.1:{EMULATOR_PORT}", "169.254.169.254:80"], allow_private=True,
                           authorization="Bearer pull-test-token")
    yield cid
    db.connections.update_one({"_id": cid}, {"$set": {"enabled": False}})  # the next test's poller leaves it


def _downloads() -> dict[str, int]:
    stats: dict[str, int] = requests.get(f"{EMULATOR}/_emulator/stats", timeout=5).json()["downloads"]
    return stats


def _archived(db: Database[dict[str, Any]], tenant: str) -> int:
    return db.invoices.count_documents({"tenant": tenant})


def _versions_per_invoice(db: Database[dict[str, Any]], tenant: str) -> list[int]:
    ids = [d["_id"] for d in db.invoices.find({"tenant": tenant}, {"_id": 1})]
    return [db.invoice_versions.count_documents({"invoice_id": i}) for i in ids]


def test_a_pull_pass_archives_every_invoice_with_its_mapped_data_and_refuses_a_metadata_url(
    tenant: Tenant, db: Database[dict[str, Any]], pull_connection: str
) -> None:
    hostile = requests.post(f"{EMULATOR}/_emulator/invoices", json={
        "count": 1, "seed": 77, "pdf_url": "http://169.254.169.254/latest/meta-data/"}, timeout=5).json()["added"]
    poller = _poller()
    poller.start()
    try:
        wait_until(lambda: _archived(db, tenant.name) == INVOICES, timeout=240, interval=1,
                   what=f"{INVOICES} pulled invoices archived")
        health = requests.get(f"http://127.0.0.1:{POLLER_PORT}/healthz", timeout=5).json()
        state = wait_until(lambda: requests.get(f"http://127.0.0.1:{POLLER_PORT}/healthz", timeout=5)
                           .json()["connections"].get(pull_connection), what="the connection in /healthz")
        assert health["status"] == "ok" and state["error"] is None
        metrics = requests.get(f"http://127.0.0.1:{POLLER_PORT}/metrics", timeout=5).text
        assert 'szamlatar_billing_documents_total{outcome="imported",service="pull"}' in metrics
    finally:
        poller.stop()
    refused = db.ingest_items.find_one({"connection_id": pull_connection, "external_id": hostile[0]})
    assert refused is not None and "link-local" in refused["error"]
    assert hostile[0] not in _downloads()
    one = db.invoices.find_one({"tenant": tenant.name, "source.connection_id": pull_connection})
    assert one is not None
    item = db.ingest_items.find_one({"connection_id": pull_connection, "invoice_number": one["invoice_number"]})
    assert item is not None and one["external_id"] == item["external_id"]
    data = one["invoice"]  # the mapped data reached the archive
    assert one["site"] == "budapest" and data["number"] == item["invoice_number"]
    assert data["buyer"]["name"] and data["gross_total"] and data["issue_date"].startswith("202")
    assert _versions_per_invoice(db, tenant.name) == [1] * INVOICES


def test_a_poller_killed_mid_pass_resumes_from_its_cursor_without_duplicates(
    tenant: Tenant, db: Database[dict[str, Any]], pull_connection: str
) -> None:
    before = _downloads()
    poller = _poller()
    poller.start()
    imported = lambda: db.ingest_items.count_documents(  # noqa: E731
        {"connection_id": pull_connection, "pdf_sha256": {"$exists": True}})
    wait_until(lambda: imported() >= 8, timeout=120, what="a third of the pass")
    poller.kill()
    at_kill = imported()
    cursor = db.ingest_cursors.find_one({"_id": pull_connection})
    assert cursor is not None and cursor["cursor"] and at_kill < INVOICES  # killed mid-pass, cursor saved

    restarted = _poller()
    restarted.start()
    try:
        wait_until(lambda: imported() == INVOICES, timeout=180, interval=1, what="the rest after the restart")
        wait_until(lambda: _archived(db, tenant.name) == INVOICES, timeout=240, interval=1,
                   what=f"{INVOICES} archived")
    finally:
        restarted.stop()
    after = _downloads()
    fetched = {k: after.get(k, 0) - before.get(k, 0) for k in after}
    # Resumed rather than restarted: each PDF once, at most the one in flight at the kill twice.
    assert sum(fetched.values()) <= INVOICES + 1, fetched
    assert all(n >= 1 for k, n in fetched.items() if k.startswith("INH-000") and int(k[4:]) <= INVOICES)
    assert _versions_per_invoice(db, tenant.name) == [1] * INVOICES
    numbers = [d["invoice_number"] for d in db.invoices.find({"tenant": tenant.name})]
    assert len(numbers) == len(set(numbers)) == INVOICES
