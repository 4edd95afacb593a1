"""One event → the invoice's view read by ``_id`` → its index document upserted and committed.

The event says only *which* invoice changed; what is indexed is always the view as the store holds it
now (with its payment state), so a replayed or reordered event indexes the same document and the
index's version rule (``core/search_index.view_version``) keeps a late, older read from winning.

The index commit comes before the offset commit: by default before the handler returns; in the indexer
process (``deferred``) once for all the records polled since the last commit, by the consumer shell's
``flush`` just before it commits their offsets — a Tantivy commit costs 100–200 ms, so one per event held
the whole pipeline to ~6 invoices/s. A crash before the flush replays the events, which re-index the same documents — no
entry can be lost between the store and the index.

Three things besides the events keep the index right, all on the same writer under one lock:

- a rebuild (``szamlatar index rebuild``) swaps in a new generation; the writer follows it and
  re-indexes the ids it took into the old one since the rebuild began reading the store;
- ``invoice.payment`` is read by status-sync at the same time, which may not have applied it yet:
  the invoice is looked at again a few times over the next minute (``RECHECK_AFTER``);
- an invoice the event names but the store does not hold (yet) is skipped, not retried forever;
- ``invoice.linked`` matters only when a person reassigned the invoice (``changed_by``): the
  downstream worker's copy of every archive would only index the same view a second time.

The same read of the view keeps the counterparty's client record (``adapters/client_records.py``):
every archived invoice's buyer (outgoing) or seller (incoming) becomes, or enriches, a client record,
merged idempotently (a replay writes nothing), before the offsets are committed — so a crash replays
both. Deferred, the records are merged by ``flush`` just after the index commit, not before it: they
are a store read (and now and then a write) per event that search does not wait for, and the index
commit is what makes the batch searchable (issue 15: 202 → searchable).
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.adapters.client_records import ClientRecords
from services.adapters.invoice_views import InvoiceViews
from services.adapters.stage_runner import Output
from services.adapters.tantivy_index import (
    TantivyIndexWriter,
    current_generation,
    ids_indexed_since,
    rebuild_started,
)
from services.core.events import accepted_epoch
from services.core.search_index import index_document, payment_changed_after

logger = logging.getLogger(__name__)
Doc = dict[str, Any]
RECHECK_AFTER = (2.0, 15.0, 60.0)  # seconds after a payment event: status-sync's write-back may take a while
CATCH_UP_MARGIN_MICROS = 5_000_000  # clock steps between a rebuild's start and the indexer's stamps


class LiveWriter:
    """The writer on the live generation of ``root``, following a swap a rebuild makes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.generation = current_generation(root)
        self.writer = TantivyIndexWriter(self.generation)

    def follow(self) -> list[str]:
        """Move to a newly swapped-in generation; the ids the new one may lack (empty: no swap)."""
        live = current_generation(self.root)
        if live == self.generation:
            return []
        old = self.generation
        self.writer.close()
        self.writer = TantivyIndexWriter(live)
        self.generation = live
        started = rebuild_started(live)
        missed = [] if started is None else ids_indexed_since(old, started - CATCH_UP_MARGIN_MICROS)
        logger.info("index: now writing %s (rebuilt); %d invoices to catch up from %s", live.name, len(missed),
                    old.name)
        return missed

    def close(self) -> None:
        self.writer.close()


