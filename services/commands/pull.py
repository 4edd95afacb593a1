"""``szamlatar pull connect|status|rewind`` — pull connections of in-house systems (list URL +
since-cursor). The poller itself is a process: ``szamlatar run pull-poller``."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from services.commands.context import context

app = typer.Typer(name="pull", no_args_is_help=True,
                  help="Pull invoices from in-house systems (list URL + since-cursor).")


@app.command("connect")
def connect_command(
    ctx: typer.Context,
    connection_id: str,
    tenant: str = typer.Option(...),
    mapping: Path = typer.Option(..., exists=True, help="JSON: list_url, id_field, pdf_url_field, fields, ..."),  # noqa: B008
    allow_host: list[str] = typer.Option(..., help="host[:port] the list and PDFs may come from (repeat)"),  # noqa: B008
    site: str = typer.Option("default"),
    authorization: str = typer.Option("", envvar="SZAMLATAR_PULL_AUTHORIZATION", show_default=False,
                                      help="Authorization header value, e.g. 'Bearer …' (stored encrypted)"),
    allow_private: bool = typer.Option(False, help="allow http and private addresses (local test systems only)"),
    interval: float | None = typer.Option(None, help="seconds between passes for this connection"),
    oauth_token_url: str = typer.Option("", help="OAuth 2.0 client credentials: the token URL (instead of "
                                                 "--authorization; must pass --allow-host too)"),
    oauth_client_id: str = typer.Option("", help="OAuth 2.0 client id"),
    oauth_client_secret: str = typer.Option("", envvar="SZAMLATAR_PULL_CLIENT_SECRET", show_default=False,
                                            help="OAuth 2.0 client secret (stored encrypted)"),
    oauth_scope: str = typer.Option("", help="OAuth 2.0 scope to ask for"),
) -> None:
    """Create or replace a pull connection (the mapping format: services/core/pull_mapping.py, README); audited."""
    from services.adapters.connections import ConnectionRepo
    from services.core.errors import SzamlatarError
    from services.ingest_pull.connection import OAuthClient, create_pull_connection

    c = context(ctx)
    oauth = None
    if oauth_token_url or oauth_client_id or oauth_client_secret:
        if not (oauth_token_url and oauth_client_id and oauth_client_secret):
            raise typer.BadParameter("OAuth needs --oauth-token-url, --oauth-client-id and --oauth-client-secret")
        oauth = OAuthClient(oauth_token_url, oauth_client_id, oauth_client_secret, oauth_scope or None)
    existed = ConnectionRepo(c.db).get(connection_id) is not None
    try:
        saved = create_pull_connection(c.db, c.settings, connection_id=connection_id, tenant=tenant,
                                       pull=json.loads(mapping.read_text(encoding="utf-8")), url_hosts=allow_host,
                                       site=site, allow_private=allow_private, authorization=authorization or None,
                                       interval_seconds=interval, oauth=oauth)
    except SzamlatarError as exc:
        typer.echo(f"refused: {exc}", err=True)
        raise typer.Exit(2) from exc
    c.audit(tenant=tenant, action="connection.changed" if existed else "connection.created",
            target=connection_id, details={"kind": "pull", "site": site, "url_allowlist": saved["url_allowlist"],
                                           "allow_private_urls": allow_private,
                                           "credentials": ["client_secret"] if oauth else
                                           ["authorization"] if authorization else []})
    typer.echo(f"pull connection {connection_id} for tenant {tenant}")


@app.command("status")
def status(ctx: typer.Context, connection_id: str = typer.Argument(None)) -> None:
    """Cursor, imported and refused items of each pull connection."""
    from services.ingest_pull.connection import pull_connections

    db = context(ctx).db
    for conn in pull_connections(db):
        if connection_id and conn.id != connection_id:
            continue
        cursor = db.ingest_cursors.find_one({"_id": conn.id}) or {}
        items = db.ingest_items.count_documents({"connection_id": conn.id, "pdf_sha256": {"$exists": True}})
        typer.echo(f"{conn.id} (tenant {conn.tenant}): cursor {cursor.get('cursor')!r}, {items} imported, "
                   f"last error {cursor.get('last_error')!r}")
        for bad in db.ingest_items.find({"connection_id": conn.id, "error": {"$nin": [None]}}):
            typer.echo(f"  refused {bad['external_id']}: {bad['error']}")


@app.command("rewind")
def rewind(ctx: typer.Context, connection_id: str) -> None:
    """List everything again from the connection's initial cursor and retry refused items (what was
    imported is skipped by its fingerprint: no download, no new event)."""
    from services.adapters.connections import ConnectionRepo
    from services.core.connection_model import PullSettings

    db = context(ctx).db
    connection = ConnectionRepo(db).active(connection_id)
    if connection is None or not isinstance(connection.settings, PullSettings):
        raise typer.BadParameter(f"no pull connection {connection_id!r}")
    initial = connection.settings.pull.get("initial_cursor") or None
    db.ingest_cursors.update_one({"_id": connection_id}, {"$set": {"cursor": initial}}, upsert=True)
    retried = db.ingest_items.update_many({"connection_id": connection_id, "error": {"$nin": [None]}},
                                          {"$set": {"fingerprint": None}}).modified_count
    typer.echo(f"{connection_id}: cursor back to {initial!r}, {retried} refused item(s) will be retried")
