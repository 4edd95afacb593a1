"""Rules, one set of use cases for every door: the JSON API (``/api/v1/rules``, ``web/routes/rules.py``) and
the admin's Szabályok page (``web/ui/pages/rules.py``) call these, so a rule is validated
(``core/rules.validate_rule``), versioned, site-checked and audited the same whichever way it came.

A rule carries the ``sites`` it applies to (empty: every site). A site-restricted principal sees, saves and
deletes only rules whose sites all lie in its scope (``Principal.covers``); a dry run reads only the
invoices of its sites. Errors are domain errors (``core/errors.py``): ``InvalidInputError`` for a rule a
person can fix, ``ForbiddenError`` beyond the principal's sites, ``NotFoundError`` for a rule it may not see.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from services.app.ports import AuditLog
from services.core.access import Principal
from services.core.errors import NotFoundError, SchemaViolationError
from services.core.rules import dry_run, validate_rule

Doc = dict[str, Any]
DRY_RUN_DEFAULT = 100  # invoices a dry run reads unless asked for another number
DRY_RUN_MAX = 500


class RuleStore(Protocol):
    """Current rules and every saved version (``adapters/reference_repo.py`` ``RuleRepo``)."""

    def list(self, tenant: str) -> list[Doc]: ...
    def get(self, tenant: str, rule_id: str) -> Doc | None: ...
    def save(self, tenant: str, rule: Doc, actor: str, deleted: bool = False) -> Doc: ...
    def versions(self, tenant: str, rule_id: str) -> builtins.list[Doc]: ...  # list: the method above


@dataclass(frozen=True)
class RulePorts:
    """What the rule use cases reach (the web app builds it: ``web/admin_deps.rule_ports``)."""

    rules: RuleStore
    audit: AuditLog
    require_sites: Callable[[Principal, Iterable[str]], None]  # ForbiddenError beyond the principal's sites
    # The dry run's sample: the last ``limit`` invoice views of the tenant at these sites, newest first.
    latest_views: Callable[[str, tuple[str, ...], int], list[Doc]]


def sites_of(rule: Mapping[str, Any]) -> list[str]:
    return list(rule.get("sites") or ())  # a rule stored before rules had sites is tenant-wide


def visible_rules(ports: RulePorts, principal: Principal) -> list[Doc]:
    """The tenant's rules the principal may see, in the order they run."""
    return [r for r in ports.rules.list(principal.tenant) if principal.covers(sites_of(r))]


def visible_rule(ports: RulePorts, principal: Principal, rule_id: str) -> Doc:
    current = ports.rules.get(principal.tenant, rule_id)
    if current is None or not principal.covers(sites_of(current)):
        raise NotFoundError(f"no rule {rule_id}")
    return current


def save_rule(ports: RulePorts, principal: Principal, rule_id: str, rule: Mapping[str, Any]) -> Doc:
    """Create or replace a rule, stored as a new version; an admin's, checked like every door's."""
    valid = validate_rule({**rule, "id": rule_id})
    ports.require_sites(principal, valid["sites"])
    current = ports.rules.get(principal.tenant, rule_id)
    if current is not None:
        ports.require_sites(principal, sites_of(current))  # taking over another site's rule is changing it
    stored = ports.rules.save(principal.tenant, valid, principal.subject)
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="rule.saved",
                       target=f"rule:{rule_id}", details={"version": stored["version"], "sites": valid["sites"]})
    return stored


def delete_rule(ports: RulePorts, principal: Principal, rule_id: str) -> Doc:
    """Delete a rule; its history stays (the delete is a version of its own)."""
    current = visible_rule(ports, principal, rule_id)
    stored = ports.rules.save(principal.tenant, validate_rule(current), principal.subject, True)
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action="rule.deleted",
                       target=f"rule:{rule_id}", details={"version": stored["version"]})
    return stored


def rule_versions(ports: RulePorts, principal: Principal, rule_id: str) -> list[Doc]:
    """Every saved version of a rule, oldest first (a site-restricted principal: those of its sites)."""
    return [v for v in ports.rules.versions(principal.tenant, rule_id) if principal.covers(sites_of(v))]


def dry_run_rules(ports: RulePorts, principal: Principal, proposed: Any = None,
                  limit: int = DRY_RUN_DEFAULT) -> Doc:
    """What these rules (``None``: the stored ones the principal may see) would do to the last ``limit``
    invoices of the principal's sites (``core/rules.dry_run``); nothing is changed."""
    if proposed is None:
        rules = visible_rules(ports, principal)
    elif isinstance(proposed, list):
        rules = [validate_rule(r) for r in proposed]
    else:
        raise SchemaViolationError("rules must be a list")
    views = ports.latest_views(principal.tenant, tuple(principal.sites), max(1, min(limit, DRY_RUN_MAX)))
    return dry_run(rules, views)
