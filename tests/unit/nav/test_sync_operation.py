"""The NAV sync reads invoiceOperation from the digest and hands it to the reader: a storno stays a storno."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.core import nav_signing as nav
from services.ingest_nav.sync import sync_nav

from .conftest import TAX_NUMBER, ASGIAdapter, FakeClock
from .test_client import make_client

SAMPLE = Path(__file__).parents[2] / "golden" / "nav" / "Teves_termek_helyesbitese_20.xml"


class FakeNavInvoiceRepo:
    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}

    def ensure_indexes(self) -> None:
        pass

    def get(self, record_id: str) -> dict[str, Any] | None:
        return self.docs.get(record_id)

    def upsert(self, record: dict[str, Any]) -> None:
        self.docs[record["_id"]] = record


@pytest.mark.parametrize(("operation", "kind"), [("STORNO", "storno"), ("MODIFY", "correction")])
def test_nav_sync_reads_a_modifying_report_as_its_operation_says(
    operation: str, kind: str, adapter: ASGIAdapter, emulator: TestClient, credentials: nav.NavCredentials,
    clock: FakeClock,
) -> None:
    xml = (SAMPLE.read_bytes().replace(b"<base:taxpayerId>99999999<", f"<base:taxpayerId>{TAX_NUMBER}<".encode())
           .replace(b"<invoiceNumber>ZZZ000002<", f"<invoiceNumber>T-{operation}<".encode()))
    planted = emulator.post("/_emulator/invoices", json={
        "invoiceDataBase64": base64.b64encode(xml).decode(), "operation": operation, "compress": True,
        "insDate": datetime(2021, 5, 21, tzinfo=UTC).isoformat(),
    })
    assert planted.status_code == 201, planted.text
    repo = FakeNavInvoiceRepo()
    report = sync_nav(make_client(adapter, credentials, clock), repo, tenant="t", connection_id="nav-1",  # type: ignore[arg-type]
                      date_from=date(2021, 5, 1), date_to=date(2021, 5, 31))
    assert report.failed == []
    [doc] = [d for d in repo.docs.values() if d["invoice_number"] == f"T-{operation}"]
    assert doc["operation"] == operation
    assert doc["invoice"]["kind"] == kind
    assert doc["invoice"]["references"]["preceding_invoice"] == "ZZZ000001"
