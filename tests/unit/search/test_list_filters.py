"""The search list's filters, sorts and totals (issue 12) on the query index, the same on the in-memory
fake and on Tantivy: direction, kind, site, source, payment state, overdue, tag and project filter; every
listed column sorts; a hit list is summed per currency (gross, paid, still open) and per issue month
from the index's fast fields; an incoming invoice is found and sorted by its seller, not by ourselves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from services.core.search_index import SORTABLE, TOTALS, counterparty, index_document, index_query, parse_sort
from services.core.search_query import InvoiceQuery
from tests.unit.search.test_index_document import view
from tests.unit.search.test_tantivy_index import NOW, FakeSearchIndex, Pair


@pytest.fixture(params=["fake", "tantivy"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Any]:
    if request.param == "fake":
        yield FakeSearchIndex()
        return
    pair = Pair(tmp_path / "index")
    pair.totals = pair.reader.totals  # type: ignore[attr-defined]
    yield pair
    pair.writer.close()


def src(kind: str) -> dict[str, str]:
    return {"kind": kind, "connection_id": f"{kind}-1"}


def views() -> list[dict[str, Any]]:
    return [
        view("00000001-a", invoice_number="KI-2025/0001", issue_date="2025-01-10", gross_amount=1000.0,
             invoice={"payment_status": "paid", "due_date": "2025-01-20", "payments": [{"amount": "1000"}]},
             source=src("billingo"), match={"tags": ["iroda"], "project_id": "p-1"}),
        view("00000002-b", invoice_number="BE-77", issue_date="2025-02-10", gross_amount=5000.0, site="deb",
             direction="incoming", seller_name="Szállító Kft.", buyer_name="Acme Kft.", client_name=None,
             invoice={"payment_status": "partially_paid", "due_date": "2025-02-20"}, source=src("email"),
             payment={"paid_total": "1500", "status": "partially_paid"}),
        view("00000003-c", invoice_number="KI-2025/0003", issue_date="2025-03-10", gross_amount=-2500.0,
             kind="storno", invoice={"payment_status": None}, source=src("billingo")),
        view("00000004-d", invoice_number="KI-2025/0004", issue_date="2025-03-12", gross_amount=300.0,
             currency="EUR", invoice={"payment_status": "unpaid", "due_date": "2025-04-30"}, source=src("szamlazz")),
    ]


def ids(index: Any, sort: str | None = None, **filters: Any) -> list[str]:
    index.upsert(index_document(v, indexed_at=NOW) for v in views())
    index.commit()
    page = index.search(index_query(InvoiceQuery(tenant="acme", **filters)), sort=parse_sort(sort), offset=0,
                        limit=50)
    return [i.split("-")[0][-1] for i in page.ids]


def test_exact_filters(index: Any) -> None:
    assert ids(index, direction="incoming") == ["2"]
    assert ids(index, kind="storno") == ["3"]
    assert ids(index, site="deb") == ["2"]
    assert ids(index, site="deb", sites=("bp",)) == []  # a chosen site outside the reader's finds nothing
    assert ids(index, source="billingo") == ["3", "1"]
    assert ids(index, status="partially_paid") == ["2"]
    assert ids(index, tag="iroda") == ["1"]
    assert ids(index, project="p-1") == ["1"]


def test_overdue_is_open_and_due_before_the_day(index: Any) -> None:
    assert ids(index, overdue_on=date(2025, 4, 30)) == ["2"]  # the EUR one is due that very day
    assert ids(index, overdue_on=date(2025, 5, 1)) == ["4", "2"]  # the paid one is never overdue


def test_every_listed_column_sorts(index: Any) -> None:
    for column in SORTABLE:
        assert sorted(ids(index, column)) == ["1", "2", "3", "4"], column
    assert ids(index, "due_date") == ["1", "2", "4", "3"]  # without a due date last
    assert ids(index, "-gross_total") == ["2", "1", "4", "3"]
    assert ids(index, "kind")[-1] == "3"  # storno after normal
    assert ids(index, "counterparty")[-1] == "2"  # Szállító, the seller, after Árvíztűrő


def test_an_incoming_invoice_is_found_by_its_seller_and_shows_it() -> None:
    incoming = views()[1]
    assert counterparty(incoming) == "Szállító Kft."
    assert "szallito" in index_document(incoming, indexed_at=NOW)["name_prefix"]
    assert "acme" not in index_document(incoming, indexed_at=NOW)["name_prefix"]


def test_totals_per_currency_gross_paid_and_open(index: Any) -> None:
    ids(index)
    found = index.totals(index_query(InvoiceQuery(tenant="acme")), "currency", TOTALS)
    assert {k: b.count for k, b in found.items()} == {"HUF": 3, "EUR": 1}
    assert found["HUF"].sums == {"gross_amount": 3500.0, "paid_amount": 2500.0, "open_amount": 3500.0}
    assert found["EUR"].sums == {"gross_amount": 300.0, "paid_amount": 0.0, "open_amount": 300.0}


def test_totals_per_issue_month(index: Any) -> None:
    ids(index)
    found = index.totals(index_query(InvoiceQuery(tenant="acme", currency="HUF")), "issue_month",
                         ("gross_amount", "paid_amount"))
    assert {k: b.count for k, b in found.items()} == {"202501": 1, "202502": 1, "202503": 1}
    assert found["202503"].sums["gross_amount"] == -2500.0
