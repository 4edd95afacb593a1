"""Evidence packages from the web (issue 14): one invoice's (the invoice page's button) or a period's,
optionally one client's — the same zip ``szamlatar evidence export`` writes (``compliance/evidence.py``):
decrypted PDFs, metadata, version history, RFC 3161 tokens with the TSA chain, the audit chain up to a
fresh anchor and a manifest of sha256 sums; ``szamlatar evidence verify`` checks it offline.

Auditors and admins (READ_AUDIT), and only those not restricted to sites: the package carries the
tenant's audit chain, which is the whole company's. The export is audited (``evidence.export``) before
the anchor is taken, so the package proves its own export. A period is bounded (``MAX_PACKAGE``
invoices); a larger one is the CLI's.
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import Response

from services.compliance.evidence import EvidenceDesk, Period
from services.core.access import Permission, Principal
from services.core.errors import ForbiddenError, LimitExceededError, SchemaViolationError
from services.core.http_headers import content_disposition, safe_filename
from services.web.deps import Ports, PortsDep, PrincipalDep, require
from services.web.pdf_reads import visible_invoice

router = APIRouter(tags=["audit"])
MAX_PACKAGE = 500  # invoices one web export holds (built in memory); a larger period: the CLI


def _desk(ports: Ports, principal: Principal) -> EvidenceDesk:
    require(principal, Permission.READ_AUDIT)
    if not principal.tenant_wide:
        raise ForbiddenError("an evidence package holds the tenant's whole audit chain: only a principal "
                             "not restricted to sites may export one")
    if ports.evidence is None:
        raise RuntimeError("evidence export is not configured")
    return ports.evidence


async def _package(ports: Ports, principal: Principal, desk: EvidenceDesk, period: Period, name: str,
                   target: str) -> Response:
    def audited(details: dict[str, Any]) -> None:
        ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="evidence.export",
                           target=target, details=details)

    def build() -> bytes:
        with tempfile.TemporaryDirectory(prefix="szamlatar-evidence-") as folder:
            out = Path(folder) / safe_filename(name)  # an invoice number may hold a slash
            desk.export(period, out, audited)
            return out.read_bytes()

    data = await asyncio.to_thread(build)
    return Response(data, media_type="application/zip",
                    headers={"Content-Disposition": content_disposition(name), "Cache-Control": "private, no-store"})


@router.get("/api/v1/invoices/{invoice_id}/evidence.zip", summary="One invoice's evidence package (auditors)")
async def invoice_evidence(invoice_id: str, ports: PortsDep, principal: PrincipalDep) -> Response:
    desk = _desk(ports, principal)
    doc = await visible_invoice(ports, principal, invoice_id)
    try:
        day = date.fromisoformat(str(doc.get("issue_date"))[:10])
    except ValueError:
        day = datetime.now(UTC).date()
    period = Period(principal.tenant, day, day, invoices=(invoice_id,))
    name = f"bizonyitek-{doc.get('invoice_number') or invoice_id}.zip"
    return await _package(ports, principal, desk, period, name, invoice_id)


@router.get("/api/v1/evidence.zip", summary=f"A period's evidence package, at most {MAX_PACKAGE} invoices")
async def period_evidence(
    ports: PortsDep,
    principal: PrincipalDep,
    date_from: Annotated[date, Query(alias="from", description="first issue date")],
    date_to: Annotated[date, Query(alias="to", description="last issue date")],
    client: Annotated[str | None, Query(max_length=128, description="only this client's invoices (id)")] = None,
) -> Response:
    desk = _desk(ports, principal)
    if date_to < date_from:
        raise SchemaViolationError("'to' is before 'from'")
    period = Period(principal.tenant, date_from, date_to, client)
    _, total = await asyncio.to_thread(ports.invoices.search, period.query(), skip=0, limit=1)
    if total > MAX_PACKAGE:
        raise LimitExceededError(f"the period holds {total} invoices; the web exports at most {MAX_PACKAGE} "
                                 "(szamlatar evidence export makes larger packages)")
    name = f"bizonyitek-{principal.tenant}-{date_from}-{date_to}.zip"
    return await _package(ports, principal, desk, period, name, f"tenant:{principal.tenant}")
