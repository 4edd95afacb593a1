"""``szamlatar timestamp verify INVOICE`` — check an invoice's RFC 3161 tokens again, offline from the
TSA: each stored version's token against its sha256 and the TSA trust chain (``SZAMLATAR_TSA_CA_FILE``)."""

from __future__ import annotations

import typer

from services.commands.context import context

app = typer.Typer(name="timestamp", help="RFC 3161 timestamps of archived versions.", no_args_is_help=True)


@app.command("verify")
def verify(ctx: typer.Context, invoice: str = typer.Argument(..., help="invoice id")) -> None:
    """One line per version: OK with the TSA's time, or what is wrong. Exit 1 unless every version's
    token verifies (a version still waiting in the backlog counts as not verified)."""
    from services.adapters.mongo import InvoiceRepo
    from services.adapters.settings import load_timestamp_settings
    from services.timestamps.service import verify_versions

    c = context(ctx)
    versions = InvoiceRepo(c.db).versions(invoice)
    if not versions:
        typer.echo(f"{invoice}: no archived versions", err=True)
        raise typer.Exit(2)
    results = verify_versions(c.store, versions, load_timestamp_settings().trust_chain())
    for r in results:
        if r.info is not None:
            typer.echo(f"v{r.version} {r.sha256}: OK — {r.info.gen_time.isoformat()} by {r.info.tsa} "
                       f"(serial {r.info.serial})")
        else:
            typer.echo(f"v{r.version} {r.sha256}: FAILED — {r.problem}")
    raise typer.Exit(0 if all(r.info is not None for r in results) else 1)
