"""The audit log writes the appends one process makes side by side as a group: one head read, one
insert of the claims, one insert of the entries chained in order, one head update — and the chain,
the claims and the once-per-version guarantee stay what they were for one append at a time."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from pymongo.errors import BulkWriteError

from services.adapters.mongo import AuditLog
from services.core.audit_chain import verify_chain
from services.core.errors import StorageRejectedError
from services.core.keys import audit_entry_id
from tests.unit.web.fakes import FakeDb


class CountingDb(FakeDb):
    """Counts each collection call as the round trip it would be."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: Counter[tuple[str, str]] = Counter()

    def __getitem__(self, name: str) -> Any:
        collection = super().__getitem__(name)
        if not getattr(collection, "_counted", False):
            for method in ("find_one", "insert_one", "insert_many", "replace_one", "update_one", "bulk_write"):
                setattr(collection, method, self._counting(name, method, getattr(collection, method)))
            collection._counted = True  # type: ignore[attr-defined]
        return collection

    def _counting(self, name: str, method: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[(name, method)] += 1
            return call(*args, **kwargs)
        return counted


class _Plain:
    """A collection whose ``insert_many`` is the plain one (another process's view of the store)."""

    def __init__(self, collection: Any, insert_many: Callable[..., None]) -> None:
        self._collection, self.insert_many = collection, insert_many

    def __getattr__(self, name: str) -> Any:
        return getattr(self._collection, name)


def _archived(log: AuditLog, n: int, sha: str = "c" * 64) -> None:
    log.append(tenant="acme", actor="pipeline", action="invoice.archived", target=f"inv-{n}",
               details={"version": 1, "sha256": sha, "source": "own_system"})


def _chain(db: FakeDb) -> list[dict[str, Any]]:
    return sorted(db.audit_log.docs.values(), key=lambda e: e["seq"])


def _side_by_side(db: FakeDb, log: AuditLog, calls: list[Callable[[], None]]) -> list[BaseException | None]:
    """Run ``calls`` in threads: the first one's entry insert is held until all the others wait behind
    it, so they are written as one group."""
    insert_many = db.audit_log.insert_many
    release, first = threading.Event(), threading.Event()

    def held(docs: list[dict[str, Any]], ordered: bool = True) -> None:
        if not first.is_set():
            first.set()
            release.wait(5)
        insert_many(docs, ordered=ordered)

    db.audit_log.insert_many = held  # type: ignore[method-assign]
    outcomes: list[BaseException | None] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            calls[i]()
        except BaseException as exc:  # each caller's own outcome
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    threads[0].start()
    assert first.wait(5)
    for t in threads[1:]:
        t.start()
    deadline = time.monotonic() + 5
    while len(log._appends._groups["acme"]._queue) < len(calls) - 1:
        assert time.monotonic() < deadline, "the callers did not queue"
        time.sleep(0.001)
    release.set()
    for t in threads:
        t.join(5)
    db.audit_log.insert_many = insert_many  # type: ignore[method-assign]
    return outcomes


def test_sixteen_appends_side_by_side_are_one_intact_chain_in_two_groups_of_four_round_trips() -> None:
    db = CountingDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log, 0)  # the head is known: the next groups read only the entry written last
    db.calls.clear()
    assert _side_by_side(db, log, [lambda n=n: _archived(log, n) for n in range(1, 17)]) == [None] * 16
    entries = _chain(db)
    assert [e["seq"] for e in entries] == list(range(1, 18))
    assert verify_chain(entries).explain() == "17 entries, chain intact"
    assert sorted(e["target"] for e in entries) == sorted(f"inv-{n}" for n in range(17))
    # two groups (the first caller alone, then the fifteen behind it), four round trips each
    assert db.calls == Counter({("audit_log", "find_one"): 2, ("audit_keys", "insert_many"): 2,
                                ("audit_log", "insert_many"): 2, ("audit_heads", "replace_one"): 2})
    for entry in entries:  # every claim names the seq its entry took, so a replay reads one entry
        claim = db.audit_keys.docs[f"acme:{entry['entry_key']}"]
        assert claim["seq"] == entry["seq"] and claim["names_seq"] is True


