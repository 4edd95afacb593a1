"""In-memory twins of ``services/adapters/reference_repo.py``: the per-tenant change counters, reference
data, versioned rules, the review queue, confirmed assignments and outbound webhook subscriptions."""

from __future__ import annotations

import builtins
import copy
from datetime import UTC, datetime
from typing import Any

from services.core.errors import NotFoundError
from services.core.reference import COLLECTIONS, RefKind, record_key
from services.core.subscriptions import takes

Doc = dict[str, Any]
# Re-importing a certificate keeps the invoices already attached to it.
_KEEPS_INVOICES = (RefKind.COMPLETION_CERTIFICATE.value, RefKind.HANDOVER.value)


def _now() -> datetime:
    return datetime.now(UTC)


def _in_sites(doc: Doc, sites: tuple[str, ...]) -> bool:
    return not sites or doc.get("site") in sites


class MetaRepo:
    def __init__(self) -> None:
        self.counters: dict[str, dict[str, int]] = {}

    def bump(self, tenant: str, what: str) -> None:
        counts = self.counters.setdefault(tenant, {})
        counts[what] = counts.get(what, 0) + 1

    def versions(self, tenant: str) -> tuple[int, int, int]:
        counts = self.counters.get(tenant, {})
        return counts.get("refs", 0), counts.get("rules", 0), counts.get("learned", 0)


class ReferenceRepo:
    """One table per kind; the clients table is ``ClientRepo``'s too (one ``clients`` collection)."""

    def __init__(self, meta: MetaRepo | None = None, clients: dict[str, Doc] | None = None) -> None:
        self.meta = meta or MetaRepo()
        self.tables: dict[RefKind, dict[str, Doc]] = {kind: {} for kind in COLLECTIONS}
        if clients is not None:
            self.tables[RefKind.CLIENT] = clients

    def upsert_many(self, tenant: str, records: builtins.list[Doc]) -> int:
        now = _now()
        for record in records:
            r = {**copy.deepcopy(record), "updated_at": now}
            table = self.tables[RefKind(r["kind"])]
            if r["kind"] in _KEEPS_INVOICES:
                old = table.get(r["_id"]) or {}
                r["invoice_ids"] = sorted(set(r.get("invoice_ids") or []) | set(old.get("invoice_ids") or []))
            table[r["_id"]] = r
        if records:
            self.meta.bump(tenant, "refs")
        return len(records)

    def sites_of(self, kind: RefKind, keys: builtins.list[str]) -> dict[str, str]:
        table = self.tables[kind]
        return {key: str(table[key].get("site") or "") for key in keys if key in table}

    def get(self, tenant: str, kind: RefKind, ref_id: str) -> Doc:
        doc = self.tables[kind].get(record_key(tenant, kind, ref_id))
        if doc is None:
            raise NotFoundError(f"no {kind.value} {ref_id}")
        return copy.deepcopy(doc)

    def list(self, tenant: str, kind: RefKind, *, sites: tuple[str, ...] = (), skip: int = 0,
             limit: int = 100) -> tuple[builtins.list[Doc], int]:
        found = sorted((d for d in self.tables[kind].values() if d.get("tenant") == tenant and _in_sites(d, sites)),
                       key=lambda d: str(d["_id"]))
        return copy.deepcopy(found[skip:skip + limit if limit else None]), len(found)

    def delete(self, tenant: str, kind: RefKind, ref_id: str) -> bool:
        gone = self.tables[kind].pop(record_key(tenant, kind, ref_id), None)
        self.meta.bump(tenant, "refs")
        return gone is not None

    def all_for_tenant(self, tenant: str) -> builtins.list[Doc]:
        out: builtins.list[Doc] = []
        for kind, table in self.tables.items():
            for doc in table.values():
                if doc.get("tenant") == tenant:
                    out.append({"kind": kind.value, **copy.deepcopy(doc)})
        return out

    def attach_invoice(self, tenant: str, kind: RefKind, ref_id: str, invoice_id: str) -> bool:
        doc = self.tables[kind].get(record_key(tenant, kind, ref_id))
        if doc is None:
            return False
        ids = doc.setdefault("invoice_ids", [])
        if invoice_id not in ids:
            ids.append(invoice_id)
        return True


