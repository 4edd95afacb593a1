"""Own-system connection settings beyond creation (secret rotation, the document-URL policy), and the
connections of direct producers and exports."""

from __future__ import annotations

import base64
import secrets as pysecrets
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database

from services.adapters.crypto import encrypt
from services.adapters.mongo import ConnectionRepo
from services.adapters.settings import Settings
from services.core.errors import NotFoundError
from services.core.source_binding import producer_connection

MAX_SECRETS = 2  # the new one and the one being retired


def _connection(db: Database[dict[str, Any]], connection_id: str) -> dict[str, Any]:
    found = ConnectionRepo(db).get(connection_id)
    if found is None:
        raise NotFoundError(f"no connection {connection_id!r}")
    return found


def rotate_webhook_secret(db: Database[dict[str, Any]], settings: Settings, connection_id: str,
                          secret: str | None = None) -> str:
    """Adds a new secret in front and keeps only the previous one beside it; returns the new one.
    Both verify until ``retire_old_secrets`` is called."""
    connection = _connection(db, connection_id)
    secret = secret or pysecrets.token_urlsafe(32)
    sealed = base64.b64encode(encrypt(secret.encode(), settings.kek, settings.kek_id)).decode()
    connection["secrets"] = [sealed, *connection.get("secrets", [])][:MAX_SECRETS]
    ConnectionRepo(db).upsert(connection)
    return secret


def retire_old_secrets(db: Database[dict[str, Any]], connection_id: str) -> None:
    connection = _connection(db, connection_id)
    connection["secrets"] = connection.get("secrets", [])[:1]
    ConnectionRepo(db).upsert(connection)


def set_url_policy(db: Database[dict[str, Any]], connection_id: str, hosts: list[str], *,
                   allow_private: bool = False) -> dict[str, Any]:
    """Which hosts document URLs may point at; ``allow_private`` only for test servers on 127.0.0.1."""
    connection = _connection(db, connection_id)
    connection["url_allowlist"] = [h.strip().lower() for h in hosts if h.strip()]
    connection["allow_private_urls"] = allow_private
    ConnectionRepo(db).upsert(connection)
    return connection


def create_producer_connection(db: Database[dict[str, Any]], *, connection_id: str, tenant: str,
                               url_hosts: list[str] | None = None, allow_private: bool = False,
                               sites: list[str] | None = None, source_kinds: list[str] | None = None,
                               created_by: str = "cli") -> dict[str, Any]:
    """A connection for a billing system that produces to ``invoice.raw`` itself: the tenant (and,
    if given, the sites) its events may claim, the source kinds they may carry, and the hosts its
    document URLs may point at. The parse stage refuses any raw event whose connection does not
    exist or does not carry it (``core/source_binding.py``). Raises ``ValueError`` on bad settings
    or when the id is taken by another tenant or another kind of connection."""
    connection = producer_connection(connection_id=connection_id, tenant=tenant, sites=sites or [],
                                     source_kinds=source_kinds or [], url_hosts=url_hosts or [],
                                     allow_private=allow_private)
    existing = ConnectionRepo(db).get(connection_id)
    if existing is not None and (existing.get("tenant") != tenant or existing.get("kind") != "producer"):
        raise ValueError(f"connection id {connection_id!r} is taken")
    now = datetime.now(UTC)
    connection.update({"created_at": (existing or {}).get("created_at", now), "updated_at": now,
                       "created_by": created_by})
    ConnectionRepo(db).upsert(connection)
    return connection


def list_producer_connections(db: Database[dict[str, Any]], tenant: str | None = None) -> list[dict[str, Any]]:
    query: dict[str, Any] = {"kind": "producer", "deleted": {"$ne": True}}
    if tenant is not None:
        query["tenant"] = tenant
    return list(db.connections.find(query).sort("_id", 1))


def delete_producer_connection(db: Database[dict[str, Any]], connection_id: str, tenant: str | None = None) -> bool:
    """Keeps a tombstone (the id is not reused by another tenant); from now on the parse stage
    refuses the producer's events with ``unknown_connection``."""
    found = ConnectionRepo(db).get(connection_id)
    if found is None or found.get("kind") != "producer" or found.get("deleted") or (
            tenant is not None and found.get("tenant") != tenant):
        return False
    ConnectionRepo(db).upsert({"_id": connection_id, "kind": "producer", "tenant": found["tenant"], "deleted": True,
                               "deleted_at": datetime.now(UTC)})
    return True


def ensure_export_connection(db: Database[dict[str, Any]], *, connection_id: str, tenant: str,
                             site: str) -> dict[str, Any]:
    """The connection an import's events carry (``szamlatar import``, ``import-watch``, the S3 inbox):
    made on first use — whoever runs the importer already holds the database and Kafka credentials —
    but never taken over from another tenant or another kind of connection."""
    found = ConnectionRepo(db).get(connection_id)
    if found is None:
        found = {"_id": connection_id, "kind": "export", "tenant": tenant, "site": site,
                 "created_at": datetime.now(UTC)}
        ConnectionRepo(db).upsert(found)
    elif found.get("deleted") or found.get("kind") != "export" or found.get("tenant") != tenant:
        raise ValueError(f"connection {connection_id!r} is not an export connection of tenant {tenant!r}")
    return found
