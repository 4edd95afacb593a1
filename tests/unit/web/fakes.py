"""In-memory stand-ins for the UI's ports: a tiny Mongo-filter evaluator over dicts, users, sessions,
throttle and a hash-chained audit log built with the real ``core/audit_chain``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any

from prometheus_client import CollectorRegistry
from pymongo.errors import DuplicateKeyError

from services.adapters.billing_repos import billing_repos
from services.adapters.metrics import http_metrics
from services.adapters.own_system_admin import ProducerConnections
from services.adapters.reference_repo import ConfirmationRepo, ReferenceRepo, ReviewRepo, RuleRepo, SubscriptionRepo
from services.adapters.users import (
    _DUMMY_HASH,
    NewSession,
    address_id,
    build_user,
    session_id,
    user_id,
    verify_password,
)
from services.adapters.webhook_nonces import WebhookNonces
from services.core.access import token_hash
from services.core.audit_chain import Anchor, next_entry, seq_batches
from services.core.enums import Role
from services.nav.reconcile import ReconciliationRepo
from services.web.deps import Ports


def matches(doc: dict[str, Any], flt: dict[str, Any]) -> bool:
    for key, cond in flt.items():
        if key == "$and":
            if not all(matches(doc, c) for c in cond):
                return False
            continue
        if key == "$or":
            if not any(matches(doc, c) for c in cond):
                return False
            continue
        value = doc.get(key)
        if isinstance(cond, dict) and any(k.startswith("$") for k in cond):
            for op, arg in cond.items():
                if op == "$in" and value not in arg:
                    return False
                if op == "$ne" and value == arg:
                    return False
                if op == "$regex":
                    flags = re.I if "i" in cond.get("$options", "") else 0
                    if value is None or not re.search(arg, str(value), flags):
                        return False
                if op == "$lt" and (value is None or value >= arg):
                    return False
                if op == "$gte" and (value is None or value < arg):
                    return False
                if op == "$lte" and (value is None or value > arg):
                    return False
                if op == "$all" and not set(arg) <= set(value or ()):
                    return False
        elif value != cond:
            return False
    return True


def _sorted(docs: list[dict[str, Any]], key: str | list[tuple[str, int]], direction: int = 1) -> list[dict[str, Any]]:
    keys = [(key, direction)] if isinstance(key, str) else key
    out = list(docs)
    for field, way in reversed(keys):  # a stable sort per key, least significant first
        out.sort(key=lambda d, f=field: d.get(f) or "", reverse=way < 0)
    return out


class FakeCursor:
    def __init__(self, docs: list[dict[str, Any]]) -> None:
        self.docs = docs

    def sort(self, key: str | list[tuple[str, int]], direction: int = 1) -> FakeCursor:
        return FakeCursor(_sorted(self.docs, key, direction))

    def skip(self, n: int) -> FakeCursor:
        return FakeCursor(self.docs[n:])

    def limit(self, n: int) -> FakeCursor:
        return FakeCursor(self.docs[:n] if n else self.docs)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.docs)


class FakeCollection:
    """The few pymongo collection calls the repositories the UI reaches make (review queue, payment
    state, confirmations), over dicts keyed by ``_id``; filters through ``matches`` above."""

    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}

    def find(self, query: dict[str, Any], projection: dict[str, int] | None = None) -> FakeCursor:
        hidden = {k for k, v in (projection or {}).items() if not v}
        return FakeCursor([{k: v for k, v in d.items() if k not in hidden}
                           for d in self.docs.values() if matches(d, query)])

    def find_one(self, query: dict[str, Any], projection: dict[str, int] | None = None,
                 sort: list[tuple[str, int]] | None = None) -> dict[str, Any] | None:
        found = _sorted([d for d in self.docs.values() if matches(d, query)], sort or [])
        hidden = {k for k, v in (projection or {}).items() if not v}
        return next(({k: v for k, v in d.items() if k not in hidden} for d in found), None)

    def count_documents(self, query: dict[str, Any]) -> int:
        return sum(1 for d in self.docs.values() if matches(d, query))

    def insert_one(self, doc: dict[str, Any]) -> None:
        if doc["_id"] in self.docs:
            raise DuplicateKeyError(f"duplicate key {doc['_id']}")
        self.docs[doc["_id"]] = dict(doc)

    def delete_many(self, query: dict[str, Any]) -> None:
        for key in [k for k, d in self.docs.items() if matches(d, query)]:
            del self.docs[key]

    def create_index(self, keys: Any, **options: Any) -> None:
        return None

    def delete_one(self, query: dict[str, Any]) -> SimpleNamespace:
        found = next((k for k, d in self.docs.items() if matches(d, query)), None)
        if found is not None:
            del self.docs[found]
        return SimpleNamespace(deleted_count=int(found is not None))

    def replace_one(self, query: dict[str, Any], doc: dict[str, Any], upsert: bool = False) -> None:
        self.docs[doc["_id"]] = dict(doc)

    def update_one(self, query: dict[str, Any], update: dict[str, Any], upsert: bool = False) -> None:
        found = next((d for d in self.docs.values() if matches(d, query)), None)
        if found is None and upsert and "_id" in query:
            found = self.docs.setdefault(query["_id"], {"_id": query["_id"]})
        if found is not None:
            found.update(update.get("$set", {}))
            for k, n in update.get("$inc", {}).items():
                found[k] = found.get(k, 0) + n

    def find_one_and_update(self, query: dict[str, Any], update: dict[str, Any],
                            return_document: Any = None) -> dict[str, Any] | None:
        found = next((d for d in self.docs.values() if matches(d, query)), None)
        if found is None:
            return None
        found.update(update.get("$set", {}))
        return dict(found)


class FakeDb:
    def __init__(self) -> None:
        self.collections: dict[str, FakeCollection] = {}

    def __getattr__(self, name: str) -> FakeCollection:
        return self[name]

    def __getitem__(self, name: str) -> FakeCollection:
        return self.__dict__["collections"].setdefault(name, FakeCollection())


class FakeInvoiceRepo:
    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.version_records: dict[str, list[dict[str, Any]]] = {}
        self.db = FakeDb()  # collections the UI reaches through repositories (the review queue)
        self.db["invoices"].docs = self.docs  # the same views, for routes that query the collection itself

    def upsert_view(self, view: dict[str, Any]) -> None:
        self.docs[view["_id"]] = view

    def add(self, doc: dict[str, Any], versions: list[dict[str, Any]] | None = None) -> None:
        self.docs[doc["_id"]] = doc
        self.version_records[doc["_id"]] = versions or []

    def get(self, tenant: str, invoice_id: str) -> dict[str, Any] | None:
        doc = self.docs.get(invoice_id)
        return doc if doc and doc["tenant"] == tenant else None

    def versions(self, invoice_id: str) -> list[dict[str, Any]]:
        return self.version_records.get(invoice_id, [])

    def search(self, query: dict[str, Any], *, skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        found = sorted((d for d in self.docs.values() if matches(d, query)),
                       key=lambda d: (d.get("issue_date") or "", d["_id"]), reverse=True)
        return found[skip:skip + limit], len(found)

    def ids(self, query: dict[str, Any]) -> list[str]:
        return [d["_id"] for d in self.docs.values() if matches(d, query)]

    def latest(self, query: dict[str, Any], *, limit: int) -> list[dict[str, Any]]:
        found = [d for d in self.docs.values() if matches(d, query)]
        return sorted(found, key=lambda d: str(d.get("updated_at") or ""), reverse=True)[:limit]


class FakeAuditLog:
    def __init__(self) -> None:
        self.log: list[dict[str, Any]] = []

    def append(self, *, tenant: str, actor: str, action: str, target: str, details: dict[str, Any]) -> None:
        head = next((e for e in reversed(self.log) if e["tenant"] == tenant), None)
        self.log.append(next_entry(head, tenant=tenant, at=datetime.now(UTC).isoformat(), actor=actor,
                                   action=action, target=target, details=details))

    def entries(self, tenant: str, target: str | None = None) -> list[dict[str, Any]]:
        return [dict(e) for e in self.log if e["tenant"] == tenant and (target is None or e["target"] == target)]

    def head_seq(self, tenant: str) -> int:
        return max((int(e["seq"]) for e in self.log if e["tenant"] == tenant), default=0)

    def seq_range(self, tenant: str, first: int, last: int, *, newest_first: bool = False) -> list[dict[str, Any]]:
        found = [e for e in self.entries(tenant) if first <= int(e["seq"]) <= last]
        return sorted(found, key=lambda e: int(e["seq"]), reverse=newest_first)

    def stream(self, tenant: str, *, up_to: int, batch_size: int = 2) -> Iterator[dict[str, Any]]:
        for first, last in seq_batches(up_to, batch_size):  # small batches, so tests cross batch edges
            yield from self.seq_range(tenant, first, last)

    def about(self, tenant: str, targets: list[str], *, skip: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        found = [e for e in reversed(self.entries(tenant)) if e["target"] in targets]
        return found[skip:skip + limit], len(found)

    def trail(self, tenant: str, target: str, *, after_seq: int = 0, limit: int = 0) -> list[dict[str, Any]]:
        found = [e for e in self.entries(tenant, target) if int(e["seq"]) > after_seq]
        return found[:limit] if limit > 0 else found

    def actions(self, tenant: str) -> list[str]:
        return [e["action"] for e in self.log if e["tenant"] == tenant]


class FakeAnchors:
    """The anchor store's contract (newest / write) over a list, like the S3 one: append-only."""

    def __init__(self) -> None:
        self.saved: list[Anchor] = []

    def newest(self, tenant: str) -> Anchor | None:
        return max((a for a in self.saved if a.tenant == tenant), key=lambda a: a.seq, default=None)

    def write(self, anchor: Anchor, today: date) -> None:
        self.saved.append(anchor)


