"""The admin pages over HTTP against the real stack (FerretDB, the API process): Kimenő webhookok — a
subscription added with its secret shown once, its delivery log paged by ``_id`` range on FerretDB, a
failed delivery sent again once to a live receiver, signed with the subscription's secret; Felhasználók —
edit, disable (the user can no longer sign in), a reset password that signs in; Integrációk — an
own-system secret rotated, both secrets accepted until the old one is retired; every change audited."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.recent_connections import KEPT_SECONDS
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.adapters.webhook_deliveries import WebhookDeliveries
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, csrf_of, ui_login
from tests.integration.test_downstream import Receiver, signed_by

PASSWORD = "admin-pages-pw"
DOCS = demo_documents(demo_book(2, seed=59))


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


def _admin(tenant: Tenant, db: Database[dict[str, Any]]) -> requests.Session:
    create_user(db, tenant=tenant.name, username="gazda", password=PASSWORD, role=Role.ADMIN)
    return ui_login(tenant.api, tenant.name, "gazda", PASSWORD)


def _post(browser: requests.Session, tenant: Tenant, path: str, page: str, **form: Any) -> requests.Response:
    return browser.post(f"{tenant.api}{path}", data={"csrf_token": csrf_of(page), **form}, timeout=30,
                        allow_redirects=False)


def _actions(db: Database[dict[str, Any]], tenant: Tenant) -> list[str]:
    return [e["action"] for e in db.audit_log.find({"tenant": tenant.name}).sort("seq", 1)]


def test_a_webhook_is_added_its_log_pages_on_ferretdb_and_a_failed_delivery_is_sent_again_once(
        tenant: Tenant, db: Database[dict[str, Any]], receiver: Receiver) -> None:
    browser = _admin(tenant, db)
    page = browser.get(f"{tenant.api}/ui/admin/webhooks", timeout=30).text
    url = receiver.route([200])
    made = _post(browser, tenant, "/ui/admin/webhooks", page, url=url, events=["invoice.linked"])
    assert made.status_code == 200, made.text[:500]
    secret = re.search(r'data-testid="webhook-secret-value">([^<]+)<', made.text)
    assert secret, "the secret shown once"
    sub = db.webhook_subscriptions.find_one({"tenant": tenant.name})
    assert sub is not None and secret.group(1) not in json.dumps(sub, default=str)  # stored sealed
    assert secret.group(1) not in browser.get(f"{tenant.api}/ui/admin/webhooks", timeout=30).text

    log, t0 = WebhookDeliveries(db), datetime.now(UTC) - timedelta(hours=1)
    body = json.dumps({"invoice_number": "INV-LOG-29"})
    for i in range(30):
        failed = i == 29
        log.record(tenant=tenant.name, subscription=sub["id"], delivery=f"{tenant.name}-d{i:02d}",
                   event="invoice.linked", topic="invoice.archived", at=t0 + timedelta(seconds=i), ok=not failed,
                   attempts=5 if failed else 1, status=503 if failed else 200, error="HTTP 503" if failed else "",
                   reason="receiver_unavailable" if failed else "", payload=body if failed else None,
                   payload_encoding="utf-8" if failed else None)
    first = browser.get(f"{tenant.api}/ui/admin/webhooks/{sub['id']}/deliveries", timeout=30).text
    assert len(re.findall(r'data-testid="delivery-\d+"', first)) == 25 and "HTTP 503" in first
    older = re.search(r'href="(/ui/admin/webhooks/[^"]+/deliveries\?before=[^"]+)"', first)
    assert older
    second = browser.get(f"{tenant.api}{older.group(1).replace('&amp;', '&')}", timeout=30).text
    assert len(re.findall(r'data-testid="delivery-\d+"', second)) == 5

    entry = re.search(r'name="entry" value="([^"]+)"', first)
    assert entry and entry.group(1).endswith("-d29")
    sent = _post(browser, tenant, f"/ui/admin/webhooks/{sub['id']}/replay", first, entry=entry.group(1))
    assert sent.status_code == 200 and "Újraküldve: a fogadó elfogadta" in sent.text
    got = receiver.requests_to(url)
    assert len(got) == 1 and got[0]["body"] == body.encode() and signed_by(secret.group(1), got[0])
    assert got[0]["headers"]["X-Szamlatar-Delivery"] == f"{tenant.name}-d29"
    again = _post(browser, tenant, f"/ui/admin/webhooks/{sub['id']}/replay", sent.text, entry=entry.group(1))
    assert "már újraküldték" in again.text and len(receiver.requests_to(url)) == 1  # once
    assert {"subscription.created", "subscription.replayed"} <= set(_actions(db, tenant))


def test_users_are_edited_disabled_and_a_reset_password_signs_in(tenant: Tenant, db: Database[dict[str, Any]]) -> None:
    browser = _admin(tenant, db)
    create_user(db, tenant=tenant.name, username="vera", password="first password 1", role=Role.VIEWER,
                sites=("budapest",))
    page = browser.get(f"{tenant.api}/ui/admin/users?edit=vera", timeout=30).text
    saved = _post(browser, tenant, "/ui/admin/users/vera", page, role="finance", sites=["budapest", "debrecen"],
                  language="hu")
    assert saved.status_code == 200
    assert db.users.find_one({"tenant": tenant.name, "username": "vera"})["sites"] == [  # type: ignore[index]
        "budapest", "debrecen"]
    reset = _post(browser, tenant, "/ui/admin/users/vera/password", saved.text)
    password = re.search(r'data-testid="new-password-value">([^<]+)<', reset.text)
    assert password
    ui_login(tenant.api, tenant.name, "vera", password.group(1))  # signs in with the new one
    _post(browser, tenant, "/ui/admin/users/vera/enabled", reset.text, enabled="0")
    form = requests.Session()
    login = form.get(f"{tenant.api}/ui/login", timeout=30)
    refused = form.post(f"{tenant.api}/ui/login", allow_redirects=False, timeout=30, data={
        "tenant": tenant.name, "username": "vera", "password": password.group(1), "csrf_token": csrf_of(login.text)})
    assert refused.status_code != 303  # disabled: no session
    actions = _actions(db, tenant)
    assert actions.count("user.change") == 2 and "user.password_reset" in actions
    assert password.group(1) not in json.dumps(list(db.audit_log.find({"tenant": tenant.name})), default=str)


def test_an_own_system_secret_is_rotated_and_the_old_one_retired(tenant: Tenant,
                                                                 db: Database[dict[str, Any]]) -> None:
    browser = _admin(tenant, db)
    cid = f"{tenant.name}-own"
    page = browser.get(f"{tenant.api}/ui/admin/integrations", timeout=30).text
    made = _post(browser, tenant, "/ui/admin/own-systems", page, connection_id=cid, name="ERP", site="budapest")
    first = re.search(r'data-testid="new-secret-value">([^<]+)<', made.text)
    assert made.status_code == 200 and first, made.text[:500]
    rotated = _post(browser, tenant, f"/ui/admin/own-systems/{cid}/rotate", made.text)
    second = re.search(r'data-testid="new-secret-value">([^<]+)<', rotated.text)
    assert second and second.group(1) != first.group(1)
    inv, pdf = DOCS[0]

    def post(ext: str, secret: str) -> int:
        body = webhook_body(ext, pdf, filename=f"{ext}.pdf", invoice=invoice_metadata(inv))
        return post_signed(requests.Session(), f"{tenant.api}/api/v1/webhooks/{cid}", secret, body).status_code

    assert post("own-new", second.group(1)) == 202 and post("own-old", first.group(1)) == 202  # both, for now
    _post(browser, tenant, f"/ui/admin/own-systems/{cid}/retire", rotated.text)
    time.sleep(KEPT_SECONDS)  # the API keeps a connection that let a request in for up to this long
    assert post("own-old-2", first.group(1)) == 401 and post("own-new-2", second.group(1)) == 202
    assert _actions(db, tenant).count("connection.changed") == 2
