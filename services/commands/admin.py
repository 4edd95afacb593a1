"""Provisioning: ``szamlatar token create|list|revoke``, ``connection create-own-system``, ``client add``.

Every change is written to the tenant's audit log as the API writes its own
(``adapters/admin.audit_cli``: actor ``cli:<OS user>``)."""

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
                     name: str = typer.Option("cli"), site: list[str] = typer.Option([]),  # noqa: B008
                     expires_days: int = typer.Option(365, min=1, help="days until the token expires")) -> None:
        """Create an API token; it is printed once and stored only as a hash (audited)."""
        from services.adapters.admin import audit_cli, create_token, token_id
        from services.adapters.mongo import TokenRepo, connect
        from services.adapters.settings import load_settings
        from services.core.access import token_hash
        from services.core.enums import Role

        db = connect(load_settings())
        token = create_token(db, tenant=tenant, role=Role(role), name=name, sites=tuple(site),
                             expires_days=expires_days)
        record = TokenRepo(db).get(token_hash(token)) or {}
        audit_cli(db, tenant=tenant, action="token.created", target=f"token:{token_id(record)}",
                  details={"name": name, "role": role, "sites": list(site),
                           "expires_at": record["expires_at"].isoformat()})
        typer.echo(token)  # alone on stdout, for scripts
        typer.echo(f"token {token_id(record)} expires {record['expires_at']:%Y-%m-%d}", err=True)

    @token.command("list")
    def token_list(tenant: str = typer.Option(None, help="only this tenant's tokens")) -> None:
        """Tokens (never the token itself): id, tenant, name, role, sites, expiry, revoked."""
        from services.adapters.admin import list_tokens, token_id
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings

        for t in list_tokens(connect(load_settings()), tenant):
            expires = t.get("expires_at")
            state = "revoked" if t.get("revoked") else "active"
            typer.echo("\t".join([token_id(t), str(t.get("tenant")), str(t.get("name")), str(t.get("role")),
                                  ",".join(t.get("sites") or []) or "*",
                                  f"expires {expires:%Y-%m-%d}" if expires else "no expiry", state]))

    @token.command("revoke")
    def token_revoke(ref: str = typer.Argument(..., help="the id from `token list` (or a unique start of it)")) -> None:
        """Revoke a token: refused from its next request on (audited)."""
        from services.adapters.admin import audit_cli, cli_actor, revoke_token, token_id
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings
        from services.core.errors import NotFoundError

        db = connect(load_settings())
        try:
            record, revoked = revoke_token(db, ref, actor=cli_actor())
        except (NotFoundError, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from exc
        if revoked:
            audit_cli(db, tenant=record["tenant"], action="token.revoked", target=f"token:{token_id(record)}",
                      details={"name": record.get("name"), "role": record.get("role")})
        typer.echo(f"token {token_id(record)} ({record.get('name')}, tenant {record['tenant']}) "
                   + ("revoked" if revoked else "was already revoked"))

    @connection.command("create-own-system")
    def connection_create(connection_id: str, tenant: str = typer.Option(...),
                          site: str = typer.Option("default")) -> None:
        """Create a webhook connection for an in-house billing system; prints its secret once (audited)."""
        from services.adapters.admin import audit_cli, create_own_system_connection
        from services.adapters.mongo import ConnectionRepo, connect
        from services.adapters.settings import load_settings

        settings = load_settings()
        db = connect(settings)
        existed = ConnectionRepo(db).get(connection_id) is not None
        secret = create_own_system_connection(db, settings, connection_id=connection_id, tenant=tenant, site=site)
        audit_cli(db, tenant=tenant, action="connection.changed" if existed else "connection.created",
                  target=connection_id, details={"kind": "own_system", "site": site, "credentials": ["secret"]})
        typer.echo(f"webhook: POST /api/v1/webhooks/{connection_id}\nsecret:  {secret}")

    @client.command("add")
    def client_add(client_id: str, name: str = typer.Option(...), tenant: str = typer.Option(...),
                   tax_number: str = typer.Option(None)) -> None:
        """Add or update a client (audited like the API's reference changes)."""
        from services.adapters.admin import audit_cli, upsert_client
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings

        db = connect(load_settings())
        typer.echo(upsert_client(db, tenant=tenant, client_id=client_id, name=name, tax_number=tax_number))
        audit_cli(db, tenant=tenant, action="reference.upserted", target="client",
                  details={"count": 1, "ids": [client_id]})
