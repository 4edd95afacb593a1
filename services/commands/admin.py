"""Provisioning: ``szamlatar token create``, ``connection create-own-system``, ``client add``."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    token = typer.Typer(help="API tokens.", no_args_is_help=True)
    connection = typer.Typer(help="Billing-system connections.", no_args_is_help=True)
    client = typer.Typer(help="Clients (reference data).", no_args_is_help=True)
    app.add_typer(token, name="token")
    app.add_typer(connection, name="connection")
    app.add_typer(client, name="client")

    @token.command("create")
    def token_create(tenant: str = typer.Option(...), role: str = typer.Option("finance"),
                     name: str = typer.Option("cli"), site: list[str] = typer.Option([])) -> None:  # noqa: B008
        """Create an API token; it is printed once and stored only as a hash."""
        from services.adapters.admin import create_token
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings
        from services.core.enums import Role

        typer.echo(create_token(connect(load_settings()), tenant=tenant, role=Role(role), name=name,
                                sites=tuple(site)))

    @connection.command("create-own-system")
    def connection_create(connection_id: str, tenant: str = typer.Option(...),
                          site: str = typer.Option("default")) -> None:
        """Create a webhook connection for an in-house billing system; prints its secret once."""
        from services.adapters.admin import create_own_system_connection
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings

        settings = load_settings()
        secret = create_own_system_connection(connect(settings), settings, connection_id=connection_id,
                                              tenant=tenant, site=site)
        typer.echo(f"webhook: POST /api/v1/webhooks/{connection_id}\nsecret:  {secret}")

    @client.command("add")
    def client_add(client_id: str, name: str = typer.Option(...), tenant: str = typer.Option(...),
                   tax_number: str = typer.Option(None)) -> None:
        """Add or update a client."""
        from services.adapters.admin import upsert_client
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings

        typer.echo(upsert_client(connect(load_settings()), tenant=tenant, client_id=client_id, name=name,
                                 tax_number=tax_number))
