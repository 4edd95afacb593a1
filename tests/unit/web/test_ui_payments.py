"""Payment state on the invoice page and the client card, and the "Fizetés rögzítése" form: it records
through the same use case as ``POST /api/v1/invoices/{id}/payments`` (one event, one audit entry),
checks the session's CSRF token, answers bad input in Hungarian, and is there only for PAY roles."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.core.enums import Role
from services.core.topics import INVOICE_PAYMENT
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import FakeRepos, Publisher
from tests.unit.web.fakes import db_of, fake_ports, invoice_doc
from tests.unit.web.test_ui_auth import TENANT, _csrf, login


def _partial_state(invoice_id: str) -> dict[str, Any]:
    return {"_id": invoice_id, "status": "partially_paid", "paid_total": "40000",
            "payments": [{"date": "2025-09-20", "amount": "40000", "method": "transfer", "reference": "UTAL-1"}],
            "cancelled": False, "seq": 1, "fingerprint": "x", "updated_at": "2025-09-20T10:00:00+00:00",
            "updated_by": "source"}


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    ports = dataclasses.replace(fake_ports(repos), publisher=Publisher())  # type: ignore[arg-type]
    for name, role in (("anna", Role.FINANCE), ("vera", Role.VIEWER), ("aud", Role.AUDITOR), ("root", Role.ADMIN)):
        repos.accounts.add_user(TENANT, name, "correct horse 1", role)
    repos.accounts.add_user(TENANT, "deb", "correct horse 1", Role.FINANCE, sites=("debrecen",))
    unpaid = invoice_doc("inv-unpaid", tenant=TENANT, site="budapest", number="BP-2025/1", gross="127000")
    unpaid["invoice"]["payment_status"] = "unpaid"
    partial = invoice_doc("inv-partial", tenant=TENANT, site="budapest", number="BP-2025/2", gross="100000")
    partial["invoice"] |= {"payment_status": "partially_paid", "payments": _partial_state("x")["payments"]}
    partial["payment"] = {"status": "partially_paid", "paid_total": "40000", "cancelled": False}
    paid = invoice_doc("inv-paid", tenant=TENANT, site="budapest", number="BP-2025/3", gross="5000")
    paid["invoice"]["payment_status"] = "paid"
    eur = invoice_doc("inv-eur", tenant=TENANT, site="budapest", number="BP-2025/4", gross="1234.5", currency="EUR")
    eur["invoice"]["payment_status"] = "unpaid"
    silent = invoice_doc("inv-silent", tenant=TENANT, site="budapest", number="BP-2025/6", gross="8000")
    storno = invoice_doc("inv-storno", tenant=TENANT, site="budapest", number="BP-2025/5", gross="-5000")
    storno["kind"] = "storno"
    for doc in (unpaid, partial, paid, eur, storno, silent):
        doc["source"] = {"kind": "billingo", "connection_id": "billingo-1"}  # an event's partition key needs it
        repos.invoices.add(doc)
    db_of(ports).payment_state.docs["inv-partial"] = _partial_state("inv-partial")
    db_of(ports).payment_history.docs["inv-partial:1"] = {
        "_id": "inv-partial:1", "invoice_id": "inv-partial", "seq": 1, "at": "2025-09-20T10:00:00+00:00",
        "origin": "source", "status": "partially_paid", "previous_status": None, "paid_total": "40000"}
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def _text(html: str, testid: str) -> str:
    found = re.search(rf'data-testid="{testid}"[^>]*>(.*?)</', html, re.S)
    assert found, f"no {testid} in the page"
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


def _pay(client: TestClient, invoice_id: str, **fields: str) -> Any:
    token = _csrf(client.get(f"/ui/invoices/{invoice_id}").text)
    data = {"date": "2025-10-01", "amount": "30 000", "method": "transfer", "reference": "", **fields}
    return client.post(f"/ui/invoices/{invoice_id}/payments", data={**data, "csrf_token": token})


def test_the_invoice_page_shows_status_paid_total_remainder_and_history(client: TestClient) -> None:
    login(client, "vera")
    html = client.get("/ui/invoices/inv-partial").text
    assert _text(html, "payment-status") == "részben fizetve"
    assert _text(html, "paid-total") == "40 000 Ft"
    assert _text(html, "remaining") == "60 000 Ft"
    assert "UTAL-1" in html and "átutalás" in html and "a számlázóból" in html
    assert 'data-testid="payment-form"' not in html  # a viewer sees the state, not the form
    assert _text(client.get("/ui/invoices/inv-unpaid").text, "payment-status") == "fizetetlen"
    assert _text(client.get("/ui/invoices/inv-paid").text, "payment-status") == "fizetve"


@pytest.mark.parametrize(("user", "has_form"), [("anna", True), ("root", True), ("vera", False), ("aud", False)])
def test_only_roles_that_may_pay_get_the_form(client: TestClient, user: str, has_form: bool) -> None:
    login(client, user)
    assert ('data-testid="payment-form"' in client.get("/ui/invoices/inv-unpaid").text) is has_form


def test_a_storno_takes_no_payment_form(client: TestClient) -> None:
    login(client, "anna")
    html = client.get("/ui/invoices/inv-storno").text
    assert 'data-testid="payment-form"' not in html and _text(html, "payment-status") == "nem fizetendő"


def test_an_invoice_whose_source_said_nothing_of_payment_says_so_and_takes_one(client: TestClient) -> None:
    login(client, "anna")
    html = client.get("/ui/invoices/inv-silent").text  # an own system's PDF: no status, yet a payment is due
    assert _text(html, "payment-status") == "nincs fizetési adat" and 'data-testid="payment-form"' in html


def test_recording_a_payment_publishes_it_and_audits_it_like_the_api(client: TestClient, ports: Ports) -> None:
    login(client, "anna")
    answer = _pay(client, "inv-partial", amount="30 000,50", reference="BANK-77")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/ui/invoices/inv-partial?paid=BANK-77"
    assert isinstance(ports.publisher, Publisher)
    [event] = ports.publisher.on(INVOICE_PAYMENT.name)
    assert event["invoice_id"] == "inv-partial" and event["origin"] == "szamlatar"
    payment = event["payment"]
    assert (payment["date"], payment["amount"], payment["method"], payment["label"]) == (
        "2025-10-01", "30000.5", "transfer", "BANK-77")
    assert payment["registered_by"].endswith("anna")
    [entry] = [e for e in ports.audit.trail(TENANT, "inv-partial") if e["action"] == "invoice.payment.recorded"]
    assert entry["details"]["amount"] == "30000.50"
    page = client.get(answer.headers["location"]).text
    assert "A fizetést rögzítettük (BANK-77)" in _text(page, "payment-notice")


@pytest.mark.parametrize(("fields", "message"), [
    ({"amount": "-5"}, "Az összeg nem érvényes"),
    ({"amount": "0"}, "Az összeg nem érvényes"),
    ({"amount": "sok"}, "Az összeg nem érvényes"),
    ({"date": "tegnap"}, "A dátum nem érvényes"),
    ({"method": "bitcoin"}, "Válasszon fizetési módot"),
    ({"reference": "x" * 101}, "legfeljebb 100 karakter"),
])
def test_bad_input_is_answered_in_hungarian_and_nothing_is_recorded(client: TestClient, ports: Ports,
                                                                   fields: dict[str, str], message: str) -> None:
    login(client, "anna")
    answer = _pay(client, "inv-unpaid", **fields)
    assert answer.status_code == 422
    assert message in _text(answer.text, "payment-error")
    assert isinstance(ports.publisher, Publisher) and ports.publisher.sent == []


def test_a_storno_refuses_a_payment_posted_anyway(client: TestClient, ports: Ports) -> None:
    login(client, "anna")
    token = _csrf(client.get("/ui/invoices/inv-unpaid").text)
    answer = client.post("/ui/invoices/inv-storno/payments",
                         data={"date": "2025-10-01", "amount": "100", "method": "cash", "csrf_token": token})
    assert answer.status_code == 409 and "nem rögzíthető fizetés" in answer.text
    assert isinstance(ports.publisher, Publisher) and ports.publisher.sent == []


def test_the_form_needs_the_sessions_csrf_token_and_the_pay_permission(client: TestClient, ports: Ports) -> None:
    login(client, "anna")
    forged = client.post("/ui/invoices/inv-unpaid/payments",
                         data={"date": "2025-10-01", "amount": "100", "csrf_token": "forged"})
    assert forged.status_code == 403
    client.post("/ui/logout", data={"csrf_token": _csrf(client.get("/ui/invoices/inv-unpaid").text)})
    login(client, "vera")
    token = _csrf(client.get("/ui/invoices/inv-unpaid").text)
    refused = client.post("/ui/invoices/inv-unpaid/payments",
                          data={"date": "2025-10-01", "amount": "100", "csrf_token": token})
    assert refused.status_code == 403
    assert isinstance(ports.publisher, Publisher) and ports.publisher.sent == []


def test_another_sites_invoice_is_not_found_and_takes_no_payment(client: TestClient, ports: Ports) -> None:
    login(client, "deb")  # finance, Debrecen only; the invoices are Budapest's
    assert client.get("/ui/invoices/inv-unpaid").status_code == 404
    token = _csrf(client.get("/ui/review").text)
    answer = client.post("/ui/invoices/inv-unpaid/payments",
                         data={"date": "2025-10-01", "amount": "100", "csrf_token": token})
    assert answer.status_code == 404
    assert isinstance(ports.publisher, Publisher) and ports.publisher.sent == []


def test_the_client_card_shows_the_open_balance_by_currency(client: TestClient) -> None:
    login(client, "vera")
    html = client.get("/ui/clients/c-1").text
    rows = re.findall(r'<tr><td data-label="[^"]*">(\w+)</td><td data-label="[^"]*" class="num">(\d+)</td>'
                      r'<td data-label="[^"]*" class="num nowrap">([^<]+)</td>',
                      html.split('data-testid="open-balance"')[1].split("</table>")[0])
    assert rows == [("HUF", "2", "187 000 Ft"), ("EUR", "1", "1 234,50 EUR")]  # 127 000 + what 100 000 lacks
