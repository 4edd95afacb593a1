"""Who may do what: roles, site scopes and API tokens (DESIGN §7), as pure decisions."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from services.core.enums import Role


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

    def sees_site(self, site: str) -> bool:
        return not self.sites or site in self.sites


def token_hash(token: str) -> str:
    """Tokens are stored only as their hash; a leaked database does not leak tokens."""
    return hashlib.sha256(token.encode()).hexdigest()
