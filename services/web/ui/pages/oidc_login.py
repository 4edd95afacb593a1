"""Sign-in with the company's identity provider (OpenID Connect, authorization code flow with PKCE),
beside the local accounts of ``login.py``. Rules: ``core/oidc.py``; I/O: ``adapters/oidc.py``;
docs/sign-in.md.

1. ``POST /ui/login/oidc`` — the login form's second button (its tenant field, its double-submit CSRF
   token): a fresh state, nonce and PKCE verifier are stored for this browser, and a page sends the
   browser on to the provider by ``meta refresh`` (a redirect answering the form would be a form
   navigation to another origin, which the policy ``form-action 'self'`` refuses).
2. ``GET /ui/login/oidc/callback`` — the provider sends the browser back with ``code`` and ``state``:
   the state must be one this browser started (used once, ten minutes), the code is exchanged with the
   verifier, the ID token's signature is checked against the provider's JWKS and its claims by
   ``check_claims``; the user is created or updated with the role and sites its groups map to, and
   gets a session exactly like a password login.
"""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from services.adapters.oidc import Provider, SignIn
from services.adapters.users import validate_username
from services.core import oidc
from services.core.errors import SzamlatarError
from services.web import presentation as fmt
from services.web import sessions
from services.web.deps import Ports, PortsDep
from services.web.ui.guard import Unavailable, accounts_of
from services.web.ui.pages.login import login_page
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
FormStr = Annotated[str, Form()]
CALLBACK = "/ui/login/oidc/callback"
# The status of a refused sign-in by its code: a broken or foreign state is a bad request, the
# provider's failure a bad gateway, the rest (token, claims, account) a refused login.
STATUS = {"state": 400, "provider": 502, "exchange": 502, "not_configured": 400, "no_tenant": 400}


def _sign_in(ports: Ports) -> SignIn:
    if ports.sign_in is None:
        raise Unavailable()
    return ports.sign_in


def _refused(request: Request, code: str, tenant: str = "") -> Response:
    return login_page(request, status=STATUS.get(code, 401), error=f"oidc.{code}", tenant=tenant)


def callback_url(request: Request) -> str:
    return str(request.url_for("oidc_callback"))


@router.post("/login/oidc", response_model=None)
def start(request: Request, ports: PortsDep, tenant: FormStr = "", csrf_token: FormStr = "",
          next: FormStr = "") -> Response:
    prelogin = request.cookies.get(sessions.PRELOGIN_COOKIE)
    tenant = tenant.strip()
    if not prelogin or not sessions.csrf_ok(sessions.login_csrf(prelogin), csrf_token):
        return login_page(request, status=403, error="csrf.failed", tenant=tenant, next_url=next)
    if not tenant:
        return _refused(request, "no_tenant")
    sign_in = _sign_in(ports)
    provider = sign_in.store.provider(tenant)
    if provider is None:
        return _refused(request, "not_configured", tenant)
    try:
        endpoint = str(sign_in.client.metadata(provider)["authorization_endpoint"])
    except (oidc.OidcRefused, SzamlatarError):
        return _refused(request, "provider", tenant)
    state, nonce, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(32), secrets.token_urlsafe(48)
    sign_in.store.begin(state=state, tenant=tenant, nonce=nonce, verifier=verifier, next_url=fmt.safe_next(next),
                        browser=prelogin, now=datetime.now(UTC))
    url = oidc.authorization_url(endpoint, provider.config, redirect_uri=callback_url(request), state=state,
                                 nonce=nonce, verifier=verifier)
    return render(request, "oidc_redirect.html", None, provider_url=url)


@router.get("/login/oidc/callback", name="oidc_callback", response_model=None)
def callback(request: Request, ports: PortsDep, state: str = "", code: str = "", error: str = "") -> Response:
    sign_in, accounts = _sign_in(ports), accounts_of(ports)
    now = datetime.now(UTC)
    try:
        pending = sign_in.store.take(state, request.cookies.get(sessions.PRELOGIN_COOKIE), now)
    except oidc.OidcRefused:
        return _refused(request, "state")
    tenant = str(pending["tenant"])
    provider = sign_in.store.provider(tenant)
    try:
        if provider is None:
            raise oidc.OidcRefused("not_configured")
        if error or not code:
            raise oidc.OidcRefused("denied", error[:64])
        user = _signed_in_user(request, sign_in, provider, pending, code, accounts.users.get)
    except oidc.OidcRefused as refused:
        _audit(ports, tenant, "login.failure", {"reason": refused.code, "detail": refused.detail[:200]}, request)
        return _refused(request, refused.code, tenant)
    except SzamlatarError as exc:  # the provider unreachable, or its URL refused by the policy
        _audit(ports, tenant, "login.failure", {"reason": "provider", "detail": str(exc)[:200]}, request)
        return _refused(request, "provider", tenant)
    accounts.users.upsert(user)
    name = user["username"]
    new = accounts.sessions.create(tenant, name, now, sessions.SESSION_LIFETIME)
    _audit(ports, tenant, "login.success", {"role": user["role"], "sites": user["sites"]}, request, actor=name)
    signed_in = RedirectResponse(fmt.safe_next(pending.get("next")), status_code=303)
    sessions.set_cookie(signed_in, request, sessions.SESSION_COOKIE, new.token,
                        max_age=int(sessions.SESSION_LIFETIME.total_seconds()))
    sessions.clear_cookie(signed_in, request, sessions.PRELOGIN_COOKIE)
    return signed_in


def _signed_in_user(request: Request, sign_in: SignIn, provider: Provider, pending: dict[str, Any], code: str,
                    existing: Any) -> dict[str, Any]:
    """The user record the verified ID token stands for (``OidcRefused`` saying why not)."""
    config = provider.config
    id_token = sign_in.client.exchange(provider, code=code, redirect_uri=callback_url(request),
                                       verifier=str(pending["verifier"]), secret=sign_in.store.client_secret(provider))
    claims = sign_in.client.verified_claims(provider, id_token)
    oidc.check_claims(claims, issuer=config.issuer, client_id=config.client_id, nonce=str(pending["nonce"]),
                      now=time.time())
    try:
        username = validate_username(oidc.username_of(claims, config.username_claims))
    except ValueError as exc:
        raise oidc.OidcRefused("claims", "username") from exc
    grant = oidc.map_groups(oidc.groups_of(claims, config.groups_claim), config.group_roles, config.group_sites)
    name = claims.get("name")
    return oidc.account_for(existing(config.tenant, username), tenant=config.tenant, username=username,
                            subject=oidc.subject_of(claims), grant=grant,
                            display_name=str(name)[:120] if isinstance(name, str) else None, now=datetime.now(UTC))


def _audit(ports: Ports, tenant: str, action: str, details: dict[str, Any], request: Request,
           actor: str = "oidc") -> None:
    ports.audit.append(tenant=tenant, actor=actor, action=action, target=f"user:{actor}",
                       details={**details, "method": "oidc", "remote": request.client.host if request.client else ""})
