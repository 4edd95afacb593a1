"""Own-system connection settings beyond creation (secret rotation, the document-URL policy), and the
connections of direct producers and exports."""

from __future__ import annotations

import secrets as pysecrets
from datetime import UTC, datetime
from typing import Any

from services.adapters.connections import ConnectionRepo
from services.adapters.mongo import MongoDb
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from services.core.errors import NotFoundError
from services.core.source_binding import producer_connection

MAX_SECRETS = 2  # the new one and the one being retired


def _connection(db: MongoDb, connection_id: str) -> dict[str, Any]:
    found = ConnectionRepo(db).get(connection_id)
    if found is None:
        raise NotFoundError(f"no connection {connection_id!r}")
    return found


def rotate_webhook_secret(db: MongoDb, settings: Settings, connection_id: str,
                          secret: str | None = None) -> str:
    """Adds a new secret in front and keeps only the previous one beside it; returns the new one.
    Both verify until ``retire_old_secrets`` is called."""
    connection = _connection(db, connection_id)
    secret = secret or pysecrets.token_urlsafe(32)
    connection["secrets"] = [Sealer.of(settings).seal(secret), *connection.get("secrets", [])][:MAX_SECRETS]
    ConnectionRepo(db).upsert(connection)
    return secret


def retire_old_secrets(db: MongoDb, connection_id: str) -> None:
    connection = _connection(db, connection_id)
    connection["secrets"] = connection.get("secrets", [])[:1]
    ConnectionRepo(db).upsert(connection)


def set_url_policy(db: MongoDb, connection_id: str, hosts: list[str], *,
                   allow_private: bool = False) -> dict[str, Any]:
    """Which hosts document URLs may point at; ``allow_private`` only for test servers on 127.0.0.1."""
    connection = _connection(db, connection_id)
    connection["url_allowlist"] = [h.strip().lower() for h in hosts if h.strip()]
    connection["allow_private_urls"] = allow_private
    ConnectionRepo(db).upsert(connection)
    return connection


def create_producer_connection(db: MongoDb, *, connection_id: str, tenant: str,
                               url_hosts: list[str] | None = None, allow_private: bool = False,
                               sites: list[str] | None = None, source_kinds: list[str] | None = None,
                               kafka_principal: str | None = None, created_by: str = "cli") -> dict[str, Any]:
    """A connection for a billing system that produces to ``invoice.raw`` itself: the tenant (and,
    if given, the sites) its events may claim, the source kinds they may carry, and the hosts its
    document URLs may point at. The parse stage refuses any raw event whose connection does not
    exist or does not carry it (``core/source_binding.py``). Raises ``ValueError`` on bad settings
    or when the id is taken by another tenant or another kind of connection.

    ``kafka_principal``: the producer's own Kafka principal; its records must then be signed with
    the secret ``issue_signing_secret`` gives out. Changing anything else keeps the principal and
    its secrets (leaving it out never turns signing off); a new principal drops the old secrets."""
    connection = producer_connection(connection_id=connection_id, tenant=tenant, sites=sites or [],
                                     source_kinds=source_kinds or [], url_hosts=url_hosts or [],
                                     allow_private=allow_private, principal=kafka_principal)
    existing = ConnectionRepo(db).get(connection_id)
    if existing is not None and (existing.get("tenant") != tenant or existing.get("kind") != "producer"):
        raise ValueError(f"connection id {connection_id!r} is taken")
    if existing is not None and existing.get("deleted"):
        existing = None
    principal = connection["kafka_principal"] or (existing or {}).get("kafka_principal")
    if principal:
        holder = ConnectionRepo(db).producer_of_principal(principal, other_than=connection_id)
        if holder is not None:  # one principal per connection, or the signature binds nothing
            raise ValueError(f"Kafka principal {principal} belongs to producer connection {holder.id!r}")
    kept = (existing or {}).get("signing_secrets", []) if principal == (existing or {}).get("kafka_principal") else []
    now = datetime.now(UTC)
    connection.update({"kafka_principal": principal, "signing_secrets": kept,
                       "created_at": (existing or {}).get("created_at", now), "updated_at": now,
                       "created_by": created_by})
    # A change keeps what this form does not set: the name, and a pause (resuming is its own action).
    connection.update({k: existing[k] for k in ("name", "enabled") if existing and k in existing})
    ConnectionRepo(db).upsert(connection)
    return connection


def first_signing_secret(db: MongoDb, settings: Settings, connection: dict[str, Any]) -> str | None:
    """After ``create_producer_connection``: the secret to show once when the connection has a
    principal and no secret yet (new, or a new principal); None otherwise."""
    if not connection.get("kafka_principal") or connection.get("signing_secrets"):
        return None
    return issue_signing_secret(db, settings, connection["_id"])


