"""The downstream worker holds every webhook delivery to the URL policy at the time of sending: a
URL the policy refuses now (its host resolves to a private address, it is not under the
operator's allowlist any more) is never sent and never retried — it goes to downstream.dlq at
once with reason url_refused — while the other subscriptions are delivered as usual."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import pytest
from prometheus_client import CollectorRegistry

from services.adapters.schemas import validate
from services.adapters.sealer import Sealer
from services.adapters.subscriptions import http_post
from services.core.url_policy import UrlRefusedError
from services.downstream.worker import Downstream
from tests.unit.adapters.fakes import FakeDb, FakePublisher
from tests.unit.billing.fakes import settings

SETTINGS = settings()


class Receiver:
    def __init__(self) -> None:
        self.paths: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                outer.paths.append(self.path)
                self.send_response(302 if self.path == "/moved" else 200)
                self.send_header("Location", "http://127.0.0.1:1/elsewhere")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


class Subs:
    def __init__(self, *subs: dict[str, Any]) -> None:
        self.subs = list(subs)

    def for_event(self, tenant: str, event: str, site: str) -> list[dict[str, Any]]:
        return [s for s in self.subs if s["tenant"] == tenant and event in s["events"]]


def sub(sub_id: str, url: str) -> dict[str, Any]:
    return {"_id": f"acme|{sub_id}", "id": sub_id, "tenant": "acme", "url": url, "events": ["rule.notify"],
            "secret": Sealer.of(SETTINGS).seal(f"whsec_{sub_id}")}


def matched() -> dict[str, Any]:
    return {"event_id": "e-1", "tenant": "acme", "site": "budapest", "external_id": "x-1",
            "source": {"kind": "own_system", "connection_id": "erp"},
            "invoice": {"number": "A-1", "direction": "incoming", "seller": {"name": "Szállító Kft."}},
            "match": {"notify": ["penzugy@example.hu"], "decision": "hold", "rule_hits": []}}


def resolve(host: str, port: int) -> list[str]:
    """Our DNS for the test: the receivers' names and what they resolve to now."""
    answers = {"hr.example.test": ["10.20.30.40"], "moved.example.test": ["93.184.216.34"],
               "localhost": ["127.0.0.1"]}
    if host not in answers and host != "127.0.0.1":
        raise UrlRefusedError(f"host {host} does not resolve")
    return answers.get(host, [host])


def test_a_delivery_the_url_policy_refuses_is_dead_lettered_at_once_and_the_others_are_delivered(
        receiver: Receiver) -> None:
    publisher, sleeps, db = FakePublisher(), [], FakeDb()
    downstream = Downstream(cast(Any, db), cast(Any, publisher), SETTINGS, CollectorRegistry(),
                            post=http_post(("http://127.0.0.1:",), resolver=resolve), sleep=sleeps.append)
    downstream.subs = cast(Any, Subs(
        sub("private", "https://hr.example.test/in"),  # resolves to 10.20.30.40 now
        sub("loopback-name", f"https://localhost:{receiver.port}/in"),
        sub("metadata", "http://169.254.169.254/latest/meta-data/"),
        sub("ok", f"http://127.0.0.1:{receiver.port}/ok"),
        sub("moved", f"http://127.0.0.1:{receiver.port}/moved"),
    ))
    downstream.on_matched(matched())

    assert receiver.paths == ["/ok", "/moved"]  # each once; the redirect is not followed nor retried
    records = {json.loads(v)["target"]: json.loads(v) for topic, _, v in publisher.sent if topic == "downstream.dlq"}
    assert set(records) == {"webhook:private", "webhook:loopback-name", "webhook:metadata", "webhook:moved"}
    for target in ("webhook:private", "webhook:loopback-name", "webhook:metadata"):
        record = records[target]
        validate("downstream.dlq.v1", record)
        assert (record["reason"], record["attempts"]) == ("url_refused", 1), record
        assert record["error"].startswith("url_refused: ")
    assert "non-public" in records["webhook:private"]["error"]
    assert (records["webhook:moved"]["reason"], records["webhook:moved"]["attempts"]) == ("receiver_refused", 1)
    assert records["webhook:moved"]["error"] == "HTTP 302"
    assert sleeps == []  # nothing was retried
    # the delivery log (the admin's page): each delivery once, a failed one with the body to replay
    log = {d["subscription"]: d for d in db.webhook_deliveries.docs.values()}
    assert {s: (d["ok"], d["status"]) for s, d in log.items()} == {
        "private": (False, -1), "loopback-name": (False, -1), "metadata": (False, -1), "ok": (True, 200),
        "moved": (False, 302)}
    assert log["moved"]["payload"] == records["webhook:moved"]["payload"] and "payload" not in log["ok"]
    assert log["moved"]["delivery"] == records["webhook:moved"]["event_id"]


def test_a_subscription_whose_host_resolves_to_a_private_address_is_refused_when_created() -> None:
    from services.adapters.reference_repo import SubscriptionRepo
    from services.adapters.subscriptions import create_subscription
    from services.core.subscriptions import validate_subscription

    db = FakeDb()
    subscriptions = SubscriptionRepo(cast(Any, db))
    fields = validate_subscription({"url": "https://hr.example.test/in"}, http_prefixes=("http://127.0.0.1:",))
    with pytest.raises(UrlRefusedError, match="non-public address"):
        create_subscription(subscriptions, SETTINGS, tenant="acme", fields=fields, actor="adm",
                            url_allowlist=("http://127.0.0.1:",), resolver=resolve)
    assert db.webhook_subscriptions.docs == {}
    fields = validate_subscription({"url": "http://127.0.0.1:9/in"}, http_prefixes=("http://127.0.0.1:",))
    doc, _ = create_subscription(subscriptions, SETTINGS, tenant="acme", fields=fields, actor="adm",
                                 url_allowlist=("http://127.0.0.1:",), resolver=resolve)
    assert list(db.webhook_subscriptions.docs) == [doc["_id"]]
