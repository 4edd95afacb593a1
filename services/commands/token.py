"""``szamlatar token create|list|revoke`` — API tokens. A token is printed once and stored only as
its hash; every change is written to the tenant's audit log as the API writes its own."""

from __future__ import annotations

import typer

from services.commands.context import context

app = typer.Typer(name="token", help="API tokens.", no_args_is_help=True)


@app.command("create")
def create(ctx: typer.Context, tenant: str = typer.Option(...), role: str = typer.Option("finance"),
           name: str = typer.Option("cli"), site: list[str] = typer.Option([]),  # noqa: B008
           expires_days: int = typer.Option(365, min=1, help="days until the token expires")) -> None:
    """Create an API token; it is printed once and stored only as a hash (audited)."""
    from services.adapters.admin import create_token, token_id
    from services.adapters.mongo import TokenRepo
    from services.core.access import token_hash
    from services.core.enums import Role

    c = context(ctx)
    token = create_token(c.db, tenant=tenant, role=Role(role), name=name, sites=tuple(site),
                         expires_days=expires_days)
    record = TokenRepo(c.db).get(token_hash(token)) or {}
    c.audit(tenant=tenant, action="token.created", target=f"token:{token_id(record)}",
            details={"name": name, "role": role, "sites": list(site),
                     "expires_at": record["expires_at"].isoformat()})
    typer.echo(token)  # alone on stdout, for scripts
    typer.echo(f"token {token_id(record)} expires {record['expires_at']:%Y-%m-%d}", err=True)


@app.command("list")
def list_(ctx: typer.Context, tenant: str = typer.Option(None, help="only this tenant's tokens")) -> None:
    """Tokens (never the token itself): id, tenant, name, role, sites, expiry, revoked."""
    from services.adapters.admin import list_tokens, token_id

    for t in list_tokens(context(ctx).db, tenant):
        expires = t.get("expires_at")
        state = "revoked" if t.get("revoked") else "active"
        typer.echo("\t".join([token_id(t), str(t.get("tenant")), str(t.get("name")), str(t.get("role")),
                              ",".join(t.get("sites") or []) or "*",
                              f"expires {expires:%Y-%m-%d}" if expires else "no expiry", state]))


@app.command("revoke")
def revoke(ctx: typer.Context,
           ref: str = typer.Argument(..., help="the id from `token list` (or a unique start of it)")) -> None:
    """Revoke a token: refused from its next request on (audited)."""
    from services.adapters.admin import cli_actor, revoke_token, token_id
    from services.core.errors import NotFoundError

    c = context(ctx)
    try:
        record, revoked = revoke_token(c.db, ref, actor=cli_actor())
    except (NotFoundError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    if revoked:
        c.audit(tenant=record["tenant"], action="token.revoked", target=f"token:{token_id(record)}",
                details={"name": record.get("name"), "role": record.get("role")})
    typer.echo(f"token {token_id(record)} ({record.get('name')}, tenant {record['tenant']}) "
               + ("revoked" if revoked else "was already revoked"))
