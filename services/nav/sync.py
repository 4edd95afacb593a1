"""Import NAV's invoice data for a period: digests (≤ 35-day windows, all pages), then the full
InvoiceData of every invoice not imported yet (or changed: a newer insDate), parsed into the
invoice wire form and stored in ``nav_invoices``. One invoice that cannot be read is reported and
skipped; it never stops the rest. Re-running is idempotent (records are keyed by NAV identity)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from services.core.enums import Direction
from services.core.errors import Rejected
from services.core.invoice import invoice_to_json
from services.core.parsing import parse_document
from services.nav.client import NavClient
from services.nav.repository import NavInvoiceRepo


@dataclass
class SyncReport:
    found: int = 0
    imported: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (invoice number, reason)


def record_id(tenant: str, direction: str, supplier: str, number: str, batch_index: int | None) -> str:
    return f"{tenant}|{direction}|{supplier}|{number}|{batch_index or 0}"


def sync_nav(client: NavClient, repo: NavInvoiceRepo, *, tenant: str, connection_id: str, date_from: date,
             date_to: date, direction: Direction = Direction.OUTGOING) -> SyncReport:
    report = SyncReport()
    repo.ensure_indexes()
    for digest in client.iter_digests_by_issue_date(date_from, date_to, direction):
        report.found += 1
        rid = record_id(tenant, direction.nav, digest.supplier_tax_number, digest.invoice_number,
                        digest.batch_index)
        known = repo.get(rid)
        if known is not None and known.get("ins_date") == digest.ins_date.isoformat():
            report.unchanged += 1
            continue
        try:
            fetched = client.query_invoice_data(digest.invoice_number, direction, batch_index=digest.batch_index,
                                                supplier_tax_number=digest.supplier_tax_number
                                                if direction is Direction.INCOMING else None)
            if fetched is None:
                report.failed.append((digest.invoice_number, "NAV returned no invoice data"))
                continue
            invoice = invoice_to_json(parse_document(fetched.xml, media_type="application/xml",
                                                     operation=digest.invoice_operation).invoice)
        except Rejected as exc:
            report.failed.append((digest.invoice_number, f"{exc.reason.value}: {exc.message}"))
            continue
        invoice.pop("provenance", None)  # its keys contain dots, which MongoDB refuses
        doc: dict[str, Any] = {
            "_id": rid, "tenant": tenant, "connection_id": connection_id, "direction": direction.nav,
            "supplier_taxpayer_id": digest.supplier_tax_number, "invoice_number": digest.invoice_number,
            "batch_index": digest.batch_index, "operation": digest.invoice_operation,
            "issue_date": digest.invoice_issue_date.isoformat(), "ins_date": digest.ins_date.isoformat(),
            "xml_sha256": hashlib.sha256(fetched.xml).hexdigest(), "invoice": invoice,
            "imported_at": datetime.now(UTC),
        }
        repo.upsert(doc)
        report.imported += 1
    return report
