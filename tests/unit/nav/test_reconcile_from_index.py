"""Issue 11: NAV reconciliation's archive side comes from the query index (the store would decode
every view to filter by issue date): the demo plan's planted gaps come out the same as from the
store, with no store read at all, and a row indexed before rows carried the NAV fields is read by
``_id``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from services.adapters.tantivy_index import TantivyIndexWriter, TantivySearchIndex, current_generation
from services.core import search_index
from services.core.enums import Direction
from services.core.invoice import invoice_to_json
from services.core.parsing import parse_document
from services.core.search_index import index_document
from services.nav.completeness import Record, reconcile, record_from_invoice
from services.nav.repository import archive_records
from szamlatar_dev.demo.nav_gaps import TAXPAYER, nav_gap_plan
from szamlatar_dev.emulators.nav.invoices import describe_invoice

NOW = datetime(2025, 9, 10, tzinfo=UTC)
OUT, IN = Direction.OUTGOING, Direction.INCOMING


class _Store:
    """The invoices collection: reads by ``_id`` only, anything else fails the test."""

    def __init__(self, views: list[dict[str, Any]]) -> None:
        self.views = {v["_id"]: v for v in views}
        self.by_id: list[str] = []

    def find(self, *args: Any, **kwargs: Any) -> Any:
        pytest.fail(f"invoices.find{args}")

    def find_one(self, query: dict[str, Any], projection: dict[str, int] | None = None) -> dict[str, Any] | None:
        assert set(query) == {"_id"}
        self.by_id.append(query["_id"])
        return self.views.get(query["_id"])


def _plan_views() -> tuple[Any, list[dict[str, Any]], dict[Direction, list[Record]]]:
    plan = nav_gap_plan()
    nav_side: dict[Direction, list[Record]] = {IN: [], OUT: []}
    for _, document in plan.nav_documents:
        facts = describe_invoice(document)[0]
        invoice = invoice_to_json(parse_document(document, media_type="application/xml").invoice)
        nav_side[OUT if facts.supplier_tax_number == TAXPAYER else IN].append(record_from_invoice(invoice))
    views = [{"_id": f"id-{external_id}", "tenant": "t", "direction": meta.get("direction", "outgoing"),
              "issue_date": meta.get("issue_date"), "invoice": meta, "current_sha256": "x", "current_version": 1}
             for external_id, meta, _ in plan.archive_posts]
    views.append({**views[0], "_id": "other-tenant", "tenant": "u"})
    return plan, views, nav_side


def _index(root: Path, views: list[dict[str, Any]]) -> TantivySearchIndex:
    writer = TantivyIndexWriter(current_generation(root))
    writer.upsert(index_document(v, indexed_at=NOW) for v in views)
    writer.close()
    return TantivySearchIndex(root)


def _gaps(store: _Store, index: TantivySearchIndex, plan: Any, nav_side: dict[Direction, list[Record]],
          direction: Direction) -> tuple[list[str], list[str], dict[str, list[str]]]:
    db: Any = SimpleNamespace(invoices=store)
    archive = archive_records(db, "t", {TAXPAYER}, plan.first_day, plan.last_day, direction, index)
    result = reconcile(nav_side[direction], archive, plan.first_day, plan.last_day)
    assert result.without_pdf == ()
    return ([r.number for r in result.missing_in_archive], [r.number for r in result.missing_in_nav],
            {d.number: [x.field for x in d.differences] for d in result.differing})


@pytest.mark.parametrize("direction", [OUT, IN])
def test_the_demo_plan_s_gaps_come_from_the_index_without_reading_the_store(tmp_path: Path,
                                                                            direction: Direction) -> None:
    plan, views, nav_side = _plan_views()
    store = _Store(views)
    expected = plan.expected if direction is OUT else plan.expected_inbound
    got = _gaps(store, _index(tmp_path, views), plan, nav_side, direction)
    assert got == (expected["missing_in_archive"], expected["missing_in_nav"], expected["differing"])
    assert store.by_id == []


def test_a_row_indexed_before_rows_carried_the_nav_fields_is_read_by_id(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    plan, views, nav_side = _plan_views()
    monkeypatch.setattr(search_index, "nav_fields", lambda view: None)  # rows as the previous release wrote them
    index = _index(tmp_path, views)
    monkeypatch.undo()
    store = _Store(views)
    got = _gaps(store, index, plan, nav_side, OUT)
    assert got == (plan.expected["missing_in_archive"], plan.expected["missing_in_nav"], plan.expected["differing"])
    assert sorted(store.by_id) == sorted(v["_id"] for v in views if v["tenant"] == "t"
                                         and plan.first_day.isoformat() <= v["issue_date"] <= plan.last_day.isoformat())


def test_the_period_is_inclusive_and_per_tenant(tmp_path: Path) -> None:
    view = {"_id": "a", "tenant": "t", "direction": "outgoing", "current_sha256": "x", "current_version": 1,
            "invoice": {"number": "A-1", "issue_date": "2024-04-30", "seller": {"taxpayer_id": TAXPAYER}}}
    views = [{**view, "issue_date": "2024-04-30"}, {**view, "_id": "b", "issue_date": "2024-05-01"}]
    db: Any = SimpleNamespace(invoices=_Store(views))
    index = _index(tmp_path, views)
    assert [r.ref for r in archive_records(db, "t", {TAXPAYER}, date(2024, 4, 1), date(2024, 4, 30), OUT, index)] \
        == ["a"]
    assert archive_records(db, "u", {TAXPAYER}, date(2024, 4, 1), date(2024, 4, 30), OUT, index) == []
