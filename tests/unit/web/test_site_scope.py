"""A site-restricted admin (issue 9, point 3), through the API and the UI against in-memory fakes: it
grants, sees and changes only what lies within its own sites — users, producers, rules,
subscriptions — and reads the audit log, the client card and totals of its sites only."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.connections import ConnectionRepo
from services.adapters.own_system_admin import create_producer_connection
from services.core.enums import Role
from services.core.reference import RefKind, record_key
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import AuditLog, FakeRepos
from tests.unit.billing.fakes import settings
from tests.unit.web.fakes import FakeTokens, db_of, fake_ports, invoice_doc
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login

ROOT_TOKEN, BP_TOKEN, BP_VIEWER_TOKEN = "szt_root", "szt_budapest_admin", "szt_budapest_viewer"


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    ports.settings = settings()
    ports.connections = ConnectionRepo(db_of(ports))  # the producers' connections live there
    accounts = repos.accounts
    accounts.add_user(TENANT, "root", PASSWORD, Role.ADMIN)
    accounts.add_user(TENANT, "bpadmin", PASSWORD, Role.ADMIN, sites=("budapest",))
    accounts.add_user(TENANT, "bpaudit", PASSWORD, Role.AUDITOR, sites=("budapest",))
    accounts.add_user(TENANT, "audi", PASSWORD, Role.AUDITOR)
    accounts.add_user(TENANT, "debby", PASSWORD, Role.VIEWER, sites=("debrecen",))
    tokens = ports.tokens
    assert isinstance(tokens, FakeTokens)
    tokens.add(ROOT_TOKEN, tenant=TENANT, role=Role.ADMIN, name="root-token")
    tokens.add(BP_TOKEN, tenant=TENANT, role=Role.ADMIN, sites=("budapest",), name="bp-token")
    tokens.add(BP_VIEWER_TOKEN, tenant=TENANT, role=Role.VIEWER, sites=("budapest",), name="bp-viewer")
    repos.clients.upsert({"_id": record_key(TENANT, RefKind.CLIENT, "c-1"), "id": "c-1", "tenant": TENANT,
                          "name": "Kovács és Társa Kft.", "tax_number": "12345678-2-41"})
    repos.clients.upsert({"_id": record_key(TENANT, RefKind.CLIENT, "c-deb"), "id": "c-deb", "tenant": TENANT,
                          "site": "debrecen", "name": "Debreceni Titok Kft.", "tax_number": "87654321-2-09"})
    invoices = repos.invoices
    invoices.add(invoice_doc("inv-bp", tenant=TENANT, site="budapest", number="BP-2025/1", gross="1234567"))
    invoices.add(invoice_doc("inv-bp2", tenant=TENANT, site="budapest", number="BP-2025/2", gross="1000",
                             issue_date="2025-09-02"))
    invoices.add(invoice_doc("inv-db", tenant=TENANT, site="debrecen", number="DB-2025/7", gross="25400",
                             issue_date="2025-09-01"))
    invoices.add(invoice_doc("inv-deb-only", tenant=TENANT, site="debrecen", number="DB-2025/8", gross="99",
                             client_id="c-deb", client_name="Debreceni Titok Kft."))
    repos.reviews.put({"_id": "held-bp", "tenant": TENANT, "site": "budapest", "kind": "approval", "status": "open"})
    log = repos.audit
    for target, action in (("inv-bp", "invoice.archived"), ("inv-db", "invoice.archived"),
                           ("held-bp", "invoice.held"), ("inv-db", "invoice.pdf.read"), ("user:debby", "user.create"),
                           ("inv-bp", "invoice.pdf.read")):
        log.append(tenant=TENANT, actor="pipeline", action=action, target=target, details={})
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def audit(ports: Ports) -> AuditLog:
    assert isinstance(ports.audit, AuditLog)
    return ports.audit


# --- users: the UI admin page -------------------------------------------------------------------------


@pytest.mark.parametrize("sites,message", [
    pytest.param("", "telephely nélküli, minden telephelyre kiterjedő jogot csak telephelyhez nem kötött "
                     "adminisztrátor adhat", id="no-site-limit"),
    pytest.param("budapest, debrecen", "a(z) debrecen telephely nem tartozik az Ön telephelyei (budapest) közé",
                 id="another-site"),
])
def test_a_site_admin_cannot_create_a_user_beyond_its_sites_and_is_told_in_hungarian(
        client: TestClient, ports: Ports, sites: str, message: str) -> None:
    login(client, "bpadmin")
    page = client.get("/ui/admin/users")
    form = {"username": "mallory", "password": "long enough 1", "role": "admin", "sites": sites, "language": "hu",
            "csrf_token": _csrf(page.text)}
    refused = client.post("/ui/admin/users", data=form)
    assert refused.status_code == 403
    assert message in refused.text
    assert ports.accounts.users.get(TENANT, "mallory") is None  # type: ignore[union-attr]
    assert audit(ports).log[-1]["action"] == "user.create.refused"


def test_a_site_admin_creates_users_of_its_own_sites_and_lists_only_those(client: TestClient, ports: Ports) -> None:
    login(client, "bpadmin")
    page = client.get("/ui/admin/users")
    created = client.post("/ui/admin/users", data={"username": "bela", "password": "long enough 1", "role": "viewer",
                                                   "sites": "budapest", "csrf_token": _csrf(page.text)})
    assert created.status_code == 200 and "bela létrehozva." in created.text
    assert ports.accounts.users.get(TENANT, "bela")["sites"] == ["budapest"]  # type: ignore[union-attr]
    listed = re.findall(r'<tr data-testid="user-([a-z]+)">', created.text)
    assert listed == ["bela", "bpadmin", "bpaudit"]  # not root, audi (every site) nor debby (Debrecen)


def test_an_unrestricted_admin_still_grants_every_site(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    page = client.get("/ui/admin/users")
    created = client.post("/ui/admin/users", data={"username": "boss", "password": "long enough 1", "role": "admin",
                                                   "sites": "", "csrf_token": _csrf(page.text)})
    assert created.status_code == 200
    assert ports.accounts.users.get(TENANT, "boss")["sites"] == []  # type: ignore[union-attr]


# --- producers ----------------------------------------------------------------------------------------


def test_a_site_admin_sees_and_deletes_only_producers_of_its_sites(client: TestClient, ports: Ports) -> None:
    db = db_of(ports)
    for cid, sites in (("p-bp", ["budapest"]), ("p-all", []), ("p-deb", ["debrecen"])):
        create_producer_connection(db, connection_id=cid, tenant=TENANT, sites=sites)
    listed = client.get("/api/v1/producers", headers=bearer(BP_TOKEN)).json()["items"]
    assert [p["id"] for p in listed] == ["p-bp"]
    for cid in ("p-all", "p-deb"):
        assert client.get(f"/api/v1/producers/{cid}", headers=bearer(BP_TOKEN)).status_code == 404
        assert client.delete(f"/api/v1/producers/{cid}", headers=bearer(BP_TOKEN)).status_code == 404
    assert not ports.connections.get("p-all").get("deleted")  # type: ignore[union-attr]
    refused = client.post("/api/v1/producers", headers=bearer(BP_TOKEN), json={"id": "p-new"})
    assert refused.status_code == 403 and "without a site limit" in refused.json()["detail"]["message"]
    assert len(client.get("/api/v1/producers", headers=bearer(ROOT_TOKEN)).json()["items"]) == 3


# --- connections (site-checked before this issue too; the check now goes through core/access.py) ----------


def test_a_site_admin_creates_moves_and_sees_only_connections_of_its_sites(client: TestClient,
                                                                         ports: Ports) -> None:
    for cid, site in (("billingo-bp", "budapest"), ("billingo-deb", "debrecen")):
        db_of(ports).connections.replace_one({}, {"_id": cid, "kind": "billingo", "tenant": TENANT,
                                                  "site": site, "credentials": {}})
    listed = client.get("/api/v1/connections", headers=bearer(BP_TOKEN)).json()["items"]
    assert [c["id"] for c in listed] == ["billingo-bp"]
    assert client.get("/api/v1/connections/billingo-deb", headers=bearer(BP_TOKEN)).status_code == 404
    for body in ({"kind": "billingo", "api_key": "k" * 20, "site": "debrecen"}, {"kind": "billingo",
                                                                                   "api_key": "k" * 20}):
        refused = client.post("/api/v1/connections", headers=bearer(BP_TOKEN), json=body)
        assert refused.status_code == 403, refused.text  # another site; no site is "default", not its own
    moved = client.patch("/api/v1/connections/billingo-bp", headers=bearer(BP_TOKEN), json={"site": "debrecen"})
    assert moved.status_code == 403 and "debrecen" in moved.json()["detail"]["message"]
    assert db_of(ports).connections.docs["billingo-bp"]["site"] == "budapest"


# --- rules --------------------------------------------------------------------------------------------


def _put_rule(client: TestClient, token: str, rule_id: str, **rule: Any) -> Any:
    return client.put(f"/api/v1/rules/{rule_id}", headers=bearer(token), json=rule)


def test_a_site_admin_creates_sees_and_changes_only_rules_of_its_sites(client: TestClient) -> None:
    hold = {"actions": {"archive": "approval", "add_tags": ["x"]}}
    assert _put_rule(client, ROOT_TOKEN, "all", **hold).status_code == 200
    assert _put_rule(client, ROOT_TOKEN, "deb", sites=["debrecen"], **hold).status_code == 200
    assert _put_rule(client, BP_TOKEN, "mine", **hold).status_code == 403  # every site
    assert _put_rule(client, BP_TOKEN, "mine", sites=["budapest", "debrecen"], **hold).status_code == 403
    assert _put_rule(client, BP_TOKEN, "mine", sites=["budapest"], **hold).json()["sites"] == ["budapest"]
    assert _put_rule(client, BP_TOKEN, "deb", sites=["budapest"], **hold).status_code == 403  # taking it over
    assert _put_rule(client, BP_TOKEN, "all", sites=["budapest"], **hold).status_code == 403

    for token in (BP_TOKEN, BP_VIEWER_TOKEN):
        assert [r["id"] for r in client.get("/api/v1/rules", headers=bearer(token)).json()["items"]] == ["mine"]
        assert client.get("/api/v1/rules/deb/versions", headers=bearer(token)).json()["items"] == []
    assert [r["id"] for r in client.get("/api/v1/rules", headers=bearer(ROOT_TOKEN)).json()["items"]] == [
        "all", "deb", "mine"]
    assert client.delete("/api/v1/rules/all", headers=bearer(BP_TOKEN)).status_code == 404
    assert client.delete("/api/v1/rules/mine", headers=bearer(BP_TOKEN)).status_code == 200


def test_a_site_admins_dry_run_reads_only_its_invoices_and_its_rules(client: TestClient) -> None:
    _put_rule(client, ROOT_TOKEN, "all", actions={"add_tags": ["mind"]})
    _put_rule(client, BP_TOKEN, "bp", sites=["budapest"], actions={"archive": "approval"})
    out = client.post("/api/v1/rules/dry-run", headers=bearer(BP_TOKEN), json={}).json()
    assert sorted(i["invoice_id"] for i in out["items"]) == ["inv-bp", "inv-bp2"]
    assert out["hits_per_rule"] == {"bp": 2}
    # Proposed rules run on its invoices only too, and a rule of another site touches none of them.
    proposed = client.post("/api/v1/rules/dry-run", headers=bearer(BP_TOKEN), json={"rules": [
        {"id": "deb", "sites": ["debrecen"], "actions": {"archive": "approval"}}]}).json()
    assert proposed["invoices"] == 2 and proposed["would_hold"] == 0


# --- subscriptions -----------------------------------------------------------------------------------


def test_a_site_admin_subscribes_only_to_its_sites_and_sees_only_those(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    # A receiver the operator's allowlist admits (no DNS here: the URL policy resolves public hosts).
    monkeypatch.setenv("SZAMLATAR_BILLING_URL_ALLOWLIST", "http://127.0.0.1:")
    url = "http://127.0.0.1:9/in"
    every = client.post("/api/v1/subscriptions", headers=bearer(BP_TOKEN), json={"url": url, "id": "bp-all"})
    assert every.status_code == 403 and "without a site limit" in every.json()["detail"]["message"]
    other = client.post("/api/v1/subscriptions", headers=bearer(BP_TOKEN),
                        json={"url": url, "id": "bp-deb", "sites": ["debrecen"]})
    assert other.status_code == 403 and "debrecen" in other.json()["detail"]["message"]
    mine = client.post("/api/v1/subscriptions", headers=bearer(BP_TOKEN),
                       json={"url": url, "id": "bp", "sites": ["budapest"]})
    assert mine.status_code == 201 and mine.json()["subscription"]["sites"] == ["budapest"]
    assert client.post("/api/v1/subscriptions", headers=bearer(ROOT_TOKEN),
                       json={"url": url, "id": "tenant"}).status_code == 201
    assert [s["id"] for s in client.get("/api/v1/subscriptions", headers=bearer(BP_TOKEN)).json()["items"]] == ["bp"]
    assert client.get("/api/v1/subscriptions/tenant", headers=bearer(BP_TOKEN)).status_code == 404
    assert client.delete("/api/v1/subscriptions/tenant", headers=bearer(BP_TOKEN)).status_code == 404
    assert len(client.get("/api/v1/subscriptions", headers=bearer(ROOT_TOKEN)).json()["items"]) == 2


# --- audit log, client card, totals ---------------------------------------------------------------------


def _targets(html: str) -> list[str]:
    return re.findall(r'class="target"><code class="hash">([^<]+)</code></td>', html)


def test_a_site_restricted_reader_sees_only_its_invoices_entries_counted_alone(client: TestClient) -> None:
    login(client, "bpaudit")
    page = client.get("/ui/audit")
    assert page.status_code == 200
    assert _targets(page.text) == ["inv-bp", "held-bp", "inv-bp"]  # newest first; not inv-db, users, logins
    assert "Lánc ellenőrzése" not in page.text  # the tenant-wide verify is not offered
    rows = list(csv.DictReader(io.StringIO(client.get("/ui/audit.csv").text)))
    assert [r["target"] for r in rows] == ["inv-bp", "held-bp", "inv-bp"]
    refused = client.post("/ui/audit/verify", data={"csrf_token": _csrf(page.text)})
    assert refused.status_code == 403 and "csak telephelyhez nem kötött felhasználó indíthatja" in refused.text


def test_a_site_restricted_readers_audit_pages_count_only_its_entries(client: TestClient, ports: Ports) -> None:
    for i in range(120):
        audit(ports).append(tenant=TENANT, actor="t", action="test", target="inv-db" if i % 2 else "inv-bp2",
                            details={"i": i})
    login(client, "bpaudit")
    first = client.get("/ui/audit").text
    assert set(_targets(first)) <= {"inv-bp", "inv-bp2", "held-bp"} and len(_targets(first)) == 50
    assert 'href="/ui/audit?page=2"' in first and 'href="/ui/audit?page=3"' not in first  # 63 entries: 2 pages
    last = client.get("/ui/audit?page=9").text  # clamped to its own last page
    assert _targets(last) == ["inv-bp2"] * 10 + ["inv-bp", "held-bp", "inv-bp"]


def test_an_unrestricted_auditor_still_reads_and_verifies_the_whole_chain(client: TestClient) -> None:
    login(client, "audi")
    page = client.get("/ui/audit")
    assert {"inv-db", "user:debby", "inv-bp"} <= set(_targets(page.text))
    ok = client.post("/ui/audit/verify", data={"csrf_token": _csrf(page.text)})
    assert "A napló sértetlen: 7 bejegyzés, a lánc ép." in ok.text


def test_the_api_refuses_a_site_restricted_verify_and_scopes_the_invoice_trail(client: TestClient) -> None:
    refused = client.post("/api/v1/audit/verify", headers=bearer(BP_TOKEN))
    assert refused.status_code == 403
    assert client.post("/api/v1/audit/verify", headers=bearer(ROOT_TOKEN)).json()["ok"] is True
    assert client.get("/api/v1/invoices/inv-db/audit", headers=bearer(BP_TOKEN)).status_code == 404
    trail = client.get("/api/v1/invoices/inv-bp/audit", headers=bearer(BP_TOKEN)).json()["items"]
    assert [e["action"] for e in trail] == ["invoice.archived", "invoice.pdf.read"]


def test_a_client_card_shows_no_record_of_another_site_and_only_own_invoices(client: TestClient) -> None:
    login(client, "bpadmin")
    assert client.get("/ui/clients/c-deb").status_code == 404  # its record and invoices are Debrecen's
    card = client.get("/ui/clients/c-1")
    assert "1 235 567 Ft" in card.text and "25 400 Ft" not in card.text  # 1 234 567 + 1 000
    client.cookies.clear()
    login(client, "debby")
    own = client.get("/ui/clients/c-deb")
    assert own.status_code == 200 and "87654321-2-09" in own.text


def test_totals_count_only_what_the_caller_may_see(client: TestClient, repos: FakeRepos) -> None:
    found = client.get("/api/v1/invoices", headers=bearer(BP_TOKEN)).json()
    assert found["total"] == 2 and {i["site"] for i in found["items"]} == {"budapest"}
    assert client.get("/api/v1/invoices", headers=bearer(ROOT_TOKEN)).json()["total"] == 4
    repos.reference.upsert_many(TENANT, [{"_id": record_key(TENANT, RefKind.CLIENT, cid), "id": cid, "tenant": TENANT,
                                          "site": site, "kind": "client", "name": cid}
                                         for cid, site in (("c-a", "budapest"), ("c-b", "debrecen"),
                                                           ("c-c", "debrecen"))])
    listed = client.get("/api/v1/reference/client", headers=bearer(BP_TOKEN)).json()
    assert listed["total"] == 1 and [r["id"] for r in listed["items"]] == ["c-a"]
    # every client record: these three and the fixture's two (c-1 with no site, c-deb of Debrecen)
    assert client.get("/api/v1/reference/client", headers=bearer(ROOT_TOKEN)).json()["total"] == 5


def test_a_site_admin_cannot_replace_or_delete_another_sites_reference_record(client: TestClient,
                                                                             ports: Ports) -> None:
    root = client.put("/api/v1/reference/client/c-x", headers=bearer(ROOT_TOKEN),
                      json={"name": "Debreceni Kft.", "site": "debrecen"})
    assert root.status_code == 200
    taken = client.put("/api/v1/reference/client/c-x", headers=bearer(BP_TOKEN), json={"name": "Elvett Kft."})
    assert taken.status_code == 403 and "debrecen" in taken.json()["detail"]["message"]
    bulk = client.post("/api/v1/reference/client/_bulk", headers=bearer(BP_TOKEN),
                       json={"records": [{"id": "c-new", "name": "Új Kft."}, {"id": "c-x", "name": "Elvett Kft."}]})
    assert bulk.status_code == 403
    assert client.delete("/api/v1/reference/client/c-x", headers=bearer(BP_TOKEN)).status_code == 404
    stored = client.get("/api/v1/reference/client/c-x", headers=bearer(ROOT_TOKEN)).json()
    assert (stored["name"], stored["site"]) == ("Debreceni Kft.", "debrecen")
    assert client.put("/api/v1/reference/client/c-own", headers=bearer(BP_TOKEN),
                      json={"name": "Budai Kft."}).json()["site"] == "budapest"
    assert client.delete("/api/v1/reference/client/c-own", headers=bearer(BP_TOKEN)).status_code == 200

