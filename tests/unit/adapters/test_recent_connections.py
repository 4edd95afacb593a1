"""Connection documents kept for a second (``adapters/recent_connections.py``): what lets a record in
may be a second old, a refusal never is."""

from __future__ import annotations

from typing import Any

import pytest

from services.adapters.recent_connections import KEPT_SECONDS, RecentConnections
from services.core.errors import ConnectionDisabledError, NotFoundError

Doc = dict[str, Any]


class Store:
    def __init__(self) -> None:
        self.docs: dict[str, Doc] = {}
        self.reads = 0

    def get(self, connection_id: str) -> Doc | None:
        self.reads += 1
        found = self.docs.get(connection_id)
        return dict(found) if found is not None else None


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def open_door(doc: Doc | None) -> Doc:
    if doc is None or doc.get("deleted"):
        raise NotFoundError("no such connection")
    if doc.get("enabled") is False:
        raise ConnectionDisabledError("paused")
    return doc


def _world() -> tuple[Store, Clock, RecentConnections]:
    store, clock = Store(), Clock()
    store.docs["c"] = {"_id": "c", "enabled": True}
    return store, clock, RecentConnections(store.get, clock=clock)


def test_records_within_a_second_share_one_read() -> None:
    store, clock, recent = _world()
    for _ in range(10):
        assert recent.admit("c", open_door)["_id"] == "c"
        clock.now += 0.05
    assert store.reads == 1
    clock.now += KEPT_SECONDS
    recent.admit("c", open_door)
    assert store.reads == 2  # older than a second: read again


def test_a_pause_or_deletion_takes_effect_within_the_kept_second() -> None:
    store, clock, recent = _world()
    recent.admit("c", open_door)
    store.docs["c"]["enabled"] = False
    assert recent.admit("c", open_door)["_id"] == "c"  # checked on the document read a moment ago
    clock.now += KEPT_SECONDS
    with pytest.raises(ConnectionDisabledError):
        recent.admit("c", open_door)
    store.docs["c"] = {"_id": "c", "deleted": True, "enabled": True}
    clock.now += KEPT_SECONDS
    with pytest.raises(NotFoundError):
        recent.admit("c", open_door)


def test_a_refusal_is_made_on_a_fresh_read_so_what_opens_a_door_counts_at_once() -> None:
    store, _, recent = _world()
    store.docs["c"]["enabled"] = False
    with pytest.raises(ConnectionDisabledError):
        recent.admit("c", open_door)
    store.docs["c"]["enabled"] = True  # resumed: the very next record is let in
    assert recent.admit("c", open_door)["enabled"] is True
    assert store.reads == 2  # the kept (paused) document refused it first: read anew
    assert recent.admit("c", open_door)["enabled"] is True and store.reads == 2  # kept from then on


def test_an_unknown_connection_is_never_kept() -> None:
    store, _, recent = _world()
    for _ in range(2):
        with pytest.raises(NotFoundError):
            recent.admit("nobody", open_door)
    assert store.reads == 2
    store.docs["nobody"] = {"_id": "nobody", "enabled": True}  # created: taken at once
    assert recent.admit("nobody", open_door)["_id"] == "nobody"


def test_the_kept_answer_is_given_without_a_read_and_a_refusal_is_left_to_a_read() -> None:
    store, clock, recent = _world()
    assert recent.admit_kept("c", open_door) is None and store.reads == 0  # nothing kept: the caller must read
    assert recent.admit_read("c", open_door)["_id"] == "c" and store.reads == 1
    kept = recent.admit_kept("c", open_door)
    assert kept is not None and kept[0]["_id"] == "c" and store.reads == 1  # from memory: no read
    store.docs["c"]["enabled"] = False
    recent.read("c")  # kept as paused
    store.docs["c"]["enabled"] = True  # resumed since
    assert recent.admit_kept("c", open_door) is None and store.reads == 2  # a kept refusal is not the answer
    assert recent.admit_read("c", open_door)["enabled"] is True  # the fresh read is
    clock.now += KEPT_SECONDS
    assert recent.admit_kept("c", open_door) is None  # too old to be used
