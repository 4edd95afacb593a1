"""One Connection model with typed settings per kind (services/core/connection_model.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from services.core.connection_model import (
    BillingSystemSettings,
    ConnectionKind,
    ExportSettings,
    NavSettings,
    ProducerSettings,
    PullSettings,
    WebhookSettings,
    connection_of,
)
from services.core.errors import UnknownTenantError


@pytest.mark.parametrize(("doc", "settings_type"), [
    ({"kind": "billingo", "base_url": "https://api.billingo.hu/v3", "document_kinds": ["normal"]},
     BillingSystemSettings),
    ({"kind": "szamlazz", "base_url": "https://www.szamlazz.hu/szamla/"}, BillingSystemSettings),
    ({"kind": "own_system", "secrets": ["x"], "url_allowlist": ["erp.example"]}, WebhookSettings),
    ({"kind": "pull", "pull": {"list_url": "https://erp.example/list"}, "interval_seconds": 60}, PullSettings),
    ({"kind": "producer", "sites": ["budapest"], "source_kinds": ["producer"], "kafka_principal": "User:erp"},
     ProducerSettings),
    ({"kind": "export"}, ExportSettings),
    ({"kind": "nav", "url": "https://api.onlineszamla.nav.gov.hu", "login": "u", "tax_number": "12345678"},
     NavSettings),
])
def test_every_kind_reads_into_its_own_settings(doc: dict, settings_type: type) -> None:
    connection = connection_of({"_id": "c-1", "tenant": "acme", **doc})
    assert connection.kind is ConnectionKind(doc["kind"])
    assert type(connection.settings) is settings_type
    assert (connection.id, connection.tenant, connection.site) == ("c-1", "acme", "default")
    assert connection.enabled and not connection.deleted


def test_typed_settings_carry_the_stored_values() -> None:
    pull = connection_of({"_id": "p", "kind": "pull", "tenant": "acme", "pull": {"initial_cursor": "0"},
                          "url_allowlist": ["erp.example"], "allow_private_urls": True, "enabled": False})
    assert isinstance(pull.settings, PullSettings)
    assert pull.settings.pull["initial_cursor"] == "0" and pull.settings.url_allowlist == ("erp.example",)
    assert pull.settings.allow_private_urls and not pull.enabled
    billingo = connection_of({"_id": "b", "kind": "billingo", "tenant": "acme", "site": "pecs"})
    assert isinstance(billingo.settings, BillingSystemSettings) and billingo.settings.document_kinds is None
    assert billingo.site == "pecs"


def test_a_tombstone_is_a_deleted_connection_without_credentials() -> None:
    tombstone = connection_of({"_id": "s", "kind": "szamlazz", "tenant": "acme", "deleted": True,
                               "deleted_at": datetime(2025, 3, 31, tzinfo=UTC)})
    assert tombstone.deleted and not tombstone.has_credential("push_key")
    with pytest.raises(UnknownTenantError, match="has no agent_key"):
        tombstone.sealed_credential("agent_key")


def test_a_credential_is_handed_out_sealed() -> None:
    connection = connection_of({"_id": "b", "kind": "billingo", "tenant": "acme", "credentials": {"api_key": "SEALED"}})
    assert connection.sealed_credential("api_key") == "SEALED" and connection.has_credential("api_key")


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(UnknownTenantError, match="unknown kind"):
        connection_of({"_id": "x", "kind": "fax", "tenant": "acme"})
