"""In-memory twins of ``services/adapters/mongo.py``'s repositories: the invoice views and versions,
clients, connections, API tokens and the hash-chained audit log.

Each keeps its documents in a dict keyed like the real collection's ``_id`` and hands out deep copies,
as a database does. ``InvoiceRepo``'s search, ids and latest take a filter document (that is the
port's argument), so its twin reads the filters the core writes (``core/search_query.build_filter``,
``core/access.site_clause``) — ``keeps`` below — and the contract suite checks it against FerretDB.
"""

from __future__ import annotations

import builtins
import copy
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from services.adapters.mongo import AUDIT_STREAM_BATCH
from services.core.audit_chain import next_entry, seq_batches
from services.core.connection_model import Connection, connection_of

Doc = dict[str, Any]


def keeps(doc: Doc, flt: Doc) -> bool:
    """Whether ``doc`` passes ``flt``: the operators ``build_filter`` and ``site_clause`` write
    (``$and``, ``$or``, ``$in``, ``$ne``, ``$regex`` + ``$options``, ``$gt(e)``, ``$lt(e)``, ``$all``) on
    top-level fields, and equality; ``tests/unit/web/fakes.py`` filters its stand-in collections with it
    too. Anything else is a test's mistake, so it raises."""
    for key, cond in flt.items():
        if key == "$and":
            if not all(keeps(doc, c) for c in cond):
                return False
        elif key == "$or":
            if not any(keeps(doc, c) for c in cond):
                return False
        elif isinstance(cond, dict) and any(k.startswith("$") for k in cond):
            if not all(_passes(doc.get(key), op, arg, cond) for op, arg in cond.items()):
                return False
        elif doc.get(key) != cond:
            return False
    return True


def _passes(value: Any, op: str, arg: Any, cond: Doc) -> bool:
    if op == "$in":
        return value in arg
    if op == "$ne":
        return bool(value != arg)
    if op == "$all":
        return set(arg) <= set(value or ())
    if op == "$regex":
        flags = re.I if "i" in cond.get("$options", "") else 0
        return value is not None and re.search(arg, str(value), flags) is not None
    if op == "$options":
        return True
    compare: dict[str, Callable[[Any, Any], bool]] = {
        "$gt": lambda a, b: a > b, "$gte": lambda a, b: a >= b, "$lt": lambda a, b: a < b, "$lte": lambda a, b: a <= b}
    if op in compare:
        return value is not None and compare[op](value, arg)
    raise NotImplementedError(f"the fake invoice repository does not read {op}")


def _newest_first(docs: Iterable[Doc], field: str) -> list[Doc]:
    """Descending on ``field``, a missing value last (MongoDB sorts null lowest)."""
    present = [d for d in docs if d.get(field) is not None]
    return sorted(present, key=lambda d: d[field], reverse=True) + [d for d in docs if d.get(field) is None]


class InvoiceRepo:
    def __init__(self) -> None:
        self.views: dict[str, Doc] = {}
        self.version_records: dict[str, Doc] = {}

    def versions(self, invoice_id: str) -> list[Doc]:
        found = [r for r in self.version_records.values() if r["invoice_id"] == invoice_id]
        return copy.deepcopy(sorted(found, key=lambda r: r["version"]))

    def version(self, invoice_id: str, sha256: str) -> Doc | None:
        return copy.deepcopy(self.version_records.get(f"{invoice_id}:{sha256}"))

    def record_version(self, record: Doc) -> None:
        self.version_records[record["_id"]] = copy.deepcopy(record)

    def upsert_view(self, view: Doc) -> None:
        self.views[view["_id"]] = copy.deepcopy(view)

    def get(self, tenant: str, invoice_id: str) -> Doc | None:
        doc = self.views.get(invoice_id)
        return copy.deepcopy(doc) if doc is not None and doc.get("tenant") == tenant else None

    def search(self, query: Doc, *, skip: int, limit: int) -> tuple[list[Doc], int]:
        found = sorted((d for d in self.views.values() if keeps(d, query)), key=lambda d: str(d["_id"]))
        page = _newest_first(found, "issue_date")[skip:skip + limit if limit else None]
        return [_without_search_fields(d) for d in page], len(found)

    def ids(self, query: Doc) -> list[str]:
        return [str(d["_id"]) for d in self.views.values() if keeps(d, query)]

    def latest(self, query: Doc, *, limit: int) -> list[Doc]:
        found = _newest_first([d for d in self.views.values() if keeps(d, query)], "updated_at")
        return copy.deepcopy(found[:limit] if limit else found)

    # --- for tests ------------------------------------------------------------------------------
    def add(self, view: Doc, versions: list[Doc] | None = None) -> None:
        """A view and its version records (``invoice_id`` and ``_id`` filled in as the archive does)."""
        self.upsert_view(view)
        for number, record in enumerate(versions or [], start=1):
            version = record.get("version", number)
            self.record_version({"_id": f"{view['_id']}:{version}", "invoice_id": view["_id"], "version": version,
                                 **record})


def _without_search_fields(view: Doc) -> Doc:
    out = copy.deepcopy(view)
    out.pop("search_terms", None)
    if isinstance(out.get("invoice"), dict):
        out["invoice"].pop("lines", None)
    return out


