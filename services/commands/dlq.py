"""``szamlatar dlq list`` and ``szamlatar dlq replay`` — inspect and replay dead letters."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    dlq = typer.Typer(help="The dead-letter queue (invoice.dlq).", no_args_is_help=True)
    app.add_typer(dlq, name="dlq")

    @dlq.command("list")
    def list_records(stage: str = typer.Option(None), reason: str = typer.Option(None),
                     limit: int = typer.Option(50)) -> None:
        """What failed, where and why (newest last)."""
        from rich.console import Console
        from rich.table import Table

        from services.adapters.dlq import read_dlq
        from services.adapters.settings import load_settings

        table = Table("failed at", "stage", "reason", "error", "tenant", "message")
        shown = 0
        for r in read_dlq(load_settings().kafka_bootstrap):
            if (stage and r["stage"] != stage) or (reason and r["reason"] != reason):
                continue
            table.add_row(r["failed_at"][:19], r["stage"], r["reason"], r["error_class"], r.get("tenant") or "",
                          r["message"][:80])
            shown += 1
            if shown >= limit:
                break
        Console().print(table)

    @dlq.command("replay")
    def replay_records(stage: str = typer.Option(None), reason: str = typer.Option(None),
                       dry_run: bool = typer.Option(False, "--dry-run")) -> None:
        """Send matching dead letters back to the topic they failed on (each at most once)."""
        from rich.progress import track

        from services.adapters.dlq import read_dlq, replay
        from services.adapters.kafka_producer import EventPublisher
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings

        settings = load_settings()
        records = [r for r in read_dlq(settings.kafka_bootstrap)
                   if (not stage or r["stage"] == stage) and (not reason or r["reason"] == reason)]
        if dry_run:
            typer.echo(f"{len(records)} records would be replayed")
            return
        publisher = EventPublisher(settings.kafka_bootstrap, client_id="szamlatar-dlq-replay")
        db = connect(settings)
        done = 0
        try:
            for record in track(records, description="replaying dead letters"):
                done += replay(record, publisher, db)
        finally:
            publisher.close()
        typer.echo(f"replayed {done}, skipped {len(records) - done} already replayed")
