"""A local OpenID Connect provider standing in for Entra ID, Google Workspace or Keycloak in the
tests and ``make run`` (``szamlatar emulator oidc``). Written here from the specs (OIDC Core 1.0,
RFC 6749, RFC 7636); not a provider for real use.

::

    GET  /.well-known/openid-configuration   discovery
    GET  /jwks                                its RSA public key (a new key pair at every start)
    GET  /authorize                           a form: pick a test user (with their groups)
    POST /authorize                           → 302 redirect_uri?code=…&state=…
    POST /token                               authorization_code (+ PKCE S256) → id_token (RS256)

Clients authenticate at ``/token`` by HTTP Basic or in the form. ``/_emulator/…`` (no auth) adds test
users and makes the *next* ID token wrong in one way (``tamper``: a changed payload under the old
signature, ``alg: none``, another audience, issuer or nonce, expired), so the tests can see each refused.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from szamlatar_dev.emulators.client_auth import client_of

TAMPER_MODES = ("signature", "none", "audience", "issuer", "nonce", "expired")
CODE_LIFETIME = 120.0


@dataclass(frozen=True)
class TestUser:
    username: str
    name: str
    groups: tuple[str, ...]

    @property
    def email(self) -> str:
        return f"{self.username}@ceg.example"


# The demo company's directory: what `szamlatar demo sso` maps (dev/szamlatar_dev/commands/demo.py).
DEMO_USERS = (
    TestUser("ceges.admin", "Céges Adminisztrátor", ("szamlatar-admins", "kozpont")),
    TestUser("ceges.konyvelo", "Céges Könyvelő", ("szamlatar-finance", "telephely-budapest")),
    TestUser("ceges.debrecen", "Debreceni Kolléga", ("szamlatar-viewers", "telephely-debrecen")),
    TestUser("ceges.vendeg", "Csoport Nélküli Kolléga", ("kozpont",)),
)
DEMO_GROUP_ROLES = {"szamlatar-admins": "admin", "szamlatar-finance": "finance", "szamlatar-auditors": "auditor",
                    "szamlatar-viewers": "viewer"}
DEMO_GROUP_SITES = {"kozpont": ["*"], "telephely-budapest": ["budapest"], "telephely-debrecen": ["debrecen"]}


@dataclass
class Grant:
    client_id: str
    redirect_uri: str
    nonce: str | None
    challenge: str
    user: TestUser
    expires: float


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass
class IdpState:
    issuer: str
    clients: dict[str, str]  # client id → secret
    users: dict[str, TestUser] = field(default_factory=lambda: {u.username: u for u in DEMO_USERS})
    token_lifetime: float = 300.0
    key: rsa.RSAPrivateKey = field(default_factory=lambda: rsa.generate_private_key(public_exponent=65537,
                                                                                    key_size=2048))
    kid: str = field(default_factory=lambda: secrets.token_hex(8))
    codes: dict[str, Grant] = field(default_factory=dict)
    tamper: str | None = None
    issued: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def jwks(self) -> dict[str, Any]:
        numbers = self.key.public_key().public_numbers()

        def b64int(n: int) -> str:
            return _b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))

        return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": self.kid,
                          "n": b64int(numbers.n), "e": b64int(numbers.e)}]}

    def id_token(self, grant: Grant, client_id: str) -> str:
        now = time.time()
        claims: dict[str, Any] = {
            "iss": self.issuer, "aud": client_id, "sub": f"sub-{grant.user.username}", "iat": int(now),
            "exp": int(now + self.token_lifetime), "preferred_username": grant.user.username,
            "email": grant.user.email, "name": grant.user.name, "groups": list(grant.user.groups),
        }
        if grant.nonce is not None:
            claims["nonce"] = grant.nonce
        with self.lock:
            mode, self.tamper = self.tamper, None
            self.issued += 1
        changes = {"audience": {"aud": "another-client"}, "issuer": {"iss": "https://evil.example"},
                   "nonce": {"nonce": "another-login"}, "expired": {"iat": int(now - 900), "exp": int(now - 600)}}
        claims.update(changes.get(mode or "", {}))
        if mode == "none":
            return jwt.encode(claims, None, algorithm="none")
        token = jwt.encode(claims, self.key, algorithm="RS256", headers={"kid": self.kid})
        if mode == "signature":  # promote the user in the payload, keep the signature of the original
            head, _, sig = token.split(".")
            forged = _b64url(json.dumps({**claims, "groups": ["szamlatar-admins", "kozpont"]}).encode())
            token = f"{head}.{forged}.{sig}"
        return token


def _error(error: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": error}, status_code=status, headers={"Cache-Control": "no-store"})


AUTHORIZE_PARAMS = ("client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method", "scope")


def _form_page(state: IdpState, params: dict[str, str]) -> str:
    hidden = "".join(f'<input type="hidden" name="{k}" value="{html.escape(params.get(k, ""))}">'
                     for k in AUTHORIZE_PARAMS)
    choices = "".join(
        f'<li><label><input type="radio" name="user" value="{html.escape(u.username)}"{" checked" if i == 0 else ""}>'
        f' {html.escape(u.name)} ({html.escape(u.username)}) — csoportok: {html.escape(", ".join(u.groups) or "nincs")}'
        f"</label></li>" for i, u in enumerate(state.users.values()))
    return ("<!doctype html><html lang=\"hu\"><head><meta charset=\"utf-8\"><title>Teszt azonosító szolgáltató"
            "</title></head><body><main><h1>Teszt azonosító szolgáltató</h1>"
            f"<form method=\"post\" action=\"/authorize\">{hidden}<fieldset><legend>Válasszon tesztfelhasználót"
            f"</legend><ul>{choices}</ul></fieldset><button type=\"submit\" name=\"decision\" value=\"allow\">"
            "Belépés</button> <button type=\"submit\" name=\"decision\" value=\"deny\">Mégse</button>"
            "</form></main></body></html>")


def create_app(state: IdpState) -> Starlette:
    def check_request(params: dict[str, str]) -> str | None:
        if params.get("client_id") not in state.clients:
            return "unauthorized_client"
        if not params.get("redirect_uri", "").startswith(("http://127.0.0.1:", "http://localhost:", "https://")):
            return "invalid_request: redirect_uri"
        if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
            return "invalid_request: PKCE S256 required"
        return None

    async def discovery(request: Request) -> Response:
        base = state.issuer
        return JSONResponse({
            "issuer": base, "authorization_endpoint": f"{base}/authorize", "token_endpoint": f"{base}/token",
            "jwks_uri": f"{base}/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"], "code_challenge_methods_supported": ["S256"],
            "scopes_supported": ["openid", "profile", "email", "groups"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "grant_types_supported": ["authorization_code"],
        })

    async def jwks(request: Request) -> Response:
        return JSONResponse(state.jwks())

    async def authorize(request: Request) -> Response:
        params = dict(request.query_params)
        if params.get("response_type") != "code":
            return HTMLResponse("unsupported response_type", status_code=400)
        problem = check_request(params)
        if problem:
            return HTMLResponse(html.escape(problem), status_code=400)
        return HTMLResponse(_form_page(state, params))

    async def decide(request: Request) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        problem = check_request(form)
        if problem:
            return HTMLResponse(html.escape(problem), status_code=400)
        back = form["redirect_uri"] + ("&" if "?" in form["redirect_uri"] else "?")
        if form.get("decision") != "allow" or form.get("user") not in state.users:
            return RedirectResponse(back + urlencode({"error": "access_denied", "state": form.get("state", "")}), 302)
        code = secrets.token_urlsafe(24)
        with state.lock:
            state.codes[code] = Grant(form["client_id"], form["redirect_uri"], form.get("nonce") or None,
                                      form["code_challenge"], state.users[form["user"]], time.time() + CODE_LIFETIME)
        return RedirectResponse(back + urlencode({"code": code, "state": form.get("state", "")}), 302)

    async def token(request: Request) -> Response:
        form = await request.form()
        client_id, secret = client_of(request, form)
        expected = state.clients.get(client_id)
        if expected is None or not secrets.compare_digest(expected, secret):
            return _error("invalid_client", 401)
        if form.get("grant_type") != "authorization_code":
            return _error("unsupported_grant_type")
        with state.lock:
            grant = state.codes.pop(str(form.get("code") or ""), None)  # a code is used once
        if grant is None or grant.expires < time.time() or grant.client_id != client_id:
            return _error("invalid_grant")
        if form.get("redirect_uri") != grant.redirect_uri:
            return _error("invalid_grant")
        verifier = str(form.get("code_verifier") or "")
        if _b64url(hashlib.sha256(verifier.encode()).digest()) != grant.challenge:
            return _error("invalid_grant")
        return JSONResponse({"access_token": secrets.token_urlsafe(24), "token_type": "Bearer",
                             "expires_in": int(state.token_lifetime), "id_token": state.id_token(grant, client_id)},
                            headers={"Cache-Control": "no-store"})

    async def admin_tamper(request: Request) -> Response:
        mode = (await request.json()).get("mode")
        if mode not in TAMPER_MODES:
            return _error(f"mode: one of {', '.join(TAMPER_MODES)}")
        with state.lock:
            state.tamper = mode
        return JSONResponse({"tamper": mode})

    async def admin_user(request: Request) -> Response:
        body = await request.json()
        user = TestUser(str(body["username"]), str(body.get("name") or body["username"]),
                        tuple(str(g) for g in body.get("groups") or ()))
        with state.lock:
            state.users[user.username] = user
        return JSONResponse({"username": user.username, "groups": list(user.groups)}, status_code=201)

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok", "issuer": state.issuer, "id_tokens": state.issued})

    return Starlette(routes=[
        Route("/.well-known/openid-configuration", discovery),
        Route("/jwks", jwks),
        Route("/authorize", authorize),
        Route("/authorize", decide, methods=["POST"]),
        Route("/token", token, methods=["POST"]),
        Route("/_emulator/tamper", admin_tamper, methods=["POST"]),
        Route("/_emulator/users", admin_user, methods=["POST"]),
        Route("/healthz", healthz),
    ])
