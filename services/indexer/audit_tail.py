"""The audit index's feed: each tenant's chain tailed by seq into ``adapters/audit_index.py``.

Every audit entry is in the chain, keyed ``tenant:seq`` with seqs 1‥head without gaps, so the feed
needs no event: each tick reads, per tenant, the seqs after the last one the index holds, by ``_id``,
with the site of each entry's target (the invoice's view, or its review item while it is held, both
by ``_id``), and commits them. A crash replays from the index's last seq — the same documents again.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from services.adapters.audit_index import AuditDoc, AuditIndexWriter
from services.adapters.mongo import AuditLog, MongoDb, translate_errors

logger = logging.getLogger(__name__)
BATCH = 500  # entries per tenant per tick: a long backlog is taken in commits of this size
# Entries whose target's view the indexer's handler is about to read (``TargetSites.remember``): the
# entry is written milliseconds before its event reaches the handler, so a tick that finds it first
# waits one tick for that read rather than read the view itself. The chain is taken in order: the
# tenant's later entries wait that tick too (the trail's unindexed tail is read by ``_id`` meanwhile).
WAIT_FOR_VIEW = frozenset({"invoice.archived"})
SITE_CACHE = 10_000  # targets whose site is remembered (an invoice's entries come in bursts)


class TargetSites:
    """An audit target's site: the invoice's view, else its review item (held, not yet archived),
    else "" (an entry about the tenant, a user, a rule …).

    The indexer's handler reads every archived invoice's view anyway, and hands each to ``remember``
    (same process): an ``invoice.archived`` entry's site is then known without a read of its own, the
    read being left for a tick that comes between the entry and its event (the event follows the
    entry by milliseconds; ticks are ``TICK_SECONDS`` apart). Remembered the same way as a read."""

    def __init__(self, db: MongoDb) -> None:
        self.db = db
        self._known: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()  # the audit tail's thread reads, the consumer's thread remembers

    def __call__(self, target: str) -> str:
        with self._lock:
            if target in self._known:
                self._known.move_to_end(target)
                return self._known[target]
        with translate_errors("read an audit target's site"):
            doc = (self.db.invoices.find_one({"_id": target}, {"site": 1})
                   or self.db.review_queue.find_one({"_id": target}, {"site": 1}) or {})
        if doc:  # "" for a target not found is not remembered: its invoice may arrive later
            self.remember(doc)
        return str(doc.get("site") or "")

    def knows(self, target: str) -> bool:
        with self._lock:
            return target in self._known

    def remember(self, doc: Mapping[str, Any]) -> None:
        """The site of a view (or review item) just read, by its ``_id``."""
        with self._lock:
            self._known[str(doc["_id"])] = str(doc.get("site") or "")
            self._known.move_to_end(str(doc["_id"]))
            if len(self._known) > SITE_CACHE:
                self._known.popitem(last=False)


class AuditTailer:
    def __init__(self, audit: AuditLog, writer: AuditIndexWriter, site_of: TargetSites) -> None:
        self.audit, self.writer, self.site_of = audit, writer, site_of
        self.indexed = 0
        self._done: dict[str, int] = {}  # per tenant, the last seq the index holds
        self._waited: set[tuple[str, int]] = set()  # (tenant, seq) a tick left for the next (WAIT_FOR_VIEW)
        # Per tenant, the entries from the one a tick left for the next: read already, not read again.
        self._ahead: dict[str, list[dict[str, Any]]] = {}

    def tick(self) -> int:
        """Take what the chains gained since the last tick; how many entries were indexed. One read of
        every tenant's cached head per tick, then work only where a chain grew."""
        taken, progress = 0, {}
        for tenant, head in self.audit.cached_heads().items():
            done = self._done.get(tenant)
            if done is None:
                done = self._done[tenant] = self.writer.last_seq(tenant)
            if head <= done:
                continue
            entries = self._entries(tenant, done, min(head, done + BATCH))
            docs = []
            for expected, entry in enumerate(entries, start=done + 1):
                if int(entry["seq"]) != expected:
                    break  # not written yet (a writer between its insert and the head): the next tick
                target = str(entry.get("target") or "")
                if self._wait_for_view(tenant, expected, entry, target):
                    self._ahead[tenant] = _run_from(expected, entries[expected - done - 1:])
                    break
                docs.append(AuditDoc(tenant, expected, target, self.site_of(target) if target else ""))
            taken += self.writer.add(docs)
            progress[tenant] = done + len(docs)
        if taken:
            self.writer.commit()
            self.indexed += taken
        self._done.update(progress)  # only once committed: a failed commit is tried again next tick
        return taken

    def _entries(self, tenant: str, done: int, last: int) -> list[dict[str, Any]]:
        """Entries ``done``+1‥``last``: the ones a wait left read (when they still start right after
        ``done``), the rest each by ``_id``."""
        ahead = [e for e in self._ahead.pop(tenant, []) if int(e["seq"]) <= last]
        if not ahead or int(ahead[0]["seq"]) != done + 1:
            ahead = []
        return ahead + self.audit.at_seqs(tenant, list(range(done + len(ahead) + 1, last + 1)))

    def _wait_for_view(self, tenant: str, seq: int, entry: dict[str, Any], target: str) -> bool:
        """Leave this entry to the next tick (once) while the handler has not read its target's view."""
        if (tenant, seq) in self._waited:
            self._waited.discard((tenant, seq))
            return False
        if not target or entry.get("action") not in WAIT_FOR_VIEW or self.site_of.knows(target):
            return False
        self._waited.add((tenant, seq))
        return True


def _run_from(seq: int, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries at ``seq``, ``seq`` + 1, … for as long as there is no gap."""
    run = []
    for expected, entry in enumerate(entries, start=seq):
        if int(entry["seq"]) != expected:
            break
        run.append(entry)
    return run
