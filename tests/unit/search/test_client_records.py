"""Client records kept by the indexer and made by ``szamlatar clients backfill``: an archived invoice's
counterparty becomes a record and an index field, a replay writes nothing, a backfill run twice changes
nothing the second time, and a reference import lands in the same record."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from services.adapters.client_records import ClientRecords
from services.adapters.tantivy_index import TantivySearchIndex
from services.core.errors import StorageUnavailableError
from services.core.keys import client_record_id
from services.core.reference import RefKind, normalise_record
from services.core.search_index import AnyOf, IndexQuery
from services.indexer.handler import IndexerHandler, LiveWriter
from services.indexer.maintenance import backfill_clients
from tests.unit.search.test_index_document import view
from tests.unit.search.test_indexer import FakeViews
from tests.unit.web.fakes import FakeDb

BUYER = client_record_id("acme", "hu:87654321")


class StreamedViews(FakeViews):
    def stream(self, tenant: str | None = None) -> Iterator[dict[str, Any]]:
        yield from (v for v in self.views.values() if tenant in (None, v["tenant"]))


def _billingo_view(invoice_id: str, issue: str, **buyer: Any) -> dict[str, Any]:
    party = {"name": "Árvíztűrő Tükörfúrógép Zrt.", "tax_number": "87654321-2-42", **buyer}
    return view(invoice_id, issue_date=issue, client_id=None, source={"kind": "billingo", "connection_id": "b"},
                invoice={"payment_status": "unpaid", "buyer": party})


def test_the_indexer_makes_the_buyers_record_indexes_it_and_a_replay_writes_nothing(tmp_path: Path) -> None:
    views, db = FakeViews(), FakeDb()
    records = ClientRecords(db)  # type: ignore[arg-type]
    handler = IndexerHandler(views, LiveWriter(tmp_path), clients=records)  # type: ignore[arg-type]
    views.views["00000001-a"] = _billingo_view("00000001-a", "2025-03-14", partner_id="501", email="a@b.hu")
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000001-a"})
    record = records.get("acme", BUYER)
    assert record is not None and record["name"] == "Árvíztűrő Tükörfúrógép Zrt."
    assert record["ids"] == {"billingo": ["501"]} and record["email"] == "a@b.hu" and record["sites"] == ["bp"]
    reader = TantivySearchIndex(tmp_path)
    assert reader.count(IndexQuery((AnyOf("counterparty", (BUYER,)),))) == 1
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000001-a"})
    again = records.get("acme", BUYER)
    assert again is not None and again["rev"] == record["rev"] == 1


class FailingOnce(ClientRecords):
    """Client records whose store is down for the first merge."""

    def __init__(self, db: FakeDb) -> None:
        super().__init__(db)  # type: ignore[arg-type]
        self.down = True

    def record_counterparty(self, view: Mapping[str, Any]) -> bool:
        if self.down:
            self.down = False
            raise StorageUnavailableError("MongoDB: write client record")
        return super().record_counterparty(view)


def test_deferred_the_index_commits_first_and_the_client_record_follows_within_the_flush(tmp_path: Path) -> None:
    # Search does not wait for the client record's store round trips; the offsets (committed after the
    # flush returns) still wait for both, so a crash or a failed merge replays the record.
    views, db = FakeViews(), FakeDb()
    records = FailingOnce(db)
    handler = IndexerHandler(views, LiveWriter(tmp_path), clients=records, deferred=True)  # type: ignore[arg-type]
    reader = TantivySearchIndex(tmp_path)
    views.views["00000001-a"] = _billingo_view("00000001-a", "2025-03-14", partner_id="501")
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000001-a"})
    assert records.get("acme", BUYER) is None  # not merged while handling …
    with pytest.raises(StorageUnavailableError):
        handler.flush()  # … the commit came first: searchable although the merge failed
    assert reader.count(IndexQuery((AnyOf("counterparty", (BUYER,)),))) == 1
    assert records.get("acme", BUYER) is None
    handler.flush()  # the shell's retry of the flush merges what is left
    record = records.get("acme", BUYER)
    assert record is not None and record["ids"] == {"billingo": ["501"]}
    handler.flush()  # nothing left: no second write
    assert (records.get("acme", BUYER) or {}).get("rev") == record["rev"]


def test_an_incoming_invoice_makes_the_sellers_record(tmp_path: Path) -> None:
    views, db = FakeViews(), FakeDb()
    records = ClientRecords(db)  # type: ignore[arg-type]
    handler = IndexerHandler(views, LiveWriter(tmp_path), clients=records)  # type: ignore[arg-type]
    views.views["00000002-a"] = view("00000002-a", direction="incoming")
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000002-a"})
    seller = records.get("acme", client_record_id("acme", "hu:12345678"))
    assert seller is not None and seller["name"] == "Acme Kft."
    assert records.get("acme", BUYER) is None


def test_backfill_is_idempotent_and_merges_reference_clients_into_the_same_record() -> None:
    views, db = StreamedViews(), FakeDb()
    records = ClientRecords(db)  # type: ignore[arg-type]
    views.views["a"] = _billingo_view("a", "2025-01-01")
    views.views["b"] = _billingo_view("b", "2025-06-01", phone="+36 30 111")
    views.views["c"] = view("c", tenant="other")
    reference = normalise_record(RefKind.CLIENT, "acme", {"id": "client-003", "name": "Árvíztűrő Zrt.",
                                                           "tax_number": "87654321"})
    db.clients.docs[reference["_id"]] = reference
    first = backfill_clients(views, records, tenant="acme")  # type: ignore[arg-type]
    assert (first.invoices, first.references) == (2, 1) and first.changed == 3
    assert backfill_clients(views, records, tenant="acme").changed == 0  # type: ignore[arg-type]
    record = records.get("acme", BUYER)
    assert record is not None and record["name"] == "Árvíztűrő Zrt."  # the reference name wins
    assert record["phone"] == "+36 30 111" and record["ids"]["reference"] == ["client-003"]
    assert records.get("other", client_record_id("other", "hu:87654321")) is None  # --tenant kept to acme


def test_invoices_of_one_month_with_the_same_data_write_the_record_once(tmp_path: Path) -> None:
    views, db = FakeViews(), FakeDb()
    records = ClientRecords(db)  # type: ignore[arg-type]
    handler = IndexerHandler(views, LiveWriter(tmp_path), clients=records)  # type: ignore[arg-type]
    for n, day in enumerate(("2025-03-03", "2025-03-17", "2025-03-31")):
        views.views[f"0000000{n}-m"] = _billingo_view(f"0000000{n}-m", day)
        handler.handle({"schema": "invoice.archived.v1", "invoice_id": f"0000000{n}-m"})
    record = records.get("acme", BUYER)
    assert record is not None and record["rev"] == 1  # the indexer's cost on the store: one write a month
    views.views["00000009-m"] = _billingo_view("00000009-m", "2025-04-01")
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "00000009-m"})
    assert (records.get("acme", BUYER) or {}).get("rev") == 2
