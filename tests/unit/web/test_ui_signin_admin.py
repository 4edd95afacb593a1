"""The Céges bejelentkezés page (``ui/pages/signin_admin.py``) against the fake database: a tenant-wide admin
sets the OpenID Connect provider up with its secret, changes the group mapping with the secret field left
empty (the stored secret stays), is told in Hungarian what is wrong with a line; the secret is never shown
or audited; a site-limited admin, finance and viewers are refused; the form is CSRF-checked. The provider
saved here is the one the sign-in uses (``OidcStore.provider``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from services.adapters.oidc import OidcStore, ProviderClient, SignIn
from services.core.enums import Role
from services.core.errors import InvalidInputError
from services.core.oidc import group_mapping
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import FakeRepos
from tests.unit.billing.fakes import settings
from tests.unit.web.fakes import FakeDb, fake_ports
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login

FORM = {"issuer": "https://login.example.hu/ceg/v2.0", "client_id": "szamlatar-app",
        "client_secret": "nagyon-titkos-1", "roles": "Pénzügy=finance\n\nIT-admin = admin",
        "sites": "Debrecen=debrecen\nKözpont=*"}


@pytest.fixture()
def store() -> OidcStore:
    return OidcStore(FakeDb(), settings())


@pytest.fixture()
def ports(repos: FakeRepos, store: OidcStore) -> Ports:
    ports = fake_ports(repos)
    ports.sign_in = SignIn(store, ProviderClient())
    for name, role, sites in (("root", Role.ADMIN, ()), ("bp", Role.ADMIN, ("budapest",)),
                              ("anna", Role.FINANCE, ()), ("vera", Role.VIEWER, ())):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def _save(client: TestClient, **changed: str) -> object:
    token = _csrf(client.get("/ui/admin/signin").text)
    return client.post("/ui/admin/signin", data={**FORM, **changed, "csrf_token": token})


def test_a_tenant_admin_sets_the_provider_up_and_changes_it_keeping_the_secret(client: TestClient, ports: Ports,
                                                                               store: OidcStore) -> None:
    login(client, "root")
    empty = client.get("/ui/admin/signin")
    assert empty.status_code == 200 and "Még nincs beállítva" in empty.text and 'data-testid="nav-signin"' in empty.text
    saved = _save(client)
    assert saved.status_code == 200 and "beállításai elmentve" in saved.text  # type: ignore[attr-defined]
    provider = store.provider(TENANT)
    assert provider is not None and provider.config.client_id == "szamlatar-app"
    assert dict(provider.config.group_roles) == {"Pénzügy": Role.FINANCE, "IT-admin": Role.ADMIN}
    assert dict(provider.config.group_sites) == {"Debrecen": ("debrecen",), "Központ": ("*",)}
    assert store.client_secret(provider) == "nagyon-titkos-1"
    page = client.get("/ui/admin/signin").text
    assert "nagyon-titkos-1" not in page and "Pénzügy=finance" in page and "kliens titok megadva" in page

    _save(client, client_secret="", roles="Pénzügy=auditor")
    provider = store.provider(TENANT)
    assert provider is not None and store.client_secret(provider) == "nagyon-titkos-1"
    assert dict(provider.config.group_roles) == {"Pénzügy": Role.AUDITOR}
    entries = [e for e in ports.audit.entries(TENANT) if e["action"] == "signin.oidc.changed"]  # type: ignore[attr-defined]
    assert [e["details"]["credentials"] for e in entries] == [["client_secret"], []]
    assert "nagyon-titkos-1" not in str(ports.audit.entries(TENANT))  # type: ignore[attr-defined]


@pytest.mark.parametrize(("changed", "says"), [
    ({"roles": "Pénzügy"}, "nem CSOPORT=ÉRTÉK alakú: „Pénzügy”"),
    ({"roles": "Pénzügy=service"}, "Ismeretlen szerepkör ebben a sorban: „Pénzügy=service”"),
    ({"issuer": "http://login.example.hu"}, "https://-sel kezdődjön"),
    ({"client_secret": ""}, "az első beállításhoz a kliens titok is kell".capitalize()),
])
def test_a_bad_form_is_shown_again_with_the_problem_in_hungarian(client: TestClient, store: OidcStore,
                                                                 changed: dict[str, str], says: str) -> None:
    login(client, "root")
    refused = _save(client, **changed)
    assert refused.status_code == 422 and says in refused.text  # type: ignore[attr-defined]
    assert "nagyon-titkos-1" not in refused.text and store.provider(TENANT) is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("user", ["bp", "anna", "vera"])
def test_only_an_admin_without_a_site_limit_reaches_the_page(client: TestClient, store: OidcStore, user: str) -> None:
    login(client, user)
    assert client.get("/ui/admin/signin").status_code == 403
    token = _csrf(client.get("/ui/invoices").text)
    assert client.post("/ui/admin/signin", data={**FORM, "csrf_token": token}).status_code == 403
    assert store.provider(TENANT) is None


def test_the_form_needs_the_sessions_csrf_token(client: TestClient, store: OidcStore) -> None:
    login(client, "root")
    assert client.post("/ui/admin/signin", data={**FORM, "csrf_token": "x"}).status_code == 403
    assert store.provider(TENANT) is None


def test_group_lines_are_read_as_the_cli_takes_them() -> None:
    assert group_mapping("a=admin\n b = viewer \n", "a=x, y\nb=*") == (
        {"a": Role.ADMIN, "b": Role.VIEWER}, {"a": ["x", "y"], "b": ["*"]})
    with pytest.raises(InvalidInputError) as caught:
        group_mapping("a=admin\n=viewer", "")
    assert caught.value.problem == "signin.pair" and caught.value.params == {"line": "=viewer"}
