"""The Integrációk page's own-system and producer parts against in-memory fakes: an admin creates an
own-system webhook connection and sees its secret, its address and a signing example once — the Python
example, run, makes a request the webhook's own check accepts; rotating shows a new secret that verifies
beside the old one until the old is retired; a producer with a Kafka principal gets its signing secret
once, rotates and deletes it; the export inbox says where files go; admins only, CSRF-checked,
site-scoped, audited without secrets."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.own_system_admin import OwnSystemConnections
from services.adapters.sealer import Sealer
from services.app.integrations import IntegrationSetup
from services.core.enums import Role
from services.core.errors import BadSignatureError
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from services.ingest_pull.connection import change_pull_connection, create_pull_connection
from services.nav.connection import change_nav_connection, create_nav_connection
from services.web.app import create_app
from services.web.deps import Ports
from services.web.integration_deps import get_integration_ports, integration_ports
from tests.fakes import FakeRepos
from tests.unit.billing.fakes import settings
from tests.unit.web.fakes import db_of, fake_ports
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login

SETTINGS = settings()
BILLING: Any = SimpleNamespace(settings=SimpleNamespace(public_url="https://szamlatar.test", url_allowlist=()))


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    ports.settings = SETTINGS  # the billing settings and the sealer read it
    db = db_of(ports)
    ports.integration_setup = IntegrationSetup(own=OwnSystemConnections(db, SETTINGS),
                                               create_nav=partial(create_nav_connection, db, SETTINGS),
                                               create_pull=partial(create_pull_connection, db, SETTINGS),
                                               change_nav=partial(change_nav_connection, db, SETTINGS),
                                               change_pull=partial(change_pull_connection, db, SETTINGS))
    ports.producers.first_signing_secret = (  # type: ignore[method-assign]
        lambda _settings, doc: OwnSystemConnections(db_of(ports), SETTINGS).issue_signing_secret(doc["_id"])
        if doc.get("kafka_principal") else None)
    for name, role, sites in (("root", Role.ADMIN, ()), ("bp", Role.ADMIN, ("budapest",)),
                              ("anna", Role.FINANCE, ())):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    app = create_app(None, ports)  # type: ignore[arg-type]
    app.dependency_overrides[get_integration_ports] = lambda: integration_ports(ports, BILLING)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _secret(html: str) -> str:
    found = re.search(r'data-testid="new-secret-value">([^<]+)<', html)
    assert found, "a secret shown once"
    return found.group(1)


def _secrets(ports: Ports, cid: str) -> list[str]:
    return [Sealer.of(SETTINGS).open(s) for s in db_of(ports).connections.docs[cid]["secrets"]]


def _accepts(secrets: list[str], headers: dict[str, str], body: bytes) -> bool:
    try:
        verify(secrets, headers.get(TIMESTAMP_HEADER), headers.get(SIGNATURE_HEADER), body, time.time(), 300)
    except BadSignatureError:
        return False
    return True


def _python_example(html: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, bytes, dict[str, str]]:
    """Run the page's Python example with ``requests.post`` caught: the URL, body and headers it sends."""
    import html as html_lib

    import requests

    code = re.search(r'data-testid="example-python"><code>(.*?)</code>', html, re.S)
    assert code, "a Python example"
    sent: dict[str, Any] = {}
    monkeypatch.setattr(requests, "post", lambda url, data, headers: sent.update(url=url, data=data, headers=headers))
    exec(html_lib.unescape(code.group(1)), {})
    return sent["url"], sent["data"], sent["headers"]


