"""OpenID Connect sign-in, the pure part: PKCE, the authorization request, the ID token's claims
check and the mapping of the provider's groups to a role and sites.

The I/O (discovery, JWKS, the token request, the signature check) is in ``adapters/oidc.py``; the
pages in ``web/ui/pages/oidc_login.py``. Every refusal here is an ``OidcRefused`` with a short code
the UI's catalogues word (``oidc.<code>``), never a sentence.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from services.core.enums import Role
from services.core.errors import InvalidInputError

# Clock skew allowed between the provider and us on exp / iat / nbf.
LEEWAY_SECONDS = 60
# How old an ID token's iat may be: it is issued for this login, moments ago.
MAX_TOKEN_AGE_SECONDS = 600
# The precedence when several of a user's groups map to roles: the most privileged mapped role wins
# (a person in both the finance and the admin group is an admin). SERVICE is for tokens, never a person.
ROLE_PRECEDENCE = (Role.ADMIN, Role.FINANCE, Role.AUDITOR, Role.VIEWER)
LEAST_PRIVILEGE = Role.VIEWER
ALL_SITES = "*"  # a group→sites entry that grants every site (no site limit)


class OidcRefused(Exception):
    """A sign-in refused: ``code`` names why (``state``, ``signature``, ``audience``, ``expired`` …)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class ProviderConfig:
    """A tenant's identity provider, as stored (the client secret stays sealed in the adapter)."""

    tenant: str
    issuer: str
    client_id: str
    group_roles: Mapping[str, Role] = field(default_factory=dict)
    group_sites: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    scopes: tuple[str, ...] = ("openid", "profile", "email")
    groups_claim: str = "groups"
    username_claims: tuple[str, ...] = ("preferred_username", "email")

    @classmethod
    def of(cls, doc: Mapping[str, Any]) -> ProviderConfig:
        return cls(
            tenant=str(doc["tenant"]), issuer=str(doc["issuer"]), client_id=str(doc["client_id"]),
            group_roles={str(g): Role(r) for g, r in (doc.get("group_roles") or {}).items()},
            group_sites={str(g): tuple(str(s) for s in sites) for g, sites in (doc.get("group_sites") or {}).items()},
            scopes=tuple(doc.get("scopes") or cls.scopes),
            groups_claim=str(doc.get("groups_claim") or cls.groups_claim),
            username_claims=tuple(doc.get("username_claims") or cls.username_claims),
        )


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def pkce_challenge(verifier: str) -> str:
    """RFC 7636 S256: base64url(sha256(verifier)) without padding."""
    if not 43 <= len(verifier) <= 128:
        raise ValueError("a PKCE verifier is 43 to 128 characters")
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def authorization_url(endpoint: str, config: ProviderConfig, *, redirect_uri: str, state: str, nonce: str,
                      verifier: str) -> str:
    """Where the browser goes to sign in: the code flow with PKCE (S256), state and nonce."""
    query = urlencode({
        "response_type": "code", "client_id": config.client_id, "redirect_uri": redirect_uri,
        "scope": " ".join(config.scopes), "state": state, "nonce": nonce,
        "code_challenge": pkce_challenge(verifier), "code_challenge_method": "S256",
    })
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def same_issuer(a: str, b: str) -> bool:
    # Issuers compare as exact strings (OIDC Core 3.1.3.7); only a trailing slash is forgiven, as
    # configurations are typed by hand.
    return a.rstrip("/") == b.rstrip("/")


def _number(claims: Mapping[str, Any], name: str, *, required: bool) -> float | None:
    value = claims.get(name)
    if value is None:
        if required:
            raise OidcRefused("claims", f"no {name}")
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise OidcRefused("claims", f"{name} is not a number")
    return float(value)


def check_claims(claims: Mapping[str, Any], *, issuer: str, client_id: str, nonce: str, now: float,
                 leeway: float = LEEWAY_SECONDS, max_age: float = MAX_TOKEN_AGE_SECONDS) -> None:
    """The ID token's claims after its signature checked out (OIDC Core 3.1.3.7): issuer, audience
    (and ``azp`` when there are several), expiry, issue time, not-before, the nonce of this login."""
    if not same_issuer(str(claims.get("iss") or ""), issuer):
        raise OidcRefused("issuer", f"iss {claims.get('iss')!r}")
    aud = claims.get("aud")
    audiences = [aud] if isinstance(aud, str) else list(aud) if isinstance(aud, list) else []
    if client_id not in audiences:
        raise OidcRefused("audience", f"aud {aud!r}")
    if len(audiences) > 1 and claims.get("azp") != client_id:
        raise OidcRefused("audience", f"azp {claims.get('azp')!r}")
    exp = _number(claims, "exp", required=True)
    assert exp is not None
    if now > exp + leeway:
        raise OidcRefused("expired", "exp passed")
    iat = _number(claims, "iat", required=True)
    assert iat is not None
    if iat > now + leeway or now - iat > max_age + leeway:
        raise OidcRefused("expired", "iat out of range")
    nbf = _number(claims, "nbf", required=False)
    if nbf is not None and now + leeway < nbf:
        raise OidcRefused("expired", "not valid yet")
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise OidcRefused("claims", "no sub")
    given = claims.get("nonce")
    if not isinstance(given, str) or not nonce or given != nonce:
        raise OidcRefused("nonce")


