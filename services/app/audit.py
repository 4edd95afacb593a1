"""Verify an audit chain: one use case for the API (``POST /api/v1/audit/verify``), the UI's audit page
and ``szamlatar audit verify``.

The chain is recomputed entry by entry and checked against its newest anchor (``core/audit_chain.py``);
an intact chain longer than that anchor is anchored at its head, so the next verify pins everything
seen now. The verification is itself recorded in the log, whatever it found.
"""

from __future__ import annotations

from services.app.ports import AuditAnchors, AuditLog, Clock, utc_now
from services.core.access import Principal
from services.core.audit_chain import Anchor, ChainVerdict, verify_chain
from services.core.errors import ForbiddenError

TENANT_WIDE = "the audit chain is the whole tenant's: a principal restricted to sites may not verify it"


def verify_audit_chain(audit: AuditLog, anchors: AuditAnchors, tenant: str, *, actor: str, anchor: bool = True,
                       clock: Clock = utc_now) -> ChainVerdict:
    """Verify ``tenant``'s chain, anchor it when intact (unless ``anchor`` is off) and record the
    verification as ``actor``'s ``audit.verify``."""
    verdict = verify_and_anchor(audit, anchors, tenant, anchor=anchor, clock=clock)
    audit.append(tenant=tenant, actor=actor, action="audit.verify", target=f"tenant:{tenant}",
                 details=verdict.as_details())
    return verdict


def verify_and_anchor(audit: AuditLog, anchors: AuditAnchors, tenant: str, *, anchor: bool = True,
                      clock: Clock = utc_now) -> ChainVerdict:
    """Verify ``tenant``'s chain against its newest anchor and, when intact and longer than that anchor,
    anchor the verified head — without recording it: an evidence export records itself before it
    anchors, so the anchor in the package covers the export."""
    newest = anchors.newest(tenant)
    verdict = verify_chain(audit.stream(tenant, up_to=audit.head_seq(tenant)), newest)
    if anchor and verdict.ok and verdict.entries > (newest.seq if newest else 0):
        now = clock()
        anchors.write(Anchor(tenant, verdict.entries, verdict.head_hash, now.isoformat()), now.date())
    return verdict


def verify_for(audit: AuditLog, anchors: AuditAnchors, principal: Principal) -> ChainVerdict:
    """``verify_audit_chain`` of the principal's tenant, by the principal. ``ForbiddenError`` for a
    principal restricted to sites: the chain is the whole tenant's, and even its count says too much."""
    if not principal.tenant_wide:
        raise ForbiddenError(TENANT_WIDE)
    return verify_audit_chain(audit, anchors, principal.tenant, actor=principal.subject)
