"""OAuth 2.0 client credentials for a connection that carries ``oauth`` (a pull connection):
``{"token_url", "client_id", "scope"}`` beside its sealed ``client_secret`` credential.

The token is fetched from the token URL under the connection's URL policy (``url_fetch.post_form``,
client authentication by HTTP Basic, RFC 6749 §2.3.1), kept in memory per connection and sent until
shortly before it expires (``core/oauth_tokens.py`` decides); a 401 from the server makes the caller
``invalidate`` it and ask for a new one once. Tokens are never written anywhere: a restarted process
fetches a new one."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from services.adapters.connections import credential
from services.adapters.settings import Settings
from services.adapters.url_fetch import post_form
from services.core.connection_model import Connection, UrlPolicySettings
from services.core.errors import ConfigurationError, UnauthenticatedError, UpstreamError
from services.core.oauth_tokens import AccessToken, TokenAnswerError, token_of, usable
from services.core.url_policy import UrlPolicy

Poster = Callable[..., tuple[int, bytes]]


def oauth_settings(connection: Connection) -> Mapping[str, Any] | None:
    """The connection's client-credentials settings, ``None`` when it uses none; ``ConfigurationError``
    when they are incomplete."""
    oauth = connection.doc.get("oauth")
    if not oauth:
        return None
    missing = [k for k in ("token_url", "client_id") if not oauth.get(k)]
    if missing or not connection.has_credential("client_secret"):
        raise ConfigurationError(f"connection {connection.id!r}: OAuth needs token_url, client_id and a client "
                                 f"secret (missing: {', '.join(missing) or 'client_secret'})")
    return dict(oauth)


def basic_auth(client_id: str, secret: str) -> str:
    # RFC 6749 §2.3.1: both form-urlencoded before they are joined.
    pair = f"{quote(client_id, safe='')}:{quote(secret, safe='')}"
    return "Basic " + base64.b64encode(pair.encode()).decode("ascii")


class ClientCredentials:
    """The token cache of one process: one token per connection (and token URL and client id, so an
    edited connection does not keep its old token)."""

    def __init__(self, settings: Settings, *, poster: Poster = post_form,
                 clock: Callable[[], float] = time.time) -> None:
        self.settings, self.poster, self.clock = settings, poster, clock
        self._tokens: dict[tuple[str, str, str], AccessToken] = {}
        self._lock = threading.Lock()
        self.fetched = 0  # tokens obtained (for /healthz and the tests)

    @staticmethod
    def _key(connection: Connection, oauth: Mapping[str, Any]) -> tuple[str, str, str]:
        return connection.id, str(oauth["token_url"]), str(oauth["client_id"])

    def header(self, connection: Connection) -> str:
        """``Bearer <token>``: the cached one while it is usable, a new one otherwise."""
        oauth = oauth_settings(connection)
        if oauth is None:
            raise ConfigurationError(f"connection {connection.id!r} has no OAuth settings")
        key = self._key(connection, oauth)
        with self._lock:
            token = self._tokens.get(key)
            if not usable(token, self.clock()):
                token = self._fetch(connection, oauth)
                self._tokens[key] = token
            assert token is not None
            return token.header()

    def invalidate(self, connection: Connection) -> None:
        """Forget the connection's token (the server answered 401): the next ``header`` fetches one."""
        with self._lock:
            for key in [k for k in self._tokens if k[0] == connection.id]:
                del self._tokens[key]

    def _fetch(self, connection: Connection, oauth: Mapping[str, Any]) -> AccessToken:
        secret = credential(self.settings, connection, "client_secret")
        form = {"grant_type": "client_credentials"}
        if oauth.get("scope"):
            form["scope"] = str(oauth["scope"])
        policy = connection.settings
        assert isinstance(policy, UrlPolicySettings)
        started = self.clock()
        status, body = self.poster(str(oauth["token_url"]), form,
                                   {"Authorization": basic_auth(str(oauth["client_id"]), secret)},
                                   UrlPolicy.of_settings(policy, self.settings.max_document_bytes))
        if status >= 500 or status == 429:
            raise UpstreamError(f"token endpoint answered HTTP {status}")
        try:
            answer = json.loads(body) if body else {}
        except ValueError:
            answer = {}
        if status != 200:
            error = answer.get("error") if isinstance(answer, dict) else None
            raise UnauthenticatedError(f"token endpoint refused the client: HTTP {status}"
                                       + (f" {str(error)[:64]}" if error else ""))
        if not isinstance(answer, dict):
            raise TokenAnswerError("the token answer is not a JSON object")
        token = token_of(answer, started)  # its lifetime counts from before the request: never too long
        self.fetched += 1
        return token
