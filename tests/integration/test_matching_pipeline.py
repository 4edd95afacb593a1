"""Matching end to end: reference data through the API (bulk + CSV), invoices from the demo
in-house system land on the right client, project and contract with their evidence; uncertain
matches and rule-held invoices wait in the review queue; approving archives and emits."""

from __future__ import annotations

from typing import Any

import requests

from services.adapters.admin import create_token
from services.adapters.settings import Settings
from services.core.enums import Role
from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata
from tests.integration.conftest import Tenant, consume_matching, wait_until

BOOK = demo_book(8, seed=23)
DOCS = demo_documents(BOOK)


def admin(tenant: Tenant) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {create_token(tenant.db, tenant=tenant.name, role=Role.ADMIN, name='adm')}"
    return s


def ok(response: requests.Response) -> Any:
    assert response.ok, f"{response.status_code} {response.text}"
    return response.json()


def one(tenant: Tenant, number: str) -> dict[str, Any]:
    items = tenant.search(number=number)["items"]
    return items[0] if len(items) == 1 else {}


def detail(tenant: Tenant, invoice_id: str) -> dict[str, Any]:
    return ok(tenant.session.get(f"{tenant.api}/api/v1/invoices/{invoice_id}", timeout=30))


def open_items(tenant: Tenant) -> list[dict[str, Any]]:
    return ok(tenant.session.get(f"{tenant.api}/api/v1/review", timeout=30))["items"]


def test_invoices_land_on_client_project_and_contract_with_evidence(tenant: Tenant) -> None:
    adm = admin(tenant)
    inv, pdf = DOCS[0]
    buyer = inv.buyer
    base = f"{tenant.api}/api/v1/reference"
    # near-duplicates of the buyer: same name with another legal form, and a shared prefix
    core = buyer.name.rsplit(" ", 1)[0]
    ok(adm.post(f"{base}/client/_bulk", json={"records": [
        {"id": "c-buyer", "name": buyer.name, "tax_number": buyer.tax_number, "site": "budapest"},
        {"id": "c-twin", "name": f"{core} Zrt.", "tax_number": "10000001-2-41", "site": "budapest"},
        {"id": "c-prefix", "name": f"{core} Szerviz Kft.", "tax_number": "10000018-2-41", "site": "budapest"},
    ]}, timeout=30))
    csv = ("id;number;name;client_id\n"
           "p-buyer;PRJ-2025-07;Raktár bővítés;c-buyer\n"
           "p-twin;PRJ-2025-07;Ugyanaz a szám, másik ügyfél;c-twin\n")
    ok(adm.post(f"{base}/project/_csv", data=csv.encode(), headers={"Content-Type": "text/csv"}, timeout=30))
    ok(adm.put(f"{base}/contract/k-1", json={"number": "SZ-2025/041", "client_id": "c-buyer",
                                             "project_id": "p-buyer"}, timeout=30))
    ok(adm.put(f"{base}/order/o-1", json={"number": "RE-778812", "client_id": "c-buyer", "contract_id": "k-1"},
               timeout=30))
    assert ok(adm.get(f"{base}/project", timeout=30))["total"] == 2

    meta = invoice_metadata(inv)
    meta["references"] = {"order": "RE-778812", "project": "PRJ-2025-07"}
    assert tenant.post("m-1", pdf, meta).status_code == 202
    found = wait_until(lambda: one(tenant, inv.number), timeout=40, what="the matched invoice")
    assert found["client_id"] == "c-buyer"
    match = detail(tenant, found["id"])["match"]
    assert match["status"] == "auto"
    assert (match["project_id"], match["contract_id"], match["order_id"]) == ("p-buyer", "k-1", "o-1")
    kinds = {e["kind"] for e in match["evidence"]}
    assert {"tax_number", "order", "project"} <= kinds
    assert match["candidates"][0]["client_id"] == "c-buyer"

    # No tax number, the name without its legal form: twins tie → review queue, ranked, not "first wins".
    inv2, pdf2 = DOCS[1]
    meta2 = invoice_metadata(inv2)
    meta2["buyer"] = {"name": core, "tax_number": None, "vat_number": None}
    assert tenant.post("m-2", pdf2, meta2).status_code == 202
    items = wait_until(lambda: open_items(tenant), timeout=40, what="a review item for the uncertain match")
    item = items[0]
    assert item["kind"] == "match" and item["match"]["status"] in ("ambiguous", "weak")
    ranked = [c["client_id"] for c in item["match"]["candidates"]]
    assert {"c-buyer", "c-twin"} <= set(ranked[:3])
    archived = wait_until(lambda: one(tenant, inv2.number), what="the uncertain invoice archived unassigned")
    assert archived["client_id"] is None

    r = tenant.session.post(f"{tenant.api}/api/v1/review/{item['id']}/reassign",
                            json={"reason": "ügyfél telefonon megerősítette", "client_id": "c-buyer",
                                  "project_id": "p-buyer"}, timeout=30)
    assert ok(r)["status"] == "approved"
    # the invoice page (read by _id) shows it at once; search after the indexer's one-second lag
    assert detail(tenant, archived["id"])["client_id"] == "c-buyer"
    wait_until(lambda: one(tenant, inv2.number).get("client_id") == "c-buyer", timeout=10,
               what="the reassigned client in search")
    assert detail(tenant, archived["id"])["match"]["project_id"] == "p-buyer"
    audit = ok(tenant.session.get(f"{tenant.api}/api/v1/invoices/{archived['id']}/audit", timeout=30))["items"]
    assert any(e["action"] == "review.reassigned" and e["details"]["reason"].startswith("ügyfél") for e in audit)
    assert open_items(tenant) == []


