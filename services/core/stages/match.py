"""match: invoice.parsed → invoice.matched.

The matching engine (``services.core.matching``) links the invoice to its client, project,
contract, order and delivery note with evidence; then the tenant's rules tag it and decide
whether it is archived at once or held for approval. The result travels in the event's
``match`` object (the v1 fields ``client_id``, ``client_name``, ``confidence``, ``explanation``
plus the additive ones: status, evidence, candidates, links, tags, decision, rule hits).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from services.core.enums import Stage
from services.core.events import derive
from services.core.matching import LearnedModel, ReferenceSnapshot, match_invoice, result_to_wire
from services.core.matching.engine import DEFAULT_POLICY, Policy
from services.core.rules import context_for, evaluate_rules

REVIEW_STATUSES = ("ambiguous", "weak")


def decide_match(
    parsed: dict[str, Any], snap: ReferenceSnapshot, model: LearnedModel | None, rules: list[dict[str, Any]],
    policy: Policy = DEFAULT_POLICY,
) -> dict[str, Any]:
    """The ``match`` object: engine result + rule outcome. Rule-set project/contract apply
    only where the engine found none (evidence beats a rule's default)."""
    invoice, text = parsed["invoice"], parsed.get("text") or ""
    source = parsed["source"]
    result = match_invoice(invoice, text, snap, model, source_kind=source["kind"], policy=policy)
    wire = result_to_wire(result)
    ctx = context_for(invoice, source=source["kind"], connection=source["connection_id"],
                      client_id=result.client_id, text=text, site=parsed["site"])
    outcome = evaluate_rules(rules, ctx)
    wire.update(outcome.as_dict())
    if outcome.project_id and not wire["project_id"]:
        wire["project_id"] = outcome.project_id
        wire["evidence"].append({"kind": "rule", "value": outcome.project_id, "where": "rules",
                                 "target": f"project:{outcome.project_id}", "points": 0.0})
    if outcome.contract_id and not wire["contract_id"]:
        wire["contract_id"] = outcome.contract_id
        wire["evidence"].append({"kind": "rule", "value": outcome.contract_id, "where": "rules",
                                 "target": f"contract:{outcome.contract_id}", "points": 0.0})
    wire["needs_review"] = result.status in REVIEW_STATUSES
    return wire


def matched_event(parsed: dict[str, Any], match: dict[str, Any], now: datetime) -> dict[str, Any]:
    body = {k: parsed[k] for k in ("document", "invoice", "reader", "text")}
    return derive(
        parsed,
        stage=Stage.MATCH,
        schema="invoice.matched.v1",
        now=now,
        content_sha256=parsed["document"]["sha256"],
        **body,
        match=match,
    )


ASSIGNMENT_FIELDS = ("project_id", "contract_id", "order_id", "delivery_note_id", "cost_centre")


def assignment_fields(match: dict[str, Any]) -> dict[str, Any]:
    """What the stored invoice view carries beside the v1 fields, flat for filtering."""
    out = {k: match.get(k) for k in ASSIGNMENT_FIELDS}
    out["tags"] = list(match.get("tags") or [])
    out["match_status"] = match.get("status")
    out["certificate_ids"] = list(match.get("certificate_ids") or [])
    return out


def reassigned(match: dict[str, Any], *, client_id: str | None, client_name: str | None,
               changes: dict[str, Any], actor: str, reason: str) -> dict[str, Any]:
    """The match after a person decided: their choice is the evidence now."""
    new = dict(match)
    new.update({k: v for k, v in changes.items() if k in ASSIGNMENT_FIELDS})
    if client_id is not None:
        new["client_id"], new["client_name"] = client_id, client_name
    new["status"] = "auto" if new.get("client_id") else new.get("status", "unmatched")
    new["confidence"] = 1.0 if new.get("client_id") else new.get("confidence", 0.0)
    new["explanation"] = f"confirmed by {actor}: {reason}"
    new["evidence"] = [*(match.get("evidence") or []), {"kind": "confirmed", "value": reason[:200], "where": actor,
                                                        "target": f"client:{new.get('client_id')}", "points": 0.0}]
    new["needs_review"] = False
    return new


def storable(matched: dict[str, Any]) -> dict[str, Any]:
    """MongoDB keys may not contain dots: provenance (keyed by dotted field paths) becomes a list."""
    inv = dict(matched["invoice"])
    prov = inv.pop("provenance", None) or {}
    return {**matched, "invoice": inv, "provenance_list": [{"field": k, **v} for k, v in prov.items()]}


def restored(stored: dict[str, Any]) -> dict[str, Any]:
    matched = {k: v for k, v in stored.items() if k != "provenance_list"}
    prov = {p["field"]: {k: v for k, v in p.items() if k != "field"} for p in stored.get("provenance_list") or []}
    matched["invoice"] = {**stored["invoice"], "provenance": prov}
    return matched
