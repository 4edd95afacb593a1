"""The review decisions shared by the API and the UI (``app/review.py``) raise domain errors,
and the API still answers them as before: no such item 404, decided already 409, a decision it cannot
take 422 — each with its reason code."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.app import review as decisions
from services.core import keys
from services.core.access import Principal
from services.core.enums import Role
from services.core.errors import ConflictError, NotFoundError, SchemaViolationError, UnknownReferenceError
from services.web.app import create_app
from services.web.deps import Ports, review_ports
from tests.fakes import fake_repos
from tests.fakes.publisher import Publisher
from tests.unit.web.edge.support import AdminTokens
from tests.unit.web.fakes import fake_ports, invoice_doc
from tests.unit.web.test_ui_auth import TENANT
from tests.unit.web.test_ui_review import CANDIDATES, T0, _held, _uncertain

REVIEWER = Principal("anna", TENANT, Role.FINANCE)
DEBRECEN = Principal("deb", TENANT, Role.FINANCE, ("debrecen",))
OTHER_TENANT = Principal("olga", "other", Role.FINANCE)
BEARER = {"Authorization": "Bearer any"}  # AdminTokens: an unrestricted admin of TENANT


@pytest.fixture()
def web_ports() -> Ports:
    repos = fake_repos()
    ports = fake_ports(repos)
    ports.tokens = AdminTokens()  # type: ignore[assignment]
    repos.invoices.add(invoice_doc("rv-match", tenant=TENANT, site="budapest", number="BP-2025/44", gross="25400",
                             client_id=None, client_name=None))
    for item in (_uncertain("rv-match", "budapest", "BP-2025/44", T0), _held("rv-held", "budapest", "BP-2025/43", T0)):
        repos.reviews.put(item)
    return ports


@pytest.fixture()
def client(web_ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, web_ports)) as c:  # type: ignore[arg-type]
        yield c


def _reason(text: str, **more: Any) -> decisions.Decision:
    return decisions.Decision(reason=text, **more)


def test_an_item_outside_the_principals_tenant_or_sites_is_not_found(web_ports: Ports) -> None:
    ports = review_ports(web_ports)
    assert decisions.load_item(ports, REVIEWER, "rv-held")["_id"] == "rv-held"
    for principal, item_id in ((OTHER_TENANT, "rv-held"), (DEBRECEN, "rv-held"), (REVIEWER, "nope")):
        with pytest.raises(NotFoundError) as raised:
            decisions.load_item(ports, principal, item_id)
        assert raised.value.message == f"no review item {item_id}"


def test_refused_decisions_raise_domain_errors_and_change_nothing(web_ports: Ports) -> None:
    ports = review_ports(web_ports)
    with pytest.raises(SchemaViolationError):
        decisions.approve_item(ports, REVIEWER, "rv-match", _reason("átállítom"), "reassign")
    with pytest.raises(UnknownReferenceError) as unknown:
        decisions.approve_item(ports, REVIEWER, "rv-match", _reason("ez az", client_id="c-nope"), "approve")
    assert unknown.value.reason == "not_found" and not isinstance(unknown.value, NotFoundError)
    assert decisions.load_item(ports, REVIEWER, "rv-match")["status"] == "open"
    assert decisions.decide(ports, REVIEWER, "rv-held", _reason("nem a miénk"), "reject")["status"] == "rejected"
    for action in decisions.ACTIONS:
        with pytest.raises(ConflictError) as conflict:
            decisions.decide(ports, REVIEWER, "rv-held", _reason("még egyszer", client_id="c-1"), action)
        assert conflict.value.reason == "conflict" and conflict.value.message == "already rejected"


def test_the_api_answers_the_domain_errors_with_their_status_and_reason(client: TestClient) -> None:
    missing = client.get("/api/v1/review/nope", headers=BEARER)
    assert missing.status_code == 404
    assert missing.json() == {"detail": {"reason": "not_found", "message": "no review item nope"}}
    empty = client.post("/api/v1/review/rv-match/reassign", json={"reason": "átállítom"}, headers=BEARER)
    assert empty.status_code == 422 and empty.json()["detail"]["reason"] == "schema_violation"
    unknown = client.post("/api/v1/review/rv-match/approve", json={"reason": "ez az", "client_id": "c-nope"},
                          headers=BEARER)
    assert unknown.status_code == 422 and unknown.json()["detail"]["reason"] == "not_found"
    rejected = client.post("/api/v1/review/rv-held/reject", json={"reason": "nem a miénk"}, headers=BEARER)
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert rejected.json()["id"] == "rv-held" and "matched" not in rejected.json()
    again = client.post("/api/v1/review/rv-held/approve", json={"reason": "mégis"}, headers=BEARER)
    assert again.status_code == 409
    assert again.json() == {"detail": {"reason": "conflict", "message": "already rejected"}}


def test_a_decision_on_an_archived_invoice_publishes_its_new_links_with_who_decided(web_ports: Ports) -> None:
    publisher: Publisher = web_ports.publisher  # type: ignore[assignment]
    ports = review_ports(web_ports)
    decisions.approve_item(ports, REVIEWER, "rv-match", _reason("ez a jó ügyfél"), "approve")
    sent = [(topic, json.loads(value)) for topic, _, value in publisher.sent]
    assert [topic for topic, _ in sent] == ["invoice.linked"]  # validated against its schema by the fake
    linked = sent[0][1]
    top = CANDIDATES[0]["client_id"]  # approve = take the best candidate
    assert (linked["invoice_id"], linked["changed_by"], linked["client_id"]) == ("rv-match", "anna", top)
    assert top is not None and linked["tenant"] == TENANT and linked["site"] == "budapest"
    assert linked["event_id"] == keys.relinked_event_id("rv-match")  # a retried decision is the same event


class NotedRequests:
    def __init__(self) -> None:
        self.noted: list[str] = []

    def note(self, invoice_id: str) -> None:
        self.noted.append(invoice_id)


def test_a_match_decided_on_an_archived_invoice_notes_its_row_for_search(web_ports: Ports) -> None:
    """The decision notes the invoice, so search reads its row from the store until the indexer has the
    ``invoice.linked`` event (the person sees their decision at once); a held invoice's decisions do
    not — its approval publishes ``invoice.archived``, a rejection changes no view."""
    requests = NotedRequests()
    web_ports.index_requests = requests  # type: ignore[assignment]
    ports = review_ports(web_ports)
    decisions.approve_item(ports, REVIEWER, "rv-match", _reason("a legjobb jelölt"), "approve")
    decisions.decide(ports, REVIEWER, "rv-held", _reason("nem a miénk"), "reject")
    assert requests.noted == ["rv-match"]
