"""The start page (Kezdőlap) and the search list in Chromium, as konyvelo (finance), demo (admin), auditor
and debrecen (viewer of one site), against the test stack: four invoices arrive through two own-system
connections (Budapest, Debrecen), one is paid in part and overdue; each start-page figure opens the list
that it counted; the list sorts, sums per currency, finds a number by its middle, exports CSV and XLSX;
the Debrecen viewer sees none of Budapest's numbers; at 390 px the list is cards with no word broken."""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.admin import create_own_system_connection
from services.adapters.settings import Settings
from services.adapters.users import create_user
from services.adapters.webhook_client import post_signed, webhook_body
from services.core.enums import Role
from services.web.invoice_search import today
from services.web.presentation import format_amount
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.browser.a11y import BROKEN_WORDS
from tests.integration.conftest import Process, Tenant, wait_until

DOCS = demo_documents(demo_book(4, seed=23))
PASSWORD = "browser-test-pw"
USERS = {"konyvelo": (Role.FINANCE, ()), "demo": (Role.ADMIN, ()), "auditor": (Role.AUDITOR, ()),
         "debrecen": (Role.VIEWER, ("debrecen",))}



def _shot(page: Any, name: str) -> None:
    """A screenshot beside the test stack's logs (``SZAMLATAR_TEST_LOGS``), for the pages' walk-through."""
    folder = Path(os.environ.get("SZAMLATAR_TEST_LOGS", ".")) / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


@dataclass(frozen=True)
class Seeded:
    tenant: Tenant
    overdue_number: str
    open_left: Decimal
    numbers: dict[str, str]  # which → invoice number


def _meta(index: int, *, due_days: int, incoming: bool = False) -> dict[str, Any]:
    inv, _ = DOCS[index]
    meta = invoice_metadata(inv)
    meta["issue_date"] = today().isoformat()
    meta["due_date"] = (today() + timedelta(days=due_days)).isoformat()
    if incoming:  # we are the buyer: the supplier is the other party
        meta["direction"] = "incoming"
        meta["seller"], meta["buyer"] = meta["buyer"], meta["seller"]
    return meta


@pytest.fixture(scope="module")
def seeded(api: str, worker: Process, status_sync_process: Process, db: Database[dict[str, Any]],
           settings: Settings) -> Iterator[Seeded]:
    tenant = Tenant(api, db, settings)
    deb_connection = f"{tenant.name}-deb"
    deb_secret = create_own_system_connection(db, settings, connection_id=deb_connection, tenant=tenant.name,
                                              site="debrecen")
    posts = {"overdue": (0, _meta(0, due_days=-10)), "eur": (1, _meta(1, due_days=30)),
             "incoming": (2, _meta(2, due_days=30, incoming=True))}
    for key, (index, meta) in posts.items():
        assert tenant.post(f"br-start-{key}", DOCS[index][1], meta).status_code == 202
    body = webhook_body("br-start-deb", DOCS[3][1], filename="deb.pdf", invoice=_meta(3, due_days=-5))
    assert post_signed(requests.Session(), f"{api}/api/v1/webhooks/{deb_connection}", deb_secret,
                       body).status_code == 202
    wait_until(lambda: tenant.search()["total"] == 4, timeout=120, interval=1, what="four invoices indexed")
    overdue = next(i for i in tenant.search()["items"] if i["invoice_number"] == DOCS[0][0].number)
    gross = Decimal(DOCS[0][0].gross_total)
    paid = (gross / 4).quantize(Decimal("1"))
    answer = tenant.session.post(f"{api}/api/v1/invoices/{overdue['id']}/payments", timeout=30,
                                 json={"date": today().isoformat(), "amount": str(paid), "reference": "BR-KEZDO"})
    assert answer.status_code == 202, answer.text
    wait_until(lambda: tenant.search(status="open", overdue=True)["total"] == 1, timeout=180, interval=1,
               what="the partial payment applied and indexed")
    for name, (role, sites) in USERS.items():
        create_user(db, tenant=tenant.name, username=name, password=PASSWORD, role=role, sites=sites)
    yield Seeded(tenant, DOCS[0][0].number, gross - paid,
                 {"overdue": DOCS[0][0].number, "eur": DOCS[1][0].number, "incoming": DOCS[2][0].number,
                  "debrecen": DOCS[3][0].number})


