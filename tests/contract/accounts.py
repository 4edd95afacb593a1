"""Contract: the UI's accounts (``adapters/users.py``) — users, sessions and login throttling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.adapters.users import build_user
from services.core.enums import Role
from services.core.saved_searches import new_search

T, OTHER = "acme", "globex"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def user(username: str, *, tenant: str = T, **extra: Any) -> dict[str, Any]:
    return {**build_user(tenant=tenant, username=username, password="jelszo-123", role=Role.FINANCE, now=NOW),
            **extra}


class TestUserRepoContract:
    def test_users_list_by_name_without_their_hash(self, repos: Any) -> None:
        for u in (user("zoli"), user("anna"), user("bela", tenant=OTHER)):
            repos.users.upsert(u)
        listed = repos.users.list(T)
        assert [u["username"] for u in listed] == ["anna", "zoli"]
        assert "password_hash" not in listed[0] and listed[0]["role"] == "finance"
        stored = repos.users.get(T, "anna")
        assert {k: v for k, v in stored.items() if k != "password_hash"} == {
            k: v for k, v in user("anna").items() if k != "password_hash"}
        assert repos.users.get(OTHER, "anna") is None
        assert repos.users.tenant_exists(T) and not repos.users.tenant_exists("nobody")

    def test_a_password_is_checked_against_its_hash_and_a_disabled_user_is_refused(self, repos: Any) -> None:
        repos.users.upsert(user("anna"))
        repos.users.upsert(user("bela", disabled=True))
        assert repos.users.check_password(T, "anna", "jelszo-123")["username"] == "anna"
        assert repos.users.check_password(T, "anna", "rossz-jelszo") is None
        assert repos.users.check_password(T, "bela", "jelszo-123") is None
        assert repos.users.check_password(T, "senki", "jelszo-123") is None

    def test_a_company_sign_in_user_has_no_password_that_works(self, repos: Any) -> None:
        oidc_user = {k: v for k, v in user("cegi").items() if k != "password_hash"}
        repos.users.upsert({**oidc_user, "oidc_subject": "https://id.example|u-1"})
        for guess in ("", "jelszo-123", "not a password"):  # the dummy hash's own password neither
            assert repos.users.check_password(T, "cegi", guess) is None


class TestSessionRepoContract:
    def test_a_session_lives_until_it_expires_or_is_deleted(self, repos: Any) -> None:
        made = repos.sessions.create(T, "anna", NOW, timedelta(hours=1))
        assert made.token != made.csrf and made.expires_at == NOW + timedelta(hours=1)
        got = repos.sessions.get(made.token, NOW + timedelta(minutes=59))
        assert (got["tenant"], got["username"], got["csrf"], got["expires_at"]) == (T, "anna", made.csrf,
                                                                                   made.expires_at)
        assert made.token not in str(got)  # only its hash is kept
        repos.sessions.delete(made.token)
        assert repos.sessions.get(made.token, NOW) is None

    def test_an_expired_session_is_gone_even_for_an_earlier_clock(self, repos: Any) -> None:
        made = repos.sessions.create(T, "anna", NOW, timedelta(minutes=5))
        assert repos.sessions.get(made.token, NOW + timedelta(minutes=5)) is None
        assert repos.sessions.get(made.token, NOW) is None  # the expired read removed it
        assert repos.sessions.get("never-issued", NOW) is None


class TestLoginThrottleContract:
    def test_failures_per_user_and_per_address_are_kept_apart_and_reset(self, repos: Any) -> None:
        assert repos.throttle.get(T, "anna") == {"failures": 0, "locked_until": None}
        assert repos.throttle.address("10.0.0.1") == {"failures": 0, "locked_until": None, "last_failure": None}
        repos.throttle.failed(T, "anna", 3, NOW + timedelta(minutes=1), NOW)
        repos.throttle.address_failed("10.0.0.1", 7, None, NOW)
        got = repos.throttle.get(T, "anna")
        assert (got["failures"], got["locked_until"], got["last_failure"]) == (3, NOW + timedelta(minutes=1), NOW)
        assert repos.throttle.get(OTHER, "anna")["failures"] == 0
        by_address = repos.throttle.address("10.0.0.1")
        assert (by_address["failures"], by_address["locked_until"], by_address["last_failure"]) == (7, None, NOW)
        repos.throttle.reset(T, "anna")
        assert repos.throttle.get(T, "anna") == {"failures": 0, "locked_until": None}
        assert repos.throttle.address("10.0.0.1")["failures"] == 7


class TestSavedSearchesContract:
    def test_own_and_shared_searches_are_kept_apart_per_person_and_tenant(self, repos: Any) -> None:
        mine = new_search("Lejárt  EUR", "currency=EUR&overdue=1", owner="anna", shared=False, now=NOW)
        shared = new_search("Debrecen", "site=debrecen", owner="anna", shared=True, now=NOW)
        repos.accounts.searches.save(T, mine, NOW)
        repos.accounts.searches.save(T, shared, NOW)
        repos.accounts.searches.save(OTHER, new_search("Más", "q=x", owner="anna", shared=True, now=NOW), NOW)
        assert [(s.name, s.query, s.shared) for s in repos.accounts.searches.of(T, "anna")] == [
            ("Debrecen", "site=debrecen", True), ("Lejárt EUR", "currency=EUR&overdue=1", False)]
        assert [s.name for s in repos.accounts.searches.of(T, "bela")] == ["Debrecen"]  # shared, not anna's own
        assert repos.accounts.searches.of(T, "anna")[1].saved_at == NOW

    def test_a_name_saved_again_replaces_its_filters_and_a_search_is_deleted_by_id(self, repos: Any) -> None:
        repos.accounts.searches.save(T, new_search("Nyitott", "status=open", owner="anna", shared=False, now=NOW), NOW)
        again = new_search("nyitott", "status=open&site=pecs", owner="anna", shared=False, now=NOW)
        repos.accounts.searches.save(T, again, NOW)
        assert [(s.name, s.query) for s in repos.accounts.searches.of(T, "anna")] == [("nyitott", again.query)]
        assert not repos.accounts.searches.delete(T, "anna", again.id, shared=True, now=NOW)  # not a shared one
        assert not repos.accounts.searches.delete(T, "bela", again.id, shared=False, now=NOW)  # not bela's
        assert repos.accounts.searches.delete(T, "anna", again.id, shared=False, now=NOW)
        assert repos.accounts.searches.of(T, "anna") == []
