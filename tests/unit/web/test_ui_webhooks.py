"""The Kimenő webhookok page against in-memory fakes: an admin adds a subscription (the secret shown
once, never again), edits it, disables it; its delivery log pages newest first, and a failed delivery
is sent again once through the replay port; admins only, CSRF-checked, site-scoped; every change is
audited as the API audits it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.dlq import Replay, ReplayResult
from services.adapters.webhook_deliveries import WebhookDeliveries
from services.app.subscriptions import SubscriptionPorts
from services.core.enums import Role
from services.web.app import create_app
from services.web.deps import Ports, require_sites
from services.web.subscription_deps import get_subscription_ports
from tests.fakes import FakeRepos
from tests.unit.web.fakes import db_of, fake_ports
from tests.unit.web.test_ui_auth import PASSWORD, TENANT, _csrf, login

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
ALLOW = ("http://127.0.0.1:",)


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = fake_ports(repos)
    for name, role, sites in (("root", Role.ADMIN, ()), ("bp", Role.ADMIN, ("budapest",)),
                              ("anna", Role.FINANCE, ())):
        repos.accounts.add_user(TENANT, name, PASSWORD, role, sites=sites)
    return ports


@pytest.fixture()
def replays() -> list[dict[str, Any]]:
    return []


@pytest.fixture()
def client(ports: Ports, replays: list[dict[str, Any]]) -> Iterator[TestClient]:
    log = WebhookDeliveries(db_of(ports))

    def create(tenant: str, fields: dict[str, Any], actor: str) -> tuple[dict[str, Any], str]:
        sub_id = fields.get("id") or f"wh-{len(ports.subscriptions.list(tenant)) + 1}"
        doc = {**fields, "_id": f"{tenant}|{sub_id}", "id": sub_id, "tenant": tenant, "secret": "sealed",
               "created_by": actor}
        ports.subscriptions.put(doc)
        return doc, f"whsec_plain_{sub_id}"

    def replay(entry: dict[str, Any]) -> ReplayResult:
        replays.append(entry)
        db_of(ports).dlq_replays.docs[entry["delivery"]] = {"_id": entry["delivery"], "replayed_at": T0}
        return ReplayResult(Replay.REPLAYED)

    app = create_app(None, ports)  # type: ignore[arg-type]
    app.dependency_overrides[get_subscription_ports] = lambda: SubscriptionPorts(
        subscriptions=ports.subscriptions, audit=ports.audit, create=create, check_url=lambda url: None,
        require_sites=require_sites, deliveries=log, replay=replay, url_allowlist=ALLOW)
    with TestClient(app, follow_redirects=False) as c:
        yield c


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _add(client: TestClient, **form: Any) -> Any:
    page = client.get("/ui/admin/webhooks")
    return client.post("/ui/admin/webhooks", data={"csrf_token": _csrf(page.text), **form})


def test_an_admin_adds_a_webhook_and_sees_its_secret_once(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    added = _add(client, url="http://127.0.0.1:9/hook", events=["invoice.linked", "rule.notify"],
                 sites=["budapest"], other_site="szeged", description="HR")
    assert added.status_code == 200, added.text
    assert "whsec_plain_wh-1" in added.text and 'data-testid="webhook-secret"' in added.text
    sub = ports.subscriptions.get(TENANT, "wh-1")
    assert sub is not None and sub["sites"] == ["budapest", "szeged"] and sub["events"] == ["invoice.linked",
                                                                                               "rule.notify"]
    again = client.get("/ui/admin/webhooks")
    assert "whsec_plain" not in again.text and "http://127.0.0.1:9/hook" in again.text
    assert 'value="szeged"' in again.text  # a site named once is a choice from now on
    entry = ports.audit.entries(TENANT)[-1]  # type: ignore[attr-defined]
    assert (entry["action"], entry["target"]) == ("subscription.created", "wh-1")


def test_a_refused_url_is_a_hungarian_message_and_nothing_is_stored(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    refused = _add(client, url="http://10.0.0.5/hook")
    assert refused.status_code == 422 and "Erre a címre nem küldhetünk" in refused.text
    assert ports.subscriptions.list(TENANT) == []


def test_edit_and_disable_are_audited_changes(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    _add(client, url="http://127.0.0.1:9/a")
    page = client.get("/ui/admin/webhooks?edit=wh-1")
    assert 'data-testid="e-form"' in page.text
    saved = client.post("/ui/admin/webhooks/wh-1", data={"csrf_token": _csrf(page.text), "url": "http://127.0.0.1:9/b",
                                                         "events": ["rule.notify"], "description": "új"})
    assert saved.status_code == 200 and "A webhook mentve" in saved.text
    assert ports.subscriptions.get(TENANT, "wh-1")["url"] == "http://127.0.0.1:9/b"  # type: ignore[index]
    off = client.post("/ui/admin/webhooks/wh-1/active", data={"csrf_token": _csrf(saved.text), "active": "0"})
    assert "kikapcsolva" in _text(off.text)
    assert ports.subscriptions.get(TENANT, "wh-1")["active"] is False  # type: ignore[index]
    changes = [e for e in ports.audit.entries(TENANT) if e["action"] == "subscription.changed"]  # type: ignore[attr-defined]
    assert [sorted(e["details"]) for e in changes] == [["description", "events", "url"], ["active"]]


def test_the_delivery_log_pages_newest_first_and_a_failed_delivery_is_sent_again_once(
        client: TestClient, ports: Ports, replays: list[dict[str, Any]]) -> None:
    login(client, "root")
    _add(client, url="http://127.0.0.1:9/a")
    log = WebhookDeliveries(db_of(ports))
    for i in range(30):
        log.record(tenant=TENANT, subscription="wh-1", delivery=f"d-{i:02d}", event="invoice.linked",
                   topic="invoice.archived", at=T0 + timedelta(minutes=i), ok=i != 29, attempts=1 if i != 29 else 5,
                   status=200 if i != 29 else 503, error="" if i != 29 else "HTTP 503",
                   payload=None if i != 29 else '{"n": 29}', payload_encoding=None if i != 29 else "utf-8")
    log.record(tenant="other", subscription="wh-1", delivery="x", event="invoice.linked", topic="invoice.archived",
               at=T0, ok=False, attempts=1, status=500, payload="{}")
    first = client.get("/ui/admin/webhooks/wh-1/deliveries")
    rows = re.findall(r'data-testid="delivery-\d+"', first.text)
    assert len(rows) == 25 and "HTTP 503" in first.text
    assert 'data-testid="outcome-1"' in first.text and "sikertelen" in _text(first.text).split("kézbesítve")[0]
    older = re.search(r'href="(/ui/admin/webhooks/wh-1/deliveries\?before=[^"]+)"', first.text)
    assert older, "a link to the older page"
    second = client.get(older.group(1).replace("&amp;", "&"))
    assert len(re.findall(r'data-testid="delivery-\d+"', second.text)) == 5 and 'data-testid="older"' not in second.text

    entry = re.search(r'name="entry" value="([^"]+)"', first.text)
    assert entry and entry.group(1).endswith("|d-29")
    other_entry = next(k for k in db_of(ports).webhook_deliveries.docs if k.startswith("other|"))
    foreign = client.post("/ui/admin/webhooks/wh-1/replay", data={"csrf_token": _csrf(first.text),
                                                                  "entry": other_entry})
    assert foreign.status_code == 404 and replays == []  # another tenant's entry is not found
    done = client.post("/ui/admin/webhooks/wh-1/replay", data={"csrf_token": _csrf(first.text),
                                                               "entry": entry.group(1)})
    assert done.status_code == 200 and "Újraküldve: a fogadó elfogadta" in done.text
    assert [r["delivery"] for r in replays] == ["d-29"] and replays[0]["payload"] == '{"n": 29}'
    assert 'name="entry"' not in done.text  # replayed: no button any more
    audit = ports.audit.entries(TENANT)[-1]  # type: ignore[attr-defined]
    assert (audit["action"], audit["details"]["delivery"], audit["details"]["outcome"]) == (
        "subscription.replayed", "d-29", "replayed")


def test_admins_only_with_csrf_and_a_site_admin_sees_only_its_sites(client: TestClient, ports: Ports) -> None:
    login(client, "root")
    _add(client, url="http://127.0.0.1:9/all")
    _add(client, url="http://127.0.0.1:9/bp", sites=["budapest"])
    no_csrf = client.post("/ui/admin/webhooks/wh-1/active", data={"active": "0"})
    assert no_csrf.status_code == 403 and ports.subscriptions.get(TENANT, "wh-1").get("active") is not False  # type: ignore[union-attr]
    client.cookies.clear()
    login(client, "anna")
    assert client.get("/ui/admin/webhooks").status_code == 403
    client.cookies.clear()
    login(client, "bp")
    page = client.get("/ui/admin/webhooks")
    assert "/bp" in page.text and "9/all" not in page.text
    assert client.get("/ui/admin/webhooks/wh-1/deliveries").status_code == 404
    every = _add(client, url="http://127.0.0.1:9/x")  # no site ticked: every site, beyond a site admin
    assert every.status_code == 403 and len(ports.subscriptions.list(TENANT)) == 2
