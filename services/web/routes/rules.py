"""Rules through the API: list, create / replace (a new version each time), delete, history,
and a dry run over the tenant's last 100 archived invoices.

Each endpoint is a use case of ``app/rules.py``, the same as the Szabályok page: a rule carries the
``sites`` it applies to (empty: every site); a site-restricted principal sees, saves and deletes only
rules whose sites all lie in its scope; a dry run reads only the invoices of its sites."""

from __future__ import annotations

import asyncio
from typing import Annotated, Any

from fastapi import APIRouter, Body

from services.app import rules as uc
from services.core.access import Permission
from services.web.admin_deps import RulesDep
from services.web.deps import PrincipalDep, require

router = APIRouter(prefix="/api/v1/rules", tags=["rules"])


def _public(rule: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in rule.items()
            if k not in ("_id", "tenant")}


@router.get("", summary="The tenant's rules, in the order they run (a site-restricted caller: those of its sites)")
async def list_rules(rules: RulesDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    return {"items": [_public(r) for r in await asyncio.to_thread(uc.visible_rules, rules, principal)]}


@router.put("/{rule_id}", summary="Create or replace a rule (stored as a new version)",
            description="`sites`: the sites the rule applies to; empty or absent means every site, which only "
                        "an admin without a site limit may set. A site-restricted admin names sites of its own "
                        "and may replace only a rule whose sites are all its own (else 403).")
async def put_rule(rule_id: str, rules: RulesDep, principal: PrincipalDep,
                   rule: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    return _public(await asyncio.to_thread(uc.save_rule, rules, principal, rule_id, rule))


@router.delete("/{rule_id}", summary="Delete a rule (its history stays)")
async def delete_rule(rule_id: str, rules: RulesDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.ADMIN)
    stored = await asyncio.to_thread(uc.delete_rule, rules, principal, rule_id)
    return {"deleted": rule_id, "version": stored["version"]}


@router.get("/{rule_id}/versions", summary="Every saved version of a rule (a site-restricted caller: those "
                                         "whose sites are its own)")
async def rule_versions(rule_id: str, rules: RulesDep, principal: PrincipalDep) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    return {"items": [_public(v) for v in await asyncio.to_thread(uc.rule_versions, rules, principal, rule_id)]}


@router.post("/dry-run", summary="What would these rules (default: the stored ones the caller may see) do to the "
                                "last 100 invoices of the caller's sites")
async def dry_run_rules(rules: RulesDep, principal: PrincipalDep,
                        body: Annotated[dict[str, Any] | None, Body()] = None) -> dict[str, Any]:
    require(principal, Permission.SEARCH)
    limit = int((body or {}).get("limit", uc.DRY_RUN_DEFAULT))
    return await asyncio.to_thread(uc.dry_run_rules, rules, principal, (body or {}).get("rules"), limit)
