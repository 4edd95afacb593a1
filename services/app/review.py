"""Review-queue decisions, one set for every door: the JSON API (``web/routes/review.py``) and the UI's
review pages (``web/ui/pages/review.py``) call these, so a decision means the same whichever way it came.

Plain functions over ``ReviewPorts``. They raise domain errors (``core/errors.py``), never HTTP ones: each
caller says them its own way — the API as JSON with a status, the UI as a message from the catalogues.

- ``NotFoundError``: no such item for this principal (another tenant's or site's counts as none), or a
  match item whose invoice is not archived.
- ``UnknownReferenceError``: the decision names a client that does not exist.
- ``ConflictError``: the item was decided already.
- ``SchemaViolationError``: a reassignment that assigns nothing.

Approving a held invoice finishes its archiving (``app/archiving.py``, the archive stage's own last
step): its view is written (it becomes searchable) and ``invoice.archived`` published; deciding on an
archived invoice rewrites its view and publishes ``invoice.linked`` with who decided; a
person's client / project / contract choice is also recorded as a confirmed assignment the learned
matcher uses next time. Every decision carries a reason and lands in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from services.app.archiving import AuditNote, StoredInvoice, finish_archiving
from services.app.ports import (
    AuditLog,
    Clock,
    ConfirmationRepo,
    IndexRequests,
    InvoiceRepo,
    PaymentStore,
    Publisher,
    ReferenceRepo,
    ReviewRepo,
    utc_now,
)
from services.core.access import Principal
from services.core.enums import Outcome
from services.core.errors import ConflictError, NotFoundError, SchemaViolationError, UnknownReferenceError
from services.core.linked import relinked_event
from services.core.matching import invoice_features
from services.core.payments import with_payment_state
from services.core.reference import RefKind
from services.core.stages.archive import ArchivePlan
from services.core.stages.match import assignment_fields, reassigned, restored
from services.core.topics import INVOICE_LINKED

ACTIONS = ("approve", "reassign", "reject")


@dataclass(frozen=True)
class ReviewPorts:
    """What a review decision reaches (the web app builds it from its ``Ports``: ``deps.review_ports``)."""

    reviews: ReviewRepo
    invoices: InvoiceRepo
    payments: PaymentStore
    reference: ReferenceRepo
    confirmations: ConfirmationRepo
    audit: AuditLog
    publisher: Publisher
    clock: Clock = utc_now
    index_requests: IndexRequests | None = None  # a match decided on an archived invoice: its search row


class Decision(BaseModel):
    reason: str = Field(..., min_length=3, max_length=500, description="why — goes to the audit log")
    client_id: str | None = None
    project_id: str | None = None
    contract_id: str | None = None
    cost_centre: str | None = None


def load_item(ports: ReviewPorts, principal: Principal, item_id: str) -> dict[str, Any]:
    item = ports.reviews.get(item_id)
    if item is None or item["tenant"] != principal.tenant or not principal.sees_site(item.get("site", "")):
        raise NotFoundError(f"no review item {item_id}")
    return item


def visible_items(ports: ReviewPorts, principal: Principal, *, status: str, limit: int) -> list[dict[str, Any]]:
    """The principal's tenant and sites, oldest first, without the held event (one query)."""
    return ports.reviews.list(principal.tenant, status=status, sites=principal.sites, limit=limit)


def _changes(ports: ReviewPorts, tenant: str, d: Decision,
             item: dict[str, Any]) -> tuple[str | None, str | None, dict[str, Any]]:
    client_id, client_name = d.client_id, None
    if client_id is not None:
        try:
            client_name = ports.reference.get(tenant, RefKind.CLIENT, client_id).get("name")
        except NotFoundError as exc:
            raise UnknownReferenceError(exc.message) from exc
    elif item["kind"] == "match" and not (item["match"] or {}).get("client_id"):
        top = next(iter((item["match"] or {}).get("candidates") or []), None)  # approve = take the best candidate
        if top is not None:
            client_id, client_name = top["client_id"], top.get("client_name")
    changes = {k: v for k, v in (("project_id", d.project_id), ("contract_id", d.contract_id),
                                 ("cost_centre", d.cost_centre)) if v is not None}
    return client_id, client_name, changes


def _confirm(ports: ReviewPorts, tenant: str, invoice_id: str, invoice: dict[str, Any], match: dict[str, Any]) -> None:
    if not match.get("client_id"):
        return
    ports.confirmations.record(tenant, invoice_id, {
        "features": invoice_features(invoice), "client_id": match.get("client_id"),
        "project_id": match.get("project_id"), "contract_id": match.get("contract_id"),
        "cost_centre": match.get("cost_centre")})


