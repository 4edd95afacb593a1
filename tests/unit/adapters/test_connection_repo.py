"""The one repository of ``connections`` agrees with itself on deleted ones: reading one by id shows
its tombstone, ``active`` and every listing do not (services/adapters/connections.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from services.adapters.connections import ConnectionRepo, credential
from services.adapters.sealer import Sealer
from services.core.connection_model import NavSettings
from tests.unit.billing.fakes import settings
from tests.unit.web.fakes import FakeDb

AT = datetime(2025, 3, 31, tzinfo=UTC)


def _repo() -> ConnectionRepo:
    repo = ConnectionRepo(FakeDb())  # type: ignore[arg-type]
    sealed = Sealer.of(settings()).seal("agent-key")
    for doc in [
        {"_id": "b-1", "kind": "billingo", "tenant": "acme", "site": "budapest"},
        {"_id": "b-2", "kind": "billingo", "tenant": "acme", "enabled": False},
        {"_id": "s-1", "kind": "szamlazz", "tenant": "acme", "credentials": {"agent_key": sealed}},
        {"_id": "n-1", "kind": "nav", "tenant": "acme", "tax_number": "12345678"},
        {"_id": "n-2", "kind": "nav", "tenant": "other", "tax_number": "87654321"},
        {"_id": "pr-1", "kind": "producer", "tenant": "acme", "kafka_principal": "User:erp"},
    ]:
        repo.upsert(doc)
    return repo


def test_a_deleted_connection_is_found_by_id_but_never_listed_or_active() -> None:
    repo = _repo()
    repo.delete(repo.get("s-1") or {}, AT)
    tombstone = repo.connection("s-1")
    assert tombstone is not None and tombstone.deleted and not tombstone.has_credential("agent_key")
    assert repo.active("s-1") is None
    assert [c.id for c in repo.list(kinds=("billingo", "szamlazz"))] == ["b-1", "b-2"]


def test_listing_filters_by_kind_tenant_and_switch() -> None:
    repo = _repo()
    assert [c.id for c in repo.list(kinds=("billingo",), include_disabled=False)] == ["b-1"]
    navs = repo.list(kinds=("nav",), tenant="acme")
    assert [c.id for c in navs] == ["n-1"]
    assert isinstance(navs[0].settings, NavSettings) and navs[0].settings.tax_number == "12345678"


def test_a_principal_belongs_to_one_live_producer() -> None:
    repo = _repo()
    holder = repo.producer_of_principal("User:erp", other_than="pr-2")
    assert holder is not None and holder.id == "pr-1"
    assert repo.producer_of_principal("User:erp", other_than="pr-1") is None
    repo.upsert({"_id": "pr-1", "kind": "producer", "tenant": "acme", "deleted": True})
    assert repo.producer_of_principal("User:erp", other_than="pr-2") is None


def test_fields_are_set_in_place_and_credentials_open_with_the_sealer() -> None:
    repo = _repo()
    repo.set_fields("n-1", {"sync_from": "2025-01-01"})
    found = repo.connection("n-1")
    assert found is not None and isinstance(found.settings, NavSettings) and found.settings.sync_from == "2025-01-01"
    assert credential(settings(), repo.get("s-1") or {}, "agent_key") == "agent-key"
