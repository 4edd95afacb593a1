"""Nonce memory for signed webhooks (MongoDB collection ``webhook_nonces``).

A request is identified by ``sha256(connection | timestamp | sha256(body))`` — independent of
which secret signed it and of extra signatures in the header, so a captured request cannot be
replayed by editing its headers. The nonce is claimed (``pending``) before any work, marked
``accepted`` with the event id once the event is durable, and released if the request fails so that
the sender's retry is not mistaken for a replay. A nonce still ``pending`` when the same request
comes again (its first delivery's outcome is unknown: the mark failed, the process died, or it is
still in flight) is taken over: the request is worked again, which publishes the same event id, so
the worst case is a duplicate raw event the archive step absorbs — never a durable invoice refused
as a replay. Entries expire when their timestamp leaves the replay window: after that the timestamp
check alone refuses the request.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database
from pymongo.errors import DuplicateKeyError

from services.adapters.mongo import translate_errors

COLLECTION = "webhook_nonces"
# Expired nonces are forgotten at most this often: keeping one a little longer changes nothing (its
# timestamp is refused anyway), and the delete is a range scan that on FerretDB cost more than the
# rest of a webhook request put together when it ran on every request.
PRUNE_EVERY = timedelta(seconds=60)


def nonce_of(connection_id: str, timestamp: int, body: bytes) -> str:
    return hashlib.sha256(f"{connection_id}|{timestamp}|{hashlib.sha256(body).hexdigest()}".encode()).hexdigest()


class WebhookNonces:
    _indexed = False

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.collection = db[COLLECTION]
        self._pruned_at: datetime | None = None

    def ensure_indexes(self) -> None:
        if not WebhookNonces._indexed:
            with translate_errors("create nonce indexes"):
                self.collection.create_index([("expires_at", ASCENDING)])
            WebhookNonces._indexed = True

    def claim(self, nonce: str, *, connection_id: str, timestamp: int, tolerance_seconds: int,
              now: datetime) -> dict[str, Any] | None:
        """``None`` when the nonce is new or still pending (now claimed); otherwise the accepted earlier record."""
        self.ensure_indexes()
        expires = datetime.fromtimestamp(timestamp, UTC) + timedelta(seconds=tolerance_seconds + 60)
        self._forget_expired(now)
        try:
            with translate_errors("claim nonce"):
                self.collection.insert_one({"_id": nonce, "connection_id": connection_id, "state": "pending",
                                            "created_at": now, "expires_at": expires})
            return None
        except DuplicateKeyError:
            with translate_errors("read nonce"):
                found = self.collection.find_one({"_id": nonce})
            if found is None or found.get("state") != "accepted":
                return None  # released meanwhile, or pending with an unknown outcome: work it again
            return found

    def _forget_expired(self, now: datetime) -> None:
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY:
            return
        with translate_errors("forget expired nonces"):
            self.collection.delete_many({"expires_at": {"$lt": now}})
        self._pruned_at = now

    def accept(self, nonce: str, event_id: str) -> None:
        with translate_errors("mark nonce accepted"):
            self.collection.update_one({"_id": nonce}, {"$set": {"state": "accepted", "event_id": event_id}})

    def release(self, nonce: str) -> None:
        with translate_errors("release nonce"):
            self.collection.delete_one({"_id": nonce, "state": "pending"})
