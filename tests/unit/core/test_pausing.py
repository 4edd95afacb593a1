"""A paused connection, decided once (``core/pausing.py``): pollers leave it out, a door answers 503
``disabled`` with Retry-After, a paused producer's record is dead-lettered (never for another kind,
whose events were authenticated at a door before the pause)."""

from __future__ import annotations

from typing import Any

import pytest

from services.core.errors import ConnectionDisabledError, ConnectionPausedError, Rejected, Retryable
from services.core.pausing import PAUSED_RETRY_AFTER, check_door_open, check_producer_running, paused, running
from services.core.source_binding import check_raw_source


def _event(kind: str, connection_id: str) -> dict[str, Any]:
    return {"tenant": "acme", "site": "default", "source": {"kind": kind, "connection_id": connection_id}}


def test_only_enabled_false_is_paused() -> None:
    assert paused({"enabled": False})
    assert not paused({}) and not paused({"enabled": True}) and not paused(None)


def test_a_poller_runs_the_others_in_their_order() -> None:
    docs = [{"_id": "a"}, {"_id": "b", "enabled": False}, {"_id": "c", "enabled": True}]
    assert [d["_id"] for d in running(docs)] == ["a", "c"]


def test_a_paused_door_is_an_outage_with_retry_after_and_reason_disabled() -> None:
    check_door_open({"_id": "own", "enabled": True})
    with pytest.raises(ConnectionDisabledError) as caught:
        check_door_open({"_id": "own", "enabled": False})
    assert isinstance(caught.value, Retryable) and caught.value.reason.value == "disabled"
    assert caught.value.retry_after == PAUSED_RETRY_AFTER


def test_a_paused_producers_record_is_dead_lettered_and_no_other_kinds() -> None:
    producer = {"_id": "erp", "kind": "producer", "tenant": "acme", "enabled": False}
    with pytest.raises(ConnectionPausedError) as caught:
        check_raw_source(_event("producer", "erp"), producer)
    assert isinstance(caught.value, Rejected) and caught.value.reason.value == "disabled"
    check_raw_source(_event("producer", "erp"), {**producer, "enabled": True})
    # an own system's event was authenticated at the webhook before any pause: it goes on
    check_producer_running({"_id": "own", "kind": "own_system", "enabled": False})
    check_raw_source(_event("own_system", "own"), {"_id": "own", "kind": "own_system", "tenant": "acme",
                                                   "enabled": False})
