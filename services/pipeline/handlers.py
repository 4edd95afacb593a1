"""The parse stage's handler and the I/O helpers the stages share: look up what the pure stage
function needs, call it, do the writes it implies. No faust here — plain async callables
(STYLE §3). The match and archive handlers (with rules and holds) are in ``matching.py``."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from services.adapters.connections import ConnectionRepo
from services.adapters.pdf_sandbox import PdfSandbox
from services.adapters.recent_connections import RecentConnections
from services.adapters.s3 import S3ObjectStore
from services.adapters.sealer import Sealer
from services.adapters.stage_runner import Output, Record
from services.adapters.url_fetch import fetch
from services.app.ports import ObjectStore
from services.core.errors import IntegrityError
from services.core.raw_document import (
    DocumentShape,
    check_expected_sha256,
    decode_inline,
    shape_of,
    staged_reference,
)
from services.core.source_binding import (
    check_raw_source,
    check_record_signature,
    check_staged_reference,
    requires_signature,
)
from services.core.stages.parse import parsed_event
from services.core.topics import INVOICE_PARSED
from services.core.url_policy import UrlPolicy


def _now() -> datetime:
    return datetime.now(UTC)


def _read_staged(store: ObjectStore, document: dict[str, Any]) -> bytes:
    data = store.read(document["bucket"], document["object_key"])
    if hashlib.sha256(data).hexdigest() != document["sha256"]:
        raise IntegrityError("staged document does not match its sha256")
    return data


class ParseHandler:
    """Reads the document (staged, or — from external producers — inline or by URL, which it
    stages first so every later stage sees a staged reference) and parses it in the sandbox."""

    def __init__(self, store: S3ObjectStore, sandbox: PdfSandbox, connections: ConnectionRepo,
                 staging_bucket: str = "", max_document_bytes: int = 20 * 1024 * 1024,
                 keks: Mapping[str, bytes] | None = None) -> None:
        self.store, self.sandbox = store, sandbox
        # Read by ``_id`` for the record check and again for the handler, every attempt: kept for a
        # second instead, a refusal always made on a fresh read (``adapters/recent_connections.py``).
        self.connections = RecentConnections(connections.get)
        self.staging_bucket, self.max_document_bytes = staging_bucket, max_document_bytes
        self.sealer = Sealer(keks or {})  # opens the producers' sealed signing secrets

    async def check_signature(self, raw: dict[str, Any], record: Record) -> None:
        """The runner's record check: a producer connection with its own Kafka principal takes only
        records signed with its secret, so no other principal writes in its name
        (``core/source_binding.py``). Unknown and other connections are left to ``__call__``."""

        def check(connection: dict[str, Any] | None) -> None:
            if connection is not None and requires_signature(connection):
                secrets = [self.sealer.open(s) for s in connection.get("signing_secrets", [])]
                check_record_signature(connection, secrets, record.key, record.value, record.headers)

        await asyncio.to_thread(self.connections.admit, raw["source"]["connection_id"], check)

    async def __call__(self, raw: dict[str, Any]) -> Sequence[Output]:
        # One thread for the whole of it: each hop to a thread and back costs the event loop more than
        # most of what it runs, and the steps run one after another anyway.
        return await asyncio.to_thread(self._parse, raw)

    def _parse(self, raw: dict[str, Any]) -> list[Output]:
        # First: the event may claim this tenant through this connection (core/source_binding.py).
        # Deleting or pausing a connection stops its producer within ``recent_connections.KEPT_SECONDS``.
        connection = self.connections.admit(raw["source"]["connection_id"], lambda found: check_raw_source(raw, found))
        document = raw["document"]
        if shape_of(document) is DocumentShape.STAGED:
            check_staged_reference(raw, self.staging_bucket)
            data = _read_staged(self.store, document)
        else:
            data, document = self._stage_external(raw, connection)
            raw = {**raw, "document": document}
        result = self.sandbox.parse(data, media_type=document["media_type"], metadata=raw.get("metadata"),
                                    source_kind=(raw.get("source") or {}).get("kind"))
        return [(INVOICE_PARSED.name, parsed_event(raw, result, _now()))]

    def _stage_external(self, raw: dict[str, Any], connection: dict[str, Any]) -> tuple[bytes, dict[str, Any]]:
        document = raw["document"]
        if shape_of(document) is DocumentShape.INLINE:
            data = decode_inline(document)
        else:
            data = fetch(document["url"], UrlPolicy.of(connection, self.max_document_bytes)).content
            check_expected_sha256(document, data)
        staged = staged_reference(raw["tenant"], self.staging_bucket, data, document)
        self.store.stage(staged["object_key"], data, staged["sha256"])
        return data, staged
