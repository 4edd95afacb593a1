"""Issue 11: the audit browsing a site-restricted reader does and an invoice's trail come from the
audit index (fed by tailing each tenant's chain by seq) plus the chain's unindexed tail read by
``_id`` — the same answers as filtering the log, with no filter on ``audit_log``. The real
``AuditLog``, ``TargetSites`` and tailer over an in-memory store, the real Tantivy audit index."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from services.adapters.audit_index import AuditIndex, AuditIndexWriter, AuditQuery, audit_dir
from services.adapters.mongo import AuditLog, InvoiceRepo
from services.adapters.reference_repo import ReviewRepo
from services.core.access import Principal
from services.core.enums import Role
from services.indexer.audit_tail import AuditTailer, TargetSites
from services.indexer.handler import IndexerHandler, LiveWriter
from services.web import audit_reads
from tests.unit.search.test_index_document import view
from tests.unit.search.test_indexer import FakeViews
from tests.unit.web.fakes import FakeDb

SITES = {"inv-bp": "budapest", "inv-db": "debrecen", "held-bp": "budapest"}


def _world(tmp_path: Path) -> tuple[FakeDb, AuditLog, AuditTailer, Any]:
    db = FakeDb()
    for invoice_id, site in SITES.items():
        if invoice_id.startswith("held"):
            db.review_queue.insert_one({"_id": invoice_id, "tenant": "acme", "site": site, "status": "open"})
        else:
            db.invoices.insert_one({"_id": invoice_id, "tenant": "acme", "site": site})
    log = AuditLog(db)  # type: ignore[arg-type]
    tailer = AuditTailer(log, AuditIndexWriter(audit_dir(tmp_path)), TargetSites(db))  # type: ignore[arg-type]
    ports = SimpleNamespace(audit=log, audit_index=AuditIndex(audit_dir(tmp_path)),
                            invoices=InvoiceRepo(db), reviews=ReviewRepo(db))  # type: ignore[arg-type]
    return db, log, tailer, ports


def _act(log: AuditLog, target: str, n: int = 1) -> None:
    for _ in range(n):
        log.append(tenant="acme", actor="anna", action="invoice.pdf_read", target=target, details={})


def _no_filters(db: FakeDb) -> None:
    db.audit_log.find = lambda *a, **k: pytest.fail(f"audit_log.find{a}")  # type: ignore[method-assign]
    db.audit_log.count_documents = lambda *a, **k: pytest.fail("counted")  # type: ignore[method-assign]


def test_the_tailer_takes_each_chain_in_order_and_a_replay_changes_nothing(tmp_path: Path) -> None:
    _, log, tailer, ports = _world(tmp_path)
    for target in ("inv-bp", "tenant:acme", "inv-db", "held-bp"):
        _act(log, target, 2)
    assert tailer.tick() == 8 and tailer.tick() == 0
    assert ports.audit_index.last_seq("acme") == 8
    tailer.writer.add([])  # nothing new: the same documents on a replay
    assert ports.audit_index.seqs(AuditQuery("acme", sites=("budapest",)), newest_first=False,
                                  offset=0, limit=10) == ([1, 2, 7, 8], 4)


def test_a_trail_is_the_log_s_with_the_unindexed_tail_read_by_id(tmp_path: Path) -> None:
    db, log, tailer, ports = _world(tmp_path)
    _act(log, "inv-bp", 3)
    _act(log, "inv-db", 2)
    tailer.tick()
    _act(log, "inv-bp")  # not indexed yet: the reader's own act shows at once
    expected = {t: log.trail("acme", t) for t in ("inv-bp", "inv-db")}
    paged = log.trail("acme", "inv-bp", after_seq=1, limit=2)
    _no_filters(db)
    assert audit_reads.trail(ports, "acme", "inv-bp") == expected["inv-bp"]
    assert [e["seq"] for e in expected["inv-bp"]] == [1, 2, 3, 6]
    assert audit_reads.trail(ports, "acme", "inv-db") == expected["inv-db"]
    assert audit_reads.trail(ports, "acme", "inv-bp", after_seq=1, limit=2) == paged


def test_a_site_restricted_page_is_what_the_log_filtered_by_its_invoices_gives(tmp_path: Path) -> None:
    db, log, tailer, ports = _world(tmp_path)
    for target in ("inv-bp", "tenant:acme", "inv-db", "held-bp", "inv-bp"):
        _act(log, target, 2)
    tailer.tick()
    _act(log, "held-bp")
    _act(log, "inv-db")
    reader = Principal("bela", "acme", Role.FINANCE, sites=("budapest",))
    visible = ["inv-bp", "held-bp"]
    expected = [log.about("acme", visible, skip=skip, limit=3) for skip in (0, 3, 6)]
    _no_filters(db)
    assert [audit_reads.visible_page(ports, reader, skip=skip, limit=3) for skip in (0, 3, 6)] == expected
    assert expected[0][1] == 7


def test_without_an_index_or_far_behind_it_the_log_answers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, log, _, ports = _world(tmp_path)
    _act(log, "inv-bp", 3)  # nothing indexed
    reader = Principal("bela", "acme", Role.FINANCE, sites=("budapest",))
    monkeypatch.setattr(audit_reads, "TAIL_MAX", 2)
    assert audit_reads.visible_page(ports, reader, skip=0, limit=10) is None
    assert audit_reads.trail(ports, "acme", "inv-bp") == log.trail("acme", "inv-bp")
    ports.audit_index = None
    assert audit_reads.trail(ports, "acme", "inv-bp") == log.trail("acme", "inv-bp")


def test_a_view_the_indexer_read_gives_its_audit_entries_their_site_without_a_read(tmp_path: Path) -> None:
    """The indexer handler hands each view it reads to ``TargetSites.remember``; the audit tail's tick
    after an ``invoice.archived`` entry then reads no view of its own."""
    db = FakeDb()
    log = AuditLog(db)  # type: ignore[arg-type]
    sites = TargetSites(db)  # type: ignore[arg-type]
    tailer = AuditTailer(log, AuditIndexWriter(audit_dir(tmp_path / "audit")), sites)
    views = FakeViews()
    views.views["inv-new"] = view("inv-new", site="szeged")
    handler = IndexerHandler(views, LiveWriter(tmp_path / "index"), on_view=sites.remember)  # type: ignore[arg-type]
    log.append(tenant="acme", actor="pipeline", action="invoice.archived", target="inv-new", details={})
    handler.handle({"schema": "invoice.archived.v1", "invoice_id": "inv-new"})
    db.invoices.find_one = lambda *a, **k: pytest.fail(f"invoices.find_one{a}")  # type: ignore[method-assign]
    db.review_queue.find_one = lambda *a, **k: pytest.fail(f"review_queue.find_one{a}")  # type: ignore[method-assign]
    assert tailer.tick() == 1
    assert AuditIndex(audit_dir(tmp_path / "audit")).seqs(AuditQuery("acme", sites=("szeged",)), newest_first=False,
                                                          offset=0, limit=10) == ([1], 1)


def test_a_target_not_yet_remembered_is_still_read(tmp_path: Path) -> None:
    _, log, tailer, ports = _world(tmp_path)
    tailer.site_of.remember({"_id": "other", "site": "szeged"})  # type: ignore[attr-defined]
    _act(log, "inv-db")
    assert tailer.tick() == 1
    assert ports.audit_index.seqs(AuditQuery("acme", sites=("debrecen",)), newest_first=False,
                                  offset=0, limit=10) == ([1], 1)


def test_an_archived_entry_waits_one_tick_for_the_indexers_read_of_its_view(tmp_path: Path) -> None:
    """The entry is written just before its event reaches the indexer's handler: the tick that finds
    it first leaves it (and what follows it) to the next, which reads the view if the handler has not."""
    db, log, tailer, ports = _world(tmp_path)
    reads: list[str] = []
    find_one = db.invoices.find_one
    db.invoices.find_one = lambda q, *a: reads.append(q["_id"]) or find_one(q, *a)  # type: ignore[method-assign]
    log.append(tenant="acme", actor="pipeline", action="invoice.archived", target="inv-bp", details={})
    _act(log, "inv-db")
    entry_reads: list[int] = []
    at_seqs = log.at_seqs
    log.at_seqs = lambda tenant, seqs: entry_reads.extend(seqs) or at_seqs(tenant, seqs)  # type: ignore[method-assign]
    assert tailer.tick() == 0 and reads == []  # waited for the handler
    tailer.site_of.remember({"_id": "inv-bp", "site": "budapest"})  # the handler's read of the view
    assert tailer.tick() == 2 and reads == ["inv-db"]
    assert entry_reads == [1, 2]  # the entries the wait left were kept, not read again
    log.append(tenant="acme", actor="pipeline", action="invoice.archived", target="inv-db2", details={})
    assert tailer.tick() == 0
    assert tailer.tick() == 1 and reads == ["inv-db", "inv-db2"]  # no read by the handler: one tick, then its own
    assert ports.audit_index.last_seq("acme") == 3
