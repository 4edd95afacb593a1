"""A Billingo account's history lands exactly once, PDFs and all: through `szamlatar billing backfill`,
and as a job asked for through the API that the Billingo poller runs."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from tests.integration.billing.conftest import Admin, Emulator
from tests.integration.conftest import ROOT, SZT, Process, wait_until

pytestmark = pytest.mark.integration
COUNT = 500


def _backfill(connection_id: str) -> subprocess.Popen[str]:
    return subprocess.Popen([SZT, "billing", "backfill", connection_id, "--since", "2024-01-01", "--concurrency", "16"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_backfill_of_500_invoices_through_202s_and_429s_lands_exactly_500_with_pdfs(
    admin: Admin, db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings,
) -> None:
    with Emulator("billingo", "--invoices", str(COUNT), "--seed", "11", "--rate-limit", "100000") as billingo:
        created = admin.connect(kind="billingo", api_key="demo-write-key", base_url=f"{billingo.url}/v3",
                                site="budapest", enabled=False)  # disabled: the poller leaves it to the backfill
        connection_id = created["connection"]["id"]
        assert created["test"]["ok"] and created["test"]["total"] == COUNT, created["test"]
        # Every document's first download answers 202 "not generated yet" (Retry-After: 1)…
        billingo.post("/_emulator/faults", {"pdf_pending_calls": 1, "retry_after": 1})
        backfill = _backfill(connection_id)
        # …and once downloads are under way, the next 40 calls are answered 429 Too Many Requests.
        wait_until(lambda: db.ingest_items.count_documents({"connection_id": connection_id}) >= 100 or
                   backfill.poll() is not None, timeout=300, what="the backfill to be under way")
        billingo.post("/_emulator/faults", {"force_429": 40})
        out, err = backfill.communicate(timeout=600)
        assert backfill.returncode == 0, out + err
        assert f"{COUNT} imported" in err

        invoices = admin.wait_archived(connection_id, COUNT, timeout=420)
        assert len(invoices) == COUNT
        assert len({i["external_id"] for i in invoices}) == COUNT
        external_ids = {str(d["id"]) for d in _all_documents(billingo)}
        assert {i["external_id"] for i in invoices} == external_ids
        versions = list(db.invoice_versions.find({"tenant": admin.tenant}))
        assert len(versions) == COUNT and all(v["version"] == 1 for v in versions)
        # Every archived object is there; a sample is read back through the API as the PDF it was.
        for version in versions[:: COUNT // 10]:
            response = admin.session.get(f"{admin.api}/api/v1/invoices/{version['invoice_id']}/pdf", timeout=30)
            assert response.status_code == 200 and response.content.startswith(b"%PDF")
        assert db.ingest_items.count_documents({"connection_id": connection_id}) == COUNT

        waits = requests.get(f"{billingo.url}/_emulator/faults", timeout=30).json()
        assert waits["force_429"] == 0  # every forced 429 was met and waited out

        again = _backfill(connection_id)  # resumable and idempotent: nothing is imported twice
        out, err = again.communicate(timeout=300)
        assert again.returncode == 0 and f"{COUNT} unchanged" in err, out + err
        assert db.invoice_versions.count_documents({"tenant": admin.tenant}) == COUNT


def test_a_backfill_asked_through_the_api_is_run_by_the_poller_to_done_with_every_invoice_archived(
    admin: Admin, billingo_poller: Process, db: Database[dict[str, Any]],
) -> None:
    count = 30
    with Emulator("billingo", "--invoices", str(count), "--seed", "12", "--rate-limit", "100000") as billingo:
        created = admin.connect(kind="billingo", api_key="demo-write-key", base_url=f"{billingo.url}/v3",
                                site="budapest", enabled=False)  # paused: only the back-fill fetches
        connection_id = created["connection"]["id"]
        url = f"{admin.api}/api/v1/connections/{connection_id}/backfill"
        asked = admin.session.post(url, json={"since": "2020-01-01"}, timeout=30)
        assert asked.status_code == 202 and asked.json()["status"] == "queued", asked.text
        assert admin.session.post(url, json={"since": "2020-01-01"}, timeout=30).status_code == 409

        def ended() -> dict[str, Any] | None:
            job: dict[str, Any] = admin.session.get(url, timeout=30).json()["job"]
            return job if job["status"] in ("done", "failed") else None

        job = wait_until(ended, timeout=300, interval=1.0, what="the back-fill job to end")
        assert job["status"] == "done", job
        assert (job["total"], job["done"], job["outcomes"].get("imported")) == (count, count, count), job
        assert job["progress"]["hu"] == f"Kész: {count} / {count} számla — {count} új, 0 már megvolt"
        invoices = admin.wait_archived(connection_id, count, timeout=300)
        assert {i["external_id"] for i in invoices} == {str(d["id"]) for d in _all_documents(billingo)}
        assert db.ingest_items.count_documents({"connection_id": connection_id}) == count
        entries = list(db.audit_log.find({"tenant": admin.tenant, "action": "connection.backfill_requested"}))
        assert [e["target"] for e in entries] == [connection_id]

        again = admin.session.post(url, json={"since": "2020-01-01"}, timeout=30)  # idempotent: nothing twice
        assert again.status_code == 202
        job = wait_until(ended, timeout=300, interval=1.0, what="the second back-fill job to end")
        assert job["status"] == "done" and job["outcomes"] == {"unchanged": count}, job
        assert db.invoice_versions.count_documents({"tenant": admin.tenant}) == count


def _all_documents(billingo: Emulator) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    page = 1
    while True:
        body = billingo.billingo("/documents", page=page, per_page=100)
        found += body["data"]
        if page >= body["last_page"]:
            return found
        page += 1
