"""Outbound webhook subscriptions and what they receive (pure).

A subscription is ``{id, tenant, url, events, sites, description, active, secret (sealed)}``. It
receives only events of invoices at its ``sites`` (empty: every site of the tenant; such a
subscription is managed only by an admin without a site limit, ``core/access.py``). Two events
are delivered, both as JSON POSTs signed like our inbound webhook (``core/webhook_signature``):

* ``invoice.linked`` — every archived invoice with its client, project, contract, tags
  (the same body the ``invoice.linked`` topic carries);
* ``rule.notify`` — a rule with a ``notify`` action fitted an invoice: the body names the
  recipients the rule lists, the rules that fired, whether the invoice is held for approval, and
  the invoice's number, counterparty and amount. Számlatár sends no e-mail itself; the receiving
  system (a mail gateway, a chat bot) turns it into a message to those recipients.

A receiver deduplicates on ``X-Szamlatar-Delivery`` (deterministic per event and subscription):
delivery is at least once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from services.core.access import in_scope, validate_sites
from services.core.errors import SchemaViolationError
from services.core.keys import invoice_id_of
from services.core.url_policy import check_url, subscription_policy
from services.core.webhook_signature import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

EVENTS = ("invoice.linked", "rule.notify")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def validate_subscription(body: dict[str, Any], *, http_prefixes: Sequence[str]) -> dict[str, Any]:
    """The subscription's plain fields; raises ``SchemaViolationError``, or ``UrlRefusedError``
    when the URL policy refuses the URL (``core/url_policy.subscription_policy``).

    The URL must be ``https`` to a public host; plain ``http`` and private addresses only under a
    prefix of ``http_prefixes`` (the operator's allowlist: local receivers in development and
    tests). What the host resolves to is checked by the adapter (``check_subscription_url``)."""
    unknown = set(body) - {"id", "url", "events", "sites", "description", "active"}
    if unknown:
        raise SchemaViolationError(f"unknown fields: {', '.join(sorted(unknown))}")
    url = str(body.get("url") or "").strip()
    parts = urlsplit(url)
    if len(url) > 2048 or not parts.hostname or parts.username or parts.password:
        raise SchemaViolationError("url must be an absolute URL without user-info")
    check_url(url, subscription_policy(url, http_prefixes))
    events = body.get("events", ["invoice.linked"])
    if not isinstance(events, list) or not events or any(e not in EVENTS for e in events):
        raise SchemaViolationError(f"events must be a non-empty list of: {', '.join(EVENTS)}")
    out: dict[str, Any] = {"url": url, "events": sorted(set(events)), "sites": validate_sites(body.get("sites")),
                           "description": str(body.get("description") or "")[:200],
                           "active": bool(body.get("active", True))}
    if body.get("id") is not None:
        if not _ID.match(str(body["id"])):
            raise SchemaViolationError("id: letters, digits, . _ - (at most 64)")
        out["id"] = str(body["id"])
    return out


def takes(sub: dict[str, Any], event: str, site: str) -> bool:
    """Whether ``sub`` receives ``event`` of an invoice at ``site``: active, subscribed to the event
    (one stored without ``events`` takes invoice.linked) and the site among its ``sites`` (stored
    without: every site)."""
    return (sub.get("active", True) is not False and event in (sub.get("events") or ["invoice.linked"])
            and in_scope(sub.get("sites") or (), site))


def public_subscription(doc: dict[str, Any]) -> dict[str, Any]:
    """What the API shows: never the secret."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in doc.items()
            if k not in ("_id", "secret", "tenant")}


def delivery_headers(secret: str, timestamp: int, body: bytes, *, event: str, delivery: str) -> dict[str, str]:
    """The headers of one POST of a delivery: signed afresh for each try (the timestamp must be
    inside the receiver's window), with the same ``X-Szamlatar-Delivery`` every time — the worker's
    retries and a replay from ``downstream.dlq`` alike — so the receiver can drop repeats."""
    return {"Content-Type": "application/json", TIMESTAMP_HEADER: str(timestamp),
            SIGNATURE_HEADER: sign(secret, timestamp, body), "X-Szamlatar-Event": event,
            "X-Szamlatar-Delivery": delivery}


def notification(matched: dict[str, Any]) -> dict[str, Any] | None:
    """The ``rule.notify`` body for an ``invoice.matched`` event, or ``None`` when no rule asked."""
    match = matched.get("match") or {}
    recipients = list(match.get("notify") or [])
    if not recipients:
        return None
    inv = matched.get("invoice") or {}
    party = (inv.get("seller") if inv.get("direction") == "incoming" else inv.get("buyer")) or {}
    return {
        "event": "rule.notify", "event_id": matched["event_id"], "tenant": matched["tenant"],
        "site": matched["site"], "invoice_id": invoice_id_of(matched), "recipients": recipients,
        "rules": [{"rule_id": h.get("rule_id"), "version": h.get("version"), "name": h.get("name")}
                  for h in match.get("rule_hits") or []],
        "held_for_approval": match.get("decision") == "hold",
        "invoice": {"number": inv.get("number"), "kind": inv.get("kind"), "issue_date": inv.get("issue_date"),
                    "gross_total": inv.get("gross_total"), "currency": inv.get("currency"),
                    "counterparty": party.get("name")},
        "client_id": match.get("client_id"), "client_name": match.get("client_name"),
        "source": matched.get("source"), "external_id": matched.get("external_id"),
    }
