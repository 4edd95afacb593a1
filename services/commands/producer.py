"""``szamlatar producer create|list|delete``: connections of billing systems that produce to
``invoice.raw`` themselves. The parse stage refuses events whose connection is not one of these
(or of another ingest path) of the event's tenant."""

from __future__ import annotations

import json

import typer

from services.commands.context import context

app = typer.Typer(name="producer", help="Direct Kafka producers: which tenant, sites and source kinds each may write.",
                  no_args_is_help=True)


def _print_signing(principal: str, secret: str | None) -> None:
    user = principal.removeprefix("User:")
    if secret:
        typer.echo(f"signing secret (shown once; the producer signs every record with it, schemas/README.md): {secret}")
    else:
        typer.echo("signing secret: unchanged (szamlatar producer rotate-secret makes a new one)")
    typer.echo(f"Kafka principal {principal}: give it its SCRAM password and its ACL (Write on invoice.raw only):\n"
               f"  docker compose run --rm kafka-access producer {user}")


@app.command("create")
def create(
    ctx: typer.Context,
    connection_id: str,
    tenant: str = typer.Option(...),
    site: list[str] = typer.Option([], help="sites its events may name (repeat; none: any site)"),  # noqa: B008
    source_kind: list[str] = typer.Option([], help="producer (default) and/or own_system"),  # noqa: B008
    url_host: list[str] = typer.Option([], help="hosts document URLs may point at (https, public)"),  # noqa: B008
    kafka_principal: str = typer.Option(None, help="its own Kafka principal (User:producer-<id>); its records "
                                        "must then be signed with the secret printed once"),
) -> None:
    """Create or change a producer connection; its id goes in every event's source.connection_id (audited)."""
    from services.adapters.admin import cli_actor
    from services.adapters.own_system_admin import create_producer_connection, first_signing_secret

    c = context(ctx)
    try:
        saved = create_producer_connection(c.db, connection_id=connection_id, tenant=tenant, sites=site,
                                           source_kinds=source_kind, url_hosts=url_host,
                                           kafka_principal=kafka_principal, created_by=cli_actor())
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    c.audit(tenant=tenant, action="producer.created", target=connection_id,  # as /api/v1/producers
            details={k: saved.get(k) for k in ("sites", "source_kinds", "url_allowlist", "allow_private_urls")})
    typer.echo(f"producer {connection_id}: tenant {tenant}, sites {', '.join(saved['sites']) or 'any'}, "
               f"source kinds {', '.join(saved['source_kinds'])}\n"
               f"events: source = {{\"kind\": \"{saved['source_kinds'][0]}\", \"connection_id\": "
               f"\"{connection_id}\"}}, key {tenant}|{saved['source_kinds'][0]}|{connection_id}|<external_id>")
    if saved["kafka_principal"]:
        _print_signing(saved["kafka_principal"], first_signing_secret(c.db, c.settings, saved))


@app.command("rotate-secret")
def rotate_secret(ctx: typer.Context, connection_id: str) -> None:
    """A new signing secret for a producer with a Kafka principal, printed once; the previous one
    stays valid until the next rotation."""
    from services.adapters.own_system_admin import issue_signing_secret
    from services.core.errors import NotFoundError

    c = context(ctx)
    try:
        secret = issue_signing_secret(c.db, c.settings, connection_id)
    except (ValueError, NotFoundError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"signing secret (shown once, the previous one stays valid until the next rotation): {secret}")


@app.command("list")
def list_(ctx: typer.Context, tenant: str = typer.Option(None)) -> None:
    """The producer connections (of one tenant)."""
    from services.adapters.own_system_admin import list_producer_connections

    for connection in list_producer_connections(context(ctx).db, tenant):
        fields = ("_id", "tenant", "sites", "source_kinds", "url_allowlist", "kafka_principal")
        typer.echo(json.dumps({k: connection.get(k) for k in fields}, ensure_ascii=False))


@app.command("delete")
def delete(ctx: typer.Context, connection_id: str) -> None:
    """Delete a producer connection: its events are refused (unknown_connection) from now on (audited)."""
    from services.adapters.connections import ConnectionRepo
    from services.adapters.own_system_admin import delete_producer_connection

    c = context(ctx)
    if not delete_producer_connection(c.db, connection_id):
        typer.echo(f"error: no producer connection {connection_id!r}", err=True)
        raise typer.Exit(1)
    tenant = (ConnectionRepo(c.db).get(connection_id) or {}).get("tenant")  # the tombstone keeps it
    c.audit(tenant=str(tenant), action="producer.deleted", target=connection_id, details={})
    typer.echo(f"deleted {connection_id}")
