"""In-memory twins of ``services/adapters/users.py``: UI users (real scrypt hashes), server-side
sessions, login throttling, and ``Accounts`` bundling them with the client card lookup."""

from __future__ import annotations

import builtins
import copy
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from services.adapters.users import (
    _DUMMY_HASH,
    NewSession,
    address_id,
    build_user,
    session_id,
    user_id,
    verify_password,
)
from services.core.enums import Role
from services.core.reference import RefKind, record_key
from tests.fakes.saved_searches import SavedSearches

Doc = dict[str, Any]


class UserRepo:
    def __init__(self) -> None:
        self.records: dict[str, Doc] = {}

    def get(self, tenant: str, username: str) -> Doc | None:
        return copy.deepcopy(self.records.get(user_id(tenant, username)))

    def tenant_exists(self, tenant: str) -> bool:
        return any(u.get("tenant") == tenant for u in self.records.values())

    def list(self, tenant: str) -> builtins.list[Doc]:
        found = sorted((u for u in self.records.values() if u.get("tenant") == tenant), key=lambda u: u["username"])
        return [{k: copy.deepcopy(v) for k, v in u.items() if k != "password_hash"} for u in found]

    def upsert(self, user: Doc) -> None:
        self.records[user["_id"]] = copy.deepcopy(user)

    def check_password(self, tenant: str, username: str, password: str) -> Doc | None:
        user = self.get(tenant, username)
        stored = user.get("password_hash") if user else None  # none: a company sign-in (OIDC) user
        ok = verify_password(password, stored or _DUMMY_HASH)
        return user if user is not None and stored and ok and not user.get("disabled") else None


class SessionRepo:
    def __init__(self) -> None:
        self.records: dict[str, Doc] = {}  # by the sha256 of the token, like the real one

    def create(self, tenant: str, username: str, now: datetime, lifetime: timedelta) -> NewSession:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        self.records[session_id(token)] = {"_id": session_id(token), "tenant": tenant, "username": username,
                                           "csrf": csrf, "created_at": now, "expires_at": now + lifetime}
        return NewSession(token=token, csrf=csrf, expires_at=now + lifetime)

    def get(self, token: str, now: datetime) -> Doc | None:
        record = self.records.get(session_id(token))
        if record is None:
            return None
        if record["expires_at"] <= now:
            self.delete(token)
            return None
        return copy.deepcopy(record)

    def delete(self, token: str) -> None:
        self.records.pop(session_id(token), None)


class LoginThrottle:
    def __init__(self) -> None:
        self.records: dict[str, Doc] = {}

    def get(self, tenant: str, username: str) -> Doc:
        found = self.records.get(user_id(tenant, username))
        return copy.deepcopy(found) if found else {"failures": 0, "locked_until": None}

    def failed(self, tenant: str, username: str, failures: int, locked_until: datetime | None, now: datetime) -> None:
        key = user_id(tenant, username)
        self.records[key] = {"_id": key, "failures": failures, "locked_until": locked_until, "last_failure": now}

    def reset(self, tenant: str, username: str) -> None:
        self.records.pop(user_id(tenant, username), None)

    def address(self, address: str) -> Doc:
        found = self.records.get(address_id(address))
        return copy.deepcopy(found) if found else {"failures": 0, "locked_until": None, "last_failure": None}

    def address_failed(self, address: str, failures: int, locked_until: datetime | None, now: datetime) -> None:
        key = address_id(address)
        self.records[key] = {"_id": key, "kind": "address", "address": address, "failures": failures,
                             "locked_until": locked_until, "last_failure": now}


class Accounts:
    """Users, sessions, throttle and the client card; ``clients`` is shared with the client and
    reference twins when built by ``tests.fakes.fake_repos``."""

    def __init__(self, clients: dict[str, Doc] | None = None) -> None:
        self.users = UserRepo()
        self.sessions = SessionRepo()
        self.throttle = LoginThrottle()
        self.searches = SavedSearches()
        self.clients = clients if clients is not None else {}

    def client(self, tenant: str, client_id: str) -> Doc | None:
        return copy.deepcopy(self.clients.get(record_key(tenant, RefKind.CLIENT, client_id)))

    # --- for tests ------------------------------------------------------------------------------
    def add_user(self, tenant: str, username: str, password: str, role: Role, sites: tuple[str, ...] = (),
                 language: str = "hu") -> None:
        self.users.upsert(build_user(tenant=tenant, username=username, password=password, role=role, sites=sites,
                                     language=language, now=datetime.now(UTC)))
