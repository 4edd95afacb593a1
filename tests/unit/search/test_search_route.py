"""Invoice search through the query index (``web/invoice_search.py``), on in-memory fakes: the index
picks and orders the invoices and hands back their rows (stored in the index document), so a page
reads nothing from the store; a row shows what the store's search showed, and a change shows once it
is indexed (the index's lag, docs/scaling.md); the answer keeps its old shape (facets only when asked)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.core.enums import Role
from services.core.search_index import index_document
from services.web.app import create_app
from services.web.deps import Ports
from services.web.routes.invoices import _summary
from tests.fakes.mongo import InvoiceRepo
from tests.unit.search.fake_index import FakeSearchIndex
from tests.unit.web.fakes import FakeTokens, fake_ports, invoice_doc

TOKEN = "szt_finance"
NOW = datetime(2026, 12, 6, tzinfo=UTC)


class NoReads(InvoiceRepo):
    """The store of a search page: ``reads`` counts what it was asked (nothing, with the index)."""

    reads = 0

    def search(self, *_: Any, **__: Any) -> Any:
        raise AssertionError("the store was searched by a filter")

    def get(self, tenant: str, invoice_id: str) -> dict[str, Any] | None:
        self.reads += 1
        return super().get(tenant, invoice_id)


@pytest.fixture()
def ports() -> Ports:
    ports = fake_ports()
    store = NoReads()
    ports.invoices = store  # type: ignore[assignment]
    index = FakeSearchIndex()
    for i, (site, number, day) in enumerate((("bp", "BP-1", "2025-09-01"), ("bp", "BP-2", "2025-09-03"),
                                              ("deb", "DB-1", "2025-09-02"))):
        doc = invoice_doc(f"0000000{i}-x", tenant="acme", site=site, number=number, gross=str(1000 * (i + 1)),
                          issue_date=day)
        doc["invoice"]["payment_status"] = "unpaid"
        store.add(doc)
        index.upsert([index_document(doc, indexed_at=NOW)])
    index.commit()
    ports.search = index
    tokens: FakeTokens = ports.tokens  # type: ignore[assignment]
    tokens.add(TOKEN, tenant="acme", role=Role.FINANCE)
    return ports


@pytest.fixture()
def client(ports: Ports) -> Iterator[TestClient]:
    with TestClient(create_app(None, ports), follow_redirects=False) as c:  # type: ignore[arg-type]
        yield c


def get(client: TestClient, **params: Any) -> Any:
    answer = client.get("/api/v1/invoices", params=params, headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_index_picks_orders_and_answers_the_rows_without_reading_the_store(
        client: TestClient, ports: Ports) -> None:
    body = get(client, page_size=2)
    assert [i["id"] for i in body["items"]] == ["00000001-x", "00000002-x"]
    assert (body["total"], set(body)) == (3, {"items", "total", "page", "page_size"})
    store: NoReads = ports.invoices  # type: ignore[assignment]
    assert store.reads == 0
    assert [i["invoice_number"] for i in get(client, sort="-gross_total")["items"]] == ["DB-1", "BP-2", "BP-1"]
    assert [i["id"] for i in get(client, number="bp")["items"]] == ["00000001-x", "00000000-x"]


def test_facets_count_every_match_when_asked(client: TestClient) -> None:
    facets = get(client, facets=True)["facets"]
    assert facets["site"] == {"bp": 2, "deb": 1}
    assert facets["status"] == {"unpaid": 3}


def test_a_row_from_the_index_is_the_summary_the_store_s_view_gives(client: TestClient, ports: Ports) -> None:
    store: NoReads = ports.invoices  # type: ignore[assignment]
    expected = {i: _summary(store.views[i]) for i in store.views}
    assert {i["id"]: i for i in get(client)["items"]} == expected


def test_a_change_shows_in_a_row_once_it_is_indexed(client: TestClient, ports: Ports) -> None:
    store: NoReads = ports.invoices  # type: ignore[assignment]
    index: FakeSearchIndex = ports.search  # type: ignore[assignment]
    changed = {**store.views["00000001-x"], "client_name": "Frissen Átnevezett Kft."}  # the person's decision
    store.upsert_view(changed)
    assert {i["id"]: i for i in get(client)["items"]}["00000001-x"]["client_name"] == "Kovács és Társa Kft."
    index.upsert([index_document(changed, indexed_at=NOW)])
    index.commit()  # the indexer's commit, within a second of the event
    assert {i["id"]: i for i in get(client)["items"]}["00000001-x"]["client_name"] == "Frissen Átnevezett Kft."


def test_only_listed_columns_sort(client: TestClient) -> None:
    answer = client.get("/api/v1/invoices", params={"sort": "search_terms"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 422


def test_the_openapi_document_names_the_sortable_and_searchable_fields(client: TestClient) -> None:
    params = {p["name"]: p for p in client.get("/openapi.json").json()["paths"]["/api/v1/invoices"]["get"]
              ["parameters"]}
    assert "gross_total" in params["sort"]["description"] and "Searchable" in params["sort"]["description"]


def test_the_list_filters_and_totals_are_api_parameters_too(client: TestClient) -> None:
    assert [i["invoice_number"] for i in get(client, site="deb")["items"]] == ["DB-1"]
    assert get(client, status="open")["total"] == 3 and get(client, status="paid")["total"] == 0
    assert get(client, direction="incoming")["total"] == 0 and get(client, kind="normal")["total"] == 3
    assert get(client, number="-2")["total"] == 1  # any part of the number
    totals = get(client, totals=True)["totals"]
    assert totals == {"HUF": {"count": 3, "gross": 6000.0, "paid": 0.0, "open": 6000.0}}
    bad = client.get("/api/v1/invoices", params={"direction": "sideways"}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert bad.status_code == 422
    spec = client.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/v1/invoices"]["get"]["parameters"]}
    assert {"direction", "kind", "site", "source", "currency", "status", "overdue", "tag", "project",
            "totals"} <= params


class Noted:
    """``adapters/index_requests.IndexRequests``: what was noted, and when."""

    def __init__(self, noted: dict[str, datetime]) -> None:
        self.noted = noted

    def since(self, after: datetime) -> list[tuple[str, datetime]]:
        return [(i, at) for i, at in self.noted.items() if at > after]


def test_a_row_changed_without_an_event_moments_ago_is_read_from_the_store(client: TestClient, ports: Ports) -> None:
    """A person decided a match on an archived invoice: its row shows the decision at once, read by
    ``_id``, before the indexer takes it; other rows and older notes still come from the index."""
    store: NoReads = ports.invoices  # type: ignore[assignment]
    store.views["00000000-x"]["client_name"] = "Kovács Kft."
    ports.index_requests = Noted({"00000000-x": datetime.now(UTC),  # type: ignore[assignment]
                                  "00000001-x": datetime(2020, 1, 1, tzinfo=UTC)})
    rows = {i["id"]: i for i in get(client)["items"]}
    assert rows["00000000-x"]["client_name"] == "Kovács Kft." and store.reads == 1
    assert rows["00000001-x"]["client_name"] != "Kovács Kft."


def test_a_rules_dry_run_samples_the_invoices_indexed_last_reading_each_by_id(client: TestClient,
                                                                             ports: Ports) -> None:
    """Issue 11: the sample comes from the index (newest ``indexed_at`` first, the caller's sites), each
    view read by ``_id``; the store's "changed last" filter and sort are not asked."""
    store: NoReads = ports.invoices  # type: ignore[assignment]
    store.latest = lambda *a, **k: pytest.fail("the store was filtered for the latest")  # type: ignore[method-assign]
    index: FakeSearchIndex = ports.search  # type: ignore[assignment]
    later = store.views["00000000-x"]
    index.upsert([index_document({**later, "updated_at": NOW.replace(year=2027)},
                                 indexed_at=NOW.replace(year=2027))])
    index.commit()
    answer = client.post("/api/v1/rules/dry-run", json={"rules": [], "limit": 2},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 200, answer.text
    assert store.reads == 2
    body = answer.json()
    assert body["invoices"] == 2 and body["items"][0]["invoice_id"] == "00000000-x"
