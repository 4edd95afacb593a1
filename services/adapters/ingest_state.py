"""What each connection imported (``ingest_items``) and where its poller stands (``ingest_cursors``):
the memory of every pulling or pushed source — Billingo, Számlázz.hu, pull connections, NAV."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.mongo_errors import replace_by_id

Doc = dict[str, Any]


class IngestState:
    """What each connection imported (``ingest_items``) and where its poller stands (``ingest_cursors``)."""

    def __init__(self, db: MongoDb) -> None:
        self.db = db

    @staticmethod
    def item_id(connection_id: str, external_id: str) -> str:
        return f"{connection_id}|{external_id}"

    def item(self, connection_id: str, external_id: str) -> Doc | None:
        with translate_errors("get ingest item"):
            return self.db.ingest_items.find_one({"_id": self.item_id(connection_id, external_id)})

    def save_item(self, item: Doc) -> None:
        with translate_errors("save ingest item"):
            replace_by_id(self.db.ingest_items, item)  # a poll and a back-fill may import one invoice at once

    def count_received(self, connection_id: str, since: datetime | None = None) -> int:
        query: dict[str, Any] = {"connection_id": connection_id}
        if since is not None:
            query["received_at"] = {"$gte": since}
        with translate_errors("count ingest items"):
            return int(self.db.ingest_items.count_documents(query))

    def cursor(self, connection_id: str) -> Doc | None:
        with translate_errors("get cursor"):
            return self.db.ingest_cursors.find_one({"_id": connection_id})

    def save_cursor(self, cursor: Doc) -> None:
        with translate_errors("save cursor"):
            replace_by_id(self.db.ingest_cursors, cursor)

    def forget(self, connection_id: str) -> None:
        with translate_errors("forget connection state"):
            self.db.ingest_cursors.delete_one({"_id": connection_id})
