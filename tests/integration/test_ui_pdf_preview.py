"""The PDF in the page against the real stack (issue 12): the preview of an archived invoice is drawn
from the decrypted stored version in the API's PDF sandbox and audited as a read; a viewer of another
site gets nothing; a held invoice's PDF is previewed through its review item before approval."""

from __future__ import annotations

from typing import Any

from pymongo.database import Database

from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, ui_login, wait_until
from tests.integration.test_matching_pipeline import admin, ok

DOCS = demo_documents(demo_book(2, seed=23))
PASSWORD = "preview-test-password"


def held_for_approval(tenant: Tenant, db: Database[dict[str, Any]], external_id: str, inv: Any, pdf: bytes) -> str:
    """A rule holds every own-system invoice; this one arrives and waits: its review item's id."""
    ok(admin(tenant).put(f"{tenant.api}/api/v1/rules/mind", json={
        "name": "Minden számla jóváhagyásra", "priority": 10, "conditions": {"sources": ["own_system"]},
        "actions": {"archive": "approval"}}, timeout=30))
    assert tenant.post(external_id, pdf, invoice_metadata(inv)).status_code == 202
    item = wait_until(lambda: db.review_queue.find_one({"tenant": tenant.name, "external_id": external_id}),
                      timeout=90, what="the invoice held for approval")
    return str(item["_id"])


def _reads(db: Database[dict[str, Any]], tenant: str, target: str) -> list[dict[str, Any]]:
    return [e["details"] for e in db.audit_log.find({"tenant": tenant, "action": "invoice.pdf.read", "target": target})]


def test_an_invoice_and_a_held_invoice_are_previewed_and_each_view_is_audited(
        tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    inv, pdf = DOCS[0]
    assert tenant.post("pv-0", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 1, timeout=90, what="the invoice archived")
    invoice_id = str(db.invoices.find_one({"tenant": tenant.name, "external_id": "pv-0"})["_id"])
    create_user(db, tenant=tenant.name, username="vilma", password=PASSWORD, role=Role.VIEWER)
    create_user(db, tenant=tenant.name, username="debrecen", password=PASSWORD, role=Role.VIEWER, sites=("debrecen",))

    vilma = ui_login(tenant.api, tenant.name, "vilma", PASSWORD)
    page = vilma.get(f"{tenant.api}/ui/invoices/{invoice_id}", timeout=30).text
    assert f"/api/v1/invoices/{invoice_id}/preview.png?version=1" in page
    preview = vilma.get(f"{tenant.api}/api/v1/invoices/{invoice_id}/preview.png?version=1", timeout=60)
    assert preview.status_code == 200 and preview.headers["content-type"] == "image/png"
    assert preview.content.startswith(b"\x89PNG") and preview.headers["x-pdf-pages"] == "1"
    inline = vilma.get(f"{tenant.api}/api/v1/invoices/{invoice_id}/pdf?inline=true", timeout=30)
    assert inline.content == pdf and inline.headers["content-disposition"].startswith("inline;")
    assert [d.get("how") for d in _reads(db, tenant.name, invoice_id)] == ["preview", "inline"]

    debrecen = ui_login(tenant.api, tenant.name, "debrecen", PASSWORD)
    for path in (f"/api/v1/invoices/{invoice_id}/preview.png", f"/api/v1/invoices/{invoice_id}/pdf",
                 f"/ui/invoices/{invoice_id}"):
        assert debrecen.get(f"{tenant.api}{path}", timeout=30).status_code == 404, path
    assert len(_reads(db, tenant.name, invoice_id)) == 2  # the refused reads were not reads

    held_inv, held_pdf = DOCS[1]
    item_id = held_for_approval(tenant, db, "pv-held", held_inv, held_pdf)
    item_page = vilma.get(f"{tenant.api}/ui/review/{item_id}", timeout=30).text
    assert f"/api/v1/review/{item_id}/preview.png" in item_page
    held_preview = vilma.get(f"{tenant.api}/api/v1/review/{item_id}/preview.png", timeout=60)
    assert held_preview.status_code == 200 and held_preview.content.startswith(b"\x89PNG")
    assert vilma.get(f"{tenant.api}/api/v1/review/{item_id}/pdf", timeout=30).content == held_pdf
    assert [(d.get("how"), d.get("held")) for d in _reads(db, tenant.name, item_id)] == [
        ("preview", True), (None, True)]
    assert debrecen.get(f"{tenant.api}/api/v1/review/{item_id}/preview.png", timeout=30).status_code == 404
    assert tenant.search(number=held_inv.number)["total"] == 0  # still held: previewed, not published
