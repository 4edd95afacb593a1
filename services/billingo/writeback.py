"""status-sync's Billingo side: a payment registered in Számlatár written to Billingo.

The history is read first and our entry added only when it is not there yet (same day, amount and
label); Billingo takes the whole merged history by ``PUT``, which replaces what it holds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

from services.billingo.client import BILLINGO_RETRY, BillingoClient
from services.billingo.protocol.payments import merge_billingo_history, payments_from_billingo
from services.core.invoice import Payment

Doc = dict[str, Any]
# One write-back attempt stays short; the stage runner owns the long retry (with backoff) around it.
WRITEBACK_RETRY = replace(BILLINGO_RETRY, max_attempts=3, cap_seconds=5.0, max_retry_after_seconds=30.0)


def write_payment(client: BillingoClient, event: Doc, wanted: Payment,
                  conversion_rate: Decimal | None) -> tuple[str, Doc, Sequence[Payment]]:
    """(outcome, the answer to record, the payments Billingo holds after); closes the client."""
    doc_id = int(event["external_id"])
    try:
        history = client.get_payments(doc_id)
        merged = merge_billingo_history(history, wanted, conversion_rate)
        if merged is None:
            return "already_present", {"read": len(history)}, payments_from_billingo(history)
        stored = client.put_payments(doc_id, merged)
    finally:
        client.close()
    return ("written", {"request": f"PUT /documents/{doc_id}/payments", "sent": len(merged),
                        "stored": len(stored), "entries": stored}, payments_from_billingo(stored))
