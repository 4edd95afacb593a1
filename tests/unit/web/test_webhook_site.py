"""A webhook cannot override its connection's site (issue 9, point 3): a body naming another site is
refused with 422 ``site_mismatch`` before anything is fetched, staged or produced. A paused connection
answers a correctly signed request 503 ``disabled`` with Retry-After and records nothing; a wrong
signature is still 401."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests

from services.adapters.admin import create_own_system_connection
from services.adapters.webhook_client import post_signed, webhook_body
from services.web.deps import Ports
from tests.fakes import FakeRepos
from tests.unit.web.fakes import db_of
from tests.unit.web.webhook_support import in_process, webhook_ports

PDF = b"%PDF-1.7\n% test\n"


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    return webhook_ports(repos)


@pytest.fixture()
def http(ports: Ports) -> Iterator[requests.Session]:
    with in_process(ports) as session:
        yield session


def test_a_webhook_body_naming_another_site_than_its_connections_is_refused(http: requests.Session, ports: Ports,
                                                                            repos: FakeRepos) -> None:
    secret = create_own_system_connection(db_of(ports), ports.settings, connection_id="erp-bp", tenant="acme",
                                          site="budapest")
    body = webhook_body("x-1", PDF, filename="x-1.pdf", site="debrecen")
    refused = post_signed(http, "http://testserver/api/v1/webhooks/erp-bp", secret, body)
    assert refused.status_code == 422
    assert refused.json()["detail"]["reason"] == "site_mismatch"
    assert "budapest" in refused.json()["detail"]["message"]
    # The nonce is released: the same invoice sent again, correctly, is not answered "replayed".
    assert repos.nonces.records == {}


def test_a_paused_connection_refuses_a_signed_request_with_503_disabled_and_records_nothing(
        http: requests.Session, ports: Ports, repos: FakeRepos) -> None:
    secret = create_own_system_connection(db_of(ports), ports.settings, connection_id="erp-bp", tenant="acme",
                                          site="budapest")
    db_of(ports).connections.docs["erp-bp"]["enabled"] = False
    body = webhook_body("x-1", PDF, filename="x-1.pdf")
    refused = post_signed(http, "http://testserver/api/v1/webhooks/erp-bp", secret, body)
    assert refused.status_code == 503 and refused.json()["detail"]["reason"] == "disabled"
    assert int(refused.headers["Retry-After"]) == 600
    assert repos.nonces.records == {}
    assert post_signed(http, "http://testserver/api/v1/webhooks/erp-bp", "wrong", body).status_code == 401
