"""Search, detail (with versions) and the decrypted PDF; every PDF read is audited."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from services.core.access import Permission, Principal
from services.core.errors import IntegrityError, NotFoundError
from services.core.http_headers import content_disposition
from services.core.search_query import InvoiceQuery
from services.web import audit_reads
from services.web.deps import Ports, PortsDep, PrincipalDep, require
from services.web.invoice_search import SORT_HELP, SORT_PATTERN, find_invoices
from services.web.params import AfterSeq, Amount, Page, Version

router = APIRouter(prefix="/api/v1/invoices", tags=["invoices"])

_SUMMARY_FIELDS = (
    "invoice_number", "kind", "direction", "issue_date", "currency", "gross_total", "seller_name",
    "seller_tax_number", "buyer_name", "buyer_tax_number", "client_id", "client_name", "site",
    "current_version", "external_id",
)


def _summary(doc: dict[str, Any]) -> dict[str, Any]:
    return {"id": doc["_id"], **{k: doc.get(k) for k in _SUMMARY_FIELDS}, "source": doc.get("source")}


@router.get("", summary="Search invoices")
async def search_invoices(
    ports: PortsDep,
    principal: PrincipalDep,
    client: Annotated[str | None, Query(description="client id, tax number or part of the name")] = None,
    issue_from: date | None = None,
    issue_to: date | None = None,
    gross_min: Amount = None,
    gross_max: Amount = None,
    number: Annotated[str | None, Query(description="invoice number or its beginning")] = None,
    q: Annotated[str | None, Query(description="full text: every word must occur")] = None,
    page: Page = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
    sort: Annotated[str | None, Query(pattern=SORT_PATTERN, description=SORT_HELP)] = None,
    facets: Annotated[bool, Query(description="also count the matches by status, direction, site and kind")] = False,
) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    query = InvoiceQuery(
        tenant=principal.tenant, sites=principal.sites, client=client, issue_from=issue_from, issue_to=issue_to,
        gross_min=gross_min, gross_max=gross_max, number=number, text=q,
    )
    found = await asyncio.to_thread(find_invoices, ports, query, skip=(page - 1) * page_size, limit=page_size,
                                    sort=sort, facets=facets)
    answer = {"items": [_summary(d) for d in found.rows], "total": found.total, "page": page, "page_size": page_size}
    return {**answer, "facets": found.facets} if facets else answer


async def visible_invoice(ports: Ports, principal: Principal, invoice_id: str) -> dict[str, Any]:
    doc = await asyncio.to_thread(ports.invoices.get, principal.tenant, invoice_id)
    if doc is None or not principal.sees_site(doc.get("site", "")):
        raise NotFoundError(f"no invoice {invoice_id}")
    return doc


@router.get("/{invoice_id}", summary="One invoice with its versions")
async def get_invoice(invoice_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.READ)
    doc = await visible_invoice(ports, principal, invoice_id)
    versions = await asyncio.to_thread(ports.invoices.versions, invoice_id)
    return {
        **_summary(doc),
        "invoice": doc.get("invoice"),
        "match": doc.get("match"),
        "retain_until": doc.get("retain_until"),
        "legal_hold": doc.get("legal_hold"),
        "versions": [
            {"version": v["version"], "sha256": v["sha256"], "size": v["size"], "filename": v.get("filename"),
             "archived_at": v["archived_at"].isoformat() if v.get("archived_at") else None}
            for v in versions
        ],
    }


@router.get("/{invoice_id}/pdf", summary="The PDF (decrypted), latest or a given version")
async def get_pdf(invoice_id: str, ports: PortsDep, principal: PrincipalDep, version: Version = None
                  ) -> StreamingResponse:
    require(principal, Permission.READ_PDF)
    doc = await visible_invoice(ports, principal, invoice_id)
    versions = await asyncio.to_thread(ports.invoices.versions, invoice_id)
    wanted = version or doc.get("current_version")
    record = next((v for v in versions if v["version"] == wanted), None)
    if record is None:
        raise NotFoundError(f"invoice {invoice_id} has no version {wanted}")
    chunks = ports.store.stream(ports.settings.archive_bucket, record["object_key"], record.get("version_id"))
    # Open the object and authenticate its first segment before the audit entry: a download that
    # cannot be served (object missing, decryption failing, storage down) is no read and is not
    # recorded as one. The entry is still written before the first byte leaves.
    try:
        first = await asyncio.to_thread(next, chunks, None)
    except NotFoundError as exc:
        raise NotFoundError(f"the PDF of invoice {invoice_id} version {wanted} is missing") from exc
    except IntegrityError as exc:
        raise IntegrityError(f"the PDF of invoice {invoice_id} version {wanted} failed authentication; it is not "
                             "served", reason=exc.reason) from exc
    try:
        await asyncio.to_thread(
            ports.audit.append, tenant=principal.tenant, actor=principal.subject, action="invoice.pdf.read",
            target=invoice_id, details={"version": record["version"], "sha256": record["sha256"]},
        )
    except BaseException:
        chunks.close()  # releases the storage connection
        raise

    async def body() -> AsyncIterator[bytes]:
        chunk = first
        while chunk is not None:
            yield chunk
            chunk = await asyncio.to_thread(next, chunks, None)

    filename = f"{doc.get('invoice_number') or invoice_id}.pdf"
    return StreamingResponse(
        body(), media_type="application/pdf",
        headers={"Content-Disposition": content_disposition(filename), "Cache-Control": "private, no-store"},
    )


@router.get("/{invoice_id}/audit", summary="The invoice's audit trail, oldest first, by pages")
async def get_audit(
    invoice_id: str,
    ports: PortsDep,
    principal: PrincipalDep,
    after: AfterSeq = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 200,
) -> dict[str, Any]:
    require(principal, Permission.READ)
    await visible_invoice(ports, principal, invoice_id)
    # One row beyond the page says whether another follows, without counting the trail.
    rows = await asyncio.to_thread(audit_reads.trail, ports, principal.tenant, invoice_id, after_seq=after,
                                   limit=limit + 1)
    items = rows[:limit]
    return {"items": items, "next_after": items[-1]["seq"] if len(rows) > limit else None}