def test_an_own_system_is_created_with_a_secret_and_an_example_that_signs_as_the_webhook_checks(
        client: TestClient, ports: Ports, monkeypatch: pytest.MonkeyPatch) -> None:
    login(client, "root")
    page = client.get("/ui/admin/integrations")
    assert "s3://szamlatar-inbox/inbox/acme/" in page.text
    made = client.post("/ui/admin/own-systems", data={"csrf_token": _csrf(page.text), "connection_id": "erp-bp",
                                                      "name": "ERP", "site": "budapest"})
    assert made.status_code == 200, made.text
    first = _secret(made.text)
    assert _secrets(ports, "erp-bp") == [first]
    assert "https://szamlatar.test/api/v1/webhooks/erp-bp" in made.text and TIMESTAMP_HEADER in made.text
    url, body, headers = _python_example(made.text, monkeypatch)
    assert url == "https://szamlatar.test/api/v1/webhooks/erp-bp" and _accepts([first], headers, body)
    assert not _accepts(["another"], headers, body)
    again = client.get("/ui/admin/integrations")
    assert first not in again.text and 'data-testid="connection-erp-bp"' in again.text

    rotated = client.post("/ui/admin/own-systems/erp-bp/rotate", data={"csrf_token": _csrf(again.text)})
    second = _secret(rotated.text)
    assert second != first and _secrets(ports, "erp-bp") == [second, first]  # both verify until retired
    _, body, headers = _python_example(rotated.text, monkeypatch)
    assert _accepts(_secrets(ports, "erp-bp"), headers, body)
    client.post("/ui/admin/own-systems/erp-bp/retire", data={"csrf_token": _csrf(rotated.text)})
    assert _secrets(ports, "erp-bp") == [second]
    audit = [e for e in ports.audit.entries(TENANT) if e["action"] != "login.success"]  # type: ignore[attr-defined]
    assert [(e["action"], e["target"]) for e in audit] == [("connection.created", "erp-bp")] + [
        ("connection.changed", "erp-bp")] * 2
    assert first not in str(audit) and second not in str(audit)


def test_a_taken_id_is_refused_and_a_site_admin_reaches_only_its_sites(client: TestClient, ports: Ports) -> None:
    db_of(ports).connections.docs["erp-deb"] = {"_id": "erp-deb", "kind": "own_system", "tenant": TENANT,
                                                "site": "debrecen", "secrets": []}
    login(client, "bp")
    page = client.get("/ui/admin/integrations")
    taken = client.post("/ui/admin/own-systems", data={"csrf_token": _csrf(page.text), "connection_id": "erp-deb",
                                                       "site": "budapest"})
    assert taken.status_code == 409
    beyond = client.post("/ui/admin/own-systems", data={"csrf_token": _csrf(page.text), "connection_id": "erp-x",
                                                        "site": "debrecen"})
    assert beyond.status_code == 403 and "erp-x" not in db_of(ports).connections.docs
    assert client.post("/ui/admin/own-systems/erp-deb/rotate",
                       data={"csrf_token": _csrf(page.text)}).status_code == 404
    assert client.post("/ui/admin/own-systems/erp-deb/rotate", data={}).status_code == 403  # no CSRF
    client.cookies.clear()
    login(client, "anna")
    assert client.get("/ui/admin/integrations").status_code == 403


def test_a_producer_with_a_kafka_principal_gets_its_signing_secret_once_rotates_and_is_deleted(
        client: TestClient, ports: Ports) -> None:
    login(client, "root")
    page = client.get("/ui/admin/integrations")
    made = client.post("/ui/admin/producers", data={"csrf_token": _csrf(page.text), "connection_id": "erp-kafka",
                                                    "sites": ["budapest"], "kafka_principal": "User:producer-erp"})
    assert made.status_code == 200, made.text
    first = _secret(made.text)
    doc = db_of(ports).connections.docs["erp-kafka"]
    assert (doc["kind"], doc["sites"], doc["kafka_principal"]) == ("producer", ["budapest"], "User:producer-erp")
    assert [Sealer.of(SETTINGS).open(s) for s in doc["signing_secrets"]] == [first]
    rotated = client.post("/ui/admin/producers/erp-kafka/rotate", data={"csrf_token": _csrf(made.text)})
    assert _secret(rotated.text) != first
    gone = client.post("/ui/admin/producers/erp-kafka/delete", data={"csrf_token": _csrf(rotated.text)})
    assert gone.status_code == 200 and db_of(ports).connections.docs["erp-kafka"].get("deleted") is True
    assert [e["action"] for e in ports.audit.entries(TENANT) if e["action"] != "login.success"] == [  # type: ignore[attr-defined]
        "producer.created", "connection.changed", "producer.deleted"]


