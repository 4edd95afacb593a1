"""``szamlatar retention purge|class`` — retention per document class and tenant, and the purge of
what is past it: ``--dry-run`` lists every invoice's verdict and removes nothing; without it the
invoices whose retention is over, that no legal hold and no object lock protects, are deleted (every
stored version, its tokens, its records). Both are audited."""

from __future__ import annotations

import json

import typer

from services.commands.context import context

app = typer.Typer(name="retention", help="Retention classes and the purge of what is past retention.",
                  no_args_is_help=True)


@app.command("class")
def set_class(
    ctx: typer.Context,
    tenant: str = typer.Option(...),
    doc_class: str = typer.Option(..., "--class", help="document class: invoice, contract, delivery_note, …"),
    years: int = typer.Option(..., min=0, max=100, help="years kept from the end of the issue year"),
) -> None:
    """Set a tenant's retention for a document class (an invoice never below the law's years)."""
    from services.compliance.retention import RetentionRepo

    c = context(ctx)
    RetentionRepo(c.db).set_class(tenant, doc_class, years)
    c.audit(tenant=tenant, action="retention.class.set", target=f"tenant:{tenant}",
            details={"class": doc_class, "years": years})
    typer.echo(f"{tenant}: {doc_class} kept {years} years from the end of the issue year")


@app.command("hold")
def hold(
    ctx: typer.Context,
    tenant: str = typer.Option(...),
    reason: str = typer.Option(..., help="why: the tax audit, the lawsuit (kept in the audit log)"),
    invoice: list[str] = typer.Option(None, help="an invoice id (repeatable)"),  # noqa: B008
    client: str = typer.Option(None, help="every invoice of this client (client id)"),
    lift: bool = typer.Option(False, "--lift", help="lift the hold instead of placing it"),
) -> None:
    """Place (or --lift) a legal hold on invoices, or on every invoice of a client; audited like the API's."""
    from services.adapters.admin import cli_actor
    from services.adapters.mongo import AuditLog, InvoiceRepo
    from services.compliance.retention import RetentionRepo, set_legal_hold

    c = context(ctx)
    repo = RetentionRepo(c.db)
    ids = list(invoice or []) + (repo.of_client(tenant, client) if client else [])
    if not ids:
        raise typer.BadParameter("name --invoice or a --client with invoices")
    for invoice_id in ids:
        set_legal_hold(InvoiceRepo(c.db), repo, c.store, AuditLog(c.db), tenant=tenant, invoice_id=invoice_id,
                       actor=cli_actor(), reason=reason, on=not lift)
        typer.echo(f"{invoice_id}: legal hold {'lifted' if lift else 'placed'}")


@app.command("purge")
def purge(
    ctx: typer.Context,
    tenant: str = typer.Option(None, help="one tenant (default: all)"),
    dry_run: bool = typer.Option(False, "--dry-run", help="list the verdicts, remove nothing"),
    as_json: bool = typer.Option(False, "--json", help="print every verdict as JSON"),
) -> None:
    """Delete what is past retention and protected by neither a legal hold nor an object lock."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from services.adapters.admin import cli_actor
    from services.compliance.retention import purge as run_purge
    from services.core.retention import Verdict

    c = context(ctx)
    with Progress(TextColumn("[bold]retention"), BarColumn(), MofNCompleteColumn(),
                  console=Console(stderr=True)) as progress:
        task = progress.add_task("invoices", total=None)
        decisions = run_purge(c.db, c.store, tenant=tenant, default_years=c.settings.retention_years,
                              dry_run=dry_run, actor=cli_actor(), progress=lambda n: progress.advance(task, n))
    if as_json:
        typer.echo(json.dumps([d.as_json() for d in decisions], ensure_ascii=False, indent=2))
        return
    verb = "would purge" if dry_run else "purged"
    for d in decisions:
        if d.verdict is not Verdict.RETAINED:
            label = verb if d.verdict is Verdict.PURGE else f"kept ({d.verdict.value})"
            typer.echo(f"{d.tenant} {d.invoice_id}: {label}, retention until {d.retain_until.isoformat()}"
                       f"{f' — {d.detail}' if d.detail else ''}")
    counts = {v.value: sum(d.verdict is v for d in decisions) for v in Verdict}
    typer.echo(f"{len(decisions)} invoices: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
