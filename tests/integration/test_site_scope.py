"""A site-restricted admin on the real stack (issue 9, point 3): a Budapest admin — an API token and a
UI user — sees only Budapest's invoices in totals, audit entries, the audit CSV and the client card;
may not grant every site or another site (users, rules, subscriptions, producers); its rule holds
only Budapest's invoices; and a webhook body cannot move an invoice to another site."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection, create_token
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, csrf_of, ui_login, wait_until

DOCS = demo_documents(demo_book(5, seed=23))
BUYER = invoice_metadata(DOCS[0][0])["buyer"]  # every invoice goes to one client, so one card shows them all
PASSWORD = "site-scope-password"


def _send(tenant: Tenant, connection_id: str, secret: str, ext: str, n: int, site: str | None = None
          ) -> requests.Response:
    inv, pdf = DOCS[n]
    body = webhook_body(ext, pdf, filename=f"{ext}.pdf", invoice={**invoice_metadata(inv), "buyer": BUYER}, site=site)
    return post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{connection_id}", secret, body)


def _targets(html: str) -> set[str]:
    return set(re.findall(r'class="target"><code class="hash">([^<]+)</code></td>', html))


def test_a_budapest_admin_sees_only_budapest_and_cannot_grant_beyond_it(
        tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    tenant.add_client("c-card", BUYER["name"], BUYER["tax_number"])
    deb_id = f"{tenant.name}-deb"
    deb_secret = create_own_system_connection(db, settings, connection_id=deb_id, tenant=tenant.name, site="debrecen")
    for ext, n in (("bp-0", 0), ("bp-1", 1)):
        assert _send(tenant, tenant.connection_id, tenant.secret, ext, n).status_code == 202
    assert _send(tenant, deb_id, deb_secret, "deb-2", 2).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 3, timeout=90, what="three archived invoices")

    bp = requests.Session()
    bp.headers["Authorization"] = "Bearer " + create_token(db, tenant=tenant.name, role=Role.ADMIN, name="bp-admin",
                                                            sites=("budapest",))
    api = f"{tenant.api}/api/v1"

    # Totals count only what the caller may see.
    everything = tenant.search()
    assert everything["total"] == 3
    ids = {i["invoice_number"]: i["id"] for i in everything["items"]}
    bp_ids, deb_inv = {ids[DOCS[0][0].number], ids[DOCS[1][0].number]}, ids[DOCS[2][0].number]
    mine = bp.get(f"{api}/invoices", timeout=30).json()
    assert mine["total"] == 2 and {i["id"] for i in mine["items"]} == bp_ids

    # The per-invoice trail, the audit page and its CSV: Budapest's invoices only.
    assert bp.get(f"{api}/invoices/{deb_inv}/audit", timeout=30).status_code == 404
    assert bp.post(f"{api}/audit/verify", timeout=30).status_code == 403
    create_user(db, tenant=tenant.name, username="bpadmin", password=PASSWORD, role=Role.ADMIN, sites=("budapest",))
    browser = ui_login(tenant.api, tenant.name, "bpadmin", PASSWORD)
    log = browser.get(f"{tenant.api}/ui/audit", timeout=30)
    assert log.status_code == 200
    assert _targets(log.text) == bp_ids  # not Debrecen's invoice, not the logins or users
    exported = browser.get(f"{tenant.api}/ui/audit.csv", timeout=30)
    assert {r["target"] for r in csv.DictReader(io.StringIO(exported.text))} == bp_ids

    # The client card: Budapest's invoices of the client, not Debrecen's.
    card = browser.get(f"{tenant.api}/ui/clients/c-card", timeout=30)
    assert card.status_code == 200
    assert DOCS[0][0].number in card.text and DOCS[1][0].number in card.text
    assert DOCS[2][0].number not in card.text

    # Granting every site, or another site, is refused: users (UI), rules, subscriptions, producers (API).
    users = browser.get(f"{tenant.api}/ui/admin/users", timeout=30)
    for sites, message in (("", "telephelyhez nem kötött adminisztrátor adhat"),
                           ("budapest, debrecen", "a(z) debrecen telephely nem tartozik az Ön telephelyei")):
        refused = browser.post(f"{tenant.api}/ui/admin/users", timeout=30, data={
            "username": "mallory", "password": "long enough 1", "role": "admin", "sites": sites,
            "csrf_token": csrf_of(users.text)})
        assert refused.status_code == 403 and message in refused.text
    assert db.users.find_one({"tenant": tenant.name, "username": "mallory"}) is None
    hold = {"conditions": {"sources": ["own_system"]}, "actions": {"archive": "approval"}}
    assert bp.put(f"{api}/rules/every", json=hold, timeout=30).status_code == 403
    assert bp.put(f"{api}/rules/deb", json={**hold, "sites": ["debrecen"]}, timeout=30).status_code == 403
    assert bp.post(f"{api}/subscriptions", json={"url": "https://hr.example.hu/in"}, timeout=30).status_code == 403
    assert bp.post(f"{api}/producers", json={"id": f"{tenant.name}-p"}, timeout=30).status_code == 403

    # Its own rule holds Budapest's invoices only: the match stage applies a rule at its sites.
    assert bp.put(f"{api}/rules/bp-hold", json={**hold, "sites": ["budapest"]}, timeout=30).status_code == 200
    assert _send(tenant, tenant.connection_id, tenant.secret, "bp-3", 3).status_code == 202
    assert _send(tenant, deb_id, deb_secret, "deb-4", 4).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 4, timeout=90, what="Debrecen's new invoice archived")
    wait_until(lambda: db.review_queue.count_documents({"tenant": tenant.name}) >= 1, timeout=90,
               what="Budapest's new invoice held")
    held = list(db.review_queue.find({"tenant": tenant.name}))
    assert [(h["site"], h["invoice_number"]) for h in held] == [("budapest", DOCS[3][0].number)]
    assert tenant.search(number=DOCS[4][0].number)["total"] == 1

    # A webhook body cannot move an invoice to another site than its connection's.
    moved = _send(tenant, tenant.connection_id, tenant.secret, "bp-5", 0, site="debrecen")
    assert moved.status_code == 422 and moved.json()["detail"]["reason"] == "site_mismatch"
