"""The PDF shown in the page: the first pages of an invoice version drawn as one PNG, and the PDF of an
invoice held for approval (download, inline view, preview), so an approver looks at it before deciding.

Every one of these is a read of the PDF, checked and audited like the download (``web/pdf_reads.py``);
the drawing happens in the PDF sandbox (``adapters/pdf_sandbox.py``), never in the API's own process.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response, StreamingResponse

from services.core.access import Principal
from services.web import pdf_reads
from services.web.deps import Ports, PortsDep, PrincipalDep
from services.web.params import Version

router = APIRouter(tags=["invoices"])
PNG_HEADERS = {"Cache-Control": "private, no-store"}


async def _preview(ports: Ports, principal: Principal, pdf: pdf_reads.StoredPdf) -> Response:
    if ports.previews is None:
        raise RuntimeError("the PDF preview sandbox is not configured")
    data = await pdf_reads.read_audited(ports, principal, pdf, "preview")
    drawn = await asyncio.to_thread(ports.previews.preview, data)
    return Response(drawn.png, media_type="image/png",
                    headers=PNG_HEADERS | {"X-Pdf-Pages": str(drawn.pages), "X-Preview-Pages": str(drawn.shown)})


@router.get("/api/v1/invoices/{invoice_id}/preview.png", summary="The first pages of a version, drawn as a PNG")
async def invoice_preview(invoice_id: str, ports: PortsDep, principal: PrincipalDep,
                          version: Version = None) -> Response:
    return await _preview(ports, principal, await pdf_reads.invoice_pdf(ports, principal, invoice_id, version))


@router.get("/api/v1/review/{item_id}/pdf", summary="The PDF a review item is about (held invoices too)")
async def held_pdf(item_id: str, ports: PortsDep, principal: PrincipalDep,
                   inline: Annotated[bool, Query(description="for the browser's own viewer")] = False,
                   ) -> StreamingResponse:
    pdf = await pdf_reads.held_pdf(ports, principal, item_id)
    first, chunks = await pdf_reads.open_audited(ports, principal, pdf, "inline" if inline else "download")
    return StreamingResponse(pdf_reads.body_of(first, chunks), media_type="application/pdf",
                             headers=pdf_reads.pdf_headers(pdf, inline=inline))


@router.get("/api/v1/review/{item_id}/preview.png", summary="The first pages of a review item's PDF, as a PNG")
async def held_preview(item_id: str, ports: PortsDep, principal: PrincipalDep) -> Response:
    return await _preview(ports, principal, await pdf_reads.held_pdf(ports, principal, item_id))
