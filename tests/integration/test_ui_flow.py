"""The web UI against the real stack: log in, search, open an invoice, download its PDF through the
UI's link, CSRF rejection, login auditing and site scoping, audit log pages."""

from __future__ import annotations

import csv
import io
import re
import uuid
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection
from services.adapters.mongo import AuditLog
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from services.web.presentation import format_amount, format_date
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, csrf_of, ui_login, wait_until

DOCS = demo_documents(demo_book(4, seed=7))
PASSWORD = "ui-test-password"


def _archived(tenant: Tenant, count: int) -> bool:
    return tenant.archived_count() >= count


def _seed(tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    """Two invoices at Budapest (the fixture's connection), one at Debrecen (a second connection)."""
    (inv0, pdf0), (inv1, pdf1), (inv2, pdf2) = DOCS[:3]
    tenant.add_client("c-ui", inv0.buyer.name, inv0.buyer.tax_number)
    for ext, (inv, pdf) in (("bp-0", (inv0, pdf0)), ("bp-1", (inv1, pdf1))):
        assert tenant.post(ext, pdf, invoice_metadata(inv)).status_code == 202
    secret = create_own_system_connection(db, settings, connection_id=f"{tenant.name}-deb", tenant=tenant.name,
                                          site="debrecen")
    body = webhook_body("deb-2", pdf2, filename="deb-2.pdf", invoice=invoice_metadata(inv2))
    response = post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{tenant.name}-deb", secret, body)
    assert response.status_code == 202, response.text
    wait_until(lambda: _archived(tenant, 3), timeout=90, what="three archived invoices")


def test_finance_user_logs_in_searches_opens_and_downloads(tenant: Tenant, db: Database[dict[str, Any]],
                                                           settings: Settings) -> None:
    _seed(tenant, db, settings)
    inv, pdf = DOCS[0]
    create_user(db, tenant=tenant.name, username="anna", password=PASSWORD, role=Role.FINANCE)
    browser = ui_login(tenant.api, tenant.name, "anna", PASSWORD)

    page = browser.get(f"{tenant.api}/ui/invoices", params={"number": inv.number}, timeout=30)
    assert page.status_code == 200
    assert format_amount(inv.gross_total, inv.currency) in page.text
    assert format_date(inv.issue_date) in page.text
    links = re.findall(r'href="(/ui/invoices/[0-9a-f-]+)"', page.text)
    assert len(links) == 1, page.text

    detail = browser.get(f"{tenant.api}{links[0]}", timeout=30)
    assert detail.status_code == 200 and inv.number in detail.text
    assert "számla archiválva" in detail.text  # the audit trail, its action worded by the catalogue
    pdf_link = re.search(r'href="(/api/v1/invoices/[^"]+/pdf\?version=1)"', detail.text)
    assert pdf_link, "no per-version download link"
    downloaded = browser.get(f"{tenant.api}{pdf_link.group(1)}", timeout=30)
    assert downloaded.status_code == 200 and downloaded.content == pdf

    entries = list(db.audit_log.find({"tenant": tenant.name}).sort("seq", 1))
    assert [(e["action"], e["actor"]) for e in entries if e["action"] in ("login.success", "invoice.pdf.read")] == [
        ("login.success", "anna"), ("invoice.pdf.read", "anna")]

    client_link = re.search(r'href="/ui/clients/c-ui"', detail.text)
    assert client_link
    card = browser.get(f"{tenant.api}/ui/clients/c-ui", timeout=30)
    assert card.status_code == 200 and format_amount(inv.gross_total, inv.currency) in card.text

    # Finance may not read the audit log.
    assert browser.get(f"{tenant.api}/ui/audit", timeout=30).status_code == 403

    # A POST without the session's CSRF token is refused and changes nothing.
    refused = browser.post(f"{tenant.api}/ui/logout", data={"csrf_token": "forged"}, timeout=10,
                           allow_redirects=False)
    assert refused.status_code == 403
    assert browser.get(f"{tenant.api}/ui/invoices", timeout=10, allow_redirects=False).status_code == 200
    out = browser.post(f"{tenant.api}/ui/logout", data={"csrf_token": csrf_of(page.text)}, timeout=10,
                       allow_redirects=False)
    assert out.status_code == 303
    assert browser.get(f"{tenant.api}/ui/invoices", timeout=10, allow_redirects=False).status_code == 303
    assert browser.get(f"{tenant.api}/api/v1/invoices", timeout=30).status_code == 401


def test_site_scoped_viewer_sees_only_its_site_and_failed_logins_are_audited(
        tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    _seed(tenant, db, settings)
    create_user(db, tenant=tenant.name, username="deb", password=PASSWORD, role=Role.VIEWER, sites=("debrecen",))
    create_user(db, tenant=tenant.name, username="audi", password=PASSWORD, role=Role.AUDITOR)

    stranger = requests.Session()
    form = stranger.get(f"{tenant.api}/ui/login", timeout=30)
    failed = stranger.post(f"{tenant.api}/ui/login", timeout=30, allow_redirects=False, data={
        "tenant": tenant.name, "username": "deb", "password": "wrong", "csrf_token": csrf_of(form.text)})
    assert failed.status_code == 401
    forged = stranger.post(f"{tenant.api}/ui/login", timeout=30, allow_redirects=False, data={
        "tenant": tenant.name, "username": "deb", "password": PASSWORD, "csrf_token": "forged"})
    assert forged.status_code == 403

    viewer = ui_login(tenant.api, tenant.name, "deb", PASSWORD)
    page = viewer.get(f"{tenant.api}/ui/invoices", timeout=30)
    assert DOCS[2][0].number in page.text
    assert DOCS[0][0].number not in page.text and DOCS[1][0].number not in page.text
    api_items = viewer.get(f"{tenant.api}/api/v1/invoices", timeout=30).json()["items"]
    assert {i["site"] for i in api_items} == {"debrecen"}
    budapest = tenant.search(number=DOCS[0][0].number)["items"][0]["id"]
    assert viewer.get(f"{tenant.api}/ui/invoices/{budapest}", timeout=30).status_code == 404
    assert viewer.get(f"{tenant.api}/api/v1/invoices/{budapest}/pdf", timeout=30).status_code == 404
    assert viewer.get(f"{tenant.api}/ui/admin/users", timeout=30).status_code == 403

    auditor = ui_login(tenant.api, tenant.name, "audi", PASSWORD)
    log = auditor.get(f"{tenant.api}/ui/audit", timeout=30)
    assert log.status_code == 200 and "login.failure" in log.text
    verified = auditor.post(f"{tenant.api}/ui/audit/verify", data={"csrf_token": csrf_of(log.text)}, timeout=30)
    assert "A napló sértetlen" in verified.text, verified.text[-2000:]
    exported = auditor.get(f"{tenant.api}/ui/audit.csv", timeout=30)
    assert exported.status_code == 200
    assert "login.failure" in exported.text and "login.success" in exported.text


def _shown_seqs(html: str) -> list[int]:
    return [int(s) for s in re.findall(r'<tr><td data-label="[^"]*" class="num">(\d+)</td>', html)]


def test_audit_log_pages_show_the_newest_entries_first_and_the_last_page_the_oldest(
        api: str, db: Database[dict[str, Any]]) -> None:
    tenant = "t" + uuid.uuid4().hex[:10]
    log = AuditLog(db)
    for i in range(109):
        log.append(tenant=tenant, actor="t", action="test", target=f"x{i}", details={"i": i})
    create_user(db, tenant=tenant, username="audi", password=PASSWORD, role=Role.AUDITOR)
    auditor = ui_login(api, tenant, "audi", PASSWORD)  # its login.success is seq 110
    first = auditor.get(f"{api}/ui/audit", timeout=30)
    assert first.status_code == 200
    assert _shown_seqs(first.text) == list(range(110, 60, -1))
    last = auditor.get(f"{api}/ui/audit", params={"page": 3}, timeout=30)
    assert _shown_seqs(last.text) == list(range(10, 0, -1))
    assert '<a aria-current="page" href="/ui/audit?page=3">3</a>' in last.text
    exported = auditor.get(f"{api}/ui/audit.csv", timeout=30)
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert [int(r["seq"]) for r in rows] == list(range(1, 112)) and rows[-1]["action"] == "audit.export"
