"""``szamlatar billing backfill`` — Billingo and Számlázz.hu. Their processes are
``szamlatar run billingo-poller`` and ``szamlatar run status-sync``; connections are made through
the API (``/api/v1/connections``) or the UI."""

from __future__ import annotations

import logging
from datetime import date

import typer

from services.commands.context import context

app = typer.Typer(name="billing", no_args_is_help=True, help="Billingo / Számlázz.hu: history back-fill.")


@app.command("backfill")
def backfill(
    ctx: typer.Context,
    connection: str = typer.Argument(..., help="the Billingo connection's id"),
    since: str = typer.Option(..., help="first invoice date to import, YYYY-MM-DD"),
    concurrency: int = typer.Option(None, help="parallel PDF downloads (default: SZAMLATAR_BILLINGO_CONCURRENCY)"),
) -> None:
    """Import a Billingo account's history: every invoice from --since, with its PDF, exactly once."""
    import dataclasses

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from services.adapters.billing_repos import billing_repos
    from services.adapters.logging import configure_logging
    from services.billingo.importer import BACKFILL_RETRY, BillingoImporter

    configure_logging()
    logging.getLogger().setLevel(logging.WARNING)  # the progress bar tells the story; retries are expected
    console = Console(stderr=True)
    try:
        first = date.fromisoformat(since)
    except ValueError as exc:
        raise typer.BadParameter("--since must be a date, YYYY-MM-DD") from exc
    c = context(ctx)
    billing = c.billing
    if concurrency:
        billing = dataclasses.replace(billing, download_concurrency=max(1, concurrency))
    repos = billing_repos(c.db)
    found = repos.connections.active(connection)
    if found is None:
        console.print(f"[red]no connection {connection!r}[/red]")
        raise typer.Exit(2)
    if found.kind != "billingo":
        console.print(f"[red]{connection} is a {found.kind} connection: only Billingo has a list to back-fill "
                      "from (Számlázz.hu pushes every invoice itself)[/red]")
        raise typer.Exit(2)
    doc = dict(found.doc)
    importer = BillingoImporter(settings=c.settings, billing=billing, repos=repos, store=c.store,
                                publisher=c.publisher("szamlatar-backfill"), retry=BACKFILL_RETRY)
    total = importer.count(doc, first)
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[summary]}"), TimeRemainingColumn())
    with Progress(*columns, console=console) as progress:
        task = progress.add_task(f"Billingo {connection}", total=total, summary="")
        seen: dict[str, int] = {}

        def advance(outcome: str) -> None:
            seen[outcome] = seen.get(outcome, 0) + 1
            summary = " ".join(f"{k}={v}" for k, v in sorted(seen.items()))
            progress.update(task, advance=1, summary=summary)

        result = importer.backfill(doc, first, progress=advance)
    console.print(f"listed {result.listed} of {total}: " + ", ".join(f"{v} {k}" for k, v in
                                                                     sorted(result.outcomes.items())))
    for error in result.errors[:10]:
        console.print(f"[yellow]{error}[/yellow]")
    if not result.complete:
        console.print("[red]not complete: run the same command again; nothing is imported twice[/red]")
        raise typer.Exit(1)
