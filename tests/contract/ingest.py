"""Contract: the nonce memory of signed webhooks (``adapters/webhook_nonces.py``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TS = int(NOW.timestamp())


def claim(repos: Any, nonce: str, *, timestamp: int = TS, now: datetime = NOW) -> Any:
    return repos.nonces.claim(nonce, connection_id="erp", timestamp=timestamp, tolerance_seconds=300, now=now)


class TestWebhookNoncesContract:
    def test_a_nonce_is_claimed_once_and_then_shows_the_earlier_claim(self, repos: Any) -> None:
        repos.nonces.ensure_indexes()
        assert claim(repos, "n1") is None
        again = claim(repos, "n1")
        assert (again["_id"], again["state"], again["connection_id"]) == ("n1", "pending", "erp")
        assert again["expires_at"] == NOW + timedelta(seconds=360)
        repos.nonces.accept("n1", "event-1")
        accepted = claim(repos, "n1")
        assert (accepted["state"], accepted["event_id"]) == ("accepted", "event-1")

    def test_a_released_claim_may_be_made_again_an_accepted_one_may_not(self, repos: Any) -> None:
        claim(repos, "n1")
        repos.nonces.release("n1")
        assert claim(repos, "n1") is None
        repos.nonces.accept("n1", "event-1")
        repos.nonces.release("n1")  # too late: the event is out
        assert claim(repos, "n1")["state"] == "accepted"

    def test_a_nonce_past_its_window_is_forgotten(self, repos: Any) -> None:
        claim(repos, "n1")
        later = NOW + timedelta(seconds=361)
        assert claim(repos, "n1", now=later) is None
