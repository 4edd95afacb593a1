"""Browser sessions for the UI: cookies, CSRF, login backoff, and the session → ``Principal`` step.

Permission decisions stay in ``core/access.py``: a session only says *who* (a ``Principal`` with the
user's role and site scope), exactly as a bearer token does in ``deps.current_principal``.

- The session cookie holds a random token (HttpOnly, SameSite=Lax, Path=/); the database keeps its
  sha256 and a random CSRF secret that every POST form must echo (synchronizer token).
- Before login there is no session: the login form uses a double-submit token, a random HttpOnly
  pre-login cookie whose derived value the form must send back.
- Failed logins per (tenant, username) lock the account for a doubling time after ``FREE_FAILURES``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastapi import Request, Response

from services.adapters.users import Accounts
from services.core.access import Principal
from services.core.enums import Role

SESSION_COOKIE = "szamlatar_session"
PRELOGIN_COOKIE = "szamlatar_prelogin"
LANG_COOKIE = "szamlatar_lang"
CSRF_FIELD = "csrf_token"
SESSION_LIFETIME = timedelta(hours=10)

FREE_FAILURES = 5  # consecutive failures allowed before the first lock
FIRST_LOCK = timedelta(seconds=30)
MAX_LOCK = timedelta(minutes=15)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def lock_after_failure(failures: int, now: datetime) -> datetime | None:
    """After the ``failures``-th consecutive failure: locked until when (None: not locked).
    5 free tries, then 30 s, 60 s, 120 s … capped at 15 minutes."""
    if failures < FREE_FAILURES:
        return None
    lock = min(FIRST_LOCK * (2 ** (failures - FREE_FAILURES)), MAX_LOCK)
    return now + lock


def locked_for(record: dict[str, Any], now: datetime) -> timedelta | None:
    """How long a throttle record still locks the account (None: not locked)."""
    until = record.get("locked_until")
    if until is None:
        return None
    if until.tzinfo is None:
        until = until.replace(tzinfo=now.tzinfo)
    return until - now if until > now else None


def login_csrf(prelogin: str) -> str:
    """The token the login form carries, derived from (not equal to) the pre-login cookie."""
    return hashlib.sha256(f"login-csrf:{prelogin}".encode()).hexdigest()


def csrf_ok(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


def new_prelogin() -> str:
    return secrets.token_urlsafe(24)


def set_cookie(response: Response, request: Request, name: str, value: str, max_age: int | None) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax", path="/",
                        secure=request.url.scheme == "https")


def clear_cookie(response: Response, request: Request, name: str) -> None:
    response.delete_cookie(name, path="/", httponly=True, samesite="lax", secure=request.url.scheme == "https")


@dataclass(frozen=True)
class SessionContext:
    principal: Principal
    user: dict[str, Any]
    csrf: str
    token: str


def principal_for_user(user: dict[str, Any]) -> Principal:
    return Principal(subject=user["username"], tenant=user["tenant"], role=Role(user["role"]),
                     sites=tuple(user.get("sites") or ()))


def load_session(accounts: Accounts, token: str | None, now: datetime) -> SessionContext | None:
    """The live session of an enabled user, read afresh each request (role or site changes, a disabled
    user and a logout take effect at once)."""
    if not token:
        return None
    record = accounts.sessions.get(token, now)
    if record is None:
        return None
    user = accounts.users.get(record["tenant"], record["username"])
    if user is None or user.get("disabled"):
        return None
    return SessionContext(principal=principal_for_user(user), user=user, csrf=record["csrf"], token=token)


def cookie_principal(request: Request, accounts: Accounts | None, now: datetime) -> Principal | None:
    """For the JSON API: a session cookie stands in for a bearer token on safe (read-only) methods
    only, so the API needs no CSRF tokens — the UI's PDF links go to the one audited PDF route."""
    if accounts is None or request.method not in SAFE_METHODS:
        return None
    context = load_session(accounts, request.cookies.get(SESSION_COOKIE), now)
    return context.principal if context else None
