"""In Hungarian, in a real browser: log in, search, open an invoice, its client card, switch to English,
open the review queue."""

from __future__ import annotations

from typing import Any

from pymongo.database import Database

from services.adapters.users import create_user
from services.core.enums import Role
from services.web.presentation import format_amount
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, wait_until

DOCS = demo_documents(demo_book(2, seed=5))


def test_browser_finance_user_finds_an_invoice_and_its_client_card(page: Any, tenant: Tenant,
                                                                   db: Database[dict[str, Any]]) -> None:
    inv, pdf = DOCS[0]
    tenant.add_client("c-br", inv.buyer.name, inv.buyer.tax_number)
    assert tenant.post("br-0", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 1, timeout=90, what="the invoice archived")
    create_user(db, tenant=tenant.name, username="kata", password="browser-test-pw", role=Role.FINANCE,
                display_name="Kovács Kata")

    refused: list[str] = []  # what the Content-Security-Policy blocked, as Chromium reports it
    page.on("console", lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(f"{tenant.api}/ui/invoices")
    assert "/ui/login" in page.url
    page.get_by_label("Szervezet").fill(tenant.name)
    page.get_by_label("Felhasználónév").fill("kata")
    page.get_by_label("Jelszó").fill("browser-test-pw")
    page.get_by_role("button", name="Belépés", exact=True).click()
    page.wait_for_url("**/ui/invoices")
    assert "Kovács Kata" in page.get_by_test_id("user").inner_text()

    page.get_by_label("Számlaszám (vagy része)").fill(inv.number)
    page.get_by_role("button", name="Keresés").click()
    page.wait_for_url("**/ui/invoices?*")
    assert page.get_by_test_id("total").inner_text() == "1 találat"
    row = page.locator("table.results tbody tr")
    assert format_amount(inv.gross_total, inv.currency) in row.inner_text()
    assert row.get_attribute("data-href", timeout=5_000)  # /ui/static/app.js ran under the policy
    assert page.locator("body").evaluate("b => getComputedStyle(b).marginTop") == "0px"  # style.css applies

    page.get_by_role("link", name=inv.number).click()
    page.wait_for_url("**/ui/invoices/*")
    assert page.get_by_test_id("number").inner_text() == inv.number
    assert page.get_by_test_id("pdf-v1").is_visible()
    with page.expect_download() as download:
        page.get_by_test_id("pdf-v1").click()
    assert download.value.suggested_filename == f"{inv.number.replace('/', '_')}.pdf"

    page.get_by_role("link", name=inv.buyer.name).first.click()
    page.wait_for_url("**/ui/clients/c-br")
    assert format_amount(inv.gross_total, inv.currency) in page.get_by_test_id("totals").inner_text()

    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/ui/clients/c-br")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Client card" in page.locator("h1").inner_text()

    page.get_by_test_id("nav-review").click()  # nothing was held: the queue is there, and empty
    page.wait_for_url("**/ui/review")
    assert page.locator("h1").inner_text().startswith("Review queue")
    assert page.get_by_test_id("review-empty").is_visible()
    assert refused == []
