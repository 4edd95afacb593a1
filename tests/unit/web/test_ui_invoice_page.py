"""The invoice page (issue 12): the PDF preview of every version, the linked project / contract / order
(and their page), versions compared field by field, and — for admins — the legal hold form (issue 14),
placing and lifting a hold as the API does; the API's hold on a search result, bounded and audited."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from services.core.access import Principal
from services.core.clients import counterparty_id
from services.core.enums import Role
from services.core.errors import LimitExceededError
from services.core.reference import RefKind, record_key
from services.core.search_query import InvoiceQuery
from services.web import holds
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import FakeRepos, InvoiceRepo
from tests.unit.web.fakes import FakeTokens, fake_ports, invoice_doc

TENANT = "acme"
PASSWORD = "correct horse 1"
V1 = {"number": "BP-2025/1", "kind": "normal", "issue_date": "2025-09-08", "currency": "HUF",
      "gross_total": "6157040.00", "buyer_name": "Kovács és Társa Kft."}
V2 = V1 | {"gross_total": "6157041.00", "due_date": "2025-09-23"}


class Holds:
    """The retention repository's hold part, on the invoice twin."""

    def __init__(self, invoices: InvoiceRepo) -> None:
        self.invoices = invoices

    def set_hold(self, invoice_id: str, hold: dict[str, Any] | None) -> None:
        view = dict(self.invoices.views[invoice_id])
        view.pop("legal_hold", None)
        self.invoices.views[invoice_id] = view | ({"legal_hold": hold} if hold else {})


