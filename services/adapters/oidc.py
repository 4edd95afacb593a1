"""OpenID Connect sign-in, the I/O: each tenant's identity provider (``oidc_providers``, the client
secret sealed by ``adapters/sealer.py``), the logins under way (``oidc_logins``), the provider's
discovery document and JWKS (fetched under a URL policy, kept an hour in memory), the code exchange
and the ID token's signature. What the claims must say is decided by ``core/oidc.py``.

- A login under way is stored by the sha256 of its ``state``, with the nonce, the PKCE verifier, where
  to go afterwards and the sha256 of the browser's pre-login cookie; the callback takes it once
  (deleted as it is read) and only from the browser that started it, within ``LOGIN_LIFETIME``.
- Signatures: asymmetric algorithms only (never ``none`` or a shared-secret HMAC the client secret
  could forge); the key is the JWKS entry of the token's ``kid``; an unknown ``kid`` reloads the JWKS
  once (the provider rotated its keys), at most once a minute.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt

from services.adapters.mongo import MongoDb, translate_errors
from services.adapters.oauth_client import basic_auth
from services.adapters.sealer import Sealer
from services.adapters.settings import Settings
from services.adapters.url_fetch import Fetched, fetch, post_form
from services.core.enums import Role
from services.core.oidc import OidcRefused, ProviderConfig, same_issuer
from services.core.url_policy import ANY_HOST, UrlPolicy

LOGIN_LIFETIME = timedelta(minutes=10)
METADATA_TTL = 3600.0
JWKS_RELOAD_PAUSE = 60.0
SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA")
Fetcher = Callable[..., Fetched]
Poster = Callable[..., tuple[int, bytes]]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Provider:
    config: ProviderConfig
    doc: Mapping[str, Any]

    @property
    def policy(self) -> UrlPolicy:
        """Where discovery, JWKS and the token endpoint may be: the hosts the configuration names, any
        public host by default (Google's endpoints are on three); private addresses only for a local
        test provider."""
        hosts = tuple(self.doc.get("url_allowlist") or (ANY_HOST,))
        return UrlPolicy(hosts, bool(self.doc.get("allow_private_urls")), 1024 * 1024)


class OidcStore:
    """The two collections: providers per tenant and the logins under way."""

    def __init__(self, db: MongoDb, settings: Settings) -> None:
        self.db, self.settings = db, settings

    def save_provider(self, *, tenant: str, issuer: str, client_id: str, client_secret: str | None,
                      group_roles: Mapping[str, Role], group_sites: Mapping[str, list[str]],
                      allow_private: bool = False, now: datetime) -> dict[str, Any]:
        """Creates or replaces the tenant's provider; ``client_secret`` None keeps the stored one (the admin
        page's empty secret field), ``ValueError`` when there is none to keep."""
        if client_secret is None:
            with translate_errors("get identity provider"):
                stored = self.db.oidc_providers.find_one({"_id": tenant}) or {}
            if not stored.get("client_secret"):
                raise ValueError("a new provider needs its client secret")
            sealed = str(stored["client_secret"])
        else:
            sealed = Sealer.of(self.settings).seal(client_secret)
        doc: dict[str, Any] = {
            "_id": tenant, "tenant": tenant, "issuer": issuer.strip(), "client_id": client_id,
            "client_secret": sealed,
            "group_roles": {g: Role(r).value for g, r in group_roles.items()},
            "group_sites": {g: list(s) for g, s in group_sites.items()},
            "allow_private_urls": allow_private, "updated_at": now,
        }
        ProviderConfig.of(doc)  # refuses an unknown role before it is stored
        with translate_errors("store identity provider"):
            self.db.oidc_providers.replace_one({"_id": tenant}, doc, upsert=True)
        return {k: v for k, v in doc.items() if k != "client_secret"}

    def provider(self, tenant: str) -> Provider | None:
        with translate_errors("get identity provider"):
            doc = self.db.oidc_providers.find_one({"_id": tenant}) if tenant else None
        if doc is None or doc.get("disabled"):
            return None
        return Provider(ProviderConfig.of(doc), doc)

    def provider_settings(self, tenant: str) -> dict[str, Any] | None:
        """The stored provider as an admin may see it: everything but the client secret (whether one is set)."""
        with translate_errors("get identity provider"):
            doc = self.db.oidc_providers.find_one({"_id": tenant}) if tenant else None
        if doc is None:
            return None
        return {**{k: v for k, v in doc.items() if k != "client_secret"}, "secret_set": bool(doc.get("client_secret"))}

    def client_secret(self, provider: Provider) -> str:
        return Sealer.of(self.settings).open(str(provider.doc["client_secret"]))

    def begin(self, *, state: str, tenant: str, nonce: str, verifier: str, next_url: str, browser: str,
              now: datetime) -> None:
        with translate_errors("store login under way"):
            self.db.oidc_logins.delete_many({"expires_at": {"$lt": now}})  # abandoned ones
            self.db.oidc_logins.insert_one({"_id": _sha(state), "tenant": tenant, "nonce": nonce,
                                            "verifier": verifier, "next": next_url, "browser": _sha(browser),
                                            "created_at": now, "expires_at": now + LOGIN_LIFETIME})

    def take(self, state: str, browser: str | None, now: datetime) -> dict[str, Any]:
        """The login under way that ``state`` names, removed so it is used once; ``OidcRefused("state")``
        when there is none, it expired, or another browser started it."""
        with translate_errors("take login under way"):
            record = self.db.oidc_logins.find_one({"_id": _sha(state)}) if state else None
            gone = record is not None and self.db.oidc_logins.delete_one({"_id": record["_id"]}).deleted_count == 1
        if record is None or not gone:
            raise OidcRefused("state", "unknown or used")
        expires = record["expires_at"]
        expires = expires if expires.tzinfo else expires.replace(tzinfo=now.tzinfo)
        if expires <= now:
            raise OidcRefused("state", "expired")
        if not browser or _sha(browser) != record["browser"]:
            raise OidcRefused("state", "another browser")
        return record


class ProviderClient:
    """Discovery, JWKS, the code exchange and the signature check (one per process: the caches)."""

    def __init__(self, *, fetcher: Fetcher = fetch, poster: Poster = post_form,
                 clock: Callable[[], float] = time.time) -> None:
        self.fetcher, self.poster, self.clock = fetcher, poster, clock
        self._metadata: dict[str, tuple[float, dict[str, Any]]] = {}
        self._jwks: dict[str, tuple[float, dict[str, Any]]] = {}
        self._lock = threading.Lock()

    def _json(self, url: str, policy: UrlPolicy) -> dict[str, Any]:
        try:
            data = json.loads(self.fetcher(url, policy, accept="application/json").content)
        except ValueError as exc:
            raise OidcRefused("provider", f"{url} is not JSON") from exc
        if not isinstance(data, dict):
            raise OidcRefused("provider", f"{url} is not a JSON object")
        return data

    def metadata(self, provider: Provider) -> dict[str, Any]:
        issuer = provider.config.issuer
        with self._lock:
            cached = self._metadata.get(issuer)
        if cached and self.clock() - cached[0] < METADATA_TTL:
            return cached[1]
        data = self._json(issuer.rstrip("/") + "/.well-known/openid-configuration", provider.policy)
        if not same_issuer(str(data.get("issuer") or ""), issuer):
            raise OidcRefused("provider", "discovery names another issuer")
        for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
            if not isinstance(data.get(key), str):
                raise OidcRefused("provider", f"discovery has no {key}")
        with self._lock:
            self._metadata[issuer] = (self.clock(), data)
        return data

    def _keys(self, provider: Provider, *, reload: bool) -> dict[str, Any]:
        uri = str(self.metadata(provider)["jwks_uri"])
        with self._lock:
            cached = self._jwks.get(uri)
        age = self.clock() - cached[0] if cached else None
        if cached and age is not None and (age < JWKS_RELOAD_PAUSE or (not reload and age < METADATA_TTL)):
            return cached[1]
        data = self._json(uri, provider.policy)
        with self._lock:
            self._jwks[uri] = (self.clock(), data)
        return data

    def exchange(self, provider: Provider, *, code: str, redirect_uri: str, verifier: str, secret: str) -> str:
        """The ID token for an authorization code (client authentication: HTTP Basic)."""
        endpoint = str(self.metadata(provider)["token_endpoint"])
        status, body = self.poster(endpoint, {"grant_type": "authorization_code", "code": code,
                                              "redirect_uri": redirect_uri, "code_verifier": verifier},
                                   {"Authorization": basic_auth(provider.config.client_id, secret)},
                                   provider.policy)
        try:
            answer = json.loads(body)
        except ValueError:
            answer = None
        if status != 200 or not isinstance(answer, dict) or not isinstance(answer.get("id_token"), str):
            error = answer.get("error") if isinstance(answer, dict) else None
            raise OidcRefused("exchange", f"HTTP {status} {str(error or '')[:64]}".strip())
        return str(answer["id_token"])

    def verified_claims(self, provider: Provider, id_token: str) -> dict[str, Any]:
        """The token's claims once its signature checks out against the provider's key of its ``kid``
        (the claims themselves are checked by ``core/oidc.check_claims``)."""
        try:
            header = jwt.get_unverified_header(id_token)
        except jwt.PyJWTError as exc:
            raise OidcRefused("signature", "not a JWS") from exc
        alg, kid = header.get("alg"), header.get("kid")
        if alg not in SIGNING_ALGORITHMS:
            raise OidcRefused("signature", f"algorithm {alg!r} is not accepted")
        key = self._key(provider, kid, reload=False) or self._key(provider, kid, reload=True)
        if key is None:
            raise OidcRefused("signature", f"no key {kid!r}")
        try:
            signing_key = jwt.PyJWK(key, algorithm=alg)
            claims: dict[str, Any] = jwt.decode(id_token, signing_key.key, algorithms=[alg], options={
                "verify_signature": True, "verify_aud": False, "verify_iss": False, "verify_exp": False,
                "verify_iat": False, "verify_nbf": False})
        except jwt.PyJWTError as exc:
            raise OidcRefused("signature", type(exc).__name__) from exc
        return claims

    def _key(self, provider: Provider, kid: Any, *, reload: bool) -> dict[str, Any] | None:
        keys = [k for k in self._keys(provider, reload=reload).get("keys") or [] if isinstance(k, dict)
                and k.get("use", "sig") == "sig"]
        if kid is None and len(keys) == 1:
            return keys[0]
        return next((k for k in keys if k.get("kid") == kid), None)


@dataclass
class SignIn:
    """What the sign-in pages need: the stored side and the provider side (``Ports.sign_in``)."""

    store: OidcStore
    client: ProviderClient

    @classmethod
    def of(cls, db: MongoDb, settings: Settings) -> SignIn:
        return cls(OidcStore(db, settings), ProviderClient())
