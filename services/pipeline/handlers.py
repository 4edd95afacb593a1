"""The three stream stages' handlers: look up what the pure stage function needs, call it,
do the writes it implies. No faust here — these are plain async callables (STYLE §3)."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from services.adapters.mongo import AuditLog, ClientRepo, ConnectionRepo, InvoiceRepo
from services.adapters.pdf_sandbox import PdfSandbox
from services.adapters.s3 import S3ObjectStore
from services.adapters.stage_runner import Output
from services.adapters.url_fetch import fetch
from services.core.enums import Outcome
from services.core.errors import IntegrityError
from services.core.keys import invoice_id_of
from services.core.raw_document import (
    DocumentShape,
    check_expected_sha256,
    decode_inline,
    shape_of,
    staged_reference,
)
from services.core.stages.archive import (
    archived_event,
    invoice_view,
    plan_archive,
    retain_until,
    version_record,
)
from services.core.stages.match import counterparty_taxpayer_id, match_client, matched_event
from services.core.stages.parse import parsed_event
from services.core.topics import INVOICE_ARCHIVED, INVOICE_MATCHED, INVOICE_PARSED
from services.core.url_policy import UrlPolicy, UrlRefusedError


def _now() -> datetime:
    return datetime.now(UTC)


def _read_staged(store: S3ObjectStore, document: dict[str, Any]) -> bytes:
    data = store.read(document["bucket"], document["object_key"])
    if hashlib.sha256(data).hexdigest() != document["sha256"]:
        raise IntegrityError("staged document does not match its sha256")
    return data


class ParseHandler:
    """Reads the document (staged, or — from external producers — inline or by URL, which it
    stages first so every later stage sees a staged reference) and parses it in the sandbox."""

    def __init__(self, store: S3ObjectStore, sandbox: PdfSandbox, connections: ConnectionRepo | None = None,
                 staging_bucket: str = "", max_document_bytes: int = 20 * 1024 * 1024) -> None:
        self.store, self.sandbox, self.connections = store, sandbox, connections
        self.staging_bucket, self.max_document_bytes = staging_bucket, max_document_bytes

    async def __call__(self, raw: dict[str, Any]) -> Sequence[Output]:
        document = raw["document"]
        if shape_of(document) is DocumentShape.STAGED:
            data = await asyncio.to_thread(_read_staged, self.store, document)
        else:
            data, document = await asyncio.to_thread(self._stage_external, raw)
            raw = {**raw, "document": document}
        result = await asyncio.to_thread(
            self.sandbox.parse, data, media_type=document["media_type"], metadata=raw.get("metadata")
        )
        return [(INVOICE_PARSED.name, parsed_event(raw, result, _now()))]

    def _stage_external(self, raw: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
        document = raw["document"]
        if shape_of(document) is DocumentShape.INLINE:
            data = decode_inline(document)
        else:
            connection = self.connections.get(raw["source"]["connection_id"]) if self.connections else None
            if connection is None or connection.get("tenant") != raw["tenant"]:
                raise UrlRefusedError("document URLs need a producer connection of this tenant with an allowlist")
            data = fetch(document["url"], UrlPolicy.of(connection, self.max_document_bytes)).content
            check_expected_sha256(document, data)
        staged = staged_reference(raw["tenant"], self.staging_bucket, data, document)
        self.store.stage(staged["object_key"], data, staged["sha256"])
        return data, staged


class MatchHandler:
    def __init__(self, clients: ClientRepo) -> None:
        self.clients = clients

    async def __call__(self, parsed: dict[str, Any]) -> Sequence[Output]:
        tid = counterparty_taxpayer_id(parsed["invoice"])
        candidates = (
            await asyncio.to_thread(self.clients.by_taxpayer_id, parsed["tenant"], tid) if tid else []
        )
        match = match_client(parsed["invoice"], candidates)
        return [(INVOICE_MATCHED.name, matched_event(parsed, match, _now()))]


class ArchiveHandler:
    """Writes in an order that makes a crash at any point safe to replay:
    S3 version (skipped if the latest already holds these bytes) → current view → audit →
    version record. The version record is the commit point: once it exists, a replay is a
    duplicate and writes nothing."""

    def __init__(self, store: S3ObjectStore, invoices: InvoiceRepo, audit: AuditLog, retention_years: int) -> None:
        self.store, self.invoices, self.audit, self.years = store, invoices, audit, retention_years

    async def __call__(self, matched: dict[str, Any]) -> Sequence[Output]:
        return [(INVOICE_ARCHIVED.name, await asyncio.to_thread(self._archive, matched))]

    def _archive(self, matched: dict[str, Any]) -> dict[str, Any]:
        now = _now()
        plan = plan_archive(matched, self.invoices.versions(invoice_id_of(matched)))
        sha = matched["document"]["sha256"]
        if plan.outcome is Outcome.DUPLICATE:
            known = next(v for v in self.invoices.versions(plan.invoice_id) if v["sha256"] == sha)
            return archived_event(matched, plan, known.get("version_id"), now)
        issue = matched["invoice"].get("issue_date")
        retain = retain_until(date.fromisoformat(issue) if issue else None, now.date(), self.years)
        latest = self.store.latest(plan.object_key)
        if latest is not None and latest.sha256 == sha:
            version_id = latest.version_id  # stored before a crash; do not make a second version
        else:
            data = _read_staged(self.store, matched["document"])
            version_id = self.store.archive(plan.object_key, data, sha, retain)
        self.invoices.upsert_view(invoice_view(matched, plan, version_id, now, retain))
        self.audit.append(
            tenant=matched["tenant"], actor="pipeline", action="invoice.archived", target=plan.invoice_id,
            details={"version": plan.version, "sha256": sha, "source": matched["source"]["kind"]},
        )
        self.invoices.record_version(version_record(matched, plan, version_id, now))
        return archived_event(matched, plan, version_id, now)
