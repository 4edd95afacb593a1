"""Own-system connection settings beyond creation: secret rotation and the document-URL policy."""

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
                               url_hosts: list[str] | None = None, allow_private: bool = False) -> dict[str, Any]:
    """A connection for a billing system that produces to ``invoice.raw`` itself: it names the
    tenant the producer may write for and the hosts its document URLs may point at."""
    connection = {"_id": connection_id, "kind": "producer", "tenant": tenant,
                  "url_allowlist": [h.lower() for h in url_hosts or []], "allow_private_urls": allow_private,
                  "created_at": datetime.now(UTC)}
    ConnectionRepo(db).upsert(connection)
    return connection
