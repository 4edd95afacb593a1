"""The review queue in the web UI against the real stack: invoices a rule held are listed per site,
approved in the UI (searchable, invoice.archived) or rejected (stays unpublished); CSRF, a viewer's
read-only view and site scoping hold for the decision form as for every other UI form."""

from __future__ import annotations

import re
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection
from services.adapters.reference_repo import ReviewRepo
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, consume_matching, csrf_of, ui_login, wait_until
from tests.integration.test_matching_pipeline import admin, ok

DOCS = demo_documents(demo_book(3, seed=41))
PASSWORD = "review-ui-password"


def _hold_everything_and_post(tenant: Tenant, db: Database[dict[str, Any]], settings: Settings) -> None:
    """A rule holds every own-system invoice; two arrive at Budapest, one at Debrecen."""
    ok(admin(tenant).put(f"{tenant.api}/api/v1/rules/mind", json={
        "name": "Minden számla jóváhagyásra", "priority": 10, "conditions": {"sources": ["own_system"]},
        "actions": {"archive": "approval"}}, timeout=30))
    for ext, (inv, pdf) in (("rv-bp-0", DOCS[0]), ("rv-bp-1", DOCS[1])):
        assert tenant.post(ext, pdf, invoice_metadata(inv)).status_code == 202
    secret = create_own_system_connection(db, settings, connection_id=f"{tenant.name}-deb", tenant=tenant.name,
                                          site="debrecen")
    inv, pdf = DOCS[2]
    body = webhook_body("rv-deb-2", pdf, filename="rv-deb-2.pdf", invoice=invoice_metadata(inv))
    response = post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{tenant.name}-deb", secret, body)
    assert response.status_code == 202, response.text
    # The open queue as the UI reads it: the item is written first, then its summary for the listing.
    queue = ReviewRepo(db)
    wait_until(lambda: len(queue.list(tenant.name, status="open", sites=(), limit=10)) == 3,
               timeout=90, what="three invoices held for approval")


def _item_id(page_html: str, number: str) -> str:
    row = next(r for r in page_html.split("<tr>") if number in r)
    found = re.search(r'href="/ui/review/([^"]+)"', row)
    assert found, row
    return found.group(1)


def test_held_invoices_are_approved_and_rejected_in_the_ui(tenant: Tenant, db: Database[dict[str, Any]],
                                                          settings: Settings) -> None:
    _hold_everything_and_post(tenant, db, settings)
    (approve_inv, _), (reject_inv, _), (deb_inv, _) = DOCS
    create_user(db, tenant=tenant.name, username="anna", password=PASSWORD, role=Role.FINANCE)
    anna = ui_login(tenant.api, tenant.name, "anna", PASSWORD)

    listing = anna.get(f"{tenant.api}/ui/review", timeout=30)
    assert listing.status_code == 200
    for inv in DOCS:
        assert inv[0].number in listing.text
    assert "Minden számla jóváhagyásra" in listing.text
    assert not re.search(r'href="/ui/invoices/', listing.text)  # held: nothing published to link to
    approve_id, reject_id = _item_id(listing.text, approve_inv.number), _item_id(listing.text, reject_inv.number)

    item = anna.get(f"{tenant.api}/ui/review/{approve_id}", timeout=30)
    assert item.status_code == 200 and approve_inv.buyer.name in item.text
    forged = anna.post(f"{tenant.api}/ui/review/{approve_id}", timeout=30, allow_redirects=False,
                       data={"action": "approve", "reason": "hamis űrlap"})
    assert forged.status_code == 403
    assert tenant.search(number=approve_inv.number)["total"] == 0

    done = anna.post(f"{tenant.api}/ui/review/{approve_id}", timeout=60, allow_redirects=False, data={
        "csrf_token": csrf_of(item.text), "action": "approve", "reason": "pénzügyi vezető jóváhagyta"})
    assert done.status_code == 303 and done.headers["location"] == "/ui/review?done=approve"
    found = wait_until(lambda: tenant.search(number=approve_inv.number)["items"], what="the approved invoice in search")
    assert found[0]["id"] == approve_id
    event = consume_matching(settings.kafka_bootstrap, "invoice.archived", lambda e: e.get("invoice_id") == approve_id)
    assert event["tenant"] == tenant.name
    audit = [(e["action"], e["actor"]) for e in db.audit_log.find({"tenant": tenant.name, "target": approve_id})]
    assert ("review.approved", "anna") in audit and ("invoice.archived", "anna") in audit

    rejected = anna.post(f"{tenant.api}/ui/review/{reject_id}", timeout=60, data={
        "csrf_token": csrf_of(item.text), "action": "reject", "reason": "nem a mi megrendelésünk"})
    assert rejected.status_code == 200 and "Elutasítva." in rejected.text  # the list after the redirect
    assert reject_inv.number not in rejected.text and deb_inv.number in rejected.text
    assert tenant.search(number=reject_inv.number)["total"] == 0
    assert db.review_queue.find_one({"_id": reject_id})["status"] == "rejected"
    assert db.invoices.find_one({"_id": reject_id}) is None  # stored in S3 and versions, never published

    # Now published, the approved invoice's item links to its page.
    assert f'href="/ui/invoices/{approve_id}"' in anna.get(f"{tenant.api}/ui/review/{approve_id}", timeout=30).text


def test_viewer_reads_only_and_a_debrecen_user_sees_only_debrecen(tenant: Tenant, db: Database[dict[str, Any]],
                                                                  settings: Settings) -> None:
    _hold_everything_and_post(tenant, db, settings)
    create_user(db, tenant=tenant.name, username="vera", password=PASSWORD, role=Role.VIEWER)
    create_user(db, tenant=tenant.name, username="deb", password=PASSWORD, role=Role.FINANCE, sites=("debrecen",))
    budapest_number, debrecen_number = DOCS[0][0].number, DOCS[2][0].number

    viewer = ui_login(tenant.api, tenant.name, "vera", PASSWORD)
    listing = viewer.get(f"{tenant.api}/ui/review", timeout=30)
    item_id = _item_id(listing.text, budapest_number)
    item = viewer.get(f"{tenant.api}/ui/review/{item_id}", timeout=30)
    assert item.status_code == 200 and 'data-testid="read-only"' in item.text and 'value="approve"' not in item.text
    refused = viewer.post(f"{tenant.api}/ui/review/{item_id}", timeout=30, allow_redirects=False, data={
        "csrf_token": csrf_of(item.text), "action": "approve", "reason": "csak megnézném"})
    assert refused.status_code == 403
    assert db.review_queue.find_one({"_id": item_id})["status"] == "open"

    deb = ui_login(tenant.api, tenant.name, "deb", PASSWORD)
    scoped = deb.get(f"{tenant.api}/ui/review", timeout=30)
    assert debrecen_number in scoped.text
    assert budapest_number not in scoped.text and DOCS[1][0].number not in scoped.text
    assert deb.get(f"{tenant.api}/ui/review/{item_id}", timeout=30).status_code == 404
    assert deb.post(f"{tenant.api}/ui/review/{item_id}", timeout=30, allow_redirects=False, data={
        "csrf_token": csrf_of(scoped.text), "action": "reject", "reason": "nem az enyém"}).status_code == 404
    assert db.review_queue.find_one({"_id": item_id})["status"] == "open"