def test_rules_hold_back_and_tag_and_approval_archives_and_emits(tenant: Tenant, settings: Settings) -> None:
    adm = admin(tenant)
    small, big = sorted(DOCS[2:4], key=lambda d: d[0].gross_total)
    threshold = str(big[0].gross_total)
    ok(adm.put(f"{tenant.api}/api/v1/rules/nagy", json={
        "name": "Nagy összeg jóváhagyásra", "priority": 10,
        "conditions": {"amount_min": threshold, "currencies": [big[0].currency]},
        "actions": {"archive": "approval", "add_tags": ["jóváhagyandó"]}}, timeout=30))
    ok(adm.put(f"{tenant.api}/api/v1/rules/mind", json={
        "priority": 20, "conditions": {"sources": ["own_system"]},
        "actions": {"add_tags": ["saját-rendszer"], "set_project": "p-default"}}, timeout=30))
    v2 = ok(adm.put(f"{tenant.api}/api/v1/rules/mind", json={
        "priority": 20, "conditions": {"sources": ["own_system"]},
        "actions": {"add_tags": ["saját-rendszer", "ügyviteli"], "set_project": "p-default"}}, timeout=30))
    assert v2["version"] == 2
    assert [v["version"] for v in ok(adm.get(f"{tenant.api}/api/v1/rules/mind/versions", timeout=30))["items"]] \
        == [1, 2]

    assert tenant.post("r-small", small[1], invoice_metadata(small[0])).status_code == 202
    assert tenant.post("r-big", big[1], invoice_metadata(big[0])).status_code == 202
    got = wait_until(lambda: one(tenant, small[0].number), timeout=40, what="the small invoice archived")
    m = detail(tenant, got["id"])["match"]
    assert m["tags"] == ["saját-rendszer", "ügyviteli"] and m["project_id"] == "p-default"
    assert [(h["rule_id"], h["version"]) for h in m["rule_hits"]] == [("mind", 2)]

    items = wait_until(lambda: open_items(tenant), timeout=40, what="the big invoice held for approval")
    held = items[0]
    assert held["kind"] == "approval" and held["invoice_number"] == big[0].number
    assert set(held["match"]["tags"]) == {"jóváhagyandó", "saját-rendszer", "ügyviteli"}
    assert tenant.search(number=big[0].number)["total"] == 0  # held: not in search

    dry = ok(adm.post(f"{tenant.api}/api/v1/rules/dry-run", json={}, timeout=30))
    assert dry["invoices"] == 1 and dry["would_hold"] == 0 and dry["hits_per_rule"] == {"mind": 1}

    bad = tenant.session.post(f"{tenant.api}/api/v1/review/{held['id']}/approve", json={}, timeout=30)
    assert bad.status_code == 422  # a reason is required
    ok(tenant.session.post(f"{tenant.api}/api/v1/review/{held['id']}/approve",
                           json={"reason": "pénzügyi vezető jóváhagyta"}, timeout=30))
    found = wait_until(lambda: one(tenant, big[0].number), what="the approved invoice in search")
    assert found["id"] == held["id"]
    event = consume_matching(settings.kafka_bootstrap, "invoice.archived",
                             lambda e: e.get("invoice_id") == held["id"])
    assert event["tenant"] == tenant.name
    actions = [e["action"] for e in ok(tenant.session.get(
        f"{tenant.api}/api/v1/invoices/{held['id']}/audit", timeout=30))["items"]]
    assert actions[:3] == ["invoice.held", "review.approved", "invoice.archived"]
    assert open_items(tenant) == []
