"""Appending to the audit log (``adapters/mongo.py`` ``AuditLog.append``), one group at a time.

Appends of one tenant made side by side in this process (the archive stage's batch) are written as a
group (``adapters/group_commit.py``): one read of the head (the entry this process wrote last), one
``insert_many`` of the group's once-per-version claims (``audit_keys``, each naming the seq its entry
is about to take), one ordered ``insert_many`` of its entries chained in order
(``core/audit_chain.chain_entries``), one head update — four round trips for the group instead of five
per entry. Each caller returns once its own entry (or the proof that a replay needs none) is stored.

An entry that records a fact about one invoice version (``ONCE_PER_VERSION``: archived, held) is
written once whatever crashes: keyed by ``core.keys.audit_entry_id``, it is claimed before the entry is
written, and a replay that finds the claim appends only if the entry at the claimed seq does not hold
the key (the claimant died before its append). A crash between the audit write and the version
record, which once left an invoice with two ``invoice.archived`` entries, replays to a no-op. The key
is stored beside the entry (``entry_key``), outside the hash: it finds the entry, it is not evidence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import UpdateOne
from pymongo.database import Database

from services.adapters.group_commit import GroupCommit
from services.adapters.mongo_errors import DUPLICATE_KEY, insert_all, translate_errors
from services.core.audit_chain import chain_entries
from services.core.errors import StorageRejectedError, StorageUnavailableError
from services.core.keys import audit_entry_id

Head = Callable[[str], dict[str, Any] | None]  # the tenant's newest entry, read the long way


# Audit actions that state a fact about one invoice version: one entry per (target, sha256), ever.
ONCE_PER_VERSION = frozenset({"invoice.archived", "invoice.held"})


def once_per_version_key(tenant: str, action: str, target: str, details: dict[str, Any]) -> str | None:
    """The entry's idempotency key when it states a fact about one version, else ``None`` (every
    other entry records an act that may rightly happen twice)."""
    sha256 = details.get("sha256")
    if action not in ONCE_PER_VERSION or not isinstance(sha256, str) or not sha256:
        return None
    return audit_entry_id(tenant, action, target, sha256)


@dataclass(frozen=True)
class _Draft:
    """One ``append`` waiting for its group (``_append_group``): the entry's fields and, for a fact
    about one version, its idempotency key."""

    actor: str
    action: str
    target: str
    details: dict[str, Any]
    key: str | None

    def fields(self) -> dict[str, Any]:
        return {"actor": self.actor, "action": self.action, "target": self.target, "details": self.details}


class AuditAppends:
    """The append side of one ``AuditLog``: a group writer per tenant, and the entry written last."""

    def __init__(self, db: Database[dict[str, Any]], head: Head) -> None:
        self.db, self._head = db, head
        # One writer per tenant in this process: appenders racing for the same head would mostly lose
        # and read it again. Other processes still meet at the unique ``_id``.
        self._groups: dict[str, GroupCommit[_Draft]] = {}
        self._groups_lock = threading.Lock()
        # The last entry this process wrote, per tenant: while it is still in the log, the next group
        # reads that one entry instead of the cached head, the entry it names and the one after it
        # (the append is the archive stage's serial part). An entry another process wrote after it
        # shows as a duplicate ``_id`` on insert, and that attempt reads the head the long way.
        self._last: dict[str, dict[str, Any]] = {}

    def _entry(self, tenant: str, seq: int) -> dict[str, Any] | None:
        with translate_errors("read audit entry"):
            return self.db.audit_log.find_one({"_id": f"{tenant}:{seq}"})

    def append(self, *, tenant: str, actor: str, action: str, target: str, details: dict[str, Any]) -> None:
        key = once_per_version_key(tenant, action, target, details)
        with self._groups_lock:
            group = self._groups.get(tenant)
            if group is None:
                group = self._groups[tenant] = GroupCommit(lambda drafts: self._append_group(tenant, drafts))
        group.submit(_Draft(actor, action, target, details, key))

    def _append_group(self, tenant: str, drafts: list[_Draft]) -> list[BaseException | None]:
        """Write ``drafts`` after the tenant's head; each one's outcome. The common case is four round
        trips whatever the group's size; a replay, or another process's entry taking a seq first,
        costs more for the entries concerned."""
        head = self._last_written(tenant) or self._head(tenant)
        at = datetime.now(UTC).isoformat()
        keys = [d.key for d in drafts]  # the same fact twice in one group (two callers at once): stored once
        todo = [i for i, key in enumerate(keys) if key is None or key not in keys[:i]]
        entries = chain_entries(head, [drafts[i].fields() for i in todo], tenant=tenant, at=at)
        replays = self._claim(tenant, [(drafts[i].key, e["seq"]) for i, e in zip(todo, entries, strict=True)
                                       if drafts[i].key])
        if replays:  # a claim was there before us: its entry may be stored (nothing to do) or not
            todo = [i for i in todo if drafts[i].key not in replays or not self._claimed_entry_stored(tenant,
                                                                                                    drafts[i].key)]
            entries = chain_entries(head, [drafts[i].fields() for i in todo], tenant=tenant, at=at)
            self._renumber_claims(tenant, [(drafts[i].key, e["seq"]) for i, e in zip(todo, entries, strict=True)
                                           if drafts[i].key])
        for i, entry in zip(todo, entries, strict=True):
            entry["_id"] = f"{tenant}:{entry['seq']}"
            if drafts[i].key is not None:
                entry["entry_key"] = drafts[i].key
        written = self._insert_chained(tenant, entries)
        outcomes: list[BaseException | None] = [None] * len(drafts)
        for i in todo[written:]:  # another process took a seq first, or the store refused this entry
            try:
                self._append_alone(tenant, drafts[i])
            except Exception as exc:
                outcomes[i] = exc
        return outcomes

    def _claim(self, tenant: str, claims: list[tuple[str | None, int]]) -> set[str]:
        """Claim each key, naming the seq its entry is about to take; the keys claimed before."""
        if not claims:
            return set()
        docs = [{"_id": f"{tenant}:{key}", "at": datetime.now(UTC), "names_seq": True, "seq": seq}
                for key, seq in claims]
        with translate_errors("claim audit entry keys"):
            refused = insert_all(self.db.audit_keys, docs, ordered=False)
        if any(code != DUPLICATE_KEY for code in refused.values()):
            raise StorageRejectedError(f"MongoDB: claim audit entry keys: {sorted(set(refused.values()))}")
        return {str(claims[i][0]) for i in refused}

    def _renumber_claims(self, tenant: str, claims: list[tuple[str | None, int]]) -> None:
        """Point claims at the seqs their entries take now (before those entries are written)."""
        if claims:
            with translate_errors("note audit entry claims"):
                self.db.audit_keys.bulk_write([UpdateOne({"_id": f"{tenant}:{key}"}, {"$set": {"seq": seq}})
                                               for key, seq in claims], ordered=False)

    def _insert_chained(self, tenant: str, entries: list[dict[str, Any]]) -> int:
        """Insert the entries in order, then move the cached head; how many were written (those after
        the first one the store refused — a seq another process took — are not)."""
        if not entries:
            return 0
        with translate_errors("append audit entries"):
            refused = insert_all(self.db.audit_log, entries, ordered=True)
        written = len(entries) - len(refused)
        if refused:
            self._last.pop(tenant, None)
        if written:
            last = entries[written - 1]
            self._last[tenant] = {"_id": last["_id"], "seq": last["seq"], "hash": last["hash"]}
            with translate_errors("move audit head"):
                self.db.audit_heads.replace_one({"_id": tenant}, {"_id": tenant, "seq": last["seq"]}, upsert=True)
        if len(entries) == 1 and refused and refused[0] != DUPLICATE_KEY:
            raise StorageRejectedError(f"MongoDB: append audit entry: error code {refused[0]}")
        return written

    def _append_alone(self, tenant: str, draft: _Draft) -> None:
        """One entry whose key (if any) is claimed already, on the head as it is now: the way out of
        a group that lost a seq to another process."""
        for _ in range(20):
            head = self._head(tenant)
            [entry] = chain_entries(head, [draft.fields()], tenant=tenant, at=datetime.now(UTC).isoformat())
            entry["_id"] = f"{tenant}:{entry['seq']}"
            if draft.key is not None:
                entry["entry_key"] = draft.key
                self._renumber_claims(tenant, [(draft.key, int(entry["seq"]))])
            if self._insert_chained(tenant, [entry]):
                return
        raise StorageUnavailableError("audit log: too much contention appending an entry")

    def _last_written(self, tenant: str) -> dict[str, Any] | None:
        """The entry this process last appended for ``tenant``, if the log still holds it unchanged
        (a log cut or altered by hand is read the long way, ``_head``)."""
        last = self._last.get(tenant)
        if last is None:
            return None
        with translate_errors("read audit head"):
            stored = self.db.audit_log.find_one({"_id": last["_id"]}, {"hash": 1})
        return last if stored is not None and stored.get("hash") == last["hash"] else None

    def _claimed_entry_stored(self, tenant: str, key: str | None) -> bool:
        """``True`` when the entry an earlier claim of ``key`` was for is in the chain. The claim
        names the seq its claimant was about to write, so the lookup is one entry by ``_id``: it
        holds this key, or the claimant died before its append."""
        with translate_errors("read audit entry claim"):
            claim = self.db.audit_keys.find_one({"_id": f"{tenant}:{key}"}) or {}
        if not claim.get("names_seq"):
            return self._legacy_appended_before(tenant, str(key))
        if "seq" not in claim:
            return False  # the claimant died before its first attempt
        entry = self._entry(tenant, int(claim["seq"]))
        return entry is not None and entry.get("entry_key") == key

    def _legacy_appended_before(self, tenant: str, key: str) -> bool:
        """A claim written before claims named their seq: only the chain can say (a scan on FerretDB,
        for a replay of an invoice version claimed before the upgrade)."""
        with translate_errors("find audit entry by key"):
            return self.db.audit_log.find_one({"tenant": tenant, "entry_key": key}, {"_id": 1}) is not None
