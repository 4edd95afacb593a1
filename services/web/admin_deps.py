"""The ports of the rule and reference-data use cases (``app/rules.py``, ``app/reference.py``), built from
the web app's ``Ports`` for the JSON API and the admin pages alike."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends

from services.app.reference import ReferencePorts
from services.app.rules import RulePorts
from services.web.deps import Ports, PortsDep, require_sites
from services.web.invoice_search import latest_views


def rule_ports(ports: Ports) -> RulePorts:
    def latest(tenant: str, sites: tuple[str, ...], limit: int) -> list[dict[str, Any]]:
        return latest_views(ports, tenant, sites, limit=limit)

    return RulePorts(rules=ports.rules, audit=ports.audit, require_sites=require_sites, latest_views=latest)


def reference_ports(ports: Ports) -> ReferencePorts:
    return ReferencePorts(reference=ports.reference, audit=ports.audit)


def get_rule_ports(ports: PortsDep) -> RulePorts:
    return rule_ports(ports)


def get_reference_ports(ports: PortsDep) -> ReferencePorts:
    return reference_ports(ports)


RulesDep = Annotated[RulePorts, Depends(get_rule_ports)]
ReferenceDep = Annotated[ReferencePorts, Depends(get_reference_ports)]
