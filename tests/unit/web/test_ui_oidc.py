"""Company sign-in (OpenID Connect) through the UI against the local test provider's app, both
in-process: the real OidcStore over the fake database, the real ProviderClient whose HTTP goes to the
provider app. A login maps groups to role and sites, and every broken step is refused without a session."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient
from starlette.testclient import TestClient as PlainClient

from services.adapters.oidc import OidcStore, ProviderClient, SignIn
from services.adapters.url_fetch import Fetched
from services.core.enums import Role
from services.core.url_policy import UrlPolicy, check_url
from services.web import sessions
from services.web.app import create_app
from services.web.deps import Ports
from szamlatar_dev.emulators.oidc.app import DEMO_GROUP_ROLES, DEMO_GROUP_SITES, IdpState
from szamlatar_dev.emulators.oidc.app import create_app as create_idp
from tests.fakes import AuditLog, FakeRepos
from tests.unit.billing.fakes import settings
from tests.unit.web.fakes import FakeDb, fake_ports

TENANT = "acme"
IDP = "http://idp.test:9000"


class InProcessHttp:
    """``url_fetch.fetch`` and ``post_form`` for the provider app, after the same URL check."""

    def __init__(self, idp: IdpState) -> None:
        self.client = PlainClient(create_idp(idp), base_url=IDP)

    def fetch(self, url: str, policy: UrlPolicy, *, accept: str = "") -> Fetched:
        check_url(url, policy)
        r = self.client.get(urlsplit(url).path)
        assert r.status_code == 200
        return Fetched(url, r.content, r.headers.get("content-type"), None)

    def post(self, url: str, form: Mapping[str, str], headers: Mapping[str, str], policy: UrlPolicy
             ) -> tuple[int, bytes]:
        check_url(url, policy)
        r = self.client.post(urlsplit(url).path, data=dict(form), headers=dict(headers))
        return r.status_code, r.content


@pytest.fixture()
def idp() -> IdpState:
    return IdpState(issuer=IDP, clients={"szamlatar": "idp-secret"})


@pytest.fixture()
def ports(repos: FakeRepos, idp: IdpState) -> Ports:
    ports = fake_ports(repos)
    http = InProcessHttp(idp)
    store = OidcStore(FakeDb(), settings())
    store.save_provider(tenant=TENANT, issuer=IDP, client_id="szamlatar", client_secret="idp-secret",
                        group_roles={g: Role(r) for g, r in DEMO_GROUP_ROLES.items()}, group_sites=DEMO_GROUP_SITES,
                        allow_private=True, now=datetime.now(UTC))
    ports.sign_in = SignIn(store, ProviderClient(fetcher=http.fetch, poster=http.post))
    repos.accounts.add_user(TENANT, "local.anna", "correct horse 1", Role.FINANCE)
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False,  # type: ignore[arg-type]
                    base_url="http://127.0.0.1:8000") as c:
        yield c


def start(client: TestClient, tenant: str = TENANT, next_url: str = "/ui/invoices") -> Any:
    page = client.get("/ui/login")
    assert "Belépés a céges fiókkal" in page.text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    return client.post("/ui/login/oidc", data={"tenant": tenant, "csrf_token": token.group(1), "next": next_url})


def provider_url(answer: Any) -> str:
    assert answer.status_code == 200, answer.text
    found = re.search(r'<meta http-equiv="refresh" content="0;url=([^"]+)">', answer.text)
    assert found
    return html.unescape(found.group(1))


def pick(ports: Ports, url: str, user: str) -> str:
    """The provider's form: choose ``user``; the callback URL (path and query) it sends the browser to."""
    assert ports.sign_in is not None
    idp_client = ports.sign_in.client.fetcher.__self__.client  # type: ignore[attr-defined]
    parts = urlsplit(url)
    form_page = idp_client.get(f"{parts.path}?{parts.query}")
    assert form_page.status_code == 200 and "Teszt azonosító szolgáltató" in form_page.text
    fields = dict(re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', form_page.text))
    back = idp_client.post("/authorize", data={**{k: html.unescape(v) for k, v in fields.items()}, "user": user,
                                               "decision": "allow"}, follow_redirects=False)
    assert back.status_code == 302
    location = urlsplit(back.headers["location"])
    assert location.path == "/ui/login/oidc/callback"
    return f"{location.path}?{location.query}"


def sign_in(client: TestClient, ports: Ports, user: str) -> Any:
    return client.get(pick(ports, provider_url(start(client)), user))


def audit_actions(ports: Ports) -> list[tuple[str, str, dict[str, Any]]]:
    assert isinstance(ports.audit, AuditLog)
    return [(e["action"], e["actor"], e["details"]) for e in ports.audit.entries(TENANT)]


def test_a_first_sign_in_creates_the_user_with_the_mapped_role_and_sites(client: TestClient, ports: Ports,
                                                                          repos: FakeRepos) -> None:
    done = sign_in(client, ports, "ceges.konyvelo")
    assert done.status_code == 303 and done.headers["location"] == "/ui/invoices"
    assert client.cookies.get(sessions.SESSION_COOKIE)
    user = repos.accounts.users.get(TENANT, "ceges.konyvelo")
    assert user is not None and (user["role"], user["sites"]) == ("finance", ["budapest"])
    assert user["oidc_subject"] == f"{IDP}|sub-ceges.konyvelo" and "password_hash" not in user
    home = client.get("/ui/invoices")
    assert home.status_code == 200 and "Céges Könyvelő" in home.text
    assert ("login.success", "ceges.konyvelo", {"role": "finance", "sites": ["budapest"], "method": "oidc",
                                                 "remote": "testclient"}) in audit_actions(ports)


def test_no_role_group_is_the_least_privilege_and_a_later_sign_in_follows_the_groups(
        client: TestClient, ports: Ports, repos: FakeRepos, idp: IdpState) -> None:
    sign_in(client, ports, "ceges.vendeg")
    user = repos.accounts.users.get(TENANT, "ceges.vendeg")
    assert user is not None and (user["role"], user["sites"]) == ("viewer", [])
    idp.users["ceges.vendeg"] = type(idp.users["ceges.vendeg"])("ceges.vendeg", "Vendég", ("szamlatar-admins",
                                                                                          "telephely-debrecen"))
    client.cookies.clear()
    sign_in(client, ports, "ceges.vendeg")
    user = repos.accounts.users.get(TENANT, "ceges.vendeg")
    assert user is not None and (user["role"], user["sites"]) == ("admin", ["debrecen"])


@pytest.mark.parametrize("mode", ["signature", "none", "audience", "issuer", "nonce", "expired"])
def test_a_tampered_or_wrong_id_token_is_refused_without_a_session(client: TestClient, ports: Ports,
                                                                    repos: FakeRepos, idp: IdpState,
                                                                    mode: str) -> None:
    url = provider_url(start(client))
    idp.tamper = mode
    refused = client.get(pick(ports, url, "ceges.debrecen"))
    assert refused.status_code == 401 and not client.cookies.get(sessions.SESSION_COOKIE)
    assert repos.accounts.users.get(TENANT, "ceges.debrecen") is None
    assert "elutasítottuk" in refused.text or "lejárt" in refused.text
    failure = [d for a, _, d in audit_actions(ports) if a == "login.failure"]
    assert failure and failure[-1]["method"] == "oidc"


def test_a_wrong_or_used_state_and_another_browser_are_refused(client: TestClient, ports: Ports) -> None:
    callback = pick(ports, provider_url(start(client)), "ceges.admin")
    forged = re.sub(r"state=[^&]+", "state=forged", callback)
    assert client.get(forged).status_code == 400
    prelogin = client.cookies.get(sessions.PRELOGIN_COOKIE)
    client.cookies.delete(sessions.PRELOGIN_COOKIE)  # another browser brings the link back
    assert client.get(callback).status_code == 400
    client.cookies.set(sessions.PRELOGIN_COOKIE, str(prelogin))
    assert client.get(callback).status_code == 400  # the state was taken by the first try: used once
    assert not client.cookies.get(sessions.SESSION_COOKIE)


def test_a_local_account_of_the_same_name_is_not_taken_over(client: TestClient, ports: Ports, repos: FakeRepos,
                                                            idp: IdpState) -> None:
    idp.users["local.anna"] = type(idp.users["ceges.admin"])("local.anna", "Anna", ("szamlatar-admins", "kozpont"))
    refused = sign_in(client, ports, "local.anna")
    assert refused.status_code == 401 and "helyi fiók" in refused.text
    user = repos.accounts.users.get(TENANT, "local.anna")
    assert user is not None and user["role"] == "finance"  # unchanged


def test_a_tenant_without_a_provider_and_a_missing_csrf_token(client: TestClient) -> None:
    answer = start(client, tenant="globex")
    assert answer.status_code == 400 and "nincs céges bejelentkezés" in answer.text
    client.get("/ui/login")
    assert client.post("/ui/login/oidc", data={"tenant": TENANT, "csrf_token": "x"}).status_code == 403
