"""Browser sessions for the UI: cookies, CSRF, login backoff, and the session → ``Principal`` step.

Permission decisions stay in ``core/access.py``: a session only says *who* (a ``Principal`` with the
user's role and site scope), exactly as a bearer token does in ``deps.current_principal``.

- The session cookie holds a random token (HttpOnly, SameSite=Lax, Path=/); the database keeps its
  sha256 and a random CSRF secret that every POST form must echo (synchronizer token).
- Before login there is no session: the login form uses a double-submit token, a random HttpOnly
  pre-login cookie whose derived value the form must send back.
- Failed logins per (tenant, username) lock the account for a doubling time after ``FREE_FAILURES``;
  failed logins from one source address, whatever account they try, lock that address the same way
  after ``ADDRESS_FREE_FAILURES`` within ``ADDRESS_WINDOW`` (one guess per account across many
  accounts is throttled too). The password hash is computed for every attempt that is not locked,
  known tenant and user or not, so the answer's timing does not tell which exist.
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
# An office behind one NAT address shares it, so an address gets more room than an account; its
# failures are forgotten once ADDRESS_WINDOW passes without one (a success does not reset them, or one
# valid account would let its holder guess at every other account from the same address).
ADDRESS_FREE_FAILURES = 20
ADDRESS_WINDOW = timedelta(minutes=15)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def lock_after_failure(failures: int, now: datetime, free: int = FREE_FAILURES) -> datetime | None:
    """After the ``failures``-th consecutive failure: locked until when (None: not locked).
    ``free`` tries (5 for an account), then 30 s, 60 s, 120 s … capped at 15 minutes."""
    if failures < free:
        return None
    lock = min(FIRST_LOCK * (2 ** min(failures - free, 16)), MAX_LOCK)
    return now + lock


def _aware(moment: datetime, now: datetime) -> datetime:
    return moment.replace(tzinfo=now.tzinfo) if moment.tzinfo is None else moment


def locked_for(record: dict[str, Any], now: datetime) -> timedelta | None:
    """How long a throttle record still locks the account (None: not locked)."""
    until = record.get("locked_until")
    if until is None:
        return None
    until = _aware(until, now)
    return until - now if until > now else None


def login_lock(account: dict[str, Any], address: dict[str, Any], now: datetime
               ) -> tuple[timedelta, str, dict[str, Any]] | None:
    """The longer lock on a login attempt, if any: (wait, ``"account"`` or ``"address"``, its record)."""
    locks = [(wait, scope, record) for scope, record in (("account", account), ("address", address))
             if (wait := locked_for(record, now)) is not None]
    return max(locks, key=lambda lock: lock[0], default=None)


def address_failures(record: dict[str, Any], now: datetime) -> int:
    """The failures from one address that still count: none once ``ADDRESS_WINDOW`` has passed
    since the last of them."""
    last = record.get("last_failure")
    if last is None or now - _aware(last, now) >= ADDRESS_WINDOW:
        return 0
    return int(record.get("failures", 0))


def address_failed(record: dict[str, Any], now: datetime) -> tuple[int, datetime | None]:
    """An address's failure count after one more failure, and until when it is then locked."""
    failures = address_failures(record, now) + 1
    return failures, lock_after_failure(failures, now, free=ADDRESS_FREE_FAILURES)


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
