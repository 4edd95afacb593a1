"""parse: invoice.raw → invoice.parsed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.core.enums import Stage
from services.core.events import derive
from services.core.invoice import invoice_to_json
from services.core.parsing import ParseResult

TEXT_LIMIT = 200_000  # what travels on the topic for the full-text index


def parsed_event(raw: dict[str, Any], result: ParseResult, now: datetime) -> dict[str, Any]:
    document = raw["document"]
    return derive(
        raw,
        stage=Stage.PARSE,
        schema="invoice.parsed.v1",
        now=now,
        content_sha256=document["sha256"],
        document=document,
        invoice=invoice_to_json(result.invoice),
        reader=result.reader,
        text=result.text[:TEXT_LIMIT],
    )
