"""An in-memory twin of ``services/adapters/webhook_nonces.py``: the signed webhooks already received."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

Doc = dict[str, Any]


class WebhookNonces:
    def __init__(self) -> None:
        self.records: dict[str, Doc] = {}

    def ensure_indexes(self) -> None:
        return None

    def claim(self, nonce: str, *, connection_id: str, timestamp: int, tolerance_seconds: int,
              now: datetime) -> Doc | None:
        self.records = {k: r for k, r in self.records.items() if not r["expires_at"] < now}
        if self.records.get(nonce, {}).get("state") == "accepted":
            return copy.deepcopy(self.records[nonce])
        if nonce in self.records:
            return None  # pending with an unknown outcome: taken over, worked again
        expires = datetime.fromtimestamp(timestamp, UTC) + timedelta(seconds=tolerance_seconds + 60)
        self.records[nonce] = {"_id": nonce, "connection_id": connection_id, "state": "pending", "created_at": now,
                               "expires_at": expires}
        return None

    def accept(self, nonce: str, event_id: str) -> None:
        if nonce in self.records:
            self.records[nonce].update(state="accepted", event_id=event_id)

    def release(self, nonce: str) -> None:
        if self.records.get(nonce, {}).get("state") == "pending":
            del self.records[nonce]
