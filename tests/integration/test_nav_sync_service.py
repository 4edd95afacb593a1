"""The NAV sync as a process: it syncs every NAV connection on its own, reconciles the
connection's period against the archive in both directions and shows exactly the planted gaps,
outbound and inbound, in /healthz and /metrics; restarted, it continues from its saved progress."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.settings import Settings
from services.nav.connection import create_nav_connection
from szamlatar_dev.demo.nav_gaps import TAXPAYER, nav_gap_plan, plant
from tests.integration.conftest import SZT, Process, Tenant, wait_until

BASE = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100"))
NAV_PORT, SERVICE_PORT = BASE + 8, BASE + 7
NAV = f"http://127.0.0.1:{NAV_PORT}"
SERVICE = f"http://127.0.0.1:{SERVICE_PORT}"


@pytest.fixture(scope="module")
def nav_emulator() -> Iterator[str]:
    proc = Process("nav-emulator-sync", [SZT, "emulator", "nav", "--port", str(NAV_PORT), "--no-seed",
                                         "--tax-number", TAXPAYER], f"{NAV}/healthz")
    proc.start()
    yield NAV
    proc.stop()


def _service() -> Process:
    return Process("nav-sync-service", [SZT, "run", "nav-sync", "--port", str(SERVICE_PORT), "--interval", "2"],
                   f"{SERVICE}/healthz")


def test_the_nav_sync_service_reconciles_both_directions_on_its_own_and_shows_the_planted_gaps(
    tenant: Tenant, db: Database[dict[str, Any]], settings: Settings, nav_emulator: str
) -> None:
    plan = nav_gap_plan(prefix=f"S{tenant.name[1:7].upper()}")
    plant(plan, nav_admin_url=nav_emulator, webhook_url=f"{tenant.api}/api/v1/webhooks/{tenant.connection_id}",
          secret=tenant.secret)
    wait_until(lambda: tenant.archived_count() == len(plan.archive_posts), timeout=90, what="the archive side")
    cid = f"{tenant.name}-nav"
    create_nav_connection(db, settings, connection_id=cid, tenant=tenant.name, url=f"{NAV}/invoiceService/v3",
                          login="szamlatardemo01", password="demo-password", tax_number=TAXPAYER,
                          signature_key="demo-signature-key-000000000000", exchange_key="DEMOEXCHANGEKEY1")
    db.connections.update_one({"_id": cid}, {"$set": {"sync_from": plan.first_day.isoformat()}})

    service = _service()
    service.start()
    try:
        def summary() -> dict[str, Any] | None:
            found: dict[str, Any] | None = requests.get(f"{SERVICE}/healthz", timeout=5).json()["connections"].get(cid)
            done = found and all((found.get(d) or {}).get("reconciliation") for d in ("outbound", "inbound"))
            return found if done else None

        first = wait_until(summary, timeout=90, what="a sync and reconciliation of the connection")
        out, inb = first["outbound"], first["inbound"]
        assert first["error"] is None and out["error"] is None and inb["error"] is None
        assert (out["found"], inb["found"]) == (7, 4)  # the plan's NAV side: 7 we issued, 4 we received
        assert out["reconciliation"]["gaps"] == {"missing_in_archive": 1, "missing_in_nav": 1, "differing": 2,
                                                 "without_pdf": 0}
        assert out["reconciliation"]["matched"] == 4
        assert inb["reconciliation"]["gaps"] == {"missing_in_archive": 1, "missing_in_nav": 1, "differing": 1,
                                                 "without_pdf": 0}
        assert inb["reconciliation"]["matched"] == 2
        metrics = requests.get(f"{SERVICE}/metrics", timeout=5).text
        for kind, direction, count in (("missing_in_archive", "outbound", 1), ("differing", "outbound", 2),
                                       ("missing_in_archive", "inbound", 1), ("missing_in_nav", "inbound", 1),
                                       ("differing", "inbound", 1), ("without_pdf", "inbound", 0)):
            line = (f'szamlatar_nav_reconciliation_gaps{{connection="{cid}",direction="{direction}",'
                    f'kind="{kind}"}} {count:.1f}')
            assert line in metrics, line
        synced_until = wait_until(lambda: (db.ingest_cursors.find_one({"_id": cid}) or {}).get("synced_until"),
                                  what="saved progress")
        assert wait_until(lambda: (db.ingest_cursors.find_one({"_id": f"{cid}|INBOUND"}) or {}).get("synced_until"),
                          what="saved INBOUND progress") == synced_until
    finally:
        service.kill()

    restarted = _service()
    restarted.start()
    try:
        again = wait_until(summary, timeout=90, what="the first pass after the restart")
        # from the saved day minus the look-back, not from sync_from again; nothing new to import
        for direction in ("outbound", "inbound"):
            assert again[direction]["from"] > plan.first_day.isoformat() and again[direction]["to"] >= synced_until
            assert again[direction]["imported"] == 0
            assert again[direction]["reconciliation"]["gaps"] == first[direction]["reconciliation"]["gaps"]
    finally:
        restarted.stop()
