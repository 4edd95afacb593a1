"""``szamlatar import PATH`` and ``szamlatar import-watch DIR``: export bundles (PDF + XML/CSV)."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def _importer(tenant: str, connection: str | None, site: str, mapping_file: Path | None):  # type: ignore[no-untyped-def]
    from services.adapters.kafka_producer import EventPublisher
    from services.adapters.mongo import connect
    from services.adapters.own_system_admin import ensure_export_connection
    from services.adapters.s3 import S3ObjectStore
    from services.adapters.settings import load_settings
    from services.ingest_drop.importer import run_import

    settings = load_settings()
    connection = connection or f"{tenant}-export"
    try:  # the parse stage refuses events whose (tenant, connection) does not exist
        ensure_export_connection(connect(settings), connection_id=connection, tenant=tenant, site=site)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    mapping = json.loads(mapping_file.read_text(encoding="utf-8")) if mapping_file else None
    store = S3ObjectStore(settings)
    publisher = EventPublisher.of(settings, client_id="szamlatar-import")

    def run(path: Path, progress=None):  # type: ignore[no-untyped-def]
        return run_import(path, tenant=tenant, connection_id=connection, site=site, store=store,
                          publisher=publisher, staging_bucket=settings.staging_bucket, mapping=mapping,
                          progress=progress)

    return run, publisher


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_command(
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

        run, publisher = _importer(tenant, connection, site, mapping)
        console = Console(stderr=True)
        with Progress(TextColumn("[bold]import"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      TextColumn("{task.description}"), console=console) as bar:
            task = bar.add_task("reading", total=None)

            def progress(done: int, total: int, name: str) -> None:
                bar.update(task, completed=done, total=total, description=name[-50:])

            # The path the user named may be a link (their choice); inside it, no link is followed.
            result = run(path.resolve(), progress)
        publisher.close()
        if report:
            report.write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        typer.echo(f"imported {len(result.imported)}, not imported {len(result.not_imported)}")
        if result.not_imported:
            table = Table("where", "reason", "why", title="not imported")
            for row in result.not_imported:
                table.add_row(row["where"], row["reason"], row["message"])
            Console().print(table)
        raise typer.Exit(0 if not result.not_imported else 1)

    @app.command("import-watch")
    def import_watch(
        directory: Path = typer.Argument(..., help="the inbox; drops move to .done/.failed with a report"),  # noqa: B008
        tenant: str = typer.Option(...),
        connection: str = typer.Option(None, help="export connection (default <tenant>-export)"),
        site: str = typer.Option("default"),
        mapping: Path | None = typer.Option(None),  # noqa: B008
        health_port: int = typer.Option(0, help="serve /healthz on this port (0: off)"),
        interval: float = typer.Option(2.0),
    ) -> None:
        """Watch a directory and import every zip, folder or PDF dropped into it."""
        from services.adapters.logging import configure_logging
        from services.ingest_drop.watch import serve_health, watch

        configure_logging()
        run, _publisher = _importer(tenant, connection, site, mapping)
        if health_port:
            serve_health(health_port)
        watch(directory, run, interval=interval, settle_seconds=interval)
