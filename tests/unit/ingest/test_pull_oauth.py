"""A pull connection with OAuth 2.0 client credentials against the in-house emulator's app in-process:
the token is fetched once and reused, fetched again shortly before it expires, and a 401 (the
emulator revoked it) renews it once and goes on; a refused client ends the pass without marking items."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import pytest
from starlette.testclient import TestClient

from services.adapters.oauth_client import ClientCredentials
from services.adapters.sealer import Sealer
from services.adapters.url_fetch import Fetched, UnauthorizedError
from services.core.connection_model import Connection, connection_of
from services.core.url_policy import UrlPolicy, check_url
from services.ingest_pull.poller import PullPoller
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING, InhouseState, create_app
from tests.fakes import IngestState as FakeIngest
from tests.unit.billing.fakes import FakePublisher, FakeStore, settings

BASE = "http://127.0.0.1:18998"


class Emulator:
    """``url_fetch.fetch`` and ``post_form`` for the emulator app, in-process, with the policy's URL check."""

    def __init__(self, state: InhouseState) -> None:
        self.client = TestClient(create_app(state), base_url=BASE)

    def fetch(self, url: str, policy: UrlPolicy, *, headers: Mapping[str, str] | None = None,
              accept: str = "") -> Fetched:
        check_url(url, policy)
        parts = urlsplit(url)
        r = self.client.get(parts.path + (f"?{parts.query}" if parts.query else ""), headers=dict(headers or {}))
        if r.status_code == 401:
            raise UnauthorizedError("HTTP 401")
        assert r.status_code == 200, r.text
        return Fetched(url, r.content, r.headers.get("content-type"), None)

    def post(self, url: str, form: Mapping[str, str], headers: Mapping[str, str],
             policy: UrlPolicy) -> tuple[int, bytes]:
        check_url(url, policy)
        r = self.client.post(urlsplit(url).path, data=dict(form), headers=dict(headers))
        return r.status_code, r.content


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def oauth_connection(secret: str = "s3cret") -> Connection:
    return connection_of({
        "_id": "erp-oauth", "kind": "pull", "tenant": "acme", "site": "budapest",
        "pull": {**DEMO_MAPPING, "list_url": f"{BASE}/api/v1/invoices", "page_size": 5},
        "url_allowlist": ["127.0.0.1:18998"], "allow_private_urls": True,
        "oauth": {"token_url": f"{BASE}/oauth/token", "client_id": "erp", "scope": "invoices.read"},
        "credentials": {"client_secret": Sealer.of(settings()).seal(secret)}})


@pytest.fixture()
def world() -> tuple[InhouseState, ClientCredentials, Clock, PullPoller]:
    state = InhouseState(token="static-not-used", oauth_clients={"erp": "s3cret"}, token_lifetime=600)
    state.add(6, 3)
    emulator, clock = Emulator(state), Clock()
    tokens = ClientCredentials(settings(), poster=emulator.post, clock=clock)
    poller = PullPoller(settings=settings(), state=FakeIngest(), store=FakeStore(),  # type: ignore[arg-type]
                        publisher=FakePublisher(), fetcher=emulator.fetch,
                        clock=lambda: datetime(2025, 4, 1, tzinfo=UTC), tokens=tokens)
    return state, tokens, clock, poller


def test_one_token_serves_a_whole_pass_and_the_next_one_until_shortly_before_expiry(world: Any) -> None:
    state, tokens, clock, poller = world
    result = poller.poll(oauth_connection())
    assert result.complete and result.outcomes["imported"] == 6 and result.errors == []
    assert state.token_calls == 1  # lists and six PDFs, one token
    clock.now += 569  # 600 s token, renewed 30 s before it runs out
    poller.poll(oauth_connection())
    assert state.token_calls == 1
    clock.now += 1
    poller.poll(oauth_connection())
    assert state.token_calls == 2 and tokens.fetched == 2


def test_a_401_renews_the_token_once_and_the_pass_goes_on(world: Any) -> None:
    state, _tokens, _clock, poller = world
    poller.poll(oauth_connection())
    state.issued.clear()  # the emulator revoked every token it issued
    state.add(2, 5)
    result = poller.poll(oauth_connection())
    assert result.errors == [] and result.outcomes.get("imported") == 2
    assert state.token_calls == 2 and state.refused_bearers == 1


def test_a_refused_client_ends_the_pass_and_marks_no_item(world: Any) -> None:
    state, _tokens, _clock, poller = world
    poller.poll(oauth_connection())
    state.oauth_clients["erp"] = "rotated"  # the secret was changed at the system's side…
    state.issued.clear()  # …and its tokens revoked
    state.add(2, 5)
    result = poller.poll(oauth_connection())
    assert not result.complete and result.outcomes == {} and state.token_calls == 1
    assert "OAuth token" in result.errors[-1] and "HTTP 401" in result.errors[-1]
    assert not [i for i in poller.state.items.values() if i.get("error")]  # nothing refused for ever
