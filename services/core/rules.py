"""Rules: what to do with an invoice once it is matched (pure).

A rule is a dict (stored, versioned, edited through the API)::

    {"id": "hold-big", "name": "...", "priority": 10, "enabled": true, "version": 3,
     "sites": ["budapest"],
     "conditions": {"sources": ["billingo"], "connections": [...], "kinds": ["normal"],
                    "clients": ["c-1"], "amount_min": "1000000", "amount_max": null,
                    "currencies": ["HUF"], "text": {"mode": "any|all|exact|regex|fuzzy",
                    "value": "...", "threshold": 85}, "tags": ["építés"]},
     "actions": {"archive": "auto|approval", "add_tags": ["..."], "set_project": "p-1",
                 "set_contract": "k-1", "notify": ["finance@example.hu"]},
     "stop": false}

A rule applies only to invoices of its ``sites`` (empty: every site of the tenant — such a rule is
managed only by an unrestricted admin, ``core/access.py``). Every condition present must hold (an
empty list means "any"). Rules run by ascending
priority (then id); every rule that fits applies, so tags add up and a later rule can test the
tags an earlier one set; ``approval`` from any fitting rule holds the invoice (the safe side
wins); the first rule that sets a project or contract wins; ``stop`` ends the run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from rapidfuzz import fuzz

from services.core.access import in_scope, validate_sites
from services.core.errors import InvalidInputError, SchemaViolationError
from services.core.matching.names import fold

TEXT_MODES = ("any", "all", "exact", "regex", "fuzzy")
ARCHIVE_MODES = ("auto", "approval")
MAX_REGEX = 200
MAX_TEXT = 50_000  # regexes run over at most this much text


@dataclass(frozen=True)
class RuleContext:
    source: str
    connection: str
    kind: str
    client_id: str | None
    amount: Decimal | None
    currency: str | None
    text: str
    tags: frozenset[str] = frozenset()
    site: str = ""


@dataclass(frozen=True)
class RuleOutcome:
    hold: bool = False
    tags: tuple[str, ...] = ()
    project_id: str | None = None
    contract_id: str | None = None
    notify: tuple[str, ...] = ()
    hits: tuple[dict[str, Any], ...] = ()  # {"rule_id", "version", "name"}

    def as_dict(self) -> dict[str, Any]:
        return {"decision": "hold" if self.hold else "archive", "tags": list(self.tags),
                "rule_project_id": self.project_id, "rule_contract_id": self.contract_id,
                "notify": list(self.notify), "rule_hits": list(self.hits)}


def _dec(value: Any, what: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:
        raise InvalidInputError(f"{what} must be a number, got {value!r}", problem=f"rule.{what}",
                                params={"value": str(value)}) from exc


def _strings(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInputError(f"{what} must be a list of strings", problem="rule.list", params={"field": what})
    return list(value)


def validate_rule(rule: dict[str, Any]) -> dict[str, Any]:
    """The rule in its stored form (unknown keys dropped); raises ``SchemaViolationError``."""
    rid = str(rule.get("id") or "").strip()
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", rid):
        raise InvalidInputError("rule id is required: letters, digits, . _ -", problem="rule.id")
    try:
        priority = int(rule.get("priority", 100))
    except (TypeError, ValueError) as exc:
        raise InvalidInputError("priority must be an integer", problem="rule.priority") from exc
    cond_in = rule.get("conditions") or {}
    act_in = rule.get("actions") or {}
    if not isinstance(cond_in, dict) or not isinstance(act_in, dict):
        raise SchemaViolationError("conditions and actions must be objects")
    cond: dict[str, Any] = {k: _strings(cond_in.get(k), k)
                            for k in ("sources", "connections", "kinds", "clients", "currencies", "tags")}
    amin, amax = _dec(cond_in.get("amount_min"), "amount_min"), _dec(cond_in.get("amount_max"), "amount_max")
    cond["amount_min"] = str(amin) if amin is not None else None
    cond["amount_max"] = str(amax) if amax is not None else None
    text = cond_in.get("text")
    if text:
        mode, value = text.get("mode", "any"), str(text.get("value") or "")
        if mode not in TEXT_MODES or not value:
            raise InvalidInputError(f"text condition needs a mode in {TEXT_MODES} and a value", problem="rule.text")
        if mode == "regex":
            if len(value) > MAX_REGEX:
                raise InvalidInputError(f"regex longer than {MAX_REGEX} characters", problem="rule.regex_long",
                                        params={"limit": str(MAX_REGEX)})
            try:
                re.compile(value)
            except re.error as exc:
                raise InvalidInputError(f"regex does not compile: {exc}", problem="rule.regex",
                                        params={"detail": str(exc)}) from exc
        try:
            threshold = int(text.get("threshold", 85))
        except (TypeError, ValueError) as exc:  # a person's typing, answered as such rather than a crash
            raise InvalidInputError("text threshold must be an integer", problem="rule.threshold") from exc
        cond["text"] = {"mode": mode, "value": value, "threshold": threshold}
    else:
        cond["text"] = None
    archive = act_in.get("archive", "auto")
    if archive not in ARCHIVE_MODES:
        raise InvalidInputError(f"actions.archive must be one of {ARCHIVE_MODES}", problem="rule.archive")
    actions = {"archive": archive, "add_tags": _strings(act_in.get("add_tags"), "add_tags"),
               "set_project": act_in.get("set_project") or None, "set_contract": act_in.get("set_contract") or None,
               "notify": _strings(act_in.get("notify"), "notify")}
    return {"id": rid, "name": str(rule.get("name") or rid), "priority": priority,
            "sites": validate_sites(rule.get("sites")), "enabled": bool(rule.get("enabled", True)),
            "stop": bool(rule.get("stop", False)),
            "conditions": cond, "actions": actions}


def _text_fits(spec: dict[str, Any], text: str) -> bool:
    mode, value = spec["mode"], spec["value"]
    if mode == "regex":
        return re.search(value, text[:MAX_TEXT], flags=re.IGNORECASE) is not None
    folded = f" {fold(text)} "
    if mode == "exact":
        return f" {fold(value)} " in folded
    words = fold(value).split()
    present = set(folded.split())
    if mode == "any":
        return any(w in present for w in words)
    if mode == "all":
        return all(w in present for w in words)
    # fuzzy: the phrase against a window of the text as long as the phrase
    return bool(fuzz.partial_ratio(fold(value), folded) >= int(spec.get("threshold", 85)))


def rule_fits(rule: dict[str, Any], ctx: RuleContext) -> bool:
    if not in_scope(rule.get("sites") or (), ctx.site):  # stored before rules had sites: tenant-wide
        return False
    c = rule["conditions"]
    checks = (
        (c["sources"], ctx.source), (c["connections"], ctx.connection), (c["kinds"], ctx.kind),
        (c["clients"], ctx.client_id), (c["currencies"], ctx.currency),
    )
    for allowed, value in checks:
        if allowed and value not in allowed:
            return False
    if c["amount_min"] is not None and (ctx.amount is None or ctx.amount < Decimal(c["amount_min"])):
        return False
    if c["amount_max"] is not None and (ctx.amount is None or ctx.amount > Decimal(c["amount_max"])):
        return False
    if c["tags"] and not set(c["tags"]) <= ctx.tags:
        return False
    return not (c.get("text") and not _text_fits(c["text"], ctx.text))


def evaluate_rules(rules: list[dict[str, Any]], ctx: RuleContext) -> RuleOutcome:
    hold = False
    tags: list[str] = list(sorted(ctx.tags))
    project: str | None = None
    contract: str | None = None
    notify: list[str] = []
    hits: list[dict[str, Any]] = []
    for rule in sorted((r for r in rules if r.get("enabled", True)), key=lambda r: (r["priority"], r["id"])):
        current = replace(ctx, tags=frozenset(tags))
        if not rule_fits(rule, current):
            continue
        a = rule["actions"]
        hits.append({"rule_id": rule["id"], "version": int(rule.get("version", 1)), "name": rule.get("name")})
        hold = hold or a["archive"] == "approval"
        tags.extend(t for t in a["add_tags"] if t not in tags)
        project = project or a.get("set_project")
        contract = contract or a.get("set_contract")
        notify.extend(n for n in a["notify"] if n not in notify)
        if rule.get("stop"):
            break
    return RuleOutcome(hold, tuple(tags), project, contract, tuple(notify), tuple(hits))


def context_for(invoice: dict[str, Any], *, source: str, connection: str, client_id: str | None, text: str,
                site: str, tags: frozenset[str] = frozenset()) -> RuleContext:
    amount = _dec(invoice.get("gross_total"), "gross_total")
    lines = " ".join(str(ln.get("description") or "") for ln in invoice.get("lines") or ())
    parties = " ".join(str((invoice.get(s) or {}).get("name") or "") for s in ("seller", "buyer"))
    whole = " ".join(p for p in (str(invoice.get("number") or ""), parties, lines, text) if p)
    return RuleContext(source=source, connection=connection, kind=str(invoice.get("kind") or "normal"),
                       client_id=client_id, amount=amount, currency=invoice.get("currency"), text=whole, tags=tags,
                       site=site)


@dataclass(frozen=True)
class DryRunRow:
    invoice_id: str
    invoice_number: str | None
    decision: str
    tags: tuple[str, ...]
    rule_ids: tuple[str, ...]
    changes: dict[str, Any] = field(default_factory=dict)


def dry_run(rules: list[dict[str, Any]], views: list[dict[str, Any]]) -> dict[str, Any]:
    """What these rules would do to these archived invoices (their stored views)."""
    rows = []
    held = 0
    per_rule: dict[str, int] = {}
    for v in views:
        inv = v.get("invoice") or {}
        match = v.get("match") or {}
        ctx = context_for(inv, source=str((v.get("source") or {}).get("kind") or ""),
                          connection=str((v.get("source") or {}).get("connection_id") or ""),
                          client_id=v.get("client_id"), text=" ".join(v.get("search_terms") or ()),
                          site=str(v.get("site") or ""))
        out = evaluate_rules(rules, ctx)
        held += out.hold
        for h in out.hits:
            per_rule[h["rule_id"]] = per_rule.get(h["rule_id"], 0) + 1
        changes = {}
        if out.project_id and out.project_id != match.get("project_id"):
            changes["project_id"] = out.project_id
        if out.contract_id and out.contract_id != match.get("contract_id"):
            changes["contract_id"] = out.contract_id
        rows.append(DryRunRow(str(v["_id"]), v.get("invoice_number"), "hold" if out.hold else "archive",
                              out.tags, tuple(h["rule_id"] for h in out.hits), changes))
    return {
        "invoices": len(views), "would_hold": held, "hits_per_rule": per_rule,
        "items": [{"invoice_id": r.invoice_id, "invoice_number": r.invoice_number, "decision": r.decision,
                   "tags": list(r.tags), "rules": list(r.rule_ids), "changes": r.changes} for r in rows],
    }
