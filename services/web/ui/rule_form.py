"""The Szabályok page's form and a rule, both ways (pure): ``rule_from_form`` turns what an admin typed into
the body the API takes (``core/rules.validate_rule`` judges it, as for the API), ``form_from_rule`` fills the
form from a stored rule or one of its versions. Lists are typed comma-separated (or one per line); an
amount may be written the Hungarian way (``1 000 000,50``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# The list fields of a rule: (form field, where in the rule).
CONDITION_LISTS = ("sources", "connections", "kinds", "clients", "currencies", "tags")
ACTION_LISTS = ("add_tags", "notify")
FLAGS = ("enabled", "stop")
_SPLIT = re.compile(r"[,\n;]")


def split_list(text: str) -> list[str]:
    """``"a, b\\nc"`` → ``["a", "b", "c"]``: blanks and repeats dropped, order kept."""
    return list(dict.fromkeys(part.strip() for part in _SPLIT.split(text or "") if part.strip()))


def plain_amount(text: str) -> str:
    """``1 000 000,50`` → ``1000000.50``; what is not an amount stays as typed for the validation to name."""
    cleaned = (text or "").replace("\u00a0", "").replace(" ", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    return cleaned


def rule_from_form(form: Mapping[str, str]) -> dict[str, Any]:
    """The rule body of a submitted form (not yet validated)."""
    def get(name: str) -> str:
        return str(form.get(name) or "").strip()

    conditions: dict[str, Any] = {name: split_list(get(name)) for name in CONDITION_LISTS}
    conditions["amount_min"] = plain_amount(get("amount_min")) or None
    conditions["amount_max"] = plain_amount(get("amount_max")) or None
    if get("text_value"):
        conditions["text"] = {"mode": get("text_mode") or "any", "value": get("text_value"),
                              "threshold": get("text_threshold") or "85"}
    actions: dict[str, Any] = {name: split_list(get(name)) for name in ACTION_LISTS}
    actions.update(archive=get("archive") or "auto", set_project=get("set_project") or None,
                   set_contract=get("set_contract") or None)
    return {"id": get("id"), "name": get("name") or None, "priority": get("priority") or "100",
            "sites": split_list(get("sites")), "enabled": get("enabled") == "1", "stop": get("stop") == "1",
            "conditions": conditions, "actions": actions}


def form_from_rule(rule: Mapping[str, Any]) -> dict[str, str]:
    """The form's fields for a stored rule (a rule in ``validate_rule``'s shape)."""
    cond: Mapping[str, Any] = rule.get("conditions") or {}
    act: Mapping[str, Any] = rule.get("actions") or {}
    text: Mapping[str, Any] = cond.get("text") or {}
    values = {name: ", ".join(cond.get(name) or ()) for name in CONDITION_LISTS}
    values.update({name: ", ".join(act.get(name) or ()) for name in ACTION_LISTS})
    values.update(
        id=str(rule.get("id") or ""), name=str(rule.get("name") or ""), priority=str(rule.get("priority", 100)),
        sites=", ".join(rule.get("sites") or ()), enabled="1" if rule.get("enabled", True) else "",
        stop="1" if rule.get("stop") else "", amount_min=str(cond.get("amount_min") or ""),
        amount_max=str(cond.get("amount_max") or ""), text_mode=str(text.get("mode") or "any"),
        text_value=str(text.get("value") or ""), text_threshold=str(text.get("threshold") or ""),
        archive=str(act.get("archive") or "auto"), set_project=str(act.get("set_project") or ""),
        set_contract=str(act.get("set_contract") or ""))
    return values
