"""In a real browser, against the test stack and the Billingo emulator: an admin adds a Billingo
connection, pauses it, asks on its row for a history back-fill from a date, and watches the back-fill
page refresh itself until the Billingo poller has run the job to done ("6 / 6 számla — 6 új"); the
Integrációk row then shows the same line. Finance sees neither the page nor the button."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pymongo.database import Database

from services.adapters.users import create_user
from services.core.enums import Role
from szamlatar_dev.browser import sign_in
from tests.browser.test_browser_payments_integrations import add_billingo
from tests.integration.billing.conftest import POLLER_PORT, Emulator
from tests.integration.conftest import SZT, Process, Tenant

PASSWORD = "browser-test-pw"
COUNT = 6


@pytest.fixture()
def billingo_poller(api: str, worker: Process) -> Iterator[Process]:
    """The poller for this test only: left running, it would poll the other browser tests' connections."""
    proc = Process("billingo-poller-backfill", [SZT, "run", "billingo-poller", "--interval", "1"],
                   f"http://127.0.0.1:{POLLER_PORT}/healthz")
    proc.start()
    yield proc
    proc.stop()


@pytest.fixture()
def billingo() -> Iterator[Emulator]:
    with Emulator("billingo", "--invoices", str(COUNT), "--seed", "43", "--rate-limit", "100000") as emulator:
        yield emulator


def test_browser_admin_back_fills_a_billingo_connection_and_watches_it_to_done_finance_cannot(
    page: Any, tenant: Tenant, db: Database[dict[str, Any]], billingo: Emulator, billingo_poller: Process,
) -> None:
    create_user(db, tenant=tenant.name, username="gazda", password=PASSWORD, role=Role.ADMIN)
    create_user(db, tenant=tenant.name, username="penz", password=PASSWORD, role=Role.FINANCE)
    sign_in(page, tenant.api, tenant.name, "gazda", PASSWORD, target="/ui/admin/integrations")
    add_billingo(page, "Billingo múlt", "demo-write-key", billingo)
    assert "sikeres" in page.get_by_test_id("verdict").inner_text()
    doc = db.connections.find_one({"tenant": tenant.name, "name": "Billingo múlt"})
    assert doc is not None
    cid = doc["_id"]
    try:
        # paused, so only the back-fill fetches (a back-fill runs on a paused connection, as the CLI does)
        page.get_by_role("button", name="Szüneteltetés: Billingo múlt", exact=True).click()
        assert page.get_by_test_id(f"state-{cid}").inner_text() == "szüneteltetve"

        row = page.get_by_test_id(f"connection-{cid}")
        row.get_by_text("Visszamenőleges letöltés", exact=True).click()
        row.get_by_label("Ettől a dátumtól (számla kelte)").fill("2020-01-01")
        row.get_by_role("button", name="Letöltés indítása: Billingo múlt", exact=True).click()
        page.wait_for_url(f"**/ui/admin/integrations/{cid}/backfill*")
        # the page refreshes itself (a meta refresh) until the poller has run the job
        page.wait_for_selector("[data-testid=backfill-progress][data-status=done]", timeout=180_000)
        line = page.get_by_test_id("backfill-progress").inner_text()
        assert line == f"Kész: {COUNT} / {COUNT} számla — {COUNT} új, 0 már megvolt", line
        assert page.get_by_test_id("backfill-refreshing").count() == 0
        assert page.get_by_test_id("backfill-form").count() == 1  # done: a new one may be asked for

        page.get_by_role("link", name="Vissza az Integrációkhoz").click()
        assert f"{COUNT} új" in page.get_by_test_id(f"backfill-{cid}").inner_text()
        assert db.ingest_items.count_documents({"connection_id": cid}) == COUNT

        page.get_by_role("button", name="Kilépés").click()
        sign_in(page, tenant.api, tenant.name, "penz", PASSWORD, target="/ui/")
        for url in ("/ui/admin/integrations", f"/ui/admin/integrations/{cid}/backfill"):
            answer = page.goto(f"{tenant.api}{url}")
            assert answer is not None and answer.status == 403
            assert page.get_by_text("Visszamenőleges letöltés").count() == 0
    finally:
        db.connections.update_one({"_id": cid}, {"$set": {"enabled": False}})
