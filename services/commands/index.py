"""``szamlatar index rebuild|verify`` — this node's query index (issue 11), from the store again, or
compared with it."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from services.commands.context import context

app = typer.Typer(name="index", help="The query index (search): rebuild it from the store, verify it.",
                  no_args_is_help=True)


@app.command("rebuild")
def rebuild(
    ctx: typer.Context,
    tenant: str = typer.Option(None, "--tenant", help="only this tenant's invoices (the others are kept)"),
) -> None:
    """Rebuild the index from the store into a new generation and swap it in; search keeps answering
    from the old one meanwhile, and a running indexer follows the swap."""
    from services.adapters.invoice_views import InvoiceViews
    from services.adapters.settings import load_index_settings
    from services.indexer.maintenance import rebuild as run_rebuild

    views = InvoiceViews(context(ctx).db)
    root = Path(load_index_settings().index_dir)
    # The collection's size, estimated without a scan; with --tenant the bar stops short of its end.
    with typer.progressbar(length=max(1, views.estimated_count()), label="indexing", show_pos=True) as bar:
        report = run_rebuild(views, root, tenant=tenant, progress=bar.update)
    typer.echo(f"rebuilt {report.generation}: {report.from_store} from the store, {report.copied} kept from the "
               f"other tenants, {report.caught_up} caught up")


@app.command("verify")
def verify(
    ctx: typer.Context,
    tenant: str = typer.Option(None, "--tenant", help="only this tenant"),
    show: int = typer.Option(20, help="how many ids of each difference to print"),
) -> None:
    """Compare the store's invoice ids (and versions) with the index's; exit 1 when they differ."""
    from services.adapters.invoice_views import InvoiceViews
    from services.adapters.settings import load_index_settings
    from services.adapters.tantivy_index import TantivySearchIndex
    from services.indexer.maintenance import describe
    from services.indexer.maintenance import verify as run_verify

    views = InvoiceViews(context(ctx).db)
    index = TantivySearchIndex(Path(load_index_settings().index_dir))
    # One pass over the store, as long as a rebuild's: the same bar (estimated size; short of it with --tenant).
    with typer.progressbar(length=max(1, views.estimated_count()), label="comparing", show_pos=True,
                           file=sys.stderr) as bar:
        report = run_verify(views, index, tenant=tenant, progress=bar.update)
    for line in describe(report, show=show):
        typer.echo(line)
    raise typer.Exit(0 if report.ok else 1)