def _stored(repos: FakeRepos, key: str) -> str:
    version_id = repos.store.archive(key, b"%PDF-1.7 x", "a" * 64, date(2033, 12, 31))
    assert version_id is not None
    return version_id


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    ports.store = repos.store  # type: ignore[assignment]
    ports.retention = Holds(repos.invoices)  # type: ignore[assignment]
    accounts = repos.accounts
    accounts.add_user(TENANT, "anna", PASSWORD, Role.FINANCE)
    accounts.add_user(TENANT, "root", PASSWORD, Role.ADMIN)
    accounts.add_user(TENANT, "deb", PASSWORD, Role.VIEWER, sites=("debrecen",))
    repos.reference.upsert_many(TENANT, [
        {"_id": record_key(TENANT, RefKind.PROJECT, "prj-1"), "id": "prj-1", "kind": "project", "tenant": TENANT,
         "site": "budapest", "number": "PRJ-2025-001", "name": "Raktárbővítés", "client_id": "c-1"},
        {"_id": record_key(TENANT, RefKind.ORDER, "ord-1"), "id": "ord-1", "kind": "order", "tenant": TENANT,
         "site": "budapest", "number": "REND-2025-3672", "project_id": "prj-1"}])
    doc = invoice_doc("inv-bp", tenant=TENANT, site="budapest", number="BP-2025/1", gross="6157041") | {
        "current_version": 2, "project_id": "prj-1", "order_id": "ord-1", "contract_id": "gone-1"}
    repos.invoices.add(doc, versions=[
        {"version": 1, "sha256": "a" * 64, "size": 23962, "object_key": "k/bp", "version_id": _stored(repos, "k/bp"),
         "archived_at": datetime.now(UTC), "fields": V1},
        {"version": 2, "sha256": "b" * 64, "size": 24010, "object_key": "k/bp", "version_id": _stored(repos, "k/bp"),
         "archived_at": datetime.now(UTC), "fields": V2}])
    repos.invoices.add(invoice_doc("inv-db", tenant=TENANT, site="debrecen", number="DB-2025/7", gross="25400"),
                       versions=[{"version": 1, "sha256": "c" * 64, "size": 10, "object_key": "k/db",
                                  "version_id": _stored(repos, "k/db"), "archived_at": datetime.now(UTC)}])
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def login(client: TestClient, username: str) -> None:
    page = client.get("/ui/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token
    assert client.post("/ui/login", data={"tenant": TENANT, "username": username, "password": PASSWORD,
                                          "csrf_token": token.group(1)}).status_code == 303


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found
    return found.group(1)


def test_every_version_has_its_preview_and_the_current_one_shows_at_once(client: TestClient) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices/inv-bp").text
    assert '<img src="/api/v1/invoices/inv-bp/preview.png?version=2"' in page  # the current version, in view
    assert 'data-testid="preview-v1"' in page  # an older one, folded, loaded when opened
    assert ('src="/api/v1/invoices/inv-bp/preview.png?version=1" alt="A(z) 1. verzió első oldalai" '
            'loading="lazy"') in page
    assert "/api/v1/invoices/inv-bp/pdf?version=2&amp;inline=true" in page
    assert "23,4 KiB" in page and "23.4 KiB" not in page


def test_linked_records_are_links_with_their_names_and_a_gone_one_by_its_id(client: TestClient) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices/inv-bp").text
    assert '<a href="/ui/reference/project/prj-1">Raktárbővítés</a> <span class="muted">(PRJ-2025-001)</span>' in page
    assert '<a href="/ui/reference/order/ord-1">REND-2025-3672</a>' in page
    assert '<a href="/ui/reference/contract/gone-1">gone-1</a>' in page


def test_a_reference_page_shows_the_record_and_the_invoices_of_the_readers_sites(client: TestClient) -> None:
    login(client, "anna")
    page = client.get("/ui/reference/project/prj-1").text
    assert "Projekt: Raktárbővítés" in page and "PRJ-2025-001" in page
    assert '<a href="/ui/clients/c-1">c-1</a>' in page and "/ui/invoices/inv-bp" in page
    assert client.get("/ui/reference/order/ord-1").status_code == 200
    assert client.get("/ui/reference/client/c-1").status_code == 404  # clients have their card
    assert client.get("/ui/reference/project/nope").status_code == 404
    client.cookies.clear()
    login(client, "deb")  # another site's record and invoices: nothing to show
    assert client.get("/ui/reference/project/prj-1").status_code == 404


def test_versions_are_compared_field_by_field_in_hungarian_notation(client: TestClient) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices/inv-bp").text
    table = page[page.index('data-testid="compare"'):]
    table = table[:table.index("</table>")]
    assert "6 157 040 Ft" in table and "6 157 041 Ft" in table and "6157040.00" not in page
    gross = re.search(r'<tr class="changed"><th scope="row">Bruttó', table)
    assert gross, table
    assert '<tr><th scope="row">Számlaszám</th>' in table  # unchanged: no mark
    assert "nincs rögzítve" in table  # v1 recorded no due date


def test_only_an_admin_sees_the_hold_form(client: TestClient) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices/inv-bp").text
    assert "Nincs jogi zárolás." in page and 'data-testid="hold-form"' not in page
    refused = client.post("/ui/invoices/inv-bp/legal-hold", data={"csrf_token": _csrf(page), "action": "place",
                                                                   "reason": "NAV-ellenőrzés"})
    assert refused.status_code == 403


def test_an_admin_places_and_lifts_a_hold_with_a_reason_on_storage_and_in_the_audit_log(
        client: TestClient, repos: FakeRepos) -> None:
    login(client, "root")
    page = client.get("/ui/invoices/inv-bp").text
    assert 'data-testid="hold-form"' in page
    empty = client.post("/ui/invoices/inv-bp/legal-hold", data={"csrf_token": _csrf(page), "action": "place",
                                                                 "reason": " x "})
    assert empty.status_code == 422 and "Az indok kötelező" in empty.text
    placed = client.post("/ui/invoices/inv-bp/legal-hold", data={"csrf_token": _csrf(page), "action": "place",
                                                                  "reason": "NAV-ellenőrzés 2025/17"})
    assert placed.status_code == 303 and placed.headers["location"].endswith("?hold=placed#legal-hold")
    assert len(repos.store.held) == 2  # both stored versions
    page = client.get(placed.headers["location"]).text
    assert "Zárolva: „NAV-ellenőrzés 2025/17”" in page and "A számla jogi zárolás alatt áll." in page
    assert "Zárolás feloldása" in page
    lifted = client.post("/ui/invoices/inv-bp/legal-hold", data={"csrf_token": _csrf(page), "action": "lift",
                                                                  "reason": "az eljárás lezárult"})
    assert lifted.status_code == 303 and not repos.store.held
    page = client.get(lifted.headers["location"]).text
    assert "Nincs jogi zárolás." in page
    trail = [(e["action"], e["details"].get("reason")) for e in repos.audit.log if e["target"] == "inv-bp"]
    assert trail == [("invoice.legal_hold.set", "NAV-ellenőrzés 2025/17"),
                     ("invoice.legal_hold.lifted", "az eljárás lezárult")]
    assert "jogi zárolás feloldva" in page  # the audit trail in Hungarian words


def test_a_search_result_is_held_through_the_api_within_the_token_scope_and_audited_per_invoice(
        client: TestClient, ports: Ports, repos: FakeRepos) -> None:
    tokens: FakeTokens = ports.tokens  # type: ignore[assignment]
    admin = {"Authorization": "Bearer " + tokens.add("adm-token", tenant=TENANT, role=Role.ADMIN)}
    finance = {"Authorization": "Bearer " + tokens.add("fin-token", tenant=TENANT, role=Role.FINANCE)}
    deb = {"Authorization": "Bearer " + tokens.add("deb-token", tenant=TENANT, role=Role.ADMIN, sites=("debrecen",))}
    body = {"reason": "per 12.P.1/2026", "query": {"issue_from": "2025-01-01"}}
    assert client.put("/api/v1/search/legal-hold", json=body, headers=finance).status_code == 403
    assert client.put("/api/v1/search/legal-hold", json=body | {"reason": "x"}, headers=admin).status_code == 422
    blank = client.put("/api/v1/search/legal-hold", json=body | {"reason": "  x   "}, headers=admin)
    assert blank.status_code == 422 and blank.json()["detail"]["reason"] == "schema_violation"  # blanks do not count
    assert client.put("/api/v1/invoices/inv-bp/legal-hold", json={"reason": "  x   "}, headers=admin).status_code == 422
    assert not repos.audit.log

    done = client.put("/api/v1/search/legal-hold", json=body, headers=admin)
    assert done.status_code == 200, done.text
    assert done.json() == {"held": ["inv-bp", "inv-db"], "count": 2}
    assert len(repos.store.held) == 3  # every stored version of both
    assert [e["action"] for e in repos.audit.log] == ["invoice.legal_hold.set"] * 2 + ["search.legal_hold.set"]
    assert repos.audit.log[-1]["details"] == {"reason": "per 12.P.1/2026", "query": {"issue_from": "2025-01-01"},
                                              "hits": 2}
    assert (ports.invoices.get(TENANT, "inv-bp") or {})["legal_hold"]["reason"] == "per 12.P.1/2026"

    lifted = client.request("DELETE", "/api/v1/search/legal-hold", json=body | {"reason": "vége"}, headers=deb)
    assert lifted.json() == {"lifted": ["inv-db"], "count": 1}  # a site-restricted admin reaches its sites only
    assert "legal_hold" in (ports.invoices.get(TENANT, "inv-bp") or {})


def test_a_search_with_more_hits_than_the_bound_holds_nothing(ports: Ports, repos: FakeRepos) -> None:
    principal = Principal(tenant=TENANT, role=Role.ADMIN, subject="root")
    with pytest.raises(LimitExceededError, match="at most 1 are held"):
        holds.hold_search(ports, principal, InvoiceQuery(tenant=TENANT), reason="per 1", on=True, limit=1)
    assert not repos.store.held and not repos.audit.log


class Desk:
    """The evidence export, recorded: what it was asked for, and the audit it was handed."""

    def __init__(self) -> None:
        self.periods: list[Any] = []

    def export(self, period: Any, out: Any, actor_audit: Any) -> int:
        self.periods.append(period)
        actor_audit({"invoices": 1, "file": out.name})
        out.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
        return 1


def test_the_evidence_package_is_for_auditors_and_admins_of_every_site(
        client: TestClient, ports: Ports, repos: FakeRepos) -> None:
    desk = Desk()
    ports.evidence = desk  # type: ignore[assignment]
    tokens: FakeTokens = ports.tokens  # type: ignore[assignment]
    bearer = {r: {"Authorization": "Bearer " + tokens.add(f"{r.value}-t", tenant=TENANT, role=r)}
              for r in (Role.AUDITOR, Role.FINANCE)}
    local = {"Authorization": "Bearer " + tokens.add("l-t", tenant=TENANT, role=Role.AUDITOR, sites=("budapest",))}
    assert client.get("/api/v1/invoices/inv-bp/evidence.zip", headers=bearer[Role.FINANCE]).status_code == 403
    assert client.get("/api/v1/invoices/inv-bp/evidence.zip", headers=local).status_code == 403  # chain is tenant-wide
    assert desk.periods == []

    got = client.get("/api/v1/invoices/inv-bp/evidence.zip", headers=bearer[Role.AUDITOR])
    assert got.status_code == 200 and got.headers["content-type"] == "application/zip"
    assert got.headers["content-disposition"].startswith('attachment; filename="bizonyitek-BP-2025_1.zip"')
    assert desk.periods[-1].invoices == ("inv-bp",) and desk.periods[-1].tenant == TENANT
    assert [(e["action"], e["target"]) for e in repos.audit.log] == [("evidence.export", "inv-bp")]
    assert client.get("/api/v1/invoices/nope/evidence.zip", headers=bearer[Role.AUDITOR]).status_code == 404

    period = client.get("/api/v1/evidence.zip?from=2025-01-01&to=2025-12-31", headers=bearer[Role.AUDITOR])
    assert period.status_code == 200 and desk.periods[-1].query()["issue_date"] == {"$gte": "2025-01-01",
                                                                                     "$lte": "2025-12-31"}
    assert client.get("/api/v1/evidence.zip?from=2025-12-31&to=2025-01-01",
                      headers=bearer[Role.AUDITOR]).status_code == 422

    login(client, "root")  # the invoice page offers it to an unrestricted admin …
    assert 'href="/api/v1/invoices/inv-bp/evidence.zip"' in client.get("/ui/invoices/inv-bp").text
    client.cookies.clear()
    login(client, "anna")  # … not to finance
    assert "evidence.zip" not in client.get("/ui/invoices/inv-bp").text


def test_an_unmatched_invoice_links_to_its_counterpartys_client_card(client: TestClient, repos: FakeRepos) -> None:
    unmatched = invoice_doc("inv-free", tenant=TENANT, site="budapest", number="BP-2025/9", gross="1000",
                            client_id=None, client_name=None)
    repos.invoices.add(unmatched, versions=[])
    login(client, "anna")
    page = client.get("/ui/invoices/inv-free").text
    card = counterparty_id(unmatched)
    assert card and f'href="/ui/clients/{quote(card, safe="")}" data-testid="counterparty-card"' in page
    matched = client.get("/ui/invoices/inv-bp").text
    assert 'data-testid="counterparty-card"' not in matched  # the matched client's link is there instead


def test_an_admin_holds_and_lifts_every_hit_of_the_search_list_with_a_reason(
        client: TestClient, repos: FakeRepos) -> None:
    login(client, "anna")
    page = client.get("/ui/invoices?number=BP-2025").text
    assert 'data-testid="hold-search"' not in page  # finance: no form …
    refused = client.post("/ui/invoices/legal-hold", data={"csrf_token": _csrf(page), "listing": "number=BP-2025",
                                                           "action": "place", "reason": "NAV-ellenőrzés"})
    assert refused.status_code == 403 and not repos.store.held  # … and no way around it
    client.cookies.clear()
    login(client, "root")
    page = client.get("/ui/invoices?number=BP-2025").text
    assert 'data-testid="hold-search"' in page and 'name="listing" value="number=BP-2025"' in page
    bad = client.post("/ui/invoices/legal-hold", data={"csrf_token": _csrf(page), "listing": "number=BP-2025",
                                                       "action": "place", "reason": " x "})
    assert bad.headers["location"].endswith("hold=bad_reason#hold-search") and not repos.store.held
    placed = client.post("/ui/invoices/legal-hold", data={"csrf_token": _csrf(page), "listing": "number=BP-2025",
                                                          "action": "place", "reason": "NAV-ellenőrzés 2025/17"})
    assert placed.status_code == 303
    assert len(repos.store.held) == 2  # the one hit (BP-2025/1), both of its stored versions; DB-2025/7 not
    notice = client.get(placed.headers["location"]).text
    assert "1 számla jogi zárolás alá került." in notice
    lifted = client.post("/ui/invoices/legal-hold", data={"csrf_token": _csrf(page), "listing": "number=BP-2025",
                                                          "action": "lift", "reason": "az eljárás lezárult"})
    assert lifted.status_code == 303 and not repos.store.held
    actions = [e["action"] for e in repos.audit.log]
    assert actions.count("search.legal_hold.set") == 1 and actions.count("search.legal_hold.lifted") == 1


def test_the_evidence_package_of_a_period_is_offered_to_tenant_wide_auditors_once_a_period_is_given(
        client: TestClient, repos: FakeRepos) -> None:
    repos.accounts.add_user(TENANT, "audi", PASSWORD, Role.AUDITOR)
    login(client, "audi")
    assert "kezdő és záró dátumát" in client.get("/ui/invoices").text
    page = client.get("/ui/invoices?issue_from=2025-09-01&issue_to=2025-09-30").text
    assert 'href="/api/v1/evidence.zip?from=2025-09-01&amp;to=2025-09-30"' in page
    client.cookies.clear()
    login(client, "anna")
    assert 'data-testid="evidence-period"' not in client.get("/ui/invoices?issue_from=2025-09-01").text
