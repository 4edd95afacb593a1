"""The match stage's handler and the archive stage's hold-for-approval path (issue 6).

``MatchingHandler`` loads the tenant's reference snapshot, learned model and rules (cached
until the tenant's ``reference_meta`` counters change), calls the pure ``decide_match`` and
publishes ``invoice.matched``.

``HoldingArchiveHandler`` archives like ``ArchiveHandler`` (the encrypted original is always
stored first, so nothing is lost) and then either finishes archiving at once (normal) or —
when a rule said "wait for approval" — parks the invoice in ``review_queue`` with the event
needed to finish the job; approving it through the API or the UI finishes it (services/app/review.py).
Both finish with the one use case ``app/archiving.py`` ``finish_archiving``: the view with its payment
state, the audit entry and the ``invoice.archived`` event. An ambiguous or weak match is archived
at once and gets a ``match`` review item with its ranked candidates.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from services.adapters.metrics import MatchingMetrics
from services.adapters.mongo import MongoDb
from services.adapters.reference_repo import ConfirmationRepo, MetaRepo, ReferenceRepo, RuleRepo
from services.adapters.stage_runner import Output
from services.app.archiving import StoredInvoice, finish_archiving
from services.app.ports import AuditLog, InvoiceRepo, ObjectStore, PaymentStore, ReviewRepo
from services.core.enums import Outcome
from services.core.keys import invoice_id_of
from services.core.matching import LearnedModel, ReferenceSnapshot, build_model, snapshot
from services.core.stages.archive import (
    archived_event,
    known_versions,
    plan_archive,
    retain_until,
    version_record,
)
from services.core.stages.match import decide_match, matched_event, storable
from services.core.topics import INVOICE_ARCHIVED, INVOICE_MATCHED
from services.pipeline.handlers import _now, _read_staged

Loaded = tuple[ReferenceSnapshot, LearnedModel, list[dict[str, Any]]]


class MatchData:
    """Per-tenant snapshot + model + rules, reloaded when the tenant's counters move.

    The counters are read once per tenant per batch (``new_batch``, which the stage runner calls as
    it takes one), not once per invoice: every record of the batch was taken before that read, so
    each is matched against reference data at least as new as when it arrived."""

    def __init__(self, db: MongoDb) -> None:
        self.meta, self.refs = MetaRepo(db), ReferenceRepo(db)
        self.rules, self.confirmations = RuleRepo(db), ConfirmationRepo(db)
        self._cache: dict[str, tuple[tuple[int, int, int], Loaded]] = {}
        # Tenants whose counters this batch has read; None until the first batch (then every load reads).
        self._checked: set[str] | None = None
        self._lock = threading.Lock()  # the batch's records load side by side

    def new_batch(self) -> None:
        with self._lock:
            self._checked = set()

    def load(self, tenant: str) -> Loaded:
        with self._lock:
            hit = self._cache.get(tenant)
            if hit is not None and self._checked is not None and tenant in self._checked:
                return hit[1]
            versions = self.meta.versions(tenant)
            if self._checked is not None:
                self._checked.add(tenant)
            if hit is not None and hit[0] == versions:
                return hit[1]
            loaded = (snapshot(self.refs.all_for_tenant(tenant)), build_model(self.confirmations.recent(tenant)),
                      self.rules.list(tenant))
            self._cache[tenant] = (versions, loaded)
            return loaded


class MatchingHandler:
    def __init__(self, data: MatchData, metrics: MatchingMetrics | None = None) -> None:
        self.data, self.metrics = data, metrics

    def new_batch(self) -> None:
        """The stage runner took a batch: reference counters are read again (``MatchData``)."""
        self.data.new_batch()

    async def __call__(self, parsed: dict[str, Any]) -> Sequence[Output]:
        snap, model, rules = await asyncio.to_thread(self.data.load, parsed["tenant"])
        match = decide_match(parsed, snap, model, rules)
        if self.metrics is not None:
            self.metrics.results.labels(match["status"]).inc()
            for hit in match["rule_hits"]:
                self.metrics.rule_hits.labels(hit["rule_id"]).inc()
            if match["decision"] == "hold":
                self.metrics.held.inc()
        return [(INVOICE_MATCHED.name, matched_event(parsed, match, _now()))]


def review_item(matched: dict[str, Any], *, kind: str, invoice_id: str, plan: dict[str, Any],
                version_id: str | None, retain: date, now: datetime) -> dict[str, Any]:
    match, inv = matched["match"], matched["invoice"]
    return {
        "_id": invoice_id, "tenant": matched["tenant"], "site": matched["site"], "kind": kind, "status": "open",
        "created_at": now, "invoice_number": inv.get("number"), "issue_date": inv.get("issue_date"),
        "gross_total": inv.get("gross_total"), "currency": inv.get("currency"),
        "counterparty": ((inv.get("seller") if inv.get("direction") == "incoming" else inv.get("buyer")) or {}).get(
            "name"),
        "source": matched["source"], "external_id": matched["external_id"], "match": match,
        "reason": ("rules: " + ", ".join(h["rule_id"] for h in match.get("rule_hits") or [])) if kind == "approval"
        else f"match {match.get('status')}: {match.get('explanation')}",
        "matched": storable(matched) if kind == "approval" else None,
        "plan": plan, "version_id": version_id, "retain_until": retain.isoformat(),
    }


class HoldingArchiveHandler:
    def __init__(self, store: ObjectStore, invoices: InvoiceRepo, audit: AuditLog, review: ReviewRepo,
                 payments: PaymentStore, retention_years: int) -> None:
        self.store, self.invoices, self.audit, self.review, self.years = store, invoices, audit, review, retention_years
        self.payments = payments  # read only here: status-sync owns the payment state

    async def __call__(self, matched: dict[str, Any]) -> Sequence[Output]:
        return await asyncio.to_thread(self._archive, matched)

    @staticmethod
    def _named_versions(view: dict[str, Any] | None, item: dict[str, Any] | None) -> list[tuple[int, str]]:
        """The (version, sha256) the current view and a held item name: both read by ``_id``, so the
        archive stage's work per invoice does not grow with the archive (``core/stages/archive.known_versions``)."""
        named = []
        if view is not None and view.get("current_version"):
            named.append((int(view["current_version"]), str(view.get("current_sha256") or "")))
        plan = (item or {}).get("plan") or {}
        if item is not None and item.get("kind") == "approval" and plan.get("version"):
            named.append((int(plan["version"]), str((item.get("matched") or {}).get("document", {}).get("sha256"))))
        return named

    def _archive(self, matched: dict[str, Any]) -> list[Output]:
        now = _now()
        match = matched["match"]
        hold = match.get("decision") == "hold"
        sha, invoice_id = matched["document"]["sha256"], invoice_id_of(matched)
        own, item = self.invoices.version(invoice_id, sha), self.review.get(invoice_id)
        # A replay (its version record found) plans from that record alone: the view is not read.
        view = None if own is not None else self.invoices.get(matched["tenant"], invoice_id)
        named = [] if own is not None else self._named_versions(view, item)
        plan = plan_archive(matched, known_versions(sha, own, named))
        if plan.outcome is Outcome.DUPLICATE and own is not None:
            if item is not None and item["kind"] == "approval" and item["status"] != "approved" \
                    and (item.get("matched") or {}).get("document", {}).get("sha256") == sha:
                return []  # still waiting for (or refused) approval: nothing to announce
            return [(INVOICE_ARCHIVED.name, archived_event(matched, plan, own.get("version_id"), now))]
        issue = matched["invoice"].get("issue_date")
        retain = retain_until(date.fromisoformat(issue) if issue else None, now.date(), self.years)
        latest = self.store.latest(plan.object_key)
        if latest is not None and latest.sha256 == sha:
            version_id = latest.version_id  # stored before a crash; do not make a second version
        else:
            data = _read_staged(self.store, matched["document"])
            version_id = self.store.archive(plan.object_key, data, sha, retain)
        plan_doc = {"invoice_id": plan.invoice_id, "object_key": plan.object_key, "outcome": plan.outcome.value,
                    "version": plan.version}
        source = matched["source"]["kind"]
        if hold:
            self.review.put(review_item(matched, kind="approval", invoice_id=plan.invoice_id, plan=plan_doc,
                                        version_id=version_id, retain=retain, now=now))
            self.audit.append(
                tenant=matched["tenant"], actor="pipeline", action="invoice.held", target=plan.invoice_id,
                details={"version": plan.version, "sha256": sha, "source": source,
                         "rules": [h["rule_id"] for h in match.get("rule_hits") or []]},
            )
            self.invoices.record_version(version_record(matched, plan, version_id, now))
            return []

        announcement = finish_archiving(self.invoices, self.payments, self.audit,
                                        StoredInvoice(matched, plan, version_id, retain), actor="pipeline", now=now,
                                        details={"source": source}, new_view=own is None and view is None)
        if match.get("needs_review"):
            self.review.put(review_item(matched, kind="match", invoice_id=plan.invoice_id, plan=plan_doc,
                                        version_id=version_id, retain=retain, now=now))
        self.invoices.record_version(version_record(matched, plan, version_id, now))  # the commit point
        return [announcement]
