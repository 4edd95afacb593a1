"""Legal hold and the retention purge: the use cases the API (``PUT/DELETE …/legal-hold``) and the CLI
(``szamlatar retention …``) share.

A hold is set on the storage first (S3 Object Lock legal hold on every stored version of the invoice
and on its time-stamp tokens), then shown on the invoice and written to the audit log; a release in the
same order. The purge lists every invoice of a tenant with its verdict; without ``dry_run`` it deletes
what may go — every stored version, its tokens, its records — and audits each deletion. It never uses a
governance bypass: a version the storage still locks is reported, not removed. (The hold is checked
here as well as on the storage: versitygw does not refuse deleting a held version once its retention
has passed.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any

from services.adapters.mongo import AuditLog, InvoiceRepo, MongoDb, translate_errors
from services.adapters.s3 import S3ObjectStore
from services.app import ports
from services.core.errors import NotFoundError
from services.core.keys import key_wrap_key, timestamp_key
from services.core.retention import Decision, Verdict, decide, hold_record


class RetentionRepo:
    """Legal holds on the invoice view, the tenants' retention classes (``retention_classes``)."""

    def __init__(self, db: MongoDb) -> None:
        self.db = db

    def set_hold(self, invoice_id: str, hold: dict[str, Any] | None) -> None:
        update = {"$set": {"legal_hold": hold}} if hold else {"$unset": {"legal_hold": ""}}
        with translate_errors("set legal hold"):
            self.db.invoices.update_one({"_id": invoice_id}, update)

    def classes(self, tenant: str) -> dict[str, int]:
        with translate_errors("read retention classes"):
            doc = self.db.retention_classes.find_one({"_id": tenant})
        return {k: int(v) for k, v in ((doc or {}).get("classes") or {}).items()}

    def set_class(self, tenant: str, doc_class: str, years: int) -> None:
        classes = self.classes(tenant) | {doc_class: years}
        with translate_errors("set retention class"):
            self.db.retention_classes.replace_one({"_id": tenant}, {"_id": tenant, "classes": classes}, upsert=True)

    def views(self, tenant: str | None) -> Iterator[dict[str, Any]]:
        with translate_errors("read invoices"):
            yield from self.db.invoices.find({"tenant": tenant} if tenant else {}).sort("_id", 1)

    def of_client(self, tenant: str, client_id: str) -> list[str]:
        """The ids of a client's invoices (a hold on a client is a hold on each of them)."""
        with translate_errors("read a client's invoices"):
            return [d["_id"] for d in self.db.invoices.find({"tenant": tenant, "client_id": client_id}, {"_id": 1})]

    def forget(self, invoice_id: str) -> None:
        """The invoice's records, after its stored versions are gone."""
        with translate_errors("delete invoice records"):
            self.db.invoice_versions.delete_many({"invoice_id": invoice_id})
            self.db.version_lists.delete_one({"_id": invoice_id})
            self.db.invoices.delete_one({"_id": invoice_id})


def _stored(store: S3ObjectStore, versions: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """(key, version id) of everything stored for the invoice: each PDF version, each token's versions, and
    the key wraps a rotation left beside them."""
    out: list[tuple[str, str | None]] = []
    for v in versions:
        out.append((v["object_key"], v.get("version_id")))
        token = timestamp_key(v["object_key"], v["sha256"])
        out += [(token, t.version_id) for t in store.versions(token)]
    wraps = [key_wrap_key(key, vid) for key, vid in out]
    return out + [(w, x.version_id) for w in wraps for x in store.versions(w)]


def set_legal_hold(invoices: ports.InvoiceRepo, repo: RetentionRepo, store: S3ObjectStore, audit: ports.AuditLog, *,
                   tenant: str, invoice_id: str, actor: str, reason: str, on: bool) -> dict[str, Any] | None:
    """Place (``on``) or lift a legal hold; returns the hold now shown on the invoice (None: lifted)."""
    view = invoices.get(tenant, invoice_id)
    if view is None:
        raise NotFoundError(f"no invoice {invoice_id}")
    hold = hold_record(reason, actor, datetime.now(UTC))
    for key, version_id in _stored(store, invoices.versions(invoice_id)):
        store.set_legal_hold(key, version_id, on)
    repo.set_hold(invoice_id, hold if on else None)
    audit.append(tenant=tenant, actor=actor, action="invoice.legal_hold.set" if on else "invoice.legal_hold.lifted",
                 target=invoice_id, details={"reason": hold["reason"]})
    return hold if on else None


def _locked(store: S3ObjectStore, stored: list[tuple[str, str | None]], now: datetime) -> str:
    """Why storage still protects one of the versions ("" if nothing does)."""
    for key, version_id in stored:
        if store.legal_hold(key, version_id):
            return f"{key} ({version_id}) is under an S3 legal hold"
        until = store.locked_until(key, version_id)
        if until is not None and until > now:
            return f"{key} ({version_id}) is locked until {until.isoformat()}"
    return ""


def purge(db: MongoDb, store: S3ObjectStore, *, tenant: str | None, default_years: int, dry_run: bool,
          actor: str, today: date | None = None, progress: Callable[[int], None] = lambda n: None) -> list[Decision]:
    """Every invoice's verdict; without ``dry_run`` those with verdict PURGE are deleted and audited."""
    repo, invoices, audit = RetentionRepo(db), InvoiceRepo(db), AuditLog(db)
    now = datetime.now(UTC)
    today = today or now.date()
    classes: dict[str, dict[str, int]] = {}
    decisions = []
    for view in repo.views(tenant):
        t = str(view["tenant"])
        decision = decide(view, classes.setdefault(t, repo.classes(t)), default_years, today)
        if decision.verdict is Verdict.PURGE:
            stored = _stored(store, invoices.versions(decision.invoice_id))
            if why := _locked(store, stored, now):
                decision = Decision(t, decision.invoice_id, Verdict.LOCKED, decision.retain_until, why)
            elif not dry_run:
                for key, version_id in stored:
                    store.remove_version(key, version_id)
                repo.forget(decision.invoice_id)
                audit.append(tenant=t, actor=actor, action="invoice.purged", target=decision.invoice_id,
                             details={"retain_until": decision.retain_until.isoformat(), "versions": len(stored),
                                      "invoice_number": view.get("invoice_number")})
        decisions.append(decision)
        progress(1)
    for t in sorted({d.tenant for d in decisions}):
        mine = [d for d in decisions if d.tenant == t]
        audit.append(tenant=t, actor=actor, action="retention.purge.dry_run" if dry_run else "retention.purge",
                     target=f"tenant:{t}", details={v.value: sum(d.verdict is v for d in mine) for v in Verdict})
    return decisions