class FakeUserRepo:
    def __init__(self) -> None:
        self.users: dict[str, dict[str, Any]] = {}

    def get(self, tenant: str, username: str) -> dict[str, Any] | None:
        return self.users.get(user_id(tenant, username))

    def tenant_exists(self, tenant: str) -> bool:
        return any(u["tenant"] == tenant for u in self.users.values())

    def list(self, tenant: str) -> list[dict[str, Any]]:
        return sorted((u for u in self.users.values() if u["tenant"] == tenant), key=lambda u: u["username"])

    def upsert(self, user: dict[str, Any]) -> None:
        self.users[user["_id"]] = user

    def check_password(self, tenant: str, username: str, password: str) -> dict[str, Any] | None:
        user = self.get(tenant, username)
        ok = verify_password(password, user["password_hash"] if user else _DUMMY_HASH)
        return user if user and ok and not user.get("disabled") else None


class FakeSessionRepo:
    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self.counter = 0

    def create(self, tenant: str, username: str, now: datetime, lifetime: Any) -> NewSession:
        self.counter += 1
        token, csrf = f"tok-{self.counter}-{username}", f"csrf-{self.counter}"
        self.records[session_id(token)] = {"tenant": tenant, "username": username, "csrf": csrf,
                                           "expires_at": now + lifetime}
        return NewSession(token=token, csrf=csrf, expires_at=now + lifetime)

    def get(self, token: str, now: datetime) -> dict[str, Any] | None:
        record = self.records.get(session_id(token))
        return record if record and record["expires_at"] > now else None

    def delete(self, token: str) -> None:
        self.records.pop(session_id(token), None)


