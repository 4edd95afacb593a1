"""MongoDB (FerretDB 1.24 compatible) repositories. Only the common subset: find, upsert,
unique/compound indexes; no $lookup/$facet/$text/transactions (DESIGN §5)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, TypeAlias

from prometheus_client import CollectorRegistry
from pymongo import ASCENDING, DESCENDING, MongoClient, ReplaceOne, UpdateOne
from pymongo.database import Database

from services.adapters.audit_appends import AuditAppends
from services.adapters.group_commit import GroupCommit, each_alone
from services.adapters.mongo_errors import bulk_upserts, replace_by_id, translate_errors
from services.adapters.mongo_metrics import command_counter
from services.adapters.settings import Settings
from services.core.audit_chain import seq_batches

__all__ = ["translate_errors"]  # where the other repositories have always imported it from

# The database handle, named here so that repositories outside adapters (the integration slices'
# own) need not import pymongo.
MongoDb: TypeAlias = Database[dict[str, Any]]


def connect(settings: Settings, registry: CollectorRegistry | None = None) -> Database[dict[str, Any]]:
    """The database; with ``registry``, the process's /metrics counts every command the client sends."""
    client: MongoClient[dict[str, Any]] = MongoClient(
        settings.mongo_url, serverSelectionTimeoutMS=5000, connectTimeoutMS=5000, tz_aware=True,
        retryWrites=False,  # FerretDB has no sessions/transactions
        event_listeners=[command_counter(registry)] if registry is not None else [],
    )
    return client[settings.mongo_db]


INDEXES: dict[str, list[tuple[list[tuple[str, int]], dict[str, Any]]]] = {
    "invoices": [
        ([("tenant", ASCENDING), ("issue_date", DESCENDING)], {}),
        ([("tenant", ASCENDING), ("invoice_number", ASCENDING)], {}),
        ([("tenant", ASCENDING), ("client_id", ASCENDING)], {}),
        ([("tenant", ASCENDING), ("gross_amount", ASCENDING)], {}),
        ([("tenant", ASCENDING), ("buyer_tax_number", ASCENDING)], {}),
        ([("search_terms", ASCENDING)], {}),
    ],
    "invoice_versions": [([("invoice_id", ASCENDING), ("version", ASCENDING)], {"unique": True})],
    "clients": [([("tenant", ASCENDING), ("taxpayer_id", ASCENDING)], {})],
    "connections": [([("tenant", ASCENDING)], {})],
    "audit_log": [
        ([("tenant", ASCENDING), ("seq", ASCENDING)], {"unique": True}),
        ([("tenant", ASCENDING), ("target", ASCENDING), ("seq", ASCENDING)], {}),  # an invoice's trail, by pages
        ([("tenant", ASCENDING), ("entry_key", ASCENDING)], {}),  # a replayed once-per-version entry
    ],
    "users": [([("tenant", ASCENDING), ("username", ASCENDING)], {"unique": True})],
    "ui_sessions": [([("expires_at", ASCENDING)], {})],
    # Billing systems (issue 4): imported documents, payment state and its history, write-backs, links.
    "ingest_items": [([("connection_id", ASCENDING), ("received_at", DESCENDING)], {})],
    "payment_history": [([("invoice_id", ASCENDING), ("seq", ASCENDING)], {})],
    "payment_writebacks": [([("invoice_id", ASCENDING), ("at", ASCENDING)], {})],
    "invoice_links": [([("from_invoice_id", ASCENDING)], {}), ([("to_invoice_id", ASCENDING)], {})],
}


def ensure_indexes(db: Database[dict[str, Any]]) -> None:
    with translate_errors("create indexes"):
        for collection, specs in INDEXES.items():
            for keys, options in specs:
                db[collection].create_index(keys, **options)


