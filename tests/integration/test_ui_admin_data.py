"""The Szabályok and Törzsadatok admin pages against the real stack (FerretDB, the indexer, the API process):
an admin saves a rule through the page and the API lists the same rule and version, audited as the API's;
the dry run reads the indexed invoices and shows what the rule would do to each; a reference CSV with a bad
row stores the good rows and reports the bad one in Hungarian; finance may look, a viewer may not."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import requests
from pymongo.database import Database

from services.adapters.users import create_user
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, csrf_of, ui_login, wait_until

DOCS = demo_documents(demo_book(2, seed=23))
PASSWORD = "ui-admin-data-pw"


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _post(browser: requests.Session, api: str, page: str, url: str, **data: str) -> requests.Response:
    token = csrf_of(browser.get(f"{api}{page}", timeout=30).text)
    return browser.post(f"{api}{url}", data={**data, "csrf_token": token}, timeout=60)


def test_an_admin_saves_a_rule_and_dry_runs_it_over_the_indexed_invoices(tenant: Tenant,
                                                                       db: Database[dict[str, Any]]) -> None:
    for n, (inv, pdf) in enumerate(DOCS):
        assert tenant.post(f"rule-{n}", pdf, invoice_metadata(inv)).status_code == 202
    wait_until(lambda: tenant.archived_count() >= 2, timeout=90, what="two archived invoices")
    (small, _), (big, _) = sorted(DOCS, key=lambda d: Decimal(d[0].gross_total))
    assert Decimal(small.gross_total) < Decimal(big.gross_total)
    create_user(db, tenant=tenant.name, username="adel", password=PASSWORD, role=Role.ADMIN)
    browser = ui_login(tenant.api, tenant.name, "adel", PASSWORD)
    rule = {"id": "nagy-szamla", "name": "Nagy számla", "priority": "5", "enabled": "1",
            "amount_min": str(big.gross_total).replace(".", ","), "archive": "approval", "add_tags": "nagy"}

    saved = _post(browser, tenant.api, "/ui/admin/rules", "/ui/admin/rules/save", **rule)
    assert saved.status_code == 200 and "új verzióként mentettük" in saved.text, saved.text[-2000:]
    listed = tenant.session.get(f"{tenant.api}/api/v1/rules", timeout=30).json()["items"]
    assert [(r["id"], r["version"], r["conditions"]["amount_min"]) for r in listed] == [
        ("nagy-szamla", 1, str(Decimal(big.gross_total)))]
    assert db.audit_log.count_documents({"tenant": tenant.name, "action": "rule.saved",
                                         "target": "rule:nagy-szamla"}) == 1

    def dry_run() -> str:
        answer = _post(browser, tenant.api, "/ui/admin/rules", "/ui/admin/rules/dry-run", scope="stored")
        assert answer.status_code == 200
        return answer.text

    wait_until(lambda: "Az utolsó 2 számlából" in _text(dry_run()), timeout=60, interval=1.0,
               what="the indexer to hand both invoices to the dry run")
    table = re.search(r'data-testid="dry-table">(.*?)</table>', dry_run(), re.S)
    assert table is not None
    assert big.number in table.group(1) and small.number not in table.group(1)
    assert "jóváhagyásra várna" in _text(table.group(1))
    assert db.rules.count_documents({"tenant": tenant.name}) == 1  # a dry run changes nothing


def test_a_reference_csv_with_a_bad_row_is_reported_row_by_row(tenant: Tenant, db: Database[dict[str, Any]]) -> None:
    for name, role in (("adel", Role.ADMIN), ("fanni", Role.FINANCE), ("vince", Role.VIEWER)):
        create_user(db, tenant=tenant.name, username=name, password=PASSWORD, role=role)
    admin = ui_login(tenant.api, tenant.name, "adel", PASSWORD)
    token = csrf_of(admin.get(f"{tenant.api}/ui/admin/reference?kind=contract", timeout=30).text)
    data = "id;number;name\nk-1;SZ-2026/1;Karbantartás\nk-2;;Szám nélkül\nk-3;SZ-2026/3;Építés\n".encode()
    answer = admin.post(f"{tenant.api}/ui/admin/reference/contract/import", data={"csrf_token": token},
                        files={"file": ("szerzodesek.csv", data, "text/csv")}, timeout=60)
    assert answer.status_code == 200, answer.text[-2000:]
    report = {int(n): _text(row) for n, row in re.findall(r'data-testid="report-line-(\d+)">(.*?)</tr>',
                                                          answer.text, re.S)}
    assert "rendben" in report[2] and "rendben" in report[4]
    assert "A szám (projektszám, szerződésszám, rendelésszám) kötelező" in report[3]
    assert sorted(d["id"] for d in db.contracts.find({"tenant": tenant.name})) == ["k-1", "k-3"]
    [entry] = list(db.audit_log.find({"tenant": tenant.name, "action": "reference.csv_imported"}))
    assert entry["details"]["ids"] == ["k-1", "k-3"]

    api_list = tenant.session.get(f"{tenant.api}/api/v1/reference/contract", timeout=30).json()
    assert api_list["total"] == 2

    finance = ui_login(tenant.api, tenant.name, "fanni", PASSWORD)
    seen = finance.get(f"{tenant.api}/ui/admin/reference?kind=contract", timeout=30)
    assert seen.status_code == 200 and "Szerződések: 2 rekord" in _text(seen.text)
    assert 'data-testid="import-form"' not in seen.text
    viewer = ui_login(tenant.api, tenant.name, "vince", PASSWORD)
    assert viewer.get(f"{tenant.api}/ui/admin/reference", timeout=30).status_code == 403
    assert viewer.get(f"{tenant.api}/ui/admin/rules", timeout=30).status_code == 403