class FakeThrottle:
    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    def get(self, tenant: str, username: str) -> dict[str, Any]:
        return self.records.get(user_id(tenant, username)) or {"failures": 0, "locked_until": None}

    def failed(self, tenant: str, username: str, failures: int, locked_until: datetime | None, now: datetime) -> None:
        self.records[user_id(tenant, username)] = {"failures": failures, "locked_until": locked_until}

    def reset(self, tenant: str, username: str) -> None:
        self.records.pop(user_id(tenant, username), None)

    def address(self, address: str) -> dict[str, Any]:
        return self.records.get(address_id(address)) or {"failures": 0, "locked_until": None, "last_failure": None}

    def address_failed(self, address: str, failures: int, locked_until: datetime | None, now: datetime) -> None:
        self.records[address_id(address)] = {"failures": failures, "locked_until": locked_until, "last_failure": now}


class FakeAccounts:
    def __init__(self) -> None:
        self.users = FakeUserRepo()
        self.sessions = FakeSessionRepo()
        self.throttle = FakeThrottle()
        self.clients: dict[str, dict[str, Any]] = {}

    def client(self, tenant: str, client_id: str) -> dict[str, Any] | None:
        c = self.clients.get(client_id)
        return c if c and c["tenant"] == tenant else None

    def add_user(self, tenant: str, username: str, password: str, role: Role, sites: tuple[str, ...] = (),
                 language: str = "hu") -> None:
        self.users.upsert(build_user(tenant=tenant, username=username, password=password, role=role, sites=sites,
                                     language=language, now=datetime.now(UTC)))


