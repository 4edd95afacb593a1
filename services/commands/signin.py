"""``szamlatar signin oidc|show`` — a tenant's company sign-in (OpenID Connect): the provider, the
client, and which of its groups give which role and sites (docs/sign-in.md)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from services.commands.context import context

app = typer.Typer(name="signin", no_args_is_help=True,
                  help="Company sign-in (OpenID Connect: Entra ID, Google Workspace, Keycloak) per tenant.")


def _pairs(values: list[str] | None, what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values or []:
        group, sep, target = value.partition("=")
        if not sep or not group.strip() or not target.strip():
            raise typer.BadParameter(f"{what}: GROUP=VALUE, not {value!r}")
        out[group.strip()] = target.strip()
    return out


@app.command("oidc")
def set_oidc(
    ctx: typer.Context,
    tenant: str = typer.Option(...),
    issuer: str = typer.Option(..., help="the provider's issuer URL (its discovery is ISSUER/.well-known/…)"),
    client_id: str = typer.Option(...),
    client_secret: str = typer.Option(..., envvar="SZAMLATAR_OIDC_CLIENT_SECRET", prompt=True, hide_input=True,
                                      help="stored sealed with the key-encryption key"),
    group_role: Annotated[list[str] | None, typer.Option(help="GROUP=ROLE: admin, finance, auditor, viewer "
                                                              "(repeat; no mapped group: viewer)")] = None,
    group_sites: Annotated[list[str] | None, typer.Option(help="GROUP=site1,site2 or GROUP=* (repeat; none: every "
                                                               "user sees every site)")] = None,
    allow_private: bool = typer.Option(False, help="allow a provider on a private address (local tests only)"),
) -> None:
    """Create or replace the tenant's OpenID Connect provider; audited (the secret is not)."""
    from services.adapters.oidc import OidcStore
    from services.core.enums import Role

    try:
        roles = {g: Role(r) for g, r in _pairs(group_role, "--group-role").items()}
    except ValueError as exc:
        raise typer.BadParameter(f"--group-role: {exc}") from exc
    if Role.SERVICE in roles.values():
        raise typer.BadParameter("--group-role: the service role is for API tokens, not people")
    sites = {g: [s.strip() for s in v.split(",") if s.strip()] for g, v in _pairs(group_sites, "--group-sites").items()}
    c = context(ctx)
    saved = OidcStore(c.db, c.settings).save_provider(
        tenant=tenant, issuer=issuer, client_id=client_id, client_secret=client_secret, group_roles=roles,
        group_sites=sites, allow_private=allow_private, now=datetime.now(UTC))
    c.audit(tenant=tenant, action="signin.oidc.changed", target=f"oidc:{saved['issuer']}",
            details={"issuer": saved["issuer"], "client_id": client_id, "group_roles": saved["group_roles"],
                     "group_sites": saved["group_sites"], "allow_private_urls": allow_private})
    typer.echo(f"company sign-in for tenant {tenant}: {saved['issuer']} (client {client_id})")


@app.command("show")
def show(ctx: typer.Context, tenant: str = typer.Option(...)) -> None:
    """The tenant's provider and group mapping (never the secret)."""
    from services.adapters.oidc import OidcStore

    c = context(ctx)
    provider = OidcStore(c.db, c.settings).provider(tenant)
    if provider is None:
        typer.echo(f"tenant {tenant} has no company sign-in")
        raise typer.Exit(1)
    config = provider.config
    typer.echo(f"issuer {config.issuer}, client {config.client_id}")
    for group, role in sorted(config.group_roles.items()):
        typer.echo(f"  group {group} → role {role.value}")
    for group, group_sites in sorted(config.group_sites.items()):
        typer.echo(f"  group {group} → sites {', '.join(group_sites)}")
