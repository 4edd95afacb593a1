"""The client card (Ügyfélkarton): every invoice of the counterparty, matched or not, reached by the
record's opaque id or by a reference id; open balance, overdue, years, an SVG chart; no store key."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.adapters.client_records import ClientRecords
from services.core.enums import Role
from services.core.keys import client_record_id
from services.core.reference import RefKind, record_key
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes import AuditLog, FakeRepos
from tests.unit.web.fakes import FakeTokens, db_of, fake_ports, invoice_doc
from tests.unit.web.test_ui_auth import TENANT, login

RECORD = client_record_id(TENANT, "hu:12345678")


def _unmatched(invoice_id: str, site: str, number: str, gross: str, status: str, due: str) -> dict[str, Any]:
    doc = invoice_doc(invoice_id, tenant=TENANT, site=site, number=number, gross=gross, client_id=None,
                      client_name=None, issue_date="2026-11-02")
    doc["buyer_name"] = "Kovács és Társa Kft."
    doc["invoice"] |= {"payment_status": status, "due_date": due,
                       "buyer": {"name": "Kovács és Társa Kft.", "tax_number": "12345678-2-41",
                                 "partner_id": "4711", "email": "szamla@kovacs.hu"}}
    doc["source"] = {"kind": "billingo", "connection_id": "b-1"}
    return doc


@pytest.fixture()
def ports(repos: FakeRepos) -> Ports:
    base = fake_ports(repos)
    ports = dataclasses.replace(base, client_records=ClientRecords(db_of(base)))
    assert isinstance(ports.tokens, FakeTokens)
    ports.tokens.add("root-token", tenant=TENANT, role=Role.ADMIN)
    ports.tokens.add("bp-admin", tenant=TENANT, role=Role.ADMIN, sites=("budapest",))
    ports.tokens.add("deb-viewer", tenant=TENANT, role=Role.VIEWER, sites=("debrecen",))
    repos.accounts.add_user(TENANT, "kata", "correct horse 1", Role.FINANCE)
    repos.accounts.add_user(TENANT, "deb", "correct horse 1", Role.VIEWER, sites=("debrecen",))
    repos.clients.upsert({"_id": record_key(TENANT, RefKind.CLIENT, "c-1"), "id": "c-1", "tenant": TENANT,
                          "name": "Kovács és Társa Kft.", "tax_number": "12345678-2-41", "site": "budapest"})
    matched = invoice_doc("inv-matched", tenant=TENANT, site="budapest", number="BP-1", gross="1000")
    matched["invoice"]["payment_status"] = "paid"
    docs = [matched, _unmatched("inv-open", "budapest", "BP-2", "127000", "unpaid", "2026-11-20"),
            _unmatched("inv-deb", "debrecen", "DB-1", "50000", "unpaid", "2099-01-01")]
    for doc in docs:
        repos.invoices.add(doc)
        assert ports.client_records is not None
        ports.client_records.record_counterparty(doc)
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def _cell_rows(html: str, testid: str) -> list[tuple[str, ...]]:
    table = html.split(f'data-testid="{testid}"')[1].split("</table>")[0]
    return [tuple(re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S))
            for row in re.findall(r"<tr>(.*?)</tr>", table, re.S) if "<td" in row]


def test_the_card_by_record_id_lists_matched_and_unmatched_invoices_with_open_balance(client: TestClient) -> None:
    login(client, "kata", "correct horse 1")
    page = client.get(f"/ui/clients/{RECORD}")
    assert page.status_code == 200
    html = page.text
    for number in ("BP-1", "BP-2", "DB-1"):
        assert number in html
    assert _cell_rows(html, "open-balance") == [("HUF", "2", "177 000 Ft")]
    assert ("HUF", "1", "127 000 Ft") in _cell_rows(html, "overdue")  # due 2026-11-20, still unpaid
    assert "4711" in html and "szamla@kovacs.hu" in html  # the Billingo partner's id and contact
    assert f"{TENANT}|c-1" not in html and 'data-testid="chart"' in html and "<svg" in html
    assert "Számlázott" in html and "Fizetett" in html  # the legend says which bars are which


def test_the_reference_id_reaches_the_same_card(client: TestClient) -> None:
    login(client, "kata", "correct horse 1")
    html = client.get("/ui/clients/c-1").text
    assert all(n in html for n in ("BP-1", "BP-2", "DB-1"))  # 1 matched + 2 the matcher never linked
    assert "c-1" in html and f"{TENANT}|" not in html


def test_a_one_site_viewer_sees_only_that_sites_invoices_on_the_card(client: TestClient) -> None:
    login(client, "deb", "correct horse 1")
    html = client.get(f"/ui/clients/{RECORD}").text
    assert "DB-1" in html and "BP-2" not in html and "BP-1" not in html
    assert _cell_rows(html, "open-balance") == [("HUF", "1", "50 000 Ft")]
    assert client.get(f"/ui/clients/{client_record_id(TENANT, 'hu:99999999')}").status_code == 404


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_the_api_answers_the_card_and_a_persons_edit_wins_over_every_source(client: TestClient,
                                                                            ports: Ports) -> None:
    card = client.get(f"/api/v1/clients/{RECORD}", headers=_bearer("root-token")).json()
    assert card["id"] == RECORD and card["invoices"] == 3 and card["ids"]["billingo"] == ["4711"]
    assert card["open"] == [{"currency": "HUF", "count": 2, "total": "177000"}]
    assert client.get("/api/v1/clients/c-1", headers=_bearer("root-token")).json()["id"] == RECORD
    seen = client.get(f"/api/v1/clients/{RECORD}", headers=_bearer("deb-viewer")).json()
    assert seen["invoices"] == 1 and seen["open"][0]["total"] == "50000"

    edited = client.patch(f"/api/v1/clients/{RECORD}", headers=_bearer("root-token"),
                          json={"email": "kezi@kovacs.hu", "name": "Kovács és Társa (kézi)"})
    assert edited.status_code == 200, edited.text
    assert edited.json()["email"] == "kezi@kovacs.hu" and edited.json()["name"] == "Kovács és Társa (kézi)"
    audit = ports.audit
    assert isinstance(audit, AuditLog)
    assert [(e["target"], e["details"]) for e in audit.log if e["action"] == "client.edited"] == [
        (RECORD, {"fields": ["email", "name"]})]
    assert client.patch(f"/api/v1/clients/{RECORD}", headers=_bearer("bp-admin"),
                        json={"email": "x@y.hu"}).status_code == 403  # a record spans sites
    assert client.patch(f"/api/v1/clients/{RECORD}", headers=_bearer("deb-viewer"),
                        json={"email": "x@y.hu"}).status_code == 403
    assert client.patch(f"/api/v1/clients/{RECORD}", headers=_bearer("root-token"),
                        json={"_id": "x"}).status_code == 422
