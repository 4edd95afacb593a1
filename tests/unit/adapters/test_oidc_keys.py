"""The provider side of company sign-in (adapters/oidc.ProviderClient) against the local test
provider's app in-process: an ID token signed by the provider's key checks out, and after the provider
rotates its key the JWKS is read again for the unknown ``kid`` — at most once a minute, so a stream of
tokens naming made-up keys cannot make us fetch it for each."""

from __future__ import annotations

import secrets
import time
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.testclient import TestClient

from services.adapters.oidc import Provider, ProviderClient
from services.adapters.url_fetch import Fetched
from services.core.oidc import OidcRefused, ProviderConfig
from services.core.url_policy import UrlPolicy, check_url
from szamlatar_dev.emulators.oidc.app import DEMO_USERS, Grant, IdpState, create_app

IDP = "http://idp.test:9000"


class World:
    def __init__(self) -> None:
        self.idp = IdpState(issuer=IDP, clients={"szamlatar": "s"})
        self.http = TestClient(create_app(self.idp), base_url=IDP)
        self.now = 1000.0
        self.jwks_reads = 0
        self.client = ProviderClient(fetcher=self.fetch, clock=lambda: self.now)
        self.provider = Provider(ProviderConfig(tenant="acme", issuer=IDP, client_id="szamlatar"),
                                 {"allow_private_urls": True})

    def fetch(self, url: str, policy: UrlPolicy, *, accept: str = "") -> Fetched:
        check_url(url, policy)
        self.jwks_reads += url.endswith("/jwks")
        r = self.http.get(url.removeprefix(IDP))
        return Fetched(url, r.content, "application/json", None)

    def token(self) -> str:
        grant = Grant("szamlatar", "http://127.0.0.1/cb", "n", "c", DEMO_USERS[0], time.time() + 60)
        return self.idp.id_token(grant, "szamlatar")

    def rotate(self) -> None:
        self.idp.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.idp.kid = secrets.token_hex(8)


@pytest.fixture()
def world() -> World:
    return World()


def test_a_signed_token_checks_out_and_the_jwks_is_read_once(world: World) -> None:
    claims: dict[str, Any] = world.client.verified_claims(world.provider, world.token())
    assert claims["preferred_username"] == DEMO_USERS[0].username
    world.client.verified_claims(world.provider, world.token())
    assert world.jwks_reads == 1


def test_a_rotated_key_is_found_by_reading_the_jwks_again_at_most_once_a_minute(world: World) -> None:
    world.client.verified_claims(world.provider, world.token())
    world.rotate()
    world.now += 10  # the JWKS was read 10 s ago: not again yet
    with pytest.raises(OidcRefused) as refused:
        world.client.verified_claims(world.provider, world.token())
    assert refused.value.code == "signature" and world.jwks_reads == 1
    world.now += 60
    assert world.client.verified_claims(world.provider, world.token())["sub"]
    assert world.jwks_reads == 2


def test_a_token_signed_by_a_key_the_provider_does_not_publish_is_refused(world: World) -> None:
    world.client.verified_claims(world.provider, world.token())
    published = world.idp.kid
    world.idp.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # same kid, other key
    world.idp.kid = published
    with pytest.raises(OidcRefused) as refused:
        world.client.verified_claims(world.provider, world.token())
    assert refused.value.code == "signature"
