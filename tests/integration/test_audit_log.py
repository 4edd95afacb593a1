"""The audit log's cached head: appends chain correctly, also when the cache is stale or missing; pages and
batches of a chain are seq ranges."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pymongo.database import Database

from services.adapters.mongo import AuditLog
from services.core.audit_chain import newest_first_page, verify_chain
from services.web.presentation import paginate


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
    entries = list(log.stream(tenant, up_to=log.head_seq(tenant)))
    assert [e["seq"] for e in entries] == list(range(1, 23))
    assert verify_chain(entries).explain() == "22 entries, chain intact"
    assert db.audit_heads.find_one({"_id": tenant})["seq"] == 22


def filled_audit_log(db: Database[dict[str, Any]], count: int) -> tuple[AuditLog, str]:
    tenant = "audit" + uuid.uuid4().hex[:8]
    log = AuditLog(db)
    for i in range(count):
        log.append(tenant=tenant, actor="t", action="test", target=f"inv-{i % 3}", details={"i": i})
    return log, tenant


def test_pages_of_a_long_chain_are_newest_first_seq_ranges_and_batches_cover_it(
        db: Database[dict[str, Any]]) -> None:
    log, tenant = filled_audit_log(db, 120)
    total = log.head_seq(tenant)
    assert total == 120 and log.head_seq("audit-nobody") == 0
    first_page = log.seq_range(tenant, *newest_first_page(total, 0, 50), newest_first=True)
    assert [e["seq"] for e in first_page] == list(range(120, 70, -1))
    last = paginate(total, 99, 50)
    assert last.page == 3
    last_page = log.seq_range(tenant, *newest_first_page(total, last.skip, 50), newest_first=True)
    assert [e["seq"] for e in last_page] == list(range(20, 0, -1))
    assert all(e["tenant"] == tenant and "_id" not in e for e in first_page + last_page)
    streamed = list(log.stream(tenant, up_to=total, batch_size=7))  # 18 batches, the last one short
    assert [e["seq"] for e in streamed] == list(range(1, 121))
    assert verify_chain(log.stream(tenant, up_to=total, batch_size=7)).explain() == "120 entries, chain intact"


def test_an_invoice_trail_pages_by_seq_after_the_last_one_seen(db: Database[dict[str, Any]]) -> None:
    log, tenant = filled_audit_log(db, 12)  # inv-1 holds seqs 2, 5, 8, 11
    assert [e["seq"] for e in log.trail(tenant, "inv-1", limit=3)] == [2, 5, 8]
    assert [e["seq"] for e in log.trail(tenant, "inv-1", after_seq=8, limit=3)] == [11]
    assert [e["details"]["i"] for e in log.trail(tenant, "inv-1")] == [1, 4, 7, 10]


def test_two_processes_appending_groups_side_by_side_with_replays_keep_one_entry_per_version(
        db: Database[dict[str, Any]]) -> None:
    """Two logs (two worker processes) append in groups from many threads each, then replay every fact
    mixed with new ones: FerretDB refuses a group's seq the other took first, and each fact is stored once."""
    tenant = "audit" + uuid.uuid4().hex[:8]
    logs = [AuditLog(db), AuditLog(db)]

    def archived(i: int) -> None:
        logs[i % 2].append(tenant=tenant, actor="pipeline", action="invoice.archived", target=f"inv-{i}",
                           details={"version": 1, "sha256": f"{i:064d}"})

    with ThreadPoolExecutor(16) as pool:
        list(pool.map(archived, range(30)))
        list(pool.map(archived, [n for i in range(30) for n in (i, i + 30)]))  # replays of 0‥29, new 30‥59
    entries = list(logs[0].stream(tenant, up_to=logs[0].head_seq(tenant)))
    assert sorted(e["target"] for e in entries) == sorted(f"inv-{n}" for n in range(60))
    assert verify_chain(entries).explain() == "60 entries, chain intact"
    for entry in entries:  # every claim names its entry's seq, so the next replay reads one entry
        assert db.audit_keys.find_one({"_id": f"{tenant}:{entry['entry_key']}"})["seq"] == entry["seq"]