def groups_of(claims: Mapping[str, Any], claim: str) -> tuple[str, ...]:
    """The groups claim as strings (a provider may send one group as a plain string)."""
    value = claims.get(claim)
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(g) for g in value if isinstance(g, str | int))
    return ()


@dataclass(frozen=True)
class Grant:
    role: Role
    sites: tuple[str, ...]  # () = every site, as for a local user


def map_groups(groups: Iterable[str], group_roles: Mapping[str, Role],
               group_sites: Mapping[str, Sequence[str]]) -> Grant:
    """The role and sites a signed-in user gets from their groups.

    - Role: the most privileged of the roles their groups map to (``ROLE_PRECEDENCE``); no mapped
      group: ``LEAST_PRIVILEGE`` (viewer).
    - Sites: when the tenant maps no group to sites, every site (a one-site company). Otherwise the
      union of the sites of their groups, every site if one of them maps to ``*``; a user in no
      site-mapped group gets none, which refuses the sign-in (``no_sites``): an empty list would mean
      every site, the opposite of least privilege."""
    mine = set(groups)
    roles = {group_roles[g] for g in mine if g in group_roles}
    role = next((r for r in ROLE_PRECEDENCE if r in roles), LEAST_PRIVILEGE)
    if not group_sites:
        return Grant(role, ())
    sites: set[str] = set()
    for group in sorted(mine & set(group_sites)):
        if ALL_SITES in group_sites[group]:
            return Grant(role, ())
        sites.update(s for s in group_sites[group] if s)
    if not sites:
        raise OidcRefused("no_sites")
    return Grant(role, tuple(sorted(sites)))


def username_of(claims: Mapping[str, Any], claim_names: Sequence[str]) -> str:
    """The first of the configured claims that holds a value, lowercased (validated by the adapter
    like a local username)."""
    for name in claim_names:
        value = claims.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip().lower()
    raise OidcRefused("claims", "no username claim")


def subject_of(claims: Mapping[str, Any]) -> str:
    """Who the person is at the provider, for good: the issuer and its ``sub`` (a username or an
    e-mail address may be given to someone else later)."""
    return f"{claims['iss']}|{claims['sub']}"


def account_for(existing: Mapping[str, Any] | None, *, tenant: str, username: str, subject: str, grant: Grant,
                display_name: str | None, now: Any) -> dict[str, Any]:
    """The user record after a sign-in: created at the first one, its role and sites replaced by what
    the groups map to at every one (the provider is the source of truth). Refused when the name is a
    local account's or another provider subject's (``account_conflict``: signing in at the provider
    must not take over a password account), or the user was disabled here (``disabled``)."""
    if existing is not None and existing.get("oidc_subject") != subject:
        raise OidcRefused("account_conflict")
    if existing is not None and existing.get("disabled"):
        raise OidcRefused("disabled")
    base = dict(existing) if existing is not None else {
        "_id": f"{tenant}:{username}", "tenant": tenant, "username": username, "language": "hu", "created_at": now}
    return {**base, "role": grant.role.value, "sites": list(grant.sites),
            "display_name": display_name or base.get("display_name") or username,
            "oidc_subject": subject, "last_oidc_login_at": now}


# The roles a company group may give a person (the service role is for API tokens only).
PERSON_ROLES = tuple(r.value for r in Role if r is not Role.SERVICE)


def group_mapping(roles_text: str, sites_text: str) -> tuple[dict[str, Role], dict[str, list[str]]]:
    """The provider's groups as an admin types them, one a line (blank lines skipped): ``GROUP=ROLE``
    (admin, finance, auditor, viewer) and ``GROUP=site1,site2`` (or ``*``), as ``szamlatar signin oidc``
    takes them; ``InvalidInputError`` naming the first line that is neither."""
    def pairs(text: str, what: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for line in (raw.strip() for raw in text.splitlines()):
            group, sep, value = line.partition("=")
            if not line:
                continue
            if not sep or not group.strip() or not value.strip():
                raise InvalidInputError(f"{what}: GROUP=VALUE, not {line!r}", problem="signin.pair",
                                        params={"line": line})
            out[group.strip()] = value.strip()
        return out

    roles: dict[str, Role] = {}
    for group, value in pairs(roles_text, "group roles").items():
        if value not in PERSON_ROLES:
            raise InvalidInputError(f"group {group}: role {value!r} is not one of {', '.join(PERSON_ROLES)}",
                                    problem="signin.role", params={"line": f"{group}={value}"})
        roles[group] = Role(value)
    sites = {g: [s.strip() for s in v.split(",") if s.strip()] for g, v in pairs(sites_text, "group sites").items()}
    return roles, sites


def mapping_lines(mapping: Mapping[str, Any]) -> str:
    """``group_mapping``'s input from a stored mapping: one ``GROUP=VALUE`` a line, lists joined by commas."""
    return "\n".join(f"{g}={','.join(v) if isinstance(v, list | tuple) else v}" for g, v in sorted(mapping.items()))
