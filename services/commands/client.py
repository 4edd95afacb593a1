"""``szamlatar client add`` — one client of a tenant's reference data (CSV files of any kind:
``szamlatar reference import``)."""

from __future__ import annotations

import typer

from services.commands.context import context

app = typer.Typer(name="client", help="Clients (reference data).", no_args_is_help=True)


@app.command("add")
def add(ctx: typer.Context, client_id: str, name: str = typer.Option(...), tenant: str = typer.Option(...),
        tax_number: str = typer.Option(None)) -> None:
    """Add or update a client (audited like the API's reference changes)."""
    from services.adapters.admin import upsert_client

    c = context(ctx)
    typer.echo(upsert_client(c.db, tenant=tenant, client_id=client_id, name=name, tax_number=tax_number))
    c.audit(tenant=tenant, action="reference.upserted", target="client", details={"count": 1, "ids": [client_id]})
