"""In a real browser, against the test stack: an admin opens Szabályok from the admin tabs, fills in a rule
with its conditions and actions, saves it, dry-runs it and reads the table of what it would do to the
archived invoices; an admin opens Törzsadatok, imports a CSV of projects with one bad row and reads the
per-row report, the bad row's reason in Hungarian."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from pymongo.database import Database

from services.adapters.users import create_user
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.browser.test_browser_payments_integrations import PASSWORD, _login
from tests.browser.test_browser_start_search import _shot
from tests.integration.conftest import Tenant, wait_until

DOCS = demo_documents(demo_book(2, seed=29))


def test_browser_admin_creates_a_rule_dry_runs_it_and_reads_the_table(
    page: Any, tenant: Tenant, db: Database[dict[str, Any]],
) -> None:
    for n, (inv, pdf) in enumerate(DOCS):
        assert tenant.post(f"br-rule-{n}", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 2, timeout=90, what="two archived invoices")
    (small, _), (big, _) = sorted(DOCS, key=lambda d: Decimal(d[0].gross_total))
    create_user(db, tenant=tenant.name, username="adel", password=PASSWORD, role=Role.ADMIN)

    _login(page, tenant.api, tenant.name, "adel", "/ui/admin/integrations")
    page.get_by_test_id("nav-rules").click()
    page.wait_for_url("**/ui/admin/rules")
    assert page.get_by_test_id("no-rules").is_visible()
    page.get_by_label("Azonosító", exact=True).fill("nagy-szamla")
    page.get_by_label("Név", exact=True).fill("Nagy számla")
    page.get_by_label("Prioritás", exact=True).fill("5")
    page.get_by_label("Bruttó összeg legalább").fill(str(big.gross_total).replace(".", ","))
    page.get_by_label("Archiválás", exact=True).select_option("approval")
    page.get_by_label("Címkék hozzáadása").fill("nagy, ellenőrizendő")
    page.get_by_test_id("rule-save").click()
    assert "új verzióként mentettük" in page.get_by_test_id("notice").inner_text()
    assert "Nagy számla" in page.get_by_test_id("rule-nagy-szamla").inner_text()
    assert page.get_by_test_id("version-1").is_visible()

    def dry_run_sees_both() -> bool:
        page.get_by_test_id("dry-run-stored").click()
        page.wait_for_load_state()
        return "Az utolsó 2 számlából" in page.get_by_test_id("dry-summary").inner_text()

    wait_until(dry_run_sees_both, timeout=60, interval=1.0, what="the dry run to read both indexed invoices")
    table = page.get_by_test_id("dry-table")
    assert table.get_by_role("link", name=big.number).is_visible()
    assert table.get_by_role("link", name=small.number).count() == 0
    row = page.get_by_test_id("dry-row").first.inner_text()
    assert "jóváhagyásra várna" in row and "nagy, ellenőrizendő" in row and "nagy-szamla" in row
    _shot(page, "admin-rules-dry-run")


def test_browser_admin_imports_a_csv_with_a_bad_row_and_reads_the_report(
    page: Any, tenant: Tenant, db: Database[dict[str, Any]], tmp_path: Path,
) -> None:
    create_user(db, tenant=tenant.name, username="adel", password=PASSWORD, role=Role.ADMIN)
    csv_file = tmp_path / "projektek.csv"
    csv_file.write_text("id;number;name\np-1;PR-2026/1;Híd\np-2;;Szám nélkül\np-3;PR-2026/3;Csarnok\n",
                        encoding="utf-8")

    _login(page, tenant.api, tenant.name, "adel", "/ui/admin/integrations")
    page.get_by_test_id("nav-reference").click()
    page.wait_for_url("**/ui/admin/reference")
    page.get_by_test_id("kind-project").click()
    page.wait_for_url("**kind=project")
    assert page.get_by_test_id("no-records").is_visible()
    page.get_by_label("CSV-fájl").set_input_files(str(csv_file))
    page.get_by_test_id("import-submit").click()
    assert "2 sor mentve, 1 sor elutasítva" in page.get_by_test_id("notice").inner_text()
    assert "rendben" in page.get_by_test_id("report-line-2").inner_text()
    assert "A szám (projektszám, szerződésszám, rendelésszám) kötelező" in page.get_by_test_id(
        "report-line-3").inner_text()
    assert "rendben" in page.get_by_test_id("report-line-4").inner_text()
    assert page.get_by_test_id("record-p-1").is_visible() and page.get_by_test_id("record-p-3").is_visible()
    assert page.get_by_test_id("record-p-2").count() == 0
    _shot(page, "admin-reference-import")

    page.get_by_role("link", name="Szerkesztés: p-1").click()
    page.get_by_label("Név", exact=True).fill("Híd felújítás")
    page.get_by_test_id("record-save").click()
    assert "p-1 rekordot mentettük" in page.get_by_test_id("notice").inner_text()
    assert "Híd felújítás" in page.get_by_test_id("record-p-1").inner_text()
