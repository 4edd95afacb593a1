"""ParseHandler with fakes: it hands the sandbox what the raw event knows about the document."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from services.core.events import raw_event
from services.core.parsing import ParseResult, parse_document
from services.pipeline.handlers import ParseHandler

BILLINGO = b'{"invoice_number": "B-1", "gross_total": 127, "currency": "HUF", "type": "invoice"}'


class FakeStore:
    def __init__(self, objects: dict[tuple[str, str], bytes]) -> None:
        self.objects = objects

    def read(self, bucket: str, key: str) -> bytes:
        return self.objects[(bucket, key)]


class RecordingSandbox:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def parse(self, document: bytes, *, media_type: str, metadata: Mapping[str, Any] | None,
              source_kind: str | None = None) -> ParseResult:
        self.calls.append({"media_type": media_type, "source_kind": source_kind})
        return parse_document(document, media_type=media_type, metadata=metadata, source_kind=source_kind)


def test_parse_handler_passes_the_source_kind_to_the_parser() -> None:
    sha = hashlib.sha256(BILLINGO).hexdigest()
    document = {"bucket": "staging", "object_key": f"t/sha256/{sha}", "sha256": sha, "media_type": "application/json",
                "size": len(BILLINGO)}
    raw = raw_event(tenant="t", site="hq", source_kind="billingo", connection_id="c1", external_id="1",
                    correlation_id="x", document=document, metadata=None, now=datetime(2025, 1, 1, tzinfo=UTC))
    sandbox = RecordingSandbox()
    handler = ParseHandler(FakeStore({("staging", document["object_key"]): BILLINGO}), sandbox)  # type: ignore[arg-type]
    [(_, event)] = asyncio.run(handler(raw))
    assert sandbox.calls == [{"media_type": "application/json", "source_kind": "billingo"}]
    assert event["reader"] == "billingo"
    assert event["invoice"]["number"] == "B-1"
