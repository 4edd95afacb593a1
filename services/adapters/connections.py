"""The one repository of the ``connections`` collection, for every kind (Billingo, Számlázz.hu, own
system, pull, producer, export, NAV).

Deleted connections are tombstones (the id is never reused, and what still arrives for one is told
so): ``get`` / ``connection`` return them with ``deleted`` set, ``active`` does not, and ``list``
never shows them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from services.core.connection_model import Connection, connection_of

Doc = dict[str, Any]
_ASCENDING = 1


class ConnectionRepo:
    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def get(self, connection_id: str) -> Doc | None:
        """The stored document, tombstones included."""
        with translate_errors("get connection"):
            return self.db.connections.find_one({"_id": connection_id})

    def connection(self, connection_id: str) -> Connection | None:
        """The model, tombstones included."""
        doc = self.get(connection_id)
        return None if doc is None else connection_of(doc)

    def active(self, connection_id: str) -> Connection | None:
        """The model of a connection that is not deleted (switched off ones included)."""
        found = self.connection(connection_id)
        return None if found is None or found.deleted else found

    def list(self, *, kinds: Iterable[str], tenant: str | None = None,
             include_disabled: bool = True) -> list[Connection]:
        """The live connections of these kinds, by id; never a tombstone."""
        query: dict[str, Any] = {"kind": {"$in": list(kinds)}, "deleted": {"$ne": True}}
        if tenant is not None:
            query["tenant"] = tenant
        if not include_disabled:
            query["enabled"] = {"$ne": False}
        with translate_errors("list connections"):
            docs = list(self.db.connections.find(query).sort("_id", _ASCENDING))
        return [connection_of(d) for d in docs]

    def producer_of_principal(self, principal: str, *, other_than: str) -> Connection | None:
        """The live producer connection that holds a Kafka principal, other than ``other_than``."""
        with translate_errors("find the principal's producer connection"):
            doc = self.db.connections.find_one({"kind": "producer", "kafka_principal": principal,
                                                "deleted": {"$ne": True}, "_id": {"$ne": other_than}})
        return None if doc is None else connection_of(doc)

    def upsert(self, connection: Doc) -> None:
        with translate_errors("upsert connection"):
            self.db.connections.replace_one({"_id": connection["_id"]}, connection, upsert=True)

    def save(self, connection: Doc) -> None:
        self.upsert(connection)

    def set_fields(self, connection_id: str, fields: Doc) -> None:
        with translate_errors("update connection"):
            self.db.connections.update_one({"_id": connection_id}, {"$set": fields})

    def delete(self, connection: Doc, at: datetime) -> None:
        """Keep a tombstone without credentials: the id is not reused, and a Számlázz.hu push that
        still arrives is told KEY_DEL (sever the connection) rather than KEY_ERR."""
        tombstone = {k: connection.get(k) for k in ("_id", "kind", "tenant", "site", "name")}
        self.upsert({**tombstone, "deleted": True, "deleted_at": at})


def credential(settings: Settings, connection: Doc, name: str) -> str:
    """A connection's credential, opened (``UnknownTenantError`` when it has none)."""
    return Sealer.of(settings).open(connection_of(connection).sealed_credential(name))
