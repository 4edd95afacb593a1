"""The document store's traffic, counted per process: every command pymongo sends, by command name and
collection (``szamlatar_mongo_commands_total``). FerretDB on SQLite spends milliseconds of CPU on each
command, so the count per invoice is what the pipeline's throughput is made of; this names who sends them.

Counted when a command starts (a failed one cost FerretDB too). The labels stay bounded: command names
are the driver's, collection names the ones our code names."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter
from pymongo import monitoring

from services.adapters.metrics import mongo_command_counter

# getMore names its collection in a field of its own; every other command we send names it as the
# value of the command's own key (``{"find": "invoices", ...}``). Commands on no collection: "".
_COLLECTION_FIELD = {"getMore": "collection"}


def collection_of(command_name: str, command: Mapping[str, Any]) -> str:
    value = command.get(_COLLECTION_FIELD.get(command_name, command_name))
    return value if isinstance(value, str) else ""


class CommandCounter(monitoring.CommandListener):
    """Counts each command as it starts. pymongo calls this on the thread that sends the command, for
    every command, so it does a dict lookup and an increment — the labelled child is made once."""

    def __init__(self, counter: Counter) -> None:
        self._counter = counter
        self._children: dict[tuple[str, str], Any] = {}

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        key = (event.command_name, collection_of(event.command_name, event.command))
        child = self._children.get(key)
        if child is None:  # a race here makes the same child twice: labels() returns the one child
            child = self._children[key] = self._counter.labels(*key)
        child.inc()

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


# One listener per registry: a process that connects twice must not register the counter twice
# (prometheus_client refuses a duplicate name), and both clients then count into the same series.
_LISTENERS: weakref.WeakKeyDictionary[CollectorRegistry, CommandCounter] = weakref.WeakKeyDictionary()


def command_counter(registry: CollectorRegistry) -> CommandCounter:
    listener = _LISTENERS.get(registry)
    if listener is None:
        listener = _LISTENERS[registry] = CommandCounter(mongo_command_counter(registry))
    return listener
