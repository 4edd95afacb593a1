"""``szamlatar webhook rotate-secret|retire-old-secrets|allow-url-hosts`` for own-system connections;
each change is audited as a ``connection.changed`` of the connection's tenant."""

from __future__ import annotations

from typing import Any

import typer

from services.commands.context import Context, context

app = typer.Typer(name="webhook", help="Own-system webhook connections: secrets and document-URL policy.",
                  no_args_is_help=True)


def _audit(c: Context, connection_id: str, details: dict[str, Any]) -> None:
    from services.adapters.connections import ConnectionRepo

    tenant = (ConnectionRepo(c.db).get(connection_id) or {}).get("tenant")
    c.audit(tenant=str(tenant), action="connection.changed", target=connection_id, details=details)


@app.command("rotate-secret")
def rotate(ctx: typer.Context, connection_id: str) -> None:
    """Add a new secret (printed once); the previous one stays valid until retired."""
    from services.adapters.own_system_admin import rotate_webhook_secret

    c = context(ctx)
    secret = rotate_webhook_secret(c.db, c.settings, connection_id)
    _audit(c, connection_id, {"credentials": ["secret"], "secrets": "new one added"})
    typer.echo(secret)


@app.command("retire-old-secrets")
def retire(ctx: typer.Context, connection_id: str) -> None:
    """Keep only the newest secret."""
    from services.adapters.own_system_admin import retire_old_secrets

    c = context(ctx)
    retire_old_secrets(c.db, connection_id)
    _audit(c, connection_id, {"credentials": ["secret"], "secrets": "older ones retired"})
    typer.echo("only the newest secret is valid now")


@app.command("allow-url-hosts")
def allow(ctx: typer.Context,
          connection_id: str, host: list[str] = typer.Argument(..., help="host or *.domain[:port]")) -> None:  # noqa: B008
    """Set the hosts document URLs may point at (https, public addresses only)."""
    from services.adapters.own_system_admin import set_url_policy

    c = context(ctx)
    saved = set_url_policy(c.db, connection_id, host)
    _audit(c, connection_id, {"fields": ["url_allowlist"], "url_allowlist": saved["url_allowlist"],
                              "allow_private_urls": saved["allow_private_urls"]})
    typer.echo("allowlist: " + ", ".join(saved["url_allowlist"]))
