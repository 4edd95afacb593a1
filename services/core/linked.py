"""``invoice.linked``: an archived invoice with what it belongs to (client, project, contract, order…).

Two events carry it, built from the same stored view so they say the same thing:

- the downstream worker's, once per ``invoice.archived`` (``linked_event``);
- a review decision's, when a person assigns an archived invoice to another client, project or
  contract (``relinked_event``). It names who decided (``changed_by``): HR / time-tracking consumers
  learn the corrected link, and the query indexer re-reads the invoice so search shows the new
  client within its one-second lag (an invoice just archived is indexed from ``invoice.archived``,
  so the indexer passes over the downstream copy, which has no ``changed_by``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.core.enums import Stage
from services.core.events import derive, view_envelope
from services.core.keys import linked_event_id, relinked_event_id

SCHEMA = "invoice.linked.v1"


def _body(view: dict[str, Any]) -> dict[str, Any]:
    inv = view.get("invoice") or {}
    return {
        "invoice_number": view.get("invoice_number"), "kind": view.get("kind"), "direction": view.get("direction"),
        "issue_date": view.get("issue_date"), "currency": view.get("currency"), "gross_total": view.get("gross_total"),
        "client_id": view.get("client_id"), "client_name": view.get("client_name"),
        "project_id": view.get("project_id"), "contract_id": view.get("contract_id"), "order_id": view.get("order_id"),
        "delivery_note_id": view.get("delivery_note_id"), "cost_centre": view.get("cost_centre"),
        "certificate_ids": list(view.get("certificate_ids") or []), "tags": list(view.get("tags") or []),
        "lines": [{"description": ln.get("description"), "net": ln.get("net"), "quantity": ln.get("quantity")}
                  for ln in inv.get("lines") or []],
    }


def linked_event(archived: dict[str, Any], view: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The ``invoice.linked`` of one ``invoice.archived`` event (its id derived from that event's)."""
    return derive(
        archived, stage=Stage.ARCHIVE, schema=SCHEMA, now=now, content_sha256=archived["sha256"],
        invoice_id=archived["invoice_id"], version=archived["version"], **_body(view),
    ) | {"event_id": linked_event_id(archived["event_id"])}


def relinked_event(view: dict[str, Any], *, decision_id: str, changed_by: str, now: datetime) -> dict[str, Any]:
    """The ``invoice.linked`` of a person's decision on an archived invoice; ``decision_id`` (the review
    item) makes a retried decision the same event."""
    return {"event_id": relinked_event_id(decision_id), "schema": SCHEMA, "occurred_at": now.isoformat(),
            **view_envelope(view, decision_id), "invoice_id": view["_id"],
            "version": int(view.get("current_version") or 1), **_body(view), "changed_by": changed_by}
