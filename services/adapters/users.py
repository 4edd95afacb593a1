"""UI users, their sessions and login throttling, in MongoDB (FerretDB-compatible operators only).

Passwords are stored as scrypt hashes (``hashlib.scrypt``, a random 16-byte salt each); session
tokens and their CSRF secrets are random, and only the sha256 of a session token is stored, so a
leaked database holds no usable cookie.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from pymongo import ASCENDING
from pymongo.database import Database

from services.adapters.mongo import translate_errors
from services.adapters.saved_searches import SavedSearches
from services.core.enums import Role
from services.core.reference import RefKind, record_key

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
USERNAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-@")
LANGUAGES = ("hu", "en")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# Checked against when the user does not exist, so a wrong username costs as much time as a wrong password.
_DUMMY_HASH = hash_password("not a password", salt=b"\0" * 16)


def validate_username(username: str) -> str:
    name = username.strip().lower()
    if not name or len(name) > 64 or not set(name) <= USERNAME_CHARS:
        raise ValueError("username: 1-64 characters of a-z 0-9 . _ - @")
    return name


def user_id(tenant: str, username: str) -> str:
    return f"{tenant}:{username}"


class UserRepo:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def get(self, tenant: str, username: str) -> dict[str, Any] | None:
        with translate_errors("get user"):
            return self.db.users.find_one({"_id": user_id(tenant, username)})

    def tenant_exists(self, tenant: str) -> bool:
        with translate_errors("find tenant users"):
            return self.db.users.find_one({"tenant": tenant}, {"_id": 1}) is not None

    def list(self, tenant: str) -> list[dict[str, Any]]:
        with translate_errors("list users"):
            return list(self.db.users.find({"tenant": tenant}, {"password_hash": 0}).sort("username", ASCENDING))

    def upsert(self, user: dict[str, Any]) -> None:
        with translate_errors("store user"):
            self.db.users.replace_one({"_id": user["_id"]}, user, upsert=True)

    def check_password(self, tenant: str, username: str, password: str) -> dict[str, Any] | None:
        """The user when the password is right and the user is enabled; None otherwise (same cost)."""
        user = self.get(tenant, username)
        stored = user.get("password_hash") if user else None  # none: signs in at the company's provider only
        ok = verify_password(password, stored or _DUMMY_HASH)
        if user is None or not stored or not ok or user.get("disabled"):
            return None
        return user


def create_user(db: Database[dict[str, Any]], *, tenant: str, username: str, password: str, role: Role,
                sites: tuple[str, ...] = (), display_name: str | None = None, language: str = "hu",
                now: datetime | None = None) -> dict[str, Any]:
    """Creates or replaces a user; returns the stored record without its hash."""
    user = build_user(tenant=tenant, username=username, password=password, role=role, sites=sites,
                      display_name=display_name, language=language, now=now or datetime.now(UTC))
    UserRepo(db).upsert(user)
    return public_user(user)


def public_user(user: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in user.items() if k != "password_hash"}


def build_user(*, tenant: str, username: str, password: str, role: Role, sites: tuple[str, ...] = (),
               display_name: str | None = None, language: str = "hu", now: datetime) -> dict[str, Any]:
    """A validated user record with its password hashed (raises ValueError on bad input)."""
    name = validate_username(username)
    if len(password) < 8:
        raise ValueError("password: at least 8 characters")
    if language not in LANGUAGES:
        raise ValueError(f"language: one of {', '.join(LANGUAGES)}")
    user = {
        "_id": user_id(tenant, name), "tenant": tenant, "username": name, "role": Role(role).value,
        "sites": [s.strip() for s in sites if s.strip()], "display_name": display_name or name,
        "language": language, "password_hash": hash_password(password),
        "created_at": now,
    }
    return user


def edited_user(user: dict[str, Any], *, role: Role, sites: tuple[str, ...], display_name: str | None,
                language: str) -> dict[str, Any]:
    """``user`` with a new role, sites, display name and language (raises ValueError on bad input);
    its password and ``disabled`` stay."""
    if language not in LANGUAGES:
        raise ValueError(f"language: one of {', '.join(LANGUAGES)}")
    return {**user, "role": Role(role).value, "sites": [s.strip() for s in sites if s.strip()],
            "display_name": display_name or user["username"], "language": language}


def new_password(user: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """``user`` with a fresh random password, and that password — to be shown once, stored only hashed."""
    password = secrets.token_urlsafe(12)
    return {**user, "password_hash": hash_password(password)}, password


def session_id(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class NewSession:
    token: str  # goes into the cookie only
    csrf: str
    expires_at: datetime


class SessionRepo:
    """Server-side sessions: the cookie holds a random token, the database its sha256."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def create(self, tenant: str, username: str, now: datetime, lifetime: timedelta) -> NewSession:
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        expires = now + lifetime
        with translate_errors("create session"):
            self.db.ui_sessions.insert_one({"_id": session_id(token), "tenant": tenant, "username": username,
                                            "csrf": csrf, "created_at": now, "expires_at": expires})
        return NewSession(token=token, csrf=csrf, expires_at=expires)

    def get(self, token: str, now: datetime) -> dict[str, Any] | None:
        with translate_errors("get session"):
            record = self.db.ui_sessions.find_one({"_id": session_id(token)})
        if record is None:
            return None
        expires = record["expires_at"]
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        if expires <= now:
            self.delete(token)
            return None
        return record

    def delete(self, token: str) -> None:
        with translate_errors("delete session"):
            self.db.ui_sessions.delete_one({"_id": session_id(token)})


