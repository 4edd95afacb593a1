"""``szamlatar audit verify`` — verify tenants' audit chains and anchor them (for a daily timer)."""

from __future__ import annotations

import typer

from services.commands.context import context

app = typer.Typer(name="audit", help="The hash-chained audit log.", no_args_is_help=True)


@app.command("verify")
def verify(
    ctx: typer.Context,
    tenant: list[str] = typer.Option(None, "--tenant", help="a tenant (repeatable; default: all)"),  # noqa: B008
    anchor: bool = typer.Option(True, "--anchor/--no-anchor", help="save an intact chain's head as an anchor"),
) -> None:
    """Recompute every hash, check the newest anchor; exit 1 if any chain is broken. Run it daily:
    each run anchors the head it verified, so a later cut or rewrite cannot go unnoticed."""
    from services.adapters.admin import cli_actor
    from services.adapters.audit_anchors import AuditAnchors
    from services.adapters.mongo import AuditLog
    from services.app.audit import verify_audit_chain

    c = context(ctx)
    log = AuditLog(c.db)
    anchors = AuditAnchors(c.store, c.settings.retention_years)
    broken = 0
    for name in tenant or log.tenants():
        verdict = verify_audit_chain(log, anchors, name, actor=cli_actor(), anchor=anchor)
        broken += not verdict.ok
        typer.echo(f"{name}: {'ok' if verdict.ok else 'BROKEN'} — {verdict.explain()}")
    raise typer.Exit(1 if broken else 0)
