"""Dashboards and alert rules only use metrics some process really exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from prometheus_client import CollectorRegistry

from services.adapters import metrics

ROOT = Path(__file__).resolve().parents[2]
_NAME = re.compile(r"\b(szamlatar_[a-z0-9_]+)")


def _exported() -> set[str]:
    """Every sample name the metric factories in services/adapters/metrics.py register."""
    names: set[str] = set()
    for factory in (getattr(metrics, n) for n in dir(metrics) if n.endswith("_metrics")):
        registry = CollectorRegistry()
        try:
            factory(registry)
        except TypeError:
            continue
        for family in registry.collect():
            names.add(family.name)
            names.update(s.name for s in family.samples)
            names.update(f"{family.name}{suffix}" for suffix in ("_bucket", "_count", "_sum", "_total"))
    return names


def _used_in(texts: list[str]) -> set[str]:
    return {m for t in texts for m in _NAME.findall(t)}


def _dashboard_exprs() -> list[str]:
    return [t["expr"] for path in (ROOT / "deploy/dashboards").glob("*.json")
            for p in json.loads(path.read_text(encoding="utf-8"))["panels"] for t in p["targets"]]


def _rule_exprs() -> list[str]:
    return [r["expr"] for path in (ROOT / "deploy/prometheus/rules").glob("*.yml")
            for g in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"] for r in g["rules"]]


def test_dashboard_queries_use_exported_metrics() -> None:
    exprs = _dashboard_exprs()
    assert exprs
    missing = _used_in(exprs) - _exported()
    assert not missing, f"dashboards query metrics nobody exports: {sorted(missing)}"


def test_alert_rules_use_exported_metrics() -> None:
    used = {m for m in _used_in(_rule_exprs()) if not m.startswith("szamlatar:")}
    missing = used - _exported()
    assert not missing, f"rules use metrics nobody exports: {sorted(missing)}"


_DOWNSTREAM = {"delivered": "szamlatar_downstream_webhooks_total", "references": "szamlatar_reference_records_total"}
_COUNTED = re.compile(r'self\.(delivered|references)\.labels\("([a-z_]+)"\)')
_OUTCOME = re.compile(r'(szamlatar_downstream_webhooks_total|szamlatar_reference_records_total)'
                      r'\{[^}]*outcome="([^"]*)"')


def test_downstream_outcomes_in_rules_are_ones_the_worker_counts_and_each_starts_at_zero() -> None:
    """An alert on outcome="dlq" is silent if the worker says "dead"; one on a series that is born at 1
    never sees the first increase (increase() needs a sample before it)."""
    source = (ROOT / "services/downstream/worker.py").read_text(encoding="utf-8")
    counted = {(_DOWNSTREAM[attr], outcome) for attr, outcome in _COUNTED.findall(source)}
    registry = CollectorRegistry()
    metrics.downstream_metrics(registry)
    at_zero = {(s.name, s.labels["outcome"]) for family in registry.collect() for s in family.samples
               if s.name in _DOWNSTREAM.values() and s.value == 0}
    assert counted and counted == at_zero
    named = set(_OUTCOME.findall("\n".join(_rule_exprs() + _dashboard_exprs())))
    assert named, "the rules alert on downstream outcomes"
    assert named <= counted, f"rules or dashboards name outcomes the worker never counts: {sorted(named - counted)}"


_DLQ_TOPIC = re.compile(r'szamlatar_downstream_dlq_events_total\{[^}]*topic=~?"([^"]*)"')


def test_downstream_dead_letters_start_at_zero_for_every_consumed_topic_and_rules_name_only_those() -> None:
    """The dead-letter alert sees the first invoice.archived that fails only if its series exists at 0
    before; a rule on a topic the worker does not consume would never fire."""
    from services.downstream.worker import CONSUMED_TOPICS

    registry = CollectorRegistry()
    metrics.downstream_metrics(registry)
    at_zero = {s.labels["topic"] for family in registry.collect() for s in family.samples
               if s.name == "szamlatar_downstream_dlq_events_total" and s.value == 0}
    assert at_zero == set(CONSUMED_TOPICS)
    named = {t for pattern in _DLQ_TOPIC.findall("\n".join(_rule_exprs() + _dashboard_exprs()))
             for t in pattern.split("|")}
    assert named, "an alert names the topics whose dead letters it is about"
    assert named <= at_zero, f"rules name topics the worker never consumes: {sorted(named - at_zero)}"


_REVIEW = re.compile(r"szamlatar_review_queue_[a-z_]+")
_KIND = re.compile(r'kind="([^"]*)"')


def test_review_queue_queries_keep_held_approvals_apart_from_unconfirmed_matches() -> None:
    """Mixed, a tenant that never confirms its matches would keep an approval alert firing for good
    and hide how long held invoices wait."""
    exprs = [e for e in _rule_exprs() + _dashboard_exprs() if _REVIEW.search(e)]
    assert exprs
    for expr in exprs:
        assert "by (kind)" in expr or _KIND.search(expr), f"mixes the review kinds: {expr}"
    registry = CollectorRegistry()
    metrics.downstream_metrics(registry)
    kinds = {s.labels["kind"] for family in registry.collect() for s in family.samples
             if s.name == "szamlatar_review_queue_oldest_age_seconds"}
    assert kinds == set(metrics.REVIEW_KINDS) == {"approval", "match"}
    named = {k for e in exprs for k in _KIND.findall(e)}
    assert named and named <= kinds
