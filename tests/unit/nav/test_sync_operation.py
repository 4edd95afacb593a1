"""The NAV sync reads invoiceOperation from the digest and hands it to the reader: a storno stays a storno."""

from __future__ import annotations

import base64
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from starlette.testclient import TestClient

from services.nav.protocol.signing import NavCredentials
from services.nav.sync import sync_nav
from szamlatar_dev.emulators.nav.invoice_data import VAT_27, InvoiceSpec, Line, Reference, invoice_data
from szamlatar_dev.emulators.nav.seed import CUSTOMER_LOGISTICS, company

from .conftest import TAX_NUMBER, ASGIAdapter, FakeClock
from .test_client import make_client


def modifying_document(number: str) -> bytes:
    """A document of ours that modifies INV-2021/0100; whether it cancels it only the report says."""
    return invoice_data(InvoiceSpec(
        number=number, issue_date=date(2021, 5, 20), delivery_date=date(2021, 5, 20), supplier=company(TAX_NUMBER),
        customer=CUSTOMER_LOGISTICS, reference=Reference("INV-2021/0100", 1), payment_date=date(2021, 5, 20),
        lines=(Line("Raklap EUR 1200×800", Decimal(-50), Decimal("4200.00"), VAT_27, modifies_line=1),),
    ))


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
    operation: str, kind: str, adapter: ASGIAdapter, emulator: TestClient, credentials: NavCredentials,
    clock: FakeClock,
) -> None:
    xml = modifying_document(f"T-{operation}")
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
    assert doc["invoice"]["references"]["preceding_invoice"] == "INV-2021/0100"
    assert doc["invoice"]["gross_total"] == "-266700.00"
