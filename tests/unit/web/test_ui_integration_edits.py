"""Edit forms and test fetches of the own-system, pull and NAV connections on the Integrációk page
(``ui/pages/integrations_edit.py``) against in-memory fakes: settings saved, secrets write-only (never
shown, empty keeps the stored one), the verdict of the kind's test fetch shown at once (a probe stands
in for NAV and the own system here), audited ``connection.changed`` without a secret; NAV for tenant-wide
admins only, and none of it for finance. The JSON API's pause and test of these kinds likewise."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.connections import ConnectionRepo
from services.adapters.ingest_state import IngestState
from services.adapters.sealer import Sealer
from services.app.connections import ConnectionPorts
from services.core.connections import FetchOutcome
from services.core.enums import Role
from services.web.app import create_app
from services.web.billing_deps import get_connection_ports
from services.web.deps import Ports, require_sites
from services.web.integration_deps import get_integration_ports, integration_ports
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING
from tests.fakes import FakeRepos
from tests.unit.web.fakes import db_of
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login
from tests.unit.web.test_ui_integration_kinds import BILLING, SETTINGS
from tests.unit.web.test_ui_integration_kinds import ports as kinds_ports

MAPPING = {**DEMO_MAPPING, "list_url": "https://erp.example.hu/api/v1/invoices"}
ADMIN_API, FINANCE_API = {"Authorization": "Bearer root-token"}, {"Authorization": "Bearer finance-token"}
ports = kinds_ports  # the own-system and producer page's fixture: real set-up adapters on the fake database


def _probe(doc: dict[str, Any], now: datetime) -> FetchOutcome:
    """NAV and the own system's list as the test fetch sees them: a NAV login ``rossz`` is refused."""
    if doc.get("kind") == "nav" and doc.get("login") == "rossz":
        return FetchOutcome(reason="wrong_key")
    return FetchOutcome(found=7, more=doc.get("kind") == "nav")


@pytest.fixture()
def client(ports: Ports, repos: FakeRepos) -> Iterator[TestClient]:
    db = db_of(ports)
    repos.accounts.add_user(TENANT, "vera", PASSWORD, Role.VIEWER)
    ports.tokens.add("root-token", tenant=TENANT, role=Role.ADMIN)  # type: ignore[attr-defined]
    ports.tokens.add("finance-token", tenant=TENANT, role=Role.FINANCE)  # type: ignore[attr-defined]
    app = create_app(None, ports)  # type: ignore[arg-type]
    app.dependency_overrides[get_integration_ports] = lambda: integration_ports(ports, BILLING)
    app.dependency_overrides[get_connection_ports] = lambda: ConnectionPorts(
        connections=ConnectionRepo(db), ingest=IngestState(db), audit=ports.audit, probe=_probe,
        seal=Sealer.of(SETTINGS).seal, push_url=lambda cid: cid, require_sites=require_sites)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _post(client: TestClient, path: str, **data: Any) -> Any:
    return client.post(path, data={**data, "csrf_token": _csrf(client.get("/ui/admin/integrations").text)})


def _changes(ports: Ports, cid: str) -> list[dict[str, Any]]:
    return [e["details"] for e in ports.audit.trail(TENANT, cid) if e["action"] == "connection.changed"]


def _setup(client: TestClient) -> None:
    login(client, "root")
    own = _post(client, "/ui/admin/own-systems", connection_id="erp-own", name="ERP", site="budapest")
    assert own.status_code == 200
    assert _post(client, "/ui/admin/pull-connections", connection_id="erp-pull", site="budapest",
                 mapping=json.dumps(MAPPING), url_hosts="erp.example.hu",
                 authorization="Bearer regi-titok").status_code == 200
    assert _post(client, "/ui/admin/nav-connections", connection_id="nav-ceg", url="https://nav.example.hu/v3",
                 login="techuser", password="nav-jelszo-1", tax_number="12345678", signature_key="sign-key-123",
                 exchange_key="exch-key-12").status_code == 200


