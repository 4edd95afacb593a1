"""The users page's admin flows against in-memory fakes: a new user's role defaults to viewer and its
sites are a choice of the tenant's known sites; an admin edits role and sites, disables and enables a
user (who then cannot sign in, then can), and resets a password shown once; an admin cannot disable
itself or change its own role; a site admin edits only its sites' users; each change is audited."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from services.core.enums import Role
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import FakeRepos
from tests.unit.web.fakes import db_of, fake_ports
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    for name, role, sites in (("root", Role.ADMIN, ()), ("bp", Role.ADMIN, ("budapest",)),
                              ("debby", Role.VIEWER, ("debrecen",)), ("vera", Role.VIEWER, ("budapest",))):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    db_of(ports).connections.docs["own-gyor"] = {"_id": "own-gyor", "kind": "own_system", "tenant": TENANT,
                                                 "site": "gyor"}
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def _actions(ports: Ports) -> list[str]:
    return [e["action"] for e in ports.audit.entries(TENANT)]  # type: ignore[attr-defined]


def test_the_create_form_defaults_to_viewer_and_offers_the_known_sites(client: TestClient) -> None:
    login(client, "root")
    page = client.get("/ui/admin/users").text
    form = page.split('data-testid="create-user-form"')[1]
    assert re.search(r'<option value="viewer" selected>', form)
    assert re.findall(r'name="sites" type="checkbox" value="([^"]+)"', form) == [
        "budapest", "debrecen", "default", "gyor"]


def test_an_admin_creates_a_user_with_a_ticked_site_edits_disables_and_resets_its_password(
        client: TestClient, ports: Ports) -> None:
    login(client, "root")
    page = client.get("/ui/admin/users")
    made = client.post("/ui/admin/users", data={"csrf_token": _csrf(page.text), "username": "gabor",
                                                "password": "long enough 1", "sites": ["gyor"]})
    assert made.status_code == 200
    user = ports.accounts.users.get(TENANT, "gabor")
    assert user is not None and (user["role"], user["sites"]) == ("viewer", ["gyor"])  # the least privilege

    edit = client.get("/ui/admin/users?edit=gabor")
    saved = client.post("/ui/admin/users/gabor", data={"csrf_token": _csrf(edit.text), "role": "finance",
                                                       "sites": ["gyor", "budapest"], "language": "en"})
    assert saved.status_code == 200 and "A felhasználó mentve" in saved.text
    user = ports.accounts.users.get(TENANT, "gabor")
    assert user is not None and (user["role"], user["sites"], user["language"]) == (
        "finance", ["gyor", "budapest"], "en")

    off = client.post("/ui/admin/users/gabor/enabled", data={"csrf_token": _csrf(saved.text), "enabled": "0"})
    assert "letiltva" in off.text and ports.accounts.users.get(TENANT, "gabor")["disabled"] is True  # type: ignore[index]
    assert ports.accounts.users.check_password(TENANT, "gabor", "long enough 1") is None
    on = client.post("/ui/admin/users/gabor/enabled", data={"csrf_token": _csrf(off.text), "enabled": "1"})
    assert ports.accounts.users.check_password(TENANT, "gabor", "long enough 1") is not None

    reset = client.post("/ui/admin/users/gabor/password", data={"csrf_token": _csrf(on.text)})
    shown = re.search(r'data-testid="new-password-value">([^<]+)<', reset.text)
    assert shown, "the new password is shown"
    assert ports.accounts.users.check_password(TENANT, "gabor", shown.group(1)) is not None
    assert ports.accounts.users.check_password(TENANT, "gabor", "long enough 1") is None
    assert shown.group(1) not in client.get("/ui/admin/users").text  # once
    assert _actions(ports)[-5:] == ["user.create", "user.change", "user.change", "user.change",
                                    "user.password_reset"]
    assert shown.group(1) not in str(ports.audit.entries(TENANT))  # type: ignore[attr-defined]


def test_an_admin_cannot_lock_itself_out(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    page = client.get("/ui/admin/users")
    off = client.post("/ui/admin/users/root/enabled", data={"csrf_token": _csrf(page.text), "enabled": "0"})
    assert off.status_code == 422 and not ports.accounts.users.get(TENANT, "root").get("disabled")  # type: ignore[union-attr]
    demoted = client.post("/ui/admin/users/root", data={"csrf_token": _csrf(page.text), "role": "viewer"})
    assert demoted.status_code == 422 and ports.accounts.users.get(TENANT, "root")["role"] == "admin"  # type: ignore[index]


def test_a_site_admin_edits_only_its_sites_users_and_grants_only_its_sites(client: TestClient,
                                                                             ports: Ports) -> None:
    login(client, "bp")
    page = client.get("/ui/admin/users")
    assert client.get("/ui/admin/users?edit=debby").status_code == 404
    assert client.post("/ui/admin/users/debby/password", data={"csrf_token": _csrf(page.text)}).status_code == 404
    beyond = client.post("/ui/admin/users/vera", data={"csrf_token": _csrf(page.text), "role": "viewer",
                                                       "sites": ["budapest"], "other_site": "debrecen"})
    assert beyond.status_code == 403 and ports.accounts.users.get(TENANT, "vera")["sites"] == ["budapest"]  # type: ignore[index]
    assert _actions(ports)[-1] == "user.change.refused"
    no_csrf = client.post("/ui/admin/users/vera/enabled", data={"enabled": "0"})
    assert no_csrf.status_code == 403 and not ports.accounts.users.get(TENANT, "vera").get("disabled")  # type: ignore[union-attr]


def test_the_admin_menu_item_leads_to_the_integrations_and_only_an_admin_has_it(client: TestClient) -> None:
    login(client, "root")
    page = client.get("/ui/admin/users").text
    assert '<a href="/ui/admin/integrations" data-testid="nav-admin">Adminisztráció</a>' in page
    client.cookies.clear()
    login(client, "vera")
    viewer = client.get("/ui/invoices")
    assert viewer.status_code == 200 and 'data-testid="nav-admin"' not in viewer.text
