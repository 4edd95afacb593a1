"""``szamlatar scrub [--tenant T]`` — re-read every stored version: decrypt it, check its sha256 and its
time-stamp token, report problems by invoice. Exit 1 when anything is wrong. Without ``--tenant`` the
pass is full and recorded (the metrics' age of the last full pass); run it weekly from a timer, or
keep ``szamlatar run scrubber`` running."""

from __future__ import annotations

import json

import typer

from services.commands.context import context

app = typer.Typer(name="scrub", help="Integrity scrub: re-read, decrypt and hash every stored version.",
                  invoke_without_command=True)


@app.callback()
def scrub(
    ctx: typer.Context,
    tenant: str = typer.Option(None, help="one tenant only (not recorded as a full pass)"),
    as_json: bool = typer.Option(False, "--json", help="print the findings as JSON"),
    prom_file: str = typer.Option("", help="also write the last full pass's metrics here (node-exporter "
                                           "textfile format)"),
) -> None:
    """Re-read every stored version (with a progress bar) and report what is wrong, by invoice."""
    from prometheus_client import write_to_textfile
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from services.adapters.settings import load_timestamp_settings
    from services.compliance.scrub import ScrubRepo, metrics_registry
    from services.compliance.scrub import scrub as run_scrub

    c = context(ctx)
    chain = load_timestamp_settings().trust_chain()
    total = ScrubRepo(c.db).count(tenant)
    console = Console(stderr=True)
    with Progress(TextColumn("[bold]scrub"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console) as progress:
        task = progress.add_task("versions", total=total)
        tally = run_scrub(c.db, c.store, chain, tenant=tenant, progress=lambda n: progress.advance(task, n))
    if prom_file:
        write_to_textfile(prom_file, metrics_registry(c.db))
    if as_json:
        typer.echo(json.dumps({"checked": tally.checked, "failures": tally.failures,
                               "pending_timestamps": tally.pending_timestamps,
                               "findings": [f.as_json() for f in tally.findings]}, ensure_ascii=False, indent=2))
    else:
        for invoice, findings in tally.by_invoice().items():
            typer.echo(f"invoice {invoice} ({findings[0].tenant}):")
            for f in findings:
                typer.echo(f"  v{f.version}: {f.problem.value} — {f.detail}")
        typer.echo(f"{tally.checked} versions checked, {tally.failures} with problems, "
                   f"{tally.pending_timestamps} time stamps pending")
    raise typer.Exit(1 if tally.findings else 0)
