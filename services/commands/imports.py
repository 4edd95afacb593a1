"""``szamlatar import PATH``: an export bundle (PDFs + NAV/UBL/CII XML or CSV) imported once. The
watched folder and the S3 inbox are processes: ``szamlatar run import-watch|s3-inbox``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from services.commands.context import Context, context

if TYPE_CHECKING:
    from services.ingest_drop.importer import ImportReport

app = typer.Typer()  # no name: its one command sits at the top level

def export_connection_id(tenant: str, connection: str | None = None) -> str:
    """The export connection an import carries: the one named, else the tenant's ``<tenant>-export``."""
    return connection or f"{tenant}-export"


def export_paused(c: Context, connection_id: str) -> Callable[[], bool]:
    """Asked before each pass of a watching process: whether an admin has paused the export connection."""
    from services.adapters.connections import ConnectionRepo
    from services.core.pausing import paused

    return lambda: paused(ConnectionRepo(c.db).get(connection_id))


def importer(c: Context, tenant: str, connection: str | None, site: str,
             mapping_file: Path | None) -> Callable[..., ImportReport]:
    """``run(path, progress=None)`` importing into ``connection`` (default ``<tenant>-export``, made
    when missing: the parse stage refuses events whose (tenant, connection) does not exist)."""
    from services.adapters.own_system_admin import ensure_export_connection
    from services.ingest_drop.importer import run_import

    connection = export_connection_id(tenant, connection)
    try:
        ensure_export_connection(c.db, connection_id=connection, tenant=tenant, site=site)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    mapping = json.loads(mapping_file.read_text(encoding="utf-8")) if mapping_file else None
    store, publisher = c.store, c.publisher("szamlatar-import")

    def run(path: Path, progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
        return run_import(path, tenant=tenant, connection_id=connection, site=site, store=store,
                          publisher=publisher, staging_bucket=c.settings.staging_bucket, mapping=mapping,
                          progress=progress)

    return run


@app.command("import")
def import_command(
    ctx: typer.Context,
    path: Path = typer.Argument(..., exists=True, help="a folder, a zip, or one PDF"),  # noqa: B008
    tenant: str = typer.Option(...),
    connection: str = typer.Option(None, help="export connection the events carry (default <tenant>-export)"),
    site: str = typer.Option("default"),
    mapping: Path | None = typer.Option(None, help="JSON: our field → your CSV header"),  # noqa: B008
    report: Path | None = typer.Option(None, help="write the full report here as JSON"),  # noqa: B008
) -> None:
    """Import an export: PDFs paired with NAV/UBL/CII XML or CSV rows; prints what was and was not imported."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table

    run = importer(context(ctx), tenant, connection, site, mapping)
    console = Console(stderr=True)
    with Progress(TextColumn("[bold]import"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=console) as bar:
        task = bar.add_task("reading", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total, description=name[-50:])

        # The path the user named may be a link (their choice); inside it, no link is followed.
        result = run(path.resolve(), progress)
    if report:
        report.write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    typer.echo(f"imported {len(result.imported)}, not imported {len(result.not_imported)}")
    if result.not_imported:
        table = Table("where", "reason", "why", title="not imported")
        for row in result.not_imported:
            table.add_row(row["where"], row["reason"], row["message"])
        Console().print(table)
    raise typer.Exit(0 if not result.not_imported else 1)
