"""Contract: the nonce memory of signed webhooks (``adapters/webhook_nonces.py``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TS = int(NOW.timestamp())


def claim(repos: Any, nonce: str, *, timestamp: int = TS, now: datetime = NOW) -> Any:
    return repos.nonces.claim(nonce, connection_id="erp", timestamp=timestamp, tolerance_seconds=300, now=now)


class TestWebhookNoncesContract:
    def test_a_pending_claim_is_taken_over_an_accepted_one_is_shown(self, repos: Any) -> None:
        # A nonce still pending when the same request comes again has an unknown outcome (the mark
        # failed, the process died): the request is worked again, never refused as a replay.
        repos.nonces.ensure_indexes()
        assert claim(repos, "n1") is None
        assert claim(repos, "n1") is None
        repos.nonces.accept("n1", "event-1")
        accepted = claim(repos, "n1")
        assert (accepted["_id"], accepted["state"], accepted["connection_id"]) == ("n1", "accepted", "erp")
        assert accepted["event_id"] == "event-1" and accepted["expires_at"] == NOW + timedelta(seconds=360)

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
