"""The store reads, updates and deletes by ``_id`` through the ``_id`` index (issue 11).

FerretDB 1.24.2's SQLite backend built the ``_id`` index on one spelling of the expression and looked
documents up by another, so SQLite scanned the whole table for every ``_id`` operation: 2 s a lookup at
100 000 invoices. ``deploy/local/install.sh`` builds FerretDB with the two spellings made the same.
FerretDB's ``explain`` returns SQLite's own query plan, so this asks SQLite which way it goes: a
FerretDB built without the fix answers ``SCAN`` and fails here."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pymongo.database import Database

from services.adapters.mongo import InvoiceRepo
from services.adapters.payment_store import LinkStore, PaymentStore, backfill_lists


@pytest.fixture()
def scratch(db: Database[dict[str, Any]]) -> Iterator[Database[dict[str, Any]]]:
    """An empty database of the test's own, dropped after it."""
    database = db.client[f"idindex_{uuid.uuid4().hex[:12]}"]
    yield database
    db.client.drop_database(database.name)


@pytest.mark.parametrize("collection", ["invoices", "invoice_versions", "audit_log", "payment_state"])
def test_an_id_lookup_is_an_index_search_not_a_scan(scratch: Database[dict[str, Any]], collection: str) -> None:
    scratch[collection].insert_many([{"_id": f"doc-{i}", "tenant": "t", "n": i} for i in range(50)])
    answer = scratch.command("explain", {"find": collection, "filter": {"_id": "doc-7"}},
                             verbosity="queryPlanner")
    plan = " ".join(str(step) for step in answer["queryPlanner"]["Plan"])
    assert answer.get("filterPushdown") is True, answer
    assert "USING INDEX" in plan and "__id_" in plan, plan
    assert "SCAN" not in plan, plan
    assert scratch[collection].find_one({"_id": "doc-7"})["n"] == 7
    assert scratch[collection].find_one({"_id": "doc-missing"}) is None


def test_versions_are_read_through_the_invoices_list_and_an_older_invoice_gets_its_list_once(
        scratch: Database[dict[str, Any]]) -> None:
    repo = InvoiceRepo(scratch)
    repo.record_version({"_id": "new:h2", "invoice_id": "new", "version": 2, "sha256": "h2"})
    repo.record_version({"_id": "new:h1", "invoice_id": "new", "version": 1, "sha256": "h1"})
    assert [r["version"] for r in repo.versions("new")] == [1, 2]
    assert scratch.version_lists.find_one({"_id": "new"})["records"] == ["new:h2", "new:h1"]
    # Archived before the lists existed: a view and records, no list.
    scratch.invoices.insert_one({"_id": "old", "tenant": "t", "current_version": 2})
    scratch.invoice_versions.insert_many([{"_id": f"old:h{n}", "invoice_id": "old", "version": n,
                                           "sha256": f"h{n}"} for n in (2, 1)])
    assert [r["version"] for r in repo.versions("old")] == [1, 2]
    assert sorted(scratch.version_lists.find_one({"_id": "old"})["records"]) == ["old:h1", "old:h2"]
    assert repo.versions("missing") == [] and scratch.version_lists.find_one({"_id": "missing"}) is None


def test_write_backs_and_links_are_read_through_lists_once_stack_init_listed_the_older_ones(
        scratch: Database[dict[str, Any]]) -> None:
    at = datetime(2026, 3, 1, tzinfo=UTC)
    # Written before the lists existed: the documents alone.
    scratch.payment_writebacks.insert_one({"_id": "p1", "invoice_id": "inv", "at": at, "outcome": "failed"})
    scratch.invoice_links.insert_one({"_id": "l1", "tenant": "t", "from_invoice_id": "inv",
                                      "to_invoice_id": "orig"})
    payments, links = PaymentStore(scratch), LinkStore(scratch)
    assert [w["_id"] for w in payments.writebacks("inv")] == ["p1"]  # the old filter, until listed
    assert backfill_lists(scratch) == 2 and backfill_lists(scratch) == 0
    payments.save_writeback({"_id": "p2", "invoice_id": "inv", "at": at + timedelta(hours=1), "outcome": "ok"})
    links.save({"_id": "l2", "tenant": "t", "from_invoice_id": "other", "to_invoice_id": "orig"})
    payments, links = PaymentStore(scratch), LinkStore(scratch)  # a new process: lists from the mark
    assert payments.writeback_lists.complete()
    assert [w["_id"] for w in payments.writebacks("inv")] == ["p2", "p1"]  # newest first
    assert links.of("t", "inv") == ([scratch.invoice_links.find_one({"_id": "l1"})], [])
    assert sorted(d["_id"] for d in links.of("t", "orig")[1]) == ["l1", "l2"]
    assert links.of("someone-else", "orig") == ([], [])  # another tenant's links stay theirs
    scratch.invoice_links.delete_many({})  # a listed id whose document is gone is read past
    assert links.of("t", "orig") == ([], [])