class IndexerHandler:
    def __init__(self, views: InvoiceViews, writer: LiveWriter, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 monotonic: Callable[[], float] = time.monotonic, clients: ClientRecords | None = None,
                 deferred: bool = False, searchable: Callable[[float], None] | None = None,
                 wall: Callable[[], float] = time.time, on_view: Callable[[Doc], None] | None = None) -> None:
        self.views, self.live, self.clock, self.monotonic = views, writer, clock, monotonic
        self.clients, self.deferred = clients, deferred
        # Seconds from ingest's 202 to searchable, per archived invoice, observed at the commit that
        # makes it so: what a person waits for (issue 15), which the stages' own timings end before.
        self.searchable, self.wall = searchable, wall
        self.on_view = on_view  # each view read, for the audit tail's sites (``audit_tail.TargetSites``)
        self._accepted: list[float] = []  # ingest times of archived invoices upserted, not committed yet
        self.lock = threading.Lock()
        self._rechecks: list[tuple[float, str]] = []
        self._counterparties: list[Doc] = []  # deferred: views whose client record ``flush`` merges
        self.indexed = 0

    async def __call__(self, event: Doc) -> Sequence[Output]:
        await asyncio.to_thread(self.handle, event)
        return []

    def handle(self, event: Doc) -> None:
        if event.get("schema") == "invoice.linked.v1" and not event.get("changed_by"):
            return  # the downstream copy of an archive, indexed from its invoice.archived already
        invoice_id = event["invoice_id"]
        accepted = accepted_epoch(event) if event.get("schema") == "invoice.archived.v1" else None
        missing = self.index_ids([invoice_id], commit=not self.deferred, accepted=accepted)
        if event.get("schema") == "invoice.payment.v1" and not missing:
            # (A payment of an invoice not archived yet needs no second look: its archive event
            # indexes the view, which the archive builds from the stored payment state.)
            now = self.monotonic()
            with self.lock:
                for delay in RECHECK_AFTER:
                    heapq.heappush(self._rechecks, (now + delay, invoice_id))

    def flush(self) -> None:
        """Commit what ``deferred`` events upserted, then merge their counterparties' client records
        (the consumer shell's flush, before their offsets). A failed merge raises after the commit;
        the shell flushes again, which takes up the records not merged yet."""
        with self.lock:
            self._commit()
            while self._counterparties:
                if self.clients is not None:
                    self.clients.record_counterparty(self._counterparties[0])
                self._counterparties.pop(0)

    def index_ids(self, invoice_ids: Iterable[str], *, commit: bool = True, accepted: float | None = None
                  ) -> list[str]:
        """Read each view by ``_id``, upsert what exists, commit (unless the caller flushes later, which
        then also merges the client records); the ids the store does not hold. ``accepted``: the
        ingest time of the archived invoice being indexed, timed to the commit."""
        with self.lock:
            wanted = list(dict.fromkeys([*self.live.follow(), *invoice_ids]))
            now = self.clock()
            docs, missing = [], []
            for invoice_id in wanted:
                view = self.views.for_index(invoice_id)
                if view is None:
                    missing.append(invoice_id)  # a payment ahead of its archive; a removed invoice
                    continue
                if self.on_view is not None:
                    self.on_view(view)
                if self.clients is not None and commit:
                    self.clients.record_counterparty(view)
                elif self.clients is not None:
                    self._counterparties.append(view)
                docs.append(index_document(view, indexed_at=now))
            self.indexed += self.live.writer.upsert(docs)
            if accepted is not None and docs:
                self._accepted.append(accepted)
            if commit:
                self._commit()
        if missing:
            logger.debug("index: %d invoices not in the store, skipped: %s", len(missing), missing[:5])
        return missing

    def _commit(self) -> None:
        """Commit the writer (under ``self.lock``): everything upserted so far becomes searchable now."""
        self.live.writer.commit()
        if self.searchable is not None and self._accepted:
            now = self.wall()
            for since in self._accepted:
                self.searchable(max(0.0, now - since))
        self._accepted.clear()

    def recheck(self, invoice_ids: Sequence[str]) -> None:
        """Index again those of ``invoice_ids`` whose payment state is newer than what is indexed: one
        read by ``_id`` each, the view only when it changed."""
        if not invoice_ids:
            return
        with self.lock:
            indexed = self.live.writer.versions(invoice_ids)
        changed = [i for i in invoice_ids
                   if (state := self.views.payment_state(i)) is not None
                   and payment_changed_after(state, indexed.get(i, 0))]
        if changed:
            self.index_ids(changed)

    def tick(self) -> None:
        """Follow a swapped generation and look again at the invoices whose recheck is due."""
        now = self.monotonic()
        with self.lock:
            due = []
            while self._rechecks and self._rechecks[0][0] <= now:
                due.append(heapq.heappop(self._rechecks)[1])
        if self.live.generation != current_generation(self.live.root):
            self.index_ids([])
        self.recheck(list(dict.fromkeys(due)))