def _login(page: Any, seeded: Seeded, username: str) -> None:
    page.goto(f"{seeded.tenant.api}/ui/")
    page.get_by_label("Szervezet").fill(seeded.tenant.name)
    page.get_by_label("Felhasználónév").fill(username)
    page.get_by_label("Jelszó").fill(PASSWORD)
    page.get_by_role("button", name="Belépés", exact=True).click()
    page.wait_for_url("**/ui/")
    assert page.locator("h1").inner_text() == "Kezdőlap"


def _figure(page: Any, name: str) -> int:
    return int(page.get_by_test_id(f"fig-{name}").locator(".figure").inner_text())


def _follow(page: Any, name: str) -> int:
    """Open the list a figure links to; the list's hit count."""
    page.get_by_test_id(f"fig-{name}").locator("a").click()
    page.wait_for_url("**/ui/invoices?*")
    found = re.match(r"(\d+) találat", page.get_by_test_id("total").inner_text())
    assert found
    return int(found.group(1))


@pytest.mark.roles("konyvelo")
def test_browser_start_page_and_list_as_finance(page: Any, seeded: Seeded) -> None:
    _login(page, seeded, "konyvelo")
    _shot(page, "start-konyvelo")
    assert page.evaluate(BROKEN_WORDS, "ul.figures li, h1, h2, .legend") == []
    assert _figure(page, "outgoing-today") == 3 and _figure(page, "incoming-today") == 1
    assert _figure(page, "outgoing-overdue") == 1
    assert format_amount(seeded.open_left, "HUF") in page.get_by_test_id("fig-outgoing-overdue").inner_text()
    assert page.get_by_test_id("chart").is_visible() and page.get_by_test_id("fig-review").is_visible()
    assert page.get_by_test_id("fig-failing").count() == 0  # integrations are the admin's
    for name in ("outgoing-today", "incoming-today", "outgoing-overdue", "outgoing-open"):
        page.goto(f"{seeded.tenant.api}/ui/")
        counted = _figure(page, name)
        assert _follow(page, name) == counted, name

    page.goto(f"{seeded.tenant.api}/ui/invoices?direction=incoming")
    row = page.get_by_test_id("row").first.inner_text()
    assert DOCS[2][0].buyer.name in row  # the supplier of an incoming invoice, not ourselves
    page.goto(f"{seeded.tenant.api}/ui/invoices?direction=outgoing")
    page.get_by_test_id("sort-gross_total").click()
    page.wait_for_url("**sort=gross_total*")
    assert page.locator("th[aria-sort=ascending]").count() == 1
    assert "EUR" in page.get_by_test_id("totals").inner_text()
    _shot(page, "search-konyvelo")
    assert page.evaluate(BROKEN_WORDS, "table th, table td, .filters label, h1") == []  # desktop width
    middle = seeded.numbers["debrecen"][-5:]  # "025-4" of "HPSZ-2025-4": a part, not the beginning
    page.get_by_label("Számlaszám (vagy része)").fill(middle)
    page.get_by_role("button", name="Keresés").click()
    page.wait_for_url("**number=*")
    assert page.get_by_test_id("total").inner_text() == "1 találat"
    assert seeded.numbers["debrecen"] in page.locator("table.results").inner_text()
    with page.expect_download() as download:
        page.get_by_test_id("export-csv").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert text.startswith("Irány,Típus,Számlaszám,Kelte,Fizetési határidő,Partner")


@pytest.mark.roles("demo")
def test_browser_start_page_and_xlsx_export_as_admin(page: Any, seeded: Seeded) -> None:
    _login(page, seeded, "demo")
    _shot(page, "start-demo")
    assert page.get_by_test_id("fig-failing").is_visible()
    assert _figure(page, "outgoing-today") == 3
    page.goto(f"{seeded.tenant.api}/ui/invoices?currency=EUR")
    with page.expect_download() as download:
        page.get_by_test_id("export-xlsx").click()
    with zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes())) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<t>Számlaszám</t>" in sheet and f"<t>{seeded.numbers['eur']}</t>" in sheet
    assert re.search(rf'<c r="H2" s="\d+"><v>{DOCS[1][0].gross_total}</v></c>', sheet)  # a number cell


