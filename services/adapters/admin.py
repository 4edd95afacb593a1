"""Provisioning shared by the CLI, the demo and the tests: tokens, connections, clients."""

from __future__ import annotations

import base64
import secrets as pysecrets
from datetime import UTC, datetime
from typing import Any

from pymongo.database import Database

from services.adapters.crypto import encrypt
from services.adapters.mongo import ClientRepo, ConnectionRepo, TokenRepo
from services.adapters.settings import Settings
from services.core.access import token_hash
from services.core.enums import Role
from services.core.reference import RefKind, record_key
from services.core.taxnumber import normalise_tax_number, taxpayer_id


def create_token(db: Database[dict[str, Any]], *, tenant: str, role: Role, name: str,
                 sites: tuple[str, ...] = ()) -> str:
    token = "szt_" + pysecrets.token_urlsafe(32)
    TokenRepo(db).upsert({"_id": token_hash(token), "tenant": tenant, "role": role.value, "name": name,
                          "sites": list(sites), "created_at": datetime.now(UTC)})
    return token


def create_own_system_connection(db: Database[dict[str, Any]], settings: Settings, *, connection_id: str,
                                 tenant: str, site: str, secret: str | None = None) -> str:
    """Creates (or replaces) the connection; returns its webhook secret — shown once, stored encrypted."""
    secret = secret or pysecrets.token_urlsafe(32)
    sealed = base64.b64encode(encrypt(secret.encode(), settings.kek, settings.kek_id)).decode()
    ConnectionRepo(db).upsert({"_id": connection_id, "kind": "own_system", "tenant": tenant, "site": site,
                               "secrets": [sealed], "created_at": datetime.now(UTC)})
    return secret


def upsert_client(db: Database[dict[str, Any]], *, tenant: str, client_id: str, name: str,
                  tax_number: str | None) -> dict[str, Any]:
    normal = normalise_tax_number(tax_number)
    client = {"_id": record_key(tenant, RefKind.CLIENT, client_id), "id": client_id, "kind": RefKind.CLIENT.value,
              "tenant": tenant, "name": name, "tax_number": normal, "taxpayer_id": taxpayer_id(normal)}
    ClientRepo(db).upsert(client)
    db.reference_meta.update_one({"_id": tenant}, {"$inc": {"refs": 1}}, upsert=True)  # match stage reloads
    return client
