"""The invoice view shows the stored payment state (status-sync's), whichever of the archive and
status-sync comes first: a payment applied before the invoice is archived, and a new PDF version
archived after a payment, both leave the view showing the state, not the raw event's payments."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from pymongo.database import Database

from services.adapters.kafka_producer import EventPublisher
from services.core.invoice import Payment
from services.core.keys import invoice_id_of
from services.core.payments import PaymentObservation, observed_event
from services.core.topics import INVOICE_PAYMENT
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from szamlatar_dev.emulators.demo_data import Invoice
from tests.integration.conftest import Process, Tenant, wait_until

pytestmark = pytest.mark.integration
DOCS: list[tuple[Invoice, bytes]] = demo_documents(demo_book(4, seed=31))


def _pay_in_source(publisher: EventPublisher, tenant: Tenant, external_id: str, inv: Invoice) -> str:
    """What the source's poller would publish once the invoice is paid in full there; its invoice id."""
    envelope = {"tenant": tenant.name, "site": "budapest", "external_id": external_id,
                "source": {"kind": "own_system", "connection_id": tenant.connection_id},
                "correlation_id": str(uuid.uuid4())}
    now = datetime.now(UTC).isoformat()
    paid = PaymentObservation((Payment(date(2025, 3, 20), Decimal(inv.gross_total), "transfer", "BANK-77"),),
                              Decimal(inv.gross_total), False, "source", now)
    invoice_id = invoice_id_of(envelope)
    publisher.publish(INVOICE_PAYMENT.name, observed_event(envelope, invoice_id=invoice_id, invoice_number=inv.number,
                                                           currency=inv.currency, observation=paid, now=now))
    return invoice_id


def _committed_view(db: Database[dict[str, Any]], invoice_id: str, pdf: bytes) -> dict[str, Any]:
    """The view once the archive has committed this PDF (its version record is the commit point)."""
    sha = hashlib.sha256(pdf).hexdigest()
    wait_until(lambda: db.invoice_versions.find_one({"_id": f"{invoice_id}:{sha}"}), timeout=120,
               what="the version record of the archived PDF")
    view = db.invoices.find_one({"_id": invoice_id})
    assert view is not None
    return view


def _assert_shows_state(db: Database[dict[str, Any]], view: dict[str, Any]) -> None:
    state = db.payment_state.find_one({"_id": view["_id"]})
    assert state is not None and state["status"] == "paid"
    assert view["invoice"]["payment_status"] == "paid", view["invoice"].get("payment_status")
    assert view["invoice"]["payments"] == state["payments"]
    assert view["payment"] == {k: state[k] for k in ("status", "paid_total", "cancelled", "updated_at", "updated_by")}


def test_a_payment_applied_before_the_invoice_is_archived_is_on_the_view(
    tenant: Tenant, status_sync: Process, publisher: EventPublisher, db: Database[dict[str, Any]],
) -> None:
    inv, pdf = DOCS[0]
    invoice_id = _pay_in_source(publisher, tenant, "early-paid", inv)
    wait_until(lambda: db.payment_state.find_one({"_id": invoice_id}), timeout=120,
               what="status-sync to store the payment state")
    assert db.invoices.find_one({"_id": invoice_id}) is None  # nothing archived yet: its view update found nothing

    assert tenant.post("early-paid", pdf, invoice_metadata(inv)).status_code == 202  # carries no payments
    _assert_shows_state(db, _committed_view(db, invoice_id, pdf))


def test_a_new_pdf_version_archived_after_a_payment_keeps_the_payment_on_the_view(
    tenant: Tenant, status_sync: Process, publisher: EventPublisher, db: Database[dict[str, Any]],
) -> None:
    inv, pdf = DOCS[1]
    meta = invoice_metadata(inv)
    assert tenant.post("paid-later", pdf, meta).status_code == 202
    invoice_id = invoice_id_of({"tenant": tenant.name, "external_id": "paid-later",
                                "source": {"kind": "own_system", "connection_id": tenant.connection_id}})
    assert _committed_view(db, invoice_id, pdf)["invoice"].get("payment_status") is None

    _pay_in_source(publisher, tenant, "paid-later", inv)
    wait_until(lambda: db.payment_state.find_one({"_id": invoice_id}), timeout=120,
               what="status-sync to store the payment state")
    # status-sync shows the state on the view right after storing it (the raw event carried no payments).
    wait_until(lambda: (db.invoices.find_one({"_id": invoice_id}) or {}).get("invoice", {}).get("payment_status")
               == "paid", timeout=30, what="status-sync to show the payment on the view")

    corrected = pdf + b"\n% corrected copy\n"  # a new version whose event carries the old (no) payments
    assert tenant.post("paid-later", corrected, meta).status_code == 202
    view = _committed_view(db, invoice_id, corrected)
    assert view["current_version"] == 2
    _assert_shows_state(db, view)
