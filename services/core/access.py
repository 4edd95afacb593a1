"""Who may do what: roles, site scopes and API tokens (DESIGN §7), as pure decisions.

Sites are one rule, kept here: a *scope* is a tuple of sites, and an empty scope is every site of
the tenant. A principal sees what lies at a site in its scope (``in_scope``). Whatever itself
carries sites — a user, a token, a producer, a rule, a subscription — is within a principal's reach
only when all of its sites are in the principal's scope (``sites_beyond`` is empty); one that
carries none reaches every site, so only an unrestricted principal may create, see or change it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from services.core.enums import Role
from services.core.errors import InvalidInputError, SchemaViolationError


class Permission:
    SEARCH = "invoice.search"
    READ = "invoice.read"
    READ_PDF = "invoice.read_pdf"
    READ_AUDIT = "audit.read"
    ADMIN = "admin"
    REVIEW = "review.decide"  # approve / reject / reassign held or uncertain invoices
    PAY = "invoice.pay"  # record a payment (written back to Billingo / Számlázz.hu)


ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.ADMIN: frozenset({Permission.SEARCH, Permission.READ, Permission.READ_PDF, Permission.READ_AUDIT,
                           Permission.ADMIN, Permission.REVIEW, Permission.PAY}),
    Role.FINANCE: frozenset({Permission.SEARCH, Permission.READ, Permission.READ_PDF, Permission.REVIEW,
                             Permission.PAY}),
    Role.VIEWER: frozenset({Permission.SEARCH, Permission.READ, Permission.READ_PDF}),
    Role.AUDITOR: frozenset({Permission.SEARCH, Permission.READ, Permission.READ_PDF, Permission.READ_AUDIT}),
    Role.SERVICE: frozenset({Permission.SEARCH, Permission.READ}),
}


@dataclass(frozen=True)
class Principal:
    subject: str
    tenant: str
    role: Role
    sites: tuple[str, ...] = ()  # empty: every site of the tenant

    def can(self, permission: str) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    @property
    def tenant_wide(self) -> bool:
        """Not restricted to sites: what spans the whole tenant (NAV lists, the audit chain) is for it."""
        return not self.sites

    def sees_site(self, site: str) -> bool:
        return in_scope(self.sites, site)

    def covers(self, sites: Iterable[str]) -> bool:
        """Whether something carrying ``sites`` (empty: every site) is within this principal's reach:
        it may grant them to a user or token, and create, see or change a rule or subscription of them."""
        return not sites_beyond(self.sites, sites)


EVERY_SITE = "*"  # how a grant of every site (an empty site list) is named in a refusal


def in_scope(scope: Sequence[str], site: str | None) -> bool:
    """Whether ``site`` lies in ``scope``; an empty scope is every site of the tenant."""
    return not scope or site in scope


def sites_beyond(scope: Sequence[str], sites: Iterable[str]) -> tuple[str, ...]:
    """What ``sites`` reaches outside ``scope``, empty when nothing does. An empty ``sites`` reaches
    every site, which only an unrestricted scope holds: it comes back as ``(EVERY_SITE,)``."""
    wanted = tuple(dict.fromkeys(sites))
    if not scope:
        return ()
    if not wanted:
        return (EVERY_SITE,)
    return tuple(s for s in wanted if s not in scope)


def validate_sites(value: Any) -> list[str]:
    """A ``sites`` list as a rule or a subscription stores it: trimmed, no blanks, no repeats; an
    absent or empty list is every site. Raises ``SchemaViolationError``."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SchemaViolationError("sites must be a list of site names")
    sites = [v.strip() for v in value]
    if any(not s or len(s) > 64 for s in sites):
        raise InvalidInputError("sites must be site names of 1-64 characters", problem="sites")
    return list(dict.fromkeys(sites))


def site_clause(scope: Sequence[str], field: str = "site") -> dict[str, Any]:
    """The MongoDB condition keeping documents whose ``field`` lies in ``scope`` ({} for every site)."""
    return {field: {"$in": list(scope)}} if scope else {}


def token_hash(token: str) -> str:
    """Tokens are stored only as their hash; a leaked database does not leak tokens."""
    return hashlib.sha256(token.encode()).hexdigest()