class InvoiceRepo:
    """Views and version records. The archive stage writes a batch's views, and then its version
    records, side by side: each kind goes to the store as one command per group of callers
    (``adapters/group_commit.py``), each caller returning once its own write is durable."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db
        self._views = GroupCommit(each_alone(self._upsert_views, self._upsert_view))
        self._records = GroupCommit(each_alone(self._record_versions, self._record_version))

    def versions(self, invoice_id: str) -> list[dict[str, Any]]:
        """An invoice's version records, oldest first: the ids its ``version_lists`` document names, each
        read by ``_id`` (FerretDB filters by ``invoice_id`` only by reading the whole collection). An
        invoice archived before the lists existed is found by that filter once, and its list written."""
        with translate_errors("read versions"):
            listed = self.db.version_lists.find_one({"_id": invoice_id})
            if listed is not None:
                records = [self.db.invoice_versions.find_one({"_id": r}) for r in listed.get("records") or ()]
                return sorted((r for r in records if r is not None), key=lambda r: int(r["version"]))
            if self.db.invoices.find_one({"_id": invoice_id}, {"_id": 1}) is None:
                return []  # no such invoice (or only a held first version, which lists itself)
            found = list(self.db.invoice_versions.find({"invoice_id": invoice_id}).sort("version", 1))
            if found:
                self._list(invoice_id, [str(r["_id"]) for r in found])
            return found

    def _list(self, invoice_id: str, record_ids: list[str]) -> None:
        self.db.version_lists.update_one({"_id": invoice_id}, {"$addToSet": {"records": {"$each": record_ids}}},
                                         upsert=True)

    def version(self, invoice_id: str, sha256: str) -> dict[str, Any] | None:
        """One content's version record, by its ``_id`` (``core/stages/archive.version_record``)."""
        with translate_errors("read version"):
            return self.db.invoice_versions.find_one({"_id": f"{invoice_id}:{sha256}"})

    def record_version(self, record: dict[str, Any]) -> None:
        """The record, named first in its invoice's version list (a list naming a record a crash kept
        from being written is read past; the record is the archive stage's commit point)."""
        self._records.submit(record)

    def _record_version(self, record: dict[str, Any]) -> None:
        with translate_errors("record version"):
            self._list(str(record["invoice_id"]), [str(record["_id"])])
            replace_by_id(self.db.invoice_versions, record)

    def _record_versions(self, records: list[dict[str, Any]]) -> None:
        """A group's records: every list first, then every record — each record still after its list."""
        bulk_upserts(self.db.version_lists, [UpdateOne({"_id": r["invoice_id"]}, {"$addToSet": {"records": {
            "$each": [str(r["_id"])]}}}, upsert=True) for r in records], "list versions")
        bulk_upserts(self.db.invoice_versions, [ReplaceOne({"_id": r["_id"]}, r, upsert=True) for r in records],
              "record versions")

    def upsert_view(self, view: dict[str, Any]) -> None:
        self._views.submit(view)

    def _upsert_view(self, view: dict[str, Any]) -> None:
        with translate_errors("upsert invoice"):
            replace_by_id(self.db.invoices, view)

    def _upsert_views(self, views: list[dict[str, Any]]) -> None:
        bulk_upserts(self.db.invoices, [ReplaceOne({"_id": v["_id"]}, v, upsert=True) for v in views],
                     "upsert invoices")

    def get(self, tenant: str, invoice_id: str) -> dict[str, Any] | None:
        with translate_errors("get invoice"):
            # By _id alone, tenant checked here: FerretDB pushes only an _id-only filter down to
            # SQLite; with a second field it decodes the whole collection.
            doc = self.db.invoices.find_one({"_id": invoice_id})
        return doc if doc is not None and doc.get("tenant") == tenant else None

    def search(
        self, query: dict[str, Any], *, skip: int, limit: int
    ) -> tuple[list[dict[str, Any]], int]:
        with translate_errors("search invoices"):
            total = self.db.invoices.count_documents(query)
            cursor = (
                self.db.invoices.find(query, {"search_terms": 0, "invoice.lines": 0})
                .sort([("issue_date", DESCENDING), ("_id", ASCENDING)])
                .skip(skip)
                .limit(limit)
            )
            return list(cursor), total

    def ids(self, query: dict[str, Any]) -> list[str]:
        """The ids of the invoices ``query`` keeps (nothing else is sent)."""
        with translate_errors("list invoice ids"):
            return [str(d["_id"]) for d in self.db.invoices.find(query, {"_id": 1})]

    def latest(self, query: dict[str, Any], *, limit: int) -> list[dict[str, Any]]:
        """The ``limit`` views ``query`` keeps that changed last, newest first (a rules dry run's sample)."""
        with translate_errors("latest invoices"):
            return list(self.db.invoices.find(query).sort("updated_at", DESCENDING).limit(limit))