def approve_item(ports: ReviewPorts, principal: Principal, item_id: str, d: Decision, action: str) -> dict[str, Any]:
    """Approve (``action="approve"``) or reassign an open item; the item as it now stands."""
    if action == "reassign" and not (d.client_id or d.project_id or d.contract_id or d.cost_centre):
        raise SchemaViolationError("reassign needs something to assign")
    item = load_item(ports, principal, item_id)
    if item["status"] != "open":
        raise ConflictError(f"already {item['status']}")
    client_id, client_name, changes = _changes(ports, principal.tenant, d, item)
    person_chose = client_id is not None or bool(changes)
    match = reassigned(item["match"], client_id=client_id, client_name=client_name, changes=changes,
                       actor=principal.subject, reason=d.reason) if person_chose else item["match"]
    now = ports.clock()
    audit = {"reason": d.reason, "kind": item["kind"], "client_id": match.get("client_id"),
             "project_id": match.get("project_id"), "contract_id": match.get("contract_id")}
    if action == "reassign" and item["kind"] == "approval":
        # still waiting for approval, now with the person's assignment
        matched = {**item["matched"], "match": match}  # stored form (provenance as a list)
        ports.reviews.update_open(item_id, {"match": match, "matched": matched})
        ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="review.reassigned",
                           target=item_id, details=audit)
        _confirm(ports, principal.tenant, item_id, matched["invoice"], match)
        return {**item, "match": match}
    if item["kind"] == "approval":
        matched = {**restored(item["matched"]), "match": match}
        p = item["plan"]
        plan = ArchivePlan(p["invoice_id"], p["object_key"], Outcome(p["outcome"]), int(p["version"]))
        # A held invoice may have been paid while it waited: finishing takes the stored payment state.
        held = StoredInvoice(matched, plan, item.get("version_id"), date.fromisoformat(item["retain_until"]))
        decision = AuditNote("review.approved" if action == "approve" else "review.reassigned", audit)
        ports.publisher.publish(*finish_archiving(ports.invoices, ports.payments, ports.audit, held,
                                                  actor=principal.subject, now=now, details={"approved": True},
                                                  note=decision))
        invoice = matched["invoice"]
    else:
        stored = ports.invoices.get(principal.tenant, item_id)
        if stored is None:
            raise NotFoundError(f"invoice {item_id} is not archived")

        def decided_view(payment_state: dict[str, Any] | None) -> dict[str, Any]:
            # The whole view is written back: a payment status-sync applied since it was read must stay.
            return with_payment_state({**stored, "client_id": match.get("client_id"),
                                       "client_name": match.get("client_name"), "match": match, "updated_at": now,
                                       **assignment_fields(match)}, payment_state)

        view = ports.payments.write_view(item_id, decided_view, ports.invoices.upsert_view)
        # Tells the indexer (search shows the new client within a second) and the systems that follow links.
        ports.publisher.publish(INVOICE_LINKED.name, relinked_event(view, decision_id=item_id,
                                                                    changed_by=principal.subject, now=now))
        if ports.index_requests is not None:  # until the indexer has the event, search reads this row by _id
            ports.index_requests.note(item_id)
        ports.audit.append(tenant=principal.tenant, actor=principal.subject,
                           action="review.approved" if action == "approve" else "review.reassigned",
                           target=item_id, details=audit)
        invoice = view.get("invoice") or {}
    if person_chose or item["kind"] == "match":
        _confirm(ports, principal.tenant, item_id, invoice, match)
    decided = ports.reviews.decide(item_id, status="approved", decision={
        **audit, "by": principal.subject, "action": action})
    return decided or item


def reject_item(ports: ReviewPorts, principal: Principal, item_id: str, d: Decision) -> dict[str, Any]:
    """Reject an open item: a held invoice stays stored but unpublished; a match is dropped."""
    item = load_item(ports, principal, item_id)
    decided = ports.reviews.decide(item_id, status="rejected", decision={"reason": d.reason, "by": principal.subject})
    if decided is None:
        raise ConflictError(f"already {item['status']}")
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="review.rejected", target=item_id,
                       details={"reason": d.reason, "kind": item["kind"]})
    return decided


def decide(ports: ReviewPorts, principal: Principal, item_id: str, d: Decision, action: str) -> dict[str, Any]:
    """One of ``ACTIONS`` on an item."""
    if action == "reject":
        return reject_item(ports, principal, item_id, d)
    return approve_item(ports, principal, item_id, d, action)
