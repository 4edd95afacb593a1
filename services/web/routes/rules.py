"""Rules through the API: list, create / replace (a new version each time), delete, history,
and a dry run over the tenant's last 100 archived invoices.

A rule carries the ``sites`` it applies to (empty: every site). A site-restricted principal sees,
saves and deletes only rules whose sites all lie in its scope (``Principal.covers``); a dry run
reads only the invoices of its sites."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body

from services.core.access import Permission, Principal
from services.core.errors import NotFoundError, SchemaViolationError
from services.core.rules import dry_run, validate_rule
from services.web.deps import Ports, PortsDep, PrincipalDep, require, require_sites
from services.web.invoice_search import latest_views

router = APIRouter(prefix="/api/v1/rules", tags=["rules"])


def _public(rule: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in rule.items()
            if k not in ("_id", "tenant")}


def _sites(rule: dict[str, Any]) -> list[str]:
    return list(rule.get("sites") or ())  # a rule stored before rules had sites is tenant-wide


async def _visible_rules(ports: Ports, principal: Principal) -> list[dict[str, Any]]:
    rules = await asyncio.to_thread(ports.rules.list, principal.tenant)
    return [r for r in rules if principal.covers(_sites(r))]


async def _visible_rule(ports: Ports, principal: Principal, rule_id: str) -> dict[str, Any]:
    current = await asyncio.to_thread(ports.rules.get, principal.tenant, rule_id)
    if current is None or not principal.covers(_sites(current)):
        raise NotFoundError(f"no rule {rule_id}")
    return current


@router.get("", summary="The tenant's rules, in the order they run (a site-restricted caller: those of its sites)")
async def list_rules(ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    return {"items": [_public(r) for r in await _visible_rules(ports, principal)]}


@router.put("/{rule_id}", summary="Create or replace a rule (stored as a new version)",
            description="`sites`: the sites the rule applies to; empty or absent means every site, which only "
                        "an admin without a site limit may set. A site-restricted admin names sites of its own "
                        "and may replace only a rule whose sites are all its own (else 403).")
async def put_rule(rule_id: str, ports: PortsDep, principal: PrincipalDep,
                   rule: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    valid = validate_rule({**rule, "id": rule_id})
    require_sites(principal, valid["sites"])
    current = await asyncio.to_thread(ports.rules.get, principal.tenant, rule_id)
    if current is not None:
        require_sites(principal, _sites(current))  # taking over another site's rule is changing it
    stored = await asyncio.to_thread(ports.rules.save, principal.tenant, valid, principal.subject)
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="rule.saved", target=f"rule:{rule_id}",
                            details={"version": stored["version"], "sites": valid["sites"]})
    return _public(stored)


@router.delete("/{rule_id}", summary="Delete a rule (its history stays)")
async def delete_rule(rule_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    repo = ports.rules
    current = await _visible_rule(ports, principal, rule_id)
    stored = await asyncio.to_thread(repo.save, principal.tenant, validate_rule(current), principal.subject, True)
    await asyncio.to_thread(ports.audit.append, tenant=principal.tenant, actor=principal.subject,
                            action="rule.deleted", target=f"rule:{rule_id}", details={"version": stored["version"]})
    return {"deleted": rule_id, "version": stored["version"]}


@router.get("/{rule_id}/versions", summary="Every saved version of a rule (a site-restricted caller: those "
                                         "whose sites are its own)")
async def rule_versions(rule_id: str, ports: PortsDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    versions = await asyncio.to_thread(ports.rules.versions, principal.tenant, rule_id)
    return {"items": [_public(v) for v in versions if principal.covers(_sites(v))]}


@router.post("/dry-run", summary="What would these rules (default: the stored ones the caller may see) do to the "
                                "last 100 invoices of the caller's sites")
async def dry_run_rules(ports: PortsDep, principal: PrincipalDep,
                        body: Annotated[dict[str, Any] | None, Body()] = None) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    proposed = (body or {}).get("rules")
    if proposed is None:
        rules = await _visible_rules(ports, principal)
    elif isinstance(proposed, list):
        rules = [validate_rule(r) for r in proposed]
    else:
        raise SchemaViolationError("rules must be a list")
    limit = int((body or {}).get("limit", 100))
    views = await asyncio.to_thread(latest_views, ports, principal.tenant, tuple(principal.sites),
                                    limit=max(1, min(limit, 500)))
    return dry_run(rules, views)
