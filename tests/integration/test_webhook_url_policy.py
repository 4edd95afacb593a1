"""Outbound webhooks under the URL policy, against the test stack: a subscription whose URL
reaches a loopback, private or metadata address is refused when created (API 422 url_refused,
CLI exit 2), and one stored before the policy existed is refused at delivery — never sent,
never retried, dead-lettered at once with reason url_refused — while a local receiver under
the operator's allowlist (``SZAMLATAR_BILLING_URL_ALLOWLIST=http://127.0.0.1:``) still gets its
delivery."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from services.adapters.reference_repo import SubscriptionRepo
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from szamlatar_dev.demo.own_system import invoice_metadata
from tests.integration.conftest import SZT, Tenant, consume_matching, wait_until

# The `downstream` fixture (the worker as a real process) comes from conftest.py.
from tests.integration.test_downstream import DOCS, Receiver, add_buyer, admin, subscribe


@pytest.fixture(scope="module")
def hooks() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


@pytest.mark.parametrize("url", [
    "https://127.0.0.1:{port}/hook", "https://localhost:{port}/hook", "https://[::1]:{port}/hook",
    "https://169.254.169.254/latest/meta-data/", "https://10.0.0.8/hook", "http://localhost:{port}/hook",
], ids=["loopback-literal", "name-resolving-to-loopback", "ipv6-loopback", "metadata", "private", "http-elsewhere"])
def test_a_subscription_off_the_url_policy_is_refused_when_created(tenant: Tenant, hooks: Receiver,
                                                                     url: str) -> None:
    answer = admin(tenant).post(f"{tenant.api}/api/v1/subscriptions",
                                json={"url": url.format(port=hooks.server.server_port)}, timeout=30)
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"]["reason"] == "url_refused"
    assert tenant.db.webhook_subscriptions.count_documents({"tenant": tenant.name}) == 0


def test_the_cli_refuses_a_subscription_that_resolves_to_loopback(tenant: Tenant) -> None:
    done = subprocess.run([SZT, "subscription", "create", "https://localhost:9/hook", "--tenant", tenant.name],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "url_refused" in done.stderr and "non-public" in done.stderr, done
    assert tenant.db.webhook_subscriptions.count_documents({"tenant": tenant.name}) == 0


@pytest.mark.usefixtures("downstream")
def test_a_stored_subscription_the_policy_refuses_now_is_dead_lettered_at_once_and_never_sent(
        tenant: Tenant, hooks: Receiver, settings: Settings) -> None:
    inv, pdf = DOCS[5]
    add_buyer(tenant, inv)
    good = hooks.route([200])
    subscribe(tenant, good)
    # Stored as an older release would have accepted it: https to a name that resolves to loopback.
    sneaky = hooks.route([200]).replace("http://127.0.0.1:", "https://localhost:")
    SubscriptionRepo(tenant.db).put({"_id": f"{tenant.name}|sneaky", "id": "sneaky", "tenant": tenant.name,
                                     "url": sneaky, "events": ["invoice.linked"], "active": True,
                                     "secret": Sealer.of(settings).seal("whsec_sneaky"),
                                     "created_at": datetime.now(UTC)})
    assert tenant.post("d-policy", pdf, invoice_metadata(inv)).status_code == 202

    dead = consume_matching(settings.kafka_bootstrap, "downstream.dlq",
                            lambda e: e.get("target") == "webhook:sneaky" and e.get("tenant") == tenant.name,
                            timeout=90)
    assert (dead["reason"], dead["attempts"]) == ("url_refused", 1), dead
    assert "non-public" in dead["error"] and json.loads(dead["payload"])["invoice_number"] == inv.number
    got = wait_until(lambda: hooks.requests_to(good), timeout=30, what="the allowed local delivery")
    assert len(got) == 1 and json.loads(got[0]["body"])["invoice_number"] == inv.number
    assert hooks.requests_to(sneaky) == []
