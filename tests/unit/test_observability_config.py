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


def test_dashboard_queries_use_exported_metrics() -> None:
    exprs = [t["expr"] for path in (ROOT / "deploy/dashboards").glob("*.json")
             for p in json.loads(path.read_text(encoding="utf-8"))["panels"] for t in p["targets"]]
    assert exprs
    missing = _used_in(exprs) - _exported()
    assert not missing, f"dashboards query metrics nobody exports: {sorted(missing)}"


def test_alert_rules_use_exported_metrics() -> None:
    exprs = [r["expr"] for path in (ROOT / "deploy/prometheus/rules").glob("*.yml")
             for g in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"] for r in g["rules"]]
    used = {m for m in _used_in(exprs) if not m.startswith("szamlatar:")}
    missing = used - _exported()
    assert not missing, f"rules use metrics nobody exports: {sorted(missing)}"
