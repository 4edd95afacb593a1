"""API tokens expire: a new one a year after creation by default; an expired one is refused with
401 saying so; one stored before tokens expired (no ``expires_at``) keeps working. A token is
named for revocation by its id (the start of its hash), never by anything stored in clear."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

import pytest

from services.adapters.admin import create_token, find_token, revoke_token
from services.core.access import token_hash
from services.core.enums import Role
from services.core.errors import NotFoundError, UnauthenticatedError
from services.web.deps import current_principal
from services.web.errors import http_answer

NOW = datetime(2025, 9, 8, 12, 0, tzinfo=UTC)


class Tokens:
    """``api_tokens`` as far as these functions use it, and ``TokenRepo.get`` (not revoked)."""

    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}

    def replace_one(self, query: dict[str, Any], doc: dict[str, Any], upsert: bool = False) -> None:
        self.docs[query["_id"]] = dict(doc)

    def find_one(self, query: dict[str, Any]) -> dict[str, Any] | None:
        found = self.docs.get(query["_id"])
        if found is None or (query.get("revoked") == {"$ne": True} and found.get("revoked")):
            return None
        return dict(found)

    def find(self, query: dict[str, Any]) -> list[dict[str, Any]]:
        return [dict(d) for d in self.docs.values() if all(d.get(k) == v for k, v in query.items())]

    def get(self, hashed: str) -> dict[str, Any] | None:
        return self.find_one({"_id": hashed, "revoked": {"$ne": True}})


def db() -> tuple[Any, Tokens]:
    tokens = Tokens()
    return SimpleNamespace(api_tokens=tokens), tokens


def principal_for(tokens: Tokens, token: str) -> Any:
    return current_principal(cast(Any, None), cast(Any, SimpleNamespace(tokens=tokens)), f"Bearer {token}")


def test_a_new_token_expires_after_a_year_unless_told_otherwise() -> None:
    database, tokens = db()
    token = create_token(database, tenant="acme", role=Role.ADMIN, name="ops", now=NOW)
    assert tokens.docs[token_hash(token)]["expires_at"] == NOW + timedelta(days=365)
    short = create_token(database, tenant="acme", role=Role.ADMIN, name="ops", now=NOW, expires_days=7)
    assert tokens.docs[token_hash(short)]["expires_at"] == NOW + timedelta(days=7)
    with pytest.raises(ValueError):
        create_token(database, tenant="acme", role=Role.ADMIN, name="ops", expires_days=0)


@pytest.mark.parametrize("expires_at", [
    datetime.now(UTC) - timedelta(seconds=1),
    (datetime.now(UTC) - timedelta(days=3)).replace(tzinfo=None),  # as MongoDB hands it back: naive UTC
], ids=["aware", "naive-utc"])
def test_an_expired_token_is_refused_with_401_saying_so(expires_at: datetime) -> None:
    database, tokens = db()
    token = create_token(database, tenant="acme", role=Role.FINANCE, name="old")
    tokens.docs[token_hash(token)]["expires_at"] = expires_at
    with pytest.raises(UnauthenticatedError) as refused:
        principal_for(tokens, token)
    status, detail, headers = http_answer(refused.value)
    assert status == 401 and "expired" in detail
    assert headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'


def test_a_valid_token_and_one_stored_without_expiry_are_accepted() -> None:
    database, tokens = db()
    fresh = create_token(database, tenant="acme", role=Role.FINANCE, name="fresh")
    legacy = create_token(database, tenant="acme", role=Role.VIEWER, name="legacy")
    del tokens.docs[token_hash(legacy)]["expires_at"]
    assert principal_for(tokens, fresh).subject == "fresh"
    assert principal_for(tokens, legacy).role == Role.VIEWER


def test_a_revoked_token_is_refused_and_found_by_its_id_prefix_only() -> None:
    database, tokens = db()
    token = create_token(database, tenant="acme", role=Role.ADMIN, name="ops")
    hashed = token_hash(token)
    assert find_token(database, hashed[:8])["_id"] == hashed
    assert find_token(database, token)["_id"] == hashed  # the token itself also names it
    with pytest.raises(NotFoundError):
        find_token(database, hashed[:3])  # too short to be sure
    record, revoked = revoke_token(database, hashed[:12], actor="cli:ops", now=NOW)
    assert revoked and record["revoked_by"] == "cli:ops" and tokens.docs[hashed]["revoked_at"] == NOW
    assert revoke_token(database, hashed[:12], actor="cli:ops")[1] is False
    with pytest.raises(UnauthenticatedError) as refused:
        principal_for(tokens, token)
    assert http_answer(refused.value)[0] == 401
