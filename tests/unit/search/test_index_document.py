"""The pure mapping: an archived view → an index document, a search → an index query
(``core/search_index.py``), evaluated by the in-memory fake so the two meet as they will in Tantivy."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from services.core.search_index import (
    AllOf,
    AnyOf,
    Either,
    Range,
    Sort,
    index_document,
    index_query,
    parse_sort,
    view_version,
)
from services.core.search_query import InvoiceQuery
from services.core.search_terms import build_search_terms
from tests.unit.search.fake_index import FakeSearchIndex

NOW = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)


def view(invoice_id: str = "00000000-aaaa", **over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "_id": invoice_id, "tenant": "acme", "site": "bp", "invoice_number": "SZ-2025/0042", "kind": "normal",
        "direction": "outgoing", "issue_date": "2025-03-14", "currency": "HUF", "gross_total": "127000.00",
        "gross_amount": 127000.0, "seller_name": "Acme Kft.", "seller_tax_number": "12345678-2-41",
        "buyer_name": "Árvíztűrő Tükörfúrógép Zrt.", "buyer_tax_number": "87654321-2-42", "client_id": "c-1",
        "client_name": "Árvíztűrő Tükörfúrógép Zrt.", "current_version": 1,
        "invoice": {"payment_status": "unpaid"}, "updated_at": datetime(2026, 1, 1, tzinfo=UTC),
    }
    base["search_terms"] = build_search_terms(base["invoice_number"], base["seller_name"], base["buyer_name"],
                                              "irodaszer szállítás")
    return {**base, **over}


def found(query: InvoiceQuery, *views: dict[str, Any]) -> list[str]:
    index = FakeSearchIndex()
    index.upsert(index_document(v, indexed_at=NOW) for v in views)
    index.commit()
    return index.search(index_query(query), sort=parse_sort(None), offset=0, limit=50).ids


def test_accent_folded_text_finds_the_invoice_every_word_must_occur() -> None:
    assert found(InvoiceQuery(tenant="acme", text="SZÁLLÍTÁS Irodaszer"), view()) == ["00000000-aaaa"]
    assert found(InvoiceQuery(tenant="acme", text="szallitas papir"), view()) == []


def test_invoice_number_matches_by_any_part_case_and_accents_aside() -> None:
    assert found(InvoiceQuery(tenant="acme", number="sz-2025/00"), view()) == ["00000000-aaaa"]
    assert found(InvoiceQuery(tenant="acme", number="2025/0042"), view()) == ["00000000-aaaa"]  # a part
    assert found(InvoiceQuery(tenant="acme", number="0042"), view()) == ["00000000-aaaa"]
    assert found(InvoiceQuery(tenant="acme", number="0043"), view()) == []


def test_client_by_name_word_prefix_by_id_and_by_tax_number() -> None:
    v = view()
    assert found(InvoiceQuery(tenant="acme", client="arviz tukor"), v) == ["00000000-aaaa"]
    assert found(InvoiceQuery(tenant="acme", client="c-1"), v) == ["00000000-aaaa"]
    assert found(InvoiceQuery(tenant="acme", client="87654321"), v) == ["00000000-aaaa"]
    assert found(InvoiceQuery(tenant="acme", client="Béta"), v) == []


def test_tenant_and_sites_scope_every_query() -> None:
    assert found(InvoiceQuery(tenant="other"), view()) == []
    assert found(InvoiceQuery(tenant="acme", sites=("deb",)), view()) == []
    assert found(InvoiceQuery(tenant="acme", sites=("deb", "bp")), view()) == ["00000000-aaaa"]


def test_date_and_amount_ranges_include_their_ends() -> None:
    v = view()
    assert found(InvoiceQuery(tenant="acme", issue_from=date(2025, 3, 14), issue_to=date(2025, 3, 14),
                              gross_min=Decimal("127000"), gross_max=Decimal("127000")), v) == ["00000000-aaaa"]
    assert found(InvoiceQuery(tenant="acme", issue_from=date(2025, 3, 15)), v) == []
    assert found(InvoiceQuery(tenant="acme", gross_max=Decimal("126999.99")), v) == []


def test_default_order_is_issue_date_descending_then_id() -> None:
    views = [view("00000002-x", issue_date="2025-01-01"), view("00000001-x", issue_date="2025-01-01"),
             view("00000003-x", issue_date="2025-06-01"), view("00000004-x", issue_date=None)]
    assert found(InvoiceQuery(tenant="acme"), *views) == ["00000003-x", "00000001-x", "00000002-x", "00000004-x"]


def test_sort_columns_are_the_listed_ones_only() -> None:
    assert parse_sort("gross_total") == Sort("gross_amount", descending=False)
    assert parse_sort("-client_name") == Sort("client_sort", descending=True)
    with pytest.raises(ValueError, match="cannot sort by 'search_terms'"):
        parse_sort("search_terms")


def test_query_shapes() -> None:
    q = index_query(InvoiceQuery(tenant="t", sites=("a",), client="Alfa Kft", issue_to=date(2025, 1, 31),
                                 gross_min=Decimal(5), number="ABC", text="árvíz"))
    assert q.clauses == (
        AnyOf("tenant", ("t",)), AnyOf("site", ("a",)),
        Either((AnyOf("client_id", ("Alfa Kft",)), AllOf("name_prefix", ("alfa", "kft")))),
        Range("issue_date", None, 20250131), Range("gross_amount", 5.0, None),
        AnyOf("number_infix", ("abc",)), AllOf("terms", ("arviz",)),
    )


def test_status_facet_value_follows_payment_and_cancellation() -> None:
    assert index_document(view(), indexed_at=NOW)["status"] == ["unpaid"]
    paid = view(invoice={"payment_status": "paid"})
    assert index_document(paid, indexed_at=NOW)["status"] == ["paid"]
    assert index_document(view(payment={"cancelled": True}), indexed_at=NOW)["status"] == ["cancelled"]


def test_version_grows_with_a_new_pdf_a_decision_and_a_payment() -> None:
    first = view()
    decided = view(updated_at=datetime(2026, 2, 1, tzinfo=UTC))
    paid = view(updated_at=datetime(2026, 2, 1, tzinfo=UTC), payment={"updated_at": "2026-02-02T10:00:00+00:00"})
    second_pdf = view(current_version=2, updated_at=datetime(2025, 1, 1, tzinfo=UTC))
    assert view_version(first) < view_version(decided) < view_version(paid) < view_version(second_pdf)


def test_an_older_version_never_replaces_a_newer_one_and_a_replay_is_idempotent() -> None:
    index = FakeSearchIndex()
    newer = index_document(view(invoice={"payment_status": "paid"}, updated_at=datetime(2026, 5, 1, tzinfo=UTC)),
                           indexed_at=NOW)
    older = index_document(view(), indexed_at=NOW)
    assert index.upsert([newer]) == 1
    index.commit()
    assert index.upsert([older]) == 0
    assert index.upsert([newer]) == 1
    index.commit()
    assert index.docs["00000000-aaaa"]["status"] == ["paid"]
