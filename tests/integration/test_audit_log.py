"""The audit log's cached head: appends chain correctly, also when the cache is stale or missing."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pymongo.database import Database

from services.adapters.mongo import AuditLog
from services.core.audit_chain import verify_chain


def test_concurrent_appends_and_a_stale_head_still_make_one_intact_chain(db: Database[dict[str, Any]]) -> None:
    tenant = "audit" + uuid.uuid4().hex[:8]
    log = AuditLog(db)

    def append(i: int) -> None:
        log.append(tenant=tenant, actor="t", action="test", target=f"x{i}", details={"i": i})

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(append, range(20)))
    db.audit_heads.replace_one({"_id": tenant}, {"_id": tenant, "seq": 3}, upsert=True)  # a crash left it behind
    append(20)
    db.audit_heads.delete_one({"_id": tenant})  # and a tenant from before the cache
    append(21)
    entries = log.entries(tenant)
    assert [e["seq"] for e in entries] == list(range(1, 23))
    assert verify_chain(entries) == (True, "22 entries, chain intact")
    assert db.audit_heads.find_one({"_id": tenant})["seq"] == 22