class ClientRepo:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def by_taxpayer_id(self, tenant: str, taxpayer_id: str) -> list[dict[str, Any]]:
        with translate_errors("find clients"):
            return list(self.db.clients.find({"tenant": tenant, "taxpayer_id": taxpayer_id}))

    def upsert(self, client: dict[str, Any]) -> None:
        with translate_errors("upsert client"):
            replace_by_id(self.db.clients, client)

    def find(self, tenant: str, name_like: str) -> list[dict[str, Any]]:
        with translate_errors("find clients by name"):
            return list(
                self.db.clients.find({"tenant": tenant, "name": {"$regex": re.escape(name_like), "$options": "i"}})
            )


class TokenRepo:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def get(self, token_hash: str) -> dict[str, Any] | None:
        with translate_errors("get token"):
            return self.db.api_tokens.find_one({"_id": token_hash, "revoked": {"$ne": True}})

    def upsert(self, token: dict[str, Any]) -> None:
        with translate_errors("store token"):
            replace_by_id(self.db.api_tokens, token)


# Entries per query when a whole chain is read (verify, CSV export): a few MB in memory, and few
# enough queries that FerretDB's scan per query stays a small multiple of reading it at once.
AUDIT_STREAM_BATCH = 2000


class AuditLog:
    """Append-only and hash-chained per tenant.

    Entries are keyed ``tenant:seq``; the unique ``_id`` serialises concurrent writers (the loser
    tries again on the new head). The head — last seq and hash — is cached in ``audit_heads`` so an
    append reads one small document instead of sorting the tenant's whole log (FerretDB cannot use
    an index for that sort). The entries stay the truth: a head left behind by a crash between the
    insert and the head update is rolled forward from the entries by ``_id``.

    Appends (``adapters/audit_appends.py``): an entry stating a fact about one invoice version is
    written once whatever crashes; appends made side by side in this process are written as a group.
    """

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db
        self._appends = AuditAppends(db, self._head)

    def _head(self, tenant: str) -> dict[str, Any] | None:
        with translate_errors("read audit head"):
            cached = self.db.audit_heads.find_one({"_id": tenant})
            head = self.db.audit_log.find_one({"_id": f"{tenant}:{cached['seq']}"}) if cached else None
            if head is None:  # no cache yet (new tenant, older data) or a stale one: ask the log itself
                head = self._probe_head(tenant)
            while head is not None:  # roll forward over entries written after the cache
                following = self.db.audit_log.find_one({"_id": f"{tenant}:{int(head['seq']) + 1}"})
                if following is None:
                    break
                head = following
        return head

    def _entry(self, tenant: str, seq: int) -> dict[str, Any] | None:
        with translate_errors("read audit entry"):
            return self.db.audit_log.find_one({"_id": f"{tenant}:{seq}"})

    def _probe_head(self, tenant: str) -> dict[str, Any] | None:
        """The newest entry, found by ``_id`` alone: seqs run 1‥head without gaps, so doubling then
        halving finds the last one in about 2·log2(head) lookups (no sort, which FerretDB would
        run over the whole collection)."""
        if self._entry(tenant, 1) is None:
            return None
        low, high = 1, 2  # entry ``low`` exists; look for one that does not
        while self._entry(tenant, high) is not None:
            low, high = high, high * 2
        while high - low > 1:
            middle = (low + high) // 2
            low, high = (middle, high) if self._entry(tenant, middle) is not None else (low, middle)
        return self._entry(tenant, low)

    def append(self, *, tenant: str, actor: str, action: str, target: str, details: dict[str, Any]) -> None:
        self._appends.append(tenant=tenant, actor=actor, action=action, target=target, details=details)

    def tenants(self) -> list[str]:
        """Every tenant that has a chain (its cached head is written with its first entry)."""
        with translate_errors("list audit tenants"):
            return sorted(str(d["_id"]) for d in self.db.audit_heads.find({}, {"_id": 1}))

    def cached_heads(self) -> dict[str, int]:
        """Every tenant's cached head seq, in one read of the small ``audit_heads`` (it may trail an
        entry a crash left unannounced until the tenant's next append moves it)."""
        with translate_errors("read audit heads"):
            return {str(d["_id"]): int(d.get("seq") or 0) for d in self.db.audit_heads.find({})}

    def head_seq(self, tenant: str) -> int:
        """The newest entry's seq, which is also how many entries the chain holds (seqs run 1‥head),
        so a page's total costs a few ``_id`` lookups instead of a count (a scan on FerretDB)."""
        head = self._head(tenant)
        return int(head["seq"]) if head else 0

    def seq_range(self, tenant: str, first: int, last: int, *, newest_first: bool = False) -> list[dict[str, Any]]:
        """The entries with ``first <= seq <= last`` (a page), each read by its ``_id`` (``tenant:seq``):
        FerretDB answers an ``_id`` lookup from SQLite's key, any range by decoding the whole log."""
        return self.at_seqs(tenant, list(range(last, first - 1, -1) if newest_first else range(first, last + 1)))

    def at_seqs(self, tenant: str, seqs: list[int]) -> list[dict[str, Any]]:
        """The entries at ``seqs``, in that order, each read by its ``_id`` (absent ones left out)."""
        found = (self._entry(tenant, seq) for seq in seqs)
        return [{k: v for k, v in entry.items() if k != "_id"} for entry in found if entry is not None]

    def stream(self, tenant: str, *, up_to: int, batch_size: int = AUDIT_STREAM_BATCH) -> Iterator[dict[str, Any]]:
        """Entries 1‥``up_to`` in seq order, one seq range at a time, so neither we nor the store hold
        the whole chain. Each batch is one query — one scan on FerretDB — hence batches of thousands."""
        for first, last in seq_batches(up_to, batch_size):
            yield from self._seq_batch(tenant, first, last)

    def _seq_batch(self, tenant: str, first: int, last: int) -> list[dict[str, Any]]:
        """A whole chain's pass (verify, export) in ranges: one query per thousands of entries, which
        MongoDB's unique (tenant, seq) index serves and FerretDB scans once per batch."""
        query = {"tenant": tenant, "seq": {"$gte": first, "$lte": last}}
        with translate_errors("read audit log"):
            return list(self.db.audit_log.find(query, {"_id": 0}).sort("seq", ASCENDING))

    def about(self, tenant: str, targets: list[str], *, skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """The entries about any of ``targets``, newest first: one page and how many there are in all
        (a site-restricted reader's view of the log; the (tenant, target, seq) index serves it)."""
        if not targets:
            return [], 0
        query = {"tenant": tenant, "target": {"$in": targets}}
        with translate_errors("read audit log"):
            total = self.db.audit_log.count_documents(query)
            page = list(self.db.audit_log.find(query, {"_id": 0}).sort("seq", DESCENDING).skip(max(0, skip))
                        .limit(max(1, limit)))
        return page, total

    def trail(self, tenant: str, target: str, *, after_seq: int = 0, limit: int = 0) -> list[dict[str, Any]]:
        """One target's entries (an invoice's trail) after ``after_seq``, oldest first; ``limit`` 0 is
        all. Keyset, not skip: a later page costs the same as the first."""
        query: dict[str, Any] = {"tenant": tenant, "target": target}
        if after_seq > 0:
            query["seq"] = {"$gt": after_seq}
        with translate_errors("read audit trail"):
            return list(self.db.audit_log.find(query, {"_id": 0}).sort("seq", ASCENDING).limit(max(0, limit)))
