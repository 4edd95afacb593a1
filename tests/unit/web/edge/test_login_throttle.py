"""Login throttling per source address as well as per account, and the same password-hash work for
every attempt, so neither the answer nor its timing tells whether a tenant or a user exists."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from services.adapters import users as users_module
from services.adapters.users import UserRepo
from services.web import sessions
from services.web.deps import Ports
from tests.fakes import Accounts, AuditLog
from tests.unit.web.edge.support import PASSWORD, TENANT, edge_client, login
from tests.unit.web.fakes import FakeDb


def test_failed_logins_from_one_address_across_accounts_are_throttled(ports: Ports) -> None:
    accounts, audit = ports.accounts, ports.audit
    assert isinstance(accounts, Accounts) and isinstance(audit, AuditLog)
    known = [(TENANT, "anna"), (TENANT, "bela"), ("globex", "cecil")]
    with edge_client(ports, client=("203.0.113.7", 40000)) as attacker:
        for i in range(sessions.ADDRESS_FREE_FAILURES):
            # one guess per account (the real ones first, then unknown ones): never enough to lock an account
            tenant, user = known[i] if i < len(known) else (TENANT if i % 2 else "nosuch", f"u{i}")
            assert login(attacker, user, f"guess {i}", tenant=tenant).status_code == 401
        assert max(r["failures"] for k, r in accounts.throttle.records.items() if not k.endswith("(address)")) == 1
        locked = login(attacker, "anna")  # even the right password waits
        assert locked.status_code == 429
        assert "Túl sok sikertelen próbálkozás" in locked.text
        assert int(locked.headers["Retry-After"]) > 0
        assert sessions.SESSION_COOKIE not in locked.headers.get("set-cookie", "")
    assert audit.actions(TENANT)[-1] == "login.locked"
    assert audit.log[-1]["details"]["scope"] == "address"
    with edge_client(ports, client=("198.51.100.2", 40000)) as colleague:  # another address is not affected
        assert login(colleague, "anna").status_code == 303


def test_an_address_is_forgotten_after_a_quiet_window_and_its_locks_double() -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    recent = {"failures": 30, "last_failure": now - timedelta(minutes=1)}
    assert sessions.address_failures(recent, now) == 30
    assert sessions.address_failures({**recent, "last_failure": now - sessions.ADDRESS_WINDOW}, now) == 0
    assert sessions.address_failed({"failures": 0, "last_failure": None}, now) == (1, None)
    free = sessions.ADDRESS_FREE_FAILURES
    first_lock, second_lock = now + timedelta(seconds=30), now + timedelta(seconds=60)
    assert sessions.address_failed({"failures": free - 1, "last_failure": now}, now) == (free, first_lock)
    assert sessions.address_failed({"failures": free, "last_failure": now}, now) == (free + 1, second_lock)
    # The doubling is capped before it overflows a timedelta (it raised from about 47 failures on).
    assert sessions.lock_after_failure(10_000, now) == now + sessions.MAX_LOCK
    longer = sessions.login_lock({"locked_until": now + timedelta(seconds=5)},
                                 {"locked_until": now + timedelta(seconds=50), "failures": 21}, now)
    assert longer is not None and longer[:2] == (timedelta(seconds=50), "address")
    assert sessions.login_lock({"failures": 0}, {"failures": 0}, now) is None


@pytest.fixture()
def hashing(ports: Ports, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The real user repository (over the in-memory database), counting its password-hash checks."""
    accounts = ports.accounts
    assert isinstance(accounts, Accounts)
    repo = UserRepo(FakeDb())
    for user in accounts.users.records.values():
        repo.upsert(user)
    accounts.users = repo
    calls: list[str] = []
    real: Callable[[str, str], bool] = users_module.verify_password

    def counting(password: str, stored: str) -> bool:
        calls.append(stored)
        return real(password, stored)

    monkeypatch.setattr(users_module, "verify_password", counting)
    return calls


@pytest.mark.parametrize("tenant,username,password,status", [
    (TENANT, "anna", PASSWORD, 303),  # right
    (TENANT, "anna", "wrong", 401),  # wrong password
    (TENANT, "nobody", PASSWORD, 401),  # unknown user of a known tenant
    ("no-such-tenant", "anna", PASSWORD, 401),  # unknown tenant
    ("", "anna", PASSWORD, 401),  # no tenant
    (TENANT, "not a username!", PASSWORD, 401),  # not even a valid username
])
def test_every_login_does_the_same_password_hash_work(client: TestClient, hashing: list[str], tenant: str,
                                                       username: str, password: str, status: int) -> None:
    assert login(client, username, password, tenant=tenant).status_code == status
    assert len(hashing) == 1  # one scrypt check, whether the tenant and the user exist or not
    assert hashing[0].startswith("scrypt$")


def test_only_a_known_tenant_gets_failed_logins_in_its_log(client: TestClient, ports: Ports) -> None:
    login(client, "anna", "wrong", tenant="no-such-tenant")
    login(client, "nobody", "wrong")
    assert isinstance(ports.audit, AuditLog)
    assert ports.audit.entries("no-such-tenant") == []
    assert ports.audit.actions(TENANT) == ["login.failure"]