def test_a_replay_inside_a_group_writes_nothing_and_the_others_chain_on_without_a_gap() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    for n in range(3):
        _archived(log, n)
    calls = [lambda: _archived(log, 9), lambda: _archived(log, 1), lambda: _archived(log, 10),
             lambda: _archived(log, 2), lambda: _archived(log, 11)]
    assert _side_by_side(db, log, calls) == [None] * 5  # inv-1 and inv-2 are replays
    entries = _chain(db)
    assert [e["target"] for e in entries][:3] == ["inv-0", "inv-1", "inv-2"]
    assert sorted(e["target"] for e in entries[3:]) == ["inv-10", "inv-11", "inv-9"]
    assert verify_chain(entries).explain() == "6 entries, chain intact"
    for n in (0, 1, 2, 9, 10, 11):  # and every one replays to nothing again, the renumbered ones too
        _archived(log, n)
    assert len(_chain(db)) == 6


def test_the_same_fact_twice_in_one_group_is_one_entry() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log, 0)
    assert _side_by_side(db, log, [lambda: _archived(log, 5), lambda: _archived(log, 5),
                                   lambda: _archived(log, 6)]) == [None] * 3
    assert sorted(e["target"] for e in _chain(db)) == ["inv-0", "inv-5", "inv-6"]


def test_an_entry_another_process_wrote_in_between_makes_the_rest_of_the_group_chain_after_it() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log, 0)
    insert_many = db.audit_log.insert_many
    raced = threading.Event()

    def racing(docs: list[dict[str, Any]], ordered: bool = True) -> None:
        if len(docs) > 1 and not raced.is_set():  # a group: the other process takes its second seq first
            raced.set()
            insert_many(docs[:1])
            other_db = FakeDb()
            other_db.collections = db.collections  # the same store, seen by another process
            other_db.collections["audit_log"] = _Plain(db.audit_log, insert_many)
            AuditLog(other_db).append(tenant="acme", actor="api", action="invoice.pdf_read",  # type: ignore[arg-type]
                                      target="inv-0", details={})
            other_db.collections["audit_log"] = db.audit_log
            try:
                insert_many(docs[1:], ordered=ordered)
            except BulkWriteError as exc:  # as one insert of all the docs would report it
                raise BulkWriteError({"writeErrors": [{**e, "index": e["index"] + 1}
                                                      for e in exc.details["writeErrors"]]}) from None
            return
        insert_many(docs, ordered=ordered)

    db.audit_log.insert_many = racing  # type: ignore[method-assign]
    assert _side_by_side(db, log, [lambda n=n: _archived(log, n) for n in range(1, 5)]) == [None] * 4
    entries = _chain(db)
    assert verify_chain(entries).explain() == "6 entries, chain intact"
    assert sorted(e["target"] for e in entries if e["action"] == "invoice.archived") == [
        f"inv-{n}" for n in range(5)]
    for entry in entries:
        if entry.get("entry_key"):
            assert db.audit_keys.docs[f"acme:{entry['entry_key']}"]["seq"] == entry["seq"]
    for n in range(5):
        _archived(log, n)
    assert len(_chain(db)) == 6


def test_an_entry_the_store_refuses_fails_its_own_caller_only() -> None:
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    _archived(log, 0)
    insert_many = db.audit_log.insert_many

    def refusing(docs: list[dict[str, Any]], ordered: bool = True) -> None:
        for index, doc in enumerate(docs):
            if doc["target"] == "inv-bad":
                insert_many(docs[:index])
                raise BulkWriteError({"writeErrors": [{"index": index, "code": 10334, "errmsg": "too large"}]})
        insert_many(docs, ordered=ordered)

    db.audit_log.insert_many = refusing  # type: ignore[method-assign]
    calls = [lambda: _archived(log, 1), lambda: log.append(tenant="acme", actor="p", action="x", target="inv-bad",
                                                            details={}),
             lambda: _archived(log, 2), lambda: _archived(log, 3)]
    outcomes = _side_by_side(db, log, calls)
    assert isinstance(outcomes[1], StorageRejectedError) and outcomes[0] is outcomes[2] is outcomes[3] is None
    entries = _chain(db)
    assert verify_chain(entries).explain() == "4 entries, chain intact"
    assert {e["entry_key"] for e in entries} == {audit_entry_id("acme", "invoice.archived", f"inv-{n}", "c" * 64)
                                                 for n in range(4)}
