"""Expired webhook nonces are forgotten at most once a minute, not on every request (a range delete
that on FerretDB cost more than the rest of the request)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.adapters.webhook_nonces import PRUNE_EVERY, WebhookNonces
from tests.unit.web.fakes import FakeCollection, FakeDb

T0 = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _claim(nonces: WebhookNonces, nonce: str, now: datetime) -> dict[str, Any] | None:
    return nonces.claim(nonce, connection_id="erp", timestamp=int(now.timestamp()), tolerance_seconds=300, now=now)


class Deletes(FakeCollection):
    """Notes the cut-off of every range delete."""

    def __init__(self) -> None:
        super().__init__()
        self.cutoffs: list[datetime] = []

    def delete_many(self, query: dict[str, Any]) -> None:
        self.cutoffs.append(query["expires_at"]["$lt"])
        super().delete_many(query)


def test_expired_nonces_are_forgotten_once_per_interval() -> None:
    db = FakeDb()
    collection = db.collections["webhook_nonces"] = Deletes()
    deletes = collection.cutoffs
    nonces = WebhookNonces(db)  # type: ignore[arg-type]
    _claim(nonces, "old", T0 - timedelta(hours=1))
    for i in range(5):
        _claim(nonces, f"n{i}", T0 + timedelta(seconds=i))
    assert deletes == [T0 - timedelta(hours=1), T0]  # the first claim, then once the interval had passed
    assert "old" not in collection.docs  # expired by T0, so forgotten then
    _claim(nonces, "late", T0 + PRUNE_EVERY)
    assert deletes[-1] == T0 + PRUNE_EVERY


def test_a_replay_within_the_window_is_still_found() -> None:
    nonces = WebhookNonces(FakeDb())  # type: ignore[arg-type]
    assert _claim(nonces, "n", T0) is None
    nonces.accept("n", "event-1")
    found = _claim(nonces, "n", T0 + timedelta(seconds=1))
    assert found is not None and found["event_id"] == "event-1"
