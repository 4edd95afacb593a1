"""The company sign-in (OpenID Connect) provider of a tenant, set from the admin's Bejelentkezés page as
``szamlatar signin oidc`` sets it: the issuer, the client, and which of the provider's groups give which
role and sites. Only an admin without a site limit changes it (it decides every user's role and sites).
The client secret is write-only: never answered, and left empty it keeps the stored one. Audited
``signin.oidc.changed`` as the CLI writes it, never with the secret."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from services.app.ports import AuditLog
from services.core.access import Permission, Principal
from services.core.enums import Role
from services.core.errors import ForbiddenError, InvalidInputError
from services.core.oidc import group_mapping

Doc = dict[str, Any]


class ProviderStore(Protocol):
    """``adapters/oidc.OidcStore``."""

    def save_provider(self, *, tenant: str, issuer: str, client_id: str, client_secret: str | None,
                      group_roles: Mapping[str, Role], group_sites: Mapping[str, list[str]],
                      allow_private: bool = False, now: datetime) -> Doc: ...
    def provider_settings(self, tenant: str) -> Doc | None: ...


def _tenant_admin(principal: Principal) -> None:
    if not principal.can(Permission.ADMIN) or not principal.tenant_wide:
        raise ForbiddenError("company sign-in decides every user's role and sites: only an admin without a "
                             "site limit sets it")


def current(store: ProviderStore, principal: Principal) -> Doc | None:
    """The tenant's provider without its secret (``secret_set`` says whether one is stored); None: none yet."""
    _tenant_admin(principal)
    return store.provider_settings(principal.tenant)


def save(store: ProviderStore, audit: AuditLog, principal: Principal, *, issuer: str, client_id: str,
         client_secret: str, roles_text: str, sites_text: str, now: datetime) -> Doc:
    """Creates or replaces the provider. The issuer is https, or http on a private address only where the
    operator allowed a local test provider (``--allow-private``), which this page keeps as it was."""
    _tenant_admin(principal)
    before = store.provider_settings(principal.tenant) or {}
    allow_private = bool(before.get("allow_private_urls"))
    issuer, client_id = issuer.strip(), client_id.strip()
    if not issuer.startswith("https://") and not (allow_private and issuer.startswith("http://")):
        raise InvalidInputError(f"issuer {issuer!r} must be an https URL", problem="signin.issuer")
    if not client_id:
        raise InvalidInputError("client_id is required", problem="signin.client_id")
    roles, sites = group_mapping(roles_text, sites_text)
    try:
        saved = store.save_provider(tenant=principal.tenant, issuer=issuer, client_id=client_id,
                                    client_secret=client_secret.strip() or None, group_roles=roles,
                                    group_sites=sites, allow_private=allow_private, now=now)
    except ValueError as exc:
        raise InvalidInputError(str(exc), problem="signin.secret_required") from exc
    audit.append(tenant=principal.tenant, actor=principal.subject, action="signin.oidc.changed",
                 target=f"oidc:{saved['issuer']}",
                 details={"issuer": saved["issuer"], "client_id": client_id, "group_roles": saved["group_roles"],
                          "group_sites": saved["group_sites"], "allow_private_urls": allow_private,
                          "credentials": ["client_secret"] if client_secret.strip() else []})
    return saved
