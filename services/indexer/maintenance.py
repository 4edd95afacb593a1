"""``szamlatar index rebuild`` and ``index verify``: the index from the store again, and what differs.

A rebuild fills a new generation beside the live one (search keeps answering from the live one),
catches up on what the indexer took meanwhile, and swaps it in; the indexer follows the swap and
catches up once more (``handler.LiveWriter.follow``). With ``--tenant`` only that tenant is read from
the store; the other tenants' documents are copied from the live generation.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from services.adapters.client_records import ClientRecords
from services.adapters.invoice_views import InvoiceViews
from services.adapters.search_index import SearchIndex
from services.adapters.tantivy_index import (
    TantivyIndexWriter,
    TantivySearchIndex,
    current_generation,
    ids_indexed_since,
    new_generation,
    swap_generation,
    write_rebuild_mark,
)
from services.core.search_index import IndexDocument, IndexQuery, index_document, view_version

BATCH = 1000
Progress = Callable[[int], None]  # called with how many more invoices are done


@dataclass
class RebuildReport:
    generation: str
    from_store: int = 0
    copied: int = 0
    caught_up: int = 0


def _batches(items: Iterable[IndexDocument], size: int = BATCH) -> Iterator[list[IndexDocument]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def rebuild(views: InvoiceViews, root: Path, *, tenant: str | None = None,
            progress: Progress = lambda _: None) -> RebuildReport:
    started = datetime.now(UTC)
    live = current_generation(root)
    fresh = new_generation(root)
    write_rebuild_mark(fresh, int(started.timestamp() * 1_000_000))
    report = RebuildReport(generation=fresh.name)
    writer = TantivyIndexWriter(fresh)
    try:
        if tenant is not None:
            others = (d for d in TantivySearchIndex(root).documents(IndexQuery(())) if d.get("tenant") != [tenant])
            for batch in _batches(others):
                writer.add_new(batch)
                report.copied += len(batch)
        docs = (index_document(v, indexed_at=started) for v in views.stream(tenant))
        for batch in _batches(docs):
            writer.add_new(batch)
            report.from_store += len(batch)
            progress(len(batch))
        writer.commit()
        # What the indexer took into the live generation since this rebuild began reading the store.
        missed = ids_indexed_since(live, int(started.timestamp() * 1_000_000) - 5_000_000)
        fresh_views = (views.for_index(i) for i in missed)
        report.caught_up = writer.upsert(index_document(v, indexed_at=started) for v in fresh_views if v is not None)
    finally:
        writer.close()
    swap_generation(root, fresh)
    _drop_older_than(root, live)
    return report


def _drop_older_than(root: Path, keep: Path) -> None:
    """Generations before ``keep`` (the one just replaced, which the indexer may still catch up from)."""
    def number(p: Path) -> int:
        return int(p.name[4:]) if p.name[4:].isdigit() else -1
    for path in root.glob("gen-*"):
        if number(path) < number(keep):
            shutil.rmtree(path, ignore_errors=True)  # a reader still on it keeps its open files


@dataclass
class VerifyReport:
    store: int = 0
    index: int = 0
    missing: list[str] = field(default_factory=list)  # in the store, not in the index
    extra: list[str] = field(default_factory=list)  # in the index, not in the store
    stale: list[str] = field(default_factory=list)  # indexed from an older state than the store's

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.stale)


def verify(views: InvoiceViews, index: SearchIndex, *, tenant: str | None = None,
           progress: Progress = lambda _: None) -> VerifyReport:
    indexed: dict[str, int] = dict(index.all_ids(tenant))
    report = VerifyReport(index=len(indexed))
    seen: set[str] = set()
    for doc in views.stream_versions(tenant):
        report.store += 1
        progress(1)
        key = str(doc["_id"])
        seen.add(key)
        version = indexed.get(key)
        if version is None:
            report.missing.append(key)
        elif version < view_version(doc):
            report.stale.append(key)
    report.extra = sorted(set(indexed) - seen)
    return report


def describe(report: VerifyReport, *, show: int = 20) -> list[str]:
    lines = [f"store: {report.store} invoices, index: {report.index} documents"]
    for name, ids in (("missing from the index", report.missing), ("in the index, not in the store", report.extra),
                      ("indexed from an older state", report.stale)):
        if ids:
            more = f" (first {show})" if len(ids) > show else ""
            lines.append(f"{name}: {len(ids)}{more}: {', '.join(sorted(ids)[:show])}")
    lines.append("index and store agree" if report.ok else "index and store DIFFER")
    return lines



@dataclass
class BackfillReport:
    invoices: int = 0
    changed: int = 0  # client records created or enriched (a second run changes none)
    references: int = 0


def backfill_clients(views: InvoiceViews, records: ClientRecords, *, tenant: str | None = None,
                     progress: Progress = lambda _: None) -> BackfillReport:
    """Client records for the invoices archived before the indexer kept them: one pass over the store's
    views, each counterparty merged as the indexer merges it, then the reference clients. Idempotent:
    what is already recorded is read and not written again."""
    report = BackfillReport()
    for view in views.stream(tenant):
        report.invoices += 1
        report.changed += records.record_counterparty(view)
        progress(1)
    for reference in records.reference_clients(tenant):
        if reference.get("kind", "client") == "client" and reference.get("name"):
            report.references += 1
            report.changed += records.record_reference(reference)
    return report
