"""Every UI page for every role, in Chromium: the page renders with its main heading and axe-core finds no
serious or critical violation, at desktop width and at 390 px (no sideways scrolling of the body, no word
broken inside a table cell or heading, no cell narrower than its content) — or the role gets the refusal
it should (403 / 404 page, itself checked by axe), and a visitor who is not signed in is sent to the login page.

The matrix is ``PAGES``: one line per page. A new page is one more line (its address, the message key of
its heading, and which roles are refused); ``SEEDED`` ids fill the address. The test count per role is
printed at the end of the run (``tests/browser/conftest.py``)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
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
from services.web.i18n import CATALOGUES
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.browser.a11y import body_overflow, broken_words, overflowing_cells, serious_violations, with_axe
from tests.integration.conftest import Process, Tenant, wait_until
from tests.integration.test_downstream import admin, ok

DOCS = demo_documents(demo_book(3, seed=83))
PASSWORD = "browser-test-pw"
ANONYMOUS = "anonymous"  # not signed in: every page sends to the login page
# The four users: admin, finance, auditor, and a viewer restricted to one site.
ROLES: dict[str, tuple[Role, tuple[str, ...]]] = {
    "demo": (Role.ADMIN, ()), "konyvelo": (Role.FINANCE, ()), "auditor": (Role.AUDITOR, ()),
    "debrecen": (Role.VIEWER, ("debrecen",)),
}
NOT_ADMIN = {"konyvelo": 403, "auditor": 403, "debrecen": 403}
HU = CATALOGUES["hu"]


@dataclass(frozen=True)
class UiPage:
    name: str
    path: str  # may name a SEEDED id: {invoice}, {budapest_invoice}, {client}, {item}, {project}, {own}, {billingo}
    heading: str  # the message key of its <h1>; the text before the first placeholder is checked
    refused: Mapping[str, int] = field(default_factory=dict)  # role → the status it gets instead


PAGES = (
    UiPage("start", "/ui/", "home.title"),
    UiPage("search", "/ui/invoices", "search.title"),
    UiPage("search-filtered", "/ui/invoices?direction=outgoing&status=open&sort=gross_total", "search.title"),
    UiPage("invoice", "/ui/invoices/{invoice}", "invoice.title"),
    UiPage("invoice-budapest", "/ui/invoices/{budapest_invoice}", "invoice.title", {"debrecen": 404}),
    UiPage("client", "/ui/clients/{client}", "client.title"),
    UiPage("review", "/ui/review", "review.title"),
    UiPage("review-item", "/ui/review/{item}", "review.item_title"),
    UiPage("audit", "/ui/audit", "audit.title", {"konyvelo": 403, "debrecen": 403}),
    UiPage("reconciliation", "/ui/reconciliation", "recon.title", {"debrecen": 403}),
    UiPage("reference", "/ui/reference/project/{project}", "invoice.link.project"),
    UiPage("integrations", "/ui/admin/integrations", "integrations.title", NOT_ADMIN),
    UiPage("integrations-edit", "/ui/admin/integrations?edit={own}", "integrations.title", NOT_ADMIN),
    UiPage("integrations-backfill", "/ui/admin/integrations/{billingo}/backfill", "integrations.backfill.title",
           NOT_ADMIN),
    UiPage("users", "/ui/admin/users", "admin.users", NOT_ADMIN),
    UiPage("webhooks", "/ui/admin/webhooks", "webhooks.title", NOT_ADMIN),
    UiPage("rules", "/ui/admin/rules", "rules.title", NOT_ADMIN),
    UiPage("signin-admin", "/ui/admin/signin", "signin_admin.title", NOT_ADMIN),
    UiPage("reference-admin", "/ui/admin/reference", "reference_admin.title", {"auditor": 403, "debrecen": 403}),
    UiPage("reference-admin-documents", "/ui/admin/reference?kind=completion_certificate", "reference_admin.title",
           {"auditor": 403, "debrecen": 403}),
)
CASES = [pytest.param(role, p, id=f"{role}-{p.name}", marks=pytest.mark.roles(role))
         for role in (*ROLES, ANONYMOUS) for p in PAGES]


def heading_of(key: str) -> str:
    return HU[key].split("{")[0].strip()


def _shot(page: Any, name: str) -> None:
    """A screenshot beside the test stack's logs, for the pages' walk-through."""
    folder = Path(os.environ.get("SZAMLATAR_TEST_LOGS", ".")) / "screenshots" / "matrix"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


def _meta(index: int) -> dict[str, Any]:
    meta = invoice_metadata(DOCS[index][0])
    return meta


@pytest.fixture(scope="module")
def seeded(api: str, worker: Process, db: Database[dict[str, Any]], settings: Settings) -> Iterator[dict[str, str]]:
    """A Budapest invoice, a Debrecen one in two versions, a Debrecen invoice held for approval, a Debrecen
    project, the users."""
    tenant = Tenant(api, db, settings)
    deb = f"{tenant.name}-deb"
    deb_secret = create_own_system_connection(db, settings, connection_id=deb, tenant=tenant.name, site="debrecen")

    def deb_post(external_id: str, index: int, pdf: bytes | None = None, **changed: Any) -> None:
        body = webhook_body(external_id, pdf or DOCS[index][1], filename=f"{external_id}.pdf",
                            invoice={**_meta(index), **changed})
        assert post_signed(requests.Session(), f"{api}/api/v1/webhooks/{deb}", deb_secret, body).status_code == 202

    assert tenant.post("mx-bud", DOCS[0][1], _meta(0)).status_code == 202
    deb_post("mx-deb", 1)
    wait_until(lambda: tenant.search()["total"] == 2, timeout=120, interval=1, what="two invoices indexed")
    rows = {row["invoice_number"]: row for row in tenant.search()["items"]}
    # A corrected copy with a later due date: the invoice page's versions and their comparison.
    deb_post("mx-deb", 1, DOCS[1][1] + b"\n% corrected copy\n", due_date="2031-12-31")
    invoice_url = f"{api}/api/v1/invoices/{rows[DOCS[1][0].number]['id']}"
    wait_until(lambda: len(tenant.session.get(invoice_url, timeout=30).json()["versions"]) == 2, timeout=90,
               interval=1, what="the Debrecen invoice's second version")
    client = wait_until(lambda: tenant.search(number=DOCS[1][0].number)["items"][0].get("counterparty_id"),
                        timeout=60, interval=1, what="the Debrecen invoice's client record")
    ok(admin(tenant).put(f"{api}/api/v1/reference/project/p-mx", timeout=30,
                         json={"name": "Debreceni raktár felújítása", "number": "PRJ-MX", "site": "debrecen"}))
    ok(admin(tenant).put(f"{api}/api/v1/rules/mind", timeout=30, json={
        "name": "Minden számla jóváhagyásra", "priority": 10, "conditions": {"sources": ["own_system"]},
        "actions": {"archive": "approval"}}))
    deb_post("mx-held", 2)
    item = wait_until(lambda: db.review_queue.find_one({"tenant": tenant.name, "external_id": "mx-held"}),
                      timeout=90, what="the invoice held for approval")
    for name, (role, sites) in ROLES.items():
        create_user(db, tenant=tenant.name, username=name, password=PASSWORD, role=role, sites=sites)
    billingo = f"{tenant.name}-bil"  # paused and keyless: only its back-fill page is looked at
    db.connections.insert_one({"_id": billingo, "kind": "billingo", "tenant": tenant.name, "site": "budapest",
                               "name": "Billingo", "enabled": False})
    yield {"api": api, "tenant": tenant.name, "invoice": rows[DOCS[1][0].number]["id"],
           "budapest_invoice": rows[DOCS[0][0].number]["id"], "client": str(client), "item": str(item["_id"]),
           "project": "p-mx", "own": tenant.connection_id, "billingo": billingo}


@pytest.fixture(scope="module")
def contexts(chromium: Any, seeded: dict[str, str]) -> Iterator[dict[str, Any]]:
    """One browser context per role, signed in once, with axe-core in every page; one not signed in."""
    made: dict[str, Any] = {}
    for name in (*ROLES, ANONYMOUS):
        context = with_axe(chromium.new_context(locale="hu-HU"))
        context.set_default_timeout(15_000)
        made[name] = context
        if name == ANONYMOUS:
            continue
        page = context.new_page()
        page.goto(f"{seeded['api']}/ui/login")
        page.get_by_label("Szervezet").fill(seeded["tenant"])
        page.get_by_label("Felhasználónév").fill(name)
        page.get_by_label("Jelszó").fill(PASSWORD)
        page.get_by_role("button", name="Belépés", exact=True).click()
        page.wait_for_url("**/ui/")
        page.close()
    yield made
    for context in made.values():
        context.close()


def _rendered(page: Any, ui_page: UiPage, role: str) -> None:
    """The page as the role sees it, wide and at 390 px."""
    assert page.locator("h1").first.inner_text().startswith(heading_of(ui_page.heading))
    assert page.locator("main h1").count() == 1, "one main heading"
    assert serious_violations(page) == [], f"{ui_page.name} as {role}: axe-core"
    _shot(page, f"{ui_page.name}-{role}")
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    assert body_overflow(page) == 0, f"{ui_page.name} as {role}: the body scrolls sideways at 390 px"
    assert broken_words(page, "td, th, h1, h2, label, nav a, dt, dd") == [], f"{ui_page.name} as {role} at 390 px"
    assert overflowing_cells(page) == [], f"{ui_page.name} as {role} at 390 px: cells narrower than their content"
    assert serious_violations(page) == [], f"{ui_page.name} as {role} at 390 px: axe-core"
    _shot(page, f"{ui_page.name}-{role}-390px")


@pytest.mark.parametrize(("role", "ui_page"), CASES)
def test_browser_page_matrix(role: str, ui_page: UiPage, seeded: dict[str, str], contexts: dict[str, Any]) -> None:
    page = contexts[role].new_page()
    try:
        response = page.goto(seeded["api"] + ui_page.path.format(**seeded))
        assert response is not None
        if role == ANONYMOUS:
            assert "/ui/login?next=" in page.url
            assert page.locator("h1").inner_text() == heading_of("login.title")
            assert serious_violations(page) == [], "the login page: axe-core"
        elif role in ui_page.refused:
            assert response.status == ui_page.refused[role], f"{ui_page.name} as {role}"
            assert page.locator("h1").inner_text() == heading_of("error.title")
            assert serious_violations(page) == [], f"the error page ({response.status}): axe-core"
        else:
            assert response.status == 200, f"{ui_page.name} as {role}: {response.status}"
            _rendered(page, ui_page, role)
    finally:
        page.close()