@pytest.mark.roles("auditor")
def test_browser_start_page_and_list_as_auditor(page: Any, seeded: Seeded) -> None:
    _login(page, seeded, "auditor")
    _shot(page, "start-auditor")
    assert _figure(page, "outgoing-open") == 1 and page.get_by_test_id("fig-failing").count() == 0
    assert _follow(page, "outgoing-open") == 1
    assert seeded.overdue_number in page.locator("table.results").inner_text()


@pytest.mark.roles("debrecen")
def test_browser_one_site_viewer_sees_only_its_site_and_cards_on_a_phone(page: Any, seeded: Seeded) -> None:
    _login(page, seeded, "debrecen")
    assert _figure(page, "outgoing-today") == 1 and _figure(page, "incoming-today") == 0
    assert _figure(page, "outgoing-overdue") == 0  # Budapest's overdue invoice is not counted here
    budapest = (seeded.numbers["overdue"], seeded.numbers["eur"], seeded.numbers["incoming"],
                format_amount(DOCS[0][0].gross_total, "HUF"))
    for path in ("/ui/", "/ui/invoices", "/ui/invoices?site=budapest"):
        page.goto(f"{seeded.tenant.api}{path}")
        body = page.locator("body").inner_text()
        assert not [b for b in budapest if b in body], path
    assert page.get_by_test_id("total").inner_text() == "0 találat"

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{seeded.tenant.api}/ui/invoices")
    assert seeded.numbers["debrecen"] in page.locator("table.results").inner_text()
    cell = page.locator("table.results tbody td").first
    assert cell.evaluate("td => getComputedStyle(td).display") == "grid"
    assert cell.evaluate("td => getComputedStyle(td, '::before').content") == '"Irány"'
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert page.evaluate(BROKEN_WORDS, "table.results td, .filters label, h1") == []
    _shot(page, "search-debrecen-390px")
    page.goto(f"{seeded.tenant.api}/ui/")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert page.evaluate(BROKEN_WORDS, "ul.figures li, h1, h2") == []
    _shot(page, "start-debrecen-390px")


@pytest.mark.roles("konyvelo", "demo", "debrecen")
def test_browser_saved_searches_are_private_unless_an_admin_shares_them(page: Any, seeded: Seeded) -> None:
    _login(page, seeded, "konyvelo")
    page.goto(f"{seeded.tenant.api}/ui/invoices?direction=outgoing&overdue=1")
    page.get_by_text("A jelenlegi szűrők mentése").click()
    page.get_by_label("A keresés neve").fill("Lejárt kimenő")
    assert page.get_by_label("Megosztás a szervezet minden felhasználójával").count() == 0  # admins share
    page.get_by_role("button", name="Mentés", exact=True).click()
    page.wait_for_url("**saved=saved*")
    assert page.get_by_test_id("saved-notice").inner_text() == "A keresés elmentve."
    page.goto(f"{seeded.tenant.api}/ui/")
    page.get_by_test_id("saved").get_by_role("link", name="Lejárt kimenő").click()
    page.wait_for_url("**/ui/invoices?*")
    assert page.get_by_test_id("total").inner_text() == "1 találat"  # the overdue invoice, as counted
    assert seeded.overdue_number in page.locator("table.results").inner_text()

    page.context.clear_cookies()
    _login(page, seeded, "demo")
    page.goto(f"{seeded.tenant.api}/ui/invoices?currency=EUR")
    assert page.get_by_test_id("saved-search").count() == 0  # konyvelo's own is not shown to others
    page.get_by_text("A jelenlegi szűrők mentése").click()
    page.get_by_label("A keresés neve").fill("Euró")
    page.get_by_label("Megosztás a szervezet minden felhasználójával").check()
    page.get_by_role("button", name="Mentés", exact=True).click()
    page.wait_for_url("**saved=saved*")

    page.context.clear_cookies()
    _login(page, seeded, "debrecen")
    shared = page.get_by_test_id("saved").get_by_role("link", name="Euró")
    assert "megosztott" in page.get_by_test_id("saved-search").inner_text()
    shared.click()
    page.wait_for_url("**currency=EUR*")
    assert seeded.numbers["eur"] not in page.locator("main").inner_text()  # Budapest's EUR invoice stays hidden
    assert page.get_by_role("button", name="„Euró” mentett keresés törlése").count() == 0  # not the viewer's to delete
