"""An export bundle → ``invoice.raw`` events, with a report of every file and row.

Pairing: a CSV row names its PDF (``file`` column; exact path or file name); an XML file (NAV
InvoiceData, UBL, CII) pairs with the PDF of the same name stem in the same folder. A PDF with
neither is still imported and parsed from its own text (and embedded XML). Everything that is not
imported is reported with where (file, or file:line) and why; one bad file or row never stops
the rest. Events are keyed ``tenant|export|connection|external_id`` and staged bytes are
content-addressed, so importing the same bundle twice makes no duplicates.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from services.adapters.kafka_producer import EventPublisher
from services.adapters.s3 import S3ObjectStore
from services.core.bundle import BundleLimits
from services.core.csv_import import parse_csv
from services.core.errors import SzamlatarError
from services.core.events import raw_event
from services.core.invoice import invoice_to_json
from services.core.keys import staging_key
from services.core.parsing import parse_document
from services.core.topics import INVOICE_RAW
from services.ingest_drop.bundle_reader import DEFAULT_LIMITS, Bundle, read_bundle


@dataclass(frozen=True)
class Item:
    pdf_name: str
    external_id: str
    metadata: dict[str, Any] | None
    paired_with: str | None


@dataclass
class ImportReport:
    source: str
    imported: list[dict[str, Any]] = field(default_factory=list)
    not_imported: list[dict[str, Any]] = field(default_factory=list)

    def refuse(self, where: str, reason: str, message: str) -> None:
        self.not_imported.append({"where": where, "reason": reason, "message": message})

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "imported_count": len(self.imported),
                "not_imported_count": len(self.not_imported), "imported": self.imported,
                "not_imported": self.not_imported}


def _stem(name: str) -> str:
    p = PurePosixPath(name)
    return str(p.with_suffix("")).lower()


def plan_items(bundle: Bundle, mapping: Mapping[str, str] | None, report: ImportReport) -> list[Item]:
    for name, reason, message in bundle.refused:
        report.refuse(name, reason, message)
    pdfs = {n: d for n, d in bundle.files.items() if n.lower().endswith(".pdf")}
    by_basename: dict[str, list[str]] = {}
    for n in pdfs:
        by_basename.setdefault(PurePosixPath(n).name.lower(), []).append(n)
    by_stem = {_stem(n): n for n in pdfs}
    items: dict[str, Item] = {}

    for name in sorted(n for n in bundle.files if n.lower().endswith(".csv")):
        rows, errors = parse_csv(bundle.files[name], mapping)
        for e in errors:
            report.refuse(f"{name}:{e.line}", e.reason, e.message)
        for row in rows:
            pdf = row.file if row.file in pdfs else None
            if pdf is None:
                candidates = by_basename.get(PurePosixPath(row.file).name.lower(), [])
                pdf = candidates[0] if len(candidates) == 1 else None
            if pdf is None:
                report.refuse(f"{name}:{row.line}", "pdf_missing", f"no PDF {row.file!r} in the bundle")
            elif pdf in items:
                paired = items[pdf].paired_with
                report.refuse(f"{name}:{row.line}", "duplicate", f"{pdf} is already paired with {paired}")
            else:
                items[pdf] = Item(pdf, row.external_id, row.metadata, f"{name}:{row.line}")

    for name in sorted(n for n in bundle.files if n.lower().endswith(".xml")):
        pdf = by_stem.get(_stem(name))
        if pdf is None:
            report.refuse(name, "pdf_missing", "no PDF with the same name beside this XML")
            continue
        if pdf in items:
            report.refuse(name, "duplicate", f"{pdf} is already paired with {items[pdf].paired_with}")
            continue
        try:
            invoice = parse_document(bundle.files[name], media_type="application/xml").invoice
        except SzamlatarError as exc:
            report.refuse(name, exc.reason.value, exc.message)
            continue
        meta = invoice_to_json(invoice)
        meta.pop("provenance", None)
        items[pdf] = Item(pdf, invoice.number or _stem(name), meta, name)

    for name in sorted(pdfs):
        if name not in items:
            items[name] = Item(name, name, None, None)
    known = {n for n in bundle.files if n.lower().endswith((".pdf", ".csv", ".xml"))}
    for name in sorted(set(bundle.files) - known):
        report.refuse(name, "unsupported_document", "not a PDF, XML or CSV file")
    return [items[k] for k in sorted(items)]


def run_import(
    path: Path, *, tenant: str, connection_id: str, site: str, store: S3ObjectStore, publisher: EventPublisher,
    staging_bucket: str, mapping: Mapping[str, str] | None = None, limits: BundleLimits = DEFAULT_LIMITS,
    progress: Callable[[int, int, str], None] | None = None,
) -> ImportReport:
    report = ImportReport(str(path))
    try:
        bundle = read_bundle(path, limits)
    except SzamlatarError as exc:
        report.refuse(path.name, exc.reason.value, exc.message)
        return report
    except (OSError, ValueError) as exc:  # a zip that is not one after all, unreadable files
        report.refuse(path.name, "malformed_bundle", f"{type(exc).__name__}: {exc}"[:300])
        return report
    items = plan_items(bundle, mapping, report)
    correlation = str(uuid.uuid4())
    for done, item in enumerate(items, start=1):
        if progress:
            progress(done, len(items), item.pdf_name)
        pdf = bundle.files[item.pdf_name]
        where = item.paired_with or item.pdf_name
        if not pdf.startswith(b"%PDF-"):
            report.refuse(item.pdf_name, "malformed_pdf", "not a PDF (no %PDF- header)")
            continue
        sha = hashlib.sha256(pdf).hexdigest()
        key = staging_key(tenant, sha)
        try:
            store.stage(key, pdf, sha)
            event = raw_event(
                tenant=tenant, site=site, source_kind="export", connection_id=connection_id,
                external_id=item.external_id[:256], correlation_id=correlation,
                document={"sha256": sha, "bucket": staging_bucket, "object_key": key, "media_type": "application/pdf",
                          "size": len(pdf), "filename": PurePosixPath(item.pdf_name).name[:255]},
                metadata=item.metadata, now=datetime.now(UTC),
            )
            publisher.publish(INVOICE_RAW.name, event)
        except SzamlatarError as exc:
            report.refuse(where, exc.reason.value, exc.message)
            continue
        report.imported.append({"file": item.pdf_name, "external_id": item.external_id, "paired_with": item.paired_with,
                                "number": (item.metadata or {}).get("number"), "event_id": event["event_id"]})
    return report
