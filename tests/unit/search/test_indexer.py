"""The indexer's handler on a real Tantivy directory, the store faked: an archived invoice becomes
searchable on return (the index is committed before the shell commits the offset), a replay changes
nothing, a payment is looked at again later, and a rebuild's swap is followed without losing what
was indexed into the old generation meanwhile."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.adapters.tantivy_index import (
    TantivyIndexWriter,
    TantivySearchIndex,
    new_generation,
    swap_generation,
    write_rebuild_mark,
)
from services.core.search_index import index_document, index_query
from services.core.search_query import InvoiceQuery
from services.indexer.handler import IndexerHandler, LiveWriter
from tests.unit.search.test_index_document import view


class FakeViews:
    def __init__(self) -> None:
        self.views: dict[str, dict[str, Any]] = {}
        self.states: dict[str, dict[str, Any]] = {}
        self.reads = 0

    def for_index(self, invoice_id: str) -> dict[str, Any] | None:
        self.reads += 1
        return self.views.get(invoice_id)

    def payment_state(self, invoice_id: str) -> dict[str, Any] | None:
        return self.states.get(invoice_id)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def world(tmp_path: Path) -> tuple[FakeViews, IndexerHandler, TantivySearchIndex, Clock]:
    views, clock = FakeViews(), Clock()
    handler = IndexerHandler(views, LiveWriter(tmp_path), monotonic=clock)  # type: ignore[arg-type]
    return views, handler, TantivySearchIndex(tmp_path), clock


def statuses(reader: TantivySearchIndex) -> dict[str, int]:
    return reader.facets(index_query(InvoiceQuery(tenant="acme")), ["status"])["status"]


def test_an_archived_invoice_is_searchable_when_the_handler_returns_and_a_replay_changes_nothing(
        tmp_path: Path) -> None:
    views, handler, reader, _ = world(tmp_path)
    views.views["00000001-a"] = view("00000001-a")
    event = {"schema": "invoice.archived.v1", "invoice_id": "00000001-a"}
    handler.handle(event)
    assert reader.count(index_query(InvoiceQuery(tenant="acme", text="irodaszer"))) == 1
    handler.handle(event)
    assert reader.count(index_query(InvoiceQuery(tenant="acme"))) == 1


def test_an_event_for_an_invoice_the_store_lacks_is_skipped(tmp_path: Path) -> None:
    _, handler, reader, _ = world(tmp_path)
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "nope"})
    assert reader.count(index_query(InvoiceQuery(tenant="acme"))) == 0


def test_a_persons_relink_reindexes_the_invoice_and_the_downstream_copy_of_an_archive_is_passed_over(
        tmp_path: Path) -> None:
    views, handler, reader, _ = world(tmp_path)
    views.views["00000001-a"] = view("00000001-a")
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000001-a"})
    reads = views.reads
    views.views["00000001-a"] = view("00000001-a", client_id="c-2", client_name="Kovács Bt.",
                                     updated_at=datetime(2026, 1, 2, tzinfo=UTC))
    handler.handle({"schema": "invoice.linked.v1", "invoice_id": "00000001-a"})  # downstream's, no changed_by
    assert views.reads == reads  # not even read
    assert reader.count(index_query(InvoiceQuery(tenant="acme", client="c-2"))) == 0
    handler.handle({"schema": "invoice.linked.v1", "invoice_id": "00000001-a", "changed_by": "anna"})
    assert reader.count(index_query(InvoiceQuery(tenant="acme", client="c-2"))) == 1


def test_a_payment_applied_after_its_event_reaches_the_index_on_a_recheck(tmp_path: Path) -> None:
    views, handler, reader, clock = world(tmp_path)
    views.views["00000001-a"] = view("00000001-a")
    handler.handle({"schema": "invoice.payment.v1", "invoice_id": "00000001-a"})  # status-sync not done yet
    views.states["00000001-a"] = {"updated_at": "2026-12-06T10:00:00+00:00", "status": "paid"}
    views.views["00000001-a"] = view("00000001-a", invoice={"payment_status": "paid"},
                                     payment={"updated_at": "2026-12-06T10:00:00+00:00"})
    handler.tick()
    assert statuses(reader) == {"unpaid": 1}  # not due yet
    clock.now += 2.5
    handler.tick()
    assert statuses(reader) == {"paid": 1}
    reads = views.reads
    clock.now += 60
    handler.tick()
    assert views.reads == reads  # the later rechecks find the state indexed and read no view


def test_a_payment_of_an_invoice_not_archived_yet_is_not_looked_at_again(tmp_path: Path) -> None:
    views, handler, _, clock = world(tmp_path)
    handler.handle({"schema": "invoice.payment.v1", "invoice_id": "00000001-a"})
    clock.now += 100
    handler.tick()
    assert views.reads == 1


def test_a_rebuild_swap_is_followed_and_what_the_old_generation_took_meanwhile_is_caught_up(
        tmp_path: Path) -> None:
    views, handler, reader, _ = world(tmp_path)
    views.views["00000001-a"] = view("00000001-a")
    # The rebuild starts: it marks its start, then reads the store (one invoice so far) …
    fresh = new_generation(tmp_path)
    write_rebuild_mark(fresh, int(datetime.now(UTC).timestamp() * 1_000_000))
    rebuild = TantivyIndexWriter(fresh)
    rebuild.upsert([index_document(views.views["00000001-a"], indexed_at=datetime.now(UTC))])
    # … while an invoice is archived and indexed into the live (old) generation.
    views.views["00000002-b"] = view("00000002-b")
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000002-b"})
    rebuild.close()
    swap_generation(tmp_path, fresh)
    assert reader.count(index_query(InvoiceQuery(tenant="acme"))) == 1  # the new generation lacks it …
    handler.tick()
    assert handler.live.generation == fresh
    assert reader.count(index_query(InvoiceQuery(tenant="acme"))) == 2  # … until the indexer follows


def test_deferred_events_become_searchable_at_the_flush_not_before(tmp_path: Path) -> None:
    views, clock = FakeViews(), Clock()
    handler = IndexerHandler(views, LiveWriter(tmp_path), monotonic=clock, deferred=True)  # type: ignore[arg-type]
    reader = TantivySearchIndex(tmp_path)
    for n in ("00000001-a", "00000002-b"):
        views.views[n] = view(n)
        handler.handle({"schema": "invoice.archived.v1", "invoice_id": n})
    assert reader.count(index_query(InvoiceQuery(tenant="acme"))) == 0  # upserted, not committed
    handler.flush()
    assert reader.count(index_query(InvoiceQuery(tenant="acme"))) == 2


def test_202_to_searchable_is_timed_at_the_commit_for_each_archived_invoice_but_not_a_duplicate(
        tmp_path: Path) -> None:
    views, seen, wall = FakeViews(), [], Clock()
    handler = IndexerHandler(views, LiveWriter(tmp_path), deferred=True,  # type: ignore[arg-type]
                             searchable=seen.append, wall=wall)
    accepted = "2026-12-06T10:00:00+00:00"
    wall.now = datetime.fromisoformat(accepted).timestamp() + 2.5
    for n, outcome in (("00000001-a", "ok"), ("00000002-b", "new_version"), ("00000003-c", "duplicate")):
        views.views[n] = view(n)
        handler.handle({"schema": "invoice.archived.v1", "invoice_id": n, "ingested_at": accepted,
                        "outcome": outcome})
    handler.handle({"schema": "invoice.payment.v1", "invoice_id": "00000001-a", "ingested_at": accepted})
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000009-z", "ingested_at": accepted,
                    "outcome": "ok"})  # not in the store: skipped, never searchable
    assert seen == []  # upserted, not committed: not searchable yet
    wall.now += 0.5
    handler.flush()
    assert seen == [3.0, 3.0]
    handler.flush()
    assert seen == [3.0, 3.0]  # each once


def test_without_deferring_the_time_is_taken_when_the_handler_commits(tmp_path: Path) -> None:
    views, seen, wall = FakeViews(), [], Clock()
    handler = IndexerHandler(views, LiveWriter(tmp_path), searchable=seen.append, wall=wall)  # type: ignore[arg-type]
    views.views["00000001-a"] = view("00000001-a")
    wall.now = datetime(2026, 12, 6, 10, 0, 1, tzinfo=UTC).timestamp()
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000001-a",
                    "ingested_at": "2026-12-06T10:00:00+00:00", "outcome": "ok"})
    assert seen == [1.0]
