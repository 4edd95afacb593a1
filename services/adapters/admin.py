"""Provisioning shared by the CLI, the demo and the tests: tokens, connections, clients; and the
audit entry of a change made from the CLI.

Tokens expire: ``DEFAULT_TOKEN_DAYS`` after creation unless told otherwise, checked on every
request (``web/deps.py``: 401 "token expired"). Tokens stored before expiry existed have no
``expires_at`` and keep working until revoked. A revoked token (``revoke_token``) is refused on
its next request: the token is looked up on every request, nothing caches it."""

from __future__ import annotations

import os
import pwd
import secrets as pysecrets
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo.database import Database

from services.adapters.client_records import ClientRecords
from services.adapters.connections import ConnectionRepo
from services.adapters.mongo import AuditLog, ClientRepo, TokenRepo, translate_errors
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from services.core.access import token_hash
from services.core.enums import Role
from services.core.errors import NotFoundError
from services.core.reference import RefKind, record_key
from services.core.taxnumber import normalise_tax_number, taxpayer_id

DEFAULT_TOKEN_DAYS = 365
TOKEN_ID_LENGTH = 12  # the shown id of a token: the start of its hash (the token itself is never stored)
MIN_PREFIX = 6


def cli_actor() -> str:
    """Who made a change from the CLI: ``cli:<OS user>`` — the account that ran the command (from
    the password database, not from ``$USER``, which the caller can set to anything)."""
    try:
        return f"cli:{pwd.getpwuid(os.getuid()).pw_name}"
    except KeyError:  # a uid with no name (some containers)
        return f"cli:uid-{os.getuid()}"


def audit_cli(db: Database[dict[str, Any]], *, tenant: str, action: str, target: str,
              details: dict[str, Any]) -> None:
    """A CLI change into the tenant's hash-chained audit log — the API's ``AuditLog.append``, with
    the CLI's actor — so an auditor sees it beside the same change made through the API."""
    AuditLog(db).append(tenant=tenant, actor=cli_actor(), action=action, target=target, details=details)


def token_id(record: dict[str, Any]) -> str:
    return str(record["_id"])[:TOKEN_ID_LENGTH]


def create_token(db: Database[dict[str, Any]], *, tenant: str, role: Role, name: str,
                 sites: tuple[str, ...] = (), expires_days: int = DEFAULT_TOKEN_DAYS,
                 now: datetime | None = None) -> str:
    """A new token, stored only as its hash, valid for ``expires_days`` days (at least one)."""
    if expires_days < 1:
        raise ValueError("a token expires after at least one day")
    now = now or datetime.now(UTC)
    token = "szt_" + pysecrets.token_urlsafe(32)
    TokenRepo(db).upsert({"_id": token_hash(token), "tenant": tenant, "role": role.value, "name": name,
                          "sites": list(sites), "created_at": now,
                          "expires_at": now + timedelta(days=expires_days)})
    return token


def list_tokens(db: Database[dict[str, Any]], tenant: str | None = None) -> list[dict[str, Any]]:
    with translate_errors("list tokens"):
        found = list(db.api_tokens.find({} if tenant is None else {"tenant": tenant}))
    return sorted(found, key=lambda t: (str(t.get("tenant")), str(t.get("created_at")), str(t["_id"])))


def find_token(db: Database[dict[str, Any]], ref: str) -> dict[str, Any]:
    """The token ``ref`` names: the token itself, its hash, or a unique start of the hash (at least
    ``MIN_PREFIX`` characters, as ``token list`` shows it). Raises ``NotFoundError``/``ValueError``."""
    ref = ref.strip()
    exact = token_hash(ref) if ref.startswith("szt_") else ref.lower()
    with translate_errors("find token"):
        found = db.api_tokens.find_one({"_id": exact})
    if found is not None:
        return found
    if ref.startswith("szt_") or len(ref) < MIN_PREFIX:
        raise NotFoundError(f"no token {ref[:TOKEN_ID_LENGTH]!r} (give the id from `token list`, at least "
                            f"{MIN_PREFIX} characters)")
    matching = [t for t in list_tokens(db) if str(t["_id"]).startswith(exact)]
    if not matching:
        raise NotFoundError(f"no token {ref!r}")
    if len(matching) > 1:
        raise ValueError(f"{len(matching)} tokens start with {ref!r}; give more of the id")
    return matching[0]


def revoke_token(db: Database[dict[str, Any]], ref: str, *, actor: str, now: datetime | None = None
                 ) -> tuple[dict[str, Any], bool]:
    """Marks the token revoked (the record stays, for the audit trail); ``(record, newly revoked)``."""
    record = find_token(db, ref)
    if record.get("revoked"):
        return record, False
    record = {**record, "revoked": True, "revoked_at": now or datetime.now(UTC), "revoked_by": actor}
    TokenRepo(db).upsert(record)
    return record, True


def create_own_system_connection(db: Database[dict[str, Any]], settings: Settings, *, connection_id: str,
                                 tenant: str, site: str, secret: str | None = None) -> str:
    """Creates (or replaces) the connection; returns its webhook secret — shown once, stored encrypted."""
    secret = secret or pysecrets.token_urlsafe(32)
    sealed = Sealer.of(settings).seal(secret)
    ConnectionRepo(db).upsert({"_id": connection_id, "kind": "own_system", "tenant": tenant, "site": site,
                               "secrets": [sealed], "created_at": datetime.now(UTC)})
    return secret


def upsert_client(db: Database[dict[str, Any]], *, tenant: str, client_id: str, name: str,
                  tax_number: str | None) -> dict[str, Any]:
    normal = normalise_tax_number(tax_number)
    client = {"_id": record_key(tenant, RefKind.CLIENT, client_id), "id": client_id, "kind": RefKind.CLIENT.value,
              "tenant": tenant, "name": name, "tax_number": normal, "taxpayer_id": taxpayer_id(normal)}
    ClientRepo(db).upsert(client)
    ClientRecords(db).record_reference(client)  # the same counterparty's client record (core/clients.py)
    db.reference_meta.update_one({"_id": tenant}, {"$inc": {"refs": 1}}, upsert=True)  # match stage reloads
    return client
