"""Finish archiving an invoice: make an archived PDF a public invoice.

Two doors reach it: the archive stage (``pipeline/matching.py``), for an invoice no rule held, and the
approval of a held invoice (``app/review.py``), which the API and the UI share. Both have stored the
encrypted PDF already; this writes the current view showing the stored payment state, records
``invoice.archived`` in the audit log and returns the ``invoice.archived`` event. The caller sends the
event: the archive stage hands it to its stage runner, which publishes it after the stage's commit
point (the version record) and waits for the broker's ack; an approval publishes it at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from services.app.ports import AuditLog, InvoiceRepo, PaymentStore
from services.core.stages.archive import ArchivePlan, archived_event, invoice_view
from services.core.stages.match import assignment_fields
from services.core.topics import INVOICE_ARCHIVED

Doc = dict[str, Any]
Announcement = tuple[str, Doc]  # (topic, event), the shape a stage's outputs take


@dataclass(frozen=True)
class StoredInvoice:
    """An invoice whose PDF is in the archive bucket: the matched event (stored form restored), where
    its version went and until when it is retained."""

    matched: Doc
    plan: ArchivePlan
    version_id: str | None
    retain: date


@dataclass(frozen=True)
class AuditNote:
    """An audit entry about the same invoice that belongs before ``invoice.archived`` (the decision that
    released it), written only once the view is."""

    action: str
    details: Doc


def finish_archiving(invoices: InvoiceRepo, payments: PaymentStore, audit: AuditLog, stored: StoredInvoice, *,
                     actor: str, now: datetime, details: Doc, note: AuditNote | None = None,
                     new_view: bool = False) -> Announcement:
    """View (with the stored payment state) → audit → the ``invoice.archived`` event to send.

    ``details`` joins ``version`` and ``sha256`` in the audit entry. ``new_view``: the caller read the
    invoice's view and found none (``PaymentStore.write_view``'s ``new``). The view takes the payment state
    status-sync stored, not the event's payments: it may have come first, or been applied while a held
    invoice waited; a replay rebuilds the view the same way."""
    matched, plan = stored.matched, stored.plan

    def build(payment_state: Doc | None) -> Doc:
        view = invoice_view(matched, plan, stored.version_id, now, stored.retain, payment_state=payment_state)
        view.update(assignment_fields(matched["match"]))
        return view

    payments.write_view(plan.invoice_id, build, invoices.upsert_view, new=new_view)
    tenant = matched["tenant"]
    if note is not None:
        audit.append(tenant=tenant, actor=actor, action=note.action, target=plan.invoice_id, details=note.details)
    audit.append(tenant=tenant, actor=actor, action="invoice.archived", target=plan.invoice_id,
                 details={"version": plan.version, "sha256": matched["document"]["sha256"], **details})
    return INVOICE_ARCHIVED.name, archived_event(matched, plan, stored.version_id, now)
