"""Every read of a stored PDF, one way: the download, the browser's inline view and the rendered preview,
of an archived invoice or of one held for approval.

Each read checks the permission (READ_PDF) and the site (an invoice or review item of a site the
principal does not see is "not found"), then opens the object and authenticates its first segment,
and only then writes ``invoice.pdf.read`` — before the first byte leaves. A read that cannot be served
(object missing, decryption failing, storage down) is no read and is not recorded as one.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Generator
from dataclasses import dataclass
from typing import Any

from services.core.access import Permission, Principal
from services.core.errors import IntegrityError, NotFoundError
from services.core.http_headers import content_disposition
from services.web.deps import Ports, require


@dataclass(frozen=True)
class StoredPdf:
    """One stored version of an invoice's PDF that the principal may read."""

    invoice_id: str
    record: dict[str, Any]  # the version record (invoice_versions)
    filename: str
    held: bool = False  # waiting for approval, not yet published


async def visible_invoice(ports: Ports, principal: Principal, invoice_id: str) -> dict[str, Any]:
    doc = await asyncio.to_thread(ports.invoices.get, principal.tenant, invoice_id)
    if doc is None or not principal.sees_site(doc.get("site", "")):
        raise NotFoundError(f"no invoice {invoice_id}")
    return doc


async def _version(ports: Ports, invoice_id: str, wanted: Any) -> dict[str, Any]:
    versions = await asyncio.to_thread(ports.invoices.versions, invoice_id)
    record = next((v for v in versions if v["version"] == wanted), None)
    if record is None:
        raise NotFoundError(f"invoice {invoice_id} has no version {wanted}")
    return record


async def invoice_pdf(ports: Ports, principal: Principal, invoice_id: str, version: int | None) -> StoredPdf:
    """An archived invoice's PDF, the current version unless ``version`` says otherwise."""
    require(principal, Permission.READ_PDF)
    doc = await visible_invoice(ports, principal, invoice_id)
    record = await _version(ports, invoice_id, version or doc.get("current_version"))
    return StoredPdf(invoice_id, record, f"{doc.get('invoice_number') or invoice_id}.pdf")


async def held_pdf(ports: Ports, principal: Principal, item_id: str) -> StoredPdf:
    """The PDF a review item is about: a held invoice is stored (its version recorded) but not
    published, so the item — its tenant and site — is what decides who may read it."""
    require(principal, Permission.READ_PDF)
    item = await asyncio.to_thread(ports.reviews.get, item_id)
    if item is None or item.get("tenant") != principal.tenant or not principal.sees_site(item.get("site", "")):
        raise NotFoundError(f"no review item {item_id}")
    plan = item.get("plan") or {}
    record = await _version(ports, str(plan.get("invoice_id") or item_id), plan.get("version"))
    return StoredPdf(record["invoice_id"], record, f"{item.get('invoice_number') or item_id}.pdf",
                     held=item.get("kind") == "approval")


async def open_audited(ports: Ports, principal: Principal, pdf: StoredPdf,
                       how: str) -> tuple[bytes | None, Generator[bytes, None, None]]:
    """The first decrypted segment and the rest of the stream, after the read is audited.

    ``how`` says which door read it (``download``, ``inline``, ``preview``): the audit detail, so an
    auditor tells a person who looked at a preview from one who took the file away."""
    record = pdf.record
    chunks = ports.store.stream(ports.settings.archive_bucket, record["object_key"], record.get("version_id"))
    label = f"the PDF of invoice {pdf.invoice_id} version {record['version']}"
    try:
        first = await asyncio.to_thread(next, chunks, None)
    except NotFoundError as exc:
        raise NotFoundError(f"{label} is missing") from exc
    except IntegrityError as exc:
        raise IntegrityError(f"{label} failed authentication; it is not served", reason=exc.reason) from exc
    details = {"version": record["version"], "sha256": record["sha256"]}
    if how != "download":
        details["how"] = how
    if pdf.held:
        details["held"] = True
    try:
        await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                                action="invoice.pdf.read", target=pdf.invoice_id, details=details)
    except BaseException:
        chunks.close()  # releases the storage connection
        raise
    return first, chunks


async def body_of(first: bytes | None, chunks: Generator[bytes, None, None]) -> AsyncIterator[bytes]:
    chunk = first
    while chunk is not None:
        yield chunk
        chunk = await asyncio.to_thread(next, chunks, None)


async def read_audited(ports: Ports, principal: Principal, pdf: StoredPdf, how: str) -> bytes:
    """The whole decrypted PDF (for the preview), audited like a download."""
    first, chunks = await open_audited(ports, principal, pdf, how)
    return (first or b"") + await asyncio.to_thread(lambda: b"".join(chunks))


def pdf_headers(pdf: StoredPdf, *, inline: bool) -> dict[str, str]:
    return {"Content-Disposition": content_disposition(pdf.filename, "inline" if inline else "attachment"),
            "Cache-Control": "private, no-store"}
