"""Retention classes, legal hold and the purge decision (issue 14), pure.

Each document class keeps its own number of years from the end of its issue year (Számviteli tv.
§169: invoices 8 years); a tenant may set other classes (contracts, delivery notes …) or longer
periods. An invoice is purged only when its retention is over *and* no legal hold is on it; the
object lock on its stored versions is checked by the purge itself, version by version, and refuses
what it still protects.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from services.core.stages.archive import retain_until

INVOICE = "invoice"
REASON_MIN, REASON_MAX = 3, 500


class Verdict(StrEnum):
    PURGE = "purge"  # retention over, no hold: delete (if no object lock refuses it)
    HELD = "legal_hold"
    RETAINED = "retained"  # retention not over yet
    LOCKED = "object_lock"  # retention over by our rules, but storage still locks a version


@dataclass(frozen=True)
class Decision:
    tenant: str
    invoice_id: str
    verdict: Verdict
    retain_until: date
    detail: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"tenant": self.tenant, "invoice_id": self.invoice_id, "verdict": self.verdict.value,
                "retain_until": self.retain_until.isoformat(), "detail": self.detail}


def document_class(view: Mapping[str, Any]) -> str:
    return str(view.get("document_class") or INVOICE)


def years_for(doc_class: str, classes: Mapping[str, int], default_years: int) -> int:
    """The tenant's years for the class; an invoice never fewer than the law's ``default_years``."""
    years = int(classes.get(doc_class, default_years))
    return max(years, default_years) if doc_class == INVOICE else years


def effective_retain_until(view: Mapping[str, Any], years: int) -> date:
    """The later of the date fixed at archiving and the one the class's years give now."""
    issue = date.fromisoformat(view["issue_date"]) if view.get("issue_date") else None
    received = view["updated_at"].date() if isinstance(view.get("updated_at"), datetime) else datetime.now(UTC).date()
    by_class = retain_until(issue, received, years)
    fixed = date.fromisoformat(view["retain_until"]) if view.get("retain_until") else by_class
    return max(fixed, by_class)


def decide(view: Mapping[str, Any], classes: Mapping[str, int], default_years: int, today: date) -> Decision:
    until = effective_retain_until(view, years_for(document_class(view), classes, default_years))
    tenant, invoice_id = str(view["tenant"]), str(view["_id"])
    if view.get("legal_hold"):
        return Decision(tenant, invoice_id, Verdict.HELD, until, str(view["legal_hold"].get("reason", "")))
    if until >= today:
        return Decision(tenant, invoice_id, Verdict.RETAINED, until)
    return Decision(tenant, invoice_id, Verdict.PURGE, until)


def hold_record(reason: str, actor: str, at: datetime) -> dict[str, Any]:
    """What the invoice view shows of a hold. The reason is required: a hold nobody can explain is never lifted."""
    reason = reason.strip()
    if not REASON_MIN <= len(reason) <= REASON_MAX:
        raise ValueError(f"a legal hold needs a reason of {REASON_MIN}‥{REASON_MAX} characters")
    return {"reason": reason, "by": actor, "at": at.isoformat()}
