"""The Szabályok and Törzsadatok admin pages against in-memory fakes: a rule created, edited (a new version
each time, the older ones listed and loadable), refused in Hungarian when invalid, and dry-run as a table —
through the same use cases as the API, audited the same; reference records listed a page at a time, edited,
and imported from a CSV whose bad row is reported with its line and a Hungarian reason while the good rows
are stored. Admins change; finance may look at reference data; viewers and auditors are refused; every
form is CSRF-checked; a site admin stays within its sites."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.core.enums import Role
from services.core.reference import RefKind, normalise_record
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import FakeRepos
from tests.unit.web.fakes import fake_ports
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login


def _view(invoice_id: str, number: str, gross: str, site: str = "budapest", text: str = "") -> dict[str, Any]:
    return {"_id": invoice_id, "tenant": TENANT, "site": site, "invoice_number": number,
            "updated_at": f"2026-12-0{len(invoice_id) % 9 + 1}T08:00:00+00:00",
            "source": {"kind": "billingo", "connection_id": "bgo-1"}, "search_terms": text.split(),
            "invoice": {"number": number, "gross_total": gross, "currency": "HUF", "kind": "normal"}, "match": {}}


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    for name, role, sites in (("root", Role.ADMIN, ()), ("bp", Role.ADMIN, ("budapest",)),
                              ("anna", Role.FINANCE, ()), ("vera", Role.VIEWER, ()), ("aud", Role.AUDITOR, ())):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    repos.invoices.add(_view("inv-1", "BP-2026/1", "2500000"))
    repos.invoices.add(_view("inv-22", "BP-2026/2", "12000"))
    repos.invoices.add(_view("inv-333", "DEB-2026/3", "9000000", site="debrecen"))
    records = [normalise_record(RefKind.CLIENT, TENANT, {"id": f"c-{n:03}", "name": f"Ügyfél {n}",
                                                         "site": "budapest" if n % 2 else "debrecen"})
               for n in range(1, 61)]
    repos.reference.upsert_many(TENANT, records)
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def _post(client: TestClient, page: str, url: str, **data: str) -> Any:
    token = _csrf(client.get(page).text)
    return client.post(url, data={**data, "csrf_token": token})


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


BIG = {"id": "nagy", "name": "Nagy összegű", "priority": "10", "enabled": "1", "amount_min": "1 000 000",
       "archive": "approval", "add_tags": "nagy, ellenőrizendő"}


def test_an_admin_creates_a_rule_edits_it_and_sees_its_versions(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    saved = _post(client, "/ui/admin/rules", "/ui/admin/rules/save", **BIG)
    assert saved.status_code == 200 and "új verzióként mentettük" in saved.text
    stored = ports.rules.get(TENANT, "nagy")
    assert stored is not None and stored["conditions"]["amount_min"] == "1000000"
    assert stored["actions"]["add_tags"] == ["nagy", "ellenőrizendő"] and stored["actions"]["archive"] == "approval"
    assert 'data-testid="rule-nagy"' in saved.text and "jóváhagyásra vár" in _text(saved.text)
    assert "bruttó legalább: 1 000 000 →" in _text(saved.text)  # no currency named: the amount alone

    again = _post(client, "/ui/admin/rules?edit=nagy", "/ui/admin/rules/save", **{**BIG, "amount_min": "2000000",
                                                                                  "original": "nagy"})
    assert again.status_code == 200
    assert 'data-testid="version-1"' in again.text and 'data-testid="version-2"' in again.text
    older = client.get("/ui/admin/rules?edit=nagy&version=1").text
    assert 'value="1000000"' in older and "korábbi verziót töltöttünk be" in older
    assert [e["action"] for e in ports.audit.trail(TENANT, "rule:nagy")] == ["rule.saved", "rule.saved"]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("id", "rossz id", "Adjon meg azonosítót"),
    ("priority", "első", "A prioritás egész szám legyen"),
    ("amount_min", "sok", "számot írjon (most: „sok”)"),
    ("text_value", "[nyitott", "A reguláris kifejezés hibás"),
])
def test_an_invalid_rule_is_refused_with_a_hungarian_message(client: TestClient, ports: Ports, field: str,
                                                             value: str, message: str) -> None:
    login(client, "root")
    form = {**BIG, field: value, **({"text_mode": "regex"} if field == "text_value" else {})}
    refused = _post(client, "/ui/admin/rules", "/ui/admin/rules/save", **form)
    assert refused.status_code == 422 and message in refused.text
    assert ports.rules.list(TENANT) == []
    assert f'value="{value}"' in refused.text  # what was typed stays in the form


def test_the_dry_run_shows_what_the_rule_would_do_to_each_invoice(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    draft = _post(client, "/ui/admin/rules", "/ui/admin/rules/dry-run", **BIG)
    assert draft.status_code == 200 and ports.rules.list(TENANT) == []  # tried, not saved
    table = re.search(r'data-testid="dry-table">(.*?)</table>', draft.text, re.S)
    assert table is not None
    rows = _text(table.group(1))
    assert "BP-2026/1" in rows and "jóváhagyásra várna" in rows and "nagy, ellenőrizendő" in rows
    assert "BP-2026/2" not in rows  # under the amount
    assert "DEB-2026/3" in rows  # a tenant-wide admin's dry run reads every site
    assert "Az utolsó 3 számlából 2 számlára illene szabály; 2 kerülne jóváhagyásra" in _text(draft.text)

    _post(client, "/ui/admin/rules", "/ui/admin/rules/save", **BIG)
    client.cookies.clear()
    login(client, "bp")
    stored = _post(client, "/ui/admin/rules", "/ui/admin/rules/dry-run", scope="stored")
    assert stored.status_code == 200 and "a mentett szabályok" in stored.text
    assert "DEB-2026/3" not in stored.text and "Egyik számlára sem illene szabály" in stored.text  # not its rule


def test_a_site_admin_may_not_save_a_rule_for_every_site(client: TestClient, ports: Ports) -> None:
    login(client, "bp")
    assert 'name="sites" value="budapest"' in client.get("/ui/admin/rules").text  # a new rule starts at its sites
    refused = _post(client, "/ui/admin/rules", "/ui/admin/rules/save", **BIG)
    assert refused.status_code == 403 and "az Ön telephelyein kívülre" in refused.text
    assert _post(client, "/ui/admin/rules", "/ui/admin/rules/save", **BIG, sites="budapest").status_code == 200


def test_a_deleted_rule_keeps_its_history(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    _post(client, "/ui/admin/rules", "/ui/admin/rules/save", **BIG)
    gone = _post(client, "/ui/admin/rules?edit=nagy", "/ui/admin/rules/nagy/delete")
    assert gone.status_code == 200 and ports.rules.list(TENANT) == []
    history = client.get("/ui/admin/rules?edit=nagy").text
    assert 'data-testid="version-2"' in history and "törölve" in history
    assert [e["action"] for e in ports.audit.trail(TENANT, "rule:nagy")] == ["rule.saved", "rule.deleted"]


def test_reference_records_are_listed_a_page_at_a_time_within_the_readers_sites(client: TestClient) -> None:
    login(client, "root")
    first = client.get("/ui/admin/reference?kind=client").text
    assert "Ügyfelek: 60 rekord" in _text(first) and "1. oldal / 2" in first
    assert 'data-testid="record-c-050"' in first and 'data-testid="record-c-051"' not in first
    assert 'data-testid="record-c-060"' in client.get("/ui/admin/reference?kind=client&page=2").text
    client.cookies.clear()
    login(client, "bp")
    mine = client.get("/ui/admin/reference?kind=client").text
    assert "Ügyfelek: 30 rekord" in _text(mine) and 'data-testid="record-c-002"' not in mine
    assert client.get("/ui/admin/reference?kind=client&edit=c-002").status_code == 404


def test_an_admin_edits_a_record_as_the_api_would_store_it(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    form = client.get("/ui/admin/reference?kind=client&edit=c-001").text
    assert 'value="Ügyfél 1"' in form and 'data-testid="record-save"' in form
    saved = _post(client, "/ui/admin/reference?kind=client", "/ui/admin/reference/client/save", id="c-001",
                  original="c-001", name="Kovács Kft.", aliases="Kovács | Kovács és Társa", site="budapest",
                  active="1")
    assert saved.status_code == 200 and "A(z) c-001 rekordot mentettük" in saved.text
    record = ports.reference.get(TENANT, RefKind.CLIENT, "c-001")
    assert record["name"] == "Kovács Kft." and record["aliases"] == ["Kovács", "Kovács és Társa"]
    refused = _post(client, "/ui/admin/reference?kind=project", "/ui/admin/reference/project/save", id="p-1",
                    name="Híd")
    assert refused.status_code == 422 and "A szám (projektszám" in refused.text
    assert [e["action"] for e in ports.audit.trail(TENANT, "client")] == ["reference.upserted"]


CSV = ("id;number;name;client_id\n"
       "p-1;PR-2026/1;Híd;c-001\n"
       "p 2;PR-2026/2;Rossz azonosító;c-001\n"
       "p-3;;Szám nélkül;\n"
       "p-4;PR-2026/4;Csarnok;c-003\n").encode("cp1250")


def test_a_csv_import_reports_every_row_and_stores_the_good_ones(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    token = _csrf(client.get("/ui/admin/reference?kind=project").text)
    answer = client.post("/ui/admin/reference/project/import", data={"csrf_token": token},
                         files={"file": ("projektek.csv", CSV, "text/csv")})
    assert answer.status_code == 200
    assert "Import kész: 2 sor mentve, 2 sor elutasítva" in answer.text
    report = {int(n): _text(row) for n, row in re.findall(r'data-testid="report-line-(\d+)">(.*?)</tr>',
                                                          answer.text, re.S)}
    assert sorted(report) == [2, 3, 4, 5]
    assert "rendben" in report[2] and "rendben" in report[5]
    assert "Hiányzó vagy érvénytelen azonosító („p 2”)" in report[3]
    assert "A szám (projektszám, szerződésszám, rendelésszám) kötelező" in report[4]
    assert ports.reference.get(TENANT, RefKind.PROJECT, "p-1")["name"] == "Híd"  # Windows-1250 read as such
    assert ports.reference.list(TENANT, RefKind.PROJECT)[1] == 2
    [entry] = ports.audit.trail(TENANT, "project")
    assert entry["action"] == "reference.csv_imported" and entry["details"]["ids"] == ["p-1", "p-4"]


def test_a_site_admins_import_refuses_the_rows_of_other_sites(client: TestClient, ports: Ports) -> None:
    login(client, "bp")
    token = _csrf(client.get("/ui/admin/reference?kind=client").text)
    data = b"id,name,site\nc-101,Budai Kft.,budapest\nc-102,Debreceni Kft.,debrecen\nc-002,Elvitt Kft.,budapest\n"
    answer = client.post("/ui/admin/reference/client/import", data={"csrf_token": token},
                         files={"file": ("ugyfelek.csv", data, "text/csv")})
    report = {int(n): _text(row) for n, row in re.findall(r'data-testid="report-line-(\d+)">(.*?)</tr>',
                                                          answer.text, re.S)}
    assert "rendben" in report[2]
    assert "A(z) debrecen telephely nem tartozik az Ön telephelyei közé" in report[3]
    assert "egy másik telephelyen van" in report[4]  # c-002 lies at debrecen
    assert ports.reference.get(TENANT, RefKind.CLIENT, "c-002")["name"] == "Ügyfél 2"


def test_finance_may_look_at_reference_data_but_not_change_it(client: TestClient, ports: Ports) -> None:
    login(client, "anna")
    home = client.get("/ui/review").text
    assert 'data-testid="nav-reference-data"' in home
    page = client.get("/ui/admin/reference?kind=client&edit=c-001")
    assert page.status_code == 200 and 'value="Ügyfél 1"' in page.text
    assert 'data-testid="record-save"' not in page.text and 'data-testid="import-form"' not in page.text
    token = _csrf(client.get("/ui/review").text)
    refused = client.post("/ui/admin/reference/client/save", data={"id": "c-001", "name": "X", "csrf_token": token})
    assert refused.status_code == 403 and ports.reference.get(TENANT, RefKind.CLIENT, "c-001")["name"] == "Ügyfél 1"
    assert client.get("/ui/admin/rules").status_code == 403


@pytest.mark.parametrize("user", ["vera", "aud"])
def test_viewers_and_auditors_are_refused_both_pages(client: TestClient, user: str) -> None:
    login(client, user)
    assert client.get("/ui/admin/rules").status_code == 403
    assert client.get("/ui/admin/reference").status_code == 403


def test_a_form_without_the_sessions_csrf_token_is_refused(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    assert client.post("/ui/admin/rules/save", data={**BIG, "csrf_token": "x"}).status_code == 403
    assert client.post("/ui/admin/rules/dry-run", data={**BIG, "csrf_token": "x"}).status_code == 403
    assert client.post("/ui/admin/reference/client/save",
                       data={"id": "c-001", "name": "X", "csrf_token": "x"}).status_code == 403
    assert client.post("/ui/admin/reference/client/import", data={"csrf_token": "x"},
                       files={"file": ("a.csv", b"id,name\nc-9,X\n", "text/csv")}).status_code == 403
    assert ports.rules.list(TENANT) == [] and ports.reference.list(TENANT, RefKind.CLIENT)[1] == 60


def test_an_admin_deletes_a_record_only_after_ticking_the_confirmation(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    form = client.get("/ui/admin/reference?kind=client&edit=c-001").text
    assert 'data-testid="record-delete"' in form and 'data-testid="delete-confirm"' in form
    unticked = _post(client, "/ui/admin/reference?kind=client", "/ui/admin/reference/client/delete", id="c-001")
    assert unticked.status_code == 422 and "jelölje be a megerősítést" in unticked.text
    assert ports.reference.get(TENANT, RefKind.CLIENT, "c-001")["name"] == "Ügyfél 1"
    gone = _post(client, "/ui/admin/reference?kind=client", "/ui/admin/reference/client/delete", id="c-001",
                 confirm="1")
    assert gone.status_code == 200 and "A(z) c-001 rekordot töröltük" in gone.text
    assert 'data-testid="record-c-001"' not in gone.text and ports.reference.list(TENANT, RefKind.CLIENT)[1] == 59
    assert [e["action"] for e in ports.audit.trail(TENANT, "client:c-001")] == ["reference.deleted"]
    assert _post(client, "/ui/admin/reference?kind=client", "/ui/admin/reference/client/delete", id="c-001",
                 confirm="1").status_code == 404


def test_finance_and_other_sites_admins_cannot_delete(client: TestClient, ports: Ports) -> None:
    login(client, "anna")
    assert 'data-testid="record-delete"' not in client.get("/ui/admin/reference?kind=client&edit=c-001").text
    assert _post(client, "/ui/review", "/ui/admin/reference/client/delete", id="c-001",
                 confirm="1").status_code == 403
    client.cookies.clear()
    login(client, "bp")
    assert _post(client, "/ui/admin/reference?kind=client", "/ui/admin/reference/client/delete", id="c-002",
                 confirm="1").status_code == 404  # c-002 lies at debrecen
    assert ports.reference.list(TENANT, RefKind.CLIENT)[1] == 60


@pytest.mark.parametrize(("kind", "title"), [("delivery_note", "Szállítólevelek"),
                                             ("completion_certificate", "Teljesítésigazolások"),
                                             ("handover", "Átadás-átvételi dokumentumok")])
def test_the_document_kinds_are_listed_edited_and_imported_like_the_others(client: TestClient, ports: Ports,
                                                                           kind: str, title: str) -> None:
    login(client, "root")
    page = client.get(f"/ui/admin/reference?kind={kind}").text
    assert f'data-testid="kind-{kind}"' in page and title in page and 'id="f-order_id"' in page
    certifies = kind != "delivery_note"
    assert ('id="f-invoice_ids"' in page) is certifies
    fields = {"id": "d-1", "number": "SZL-2026/7", "client_id": "c-001", "order_id": "o-9", "site": "budapest",
              "active": "1", **({"invoice_ids": "inv-1 | inv-22"} if certifies else {})}
    saved = _post(client, f"/ui/admin/reference?kind={kind}", f"/ui/admin/reference/{kind}/save", **fields)
    assert saved.status_code == 200 and 'data-testid="record-d-1"' in saved.text
    record = ports.reference.get(TENANT, RefKind(kind), "d-1")
    assert (record["number_key"], record["order_id"]) == ("SZL-2026/7", "o-9")
    if certifies:
        assert record["invoice_ids"] == ["inv-1", "inv-22"]
        assert 'href="/ui/reference/' not in saved.text.split('data-testid="records"')[1]  # no page of its own
    token = _csrf(saved.text)
    imported = client.post(f"/ui/admin/reference/{kind}/import", data={"csrf_token": token},
                           files={"file": ("d.csv", b"id;number;invoice_ids\nd-2;SZL-2026/8;inv-1\n", "text/csv")})
    assert "Import kész: 1 sor mentve, 0 sor elutasítva" in imported.text
