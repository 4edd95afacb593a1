"""MongoDB repositories for matching: reference data, rules (versioned), the review queue,
confirmed assignments and outbound webhook subscriptions. FerretDB-compatible operations only.

``reference_meta`` keeps one counter document per tenant (``refs``, ``rules``, ``learned``)
bumped on every write, so the match stage can cache a tenant's snapshot and reload it only
when something changed.
"""

from __future__ import annotations

import builtins
from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING, ReturnDocument
from pymongo.database import Database

from services.adapters.client_records import ClientRecords
from services.adapters.mongo import translate_errors
from services.core.access import site_clause
from services.core.errors import NotFoundError
from services.core.reference import COLLECTIONS, RefKind, record_key
from services.core.subscriptions import takes

MATCHING_INDEXES: dict[str, list[tuple[list[tuple[str, int]], dict[str, Any]]]] = {
    **{coll: [([("tenant", ASCENDING), ("id", ASCENDING)], {})] for coll in COLLECTIONS.values()},
    "rules": [([("tenant", ASCENDING), ("priority", ASCENDING)], {})],
    "rule_versions": [([("tenant", ASCENDING), ("rule_id", ASCENDING), ("version", ASCENDING)], {})],
    "review_queue": [([("tenant", ASCENDING), ("status", ASCENDING), ("created_at", ASCENDING)], {}),
                     ([("status", ASCENDING), ("kind", ASCENDING), ("created_at", ASCENDING)], {})],
    "match_confirmations": [([("tenant", ASCENDING), ("at", DESCENDING)], {})],
    "webhook_subscriptions": [([("tenant", ASCENDING)], {})],
}


def ensure_matching_indexes(db: Database[dict[str, Any]]) -> None:
    with translate_errors("create matching indexes"):
        for collection, specs in MATCHING_INDEXES.items():
            for keys, options in specs:
                db[collection].create_index(keys, **options)


