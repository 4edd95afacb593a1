"""In a real browser, against the test stack: finance records a partial payment on the invoice page and
sees the state change once status-sync has applied it; a viewer sees the state but no form; an admin
adds a Billingo connection on the Integrációk page with a wrong and then a right key against the
Billingo emulator and reads both verdicts of the test fetch."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from pymongo.database import Database

from services.adapters.users import create_user
from services.core.enums import Role
from services.web.presentation import format_amount
from szamlatar_dev.browser import sign_in
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.billing.conftest import Emulator
from tests.integration.conftest import Process, Tenant, wait_until

DOCS = demo_documents(demo_book(2, seed=17))
PASSWORD = "browser-test-pw"


def _login(page: Any, api: str, tenant: str, username: str, target: str) -> None:
    sign_in(page, api, tenant, username, PASSWORD, target=target)


def _archived_invoice(tenant: Tenant, db: Database[dict[str, Any]]) -> tuple[Any, str]:
    inv, pdf = DOCS[0]
    assert tenant.post("br-pay-0", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 1, timeout=90, what="the invoice archived")
    doc = db.invoices.find_one({"tenant": tenant.name, "external_id": "br-pay-0"})
    assert doc is not None
    return inv, str(doc["_id"])


def test_browser_finance_records_a_partial_payment_and_a_viewer_sees_it_without_a_form(
    page: Any, tenant: Tenant, db: Database[dict[str, Any]], status_sync: Process,
) -> None:
    inv, invoice_id = _archived_invoice(tenant, db)
    create_user(db, tenant=tenant.name, username="kata", password=PASSWORD, role=Role.FINANCE)
    create_user(db, tenant=tenant.name, username="vilma", password=PASSWORD, role=Role.VIEWER)
    half = (Decimal(inv.gross_total) / 2).quantize(Decimal("1"))

    _login(page, tenant.api, tenant.name, "kata", f"/ui/invoices/{invoice_id}")
    assert page.get_by_test_id("payment-status").inner_text() != "részben fizetve"
    page.get_by_label("Fizetés dátuma").fill(time.strftime("%Y-%m-%d"))
    page.get_by_label("Összeg").fill(f"{half}")
    page.get_by_label("Mód").select_option("transfer")
    page.get_by_label("Közlemény").fill("BR-RESZ-1")
    page.get_by_role("button", name="Fizetés rögzítése").click()
    page.wait_for_url("**/ui/invoices/*paid=*")
    assert "BR-RESZ-1" in page.get_by_test_id("payment-notice").inner_text()

    def partially_paid() -> bool:
        page.reload()
        return bool(page.get_by_test_id("payment-status").inner_text() == "részben fizetve")

    wait_until(partially_paid, timeout=90, interval=1.0, what="status-sync to apply the payment")
    assert page.get_by_test_id("paid-total").inner_text() == format_amount(half, inv.currency)
    assert page.get_by_test_id("remaining").inner_text() == format_amount(Decimal(inv.gross_total) - half,
                                                                          inv.currency)
    assert "BR-RESZ-1" in page.get_by_test_id("payments").inner_text()

    page.get_by_role("button", name="Kilépés").click()
    _login(page, tenant.api, tenant.name, "vilma", f"/ui/invoices/{invoice_id}")
    assert page.get_by_test_id("payment-status").inner_text() == "részben fizetve"
    assert page.get_by_test_id("payment-form").count() == 0

    page.set_viewport_size({"width": 390, "height": 844})  # a phone: tables become labelled cards
    cell = page.locator("[data-testid=payments] tbody td").first
    assert cell.evaluate("td => getComputedStyle(td).display") == "grid"
    assert cell.evaluate("td => getComputedStyle(td, '::before').content") == '"Fizetés dátuma"'
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390  # nothing wider than the screen


@pytest.fixture()
def billingo() -> Iterator[Emulator]:
    with Emulator("billingo", "--invoices", "6", "--seed", "41", "--rate-limit", "100000") as emulator:
        yield emulator


def add_billingo(page: Any, name: str, key: str, billingo: Emulator) -> None:
    """Fill and send the Integrációk page's add form for a Billingo connection of the Budapest site."""
    form = page.get_by_test_id("add-form")
    form.get_by_label("Típus").select_option("billingo")
    form.get_by_label("Név").fill(name)
    form.get_by_label("Telephely").fill("budapest")
    form.get_by_label("API-kulcs (Billingo) vagy Számla Agent kulcs (Számlázz.hu)").fill(key)
    form.get_by_text("Haladó beállítások").click()
    form.get_by_label("A szolgáltatás címe").fill(f"{billingo.url}/v3")
    form.get_by_role("button", name="Mentés és próbalekérés").click()


def test_browser_admin_adds_a_billingo_connection_with_a_wrong_then_a_right_key(
    page: Any, tenant: Tenant, db: Database[dict[str, Any]], billingo: Emulator,
) -> None:
    create_user(db, tenant=tenant.name, username="gazda", password=PASSWORD, role=Role.ADMIN)
    _login(page, tenant.api, tenant.name, "gazda", "/ui/admin/integrations")
    assert tenant.connection_id in page.get_by_test_id("connections").inner_text()  # the own-system webhook

    add_billingo(page, "Billingo böngészőből", "nem-jo-kulcs", billingo)
    verdict = page.get_by_test_id("verdict-message")
    assert verdict.inner_text().startswith("Hibás kulcs: a Billingo elutasította")
    assert "nem-jo-kulcs" not in page.content()

    doc = db.connections.find_one({"tenant": tenant.name, "name": "Billingo böngészőből"})
    assert doc is not None
    cid = doc["_id"]
    try:
        page.get_by_role("link", name="Szerkesztés: Billingo böngészőből").click()
        page.wait_for_url(f"**/ui/admin/integrations*edit={cid}*")
        edit = page.get_by_test_id("edit-form")
        edit.get_by_label("Billingo API-kulcs").fill("demo-write-key")
        edit.get_by_role("button", name="Mentés és próbalekérés").click()
        assert "számla az elmúlt 30 napban" in page.get_by_test_id("verdict-message").inner_text()
        assert "sikeres" in page.get_by_test_id("verdict").inner_text()
        assert "demo-write-key" not in page.content()
        assert page.get_by_test_id(f"error-{cid}").inner_text() == "—"  # the old failure is not the last error now
    finally:  # a stopped emulator's connection is not polled any more
        db.connections.update_one({"_id": cid}, {"$set": {"enabled": False}})
