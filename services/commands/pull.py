"""``szamlatar pull ...`` (the generic pull poller for in-house systems) and
``szamlatar emulator inhouse`` (an in-house system to pull from, for tests and the demo)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from services.commands.emulator import emulator_app

pull_app = typer.Typer(no_args_is_help=True, help="Pull invoices from in-house systems (list URL + since-cursor).")


@pull_app.command("run")
def run(
    port: int = typer.Option(8007, envvar="SZAMLATAR_PULL_POLLER_PORT", help="/healthz and /metrics (0: off)"),
    interval: float = typer.Option(60.0, envvar="SZAMLATAR_PULL_INTERVAL_SECONDS",
                                   help="seconds between passes of a connection (a connection may set its own)"),
    once: bool = typer.Option(False, help="one pass of every connection, then exit"),
) -> None:
    """The poller process: every pull connection, resumable from its cursor in MongoDB."""
    from services.adapters.logging import configure_logging
    from services.adapters.settings import load_settings
    from services.ingest_pull.service import run_pull

    configure_logging()
    state = run_pull(load_settings(), port=port, interval=interval, once=once)
    if once:
        typer.echo(json.dumps(state["connections"], indent=2, default=str))


@pull_app.command("connect")
def connect_command(
    connection_id: str,
    tenant: str = typer.Option(...),
    mapping: Path = typer.Option(..., exists=True, help="JSON: list_url, id_field, pdf_url_field, fields, ..."),  # noqa: B008
    allow_host: list[str] = typer.Option(..., help="host[:port] the list and PDFs may come from (repeat)"),  # noqa: B008
    site: str = typer.Option("default"),
    authorization: str = typer.Option("", envvar="SZAMLATAR_PULL_AUTHORIZATION", show_default=False,
                                      help="Authorization header value, e.g. 'Bearer …' (stored encrypted)"),
    allow_private: bool = typer.Option(False, help="allow http and private addresses (local test systems only)"),
    interval: float | None = typer.Option(None, help="seconds between passes for this connection"),
) -> None:
    """Create or replace a pull connection (the mapping format: services/core/pull_mapping.py, README); audited."""
    from services.adapters.admin import audit_cli
    from services.adapters.mongo import ConnectionRepo, connect
    from services.adapters.settings import load_settings
    from services.core.errors import SzamlatarError
    from services.ingest_pull.connection import create_pull_connection

    settings = load_settings()
    db = connect(settings)
    existed = ConnectionRepo(db).get(connection_id) is not None
    try:
        saved = create_pull_connection(db, settings, connection_id=connection_id, tenant=tenant,
                                       pull=json.loads(mapping.read_text(encoding="utf-8")), url_hosts=allow_host,
                                       site=site, allow_private=allow_private, authorization=authorization or None,
                                       interval_seconds=interval)
    except SzamlatarError as exc:
        typer.echo(f"refused: {exc}", err=True)
        raise typer.Exit(2) from exc
    audit_cli(db, tenant=tenant, action="connection.changed" if existed else "connection.created",
              target=connection_id, details={"kind": "pull", "site": site, "url_allowlist": saved["url_allowlist"],
                                             "allow_private_urls": allow_private,
                                             "credentials": ["authorization"] if authorization else []})
    typer.echo(f"pull connection {connection_id} for tenant {tenant}")


@pull_app.command("demo")
def demo(
    emulator: str = typer.Option("http://127.0.0.1:18082", envvar="SZAMLATAR_INHOUSE_EMULATOR_URL"),
    tenant: str = typer.Option("demo"),
    connection_id: str = typer.Option("demo-inhouse"),
    token: str = typer.Option("demo-inhouse-token", envvar="INHOUSE_EMULATOR_TOKEN", show_default=False),
    interval: float = typer.Option(15.0),
) -> None:
    """Connect the demo tenant to the in-house emulator (`szamlatar emulator inhouse`)."""
    from urllib.parse import urlsplit

    from services.adapters.mongo import connect
    from services.adapters.settings import load_settings
    from services.emulators.inhouse.app import DEMO_MAPPING
    from services.ingest_pull.connection import create_pull_connection

    settings = load_settings()
    host = urlsplit(emulator).netloc
    create_pull_connection(connect(settings), settings, connection_id=connection_id, tenant=tenant,
                           pull={**DEMO_MAPPING, "list_url": f"{emulator.rstrip('/')}/api/v1/invoices"},
                           url_hosts=[host], allow_private=True, authorization=f"Bearer {token}",
                           interval_seconds=interval, site="budapest")
    typer.echo(f"pull connection {connection_id}: tenant {tenant} ← {emulator}")


@pull_app.command("status")
def status(connection_id: str = typer.Argument(None)) -> None:
    """Cursor, imported and refused items of each pull connection."""
    from services.adapters.mongo import connect
    from services.adapters.settings import load_settings
    from services.ingest_pull.connection import pull_connections

    db = connect(load_settings())
    for c in pull_connections(db):
        if connection_id and c["_id"] != connection_id:
            continue
        cursor = db.ingest_cursors.find_one({"_id": c["_id"]}) or {}
        items = db.ingest_items.count_documents({"connection_id": c["_id"], "pdf_sha256": {"$exists": True}})
        typer.echo(f"{c['_id']} (tenant {c['tenant']}): cursor {cursor.get('cursor')!r}, {items} imported, "
                   f"last error {cursor.get('last_error')!r}")
        for bad in db.ingest_items.find({"connection_id": c["_id"], "error": {"$nin": [None]}}):
            typer.echo(f"  refused {bad['external_id']}: {bad['error']}")


@pull_app.command("rewind")
def rewind(connection_id: str) -> None:
    """List everything again from the connection's initial cursor and retry refused items (what was
    imported is skipped by its fingerprint: no download, no new event)."""
    from services.adapters.mongo import connect
    from services.adapters.settings import load_settings

    db = connect(load_settings())
    connection = db.connections.find_one({"_id": connection_id, "kind": "pull"})
    if connection is None:
        raise typer.BadParameter(f"no pull connection {connection_id!r}")
    initial = (connection.get("pull") or {}).get("initial_cursor") or None
    db.ingest_cursors.update_one({"_id": connection_id}, {"$set": {"cursor": initial}}, upsert=True)
    retried = db.ingest_items.update_many({"connection_id": connection_id, "error": {"$nin": [None]}},
                                          {"$set": {"fingerprint": None}}).modified_count
    typer.echo(f"{connection_id}: cursor back to {initial!r}, {retried} refused item(s) will be retried")


@emulator_app.command("inhouse")
def inhouse(
    port: int = typer.Option(..., help="TCP port to listen on"),
    host: str = typer.Option("127.0.0.1", help="Interface to bind"),
    invoices: int = typer.Option(24, help="Number of demo invoices"),
    seed: int = typer.Option(3, help="Seed of the demo data"),
    token: str = typer.Option("demo-inhouse-token", envvar="INHOUSE_EMULATOR_TOKEN", help="Accepted bearer token"),
    pdf_delay: float = typer.Option(0.0, help="seconds every PDF download takes (crash tests)"),
) -> None:
    """In-house billing system: GET /api/v1/invoices?updated_since=&limit= and /files/<id>.pdf."""
    import uvicorn

    from services.emulators.inhouse.app import InhouseState, create_app

    state = InhouseState(token=token, pdf_delay=pdf_delay)
    state.add(invoices, seed)
    uvicorn.run(create_app(state), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.add_typer(pull_app, name="pull")
