"""NAV completeness end to end: the emulator holds what was reported, the archive what arrived by
webhook; the connector imports NAV's invoice data and the reconciliation shows exactly the
planted gaps, outbound and inbound — through the API, the CLI and its metrics file."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_token
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.core.enums import Role
from services.nav.connection import create_nav_connection
from szamlatar_dev.demo.nav_gaps import TAXPAYER, nav_gap_plan, plant
from tests.integration.conftest import SZT, Process, Tenant, ui_login, wait_until

UI_PASSWORD = "ui-test-password"

PORT = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100")) + 3
NAV = f"http://127.0.0.1:{PORT}"


@pytest.fixture(scope="module")
def nav_emulator() -> Iterator[str]:
    proc = Process("nav-emulator", [SZT, "emulator", "nav", "--port", str(PORT), "--no-seed",
                                    "--tax-number", TAXPAYER], f"{NAV}/_emulator/invoices")
    proc.start()
    yield NAV
    proc.stop()


def _szt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SZT, *args], capture_output=True, text=True, timeout=120)


def _connect(db: Database, settings: Settings, tenant: Tenant, password: str = "demo-password") -> str:
    conn = f"{tenant.name}-nav"
    create_nav_connection(db, settings, connection_id=conn, tenant=tenant.name, url=f"{NAV}/invoiceService/v3",
                          login="szamlatardemo01", password=password, tax_number=TAXPAYER,
                          signature_key="demo-signature-key-000000000000", exchange_key="DEMOEXCHANGEKEY1")
    return conn


def test_reconciliation_over_the_demo_data_shows_exactly_the_planted_gaps(
    tenant: Tenant, db: Database, settings: Settings, nav_emulator: str, tmp_path: Path
) -> None:
    plan = nav_gap_plan(prefix=f"N{tenant.name[1:7].upper()}")
    plant(plan, nav_admin_url=nav_emulator, webhook_url=f"{tenant.api}/api/v1/webhooks/{tenant.connection_id}",
          secret=tenant.secret)
    wait_until(lambda: tenant.archived_count() == len(plan.archive_posts), timeout=90, what="the archive side")
    conn = _connect(db, settings, tenant)
    period = ["--from", plan.first_day.isoformat(), "--to", plan.last_day.isoformat()]

    synced = _szt("nav", "sync", conn, *period)
    assert synced.returncode == 0, synced.stderr
    assert "7 found, 7 imported, 0 unchanged, 0 failed" in synced.stdout
    again = _szt("nav", "sync", conn, *period)
    assert "7 found, 0 imported, 7 unchanged" in again.stdout  # idempotent
    stored = db.nav_invoices.find_one({"tenant": tenant.name, "invoice_number": plan.nav_documents[0][0]})
    assert stored is not None and stored["invoice"]["gross_total"]  # structured data, not only the digest

    r = tenant.session.get(f"{tenant.api}/api/v1/reconciliation",
                           params={"from": plan.first_day.isoformat(), "to": plan.last_day.isoformat()}, timeout=30)
    assert r.status_code == 200, r.text
    body = r.json()
    assert [x["number"] for x in body["missing_in_archive"]] == plan.expected["missing_in_archive"]
    assert [x["number"] for x in body["missing_in_nav"]] == plan.expected["missing_in_nav"]
    differing = {d["number"]: [x["field"] for x in d["differences"]] for d in body["differing"]}
    assert differing == plan.expected["differing"]
    assert body["without_pdf"] == [] and body["matched"] == 4 and body["complete"] is False
    assert body["gaps"] == {"missing_in_archive": 1, "missing_in_nav": 1, "differing": 2, "without_pdf": 0}
    assert body["direction"] == "outbound"  # the default: callers that never heard of INBOUND see what they saw

    # INBOUND: the supplier invoices NAV lists for our taxpayer against the archived incoming ones.
    inbound_synced = _szt("nav", "sync", conn, *period, "--direction", "INBOUND")
    assert inbound_synced.returncode == 0, inbound_synced.stderr
    assert "4 found, 4 imported, 0 unchanged, 0 failed" in inbound_synced.stdout
    assert db.nav_invoices.count_documents({"tenant": tenant.name, "direction": "INBOUND"}) == 4
    r = tenant.session.get(f"{tenant.api}/api/v1/reconciliation", timeout=30, params={
        "from": plan.first_day.isoformat(), "to": plan.last_day.isoformat(), "direction": "inbound"})
    assert r.status_code == 200, r.text
    inbound = r.json()
    assert [x["number"] for x in inbound["missing_in_archive"]] == plan.expected_inbound["missing_in_archive"]
    assert inbound["missing_in_archive"][0]["supplier_taxpayer_id"] == "10773381"  # who to ask for it
    assert [x["number"] for x in inbound["missing_in_nav"]] == plan.expected_inbound["missing_in_nav"]
    assert {d["number"]: [x["field"] for x in d["differences"]] for d in inbound["differing"]} \
        == plan.expected_inbound["differing"]
    assert inbound["without_pdf"] == [] and inbound["matched"] == 2 and inbound["direction"] == "inbound"
    assert inbound["gaps"] == {"missing_in_archive": 1, "missing_in_nav": 1, "differing": 1, "without_pdf": 0}
    # ... and the outbound answer did not change with INBOUND data imported beside it.
    again_out = tenant.session.get(f"{tenant.api}/api/v1/reconciliation", timeout=30,
                                   params={"from": plan.first_day.isoformat(), "to": plan.last_day.isoformat()})
    assert again_out.json()["gaps"] == body["gaps"]

    prom = tmp_path / "reconcile.prom"
    cli = _szt("nav", "reconcile", "--tenant", tenant.name, *period, "--json", "--prom-file", str(prom))
    assert cli.returncode == 1  # gaps exist
    assert json.loads(cli.stdout)["gaps"] == body["gaps"]
    metrics = prom.read_text()
    assert 'szamlatar_nav_reconciliation_gaps{connection="all",direction="outbound",kind="missing_in_archive"} 1.0' \
        in metrics
    assert 'szamlatar_nav_reconciliation_gaps{connection="all",direction="outbound",kind="differing"} 2.0' in metrics
    both = _szt("nav", "reconcile", "--tenant", tenant.name, *period, "--direction", "both", "--json")
    assert both.returncode == 1
    assert {d: r["gaps"] for d, r in json.loads(both.stdout).items()} == {"outbound": body["gaps"],
                                                                         "inbound": inbound["gaps"]}

    # The same gaps on the UI's NAV check page, in Hungarian, for a user who sees every site only.
    create_user(db, tenant=tenant.name, username="kata", password=UI_PASSWORD, role=Role.FINANCE)
    create_user(db, tenant=tenant.name, username="deb", password=UI_PASSWORD, role=Role.VIEWER, sites=("debrecen",))
    period_params = {"from": plan.first_day.isoformat(), "to": plan.last_day.isoformat()}
    page = ui_login(tenant.api, tenant.name, "kata", UI_PASSWORD).get(
        f"{tenant.api}/ui/reconciliation", params={**period_params, "direction": "inbound"}, timeout=30)
    assert page.status_code == 200 and "Eltérések: 3." in page.text
    missing = re.search(r'data-testid="missing_in_archive">(.*?)</table>', page.text, re.S)
    assert missing and plan.expected_inbound["missing_in_archive"][0] in missing.group(1)
    assert ">Bruttó</td>" in page.text  # the differing field, named for people
    empty = ui_login(tenant.api, tenant.name, "kata", UI_PASSWORD).get(
        f"{tenant.api}/ui/reconciliation", params={"from": "2020-01-01", "to": "2020-01-31"}, timeout=30)
    assert "sem a NAV-ban, sem az archívumban nincs számla" in empty.text
    site_token = create_token(db, tenant=tenant.name, role=Role.FINANCE, name="deb-api", sites=("debrecen",))
    assert requests.get(f"{tenant.api}/api/v1/reconciliation", timeout=30, params=period_params,
                        headers={"Authorization": f"Bearer {site_token}"}).status_code == 403
    scoped = ui_login(tenant.api, tenant.name, "deb", UI_PASSWORD)
    assert scoped.get(f"{tenant.api}/ui/reconciliation", timeout=30).status_code == 403
    assert 'href="/ui/reconciliation"' not in scoped.get(f"{tenant.api}/ui/invoices", timeout=30).text


def test_wrong_nav_credentials_fail_the_sync_with_nav_s_error_and_import_nothing(
    tenant: Tenant, db: Database, settings: Settings, nav_emulator: str
) -> None:
    conn = _connect(db, settings, tenant, password="not-the-password")
    result = _szt("nav", "sync", conn, "--from", "2025-03-01", "--to", "2025-03-31")
    assert result.returncode == 2
    assert "INVALID_SECURITY_USER" in result.stderr
    assert db.nav_invoices.count_documents({"tenant": tenant.name}) == 0
