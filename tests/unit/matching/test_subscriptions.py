"""Outbound webhook subscriptions: what is accepted, what is shown, what a rule notification says."""

from __future__ import annotations

from typing import Any

import pytest

from services.core.errors import BadSignatureError, SchemaViolationError
from services.core.subscriptions import delivery_headers, notification, public_subscription, validate_subscription
from services.core.url_policy import UrlRefusedError
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify

LOCAL = ("https://api.billingo.hu/v3", "http://127.0.0.1:")


@pytest.mark.parametrize("url, message", [
    pytest.param("http://example.com/hook", "https", id="plain-http-elsewhere"),
    pytest.param("ftp://127.0.0.1:21/x", "https", id="other-scheme"),
    pytest.param("https://127.0.0.1/hook", "non-public", id="loopback-literal"),
    pytest.param("https://10.0.0.7:8443/hook", "non-public", id="private-literal"),
    pytest.param("https://100.64.0.1/hook", "non-public", id="cgnat-literal"),
    pytest.param("https://[::ffff:192.168.0.1]/hook", "non-public", id="ipv4-mapped-private"),
    pytest.param("https://169.254.169.254/latest/meta-data/", "link-local", id="metadata"),
    pytest.param("http://127.0.0.1.evil.example/hook", "https", id="look-alike-of-the-local-prefix"),
    pytest.param("http://169.254.169.254:80/latest", "https", id="metadata-over-http"),
])
def test_urls_off_the_policy_are_refused_at_creation_saying_why(url: str, message: str) -> None:
    with pytest.raises(UrlRefusedError, match=message) as refused:
        validate_subscription({"url": url}, http_prefixes=LOCAL)
    assert refused.value.reason.value == "url_refused"


@pytest.mark.parametrize("body, message", [
    pytest.param({"url": "https://user:pw@example.com/"}, "user-info", id="user-info"),
    pytest.param({"url": "/relative"}, "absolute", id="relative"),
    pytest.param({"url": "https://example.com/", "events": ["invoice.archived"]}, "events", id="unknown-event"),
    pytest.param({"url": "https://example.com/", "events": []}, "events", id="no-events"),
    pytest.param({"url": "https://example.com/", "secret": "mine"}, "unknown fields", id="caller-secret"),
    pytest.param({"url": "https://example.com/", "id": "a b"}, "id", id="bad-id"),
])
def test_bad_subscriptions_are_refused_saying_why(body: dict[str, Any], message: str) -> None:
    with pytest.raises(SchemaViolationError, match=message):
        validate_subscription(body, http_prefixes=LOCAL)


def test_https_anywhere_and_http_only_under_a_local_prefix() -> None:
    assert validate_subscription({"url": "https://hr.example.hu/in"}, http_prefixes=LOCAL)["events"] == [
        "invoice.linked"]
    local = validate_subscription({"url": "http://127.0.0.1:9000/x", "events": ["rule.notify", "invoice.linked"],
                                   "id": "hr-1"}, http_prefixes=LOCAL)
    assert local == {"url": "http://127.0.0.1:9000/x", "events": ["invoice.linked", "rule.notify"], "sites": [],
                     "description": "", "active": True, "id": "hr-1"}


def test_public_view_never_carries_the_secret() -> None:
    shown = public_subscription({"_id": "t|s", "id": "s", "tenant": "t", "url": "https://x/", "secret": "sealed"})
    assert shown == {"id": "s", "url": "https://x/"}


def matched(notify: list[str], decision: str = "hold") -> dict[str, Any]:
    return {"event_id": "e-1", "tenant": "acme", "site": "budapest", "external_id": "x-1",
            "source": {"kind": "own_system", "connection_id": "erp"},
            "invoice": {"number": "A-1", "direction": "incoming", "gross_total": "127000", "currency": "HUF",
                        "seller": {"name": "Szállító Kft."}, "buyer": {"name": "Mi Zrt."}},
            "match": {"notify": notify, "decision": decision, "client_id": "c-1", "client_name": "Szállító Kft.",
                      "rule_hits": [{"rule_id": "big", "version": 2, "name": "Nagy összeg"}]}}


def test_a_notify_action_becomes_a_notification_naming_recipients_rules_and_invoice() -> None:
    note = notification(matched(["penzugy@example.hu"]))
    assert note is not None
    assert note["recipients"] == ["penzugy@example.hu"] and note["held_for_approval"] is True
    assert note["rules"] == [{"rule_id": "big", "version": 2, "name": "Nagy összeg"}]
    assert note["invoice"]["counterparty"] == "Szállító Kft."  # incoming: the seller
    assert note["invoice_id"] and note["event_id"] == "e-1"


def test_no_notify_action_no_notification() -> None:
    assert notification(matched([], decision="archive")) is None


def test_delivery_headers_carry_a_signature_the_receiver_verifies_and_the_delivery_id() -> None:
    body = '{"invoice_id": "i-1", "név": "Árvíztűrő"}'.encode()
    headers = delivery_headers("whsec_x", 1_700_000_000, body, event="invoice.linked", delivery="d-1")
    assert headers["X-Szamlatar-Delivery"] == "d-1" and headers["X-Szamlatar-Event"] == "invoice.linked"
    assert verify(["whsec_x"], headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER], body, 1_700_000_010, 300) \
        == 1_700_000_000
    with pytest.raises(BadSignatureError):
        verify(["whsec_y"], headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER], body, 1_700_000_010, 300)


def test_a_subscription_takes_only_its_events_of_its_sites() -> None:
    from services.core.subscriptions import takes

    bp = {"events": ["rule.notify"], "sites": ["budapest"]}
    assert takes(bp, "rule.notify", "budapest")
    assert not takes(bp, "rule.notify", "debrecen")
    assert not takes(bp, "invoice.linked", "budapest")
    assert takes({"url": "https://x/"}, "invoice.linked", "debrecen")  # stored before sites/events: every site
    assert not takes({"sites": [], "active": False}, "invoice.linked", "budapest")


def test_subscription_sites_are_validated() -> None:
    body = {"url": "https://hr.example.hu/in", "sites": ["budapest", " budapest"]}
    assert validate_subscription(body, http_prefixes=LOCAL)["sites"] == ["budapest"]
    with pytest.raises(SchemaViolationError, match="sites"):
        validate_subscription({**body, "sites": "budapest"}, http_prefixes=LOCAL)
