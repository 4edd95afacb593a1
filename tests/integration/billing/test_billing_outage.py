"""Billingo down for a minute: new invoices and a payment made meanwhile are delayed, not lost."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests
from pymongo.database import Database

from tests.integration.billing.conftest import Admin, Emulator
from tests.integration.conftest import Process, wait_until

pytestmark = pytest.mark.integration
OUTAGE_SECONDS = 60


def test_billingo_down_for_a_minute_delays_but_loses_nothing(
    admin: Admin, billingo_poller: Process, status_sync: Process, db: Database[dict[str, Any]],
) -> None:
    with Emulator("billingo", "--invoices", "12", "--seed", "31", "--rate-limit", "100000") as billingo:
        cid = admin.connect(kind="billingo", api_key="demo-write-key", base_url=f"{billingo.url}/v3",
                            site="miskolc")["connection"]["id"]
        docs = billingo.billingo("/documents", per_page=100)["data"]
        invoices = admin.wait_archived(cid, len(docs))
        unpaid = next(d for d in docs if d["payment_status"] in ("outstanding", "expired") and d["type"] == "invoice")
        invoice = next(i for i in invoices if i["external_id"] == str(unpaid["id"]))

        billingo.post("/_emulator/faults", {"down": True})
        # While it is down: three invoices are issued in Billingo, and a payment is recorded here.
        source = next(d for d in docs if d["type"] == "invoice")
        template = {k: v for k, v in source.items() if k not in ("id", "payment_status", "paid_date")}
        added = [billingo.post("/_emulator/documents", {**template, "invoice_number": f"KIES-2025-{n}",
                                                        "cancelled": False, "related_documents": []})
                 for n in (1, 2, 3)]
        queued = admin.pay(invoice["_id"], str(unpaid["gross_total"]), reference="KIESES-ALATT")
        started = time.monotonic()
        while time.monotonic() - started < OUTAGE_SECONDS:
            assert not any(admin.invoice(cid, str(a["id"])) for a in added), "imported while Billingo was down?"
            assert not [w for w in billingo.get("/_emulator/payment-writes")], "written while Billingo was down?"
            time.sleep(2)
        record = db.payment_writebacks.find_one({"_id": queued["payment_id"]})
        assert record is not None and record["outcome"] == "retrying" and record["attempts"] > 1
        cursor = db.ingest_cursors.find_one({"_id": cid})
        assert cursor is not None and cursor["last_error"]  # the poller noticed, and keeps its place

        billingo.post("/_emulator/faults", {"down": False})
        for a in added:
            wait_until(lambda a=a: admin.invoice(cid, str(a["id"])), timeout=90,
                       what=f"{a['invoice_number']} after the outage")
        writes = wait_until(lambda: billingo.get("/_emulator/payment-writes"), timeout=90,
                            what="the payment written back after the outage")
        assert len(writes) == 1 and writes[0]["body"][-1]["voucher_number"] == "KIESES-ALATT"
        pdf = admin.session.get(f"{admin.api}/api/v1/invoices/{admin.invoice(cid, str(added[0]['id']))['_id']}/pdf",
                                timeout=30)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        assert len(admin.invoices(cid)) == len(docs) + 3
        assert requests.get(f"{billingo.url}/v3/documents/{unpaid['id']}", timeout=10,
                            headers={"X-API-KEY": "demo-read-key"}).json()["payment_status"] == "paid"
