"""``szamlatar clients backfill`` — a client record for every counterparty already in the archive
(issue 12): the indexer keeps them for new invoices; this catches up on the ones archived before."""

from __future__ import annotations

import typer

from services.commands.context import context

app = typer.Typer(name="clients", help="Client records made from the invoices' counterparties.",
                  no_args_is_help=True)


@app.command("backfill")
def backfill(
    ctx: typer.Context,
    tenant: str = typer.Option(None, "--tenant", help="only this tenant's invoices"),
) -> None:
    """Create or enrich the client record of every archived invoice's buyer (outgoing) or seller
    (incoming), in one pass over the store; safe to run again (nothing changes the second time)."""
    from services.adapters.client_records import ClientRecords
    from services.adapters.invoice_views import InvoiceViews
    from services.indexer.maintenance import backfill_clients

    db = context(ctx).db
    views = InvoiceViews(db)
    # The collection's size, estimated without a scan; with --tenant the bar stops short of its end.
    with typer.progressbar(length=max(1, views.estimated_count()), label="clients", show_pos=True) as bar:
        report = backfill_clients(views, ClientRecords(db), tenant=tenant, progress=bar.update)
    typer.echo(f"{report.invoices} invoices and {report.references} reference clients read, "
               f"{report.changed} client records created or changed")
