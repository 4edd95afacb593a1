"""A Billingo connection's history back-fill on the Integrációk page and through the API, against
in-memory fakes: asking records a queued job (audited) and answers at once; the page and the API show
the job's progress line, the page refreshing itself while it runs; one job at a time; a Számlázz.hu
row says why there is nothing to back-fill; admins only, CSRF-checked, site-scoped."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.connections import ConnectionRepo
from services.adapters.ingest_state import IngestState
from services.adapters.settings import OFFICIAL_BILLING_URLS
from services.app.backfill import BackfillPorts
from services.app.connections import ConnectionPorts
from services.core import backfill as bf
from services.core.enums import Role
from services.web.app import create_app
from services.web.billing_deps import get_backfill_ports, get_connection_ports
from services.web.deps import Ports, require_sites
from services.web.integration_deps import get_integration_ports, integration_ports
from tests.fakes import FakeRepos
from tests.unit.web.fakes import FakeTokens, db_of, fake_ports
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login
from tests.unit.web.test_ui_integrations import BILLING, T0, _probe, _row

ADMIN_TOKEN, FINANCE_TOKEN = "admin-token-0123456789", "finance-token-0123456789"


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    for name, role, sites in (("root", Role.ADMIN, ()), ("deb", Role.ADMIN, ("debrecen",)),
                              ("anna", Role.FINANCE, ())):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    tokens = ports.tokens
    assert isinstance(tokens, FakeTokens)
    tokens.add(ADMIN_TOKEN, tenant=TENANT, role=Role.ADMIN)
    tokens.add(FINANCE_TOKEN, tenant=TENANT, role=Role.FINANCE)
    db = db_of(ports)
    for doc in ({"_id": "bil-bp", "kind": "billingo", "tenant": TENANT, "site": "budapest", "name": "Billingo fő",
                 "credentials": {"api_key": "sealed:k"}},
                {"_id": "szla-bp", "kind": "szamlazz", "tenant": TENANT, "site": "budapest", "name": "Számlázz"}):
        db.connections.docs[doc["_id"]] = doc
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    db = db_of(ports)
    app = create_app(None, ports)  # type: ignore[arg-type]
    conns = ConnectionPorts(
        connections=ConnectionRepo(db), ingest=IngestState(db), audit=ports.audit, probe=_probe,
        seal=lambda value: f"sealed:{value}", push_url=lambda cid: f"https://szamlatar.test/push/{cid}",
        require_sites=require_sites, url_allowlist=OFFICIAL_BILLING_URLS, clock=lambda: T0)
    app.dependency_overrides[get_connection_ports] = lambda: conns
    app.dependency_overrides[get_backfill_ports] = lambda: BackfillPorts(
        connections=conns, jobs=ports.billing.backfills, mark=ports.billing.connections)
    app.dependency_overrides[get_integration_ports] = lambda: integration_ports(ports, BILLING)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _post(client: TestClient, url: str, **data: str) -> Any:
    token = _csrf(client.get("/ui/admin/integrations").text)
    return client.post(url, data={**data, "csrf_token": token})


def _job(ports: Ports) -> dict[str, Any]:
    job_id = db_of(ports).connections.docs["bil-bp"]["backfill_job"]
    job = ports.billing.backfills.get(job_id)
    assert job is not None
    return job


def test_asking_records_a_queued_job_and_the_page_refreshes_until_it_is_done(client: TestClient,
                                                                              ports: Ports) -> None:
    login(client, "root")
    row = _row(client.get("/ui/admin/integrations").text, "bil-bp")
    assert "Visszamenőleges letöltés" in row and "Ettől a dátumtól" in row
    asked = _post(client, "/ui/admin/integrations/bil-bp/backfill", since="2024-01-01")
    assert asked.status_code == 303 and asked.headers["location"].startswith("/ui/admin/integrations/bil-bp/backfill")
    job = _job(ports)
    assert (job["status"], job["since"], job["requested_by"], job["tenant"]) == ("queued", "2024-01-01", "root", TENANT)
    assert [e["action"] for e in ports.audit.trail(TENANT, "bil-bp")] == ["connection.backfill_requested"]

    page = client.get(asked.headers["location"]).text
    assert '<meta http-equiv="refresh" content="3">' in page and "Sorban áll" in page
    assert 'data-testid="backfill-form"' not in page  # one at a time: no second button while it runs
    running = bf.advanced(bf.started(job, total=480, now=T0), {"imported": 118, "unchanged": 2}, now=T0)
    ports.billing.backfills.save(running)
    page = client.get("/ui/admin/integrations/bil-bp/backfill").text
    assert "120 / 480 számla — 118 új, 2 már megvolt" in page and 'http-equiv="refresh"' in page
    assert "120 / 480 számla — 118 új, 2 már megvolt" in _row(client.get("/ui/admin/integrations").text, "bil-bp")
    ports.billing.backfills.save(bf.finished(running, {"imported": 478, "unchanged": 2}, complete=True, errors=[],
                                             now=T0))
    page = client.get("/ui/admin/integrations/bil-bp/backfill").text
    assert "Kész: 480 / 480 számla — 478 új, 2 már megvolt" in page and 'http-equiv="refresh"' not in page
    assert 'data-testid="backfill-form"' in page  # done: a new one may be asked for


def test_a_second_request_while_one_runs_a_bad_date_and_szamlazz_are_refused(client: TestClient,
                                                                             ports: Ports) -> None:
    login(client, "root")
    assert _post(client, "/ui/admin/integrations/bil-bp/backfill", since="2024-01-01").status_code == 303
    busy = _post(client, "/ui/admin/integrations/bil-bp/backfill", since="2023-01-01")
    assert busy.status_code == 409 and "már folyik egy visszamenőleges letöltés" in busy.text
    ports.billing.backfills.save({**_job(ports), "status": "done"})
    bad = _post(client, "/ui/admin/integrations/bil-bp/backfill", since="2099-01-01")
    assert bad.status_code == 422 and "nem a jövőben" in bad.text
    row = _row(client.get("/ui/admin/integrations").text, "szla-bp")
    assert "a Számlázz.hu maga küld el minden számlát" in row and "Ettől a dátumtól" not in row
    assert _post(client, "/ui/admin/integrations/szla-bp/backfill", since="2024-01-01").status_code == 404
    assert "backfill_job" not in db_of(ports).connections.docs["szla-bp"]
    assert client.get("/ui/admin/integrations/szla-bp/backfill").status_code == 404


def test_only_an_admin_of_the_connection_s_site_asks_with_this_session_s_csrf(client: TestClient,
                                                                             ports: Ports) -> None:
    login(client, "anna")
    assert client.get("/ui/admin/integrations/bil-bp/backfill").status_code == 403
    client.cookies.clear()
    login(client, "deb")
    assert client.get("/ui/admin/integrations/bil-bp/backfill").status_code == 404
    client.cookies.clear()
    login(client, "root")
    forged = client.post("/ui/admin/integrations/bil-bp/backfill", data={"since": "2024-01-01", "csrf_token": "x"})
    assert forged.status_code == 403 and "backfill_job" not in db_of(ports).connections.docs["bil-bp"]


def test_the_api_asks_and_reads_the_job_admins_only(client: TestClient, ports: Ports) -> None:
    admin = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    url = "/api/v1/connections/bil-bp/backfill"
    assert client.get(url, headers=admin).json() == {"job": None}
    asked = client.post(url, json={"since": "2024-01-01"}, headers=admin)
    assert asked.status_code == 202
    body = asked.json()
    assert body["status"] == "queued" and body["since"] == "2024-01-01" and set(body["progress"]) == {"hu", "en"}
    assert client.post(url, json={"since": "2024-01-01"}, headers=admin).status_code == 409
    ports.billing.backfills.save(bf.advanced(bf.started(_job(ports), total=4, now=T0), {"imported": 3}, now=T0))
    shown = client.get(url, headers=admin).json()["job"]
    assert shown["id"] == body["id"] and shown["done"] == 3 and shown["progress"]["en"].startswith("Running: 3 / 4")
    finance = {"Authorization": f"Bearer {FINANCE_TOKEN}"}
    assert client.get(url, headers=finance).status_code == 403
    assert client.post(url, json={"since": "2024-01-01"}, headers=finance).status_code == 403
    assert client.post("/api/v1/connections/szla-bp/backfill", json={"since": "2024-01-01"},
                       headers=admin).status_code == 422
    assert client.post(url, json={"since": "tegnap"}, headers=admin).status_code == 422  # the date is read first
    paths = client.get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/api/v1/connections/{connection_id}/backfill"])


def test_a_back_fill_that_stopped_with_an_error_is_on_the_admin_s_start_page(client: TestClient,
                                                                             ports: Ports) -> None:
    login(client, "root")
    assert 'data-testid="failing-backfill"' not in client.get("/ui/").text
    assert _post(client, "/ui/admin/integrations/bil-bp/backfill", since="2024-01-01").status_code == 303
    running = bf.advanced(bf.started(_job(ports), total=40, now=T0), {"imported": 12}, now=T0)
    ports.billing.backfills.save(running)
    assert 'data-testid="failing-backfill"' not in client.get("/ui/").text  # running is not an error
    ports.billing.backfills.save(bf.failed(running, "Retryable: Billingo 503", now=T0))
    home = client.get("/ui/").text
    assert re.search(r'data-testid="fig-failing"><span class="figure">1<', home)
    link = re.search(r'<a href="([^"]+)" class="error" data-testid="failing-backfill">([^<]+)</a>', home)
    assert link and link.group(1) == "/ui/admin/integrations/bil-bp/backfill"
    assert link.group(2).startswith("Megszakadt: 12 / 40 számla") and "Billingo 503" in link.group(2)
    client.cookies.clear()
    login(client, "anna")
    assert 'data-testid="failing-backfill"' not in client.get("/ui/").text  # integrations are the admin's
