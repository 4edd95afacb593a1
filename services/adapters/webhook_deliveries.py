"""The outbound webhooks' delivery log (``webhook_deliveries``): one entry per delivery the downstream
worker finished — delivered, or dead-lettered after its tries — written once and never changed.

The log grows with the archive (one entry per invoice per subscription), so it is read by ``_id``
only (``tests/unit/test_store_reads.py``): an entry's ``_id`` is ``<tenant>|<subscription>|<time>|
<delivery id>`` with a fixed-width UTC time, so one subscription's entries are one ``_id`` range and a
page, newest first, is that range cut at the previous page's last ``_id`` with a limit.

A failed entry keeps the body it could not deliver, so a person can send it again from the admin's
Kimenő webhookok page without reading ``downstream.dlq``; the replay itself is ``dlq.replay_downstream``
— the one `szamlatar dlq replay` runs — so ``dlq_replays`` (keyed by the delivery id) keeps either door
from sending a delivery twice, and tells the page which failed entries were replayed since."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo import DESCENDING

from services.adapters.dlq import ReplayResult, replay_downstream
from services.adapters.kafka_producer import EventPublisher
from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.mongo_errors import replace_by_id
from services.adapters.settings import Settings
from services.adapters.subscriptions import Post

Doc = dict[str, Any]
_END = "~"  # sorts after every character an entry's time or delivery id has


def entry_id(tenant: str, subscription: str, at: datetime, delivery: str) -> str:
    return f"{tenant}|{subscription}|{at.astimezone(UTC):%Y-%m-%dT%H:%M:%S.%fZ}|{delivery}"


class WebhookDeliveries:
    """Read and write the delivery log of one database; ``replay`` sends a failed entry again."""

    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def record(self, *, tenant: str, subscription: str, delivery: str, event: str, topic: str, at: datetime, ok: bool,
               attempts: int, status: int, error: str = "", reason: str = "", payload: str | None = None,
               payload_encoding: str | None = None, invoice_id: str | None = None) -> Doc:
        """One finished delivery; a failed one (``ok`` false) with the body it could not deliver."""
        doc: Doc = {"_id": entry_id(tenant, subscription, at, delivery), "tenant": tenant,
                    "subscription": subscription, "delivery": delivery, "event": event, "topic": topic, "at": at,
                    "ok": ok,
                    "attempts": attempts, "status": status, "error": error[:500], "reason": reason,
                    "invoice_id": invoice_id}
        if not ok:
            doc |= {"payload": payload, "payload_encoding": payload_encoding}
        with translate_errors("record webhook delivery"):
            replace_by_id(self.db.webhook_deliveries, doc)
        return doc

    def page(self, tenant: str, subscription: str, *, before: str = "", limit: int = 25) -> tuple[list[Doc], str]:
        """Up to ``limit`` entries of one subscription, newest first, older than the entry ``before``
        (an ``_id`` from the previous page; empty: the newest); and the ``before`` of the next page
        (empty: none). Each failed entry carries ``replayed_at`` once it was sent again."""
        low, high = f"{tenant}|{subscription}|", f"{tenant}|{subscription}|{_END}"
        if before.startswith(low):
            high = min(high, before)
        with translate_errors("read webhook deliveries"):
            found = list(self.db.webhook_deliveries.find({"_id": {"$gte": low, "$lt": high}},
                                                         {"payload": 0}).sort("_id", DESCENDING).limit(limit + 1))
        more = len(found) > limit
        found = found[:limit]
        failed = [d["delivery"] for d in found if not d.get("ok")]
        replayed: dict[str, Any] = {}
        if failed:
            with translate_errors("read replay log"):
                replayed = {r["_id"]: r.get("replayed_at") for r in self.db.dlq_replays.find({"_id": {"$in": failed}})}
        for d in found:
            if d["delivery"] in replayed:
                d["replayed_at"] = replayed[d["delivery"]]
        return found, (found[-1]["_id"] if more and found else "")

    def get(self, tenant: str, entry: str) -> Doc | None:
        if not entry.startswith(f"{tenant}|"):
            return None
        with translate_errors("read webhook delivery"):
            return self.db.webhook_deliveries.find_one({"_id": entry})

    def replay(self, entry: Doc, publisher: EventPublisher, settings: Settings, post: Post) -> ReplayResult:
        """A failed entry POSTed again to its subscription — the same body and delivery id, signed
        with the subscription's current secret — at most once (``dlq.replay_downstream``)."""
        record = {"event_id": entry["delivery"], "target": f"webhook:{entry['subscription']}",
                  "event": entry["event"], "tenant": entry["tenant"], "topic": entry.get("topic"),
                  "payload": entry.get("payload"), "payload_encoding": entry.get("payload_encoding"),
                  "reason": entry.get("reason")}
        return replay_downstream(record, publisher, self.db, settings, post)