def test_a_nav_connection_is_stored_with_its_secrets_sealed_and_only_a_tenant_wide_admin_sets_it_up(
        client: TestClient, ports: Ports) -> None:
    login(client, "root")
    page = client.get("/ui/admin/integrations")
    form = {"csrf_token": _csrf(page.text), "connection_id": "nav-ceg", "url": "https://nav.example.hu/v3",
            "login": "techuser", "password": "nav-jelszo-1", "tax_number": "12345678",
            "signature_key": "sign-key-123", "exchange_key": "exch-key-12"}
    bad = client.post("/ui/admin/nav-connections", data={**form, "tax_number": "1234"})
    assert bad.status_code == 422 and "nav-ceg" not in db_of(ports).connections.docs
    plain = client.post("/ui/admin/nav-connections", data={**form, "url": "http://nav.example.hu/v3"})
    assert plain.status_code == 422  # only https (or the operator's allow-list)
    made = client.post("/ui/admin/nav-connections", data=form)
    assert made.status_code == 200 and "A NAV-kapcsolat elmentve" in made.text
    doc = db_of(ports).connections.docs["nav-ceg"]
    assert (doc["kind"], doc["tax_number"], doc["login"]) == ("nav", "12345678", "techuser")
    for secret in ("nav-jelszo-1", "sign-key-123", "exch-key-12"):
        assert secret not in str(doc) and secret not in made.text
        assert secret not in str(ports.audit.entries(TENANT))  # type: ignore[attr-defined]
    client.cookies.clear()
    login(client, "bp")
    page = client.get("/ui/admin/integrations")
    assert 'data-testid="nav-form"' not in page.text
    refused = client.post("/ui/admin/nav-connections", data={**form, "csrf_token": _csrf(page.text),
                                                             "connection_id": "nav-bp"})
    assert refused.status_code == 403 and "nav-bp" not in db_of(ports).connections.docs


def test_a_pull_connection_is_stored_with_its_mapping_checked(client: TestClient, ports: Ports) -> None:
    import json

    from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING

    login(client, "root")
    page = client.get("/ui/admin/integrations")
    form = {"csrf_token": _csrf(page.text), "connection_id": "erp-pull", "site": "budapest",
            "mapping": json.dumps({**DEMO_MAPPING, "list_url": "https://erp.example.hu/api/v1/invoices"}),
            "url_hosts": "erp.example.hu", "authorization": "Bearer titok-123"}
    broken = client.post("/ui/admin/pull-connections", data={**form, "mapping": "{not json"})
    assert broken.status_code == 422 and "erp-pull" not in db_of(ports).connections.docs
    elsewhere = client.post("/ui/admin/pull-connections", data={**form, "url_hosts": "other.example.hu"})
    assert elsewhere.status_code == 422  # the list URL's host is not allowed
    made = client.post("/ui/admin/pull-connections", data=form)
    assert made.status_code == 200, made.text
    doc = db_of(ports).connections.docs["erp-pull"]
    assert (doc["kind"], doc["site"], doc["url_allowlist"]) == ("pull", "budapest", ["erp.example.hu"])
    assert "titok-123" not in str(doc) and "titok-123" not in str(ports.audit.entries(TENANT))  # type: ignore[attr-defined]
    assert 'data-testid="connection-erp-pull"' in made.text


def test_a_producer_is_edited_keeping_its_principal_and_secret(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    page = client.get("/ui/admin/integrations")
    made = client.post("/ui/admin/producers", data={"csrf_token": _csrf(page.text), "connection_id": "erp-k2",
                                                    "sites": ["budapest"], "kafka_principal": "User:producer-k2"})
    secrets = db_of(ports).connections.docs["erp-k2"]["signing_secrets"]
    assert 'data-testid="producer-edit-erp-k2"' in made.text
    saved = client.post("/ui/admin/producers/erp-k2", data={"csrf_token": _csrf(made.text),
                                                            "sites": ["budapest", "debrecen"],
                                                            "url_hosts": "erp.example.hu"})
    assert saved.status_code == 200 and "A küldő kapcsolata mentve" in saved.text
    doc = db_of(ports).connections.docs["erp-k2"]
    assert (doc["sites"], doc["url_allowlist"], doc["kafka_principal"], doc["signing_secrets"]) == (
        ["budapest", "debrecen"], ["erp.example.hu"], "User:producer-k2", secrets)
    assert ports.audit.entries(TENANT)[-1]["action"] == "connection.changed"  # type: ignore[attr-defined]
