"""When a cached OAuth access token is sent and when a new one is fetched (core/oauth_tokens.py)."""

from __future__ import annotations

from typing import Any

import pytest

from services.core.errors import UnauthenticatedError
from services.core.oauth_tokens import AccessToken, token_of, usable


def test_a_token_is_used_until_shortly_before_it_expires() -> None:
    hour = token_of({"access_token": "a", "token_type": "Bearer", "expires_in": 3600}, now=1000.0)
    assert hour.header() == "Bearer a" and hour.expires_at == 4600.0
    assert usable(hour, 1000.0) and usable(hour, 4569.9)
    assert not usable(hour, 4570.0)  # 30 s before expiry: renewed
    short = token_of({"access_token": "b", "token_type": "bearer", "expires_in": 10}, now=0.0)
    assert usable(short, 8.9) and not usable(short, 9.0)  # a tenth of a short lifetime
    assert not usable(None, 0.0)


@pytest.mark.parametrize(("answer", "lifetime"), [
    ({"access_token": "a", "token_type": "Bearer"}, 3600.0),  # no expires_in: an hour
    ({"access_token": "a", "token_type": "Bearer", "expires_in": "120"}, 120.0),
])
def test_the_lifetime_of_an_answer(answer: dict[str, Any], lifetime: float) -> None:
    assert token_of(answer, now=0.0) == AccessToken("a", 0.0, lifetime)


@pytest.mark.parametrize("answer", [
    {"token_type": "Bearer", "expires_in": 60},
    {"access_token": "", "token_type": "Bearer"},
    {"access_token": "a", "token_type": "mac"},
    {"access_token": "a"},
    {"access_token": "a", "token_type": "Bearer", "expires_in": 0},
    {"access_token": "a", "token_type": "Bearer", "expires_in": True},
    {"access_token": "a", "token_type": "Bearer", "expires_in": "soon"},
])
def test_an_answer_without_a_usable_bearer_token_is_refused(answer: dict[str, Any]) -> None:
    with pytest.raises(UnauthenticatedError):
        token_of(answer, now=0.0)
