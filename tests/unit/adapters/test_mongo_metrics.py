"""The document store's commands counted per process (``adapters/mongo_metrics.py``): by command and
collection, into the registry the process shows on /metrics."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry
from pymongo import monitoring

from services.adapters.mongo import connect
from services.adapters.mongo_metrics import collection_of, command_counter
from tests.unit.billing.fakes import settings


@dataclass
class _Started:
    """What the listener reads of a ``CommandStartedEvent``."""

    command_name: str
    command: dict[str, Any] = field(default_factory=dict)


def _count(registry: CollectorRegistry, command: str, collection: str) -> float:
    value = registry.get_sample_value("szamlatar_mongo_commands_total",
                                      {"command": command, "collection": collection})
    return value or 0.0


def test_commands_are_counted_by_name_and_collection() -> None:
    registry = CollectorRegistry()
    listener = command_counter(registry)
    for event in (_Started("find", {"find": "invoices", "filter": {"_id": "a"}}),
                  _Started("find", {"find": "invoices", "filter": {"_id": "b"}}),
                  _Started("update", {"update": "audit_log"}),
                  _Started("getMore", {"getMore": 12345, "collection": "invoice_versions"}),
                  _Started("ping", {"ping": 1})):
        listener.started(event)  # type: ignore[arg-type]  # the two fields the listener reads
    assert _count(registry, "find", "invoices") == 2
    assert _count(registry, "update", "audit_log") == 1
    assert _count(registry, "getMore", "invoice_versions") == 1
    assert _count(registry, "ping", "") == 1


def test_the_collection_is_a_name_or_nothing() -> None:
    assert collection_of("insert", {"insert": "clients", "documents": []}) == "clients"
    assert collection_of("getMore", {"getMore": 1, "collection": "audit_log"}) == "audit_log"
    assert collection_of("endSessions", {"endSessions": [{}]}) == ""


def test_one_listener_per_registry_so_connecting_twice_is_allowed() -> None:
    registry = CollectorRegistry()
    assert command_counter(registry) is command_counter(registry)
    assert command_counter(CollectorRegistry()) is not command_counter(registry)


def test_connect_registers_the_counter_on_the_client() -> None:
    registry = CollectorRegistry()
    db = connect(settings(), registry)  # pymongo connects lazily: no server is needed to build the client
    try:
        listeners = db.client.options.event_listeners
        assert command_counter(registry) in listeners
        assert all(isinstance(x, monitoring.CommandListener) for x in listeners)
    finally:
        db.client.close()
    plain = connect(settings())
    try:
        assert not plain.client.options.event_listeners
    finally:
        plain.client.close()
