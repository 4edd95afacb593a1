"""match: invoice.parsed → invoice.matched.

The walking skeleton links an invoice to a client by Hungarian tax number: the buyer for an
outgoing invoice, the seller for an incoming one. The 8-digit taxpayer id decides, because the
VAT code and county digits of the same company change over time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from services.core.enums import Stage
from services.core.events import derive
from services.core.taxnumber import taxpayer_id


@dataclass(frozen=True)
class ClientMatch:
    client_id: str | None
    client_name: str | None
    confidence: float
    explanation: str


def counterparty(invoice: dict[str, Any]) -> dict[str, Any]:
    side = "seller" if invoice.get("direction") == "incoming" else "buyer"
    party: dict[str, Any] = invoice.get(side) or {}
    return party


def counterparty_taxpayer_id(invoice: dict[str, Any]) -> str | None:
    party = counterparty(invoice)
    return party.get("taxpayer_id") or taxpayer_id(party.get("tax_number"))


def match_client(invoice: dict[str, Any], clients: list[dict[str, Any]]) -> ClientMatch:
    """``clients`` are the tenant's clients sharing the counterparty's taxpayer id."""
    tid = counterparty_taxpayer_id(invoice)
    if tid is None:
        return ClientMatch(None, None, 0.0, "no tax number on the invoice")
    hits = [c for c in clients if c.get("taxpayer_id") == tid]
    if not hits:
        return ClientMatch(None, None, 0.0, f"no client with tax number {tid}")
    if len(hits) > 1:
        names = ", ".join(sorted(str(c.get("name")) for c in hits))
        return ClientMatch(None, None, 0.0, f"tax number {tid} is shared by several clients: {names}")
    client = hits[0]
    return ClientMatch(
        str(client["_id"]), client.get("name"), 1.0, f"tax number {tid} equals client {client.get('name')}"
    )


def matched_event(parsed: dict[str, Any], match: ClientMatch, now: datetime) -> dict[str, Any]:
    body = {k: parsed[k] for k in ("document", "invoice", "reader", "text")}
    return derive(
        parsed,
        stage=Stage.MATCH,
        schema="invoice.matched.v1",
        now=now,
        content_sha256=parsed["document"]["sha256"],
        **body,
        match={
            "client_id": match.client_id,
            "client_name": match.client_name,
            "confidence": match.confidence,
            "explanation": match.explanation,
        },
    )
