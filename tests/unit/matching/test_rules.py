"""Rules: conditions, actions, priority and the dry run."""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.errors import SchemaViolationError
from services.core.rules import RuleContext, dry_run, evaluate_rules, validate_rule


def ctx(**kw: object) -> RuleContext:
    base: dict[str, object] = {"source": "own_system", "connection": "erp", "kind": "normal", "client_id": "c1",
                               "amount": Decimal("150000"), "currency": "HUF",
                               "text": "Kotrógép bérlés a Szeged-Déli projekthez"}
    base.update(kw)
    return RuleContext(**base)  # type: ignore[arg-type]


def rule(rid: str, priority: int = 100, **parts: object) -> dict[str, object]:
    return validate_rule({"id": rid, "priority": priority, **parts})


@pytest.mark.parametrize(("text", "fits"), [
    ({"mode": "any", "value": "daru kotrógép"}, True),
    ({"mode": "all", "value": "daru kotrógép"}, False),
    ({"mode": "exact", "value": "kotrogep berles"}, True),
    ({"mode": "regex", "value": r"szeged-d[ée]li"}, True),
    ({"mode": "fuzzy", "value": "kotrógép bérlet", "threshold": 85}, True),
    ({"mode": "fuzzy", "value": "daruszállítás", "threshold": 85}, False),
], ids=["any", "all", "exact", "regex", "fuzzy", "fuzzy-miss"])
def test_text_conditions(text: dict[str, object], fits: bool) -> None:
    out = evaluate_rules([rule("r", conditions={"text": text}, actions={"add_tags": ["x"]})], ctx())
    assert (out.tags == ("x",)) is fits


def test_amount_range_currency_and_source_all_must_hold() -> None:
    r = rule("big", conditions={"amount_min": "100000", "currencies": ["HUF"], "sources": ["own_system"]},
             actions={"archive": "approval"})
    assert evaluate_rules([r], ctx()).hold
    assert not evaluate_rules([r], ctx(amount=Decimal("99999"))).hold
    assert not evaluate_rules([r], ctx(currency="EUR")).hold
    assert not evaluate_rules([r], ctx(source="billingo")).hold


def test_priority_order_tags_chain_and_first_project_wins() -> None:
    rules = [
        rule("later", 20, conditions={"tags": ["építés"]}, actions={"add_tags": ["gépbérlés"], "set_project": "p2"}),
        rule("first", 10, conditions={"clients": ["c1"]}, actions={"add_tags": ["építés"], "set_project": "p1"}),
    ]
    out = evaluate_rules(rules, ctx())
    assert out.tags == ("építés", "gépbérlés")
    assert out.project_id == "p1"
    assert [h["rule_id"] for h in out.hits] == ["first", "later"]


def test_stop_ends_the_run_and_disabled_rules_do_nothing() -> None:
    rules = [rule("a", 1, actions={"add_tags": ["a"]}, stop=True), rule("b", 2, actions={"archive": "approval"}),
             rule("c", 0, enabled=False, actions={"archive": "approval"})]
    out = evaluate_rules(rules, ctx())
    assert out.tags == ("a",) and not out.hold


@pytest.mark.parametrize("bad", [
    {"id": ""}, {"id": "x", "conditions": {"text": {"mode": "regex", "value": "("}}},
    {"id": "x", "actions": {"archive": "later"}}, {"id": "x", "conditions": {"amount_min": "lots"}},
])
def test_invalid_rules_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(SchemaViolationError):
        validate_rule(bad)


def test_dry_run_reports_what_would_be_held_and_tagged() -> None:
    views = [{"_id": f"i{n}", "invoice_number": f"N{n}", "client_id": "c1", "source": {"kind": "own_system"},
              "invoice": {"gross_total": str(amount), "currency": "HUF", "kind": "normal"}, "match": {},
              "search_terms": ["kotrogep"]} for n, amount in enumerate((10, 2_000_000))]
    out = dry_run([rule("big", conditions={"amount_min": "1000000"}, actions={"archive": "approval"})], views)
    assert out["would_hold"] == 1 and out["hits_per_rule"] == {"big": 1}
    assert [i["decision"] for i in out["items"]] == ["archive", "hold"]


def test_a_rule_with_sites_holds_and_tags_only_invoices_of_those_sites() -> None:
    r = rule("bp-hold", sites=["budapest"], actions={"archive": "approval", "add_tags": ["bp"]})
    everywhere = rule("all-tag", actions={"add_tags": ["mind"]})
    at_budapest = evaluate_rules([r, everywhere], ctx(site="budapest"))
    assert at_budapest.hold and at_budapest.tags == ("mind", "bp")
    at_debrecen = evaluate_rules([r, everywhere], ctx(site="debrecen"))
    assert not at_debrecen.hold and at_debrecen.tags == ("mind",)
    assert [h["rule_id"] for h in at_debrecen.hits] == ["all-tag"]
    legacy = {k: v for k, v in r.items() if k != "sites"}  # stored before rules had sites: every site
    assert evaluate_rules([legacy], ctx(site="debrecen")).hold


def test_rule_sites_are_validated_and_kept() -> None:
    assert rule("r", sites=[" budapest", "budapest", "gyor"])["sites"] == ["budapest", "gyor"]
    assert rule("r")["sites"] == []
    with pytest.raises(SchemaViolationError):
        rule("r", sites="budapest")


def test_the_match_stage_and_the_dry_run_apply_a_rule_only_at_its_sites() -> None:
    from services.core.matching import snapshot
    from services.core.stages.match import decide_match

    r = rule("bp-hold", sites=["budapest"], conditions={"amount_min": "1000000"}, actions={"archive": "approval"})
    parsed = {"site": "debrecen", "text": "", "source": {"kind": "own_system", "connection_id": "erp"},
              "invoice": {"number": "D-1", "gross_total": "2000000", "currency": "HUF", "kind": "normal"}}
    assert decide_match(parsed, snapshot([]), None, [r])["decision"] == "archive"
    assert decide_match({**parsed, "site": "budapest"}, snapshot([]), None, [r])["decision"] == "hold"
    views = [{"_id": f"i-{site}", "site": site, "invoice_number": site, "source": {"kind": "own_system"},
              "invoice": {"gross_total": "2000000", "currency": "HUF", "kind": "normal"}, "match": {}}
             for site in ("budapest", "debrecen")]
    out = dry_run([r], views)
    assert out["would_hold"] == 1 and [i["decision"] for i in out["items"]] == ["hold", "archive"]
