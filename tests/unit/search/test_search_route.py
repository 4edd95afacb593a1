"""Invoice search through the query index (``web/invoice_search.py``), on in-memory fakes: the index
picks and orders the invoices, the store is read by ``_id`` for the page's rows only — so a row shows
a payment the index has not seen yet — and the answer keeps its old shape (facets only when asked)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from services.core.enums import Role
from services.core.search_index import index_document
from services.web.app import create_app
from services.web.deps import Ports
from tests.fakes.mongo import InvoiceRepo as FakeInvoiceRepo
from tests.unit.search.fake_index import FakeSearchIndex
from tests.unit.web.fakes import FakeTokens, fake_ports, invoice_doc

TOKEN = "szt_finance"
NOW = datetime(2026, 12, 6, tzinfo=UTC)


class RowsById:
    """The store side of a search page; records which ids were read."""

    def __init__(self, invoices: FakeInvoiceRepo) -> None:
        self.invoices = invoices
        self.read: list[str] = []

    def rows(self, invoice_ids: Iterable[str], tenant: str) -> dict[str, dict[str, Any]]:
        out = {}
        for i in invoice_ids:
            self.read.append(i)
            doc = self.invoices.get(tenant, i)
            if doc is not None:
                out[i] = doc
        return out


class NoFilters(FakeInvoiceRepo):
    def search(self, *_: Any, **__: Any) -> Any:
        raise AssertionError("the store was searched by a filter")


@pytest.fixture()
def ports() -> Ports:
    ports = fake_ports()
    store = NoFilters()
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
    ports.search, ports.views = index, RowsById(store)  # type: ignore[assignment]
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


def test_the_index_picks_and_orders_and_the_store_is_read_by_id_for_the_page_only(
        client: TestClient, ports: Ports) -> None:
    body = get(client, page_size=2)
    assert [i["id"] for i in body["items"]] == ["00000001-x", "00000002-x"]
    assert (body["total"], set(body)) == (3, {"items", "total", "page", "page_size"})
    assert ports.views.read == ["00000001-x", "00000002-x"]  # type: ignore[union-attr]
    assert [i["invoice_number"] for i in get(client, sort="-gross_total")["items"]] == ["DB-1", "BP-2", "BP-1"]
    assert [i["id"] for i in get(client, number="bp")["items"]] == ["00000001-x", "00000000-x"]


def test_facets_count_every_match_when_asked(client: TestClient) -> None:
    facets = get(client, facets=True)["facets"]
    assert facets["site"] == {"bp": 2, "deb": 1}
    assert facets["status"] == {"unpaid": 3}


def test_a_row_shows_the_store_s_view_before_the_index_catches_up(client: TestClient, ports: Ports) -> None:
    store: FakeInvoiceRepo = ports.invoices  # type: ignore[assignment]
    store.views["00000001-x"]["client_name"] = "Frissen Átnevezett Kft."  # the person's decision
    rows = {i["id"]: i for i in get(client)["items"]}
    assert rows["00000001-x"]["client_name"] == "Frissen Átnevezett Kft."


def test_only_listed_columns_sort(client: TestClient) -> None:
    answer = client.get("/api/v1/invoices", params={"sort": "search_terms"},
                        headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 422


def test_the_openapi_document_names_the_sortable_and_searchable_fields(client: TestClient) -> None:
    params = {p["name"]: p for p in client.get("/openapi.json").json()["paths"]["/api/v1/invoices"]["get"]
              ["parameters"]}
    assert "gross_total" in params["sort"]["description"] and "Searchable" in params["sort"]["description"]
