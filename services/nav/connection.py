"""A NAV connection: the company's technical user, stored with its secrets encrypted."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from services.adapters.connections import ConnectionRepo
from services.adapters.mongo import MongoDb
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from services.core.errors import ConfigurationError
from services.nav.protocol.signing import NavCredentials, hash_password

SECRET_FIELDS = ("password_hash", "signature_key", "exchange_key")


def create_nav_connection(db: MongoDb, settings: Settings, *, connection_id: str, tenant: str,
                          url: str, login: str, password: str, tax_number: str, signature_key: str,
                          exchange_key: str) -> dict[str, Any]:
    """Only the SHA-512 hash of the password is kept (it is all NAV's requests need)."""
    values = {"password_hash": hash_password(password), "signature_key": signature_key, "exchange_key": exchange_key}
    sealer = Sealer.of(settings)
    sealed = {k: sealer.seal(v) for k, v in values.items()}
    connection = {"_id": connection_id, "kind": "nav", "tenant": tenant, "url": url, "login": login,
                  "tax_number": tax_number, "secrets": sealed, "created_at": datetime.now(UTC)}
    NavCredentials(login=login, password_hash="x", tax_number=tax_number, signature_key="x")  # validates
    ConnectionRepo(db).upsert(connection)
    return connection


def change_nav_connection(db: MongoDb, settings: Settings, *, connection_id: str, name: str, url: str,
                          login: str, tax_number: str, sync_from: str | None, password: str = "",
                          signature_key: str = "", exchange_key: str = "") -> dict[str, Any]:
    """New settings of a live NAV connection; a secret left empty keeps the stored one (secrets are
    write-only). Everything else stored on it (its pause, its last test) stays."""
    existing = ConnectionRepo(db).get(connection_id)
    if existing is None or existing.get("deleted") or existing.get("kind") != "nav":
        raise ConfigurationError(f"no NAV connection {connection_id!r}")
    NavCredentials(login=login, password_hash="x", tax_number=tax_number, signature_key="x")  # validates
    given = {"password_hash": hash_password(password) if password else "", "signature_key": signature_key,
             "exchange_key": exchange_key}
    sealer = Sealer.of(settings)
    secrets = {**(existing.get("secrets") or {}), **{k: sealer.seal(v) for k, v in given.items() if v}}
    connection = {**existing, "name": name, "url": url, "login": login, "tax_number": tax_number,
                  "sync_from": sync_from, "secrets": secrets, "updated_at": datetime.now(UTC)}
    ConnectionRepo(db).upsert(connection)
    return connection


def credentials_of(connection: dict[str, Any], settings: Settings) -> NavCredentials:
    if connection.get("kind") != "nav":
        raise ConfigurationError(f"connection {connection.get('_id')!r} is not a NAV connection")
    sealer = Sealer.of(settings)
    opened = {k: sealer.open(connection["secrets"][k]) for k in SECRET_FIELDS}
    return NavCredentials(login=connection["login"], tax_number=connection["tax_number"], **opened)
