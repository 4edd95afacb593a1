"""OAuth 2.0 client credentials (RFC 6749 §4.4), the pure part: reading a token answer and deciding
whether a cached token may still be sent. The request and the cache are in
``adapters/oauth_client.py``; the pull poller uses them for connections that carry ``oauth``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from services.core.errors import UnauthenticatedError

DEFAULT_LIFETIME = 3600.0  # a server that names no expires_in: RFC 6749 leaves it to the docs; an hour
MAX_MARGIN = 30.0  # refresh at most this long before expiry…
MARGIN_SHARE = 0.1  # …or a tenth of the lifetime, whichever is shorter (a 60 s token is renewed at 54 s)


class TokenAnswerError(UnauthenticatedError):
    """The token endpoint answered, but not with a usable bearer token: no credential to send."""


@dataclass(frozen=True)
class AccessToken:
    value: str
    obtained_at: float  # seconds, the caller's clock
    lifetime: float

    @property
    def expires_at(self) -> float:
        return self.obtained_at + self.lifetime

    @property
    def refresh_at(self) -> float:
        """When it is replaced: shortly before expiry, so a request never carries one that expires in flight."""
        return self.expires_at - min(MAX_MARGIN, self.lifetime * MARGIN_SHARE)

    def header(self) -> str:
        return f"Bearer {self.value}"


def usable(token: AccessToken | None, now: float) -> bool:
    """Whether a cached token may be sent now (False: fetch a new one)."""
    return token is not None and now < token.refresh_at


def token_of(answer: Mapping[str, Any], now: float) -> AccessToken:
    """The token of a successful token answer (RFC 6749 §5.1): a bearer ``access_token``, its
    ``expires_in`` (seconds; absent: ``DEFAULT_LIFETIME``)."""
    value = answer.get("access_token")
    if not isinstance(value, str) or not value:
        raise TokenAnswerError("the token answer holds no access_token")
    kind = answer.get("token_type")
    if not isinstance(kind, str) or kind.lower() != "bearer":
        raise TokenAnswerError(f"token_type {kind!r} is not Bearer")
    lifetime = answer.get("expires_in", DEFAULT_LIFETIME)
    if isinstance(lifetime, str) and lifetime.isdigit():  # some servers send it as a string
        lifetime = int(lifetime)
    if isinstance(lifetime, bool) or not isinstance(lifetime, int | float) or lifetime <= 0:
        raise TokenAnswerError(f"expires_in {lifetime!r} is not a positive number")
    return AccessToken(value, now, float(lifetime))
