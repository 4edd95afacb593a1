"""The Integrációk page against in-memory fakes: every kind listed with its state, last sync and last
error; a Billingo connection added with a wrong and a right key shows both verdicts of the same test
fetch the API runs (a probe stands in for Billingo here; the browser test uses the emulator); keys are
never shown back; pause and resume; admins only, CSRF-checked, site-scoped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.connections import ConnectionRepo
from services.adapters.ingest_state import IngestState
from services.adapters.settings import OFFICIAL_BILLING_URLS
from services.app.connections import ConnectionPorts
from services.core.connections import FetchOutcome
from services.core.enums import Role
from services.web.app import create_app
from services.web.billing_deps import get_connection_ports
from services.web.deps import Ports, require_sites
from services.web.integration_deps import get_integration_ports, integration_ports
from tests.fakes import FakeRepos
from tests.unit.web.fakes import db_of, fake_ports
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login

GOOD_KEY = "good-key-0123456789"
# where the own-system webhook's address starts (the billing settings' public URL)
BILLING: Any = SimpleNamespace(settings=SimpleNamespace(public_url="https://szamlatar.test", url_allowlist=()))
T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _probe(doc: dict[str, Any], now: datetime) -> FetchOutcome:
    """Billingo as the test fetch sees it: the good key finds 12 invoices, any other is refused. The
    key arrives sealed; the fake sealer below keeps it readable."""
    key = (doc.get("credentials") or {}).get("api_key") or (doc.get("credentials") or {}).get("agent_key")
    return FetchOutcome(found=12, total=40) if key == f"sealed:{GOOD_KEY}" else FetchOutcome(reason="wrong_key")


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    for name, role, sites in (("root", Role.ADMIN, ()), ("bp", Role.ADMIN, ("budapest",)),
                              ("anna", Role.FINANCE, ()), ("vera", Role.VIEWER, ())):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    db = db_of(ports)
    for doc in ({"_id": "own-bp", "kind": "own_system", "tenant": TENANT, "site": "budapest", "name": "ERP"},
                {"_id": "pull-deb", "kind": "pull", "tenant": TENANT, "site": "debrecen", "name": "Raktár"},
                {"_id": "nav-main", "kind": "nav", "tenant": TENANT, "site": "budapest", "name": "NAV"},
                {"_id": "szla-old", "kind": "szamlazz", "tenant": TENANT, "site": "budapest", "name": "Számlázz régi",
                 "credentials": {"agent_key": "sealed:bad"},
                 "last_test": {"ok": False, "reason": "wrong_key", "at": "2026-12-01T07:00:00+00:00",
                               "message": {"hu": "Hibás kulcs: a Számlázz.hu elutasította.", "en": "Wrong key."}}},
                {"_id": "other-tenant", "kind": "billingo", "tenant": "other", "site": "budapest", "name": "Idegen"}):
        db.connections.docs[doc["_id"]] = doc
    db.ingest_cursors.docs["pull-deb"] = {"_id": "pull-deb", "last_attempt_at": T0,
                                          "last_error": "unreachable: timeout"}
    db.ingest_cursors.docs["nav-main"] = {"_id": "nav-main", "last_attempt_at": T0,
                                                   "last_error": None}
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    db = db_of(ports)
    app = create_app(None, ports)  # type: ignore[arg-type]
    app.dependency_overrides[get_connection_ports] = lambda: ConnectionPorts(
        connections=ConnectionRepo(db), ingest=IngestState(db), audit=ports.audit, probe=_probe,
        seal=lambda value: f"sealed:{value}", push_url=lambda cid: f"https://szamlatar.test/push/{cid}",
        require_sites=require_sites, url_allowlist=OFFICIAL_BILLING_URLS, clock=lambda: T0)
    app.dependency_overrides[get_integration_ports] = lambda: integration_ports(ports, BILLING)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _row(html: str, cid: str) -> str:
    found = re.search(rf'<tr data-testid="connection-{cid}">(.*?)</tr>', html, re.S)
    assert found, f"no row for {cid}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1)))


def _post(client: TestClient, url: str, **data: str) -> Any:
    token = _csrf(client.get("/ui/admin/integrations").text)
    return client.post(url, data={**data, "csrf_token": token})


def test_every_kind_is_listed_with_its_state_last_sync_and_last_error(client: TestClient) -> None:
    login(client, "root")
    html = client.get("/ui/admin/integrations").text
    assert "saját rendszer (webhook)" in _row(html, "own-bp") and "még nem futott" in _row(html, "own-bp")
    pull = _row(html, "pull-deb")
    assert "saját rendszer (lekérdezés)" in pull and "2026. 12. 01. 09:00:00" in pull and "unreachable: timeout" in pull
    assert "NAV Online Számla" in _row(html, "nav-main") and "2026. 12. 01." in _row(html, "nav-main")
    assert "Hibás kulcs" in _row(html, "szla-old") and "aktív" in _row(html, "szla-old")
    assert "other-tenant" not in html and "Idegen" not in html


def test_a_billingo_key_wrong_then_right_shows_both_verdicts_and_never_the_key(client: TestClient,
                                                                               ports: Ports) -> None:
    login(client, "root")
    wrong = _post(client, "/ui/admin/integrations", kind="billingo", name="Billingo fő", site="budapest",
                  key="wrong-key-000")
    assert wrong.status_code == 200
    assert "Hibás kulcs: a Billingo elutasította" in wrong.text and "sikertelen" in wrong.text
    assert "wrong-key-000" not in wrong.text
    [cid] = [k for k, d in db_of(ports).connections.docs.items() if d.get("name") == "Billingo fő"]
    assert db_of(ports).connections.docs[cid]["credentials"] == {"api_key": "sealed:wrong-key-000"}
    assert "Hibás kulcs" in _row(wrong.text, cid)  # the list shows the failing test as its last error

    edit = client.get(f"/ui/admin/integrations?edit={cid}").text
    assert 'data-testid="edit-form"' in edit and "wrong-key-000" not in edit
    right = _post(client, f"/ui/admin/integrations/{cid}", name="Billingo fő", site="budapest", key=GOOD_KEY)
    assert right.status_code == 200
    assert "12 számla az elmúlt 30 napban (összesen 40)" in right.text and "sikeres" in right.text
    assert GOOD_KEY not in right.text
    assert "Hibás kulcs" not in _row(right.text, cid)
    actions = [e["action"] for e in ports.audit.trail(TENANT, cid)]
    assert actions == ["connection.created", "connection.changed"]


def test_an_empty_key_keeps_the_stored_one_on_edit_and_is_refused_on_add(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    refused = _post(client, "/ui/admin/integrations", kind="billingo", name="X", site="budapest", key="")
    assert refused.status_code == 422 and "Adja meg a Billingo API-kulcsot" in refused.text
    kept = _post(client, "/ui/admin/integrations/szla-old", name="Számlázz új", site="budapest", key="")
    assert kept.status_code == 200
    assert db_of(ports).connections.docs["szla-old"]["credentials"] == {"agent_key": "sealed:bad"}
    assert db_of(ports).connections.docs["szla-old"]["name"] == "Számlázz új"


def test_bad_settings_are_answered_in_hungarian(client: TestClient) -> None:
    login(client, "root")
    bad = _post(client, "/ui/admin/integrations", kind="billingo", name="X", site="budapest", key="k" * 20,
                import_since="tavaly")
    assert bad.status_code == 422 and "A beállítás nem érvényes" in bad.text
    unknown = _post(client, "/ui/admin/integrations", kind="excel", key="k")
    assert unknown.status_code == 422 and "Válassza ki a számlázó rendszert" in unknown.text


def test_pause_and_resume_a_connection_whose_process_honours_it(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    paused = _post(client, "/ui/admin/integrations/szla-old/enabled", enabled="0")
    assert paused.status_code == 200 and "szüneteltetve" in _row(paused.text, "szla-old")
    assert db_of(ports).connections.docs["szla-old"]["enabled"] is False
    resumed = _post(client, "/ui/admin/integrations/szla-old/enabled", enabled="1")
    assert "aktív" in _row(resumed.text, "szla-old") and db_of(ports).connections.docs["szla-old"]["enabled"] is True
    assert [e["details"]["enabled"] for e in ports.audit.trail(TENANT, "szla-old")] == [False, True]


@pytest.mark.parametrize(("cid", "says"), [("own-bp", "503-as"), ("nav-main", "NAV-szinkron kihagyja"),
                                           ("pull-deb", "nem kérünk le")])
def test_every_kind_offers_pause_and_the_notice_says_what_its_process_does(client: TestClient, ports: Ports,
                                                                            cid: str, says: str) -> None:
    login(client, "root")
    html = client.get("/ui/admin/integrations").text
    assert all("Szüneteltetés" in _row(html, c) for c in ("own-bp", "pull-deb", "nav-main", "szla-old"))
    paused = _post(client, f"/ui/admin/integrations/{cid}/enabled", enabled="0")
    assert paused.status_code == 200 and says in paused.text and "szüneteltetve" in _row(paused.text, cid)
    assert db_of(ports).connections.docs[cid]["enabled"] is False and "Folytatás" in _row(paused.text, cid)
    assert [e["details"] for e in ports.audit.trail(TENANT, cid)] == [{"fields": ["enabled"], "enabled": False}]


def test_a_site_admin_sees_and_changes_only_its_sites(client: TestClient, ports: Ports) -> None:
    login(client, "bp")
    html = client.get("/ui/admin/integrations").text
    assert "pull-deb" not in html and "own-bp" in html
    assert _post(client, "/ui/admin/integrations/pull-deb/enabled", enabled="0").status_code == 404
    assert "szla-old" in html
    beyond = _post(client, "/ui/admin/integrations", kind="billingo", name="D", site="debrecen", key=GOOD_KEY)
    assert beyond.status_code == 403 and "Ehhez a telephelyhez nincs jogosultsága" in beyond.text
    assert db_of(ports).connections.docs["pull-deb"].get("enabled", True) is True


@pytest.mark.parametrize("user", ["anna", "vera"])
def test_only_admins_reach_the_page_and_its_forms(client: TestClient, ports: Ports, user: str) -> None:
    login(client, user)
    assert client.get("/ui/admin/integrations").status_code == 403
    token = _csrf(client.get("/ui/review").text)
    refused = client.post("/ui/admin/integrations/szla-old/enabled", data={"enabled": "0", "csrf_token": token})
    assert refused.status_code == 403
    assert db_of(ports).connections.docs["szla-old"].get("enabled", True) is True


def test_a_form_without_the_sessions_csrf_token_is_refused(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    refused = client.post("/ui/admin/integrations/szla-old/enabled", data={"enabled": "0", "csrf_token": "x"})
    assert refused.status_code == 403
    assert db_of(ports).connections.docs["szla-old"].get("enabled", True) is True