def issue_signing_secret(db: MongoDb, settings: Settings, connection_id: str) -> str:
    """A new signing secret for a producer connection with a Kafka principal, sealed with the KEK
    like webhook secrets; returns it (to be shown once). The previous one stays valid beside it
    until the next one, so a producer can switch without losing records."""
    connection = _connection(db, connection_id)
    if not connection.get("kafka_principal") or connection.get("deleted"):
        raise ValueError(f"connection {connection_id!r} is not a producer connection with a Kafka principal")
    secret = pysecrets.token_urlsafe(32)
    sealed = Sealer.of(settings).seal(secret)
    connection["signing_secrets"] = [sealed, *connection.get("signing_secrets", [])][:MAX_SECRETS]
    ConnectionRepo(db).upsert(connection)
    return secret


def list_producer_connections(db: MongoDb, tenant: str | None = None) -> list[dict[str, Any]]:
    return [dict(c.doc) for c in ConnectionRepo(db).list(kinds=("producer",), tenant=tenant)]


def delete_producer_connection(db: MongoDb, connection_id: str, tenant: str | None = None) -> bool:
    """Keeps a tombstone (the id is not reused by another tenant); from now on the parse stage
    refuses the producer's events with ``unknown_connection``."""
    found = ConnectionRepo(db).get(connection_id)
    if found is None or found.get("kind") != "producer" or found.get("deleted") or (
            tenant is not None and found.get("tenant") != tenant):
        return False
    ConnectionRepo(db).upsert({"_id": connection_id, "kind": "producer", "tenant": found["tenant"], "deleted": True,
                               "deleted_at": datetime.now(UTC)})
    return True


def ensure_export_connection(db: MongoDb, *, connection_id: str, tenant: str,
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


class ProducerConnections:
    """The direct producers' connections of one database, for the API (the CLI calls the functions above)."""

    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def create(self, *, connection_id: str, tenant: str, sites: list[str], source_kinds: list[str],
               url_hosts: list[str], kafka_principal: str | None, created_by: str) -> dict[str, Any]:
        """``create_producer_connection``: raises ``ValueError`` on bad settings or a taken id."""
        return create_producer_connection(self.db, connection_id=connection_id, tenant=tenant, sites=sites,
                                          source_kinds=source_kinds, url_hosts=url_hosts,
                                          kafka_principal=kafka_principal, created_by=created_by)

    def first_signing_secret(self, settings: Settings, connection: dict[str, Any]) -> str | None:
        return first_signing_secret(self.db, settings, connection)

    def delete(self, connection_id: str, tenant: str) -> bool:
        return delete_producer_connection(self.db, connection_id, tenant)

    def list(self, tenant: str) -> list[dict[str, Any]]:  # last: a method named list hides the type below it
        return list_producer_connections(self.db, tenant)


class OwnSystemConnections:
    """Own-system webhook connections of one database and the signing secrets of producers, for the
    web (``app/integrations.py``); the CLI calls the functions above and ``admin.create_own_system_connection``."""

    def __init__(self, db: MongoDb, settings: Settings) -> None:
        self.db, self.settings = db, settings

    def create(self, *, connection_id: str, tenant: str, site: str, name: str) -> str:
        """A new own-system webhook connection; its first secret, to be shown once."""
        from services.adapters.admin import create_own_system_connection  # admin imports the repositories here

        secret = create_own_system_connection(self.db, self.settings, connection_id=connection_id, tenant=tenant,
                                              site=site)
        if name:
            ConnectionRepo(self.db).set_fields(connection_id, {"name": name})
        return secret

    def change(self, connection_id: str, *, name: str, site: str, url_hosts: list[str]) -> dict[str, Any]:
        """New name, site and document-URL hosts; the secrets, the pause and the private-address
        allowance stay."""
        connection = _connection(self.db, connection_id)
        connection.update({"name": name, "site": site, "url_allowlist": [h.strip().lower() for h in url_hosts
                                                                          if h.strip()],
                           "updated_at": datetime.now(UTC)})
        ConnectionRepo(self.db).upsert(connection)
        return connection

    def rotate(self, connection_id: str) -> str:
        return rotate_webhook_secret(self.db, self.settings, connection_id)

    def retire(self, connection_id: str) -> None:
        retire_old_secrets(self.db, connection_id)

    def issue_signing_secret(self, connection_id: str) -> str:
        return issue_signing_secret(self.db, self.settings, connection_id)
