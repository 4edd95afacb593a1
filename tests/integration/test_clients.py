"""Clients that make themselves, against the real stack: an invoice archived for a buyer nobody loaded
as reference data creates that buyer's client record (the indexer), the card shows the invoice with its
open balance from the query index, a one-site viewer sees only that site's invoices on it, and
``szamlatar clients backfill`` changes nothing afterwards."""

from __future__ import annotations

import re
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from services.core.keys import client_record_id
from services.core.taxnumber import taxpayer_id
from services.web.presentation import format_amount
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, szt, ui_login, wait_until

DOCS = demo_documents(demo_book(4, seed=12))  # 0: a buyer of its own; 2 and 3: one buyer, two invoices
PASSWORD = "clients-test-password"


def _unpaid(index: int) -> dict[str, Any]:
    meta = invoice_metadata(DOCS[index][0])
    meta["payment_status"] = "unpaid"
    return meta


def test_a_new_buyers_invoice_creates_the_client_and_its_card_shows_the_open_balance(
        tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    inv, pdf = DOCS[0]
    assert tenant.post("cl-0", pdf, _unpaid(0)).status_code == 202
    record_id = client_record_id(tenant.name, f"hu:{taxpayer_id(inv.buyer.tax_number)}")
    wait_until(lambda: db.client_records.find_one({"_id": record_id}) is not None, timeout=120,
               what="the buyer's client record")
    record = db.client_records.find_one({"_id": record_id})
    assert record is not None and record["name"] == inv.buyer.name and record["tenant"] == tenant.name
    assert db.clients.count_documents({"tenant": tenant.name}) == 0  # nobody loaded reference data

    create_user(db, tenant=tenant.name, username="konyvelo", password=PASSWORD, role=Role.FINANCE)
    browser = ui_login(tenant.api, tenant.name, "konyvelo", PASSWORD)
    card = browser.get(f"{tenant.api}/ui/clients/{record_id}", timeout=30)
    assert card.status_code == 200, card.text[:300]
    assert inv.number in card.text and inv.buyer.name in card.text
    balance = card.text.split('data-testid="open-balance"')[1].split("</table>")[0]
    assert format_amount(inv.gross_total, inv.currency) in balance
    assert f"{tenant.name}|" not in card.text and "<svg" in card.text

    # The search row links nowhere yet, but carries the card's id (the API answer gains a field).
    rows = tenant.search(number=inv.number)["items"]
    assert [r.get("counterparty_id") for r in rows] == [record_id]

    done = szt("clients", "backfill", "--tenant", tenant.name)
    assert done.returncode == 0, done.stderr
    assert re.search(r"\b0 client records created or changed", done.stdout), done.stdout


def test_a_one_site_viewer_sees_only_its_sites_invoices_on_the_card(
        tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    (inv, pdf), (other, pdf2) = DOCS[2], DOCS[3]
    assert inv.buyer.tax_number and inv.buyer.tax_number == other.buyer.tax_number
    assert tenant.post("bp-1", pdf, _unpaid(2)).status_code == 202  # Budapest (the fixture's connection)
    secret = create_own_system_connection(db, settings, connection_id=f"{tenant.name}-deb", tenant=tenant.name,
                                          site="debrecen")
    body = webhook_body("deb-2", pdf2, filename="deb-2.pdf", invoice=_unpaid(3))
    sent = post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{tenant.name}-deb", secret, body)
    assert sent.status_code == 202, sent.text
    record_id = client_record_id(tenant.name, f"hu:{taxpayer_id(inv.buyer.tax_number)}")
    wait_until(lambda: len(tenant.search(client=inv.buyer.tax_number)["items"]) == 2, timeout=120,
               what="both invoices searchable")

    create_user(db, tenant=tenant.name, username="debrecen", password=PASSWORD, role=Role.VIEWER,
                sites=("debrecen",))
    viewer = ui_login(tenant.api, tenant.name, "debrecen", PASSWORD)
    card = viewer.get(f"{tenant.api}/ui/clients/{record_id}", timeout=30)
    assert card.status_code == 200
    assert other.number in card.text and inv.number not in card.text
    assert 'data-testid="invoice-count">(1)' in card.text
