"""Connection settings, their public view, and the test fetch's answer (services/core/connections.py)."""

from __future__ import annotations

import pytest

from services.core.billing_import import DEFAULT_DOCUMENT_KINDS
from services.core.connections import FetchOutcome, describe_test, public_view, validate_settings
from services.core.errors import SchemaViolationError

ALLOWED = ("https://api.billingo.hu/v3", "https://www.szamlazz.hu/szamla/", "http://127.0.0.1:")


def test_a_new_billingo_connection_gets_the_defaults_and_needs_its_key() -> None:
    fields, creds = validate_settings("billingo", {"api_key": " k-1 ", "site": "budapest"},
                                      allowed_url_prefixes=ALLOWED, creating=True)
    assert creds == {"api_key": "k-1"}
    assert fields["base_url"] == "https://api.billingo.hu/v3"
    assert fields["document_kinds"] == sorted(DEFAULT_DOCUMENT_KINDS) and "proforma" not in fields["document_kinds"]
    with pytest.raises(SchemaViolationError, match="api_key is required"):
        validate_settings("billingo", {"site": "x"}, allowed_url_prefixes=ALLOWED, creating=True)


@pytest.mark.parametrize(("body", "message"), [
    ({"api_key": "k", "base_url": "http://169.254.169.254/latest"}, "not allowed"),
    ({"api_key": "k", "document_kinds": ["invoice"]}, "document_kinds"),
    ({"api_key": "k", "document_kinds": []}, "document_kinds"),
    ({"api_key": "k", "import_since": "tegnap"}, "import_since"),
    ({"api_key": "k", "colour": "red"}, "unknown fields"),
    ({"api_key": ""}, "non-empty"),
])
def test_bad_settings_are_refused_with_the_reason(body: dict, message: str) -> None:
    with pytest.raises(SchemaViolationError, match=message):
        validate_settings("billingo", body, allowed_url_prefixes=ALLOWED, creating=True)


def test_szamlazz_keys_follow_the_vendor_rules() -> None:
    _, creds = validate_settings("szamlazz", {"agent_key": "ABCdef", "push_key": "p" * 40},
                                 allowed_url_prefixes=ALLOWED, creating=True)
    assert creds["agent_key"] == "abcdef"  # the Agent accepts lower-case keys only
    with pytest.raises(SchemaViolationError, match="at most 40"):
        validate_settings("szamlazz", {"agent_key": "a", "push_key": "p" * 41}, allowed_url_prefixes=ALLOWED,
                          creating=True)
    with pytest.raises(SchemaViolationError, match="kind must be"):
        validate_settings("own_system", {}, allowed_url_prefixes=ALLOWED, creating=True)


def test_a_change_returns_only_what_was_given() -> None:
    fields, creds = validate_settings("billingo", {"document_kinds": ["normal"]}, allowed_url_prefixes=ALLOWED,
                                      creating=False)
    assert fields == {"document_kinds": ["normal"]} and creds == {}


def test_public_view_never_shows_a_credential() -> None:
    doc = {"_id": "szamlazz-1", "kind": "szamlazz", "tenant": "t", "site": "s",
           "credentials": {"agent_key": "SEALED-A", "push_key": "SEALED-P"}}
    view = public_view(doc, "https://szamlatar.example/api/v1/szamlazz/push/szamlazz-1")
    assert view["credentials_set"] == ["agent_key", "push_key"]
    assert "SEALED" not in repr(view) and view["push_url"].endswith("/szamlazz-1")


def test_found_invoices_are_told_in_hungarian_and_english() -> None:
    answer = describe_test("billingo", FetchOutcome(found=12, total=12))
    assert answer["ok"] and answer["message"] == {"hu": "12 számla az elmúlt 30 napban",
                                                  "en": "12 invoices in the last 30 days"}
    answer = describe_test("billingo", FetchOutcome(found=1, total=30, read_only=True))
    assert answer["message"]["hu"] == "1 számla az elmúlt 30 napban (összesen 30)"
    assert "csak olvasásra" in answer["warnings"][0]["hu"]
    assert describe_test("szamlazz", FetchOutcome(found=3))["message"]["en"].endswith("3 invoices arrived in the "
                                                                                       "last 30 days.")


@pytest.mark.parametrize(("reason", "hu", "en"), [
    ("wrong_key", "Hibás kulcs", "Wrong key"),
    ("no_subscription", "előfizetés", "subscription"),
    ("rate_limited", "Túl sok kérés", "Rate limited"),
    ("unreachable", "nem érhető el", "cannot be reached"),
    ("maintenance", "karbantartás", "maintenance"),
])
def test_failures_say_why(reason: str, hu: str, en: str) -> None:
    answer = describe_test("billingo", FetchOutcome(reason=reason, retry_after=20, detail="HTTP 503"))
    assert not answer["ok"] and answer["reason"] == reason
    assert hu in answer["message"]["hu"] and en in answer["message"]["en"]


def test_nav_and_pull_test_fetches_are_told_in_their_own_words() -> None:
    nav = describe_test("nav", FetchOutcome(found=100, more=True))["message"]
    assert nav["hu"].startswith("A NAV technikai felhasználó érvényes; 100 kiállított számla")
    assert "legalább" in nav["hu"]
    assert describe_test("pull", FetchOutcome(found=1))["message"] == {
        "hu": "A lista elérhető; az első oldalán 1 tétel.", "en": "The list answers; 1 item on its first page."}
    refused = describe_test("nav", FetchOutcome(reason="wrong_key"))["message"]
    assert "NAV Online Számla elutasította" in refused["hu"] and "technikai felhasználó" in refused["hu"]
    assert "Számla Agent" not in refused["hu"] and "Authorization" in describe_test(
        "pull", FetchOutcome(reason="wrong_key"))["message"]["hu"]
    assert describe_test("pull", FetchOutcome(reason="url_refused", detail="x"))["message"]["hu"].startswith(
        "A cím nem engedélyezett")
