"""``szamlatar evidence export|verify`` — an auditor's package of a period's invoices with their proof
(PDFs, metadata, version history, the audit chain with its anchor, RFC 3161 tokens and the TSA chain,
a manifest of sha256 sums), and its offline check. Layout: ``services/core/evidence.py``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from services.commands.context import context

app = typer.Typer(name="evidence", help="Evidence packages for auditors: export and offline verify.",
                  no_args_is_help=True)


@app.command("export")
def export(
    ctx: typer.Context,
    out: Path = typer.Argument(..., help="the zip to write"),  # noqa: B008
    tenant: str = typer.Option(...),
    date_from: str = typer.Option(..., "--from", help="first issue date, YYYY-MM-DD"),
    date_to: str = typer.Option(..., "--to", help="last issue date, YYYY-MM-DD"),
    client: str = typer.Option(None, help="only this client's invoices (client id)"),
) -> None:
    """Every invoice of the tenant issued in the period (and of the client) with its proof; audited."""
    from prometheus_client import CollectorRegistry
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from services.adapters.settings import load_timestamp_settings
    from services.compliance.evidence import Period
    from services.compliance.evidence import export as run_export
    from services.timestamps.service import build_stamper

    c = context(ctx)
    ts = load_timestamp_settings()
    period = Period(tenant, date.fromisoformat(date_from), date.fromisoformat(date_to), client)
    stamper = build_stamper(c.settings, ts, CollectorRegistry())
    with Progress(TextColumn("[bold]evidence"), BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True)) as progress:
        task = progress.add_task("invoices", total=None)
        count = run_export(
            c.db, c.store, stamper, ts.trust_chain(), period, out, retention_years=c.settings.retention_years,
            actor_audit=lambda details: c.audit(tenant=tenant, action="evidence.export", target=f"tenant:{tenant}",
                                                details=details),
            progress=lambda n: progress.advance(task, n), total=lambda n: progress.update(task, total=n))
    typer.echo(f"{out}: {count} invoices of {tenant}, {date_from}‥{date_to}{f', client {client}' if client else ''}")


@app.command("verify")
def verify(
    package: Path = typer.Argument(..., exists=True, dir_okay=False, help="an evidence package (zip)"),  # noqa: B008
    ca_file: Path | None = typer.Option(None, help="the TSA trust chain you trust (PEM); default: the "  # noqa: B008
                                                   "package's own tsa/chain.pem"),
) -> None:
    """Check the package offline: sums, PDFs against their sha256, every RFC 3161 token, the audit chain
    against its anchor. Exit 1 and list what is wrong when anything is."""
    from services.compliance.evidence import read_package
    from services.compliance.evidence import verify as run_verify

    problems = run_verify(read_package(package), ca_file.read_bytes() if ca_file else None)
    for problem in problems:
        typer.echo(f"FAILED: {problem}")
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{package}: OK — every file matches the manifest, every token and the audit chain verify")
