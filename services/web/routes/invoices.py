"""Search, detail (with versions) and the decrypted PDF; every PDF read is audited."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from services.core.access import Permission
from services.core.clients import counterparty_id
from services.core.search_query import InvoiceQuery
from services.web import audit_reads, pdf_reads
from services.web.deps import PortsDep, PrincipalDep, require
from services.web.invoice_search import SORT_HELP, SORT_PATTERN, ListFilters, find_invoices
from services.web.params import AfterSeq, Amount, Page, Version
from services.web.pdf_reads import visible_invoice

router = APIRouter(prefix="/api/v1/invoices", tags=["invoices"])

_SUMMARY_FIELDS = (
    "invoice_number", "kind", "direction", "issue_date", "currency", "gross_total", "seller_name",
    "seller_tax_number", "buyer_name", "buyer_tax_number", "client_id", "client_name", "site",
    "current_version", "external_id",
)


def _summary(doc: dict[str, Any]) -> dict[str, Any]:
    # counterparty_id: the client record of the buyer (outgoing) / seller (incoming), /ui/clients/{it};
    # an index row carries it, a store view (no index) derives it the same way.
    party = doc.get("counterparty_id") or (counterparty_id(doc) if doc.get("tenant") else None)
    return {"id": doc["_id"], **{k: doc.get(k) for k in _SUMMARY_FIELDS}, "source": doc.get("source"),
            "counterparty_id": party}


@router.get("", summary="Search invoices")
async def search_invoices(
    ports: PortsDep,
    principal: PrincipalDep,
    filters: Annotated[ListFilters, Depends()],
    client: Annotated[str | None, Query(description="client id, tax number or part of the name")] = None,
    issue_from: date | None = None,
    issue_to: date | None = None,
    gross_min: Amount = None,
    gross_max: Amount = None,
    number: Annotated[str | None, Query(description="any part of the invoice number (case and accents aside)")] = None,
    q: Annotated[str | None, Query(description="full text: every word must occur")] = None,
    page: Page = 1,
    page_size: Annotated[int, Query(ge=1, le=200)] = 50,
    sort: Annotated[str | None, Query(pattern=SORT_PATTERN, description=SORT_HELP)] = None,
    facets: Annotated[bool, Query(description="also count the matches by status, direction, site and kind")] = False,
    totals: Annotated[bool, Query(description="also sum every match per currency: count, gross, paid, open")] = False,
) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    query = InvoiceQuery(
        tenant=principal.tenant, sites=principal.sites, client=client, issue_from=issue_from, issue_to=issue_to,
        gross_min=gross_min, gross_max=gross_max, number=number, text=q, **filters.chosen(),
    )
    found = await asyncio.to_thread(find_invoices, ports, query, skip=(page - 1) * page_size, limit=page_size,
                                    sort=sort, facets=facets, totals=totals)
    answer: dict[str, Any] = {"items": [_summary(d) for d in found.rows], "total": found.total, "page": page,
                              "page_size": page_size}
    if facets:
        answer["facets"] = found.facets
    if totals:
        answer["totals"] = {cur: {"count": b.count, **{k.removesuffix("_amount"): v for k, v in b.sums.items()}}
                            for cur, b in found.totals.items()}
    return answer


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
async def get_pdf(invoice_id: str, ports: PortsDep, principal: PrincipalDep, version: Version = None,
                  inline: Annotated[bool, Query(description="for the browser's own viewer, not a download")] = False,
                  ) -> StreamingResponse:
    pdf = await pdf_reads.invoice_pdf(ports, principal, invoice_id, version)
    first, chunks = await pdf_reads.open_audited(ports, principal, pdf, "inline" if inline else "download")
    return StreamingResponse(pdf_reads.body_of(first, chunks), media_type="application/pdf",
                             headers=pdf_reads.pdf_headers(pdf, inline=inline))


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
