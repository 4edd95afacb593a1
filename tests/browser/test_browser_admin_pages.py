"""The admin pages in Chromium against the real stack: an admin adds an outbound webhook whose receiver
is down, sees the failed delivery in its log and sends it again once the receiver is back; an admin
creates a user with one site ticked, and that user sees only that site's invoices; an admin creates an
own-system connection, rotates its secret, and a post signed with the new secret is accepted; an admin
pauses an own-system webhook (then answered 503 `disabled`) and resumes it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from szamlatar_dev.browser import sign_in
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Process, Tenant, downstream, wait_until  # noqa: F401
from tests.integration.test_downstream import Receiver, signed_by

DOCS = demo_documents(demo_book(3, seed=53))
PASSWORD = "browser-admin-pw"


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


def _login(page: Any, api: str, tenant: str, username: str, target: str) -> None:
    sign_in(page, api, tenant, username, PASSWORD, target=target)


def test_browser_admin_adds_an_outbound_webhook_and_replays_a_failed_delivery(
        page: Any, tenant: Tenant, db: Database[dict[str, Any]], downstream: Process,  # noqa: F811
        receiver: Receiver) -> None:
    create_user(db, tenant=tenant.name, username="gazda", password=PASSWORD, role=Role.ADMIN)
    url = receiver.route([503])  # down until the test says otherwise
    _login(page, tenant.api, tenant.name, "gazda", "/ui/admin/webhooks")
    form = page.get_by_test_id("a-form")
    form.get_by_label("Cím (URL)").fill(url)
    form.get_by_label("Leírás").fill("HR rendszer")
    form.get_by_role("button", name="Létrehozás").click()
    secret = page.get_by_test_id("webhook-secret-value").inner_text()
    assert secret.startswith("whsec_")
    sub_id = db.webhook_subscriptions.find_one({"tenant": tenant.name})["id"]  # type: ignore[index]

    inv, pdf = DOCS[0]
    assert tenant.post("br-hook-0", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: receiver.at_least(url, 5), timeout=120, what="five failed tries")
    wait_until(lambda: db.webhook_deliveries.find_one({"_id": {"$gte": f"{tenant.name}|{sub_id}|",
                                                                "$lt": f"{tenant.name}|{sub_id}|~"}}),
               timeout=30, what="the failed delivery logged")

    page.get_by_test_id(f"log-{sub_id}").click()
    page.wait_for_url(f"**/ui/admin/webhooks/{sub_id}/deliveries")
    assert page.get_by_test_id("outcome-1").inner_text() == "sikertelen"
    assert "HTTP 503" in page.get_by_test_id("deliveries").inner_text()
    receiver.answer(url, [200])
    page.get_by_test_id("replay-1").click()
    assert page.get_by_test_id("replay-verdict").inner_text() == "Újraküldve: a fogadó elfogadta."
    assert page.get_by_test_id("outcome-1").inner_text().startswith("újraküldve")
    got = receiver.requests_to(url)
    assert [r["status"] for r in got] == [503] * 5 + [200]
    assert got[-1]["headers"]["X-Szamlatar-Delivery"] == got[0]["headers"]["X-Szamlatar-Delivery"]
    assert signed_by(secret, got[-1]) and json.loads(got[-1]["body"])["invoice_number"] == inv.number
    assert page.get_by_test_id("replay-1").count() == 0  # sent: no second button


def test_browser_admin_creates_a_one_site_user_who_sees_only_that_site(
        page: Any, tenant: Tenant, db: Database[dict[str, Any]], settings: Settings, chromium: Any) -> None:
    deb = f"{tenant.name}-deb"
    deb_secret = create_own_system_connection(db, settings, connection_id=deb, tenant=tenant.name, site="debrecen")
    (bp_inv, bp_pdf), (deb_inv, deb_pdf) = DOCS[1], DOCS[2]
    assert tenant.post("br-site-bp", bp_pdf, invoice_metadata(bp_inv)).status_code == 202
    body = webhook_body("br-site-deb", deb_pdf, filename="deb.pdf", invoice=invoice_metadata(deb_inv))
    assert post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{deb}", deb_secret, body).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 2, timeout=120, what="both invoices archived and indexed")
    create_user(db, tenant=tenant.name, username="gazda", password=PASSWORD, role=Role.ADMIN)

    _login(page, tenant.api, tenant.name, "gazda", "/ui/admin/users")
    form = page.get_by_test_id("create-user-form")
    assert form.get_by_label("Szerepkör").input_value() == "viewer"  # the least privilege by default
    form.get_by_label("Felhasználónév").fill("debi")
    form.get_by_label("Jelszó").fill(PASSWORD)
    form.get_by_test_id("u-sites").get_by_label("debrecen", exact=True).check()
    form.get_by_role("button", name="Létrehozás").click()
    assert "debrecen" in page.get_by_test_id("user-debi").inner_text()

    other = chromium.new_context(locale="hu-HU")
    try:
        viewer = other.new_page()
        viewer.set_default_timeout(15_000)
        _login(viewer, tenant.api, tenant.name, "debi", "/ui/invoices")
        listed = viewer.locator("body").inner_text()
        assert deb_inv.number in listed and bp_inv.number not in listed
        assert viewer.get_by_test_id("total").inner_text() == "1 találat"
    finally:
        other.close()


def test_browser_admin_creates_an_own_system_rotates_its_secret_and_a_post_signed_with_it_is_accepted(
        page: Any, tenant: Tenant, db: Database[dict[str, Any]]) -> None:
    create_user(db, tenant=tenant.name, username="gazda", password=PASSWORD, role=Role.ADMIN)
    cid = f"{tenant.name}-own"
    _login(page, tenant.api, tenant.name, "gazda", "/ui/admin/integrations")
    form = page.get_by_test_id("own-form")
    form.get_by_label("Azonosító").fill(cid)
    form.get_by_label("Név").fill("Saját ERP")
    form.get_by_label("Telephely").select_option("budapest")
    form.get_by_role("button", name="Létrehozás").click()
    first = page.get_by_test_id("new-secret-value").inner_text()
    url = page.get_by_test_id("webhook-url").inner_text()
    assert url.endswith(f"/api/v1/webhooks/{cid}") and "X-Szamlatar-Signature" in page.get_by_test_id(
        "example-curl").inner_text()

    page.get_by_test_id(f"rotate-{cid}").click()
    second = page.get_by_test_id("new-secret-value").inner_text()
    assert second != first
    inv, pdf = DOCS[1]
    body = webhook_body("br-own-1", pdf, filename="own.pdf", invoice=invoice_metadata(inv))
    accepted = post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{cid}", second, body)
    assert accepted.status_code == 202, accepted.text
    wrong = post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{cid}", "not-the-secret",
                        webhook_body("br-own-2", pdf, filename="own2.pdf"))
    assert wrong.status_code == 401


def test_browser_admin_pauses_an_own_system_webhook_which_then_answers_503_and_resumes_it(
        page: Any, tenant: Tenant, db: Database[dict[str, Any]]) -> None:
    create_user(db, tenant=tenant.name, username="szunet", password=PASSWORD, role=Role.ADMIN)
    cid, url = tenant.connection_id, f"{tenant.api}/api/v1/webhooks/{tenant.connection_id}"
    inv, pdf = DOCS[2]
    body = webhook_body("br-pause-1", pdf, filename="pause.pdf", invoice=invoice_metadata(inv))
    _login(page, tenant.api, tenant.name, "szunet", "/ui/admin/integrations")
    page.get_by_role("button", name=f"Szüneteltetés: {cid}", exact=True).click()
    assert "szüneteltetve" in page.get_by_test_id(f"state-{cid}").inner_text()
    assert "503" in page.get_by_test_id("notice").inner_text()
    refused = post_signed(requests.Session(), url, tenant.secret, body)
    assert refused.status_code == 503 and refused.json()["detail"]["reason"] == "disabled"
    page.get_by_role("button", name=f"Folytatás: {cid}", exact=True).click()
    assert "aktív" in page.get_by_test_id(f"state-{cid}").inner_text()
    assert post_signed(requests.Session(), url, tenant.secret, body).status_code == 202
