"""Company sign-in over HTTP: the real API process and the local OpenID Connect provider
(``szamlatar emulator oidc``) as processes, a requests session as the browser. A sign-in creates the
user with the mapped role and sites and a working session; a forged state and a tampered ID token are
refused without one."""

from __future__ import annotations

import html
import os
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from pymongo.database import Database

from services.adapters.oidc import OidcStore
from services.adapters.settings import Settings
from services.core.enums import Role
from services.web import sessions
from szamlatar_dev.emulators.oidc.app import DEMO_GROUP_ROLES, DEMO_GROUP_SITES
from tests.integration.conftest import SZT, Process

PORT = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100")) + 9
IDP = f"http://127.0.0.1:{PORT}"


@pytest.fixture(scope="module")
def idp() -> Iterator[str]:
    proc = Process("oidc-provider", [SZT, "emulator", "oidc", "--port", str(PORT), "--client",
                                     "szamlatar-it:it-secret"], f"{IDP}/healthz")
    proc.start()
    yield IDP
    proc.stop()


@pytest.fixture()
def company(db: Database[dict[str, Any]], settings: Settings, idp: str) -> str:
    tenant = "sso" + uuid.uuid4().hex[:8]
    OidcStore(db, settings).save_provider(
        tenant=tenant, issuer=idp, client_id="szamlatar-it", client_secret="it-secret",
        group_roles={g: Role(r) for g, r in DEMO_GROUP_ROLES.items()}, group_sites=DEMO_GROUP_SITES,
        allow_private=True, now=datetime.now(UTC))
    return tenant


def _to_provider(browser: requests.Session, api: str, tenant: str) -> str:
    page = browser.get(f"{api}/ui/login", timeout=10)
    assert "Belépés a céges fiókkal" in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    answer = browser.post(f"{api}/ui/login/oidc", data={"tenant": tenant, "csrf_token": token.group(1),
                                                         "next": "/ui/invoices"}, allow_redirects=False, timeout=10)
    assert answer.status_code == 200, answer.text
    found = re.search(r'<meta http-equiv="refresh" content="0;url=([^"]+)">', answer.text)
    assert found
    return html.unescape(found.group(1))


def _pick(browser: requests.Session, authorize_url: str, user: str) -> str:
    form = browser.get(authorize_url, timeout=10)
    assert form.status_code == 200 and user in form.text
    fields = {k: html.unescape(v) for k, v in re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', form.text)}
    back = browser.post(f"{IDP}/authorize", data={**fields, "user": user, "decision": "allow"}, allow_redirects=False,
                        timeout=10)
    assert back.status_code == 302
    return str(back.headers["location"])


def test_a_company_sign_in_creates_the_user_with_mapped_role_and_sites_and_a_session(
        api: str, company: str, db: Database[dict[str, Any]]) -> None:
    browser = requests.Session()
    callback = _pick(browser, _to_provider(browser, api, company), "ceges.debrecen")
    assert urlsplit(callback).netloc == urlsplit(api).netloc
    done = browser.get(callback, allow_redirects=False, timeout=30)
    assert done.status_code == 303 and done.headers["location"] == "/ui/invoices"
    assert browser.cookies.get(sessions.SESSION_COOKIE)
    user = db.users.find_one({"_id": f"{company}:ceges.debrecen"})
    assert user is not None and (user["role"], user["sites"]) == ("viewer", ["debrecen"])
    assert user["oidc_subject"] == f"{IDP}|sub-ceges.debrecen" and "password_hash" not in user
    page = browser.get(f"{api}/ui/invoices", allow_redirects=False, timeout=30)
    assert page.status_code == 200 and "Debreceni Kolléga" in page.text
    assert db.audit_log.find_one({"tenant": company, "action": "login.success", "actor": "ceges.debrecen",
                                  "details.method": "oidc"}) is not None


def test_a_forged_state_is_refused(api: str, company: str, db: Database[dict[str, Any]]) -> None:
    browser = requests.Session()
    callback = _pick(browser, _to_provider(browser, api, company), "ceges.admin")
    forged = re.sub(r"state=[^&]+", "state=" + "x" * 43, callback)
    refused = browser.get(forged, allow_redirects=False, timeout=30)
    assert refused.status_code == 400 and not browser.cookies.get(sessions.SESSION_COOKIE)
    assert db.users.find_one({"_id": f"{company}:ceges.admin"}) is None


def test_a_tampered_id_token_is_refused(api: str, company: str, db: Database[dict[str, Any]]) -> None:
    browser = requests.Session()
    authorize = _to_provider(browser, api, company)
    # the next ID token says the user is an admin, under the signature of the real (viewer) token
    assert requests.post(f"{IDP}/_emulator/tamper", json={"mode": "signature"}, timeout=5).ok
    refused = browser.get(_pick(browser, authorize, "ceges.debrecen"), allow_redirects=False, timeout=30)
    assert refused.status_code == 401 and not browser.cookies.get(sessions.SESSION_COOKIE)
    assert "elutasítottuk" in refused.text
    assert db.users.find_one({"_id": f"{company}:ceges.debrecen"}) is None
    failure = db.audit_log.find_one({"tenant": company, "action": "login.failure"})
    assert failure is not None and failure["details"]["reason"] == "signature"
