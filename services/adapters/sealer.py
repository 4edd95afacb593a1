"""The one way a secret is kept at rest: sealed with the key-encryption key (KEK) as base64 text.

Connection credentials (Billingo and Számla Agent keys, the Számlázz.hu push key, a pull
connection's ``Authorization``), own-system webhook secrets, producers' signing secrets, NAV's
technical-user keys and webhook subscription secrets are all sealed and opened here, so a change of
format or key handling is made in one place (``tests/unit/test_one_sealer.py`` keeps it so)."""

from __future__ import annotations

import base64
from collections.abc import Mapping

from services.adapters.crypto import decrypt, encrypt
from services.adapters.settings import Settings
from services.core.errors import ConfigurationError


class Sealer:
    """Seals with the current KEK; opens with any KEK it was given (by the id the sealed text names)."""

    def __init__(self, keks: Mapping[str, bytes], current_id: str | None = None) -> None:
        if current_id is not None and current_id not in keks:
            raise ConfigurationError(f"no key-encryption key with id {current_id!r}")
        self._keks = dict(keks)
        self._current = current_id

    @classmethod
    def of(cls, settings: Settings) -> Sealer:
        return cls(settings.keyring, settings.kek_id)  # old KEKs still open secrets sealed before a rotation

    def seal(self, secret: str) -> str:
        if self._current is None:
            raise ConfigurationError("this sealer only opens secrets: it has no current key-encryption key")
        return base64.b64encode(encrypt(secret.encode(), self._keks[self._current], self._current)).decode()

    def open(self, sealed: str) -> str:
        return decrypt(base64.b64decode(sealed), self._keks).decode()
