"""``/ui/audit``: the tenant's audit log, newest first; its verification and its CSV export.

What a site-restricted reader sees of the log is ``visible_targets``: the entries about the invoices
of its sites, nothing tenant-wide. The chain is the whole tenant's, so only a reader without a site
limit may verify it."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, StreamingResponse

from services.app.audit import verify_for
from services.core.access import Principal, site_clause
from services.core.audit_chain import ChainVerdict, newest_first_page
from services.core.errors import ForbiddenError
from services.web import audit_reads
from services.web import presentation as fmt
from services.web.deps import Ports, PortsDep, anchors_of
from services.web.params import Page
from services.web.sessions import SessionContext
from services.web.ui.guard import AuditReader, AuditReaderForm, Forbidden
from services.web.ui.render import render

router = APIRouter(prefix="/ui", include_in_schema=False)
AUDIT_PAGE_SIZE = 50
CSV_COLUMNS = ("seq", "at", "actor", "action", "target", "details", "prev_hash", "hash")


def visible_targets(ports: Ports, principal: Principal) -> list[str] | None:
    """What ``principal`` may read of its tenant's audit log: ``None`` is every entry (no site limit).
    A site-restricted principal reads only the entries about the invoices of its sites — archived or
    held for approval; an invoice's entries name its id as their target — and nothing tenant-wide
    (logins, users, rules, verifications), the same rule as an invoice's own trail."""
    if principal.tenant_wide:
        return None
    archived = ports.invoices.ids({"tenant": principal.tenant, **site_clause(principal.sites)})
    held = ports.reviews.ids(principal.tenant, principal.sites)
    return sorted(set(archived) | set(held))


def _restricted_page(ports: Ports, principal: Principal, page: int) -> tuple[list[dict[str, Any]], fmt.Pagination]:
    """From the audit index (``web/audit_reads.py``); where this node has none, from the log filtered
    by every visible invoice id."""
    wanted = fmt.paginate(page * AUDIT_PAGE_SIZE, page, AUDIT_PAGE_SIZE)

    def read(skip: int) -> tuple[list[dict[str, Any]], int]:
        indexed = audit_reads.visible_page(ports, principal, skip=skip, limit=AUDIT_PAGE_SIZE)
        if indexed is not None:
            return indexed
        targets = visible_targets(ports, principal) or []
        return ports.audit.about(principal.tenant, targets, skip=skip, limit=AUDIT_PAGE_SIZE)

    newest_first, total = read(wanted.skip)
    pager = fmt.paginate(total, page, AUDIT_PAGE_SIZE)
    if pager.page != page:
        newest_first, total = read(pager.skip)
    return newest_first, pager


def _audit_page(request: Request, ports: Ports, ctx: SessionContext, page: int,
                verified: ChainVerdict | None = None) -> HTMLResponse:
    tenant = ctx.principal.tenant
    if ctx.principal.tenant_wide:
        # The head's seq is the total and a page is a seq range: one page read, not the whole chain.
        pager = fmt.paginate(ports.audit.head_seq(tenant), page, AUDIT_PAGE_SIZE)
        first, last = newest_first_page(pager.total, pager.skip, AUDIT_PAGE_SIZE)
        newest_first = ports.audit.seq_range(tenant, first, last, newest_first=True)
    else:  # a site-restricted reader: its invoices' entries, counted alone (the total is what it may see)
        newest_first, pager = _restricted_page(ports, ctx.principal, page)
    return render(request, "audit.html", ctx, entries=newest_first, pg=pager, verified=verified,
                  page_url=lambda p: f"/ui/audit?page={p}")


@router.get("/audit")
def audit_page(request: Request, ports: PortsDep, ctx: AuditReader, page: Page = 1) -> HTMLResponse:
    return _audit_page(request, ports, ctx, page)


@router.post("/audit/verify")
def audit_verify(request: Request, ports: PortsDep, ctx: AuditReaderForm) -> HTMLResponse:
    try:
        verdict = verify_for(ports.audit, anchors_of(ports), ctx.principal)
    except ForbiddenError as exc:  # restricted to sites: the chain is the whole tenant's
        raise Forbidden(ctx, "audit.tenant_wide") from exc
    return _audit_page(request, ports, ctx, 1, verified=verdict)


def _about(entries: Iterator[dict[str, Any]], targets: frozenset[str]) -> Iterator[dict[str, Any]]:
    return (e for e in entries if e.get("target") in targets)


def _csv_rows(entries: Iterator[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow([fmt.csv_cell(json.dumps(e.get(c), ensure_ascii=False, sort_keys=True)
                                      if c == "details" else e.get(c)) for c in CSV_COLUMNS])
        if buffer.tell() > 64 * 1024:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


@router.get("/audit.csv")
def audit_export(ports: PortsDep, ctx: AuditReader) -> StreamingResponse:
    principal = ctx.principal
    tenant = principal.tenant
    ports.audit.append(tenant=tenant, actor=principal.subject, action="audit.export", target=f"tenant:{tenant}",
                       details={"format": "csv"})
    # The head is read here, after the export's own entry (so the file lists itself last) and before
    # the response starts (so a store outage is still an error page); the rows stream in seq batches.
    targets = visible_targets(ports, principal)
    entries = ports.audit.stream(tenant, up_to=ports.audit.head_seq(tenant))
    if targets is not None:  # a site-restricted reader: only its invoices' entries
        entries = _about(entries, frozenset(targets))
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return StreamingResponse(_csv_rows(entries), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="audit-{tenant}-{stamp}.csv"', "Cache-Control": "no-store"})