def fake_ports() -> Ports:
    """The web's ports over one ``FakeDb`` (the invoice repository's ``db``): the repositories the routes
    reach are the real ones on it, so a test seeds a collection and the route finds it."""
    invoices = FakeInvoiceRepo()
    db: Any = invoices.db
    return Ports(
        settings=None, store=None, publisher=None, invoices=invoices,  # type: ignore[arg-type]
        clients=None, connections=None, tokens=FakeTokens(), audit=FakeAuditLog(),  # type: ignore[arg-type]
        metrics=http_metrics(CollectorRegistry()), accounts=FakeAccounts(),  # type: ignore[arg-type]
        anchors=FakeAnchors(),  # type: ignore[arg-type]
        reviews=ReviewRepo(db), reference=ReferenceRepo(db), confirmations=ConfirmationRepo(db), rules=RuleRepo(db),
        subscriptions=SubscriptionRepo(db), producers=ProducerConnections(db), nonces=WebhookNonces(db),
        billing=billing_repos(db), reconciliation=ReconciliationRepo(db),
    )


class FakeTokens:
    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    def add(self, token: str, *, tenant: str, role: Role, sites: tuple[str, ...] = (), name: str = "token") -> str:
        self.records[token_hash(token)] = {"tenant": tenant, "role": role.value, "sites": list(sites), "name": name}
        return token

    def get(self, token_hash: str) -> dict[str, Any] | None:
        return self.records.get(token_hash)


def invoice_doc(invoice_id: str, *, tenant: str, site: str, number: str, gross: str, issue_date: str = "2025-09-08",
                client_id: str | None = "c-1", client_name: str | None = "Kovács és Társa Kft.",
                currency: str = "HUF") -> dict[str, Any]:
    return {
        "_id": invoice_id, "tenant": tenant, "site": site, "invoice_number": number, "issue_date": issue_date,
        "currency": currency, "gross_total": gross, "gross_amount": float(gross), "client_id": client_id,
        "client_name": client_name, "buyer_name": client_name, "buyer_tax_number": "12345678-2-41",
        "seller_name": "Demo Zrt.", "kind": "normal", "direction": "outgoing", "current_version": 1,
        "search_terms": [number.lower()],
        "match": {"client_id": client_id, "client_name": client_name, "confidence": 1.0,
                  "explanation": "buyer tax number 12345678 matches client"},
        "invoice": {"number": number, "gross_total": gross, "net_total": gross, "vat_total": "0",
                    "warnings": ["gross_total: pdf says 1, source says 2; kept 2"]},
        "source": {"kind": "own_system"}, "external_id": f"ext-{invoice_id}", "retain_until": "2033-12-31",
    }
