"""The audit reads about part of a tenant's chain — an invoice's trail, what a site-restricted reader
may see — from the node's audit index (``adapters/audit_index.py``) instead of filtering the log
(issue 11). The index lags the chain by up to a tick of the indexer; the entries after the last seq it
holds are read by ``_id`` and filtered here, so a reader sees its own act at once. Without an index
(the tests over the twins), or when it lags far (no indexer running on this node), the log is asked
as before."""

from __future__ import annotations

from typing import Any

from services.adapters.audit_index import AuditIndex, AuditQuery
from services.core.access import Principal
from services.web.deps import Ports

Doc = dict[str, Any]
TAIL_MAX = 1000  # unindexed entries read one by one; beyond this the index is too far behind to help


def _caught_up(ports: Ports, tenant: str) -> tuple[AuditIndex, int, int] | None:
    """(index, its last seq, the chain's head) when the index is near enough to the head."""
    index = ports.audit_index
    if index is None:
        return None
    head, done = ports.audit.head_seq(tenant), index.last_seq(tenant)
    return (index, done, head) if head - done <= TAIL_MAX else None


def _all_seqs(index: AuditIndex, query: AuditQuery, limit: int) -> list[int]:
    if limit > 0:
        return index.seqs(query, newest_first=False, offset=0, limit=limit)[0]
    _, total = index.seqs(query, newest_first=False, offset=0, limit=0)
    return index.seqs(query, newest_first=False, offset=0, limit=total)[0] if total else []


def trail(ports: Ports, tenant: str, target: str, *, after_seq: int = 0, limit: int = 0) -> list[Doc]:
    """``AuditLog.trail``'s answer: ``target``'s entries after ``after_seq``, oldest first, ``limit`` 0 all."""
    caught_up = _caught_up(ports, tenant)
    if caught_up is None:
        return ports.audit.trail(tenant, target, after_seq=after_seq, limit=limit)
    index, done, head = caught_up
    seqs = _all_seqs(index, AuditQuery(tenant, target=target, after_seq=after_seq, up_to=done), limit)
    entries = ports.audit.at_seqs(tenant, seqs)
    if limit <= 0 or len(entries) < limit:
        tail = ports.audit.at_seqs(tenant, list(range(max(done, after_seq) + 1, head + 1)))
        entries += [e for e in tail if e.get("target") == target]
    return entries[:limit] if limit > 0 else entries


def _site_of(ports: Ports, tenant: str, target: str) -> str | None:
    found = ports.invoices.get(tenant, target) or ports.reviews.get(target)
    return None if found is None or found.get("tenant") != tenant else str(found.get("site") or "")


def visible_page(ports: Ports, principal: Principal, *, skip: int,
                 limit: int) -> tuple[list[Doc], int] | None:
    """A site-restricted reader's page of the log, newest first, and how many entries it may see:
    those about the invoices (archived or held) of its sites. ``None``: no usable index here."""
    tenant = principal.tenant
    caught_up = _caught_up(ports, tenant)
    if caught_up is None:
        return None
    index, done, head = caught_up
    tail = ports.audit.at_seqs(tenant, list(range(head, done, -1)))
    sites: dict[str, str | None] = {}
    for target in {str(e.get("target") or "") for e in tail}:
        sites[target] = _site_of(ports, tenant, target)
    visible = [e for e in tail if sites.get(str(e.get("target") or "")) in principal.sites]
    page = visible[max(0, skip):max(0, skip) + limit]
    wanted = limit - len(page)
    seqs, indexed = index.seqs(AuditQuery(tenant, sites=tuple(principal.sites), up_to=done), newest_first=True,
                               offset=max(0, skip - len(visible)), limit=max(0, wanted))
    return page + ports.audit.at_seqs(tenant, seqs), len(visible) + indexed
