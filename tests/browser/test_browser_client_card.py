"""The client card in Chromium, on `make run`'s demo data (``szamlatar demo seed`` + ``demo users``):
as ``konyvelo`` every invoice of the counterparty, its open balance, overdue, years and chart, no store
key; as ``debrecen`` (a viewer of one site) only that site's invoices of the same client."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection
from services.adapters.settings import Settings
from services.adapters.webhook_client import post_signed, webhook_body
from szamlatar_dev.commands.demo import DEMO_PASSWORD
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, szt, wait_until

SCREENS = Path(os.environ.get("SZAMLATAR_TEST_LOGS", "/tmp")) / "screens"


def _login(page: Any, api: str, tenant: str, username: str) -> None:
    page.goto(f"{api}/ui/login")
    page.get_by_label("Szervezet").fill(tenant)
    page.get_by_label("Felhasználónév").fill(username)
    page.get_by_label("Jelszó").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Belépés", exact=True).click()
    page.wait_for_url("**/ui/**")


def _debrecen_invoice(tenant: Tenant, db: Database[dict[str, Any]], settings: Settings, buyer: dict[str, Any]) -> str:
    """One more invoice to the card's client, from a Debrecen connection."""
    inv, pdf = demo_documents(demo_book(1, seed=31))[0]
    meta = {**invoice_metadata(inv), "number": "DEB-2025/77", "buyer": buyer, "payment_status": "unpaid"}
    secret = create_own_system_connection(db, settings, connection_id=f"{tenant.name}-deb", tenant=tenant.name,
                                          site="debrecen")
    body = webhook_body("deb-77", pdf, filename="deb-77.pdf", invoice=meta)
    sent = post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{tenant.name}-deb", secret, body)
    assert sent.status_code == 202, sent.text
    return str(meta["number"])


@pytest.mark.roles("konyvelo", "debrecen")
def test_browser_client_card_on_demo_data_as_konyvelo_and_debrecen(page: Any, tenant: Tenant,
                                                                    db: Database[dict[str, Any]],
                                                                    settings: Settings) -> None:
    seeded = szt("demo", "seed", "--api", tenant.api, "--tenant", tenant.name)
    assert seeded.returncode == 0, seeded.stderr + seeded.stdout
    found = re.search(r"client card of (.+): (\S+/ui/clients/([0-9a-f-]+))", seeded.stdout)
    assert found, seeded.stdout
    name, url, record_id = found.groups()
    assert szt("demo", "users", "--tenant", tenant.name).returncode == 0
    book = demo_book(12)
    theirs = [i for i in book.invoices if i.buyer.name == name]
    buyer = invoice_metadata(theirs[0])["buyer"]
    deb_number = _debrecen_invoice(tenant, db, settings, buyer)
    wait_until(lambda: tenant.search(client=record_id)["total"] == len(theirs) + 1, timeout=120,
               what="the Debrecen invoice on the card")
    SCREENS.mkdir(parents=True, exist_ok=True)

    _login(page, tenant.api, tenant.name, "konyvelo")
    page.goto(url)
    assert page.locator("h1").inner_text() == f"Ügyfélkarton: {name}"
    listed = page.get_by_test_id("client-invoices").inner_text()
    assert all(i.number in listed for i in theirs) and deb_number in listed
    assert page.get_by_test_id("open-balance").is_visible() and "Ft" in page.get_by_test_id("open-balance").inner_text()
    assert page.get_by_test_id("overdue").is_visible()
    assert page.get_by_test_id("chart").is_visible()
    assert page.get_by_test_id("years").inner_text().count("2025") >= 1
    assert f"{tenant.name}|" not in page.content()
    page.get_by_text("Az ábra adatai táblázatban").click()
    assert page.get_by_test_id("chart-table").is_visible()
    page.screenshot(path=str(SCREENS / "client-card-konyvelo.png"), full_page=True)

    page.context.clear_cookies()
    _login(page, tenant.api, tenant.name, "debrecen")
    page.goto(url)
    listed = page.get_by_test_id("client-invoices").inner_text()
    assert deb_number in listed and not any(i.number in listed for i in theirs)
    assert page.get_by_test_id("invoice-count").inner_text() == "(1)"
    page.screenshot(path=str(SCREENS / "client-card-debrecen.png"), full_page=True)
