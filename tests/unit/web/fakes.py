"""The web's ports over the repository twins of ``tests/fakes``, and an in-memory database for the
repositories that have no twin yet (producer connections and the billing repositories, which are
moving into their integration slices): collections of dicts filtered by ``keeps``."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from prometheus_client import CollectorRegistry
from pymongo import ReplaceOne
from pymongo.errors import BulkWriteError, DuplicateKeyError

from services.adapters.audit_anchors import AuditAnchors
from services.adapters.billing_repos import billing_repos
from services.adapters.metrics import http_metrics
from services.adapters.own_system_admin import ProducerConnections
from services.core.access import token_hash
from services.core.enums import Role
from services.web.deps import Ports
from tests.fakes import FakeRepos, TokenRepo, fake_repos
from tests.fakes.mongo import keeps as matches  # the one filter reader of the tests
from tests.fakes.publisher import Publisher


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
        self._insert(doc)

    def _insert(self, doc: dict[str, Any]) -> None:
        if doc["_id"] in self.docs:
            raise DuplicateKeyError(f"duplicate key {doc['_id']}")
        self.docs[doc["_id"]] = dict(doc)

    def insert_many(self, docs: list[dict[str, Any]], ordered: bool = True) -> None:
        """As pymongo: a ``BulkWriteError`` naming each refused document (ordered: the first, and nothing
        after it is written)."""
        errors: list[dict[str, Any]] = []
        for index, doc in enumerate(docs):
            try:
                self._insert(doc)
            except DuplicateKeyError:
                errors.append({"index": index, "code": 11000, "errmsg": f"duplicate key {doc['_id']}"})
                if ordered:
                    break
        if errors:
            raise BulkWriteError({"writeErrors": errors, "nInserted": len(docs) - len(errors)})

    def bulk_write(self, requests: list[Any], ordered: bool = True) -> None:
        """``UpdateOne`` and ``ReplaceOne`` requests, each as its single call does it."""
        for request in requests:
            document = request._doc  # the update, or the replacement
            if isinstance(request, ReplaceOne):
                FakeCollection.replace_one(self, request._filter, document, upsert=bool(request._upsert))
            else:
                FakeCollection.update_one(self, request._filter, document, upsert=bool(request._upsert))

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

    def replace_one(self, query: dict[str, Any], doc: dict[str, Any], upsert: bool = False) -> SimpleNamespace:
        existing = self.docs.get(doc["_id"])
        if existing is not None and not matches(existing, query):
            return SimpleNamespace(matched_count=0)  # a compare-and-set that lost (adapters/client_records.py)
        self.docs[doc["_id"]] = dict(doc)
        return SimpleNamespace(matched_count=int(existing is not None))

    def update_one(self, query: dict[str, Any], update: dict[str, Any], upsert: bool = False) -> None:
        found = next((d for d in self.docs.values() if matches(d, query)), None)
        if found is None and upsert and "_id" in query:
            found = self.docs.setdefault(query["_id"], {"_id": query["_id"]})
        if found is not None:
            for path, value in update.get("$set", {}).items():
                *parents, leaf = path.split(".")  # a dotted path sets a field of an embedded document
                _embedded(found, parents)[leaf] = value
            for path in update.get("$unset", {}):
                *parents, leaf = path.split(".")
                _embedded(found, parents).pop(leaf, None)
            for k, n in update.get("$inc", {}).items():
                found[k] = found.get(k, 0) + n

    def find_one_and_update(self, query: dict[str, Any], update: dict[str, Any],
                            return_document: Any = None) -> dict[str, Any] | None:
        found = next((d for d in self.docs.values() if matches(d, query)), None)
        if found is None:
            return None
        found.update(update.get("$set", {}))
        return dict(found)


def _embedded(doc: dict[str, Any], path: list[str]) -> dict[str, Any]:
    for name in path:
        doc = doc.setdefault(name, {})
    return doc


class FakeDb:
    def __init__(self) -> None:
        self.collections: dict[str, FakeCollection] = {}

    def __getattr__(self, name: str) -> FakeCollection:
        return self[name]

    def __getitem__(self, name: str) -> FakeCollection:
        return self.__dict__["collections"].setdefault(name, FakeCollection())


class FakeTokens(TokenRepo):
    def add(self, token: str, *, tenant: str, role: Role, sites: tuple[str, ...] = (), name: str = "token") -> str:
        self.upsert({"_id": token_hash(token), "tenant": tenant, "role": role.value, "sites": list(sites),
                     "name": name})
        return token


def fake_ports(repos: FakeRepos | None = None) -> Ports:
    """The web's ports over the twins in ``repos`` (a fresh set unless given; the audit log reads
    batches of two, so exports and verifies cross batch edges; the audit anchors are the real ones on
    the object store twin), and over one ``FakeDb`` for the repositories without a twin (``db_of``
    hands it to a test)."""
    repos = repos or fake_repos()
    repos.audit.batch_size = 2
    db: Any = FakeDb()
    # Ports names the service layer's ports where the routes keep to them (their twins fit: tests/unit/app/
    # fakes_fit_ports.py) and still the concrete adapters elsewhere, which the twins stand in for: hence Any
    # for those, and the contract suite to keep them alike.
    adapters: dict[str, Any] = {
        "settings": None, "store": None, "publisher": Publisher(), "clients": repos.clients, "accounts": repos.accounts,
        "anchors": AuditAnchors(repos.store, retention_years=8), "reference": repos.reference, "rules": repos.rules,
        "subscriptions": repos.subscriptions, "reconciliation": repos.reconciliation, "nonces": repos.nonces,
    }
    return Ports(**adapters, invoices=repos.invoices, connections=repos.connections, tokens=FakeTokens(),
                 audit=repos.audit, reviews=repos.reviews, confirmations=repos.confirmations,
                 metrics=http_metrics(CollectorRegistry()), producers=ProducerConnections(db),
                 billing=billing_repos(db))


def db_of(ports: Ports) -> Any:
    """The ``FakeDb`` under the repositories without a twin (``fake_ports``)."""
    return ports.producers.db


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
        "source": {"kind": "own_system", "connection_id": "erp"}, "external_id": f"ext-{invoice_id}",
        "retain_until": "2033-12-31",
    }
