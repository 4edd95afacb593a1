"""The store reads, updates and deletes by ``_id`` through the ``_id`` index (issue 11).

FerretDB 1.24.2's SQLite backend built the ``_id`` index on one spelling of the expression and looked
documents up by another, so SQLite scanned the whole table for every ``_id`` operation: 2 s a lookup at
100 000 invoices. ``deploy/local/install.sh`` builds FerretDB with the two spellings made the same.
FerretDB's ``explain`` returns SQLite's own query plan, so this asks SQLite which way it goes: a
FerretDB built without the fix answers ``SCAN`` and fails here."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from pymongo.database import Database


@pytest.mark.parametrize("collection", ["invoices", "invoice_versions", "audit_log", "payment_state"])
def test_an_id_lookup_is_an_index_search_not_a_scan(db: Database[dict[str, Any]], collection: str) -> None:
    scratch = db.client[f"idindex_{uuid.uuid4().hex[:12]}"]
    try:
        scratch[collection].insert_many([{"_id": f"doc-{i}", "tenant": "t", "n": i} for i in range(50)])
        answer = scratch.command("explain", {"find": collection, "filter": {"_id": "doc-7"}},
                                 verbosity="queryPlanner")
        plan = " ".join(str(step) for step in answer["queryPlanner"]["Plan"])
        assert answer.get("filterPushdown") is True, answer
        assert "USING INDEX" in plan and "__id_" in plan, plan
        assert "SCAN" not in plan, plan
        assert scratch[collection].find_one({"_id": "doc-7"})["n"] == 7
        assert scratch[collection].find_one({"_id": "doc-missing"}) is None
    finally:
        db.client.drop_database(scratch.name)