def test_an_own_system_connection_is_edited_and_its_secrets_stay(client: TestClient, ports: Ports) -> None:
    _setup(client)
    secrets = db_of(ports).connections.docs["erp-own"]["secrets"]
    form = client.get("/ui/admin/integrations?edit=erp-own").text
    assert 'data-testid="own-edit-form"' in form and 'value="ERP"' in form
    saved = _post(client, "/ui/admin/own-systems/erp-own", name="ERP új", site="debrecen", url_hosts="files.erp.hu")
    assert saved.status_code == 200 and "beállításai elmentve" in saved.text
    doc = db_of(ports).connections.docs["erp-own"]
    assert (doc["name"], doc["site"], doc["url_allowlist"], doc["secrets"]) == (
        "ERP új", "debrecen", ["files.erp.hu"], secrets)
    assert _changes(ports, "erp-own")[-1]["fields"] == ["name", "site", "url_allowlist"]


def test_a_pull_connection_is_edited_tested_at_once_and_its_authorization_is_write_only(
        client: TestClient, ports: Ports) -> None:
    _setup(client)
    sealed = db_of(ports).connections.docs["erp-pull"]["credentials"]["authorization"]
    form = client.get("/ui/admin/integrations?edit=erp-pull").text
    assert 'data-testid="pull-edit-form"' in form and "regi-titok" not in form and sealed not in form
    mapping = json.dumps({**MAPPING, "page_size": 10})
    kept = _post(client, "/ui/admin/pull-connections/erp-pull", name="Raktár", site="budapest", mapping=mapping,
                 url_hosts="erp.example.hu", authorization="")
    assert kept.status_code == 200 and "A lista elérhető; az első oldalán 7 tétel" in kept.text
    doc = db_of(ports).connections.docs["erp-pull"]
    assert doc["credentials"]["authorization"] == sealed and doc["pull"]["page_size"] == 10 and doc["name"] == "Raktár"
    assert doc["last_test"]["ok"] is True
    _post(client, "/ui/admin/pull-connections/erp-pull", name="Raktár", site="budapest", mapping=mapping,
          url_hosts="erp.example.hu", authorization="Bearer uj-titok")
    assert Sealer.of(SETTINGS).open(db_of(ports).connections.docs["erp-pull"]["credentials"]["authorization"]) == (
        "Bearer uj-titok")
    assert [c["credentials"] for c in _changes(ports, "erp-pull")] == [[], ["authorization"]]
    assert "titok" not in str(ports.audit.entries(TENANT))  # type: ignore[attr-defined]
    refused = _post(client, "/ui/admin/pull-connections/erp-pull", name="x", site="budapest", mapping=mapping,
                    url_hosts="other.example.hu")
    assert refused.status_code == 422 and db_of(ports).connections.docs["erp-pull"]["url_allowlist"] == [
        "erp.example.hu"]