def address_id(address: str) -> str:
    """The throttle record of a source address. Never a ``user_id``: those end in ``:<username>``,
    and no username holds a space or parentheses."""
    return f"{address} (address)"


class LoginThrottle:
    """Consecutive failed logins per (tenant, username) — kept for unknown usernames too — and
    recent failed logins per source address, whatever account they tried."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def get(self, tenant: str, username: str) -> dict[str, Any]:
        with translate_errors("get login attempts"):
            record = self.db.login_attempts.find_one({"_id": user_id(tenant, username)})
        return record or {"failures": 0, "locked_until": None}

    def failed(self, tenant: str, username: str, failures: int, locked_until: datetime | None, now: datetime) -> None:
        with translate_errors("record failed login"):
            self.db.login_attempts.replace_one(
                {"_id": user_id(tenant, username)},
                {"_id": user_id(tenant, username), "failures": failures, "locked_until": locked_until,
                 "last_failure": now},
                upsert=True,
            )

    def reset(self, tenant: str, username: str) -> None:
        with translate_errors("reset login attempts"):
            self.db.login_attempts.delete_one({"_id": user_id(tenant, username)})

    def address(self, address: str) -> dict[str, Any]:
        with translate_errors("get login attempts"):
            record = self.db.login_attempts.find_one({"_id": address_id(address)})
        return record or {"failures": 0, "locked_until": None, "last_failure": None}

    def address_failed(self, address: str, failures: int, locked_until: datetime | None, now: datetime) -> None:
        with translate_errors("record failed login"):
            self.db.login_attempts.replace_one(
                {"_id": address_id(address)},
                {"_id": address_id(address), "kind": "address", "address": address, "failures": failures,
                 "locked_until": locked_until, "last_failure": now},
                upsert=True,
            )


class Accounts:
    """What the UI needs from the database beside the invoice ports (indexes: ``mongo.INDEXES``)."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db
        self.users = UserRepo(db)
        self.sessions = SessionRepo(db)
        self.throttle = LoginThrottle(db)
        self.searches = SavedSearches(db)  # each person's saved searches, and the tenant's shared ones

    def client(self, tenant: str, client_id: str) -> dict[str, Any] | None:
        with translate_errors("get client"):
            # The key already holds the tenant; an _id-only filter is the one FerretDB pushes down.
            return self.db.clients.find_one({"_id": record_key(tenant, RefKind.CLIENT, client_id)})
