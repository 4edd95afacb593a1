"""Issue 15: one ``invoice.archived`` (and ``invoice.held``) audit entry per version, whatever crashes —
the real ``AuditLog`` over an in-memory collection. An outside run killed FerretDB between the audit
write and the version record, and the replay wrote the entry a second time."""

from __future__ import annotations

from typing import Any

import pytest
from pymongo.errors import AutoReconnect

from services.adapters.mongo import AuditLog
from services.core.audit_chain import verify_chain
from services.core.errors import StorageUnavailableError
from services.core.keys import audit_entry_id
from tests.unit.web.fakes import FakeDb

SHA = "c" * 64


def _archived(log: AuditLog, target: str = "inv-1", sha: str = SHA, action: str = "invoice.archived") -> None:
    log.append(tenant="acme", actor="pipeline", action=action, target=target,
               details={"version": 1, "sha256": sha, "source": "own_system"})


def _chain(db: FakeDb) -> list[dict[str, Any]]:
    return sorted(db.audit_log.docs.values(), key=lambda e: e["seq"])


@pytest.mark.parametrize("action", ["invoice.archived", "invoice.held"])
def test_a_replayed_append_of_a_once_per_version_entry_writes_nothing(action: str) -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log, action=action)
    _archived(log, action=action)  # the archive step replayed: the version record was never written
    entries = _chain(db)
    assert [e["action"] for e in entries] == [action]
    assert verify_chain(entries).explain() == "1 entries, chain intact"


def test_another_version_or_invoice_or_an_ordinary_act_is_a_new_entry() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log)
    _archived(log, sha="d" * 64)  # a corrected PDF: version 2
    _archived(log, target="inv-2")
    for _ in range(2):  # a person opening a PDF twice did it twice
        log.append(tenant="acme", actor="u1", action="invoice.pdf_read", target="inv-1", details={"sha256": SHA})
    assert [e["action"] for e in _chain(db)] == ["invoice.archived"] * 3 + ["invoice.pdf_read"] * 2


def test_a_claim_whose_append_never_happened_does_not_swallow_the_entry() -> None:
    """The store died after the key was claimed and before the entry was written: the replay writes it."""
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    real_insert = db.audit_log.insert_many

    def down(docs: list[dict[str, Any]], ordered: bool = True) -> None:
        raise AutoReconnect("connection closed")

    db.audit_log.insert_many = down  # type: ignore[method-assign]
    with pytest.raises(StorageUnavailableError):
        _archived(log)
    assert db.audit_keys.docs and not db.audit_log.docs
    db.audit_log.insert_many = real_insert  # type: ignore[method-assign]
    _archived(log)
    _archived(log)
    assert [e["action"] for e in _chain(db)] == ["invoice.archived"]


def test_the_key_is_kept_beside_the_entry_and_outside_its_hash() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log)
    [entry] = _chain(db)
    assert entry["entry_key"] == audit_entry_id("acme", "invoice.archived", "inv-1", SHA)
    unkeyed = {k: v for k, v in entry.items() if k != "entry_key"}
    assert verify_chain([unkeyed]).explain() == "1 entries, chain intact"


def _spy_filters(db: FakeDb) -> list[dict[str, Any]]:
    """Record every filter the log passes to ``audit_log.find_one``; ``find`` is not expected at all."""
    seen: list[dict[str, Any]] = []
    real = db.audit_log.find_one
    db.audit_log.find = lambda *a, **k: pytest.fail(f"audit_log.find{a}")  # type: ignore[method-assign]

    def spy(query: dict[str, Any], *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        seen.append(query)
        return real(query, *args, **kwargs)

    db.audit_log.find_one = spy  # type: ignore[method-assign]
    return seen


def test_a_replay_a_lost_head_cache_and_a_page_read_entries_by_id_only() -> None:
    """Issue 11: the append path reads the chain by ``_id`` (FerretDB scans any other filter)."""
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    for n in range(11):
        _archived(log, target=f"inv-{n}")
    seen = _spy_filters(db)
    _archived(log, target="inv-3")  # a replay: the claim names the seq to look at
    db.audit_heads.docs.clear()  # no cached head (older data): found by probing seqs
    _archived(log, target="inv-new")
    assert [e["seq"] for e in _chain(db)] == list(range(1, 13))
    assert verify_chain(_chain(db)).explain() == "12 entries, chain intact"
    page = log.seq_range("acme", 3, 5, newest_first=True)  # a page of the audit log
    assert [e["seq"] for e in page] == [5, 4, 3] and "_id" not in page[0]
    assert seen and all(set(q) == {"_id"} for q in seen)


def test_a_claim_from_before_claims_named_their_seq_is_still_found_in_the_chain() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log)
    for claim in db.audit_keys.docs.values():  # as the previous release wrote them
        claim.pop("names_seq"), claim.pop("seq")
    _archived(log)
    assert [e["action"] for e in _chain(db)] == ["invoice.archived"]


def _act(log: AuditLog, n: int) -> None:
    log.append(tenant="acme", actor="u1", action="invoice.pdf_read", target=f"inv-{n}", details={})


def test_two_processes_appending_in_turn_keep_one_chain() -> None:
    """Each process remembers the entry it wrote last; the other's entries in between are found at insert."""
    db = FakeDb()
    pipeline, api = AuditLog(db), AuditLog(db)  # type: ignore[arg-type]
    for n in range(6):
        _act(pipeline if n % 3 else api, n)
    entries = _chain(db)
    assert [e["seq"] for e in entries] == [1, 2, 3, 4, 5, 6]
    assert verify_chain(entries).explain() == "6 entries, chain intact"


def test_an_append_after_its_last_entry_was_cut_from_the_log_continues_the_log_as_it_is() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    for n in range(4):
        _act(log, n)
    del db.audit_log.docs["acme:4"], db.audit_log.docs["acme:3"]  # the entries this process wrote last
    _act(log, 9)
    entries = _chain(db)
    assert [e["seq"] for e in entries] == [1, 2, 3]
    assert verify_chain(entries).explain() == "3 entries, chain intact"


def test_the_next_append_reads_one_entry_not_the_head_and_its_neighbours() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _act(log, 0)
    reads: list[Any] = []
    find_one = db.audit_log.find_one
    db.audit_log.find_one = lambda q, *a, **k: (reads.append(q["_id"]), find_one(q, *a, **k))[1]  # type: ignore[method-assign]
    db.audit_heads.find_one = lambda *a, **k: pytest.fail("the cached head was read")  # type: ignore[method-assign]
    _act(log, 1)
    assert reads == ["acme:1"]
