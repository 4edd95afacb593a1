"""The one Sealer: what it seals, it opens; an old key still opens; a sealer without a current key
only opens (services/adapters/sealer.py)."""

from __future__ import annotations

import pytest

from services.adapters.sealer import Sealer
from services.core.errors import ConfigurationError, IntegrityError
from tests.unit.billing.fakes import settings


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