class ClientRepo:
    """The ``clients`` records; shared with ``ReferenceRepo`` (kind client) as the collection is."""

    def __init__(self, records: dict[str, Doc] | None = None) -> None:
        self.records = records if records is not None else {}

    def by_taxpayer_id(self, tenant: str, taxpayer_id: str) -> list[Doc]:
        return [copy.deepcopy(c) for c in self.records.values()
                if c.get("tenant") == tenant and c.get("taxpayer_id") == taxpayer_id]

    def upsert(self, client: Doc) -> None:
        self.records[client["_id"]] = copy.deepcopy(client)

    def find(self, tenant: str, name_like: str) -> list[Doc]:
        wanted = name_like.casefold()
        return [copy.deepcopy(c) for c in self.records.values()
                if c.get("tenant") == tenant and wanted in str(c.get("name") or "").casefold()]


class ConnectionRepo:
    """The twin of ``adapters/connections.py``: tombstones are read by id, never listed or active."""

    def __init__(self) -> None:
        self.records: dict[str, Doc] = {}

    def get(self, connection_id: str) -> Doc | None:
        return copy.deepcopy(self.records.get(connection_id))

    def connection(self, connection_id: str) -> Connection | None:
        doc = self.get(connection_id)
        return None if doc is None else connection_of(doc)

    def active(self, connection_id: str) -> Connection | None:
        found = self.connection(connection_id)
        return None if found is None or found.deleted else found

    def list(self, *, kinds: Iterable[str], tenant: str | None = None,
             include_disabled: bool = True) -> builtins.list[Connection]:
        wanted = set(kinds)
        return [connection_of(copy.deepcopy(d)) for _, d in sorted(self.records.items())
                if d.get("kind") in wanted and d.get("deleted") is not True
                and (tenant is None or d.get("tenant") == tenant)
                and (include_disabled or d.get("enabled") is not False)]

    def producer_of_principal(self, principal: str, *, other_than: str) -> Connection | None:
        return next((connection_of(copy.deepcopy(d)) for _, d in sorted(self.records.items())
                     if d.get("kind") == "producer" and d.get("kafka_principal") == principal
                     and d.get("deleted") is not True and d["_id"] != other_than), None)

    def upsert(self, connection: Doc) -> None:
        self.records[connection["_id"]] = copy.deepcopy(connection)

    def save(self, connection: Doc) -> None:
        self.upsert(connection)

    def set_fields(self, connection_id: str, fields: Doc) -> None:
        if connection_id in self.records:
            self.records[connection_id].update(copy.deepcopy(fields))

    def delete(self, connection: Doc, at: datetime) -> None:
        tombstone = {k: connection.get(k) for k in ("_id", "kind", "tenant", "site", "name")}
        self.upsert({**tombstone, "deleted": True, "deleted_at": at})


class TokenRepo:
    def __init__(self) -> None:
        self.records: dict[str, Doc] = {}

    def get(self, token_hash: str) -> Doc | None:
        found = self.records.get(token_hash)
        return copy.deepcopy(found) if found is not None and found.get("revoked") is not True else None

    def upsert(self, token: Doc) -> None:
        self.records[token["_id"]] = copy.deepcopy(token)


class AuditLog:
    """The chain per tenant as a list, entries built by the real ``core/audit_chain.next_entry``."""

    def __init__(self, *, batch_size: int = AUDIT_STREAM_BATCH) -> None:
        self.log: list[Doc] = []
        self.batch_size = batch_size  # small in a test, so a stream crosses batch edges

    def append(self, *, tenant: str, actor: str, action: str, target: str, details: Doc) -> None:
        head = next((e for e in reversed(self.log) if e["tenant"] == tenant), None)
        self.log.append(next_entry(head, tenant=tenant, at=datetime.now(UTC).isoformat(), actor=actor,
                                   action=action, target=target, details=copy.deepcopy(details)))

    def tenants(self) -> list[str]:
        return sorted({str(e["tenant"]) for e in self.log})

    def cached_heads(self) -> dict[str, int]:
        return {tenant: self.head_seq(tenant) for tenant in self.tenants()}

    def head_seq(self, tenant: str) -> int:
        return max((int(e["seq"]) for e in self.log if e["tenant"] == tenant), default=0)

    def seq_range(self, tenant: str, first: int, last: int, *, newest_first: bool = False) -> list[Doc]:
        found = [e for e in self.entries(tenant) if first <= int(e["seq"]) <= last]
        return sorted(found, key=lambda e: int(e["seq"]), reverse=newest_first)

    def at_seqs(self, tenant: str, seqs: list[int]) -> list[Doc]:
        by_seq = {int(e["seq"]): e for e in self.entries(tenant)}
        return [by_seq[s] for s in seqs if s in by_seq]

    def stream(self, tenant: str, *, up_to: int, batch_size: int | None = None) -> Iterator[Doc]:
        for first, last in seq_batches(up_to, batch_size or self.batch_size):
            yield from self.seq_range(tenant, first, last)

    def about(self, tenant: str, targets: list[str], *, skip: int, limit: int) -> tuple[list[Doc], int]:
        found = [e for e in reversed(self.entries(tenant)) if e["target"] in targets]
        start = max(0, skip)
        return found[start:start + max(1, limit)], len(found)

    def trail(self, tenant: str, target: str, *, after_seq: int = 0, limit: int = 0) -> list[Doc]:
        found = [e for e in self.entries(tenant, target) if int(e["seq"]) > after_seq]
        return found[:limit] if limit > 0 else found

    # --- for tests ------------------------------------------------------------------------------
    def entries(self, tenant: str, target: str | None = None) -> list[Doc]:
        return [copy.deepcopy(e) for e in self.log
                if e["tenant"] == tenant and (target is None or e["target"] == target)]

    def actions(self, tenant: str) -> list[str]:
        return [e["action"] for e in self.log if e["tenant"] == tenant]
