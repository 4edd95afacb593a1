"""The invoice and review pages in a real browser, per role (issue 12 and 14): finance (``konyvelo``)
approves a held invoice after its PDF preview has been drawn in the page; the admin (``demo``) places
and lifts a legal hold; the ``auditor`` reads the audit trail in Hungarian words; a one-site viewer
(``debrecen``) sees its own site's preview but cannot open another site's invoice or PDF."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.browser.test_browser_payments_integrations import PASSWORD, _login
from tests.integration.conftest import Tenant, wait_until
from tests.integration.test_ui_pdf_preview import held_for_approval

DOCS = demo_documents(demo_book(3, seed=61))
PREVIEW_DRAWN = """() => { const i = document.querySelector('[data-testid=preview]');
                          return !!i && i.complete && i.naturalWidth > 500; }"""


def _archived(tenant: Tenant, db: Database[dict[str, Any]], n: int = 0) -> tuple[Any, str]:
    inv, pdf = DOCS[n]
    assert tenant.post(f"br-inv-{n}", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: db.invoices.find_one({"tenant": tenant.name, "external_id": f"br-inv-{n}"}) is not None,
               timeout=90, what="the invoice archived")
    doc = db.invoices.find_one({"tenant": tenant.name, "external_id": f"br-inv-{n}"})
    assert doc is not None
    return inv, str(doc["_id"])


def _audit(db: Database[dict[str, Any]], tenant: str, target: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(e["action"], e["actor"], e.get("details") or {})
            for e in db.audit_log.find({"tenant": tenant, "target": target}).sort("seq", 1)]


@pytest.mark.roles("konyvelo")
def test_browser_approver_sees_the_pdf_preview_then_approves_the_held_invoice(
        page: Any, tenant: Tenant, db: Database[dict[str, Any]]) -> None:
    inv, pdf = DOCS[1]
    item_id = held_for_approval(tenant, db, "br-held", inv, pdf)
    create_user(db, tenant=tenant.name, username="konyvelo", password=PASSWORD, role=Role.FINANCE)

    _login(page, tenant.api, tenant.name, "konyvelo", f"/ui/review/{item_id}")
    page.wait_for_function(PREVIEW_DRAWN)  # the first page, drawn from the stored PDF, beside the candidates
    assert page.get_by_role("img", name="A(z) 1. verzió első oldalai").is_visible()
    with page.expect_popup() as popup:  # the whole PDF in the browser's own viewer
        page.get_by_test_id("open-pdf").click()
    wait_until(lambda: [d.get("how") for a, who, d in _audit(db, tenant.name, item_id)
                        if a == "invoice.pdf.read" and who == "konyvelo"] == ["preview", "inline"],
               timeout=30, what="both reads audited: the preview and the PDF opened")
    popup.value.close()

    page.get_by_label("Indoklás").fill("PDF ellenőrizve, rendben")
    page.get_by_role("button", name="Jóváhagyás", exact=True).click()
    page.wait_for_url("**/ui/review?done=approve")
    trail = [a for a, who, _ in _audit(db, tenant.name, item_id) if who == "konyvelo"]
    assert trail.index("invoice.pdf.read") < trail.index("review.approved")  # looked at it, then approved
    wait_until(lambda: tenant.search(number=inv.number)["total"] == 1, what="the approved invoice searchable")

    page.goto(f"{tenant.api}/ui/invoices/{item_id}")
    page.wait_for_function(PREVIEW_DRAWN)
    assert "jóváhagyva" in page.get_by_test_id("trail").inner_text()  # review.approved, in words


@pytest.mark.roles("demo")
def test_browser_admin_places_and_lifts_a_legal_hold(page: Any, tenant: Tenant, db: Database[dict[str, Any]],
                                                     store: S3ObjectStore) -> None:
    _, invoice_id = _archived(tenant, db)
    create_user(db, tenant=tenant.name, username="demo", password=PASSWORD, role=Role.ADMIN)
    version = db.invoice_versions.find_one({"invoice_id": invoice_id})
    assert version is not None

    _login(page, tenant.api, tenant.name, "demo", f"/ui/invoices/{invoice_id}")
    assert page.get_by_test_id("legal-hold").inner_text() == "Nincs jogi zárolás."
    page.get_by_label("Indok").fill("NAV-ellenőrzés 2026/17")
    page.get_by_role("button", name="Jogi zárolás").click()
    page.wait_for_url("**hold=placed*")
    assert "NAV-ellenőrzés 2026/17" in page.get_by_test_id("legal-hold-banner").inner_text()
    assert page.get_by_test_id("hold-notice").inner_text() == "A számla jogi zárolás alatt áll."
    assert store.legal_hold(version["object_key"], version["version_id"])

    page.get_by_label("A feloldás indoka").fill("az ellenőrzés lezárult")
    page.get_by_role("button", name="Zárolás feloldása").click()
    page.wait_for_url("**hold=lifted*")
    assert page.get_by_test_id("legal-hold").inner_text() == "Nincs jogi zárolás."
    assert page.get_by_test_id("legal-hold-banner").count() == 0
    assert not store.legal_hold(version["object_key"], version["version_id"])
    assert [(a, d["reason"]) for a, who, d in _audit(db, tenant.name, invoice_id)
            if who == "demo" and "legal_hold" in a] == [
        ("invoice.legal_hold.set", "NAV-ellenőrzés 2026/17"), ("invoice.legal_hold.lifted", "az ellenőrzés lezárult")]


@pytest.mark.roles("auditor")
def test_browser_auditor_reads_the_audit_trail_in_hungarian(page: Any, tenant: Tenant,
                                                             db: Database[dict[str, Any]]) -> None:
    _, invoice_id = _archived(tenant, db)
    create_user(db, tenant=tenant.name, username="auditor", password=PASSWORD, role=Role.AUDITOR)

    _login(page, tenant.api, tenant.name, "auditor", f"/ui/invoices/{invoice_id}")
    page.wait_for_function(PREVIEW_DRAWN)
    assert page.get_by_test_id("hold-form").count() == 0  # holds are the admins'
    page.reload()  # the trail now holds the auditor's own look at the preview
    trail = page.get_by_test_id("trail").inner_text()
    assert "számla archiválva" in trail and "forrás: saját rendszer" in trail
    assert "PDF megnyitva" in trail and "mód: előnézet" in trail
    for code in ("invoice.archived", "invoice.pdf.read", "own_system", "preview"):
        assert code not in trail

    page.goto(f"{tenant.api}/ui/audit")
    log = page.get_by_test_id("audit-log").inner_text()
    assert "számla archiválva" in log and "PDF megnyitva" in log and "invoice.pdf.read" not in log


@pytest.mark.roles("debrecen")
def test_browser_a_one_site_viewer_cannot_open_another_sites_invoice_or_pdf(
        page: Any, tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    _, budapest_id = _archived(tenant, db)
    secret = create_own_system_connection(db, settings, connection_id=f"{tenant.name}-deb", tenant=tenant.name,
                                          site="debrecen")
    inv, pdf = DOCS[2]
    body = webhook_body("br-deb", pdf, filename="br-deb.pdf", invoice=invoice_metadata(inv))
    assert post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{tenant.name}-deb", secret,
                       body).status_code == 202
    wait_until(lambda: db.invoices.find_one({"tenant": tenant.name, "external_id": "br-deb"}) is not None,
               timeout=90, what="the Debrecen invoice archived")
    debrecen_id = str(db.invoices.find_one({"tenant": tenant.name, "external_id": "br-deb"})["_id"])
    create_user(db, tenant=tenant.name, username="debrecen", password=PASSWORD, role=Role.VIEWER,
                sites=("debrecen",))

    _login(page, tenant.api, tenant.name, "debrecen", f"/ui/invoices/{debrecen_id}")
    page.wait_for_function(PREVIEW_DRAWN)  # its own site's invoice: the preview is there
    assert page.get_by_test_id("hold-form").count() == 0

    answer = page.goto(f"{tenant.api}/ui/invoices/{budapest_id}")
    assert answer.status == 404
    for path in (f"/api/v1/invoices/{budapest_id}/preview.png", f"/api/v1/invoices/{budapest_id}/pdf",
                 f"/api/v1/invoices/{budapest_id}/pdf?inline=true"):
        assert page.request.get(f"{tenant.api}{path}").status == 404, path
    assert not [1 for a, who, _ in _audit(db, tenant.name, budapest_id) if who == "debrecen"]