def _now() -> datetime:
    return datetime.now(UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # sorts an item without a creation time first


class MetaRepo:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def bump(self, tenant: str, what: str) -> None:
        with translate_errors("bump reference version"):
            self.db.reference_meta.update_one({"_id": tenant}, {"$inc": {what: 1}}, upsert=True)

    def versions(self, tenant: str) -> tuple[int, int, int]:
        with translate_errors("read reference version"):
            doc = self.db.reference_meta.find_one({"_id": tenant}) or {}
        return int(doc.get("refs", 0)), int(doc.get("rules", 0)), int(doc.get("learned", 0))


class ReferenceRepo:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db, self.meta = db, MetaRepo(db)
        self.client_records = ClientRecords(db)

    def upsert_many(self, tenant: str, records: list[dict[str, Any]]) -> int:
        now = _now()
        with translate_errors("upsert reference data"):
            for r in records:
                r = {**r, "updated_at": now}
                coll = COLLECTIONS[RefKind(r["kind"])]
                if r["kind"] in (RefKind.COMPLETION_CERTIFICATE.value, RefKind.HANDOVER.value):
                    # invoices already attached survive a re-import of the certificate
                    old = self.db[coll].find_one({"_id": r["_id"]}, {"invoice_ids": 1}) or {}
                    r["invoice_ids"] = sorted(set(r.get("invoice_ids") or []) | set(old.get("invoice_ids") or []))
                self.db[coll].replace_one({"_id": r["_id"]}, r, upsert=True)
        for r in records:
            if r["kind"] == RefKind.CLIENT.value:  # the same counterparty's client record (core/clients.py)
                self.client_records.record_reference(r)
        if records:
            self.meta.bump(tenant, "refs")
        return len(records)

    def sites_of(self, kind: RefKind, keys: list[str]) -> dict[str, str]:
        """The site of each stored record among ``keys`` (``_id``s); absent ones are left out."""
        with translate_errors("read reference sites"):
            found = self.db[COLLECTIONS[kind]].find({"_id": {"$in": keys}}, {"site": 1})
            return {str(d["_id"]): str(d.get("site") or "") for d in found}

    def get(self, tenant: str, kind: RefKind, ref_id: str) -> dict[str, Any]:
        with translate_errors("get reference"):
            doc = self.db[COLLECTIONS[kind]].find_one({"_id": record_key(tenant, kind, ref_id)})
        if doc is None:
            raise NotFoundError(f"no {kind.value} {ref_id}")
        return doc

    def list(self, tenant: str, kind: RefKind, *, sites: tuple[str, ...] = (), skip: int = 0,
             limit: int = 100) -> tuple[list[dict[str, Any]], int]:
        """One page of the records at ``sites`` (empty: every site) and how many there are in all."""
        query = {"tenant": tenant, **site_clause(sites)}
        with translate_errors("list reference"):
            coll = self.db[COLLECTIONS[kind]]
            total = coll.count_documents(query)
            docs = list(coll.find(query).sort("_id", ASCENDING).skip(skip).limit(limit))
        return docs, total

    def delete(self, tenant: str, kind: RefKind, ref_id: str) -> bool:
        with translate_errors("delete reference"):
            res = self.db[COLLECTIONS[kind]].delete_one({"_id": record_key(tenant, kind, ref_id)})
        self.meta.bump(tenant, "refs")
        return res.deleted_count == 1

    # ``builtins.list``: in this class ``list`` is the method above
    def all_for_tenant(self, tenant: str) -> builtins.list[dict[str, Any]]:
        out: builtins.list[dict[str, Any]] = []
        with translate_errors("load reference data"):
            for kind, coll in COLLECTIONS.items():
                for doc in self.db[coll].find({"tenant": tenant}):
                    doc.setdefault("kind", kind.value)
                    out.append(doc)
        return out

    def attach_invoice(self, tenant: str, kind: RefKind, ref_id: str, invoice_id: str) -> bool:
        with translate_errors("attach invoice"):
            res = self.db[COLLECTIONS[kind]].update_one(
                {"_id": record_key(tenant, kind, ref_id)}, {"$addToSet": {"invoice_ids": invoice_id}})
        return res.matched_count == 1


class RuleRepo:
    """Current rules in ``rules``; every saved state, deletes included, in ``rule_versions``."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db, self.meta = db, MetaRepo(db)

    def list(self, tenant: str) -> list[dict[str, Any]]:
        with translate_errors("list rules"):
            return list(self.db.rules.find({"tenant": tenant}, {"_id": 0}).sort([("priority", ASCENDING),
                                                                                  ("id", ASCENDING)]))

    def get(self, tenant: str, rule_id: str) -> dict[str, Any] | None:
        with translate_errors("get rule"):
            return self.db.rules.find_one({"_id": f"{tenant}|{rule_id}"}, {"_id": 0})

    def save(self, tenant: str, rule: dict[str, Any], actor: str, deleted: bool = False) -> dict[str, Any]:
        with translate_errors("save rule"):
            last = self.db.rule_versions.find_one({"tenant": tenant, "rule_id": rule["id"]},
                                                  sort=[("version", DESCENDING)])
            version = int(last["version"]) + 1 if last else 1
            stored = {**rule, "tenant": tenant, "version": version, "updated_at": _now(), "updated_by": actor}
            self.db.rule_versions.insert_one({**stored, "_id": f"{tenant}|{rule['id']}|{version}",
                                              "rule_id": rule["id"], "deleted": deleted})
            if deleted:
                self.db.rules.delete_one({"_id": f"{tenant}|{rule['id']}"})
            else:
                key = f"{tenant}|{rule['id']}"
                self.db.rules.replace_one({"_id": key}, {**stored, "_id": key}, upsert=True)
        self.meta.bump(tenant, "rules")
        stored.pop("tenant", None)
        return stored

    def versions(self, tenant: str, rule_id: str) -> builtins.list[dict[str, Any]]:  # list: the method above
        with translate_errors("rule versions"):
            return list(self.db.rule_versions.find({"tenant": tenant, "rule_id": rule_id}, {"_id": 0})
                        .sort("version", ASCENDING))


OPEN_ITEMS = "review_open_items"  # one summary per open item: bounded by outstanding work, not the archive
_BACKFILLED = "_backfilled"  # the marker that every open item written before the summaries has one


class ReviewRepo:
    """One item per invoice: ``kind`` approval (held, not yet in search) or match (archived,
    the client needs a person); ``status`` open → approved / rejected.

    The queue of open items is read without a filter on ``review_queue`` (which keeps every decided
    item, so it grows with the archive, and FerretDB scans it for any filter but ``_id``): each open
    item has a summary (tenant, site, kind, created_at) in ``review_open_items``, written by ``put``
    and deleted by ``decide``; that collection holds only open work, so its scans stay small. A page
    is those summaries, then each item by ``_id``. One document per item, not one per tenant: the worker
    tracks items of one tenant side by side, and a shared document is where they contended (and, before
    the project's FerretDB build made updates atomic, lost one another's item). The item stays the
    truth: a summary left behind by a crash between the two writes is dropped when a listing finds its
    item decided."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db
        self._backfilled = False

    def get(self, item_id: str) -> dict[str, Any] | None:
        with translate_errors("get review item"):
            return self.db.review_queue.find_one({"_id": item_id})

    def put(self, item: dict[str, Any]) -> None:
        with translate_errors("put review item"):
            self.db.review_queue.replace_one({"_id": item["_id"]}, item, upsert=True)
        self._track(item)

    def _track(self, item: dict[str, Any]) -> None:
        if item.get("status") != "open":
            self._untrack(str(item["_id"]))
            return
        summary = {"_id": item["_id"], "tenant": item["tenant"], "site": item.get("site") or "",
                   "kind": item.get("kind"), "created_at": item.get("created_at")}
        with translate_errors("track open review item"):
            self.db[OPEN_ITEMS].replace_one({"_id": item["_id"]}, summary, upsert=True)

    def _untrack(self, item_id: str) -> None:
        with translate_errors("untrack review item"):
            self.db[OPEN_ITEMS].delete_one({"_id": item_id})

    def _open(self, query: dict[str, Any]) -> builtins.list[dict[str, Any]]:
        self._backfill_once()
        with translate_errors("read open review items"):
            return builtins.list(self.db[OPEN_ITEMS].find(query))

    def _backfill_once(self) -> None:
        """Items put before the summaries existed get one (one pass, marked done in the store)."""
        if self._backfilled:
            return
        with translate_errors("read review backfill marker"):
            done = self.db[OPEN_ITEMS].find_one({"_id": _BACKFILLED}) is not None
        if not done:
            for item in self._all_open():
                self._track(item)
            with translate_errors("mark review backfill"):
                self.db[OPEN_ITEMS].replace_one({"_id": _BACKFILLED}, {"_id": _BACKFILLED, "at": _now()}, upsert=True)
        self._backfilled = True

    def _all_open(self) -> builtins.list[dict[str, Any]]:
        with translate_errors("backfill open review items"):
            return list(self.db.review_queue.find({"status": "open"}, {"matched": 0, "match": 0}))

    def ids(self, tenant: str, sites: tuple[str, ...]) -> builtins.list[str]:
        """Every item's id (the invoice's id) at these sites (empty: every site), whatever its status."""
        with translate_errors("list review item ids"):
            return [str(d["_id"]) for d in self.db.review_queue.find({"tenant": tenant, **site_clause(sites)},
                                                                     {"_id": 1})]

    def list(self, tenant: str, *, status: str, sites: tuple[str, ...], limit: int) -> builtins.list[dict[str, Any]]:
        if status != "open":
            return self._decided(tenant, status=status, sites=sites, limit=limit)
        wanted = sorted((summary.get("created_at") or _EPOCH, str(summary["_id"]))
                        for summary in self._open({"tenant": tenant}) if not sites or summary.get("site") in sites)
        out: builtins.list[dict[str, Any]] = []
        for _, item_id in wanted:
            if 0 < limit <= len(out):
                break
            with translate_errors("list review queue"):
                doc = self.db.review_queue.find_one({"_id": item_id}, {"matched": 0})
            if doc is None or doc.get("status") != "open" or doc.get("tenant") != tenant:
                self._untrack(item_id)  # decided (or gone) after its summary was written
                continue
            out.append(doc)
        return out

    def _decided(self, tenant: str, *, status: str, sites: tuple[str, ...],
                 limit: int) -> builtins.list[dict[str, Any]]:
        query: dict[str, Any] = {"tenant": tenant, "status": status}
        if sites:
            query["site"] = {"$in": builtins.list(sites)}
        with translate_errors("list review queue"):
            return builtins.list(self.db.review_queue.find(query, {"matched": 0}).sort("created_at", ASCENDING)
                                 .limit(limit))

    def decide(self, item_id: str, *, status: str, decision: dict[str, Any]) -> dict[str, Any] | None:
        """Close an open item; ``None`` if someone else closed it first."""
        with translate_errors("decide review item"):
            decided = self.db.review_queue.find_one_and_update(
                {"_id": item_id, "status": "open"},
                {"$set": {"status": status, "decided_at": _now(), "decision": decision}},
                return_document=ReturnDocument.AFTER)
        if decided is not None:
            self._untrack(item_id)
        return decided

    def update_open(self, item_id: str, fields: dict[str, Any]) -> None:
        with translate_errors("update review item"):
            self.db.review_queue.update_one({"_id": item_id, "status": "open"}, {"$set": fields})

    def depth_and_oldest(self, kind: str) -> tuple[int, datetime | None]:
        """Open items of one kind, over every tenant, and when the oldest of them was created."""
        created = [s.get("created_at") or _EPOCH for s in self._open({"kind": kind})]
        return len(created), min(created, default=None)


class ConfirmationRepo:
    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db, self.meta = db, MetaRepo(db)

    def record(self, tenant: str, invoice_id: str, confirmation: dict[str, Any]) -> None:
        with translate_errors("record confirmation"):
            self.db.match_confirmations.replace_one(
                {"_id": invoice_id}, {**confirmation, "_id": invoice_id, "tenant": tenant, "at": _now()}, upsert=True)
        self.meta.bump(tenant, "learned")

    def recent(self, tenant: str, limit: int = 5000) -> list[dict[str, Any]]:
        with translate_errors("load confirmations"):
            return list(self.db.match_confirmations.find({"tenant": tenant}).sort("at", DESCENDING).limit(limit))


class SubscriptionRepo:
    """Outbound webhooks: ``{_id: tenant|id, id, tenant, url, secret (sealed), events, active}``."""

    def __init__(self, db: Database[dict[str, Any]]) -> None:
        self.db = db

    def put(self, sub: dict[str, Any]) -> None:
        with translate_errors("put webhook subscription"):
            self.db.webhook_subscriptions.replace_one({"_id": sub["_id"]}, sub, upsert=True)

    def for_event(self, tenant: str, event: str, site: str) -> list[dict[str, Any]]:
        """The subscriptions that receive ``event`` of an invoice at ``site`` (``core.subscriptions.takes``)."""
        with translate_errors("list webhook subscriptions"):
            subs = list(self.db.webhook_subscriptions.find({"tenant": tenant, "active": {"$ne": False}}))
        return [s for s in subs if takes(s, event, site)]

    def list(self, tenant: str) -> list[dict[str, Any]]:
        with translate_errors("list webhook subscriptions"):
            return list(self.db.webhook_subscriptions.find({"tenant": tenant}).sort("_id", ASCENDING))

    def get(self, tenant: str, sub_id: str) -> dict[str, Any] | None:
        with translate_errors("get webhook subscription"):
            return self.db.webhook_subscriptions.find_one({"_id": f"{tenant}|{sub_id}", "tenant": tenant})

    def delete(self, tenant: str, sub_id: str) -> bool:
        with translate_errors("delete webhook subscription"):
            res = self.db.webhook_subscriptions.delete_one({"_id": f"{tenant}|{sub_id}", "tenant": tenant})
        return res.deleted_count == 1
