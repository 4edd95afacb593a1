"""``szamlatar import-s3-inbox``: import exports dropped under ``inbox/<tenant>/`` of the inbox bucket."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("import-s3-inbox")
    def import_s3_inbox(
        tenant: list[str] = typer.Option(..., help="tenants whose inbox/<tenant>/ prefix is imported (repeat)"),  # noqa: B008
        site: str = typer.Option("default"),
        bucket: str = typer.Option(None, help="default: SZAMLATAR_INBOX_BUCKET (szamlatar-inbox)"),
        mapping: Path | None = typer.Option(None, help="JSON: our field → your CSV header"),  # noqa: B008
        health_port: int = typer.Option(0, help="serve /healthz on this port (0: off)"),
        interval: float = typer.Option(10.0, help="seconds between passes"),
        settle: float = typer.Option(10.0, help="a drop is imported once its newest object is this old"),
        once: bool = typer.Option(False, help="one pass, print the reports, exit"),
    ) -> None:
        """Import every zip, PDF or folder dropped under inbox/<tenant>/ of the inbox bucket; each is
        filed under inbox-done/ (or inbox-failed/) with <name>.report.json beside it."""
        import time

        from services.adapters.logging import configure_logging
        from services.adapters.s3_inbox import S3Inbox
        from services.adapters.settings import load_settings
        from services.commands.imports import _importer
        from services.ingest_drop.importer import ImportReport
        from services.ingest_drop.s3_inbox import scan_once, watch_inbox
        from services.ingest_drop.watch import serve_health

        configure_logging()
        runs = {t: _importer(t, None, site, mapping)[0] for t in tenant}  # makes <tenant>-export if missing

        def importer(t: str, path: Path) -> ImportReport:
            report: ImportReport = runs[t](path)
            return report

        store = S3Inbox(load_settings(), bucket)
        if once:
            for report in scan_once(store, tenant, importer, now=time.time(), settle_seconds=settle):
                typer.echo(json.dumps({k: report[k] for k in ("source", "imported_count", "not_imported_count")},
                                      ensure_ascii=False))
            return
        if health_port:
            serve_health(health_port)
        watch_inbox(store, tenant, importer, interval=interval, settle_seconds=settle)