class RuleRepo:
    """Current rules keyed ``tenant|id``; every saved state, deletes included, keyed ``tenant|id|version``."""

    def __init__(self, meta: MetaRepo | None = None) -> None:
        self.meta = meta or MetaRepo()
        self.current: dict[str, Doc] = {}
        self.saved: dict[str, Doc] = {}

    def list(self, tenant: str) -> builtins.list[Doc]:
        found = [r for r in self.current.values() if r["tenant"] == tenant]
        return [_without_id(r) for r in sorted(found, key=lambda r: (r.get("priority"), r.get("id")))]

    def get(self, tenant: str, rule_id: str) -> Doc | None:
        found = self.current.get(f"{tenant}|{rule_id}")
        return _without_id(found) if found is not None else None

    def save(self, tenant: str, rule: Doc, actor: str, deleted: bool = False) -> Doc:
        version = 1 + max((int(v["version"]) for v in self.saved.values()
                           if v["tenant"] == tenant and v["rule_id"] == rule["id"]), default=0)
        stored = {**copy.deepcopy(rule), "tenant": tenant, "version": version, "updated_at": _now(),
                  "updated_by": actor}
        self.saved[f"{tenant}|{rule['id']}|{version}"] = {**stored, "_id": f"{tenant}|{rule['id']}|{version}",
                                                          "rule_id": rule["id"], "deleted": deleted}
        key = f"{tenant}|{rule['id']}"
        if deleted:
            self.current.pop(key, None)
        else:
            self.current[key] = {**copy.deepcopy(stored), "_id": key}
        self.meta.bump(tenant, "rules")
        stored.pop("tenant", None)
        return stored

    def versions(self, tenant: str, rule_id: str) -> builtins.list[Doc]:
        found = [v for v in self.saved.values() if v["tenant"] == tenant and v["rule_id"] == rule_id]
        return [_without_id(v) for v in sorted(found, key=lambda v: int(v["version"]))]


def _without_id(doc: Doc) -> Doc:
    return {k: copy.deepcopy(v) for k, v in doc.items() if k != "_id"}


class ReviewRepo:
    def __init__(self) -> None:
        self.items: dict[str, Doc] = {}

    def get(self, item_id: str) -> Doc | None:
        return copy.deepcopy(self.items.get(item_id))

    def put(self, item: Doc) -> None:
        self.items[item["_id"]] = copy.deepcopy(item)

    def ids(self, tenant: str, sites: tuple[str, ...]) -> builtins.list[str]:
        return [str(i["_id"]) for i in self.items.values() if i.get("tenant") == tenant and _in_sites(i, sites)]

    def list(self, tenant: str, *, status: str, sites: tuple[str, ...], limit: int) -> builtins.list[Doc]:
        found = sorted((i for i in self.items.values()
                        if i.get("tenant") == tenant and i.get("status") == status and _in_sites(i, sites)),
                       key=lambda i: i["created_at"])
        return [{k: copy.deepcopy(v) for k, v in i.items() if k != "matched"}
                for i in found[:limit if limit else None]]

    def decide(self, item_id: str, *, status: str, decision: Doc) -> Doc | None:
        item = self.items.get(item_id)
        if item is None or item.get("status") != "open":
            return None
        item.update(status=status, decided_at=_now(), decision=copy.deepcopy(decision))
        return copy.deepcopy(item)

    def update_open(self, item_id: str, fields: Doc) -> None:
        item = self.items.get(item_id)
        if item is not None and item.get("status") == "open":
            item.update(copy.deepcopy(fields))

    def depth_and_oldest(self, kind: str) -> tuple[int, datetime | None]:
        found = [i for i in self.items.values() if i.get("status") == "open" and i.get("kind") == kind]
        return len(found), min((i["created_at"] for i in found), default=None)


class ConfirmationRepo:
    def __init__(self, meta: MetaRepo | None = None) -> None:
        self.meta = meta or MetaRepo()
        self.records: dict[str, Doc] = {}

    def record(self, tenant: str, invoice_id: str, confirmation: Doc) -> None:
        self.records[invoice_id] = {**copy.deepcopy(confirmation), "_id": invoice_id, "tenant": tenant, "at": _now()}
        self.meta.bump(tenant, "learned")

    def recent(self, tenant: str, limit: int = 5000) -> list[Doc]:
        found = sorted((r for r in self.records.values() if r["tenant"] == tenant), key=lambda r: r["at"],
                       reverse=True)
        return copy.deepcopy(found[:limit if limit else None])


class SubscriptionRepo:
    def __init__(self) -> None:
        self.records: dict[str, Doc] = {}

    def put(self, sub: Doc) -> None:
        self.records[sub["_id"]] = copy.deepcopy(sub)

    def for_event(self, tenant: str, event: str, site: str) -> builtins.list[Doc]:
        return [copy.deepcopy(s) for s in self.records.values()
                if s.get("tenant") == tenant and s.get("active") is not False and takes(s, event, site)]

    def list(self, tenant: str) -> builtins.list[Doc]:
        return [copy.deepcopy(s) for _, s in sorted(self.records.items()) if s.get("tenant") == tenant]

    def get(self, tenant: str, sub_id: str) -> Doc | None:
        found = self.records.get(f"{tenant}|{sub_id}")
        return copy.deepcopy(found) if found is not None and found.get("tenant") == tenant else None

    def delete(self, tenant: str, sub_id: str) -> bool:
        found = self.get(tenant, sub_id)
        if found is not None:
            del self.records[f"{tenant}|{sub_id}"]
        return found is not None
