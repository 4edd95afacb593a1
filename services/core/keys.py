"""Every derived identifier in one place, so a replay computes the same ones (STYLE §3).

* partition key  ``tenant|source|connection|external_id`` — per-invoice ordering in Kafka
* invoice id     uuid5 over the same four parts — one invoice however often it arrives
* event id       uuid5 over stage + idempotency key (which adds the content sha256)
"""

from __future__ import annotations

import uuid
from typing import Any

_NS = uuid.UUID("5b0f7e2c-9a43-4d2a-8a57-6f1f3c1e2d10")


def partition_key(tenant: str, source_kind: str, connection_id: str, external_id: str) -> str:
    return f"{tenant}|{source_kind}|{connection_id}|{external_id}"


def partition_key_of(event: dict[str, Any]) -> str:
    src = event["source"]
    return partition_key(event["tenant"], src["kind"], src["connection_id"], event["external_id"])


def invoice_id_of(event: dict[str, Any]) -> str:
    return str(uuid.uuid5(_NS, "invoice:" + partition_key_of(event)))


def idempotency_key(event: dict[str, Any], sha256: str) -> str:
    return f"{partition_key_of(event)}|{sha256}"


def event_id_for(stage: str, event: dict[str, Any], sha256: str) -> str:
    return str(uuid.uuid5(_NS, f"{stage}:{idempotency_key(event, sha256)}"))


def staging_key(tenant: str, sha256: str) -> str:
    """Staged bytes are content-addressed: the same PDF is staged once per tenant."""
    return f"{tenant}/sha256/{sha256[:2]}/{sha256}"


def archive_key(tenant: str, invoice_id: str) -> str:
    """One object per invoice; every changed PDF becomes a new S3 version of it."""
    return f"{tenant}/invoices/{invoice_id}.pdf"
