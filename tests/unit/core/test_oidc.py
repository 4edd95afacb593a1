"""The pure rules of OpenID Connect sign-in (core/oidc.py): PKCE, the authorization request, every
claim the ID token must carry, the mapping of groups to a role and sites, and the user record."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from services.core.enums import Role
from services.core.oidc import (
    Grant,
    OidcRefused,
    ProviderConfig,
    account_for,
    authorization_url,
    check_claims,
    groups_of,
    map_groups,
    pkce_challenge,
    username_of,
)

NOW = 1_800_000_000.0
ISSUER = "https://id.example.hu/realms/acme"
CLIENT = "szamlatar"


def claims(**changes: Any) -> dict[str, Any]:
    base = {"iss": ISSUER, "aud": CLIENT, "sub": "u-1", "exp": NOW + 300, "iat": NOW - 5, "nonce": "n-1"}
    return {k: v for k, v in {**base, **changes}.items() if v is not None}


def check(c: dict[str, Any]) -> None:
    check_claims(c, issuer=ISSUER, client_id=CLIENT, nonce="n-1", now=NOW)


def test_pkce_s256_is_the_rfc_7636_example() -> None:
    # RFC 7636 Appendix B
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert pkce_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    with pytest.raises(ValueError):
        pkce_challenge("short")


def test_the_authorization_request_carries_state_nonce_and_the_s256_challenge() -> None:
    config = ProviderConfig(tenant="acme", issuer=ISSUER, client_id=CLIENT)
    verifier = "v" * 64
    url = authorization_url("https://id.example.hu/auth?kc_idp_hint=x", config, redirect_uri="https://app/cb",
                            state="s-1", nonce="n-1", verifier=verifier)
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query == {"kc_idp_hint": "x", "response_type": "code", "client_id": CLIENT, "redirect_uri": "https://app/cb",
                     "scope": "openid profile email", "state": "s-1", "nonce": "n-1",
                     "code_challenge": pkce_challenge(verifier), "code_challenge_method": "S256"}
    assert verifier not in url  # only its hash travels through the browser


def test_good_claims_pass_and_a_trailing_slash_on_the_issuer_is_forgiven() -> None:
    check(claims())
    check(claims(iss=ISSUER + "/", aud=[CLIENT, "other"], azp=CLIENT))


@pytest.mark.parametrize(("changes", "code"), [
    ({"iss": "https://evil.example/realms/acme"}, "issuer"),
    ({"iss": None}, "issuer"),
    ({"aud": "other-client"}, "audience"),
    ({"aud": ["other", CLIENT]}, "audience"),  # several audiences: azp must name us
    ({"aud": ["other", CLIENT], "azp": "other"}, "audience"),
    ({"aud": None}, "audience"),
    ({"exp": NOW - 61}, "expired"),  # past the 60 s leeway
    ({"exp": None}, "claims"),
    ({"exp": "tomorrow"}, "claims"),
    ({"iat": NOW + 120}, "expired"),  # issued in the future
    ({"iat": NOW - 3600}, "expired"),  # an old token replayed
    ({"nbf": NOW + 120}, "expired"),
    ({"sub": None}, "claims"),
    ({"nonce": "n-2"}, "nonce"),  # another login's token
    ({"nonce": None}, "nonce"),
])
def test_each_wrong_claim_refuses_the_token(changes: dict[str, Any], code: str) -> None:
    with pytest.raises(OidcRefused) as refused:
        check(claims(**changes))
    assert refused.value.code == code


def test_an_expiry_within_the_leeway_still_passes() -> None:
    check(claims(exp=NOW - 30))


ROLES = {"fin": Role.FINANCE, "adm": Role.ADMIN, "aud": Role.AUDITOR, "view": Role.VIEWER}
SITES = {"site-bp": ("budapest",), "site-db": ("debrecen",), "hq": ("*",)}


@pytest.mark.parametrize(("groups", "grant"), [
    (["adm", "site-bp"], Grant(Role.ADMIN, ("budapest",))),
    (["fin", "adm", "site-bp", "site-db"], Grant(Role.ADMIN, ("budapest", "debrecen"))),  # the most privileged
    (["aud", "view", "site-db"], Grant(Role.AUDITOR, ("debrecen",))),
    (["fin", "hq", "site-db"], Grant(Role.FINANCE, ())),  # "*": every site
    (["unknown", "site-bp"], Grant(Role.VIEWER, ("budapest",))),  # no role group: least privilege
])
def test_groups_map_to_the_most_privileged_role_and_the_union_of_sites(groups: list[str], grant: Grant) -> None:
    assert map_groups(groups, ROLES, SITES) == grant


def test_without_a_site_mapping_every_site_and_without_a_site_group_no_sign_in() -> None:
    assert map_groups(["fin"], ROLES, {}) == Grant(Role.FINANCE, ())
    with pytest.raises(OidcRefused) as refused:
        map_groups(["fin", "elsewhere"], ROLES, SITES)  # an empty list would mean every site
    assert refused.value.code == "no_sites"


def test_the_groups_claim_and_the_username_claim() -> None:
    assert groups_of({"groups": ["a", "b"]}, "groups") == ("a", "b")
    assert groups_of({"groups": "a"}, "groups") == ("a",)
    assert groups_of({"roles": [{"x": 1}]}, "roles") == () and groups_of({}, "groups") == ()
    assert username_of({"preferred_username": " Anna@Acme.HU "}, ("preferred_username", "email")) == "anna@acme.hu"
    assert username_of({"preferred_username": "", "email": "b@acme.hu"}, ("preferred_username", "email")) == "b@acme.hu"
    with pytest.raises(OidcRefused):
        username_of({"sub": "x"}, ("preferred_username", "email"))


def test_a_first_sign_in_creates_the_user_and_a_later_one_replaces_role_and_sites() -> None:
    first = account_for(None, tenant="acme", username="anna", subject="iss|u-1", grant=Grant(Role.ADMIN, ("bp",)),
                        display_name="Anna", now="t1")
    assert first == {"_id": "acme:anna", "tenant": "acme", "username": "anna", "language": "hu", "created_at": "t1",
                     "role": "admin", "sites": ["bp"], "display_name": "Anna", "oidc_subject": "iss|u-1",
                     "last_oidc_login_at": "t1"}
    again = account_for({**first, "language": "en"}, tenant="acme", username="anna", subject="iss|u-1",
                        grant=Grant(Role.VIEWER, ()), display_name=None, now="t2")
    assert (again["role"], again["sites"], again["language"], again["created_at"]) == ("viewer", [], "en", "t1")
    assert "password_hash" not in again


@pytest.mark.parametrize(("existing", "code"), [
    ({"username": "anna", "password_hash": "scrypt$…"}, "account_conflict"),  # a local account keeps its name
    ({"username": "anna", "oidc_subject": "iss|someone-else"}, "account_conflict"),
    ({"username": "anna", "oidc_subject": "iss|u-1", "disabled": True}, "disabled"),
])
def test_a_local_or_foreign_account_or_a_disabled_user_is_refused(existing: dict[str, Any], code: str) -> None:
    with pytest.raises(OidcRefused) as refused:
        account_for(existing, tenant="acme", username="anna", subject="iss|u-1", grant=Grant(Role.ADMIN, ()),
                    display_name=None, now="t")
    assert refused.value.code == code


def test_a_stored_provider_with_an_unknown_role_is_refused() -> None:
    with pytest.raises(ValueError):
        ProviderConfig.of({"tenant": "a", "issuer": ISSUER, "client_id": CLIENT, "group_roles": {"g": "root"}})