def test_the_nav_connection_is_edited_by_a_tenant_wide_admin_and_its_secrets_kept_unless_given(
        client: TestClient, ports: Ports) -> None:
    _setup(client)
    before = dict(db_of(ports).connections.docs["nav-ceg"]["secrets"])
    form = client.get("/ui/admin/integrations?edit=nav-ceg").text
    assert 'data-testid="nav-edit-form"' in form and 'value="techuser"' in form and "sign-key-123" not in form
    saved = _post(client, "/ui/admin/nav-connections/nav-ceg", name="NAV cég", url="https://nav.example.hu/v3",
                  login="techuser2", tax_number="12345678", sync_from="2026-01-01", signature_key="sign-key-456")
    assert saved.status_code == 200 and "A NAV technikai felhasználó érvényes; 7 kiállított számla" in saved.text
    doc = db_of(ports).connections.docs["nav-ceg"]
    assert (doc["login"], doc["sync_from"]) == ("techuser2", "2026-01-01")
    assert doc["secrets"]["password_hash"] == before["password_hash"]
    assert doc["secrets"]["signature_key"] != before["signature_key"]
    assert Sealer.of(SETTINGS).open(doc["secrets"]["signature_key"]) == "sign-key-456"
    assert _changes(ports, "nav-ceg")[-1] == {"fields": ["login", "name", "sync_from"],
                                              "credentials": ["signature_key"]}
    wrong = _post(client, "/ui/admin/nav-connections/nav-ceg", name="NAV cég", url="https://nav.example.hu/v3",
                  login="rossz", tax_number="12345678")
    assert "Hibás hitelesítés" in wrong.text and db_of(ports).connections.docs["nav-ceg"]["last_test"]["ok"] is False
    client.cookies.clear()
    login(client, "bp")
    page = client.get("/ui/admin/integrations?edit=nav-ceg")
    assert 'data-testid="nav-edit-form"' not in page.text
    refused = _post(client, "/ui/admin/nav-connections/nav-ceg", name="x", url="https://nav.example.hu/v3",
                    login="bp-user", tax_number="12345678")
    assert refused.status_code == 403 and db_of(ports).connections.docs["nav-ceg"]["login"] == "rossz"
    assert _post(client, "/ui/admin/integrations/nav-ceg/test").status_code in (403, 404)  # not its to see


def test_the_test_fetch_button_answers_for_nav_and_pull_at_once(client: TestClient, ports: Ports) -> None:
    _setup(client)
    page = client.get("/ui/admin/integrations").text
    assert all(f'action="/ui/admin/integrations/{c}/test"' in page for c in ("nav-ceg", "erp-pull"))
    assert 'action="/ui/admin/integrations/erp-own/test"' not in page  # a webhook fetches nothing
    nav = _post(client, "/ui/admin/integrations/nav-ceg/test")
    assert nav.status_code == 200 and "legalább ennyi" in nav.text and 'data-testid="verdict"' in nav.text
    pulled = _post(client, "/ui/admin/integrations/erp-pull/test")
    assert "az első oldalán 7 tétel" in pulled.text


@pytest.mark.parametrize("user", ["anna", "vera"])
def test_finance_and_viewers_cannot_edit_test_or_pause(client: TestClient, ports: Ports, user: str) -> None:
    _setup(client)
    client.cookies.clear()
    login(client, user)
    token = _csrf(client.get("/ui/").text)
    for url, data in (("/ui/admin/own-systems/erp-own", {"name": "x", "site": "budapest"}),
                      ("/ui/admin/pull-connections/erp-pull", {"name": "x", "mapping": "{}"}),
                      ("/ui/admin/nav-connections/nav-ceg", {"login": "x"}),
                      ("/ui/admin/integrations/erp-pull/test", {})):
        assert client.post(url, data={**data, "csrf_token": token}).status_code == 403, url
    assert db_of(ports).connections.docs["erp-own"]["name"] == "ERP"
    assert client.put("/api/v1/connections/erp-own/enabled", json={"enabled": False},
                      headers=FINANCE_API).status_code == 403


def test_the_api_pauses_any_kind_and_tests_nav_and_pull(client: TestClient, ports: Ports) -> None:
    _setup(client)
    paused = client.put("/api/v1/connections/erp-own/enabled", json={"enabled": False}, headers=ADMIN_API)
    assert paused.status_code == 200 and paused.json()["enabled"] is False
    assert db_of(ports).connections.docs["erp-own"]["enabled"] is False
    assert client.post("/api/v1/connections/erp-pull/test", headers=ADMIN_API).json()["found"] == 7
    assert client.put("/api/v1/connections/erp-own/enabled", json={}, headers=ADMIN_API).status_code == 422


def test_the_pause_endpoint_is_in_the_openapi_document_with_its_body(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    put = spec["paths"]["/api/v1/connections/{connection_id}/enabled"]["put"]
    assert "disabled" in put["description"] and put["requestBody"]["required"] is True
