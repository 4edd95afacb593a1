"""The one way a secret is kept at rest: sealed with the key-encryption key (KEK) as base64 text.

Connection credentials (Billingo and Számla Agent keys, the Számlázz.hu push key, a pull
connection's ``Authorization`` or OAuth client secret), own-system webhook secrets, producers' signing
secrets, NAV's technical-user keys, webhook subscription secrets and the tenants' OpenID Connect client
secrets are all sealed and opened here, so a change of format or key handling is made in one place
(``tests/unit/test_one_sealer.py`` keeps it so)."""

from __future__ import annotations

import base64
import binascii
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from services.adapters.crypto import HEADER_READ, MAGIC, decrypt, encrypt, read_header
from services.adapters.settings import Settings
from services.core.errors import ConfigurationError, IntegrityError

# Where sealed texts are kept: connections (credentials, webhook and signing secrets, NAV keys),
# webhook subscriptions and the tenants' identity providers (OpenID Connect client secrets). All are
# small (one document per connection, subscription or tenant).
SEALED_COLLECTIONS = ("connections", "webhook_subscriptions", "oidc_providers")


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

    @staticmethod
    def kek_of(text: str) -> str | None:
        """The KEK id a sealed text was sealed under; ``None`` when ``text`` is not a sealed text."""
        if len(text) < 16:
            return None
        try:
            raw = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            return None
        if not raw.startswith(MAGIC):
            return None
        try:
            return str(read_header(raw[:HEADER_READ])["kek_id"])
        except (IntegrityError, ValueError, KeyError):
            return None

    def resealed(self, value: Any, found: Counter[str]) -> Any:
        """``value`` (a document, list or text) with every sealed text under another KEK sealed again
        under the current one; ``found`` counts the sealed texts by the KEK id they were under."""

        def again(text: str, kek_id: str) -> str:
            found[kek_id] += 1
            return text if kek_id == self._current else self.seal(self.open(text))

        return _map_sealed(value, again)


def _map_sealed(value: Any, change: Callable[[str, str], str]) -> Any:
    """``value`` with each sealed text replaced by ``change(text, its KEK id)``."""
    if isinstance(value, dict):
        return {k: _map_sealed(v, change) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_sealed(v, change) for v in value]
    if isinstance(value, str) and (kek_id := Sealer.kek_of(value)) is not None:
        return change(value, kek_id)
    return value


def sealed_census(db: Any) -> Counter[str]:
    """How many sealed texts each KEK id protects, over ``SEALED_COLLECTIONS``."""
    found: Counter[str] = Counter()

    def count(text: str, kek_id: str) -> str:
        found[kek_id] += 1
        return text

    for name in SEALED_COLLECTIONS:
        for doc in db[name].find({}):
            _map_sealed(doc, count)
    return found


def reseal_all(db: Any, sealer: Sealer) -> tuple[int, Counter[str]]:
    """Seal every sealed text of ``SEALED_COLLECTIONS`` under ``sealer``'s current KEK (``keys rotate``).
    Only the fields holding such a text are set, and only while they still hold what was read, so a
    secret set meanwhile is kept (a second run finishes) and the record's other fields are not touched.
    Returns the documents rewritten and the sealed texts by the KEK id they were under."""
    rewritten, found = 0, Counter[str]()
    for name in SEALED_COLLECTIONS:
        for doc in db[name].find({}):
            new = sealer.resealed(doc, found)
            changed = {k: v for k, v in doc.items() if new.get(k) != v}
            if changed and db[name].update_one({"_id": doc["_id"], **changed},
                                               {"$set": {k: new[k] for k in changed}}).modified_count:
                rewritten += 1
    return rewritten, found
