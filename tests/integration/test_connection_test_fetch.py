"""The test fetch (Próbalekérés) of NAV and pull connections through the API, against the NAV and
in-house emulators: the right credentials answer what was found at once, wrong ones say so, and the
pull list's first page is read without importing anything or moving the poller's cursor."""

from __future__ import annotations

from typing import Any

import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.settings import Settings
from services.core.enums import Role
from services.ingest_pull.connection import create_pull_connection
from services.nav.connection import create_nav_connection
from szamlatar_dev.demo.nav_gaps import TAXPAYER
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING
from tests.integration.conftest import Tenant
from tests.integration.test_nav_sync_service import NAV, nav_emulator  # noqa: F401
from tests.integration.test_pull_poller import EMULATOR_PORT, emulator  # noqa: F401


def _test(tenant: Tenant, db: Database[dict[str, Any]], cid: str) -> dict[str, Any]:
    token = create_token(db, tenant=tenant.name, role=Role.ADMIN, name="tests-admin")
    answer = requests.post(f"{tenant.api}/api/v1/connections/{cid}/test", timeout=60,
                           headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def test_a_pull_connections_test_fetch_reads_the_first_page_and_says_when_the_token_is_wrong(
        tenant: Tenant, db: Database[dict[str, Any]], settings: Settings, emulator: str) -> None:  # noqa: F811
    def connect(cid: str, token: str) -> None:
        create_pull_connection(db, settings, connection_id=cid, tenant=tenant.name, site="budapest",
                               pull={**DEMO_MAPPING, "list_url": f"{emulator}/api/v1/invoices", "page_size": 5},
                               url_hosts=[f"127.0.0.1:{EMULATOR_PORT}"], allow_private=True,
                               authorization=f"Bearer {token}")
        db.connections.update_one({"_id": cid}, {"$set": {"enabled": False}})  # no poller takes it meanwhile

    connect(f"{tenant.name}-pull", "pull-test-token")
    good = _test(tenant, db, f"{tenant.name}-pull")
    assert good["ok"] and good["found"] == 5 and "további oldalak" in good["message"]["hu"]
    assert db.ingest_cursors.find_one({"_id": f"{tenant.name}-pull"}) is None  # nothing moved
    assert db.invoices.count_documents({"tenant": tenant.name}) == 0
    connect(f"{tenant.name}-pull-bad", "wrong-token")
    bad = _test(tenant, db, f"{tenant.name}-pull-bad")
    assert not bad["ok"] and bad["reason"] == "wrong_key" and "Hibás hitelesítés" in bad["message"]["hu"]


def test_a_nav_connections_test_fetch_checks_the_technical_user(
        tenant: Tenant, db: Database[dict[str, Any]], settings: Settings, nav_emulator: str) -> None:  # noqa: F811
    def connect(cid: str, password: str) -> None:
        create_nav_connection(db, settings, connection_id=cid, tenant=tenant.name, url=f"{NAV}/invoiceService/v3",
                              login="szamlatardemo01", password=password, tax_number=TAXPAYER,
                              signature_key="demo-signature-key-000000000000", exchange_key="DEMOEXCHANGEKEY1")

    connect(f"{tenant.name}-nav", "demo-password")
    good = _test(tenant, db, f"{tenant.name}-nav")
    assert good["ok"], good
    assert good["message"]["hu"].startswith("A NAV technikai felhasználó érvényes")
    assert db.connections.find_one({"_id": f"{tenant.name}-nav"})["last_test"]["ok"] is True
    connect(f"{tenant.name}-nav-bad", "not-the-password")
    bad = _test(tenant, db, f"{tenant.name}-nav-bad")
    assert not bad["ok"] and bad["reason"] == "wrong_key", bad
