"""Building events: pure functions from an input event (+ a stage result) to an output event.

Events are plain dicts in their wire form and are validated against ``schemas/`` at every
edge; the envelope travels unchanged from stage to stage except for ``event_id``, ``schema``
and ``occurred_at``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.core.enums import Stage
from services.core.keys import event_id_for

ENVELOPE_FIELDS = ("tenant", "site", "source", "external_id", "correlation_id")


def envelope_from(previous: dict[str, Any]) -> dict[str, Any]:
    return {name: previous[name] for name in ENVELOPE_FIELDS}


def view_envelope(view: dict[str, Any], correlation_id: str) -> dict[str, Any]:
    """The envelope of an event about a stored invoice view, started by a person (a payment, a review
    decision) rather than derived from another event."""
    return envelope_from({**view, "site": view.get("site") or "default", "correlation_id": correlation_id})


def derive(
    previous: dict[str, Any], *, stage: Stage, schema: str, now: datetime, content_sha256: str, **body: Any
) -> dict[str, Any]:
    """The next stage's event: same envelope, a deterministic event id, the new body, and when the
    invoice was accepted at ingest (the raw event's ``occurred_at``, carried on as ``ingested_at``), from
    which each stage reports how long the invoice has been on its way (``…_end_to_end_seconds``)."""
    return {
        "event_id": event_id_for(stage.value, previous, content_sha256),
        "schema": schema,
        "occurred_at": now.isoformat(),
        **envelope_from(previous),
        **({"ingested_at": since} if (since := ingested_at(previous)) else {}),
        **body,
    }


def ingested_at(event: dict[str, Any]) -> str | None:
    """When the invoice this event is about was accepted at ingest (a raw event: its own time)."""
    since = event.get("ingested_at") or event.get("occurred_at")
    return str(since) if since else None


def accepted_epoch(event: dict[str, Any]) -> float | None:
    """``ingested_at`` as Unix seconds, for ``…_end_to_end_seconds``; ``None`` when absent or unreadable.
    A duplicate (a replay of work done before) is not an invoice arriving, so it has none either."""
    since = ingested_at(event)
    if since is None or event.get("outcome") == "duplicate":
        return None
    try:
        return datetime.fromisoformat(since).timestamp()
    except ValueError:
        return None


def raw_event(
    *,
    tenant: str,
    site: str,
    source_kind: str,
    connection_id: str,
    external_id: str,
    correlation_id: str,
    document: dict[str, Any],
    metadata: dict[str, Any] | None,
    now: datetime,
) -> dict[str, Any]:
    envelope = {
        "tenant": tenant,
        "site": site,
        "source": {"kind": source_kind, "connection_id": connection_id},
        "external_id": external_id,
        "correlation_id": correlation_id,
    }
    return {
        "event_id": event_id_for(Stage.INGEST.value, envelope, document["sha256"]),
        "schema": "invoice.raw.v1",
        "occurred_at": now.isoformat(),
        **envelope,
        "document": document,
        "metadata": metadata,
    }
