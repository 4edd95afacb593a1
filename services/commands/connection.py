"""``szamlatar connection create-own-system`` — a webhook connection for an in-house billing system
(its secret printed once). Billingo, Számlázz.hu and NAV connections: the API, the UI and
``szamlatar nav connect``; pull connections: ``szamlatar pull connect``."""

from __future__ import annotations

import typer

from services.commands.context import context

app = typer.Typer(name="connection", help="Billing-system connections.", no_args_is_help=True)


@app.command("create-own-system")
def create_own_system(ctx: typer.Context, connection_id: str, tenant: str = typer.Option(...),
                      site: str = typer.Option("default")) -> None:
    """Create a webhook connection for an in-house billing system; prints its secret once (audited)."""
    from services.adapters.admin import create_own_system_connection
    from services.adapters.connections import ConnectionRepo

    c = context(ctx)
    existed = ConnectionRepo(c.db).get(connection_id) is not None
    secret = create_own_system_connection(c.db, c.settings, connection_id=connection_id, tenant=tenant, site=site)
    c.audit(tenant=tenant, action="connection.changed" if existed else "connection.created",
            target=connection_id, details={"kind": "own_system", "site": site, "credentials": ["secret"]})
    typer.echo(f"webhook: POST /api/v1/webhooks/{connection_id}\nsecret:  {secret}")
