"""Search through the query index (issue 11) on the real stack: an invoice archived through the
pipeline is found through the API within a second; two API processes answer the same; a killed
indexer resumes from its committed offsets without losing an entry; ``index verify`` names a planted
difference; ``index rebuild`` swaps in a new index while search keeps answering."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from services.adapters.settings import Settings
from services.core.keys import invoice_id_of
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import SZT, Process, Tenant, metric, szt, wait_until

DOCS = demo_documents(demo_book(6, seed=23))


def _invoice_id(tenant: Tenant, external_id: str) -> str:
    return invoice_id_of({"tenant": tenant.name, "external_id": external_id,
                          "source": {"kind": "own_system", "connection_id": tenant.connection_id}})


def _archive(tenant: Tenant, external_id: str, index: int) -> str:
    inv, pdf = DOCS[index]
    response = tenant.post(external_id, pdf, invoice_metadata(inv))
    assert response.status_code == 202, response.text
    return _invoice_id(tenant, external_id)


def _ids(tenant: Tenant, **params: Any) -> list[str]:
    return [i["id"] for i in tenant.search(**params)["items"]]


def test_an_invoice_archived_through_the_pipeline_is_found_through_the_api_within_a_second(
        tenant: Tenant, indexer: Process) -> None:
    searchable = {"stage": "searchable"}
    timed_before = metric(indexer, "szamlatar_stage_end_to_end_seconds_count", searchable) or 0.0
    invoice_id = _archive(tenant, "fast-1", 0)
    # The archive stage writes the view, its audit entry and its version record, then publishes
    # invoice.archived; the second starts when the view is in the store.
    wait_until(lambda: tenant.db.invoices.find_one({"_id": invoice_id}), timeout=60, interval=0.02,
               what="the archived view")
    archived = time.monotonic()
    wait_until(lambda: invoice_id in _ids(tenant), timeout=5, interval=0.02, what="the invoice in search")
    assert time.monotonic() - archived <= 1.0
    inv = DOCS[0][0]
    assert _ids(tenant, number=inv.number[:4]) == [invoice_id]
    assert _ids(tenant, q=inv.buyer.name) == [invoice_id]
    # The indexer timed it, 202 → searchable, at the commit (the alert's series).
    assert (metric(indexer, "szamlatar_stage_end_to_end_seconds_count", searchable) or 0.0) >= timed_before + 1


@pytest.fixture()
def second_api(settings: Settings) -> Iterator[str]:
    port = settings.api_port + 4
    proc = Process("api-2", [SZT, "run", "api", "--port", str(port)], f"http://127.0.0.1:{port}/healthz")
    proc.start()
    yield f"http://127.0.0.1:{port}"
    proc.stop()


def test_two_api_processes_answer_the_same(tenant: Tenant, second_api: str) -> None:
    ids = [_archive(tenant, f"two-{i}", i) for i in range(4)]
    wait_until(lambda: tenant.search()["total"] == 4, timeout=60, what="four invoices in search")
    queries: list[dict[str, Any]] = [
        {}, {"sort": "gross_total"}, {"page_size": 2, "page": 2, "sort": "-invoice_number"},
        {"number": DOCS[1][0].number}, {"facets": "true"},
    ]
    for params in queries:
        first = tenant.search(**params)
        other = tenant.session.get(f"{second_api}/api/v1/invoices", params=params, timeout=30)
        assert other.status_code == 200
        assert other.json() == first, params
    assert sorted(i["id"] for i in tenant.search()["items"]) == sorted(ids)


def test_a_killed_indexer_resumes_from_its_offsets_without_losing_an_entry(tenant: Tenant, indexer: Process) -> None:
    indexer.kill()
    try:
        ids = [_archive(tenant, f"down-{i}", i) for i in range(3)]
        wait_until(lambda: all(tenant.db.invoices.find_one({"_id": i}) for i in ids), timeout=60,
                   what="three archived views while the indexer is down")
        assert tenant.search()["total"] == 0  # nothing indexes them meanwhile
    finally:
        indexer.start()
    wait_until(lambda: tenant.search()["total"] == 3, timeout=60, what="the indexer to catch up")
    verified = szt("index", "verify", "--tenant", tenant.name)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "index and store agree" in verified.stdout


def test_index_verify_names_a_planted_difference(tenant: Tenant) -> None:
    invoice_id = _archive(tenant, "plain-1", 0)
    wait_until(lambda: invoice_id in _ids(tenant), timeout=60, what="the invoice in search")
    planted = f"planted-{tenant.name}"
    tenant.db.invoices.replace_one({"_id": planted}, {"_id": planted, "tenant": tenant.name, "site": "budapest",
                                                       "current_version": 1}, upsert=True)
    verified = szt("index", "verify", "--tenant", tenant.name)
    assert verified.returncode == 1
    assert f"missing from the index: 1: {planted}" in verified.stdout
    tenant.db.invoices.delete_one({"_id": planted})


def test_a_rebuild_swaps_in_a_new_index_while_search_keeps_answering(tenant: Tenant) -> None:
    ids = [_archive(tenant, f"re-{i}", i) for i in range(3)]
    wait_until(lambda: tenant.search()["total"] == 3, timeout=60, what="three invoices in search")
    answers: list[tuple[int, int]] = []
    done = threading.Event()

    def keep_searching() -> None:
        session = requests.Session()
        session.headers.update(tenant.session.headers)
        while not done.is_set():
            got = session.get(f"{tenant.api}/api/v1/invoices", timeout=30)
            answers.append((got.status_code, got.json().get("total", -1) if got.ok else -1))

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        rebuilt = subprocess.run([SZT, "index", "rebuild"], capture_output=True, text=True, timeout=600, check=False)
    finally:
        done.set()
        searcher.join()
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "rebuilt gen-" in rebuilt.stdout
    assert answers and set(answers) == {(200, 3)}, set(answers)
    assert sorted(_ids(tenant)) == sorted(ids)
    assert szt("index", "verify", "--tenant", tenant.name).returncode == 0
