"""The one Sealer: what it seals, it opens; an old key still opens; a sealer without a current key
only opens (services/adapters/sealer.py)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from services.adapters.sealer import SEALED_COLLECTIONS, Sealer, reseal_all, sealed_census
from services.core.errors import ConfigurationError, IntegrityError
from tests.unit.billing.fakes import settings
from tests.unit.test_store_reads import SMALL


def test_what_is_sealed_opens_and_is_not_the_secret() -> None:
    sealer = Sealer.of(settings())
    sealed = sealer.seal("whsec_titok")
    assert "whsec_titok" not in sealed and sealer.open(sealed) == "whsec_titok"
    assert sealer.seal("whsec_titok") != sealed  # a fresh data key each time


def test_an_opening_sealer_knows_every_key_it_was_given() -> None:
    old = Sealer({"old": b"o" * 32}, "old").seal("secret")
    both = Sealer({"old": b"o" * 32, "new": b"n" * 32}, "new")
    assert both.open(old) == "secret"
    with pytest.raises(IntegrityError):
        Sealer({"new": b"n" * 32}, "new").open(old)


def test_a_sealer_without_a_current_key_only_opens() -> None:
    sealed = Sealer.of(settings()).seal("x")
    opener = Sealer({settings().kek_id: settings().kek})
    assert opener.open(sealed) == "x"
    with pytest.raises(ConfigurationError):
        opener.seal("y")
    with pytest.raises(ConfigurationError):
        Sealer({}, "missing")


OLD, NEW = {"old": b"o" * 32}, {"new": b"n" * 32}


class _Replaced:
    def __init__(self, n: int) -> None:
        self.modified_count = n


class _Collection:
    """Just what the re-sealing reads and writes: every document, and a ``$set`` by an equality filter."""

    def __init__(self, *docs: dict[str, Any]) -> None:
        self.docs = {d["_id"]: d for d in docs}
        self.before_replace: Callable[[], None] = lambda: None

    def find(self, query: dict[str, Any]) -> list[dict[str, Any]]:
        assert query == {}
        return [copy.deepcopy(d) for d in self.docs.values()]

    def update_one(self, query: dict[str, Any], update: dict[str, Any]) -> _Replaced:
        self.before_replace()
        current = self.docs.get(query["_id"])
        if current is None or any(current.get(k) != v for k, v in query.items()):
            return _Replaced(0)
        self.docs[query["_id"]] = {**current, **update["$set"]}
        return _Replaced(1)


def _texts(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return [value] if isinstance(value, str) and Sealer.kek_of(value) else []


def test_a_sealed_text_names_its_key_and_nothing_else_looks_sealed() -> None:
    sealed = Sealer(OLD, "old").seal("titok")
    assert Sealer.kek_of(sealed) == "old"
    for plain in ("own_system", "", "aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=", "ab==cd", "x" * 64):
        assert Sealer.kek_of(plain) is None


def test_rotation_seals_every_stored_secret_again_under_the_new_key_and_a_second_run_changes_nothing() -> None:
    old, new = Sealer(OLD, "old"), Sealer({**OLD, **NEW}, "new")
    db = {"connections": _Collection(
              {"_id": "bgo", "kind": "billingo", "credentials": {"api_key": old.seal("bgo-key")}, "site": "bp"},
              {"_id": "erp", "kind": "own_system", "secrets": [new.seal("s2"), old.seal("s1")]},
              {"_id": "nav", "kind": "nav",
               "secrets": {"password_hash": old.seal("h"), "exchange_key": old.seal("x")}}),
          "webhook_subscriptions": _Collection({"_id": "acme|wh-1", "url": "https://hr.example.hu",
                                                "secret": old.seal("w")}),
          "oidc_providers": _Collection({"_id": "acme", "issuer": "https://id.example.hu",
                                         "client_secret": old.seal("c")})}
    assert sealed_census(db) == {"old": 6, "new": 1}
    rewritten, before = reseal_all(db, new)
    assert (rewritten, dict(before)) == (5, {"old": 6, "new": 1})
    assert sealed_census(db) == {"new": 7}
    only_new = Sealer(NEW)
    opened = {d["_id"]: [only_new.open(t) for t in _texts(d)] for c in db.values() for d in c.docs.values()}
    assert opened == {"bgo": ["bgo-key"], "erp": ["s2", "s1"], "nav": ["h", "x"], "acme|wh-1": ["w"], "acme": ["c"]}
    assert db["connections"].docs["bgo"]["site"] == "bp"  # the rest of the record as it was
    assert reseal_all(db, new)[0] == 0


def test_a_secret_set_while_the_rotation_runs_is_kept() -> None:
    old, new = Sealer(OLD, "old"), Sealer({**OLD, **NEW}, "new")
    connections = _Collection({"_id": "erp", "kind": "own_system", "secrets": [old.seal("s1")]})
    fresh = new.seal("s2")

    def someone_rotates_the_webhook_secret() -> None:
        connections.docs["erp"] = {**connections.docs["erp"], "secrets": [fresh]}

    connections.before_replace = someone_rotates_the_webhook_secret
    assert reseal_all({"connections": connections, "webhook_subscriptions": _Collection(),
                       "oidc_providers": _Collection()}, new)[0] == 0
    assert connections.docs["erp"]["secrets"] == [fresh]


def test_the_resealed_collections_are_the_ones_the_services_keep_secrets_in() -> None:
    # test_store_reads classifies every collection the services name; a misspelt one is in neither set
    assert set(SEALED_COLLECTIONS) <= SMALL
