"""Issue 11: the review queue's open items are listed and counted without a filter on
``review_queue`` (it keeps every decided item, so it grows with the archive): from the open items'
summaries in ``review_open_items`` and the items by ``_id`` — the real ``ReviewRepo`` over an in-memory store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from services.adapters.reference_repo import ReviewRepo
from tests.unit.web.fakes import FakeDb

NOW = datetime(2025, 9, 10, 8, 0, tzinfo=UTC)


def _item(item_id: str, *, site: str = "budapest", minutes: int = 0, status: str = "open") -> dict[str, Any]:
    return {"_id": item_id, "tenant": "acme", "site": site, "kind": "match", "status": status,
            "created_at": NOW + timedelta(minutes=minutes), "matched": {"big": "event"}}


def _forbid_filters(db: FakeDb) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    real = db.review_queue.find_one

    def by_id_only(query: dict[str, Any], *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        seen.append(query)
        return real(query, *args, **kwargs)

    db.review_queue.find = lambda *a, **k: pytest.fail(f"review_queue.find{a}")  # type: ignore[method-assign]
    db.review_queue.count_documents = lambda *a, **k: pytest.fail("counted")  # type: ignore[method-assign]
    db.review_queue.find_one = by_id_only  # type: ignore[method-assign]
    return seen


def test_the_open_queue_and_its_depth_read_items_by_id_only() -> None:
    db = FakeDb()
    repo = ReviewRepo(db)  # type: ignore[arg-type]
    repo.depth_and_oldest("match")  # the one pass over items from before the summaries (none here)
    for item in (_item("i3", minutes=3), _item("i1", minutes=1, site="debrecen"), _item("i2", minutes=2),
                 _item("i0", status="approved")):
        repo.put(item)
    seen = _forbid_filters(db)
    assert [i["_id"] for i in repo.list("acme", status="open", sites=(), limit=10)] == ["i1", "i2", "i3"]
    assert [i["_id"] for i in repo.list("acme", status="open", sites=("budapest",), limit=1)] == ["i2"]
    assert repo.depth_and_oldest("match") == (3, NOW + timedelta(minutes=1))
    assert seen and all(set(q) == {"_id"} for q in seen)


def test_items_from_before_the_summaries_get_one_once() -> None:
    db = FakeDb()
    for item in (_item("i1"), _item("i2", status="rejected")):
        db.review_queue.insert_one(item)  # as the previous release stored them
    repo = ReviewRepo(db)  # type: ignore[arg-type]
    assert [i["_id"] for i in repo.list("acme", status="open", sites=(), limit=10)] == ["i1"]
    _forbid_filters(db)  # marked done in the store: another process does not scan again
    assert [i["_id"] for i in ReviewRepo(db).list("acme", status="open", sites=(), limit=10)] == ["i1"]  # type: ignore[arg-type]


def test_a_summary_left_by_a_crash_before_the_decision_was_noted_is_dropped() -> None:
    db = FakeDb()
    repo = ReviewRepo(db)  # type: ignore[arg-type]
    repo.put(_item("i1"))
    db.review_queue.docs["i1"]["status"] = "approved"  # decided; the process died before untracking it
    assert repo.list("acme", status="open", sites=(), limit=10) == []
    assert repo.depth_and_oldest("match") == (0, None)
