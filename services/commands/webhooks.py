"""``szamlatar webhook rotate-secret|retire-old-secrets|allow-url-hosts`` for own-system connections;
each change is audited as a ``connection.changed`` of the connection's tenant."""

from __future__ import annotations

from typing import Any

import typer


def _audit(db: Any, connection_id: str, details: dict[str, Any]) -> None:
    from services.adapters.admin import audit_cli
    from services.adapters.mongo import ConnectionRepo

    tenant = (ConnectionRepo(db).get(connection_id) or {}).get("tenant")
    audit_cli(db, tenant=str(tenant), action="connection.changed", target=connection_id, details=details)


def register(app: typer.Typer) -> None:
    webhook = typer.Typer(help="Own-system webhook connections: secrets and document-URL policy.",
                          no_args_is_help=True)
    app.add_typer(webhook, name="webhook")

    @webhook.command("rotate-secret")
    def rotate(connection_id: str) -> None:
        """Add a new secret (printed once); the previous one stays valid until retired."""
        from services.adapters.mongo import connect
        from services.adapters.own_system_admin import rotate_webhook_secret
        from services.adapters.settings import load_settings

        settings = load_settings()
        db = connect(settings)
        secret = rotate_webhook_secret(db, settings, connection_id)
        _audit(db, connection_id, {"credentials": ["secret"], "secrets": "new one added"})
        typer.echo(secret)

    @webhook.command("retire-old-secrets")
    def retire(connection_id: str) -> None:
        """Keep only the newest secret."""
        from services.adapters.mongo import connect
        from services.adapters.own_system_admin import retire_old_secrets
        from services.adapters.settings import load_settings

        db = connect(load_settings())
        retire_old_secrets(db, connection_id)
        _audit(db, connection_id, {"credentials": ["secret"], "secrets": "older ones retired"})
        typer.echo("only the newest secret is valid now")

    @webhook.command("allow-url-hosts")
    def allow(connection_id: str, host: list[str] = typer.Argument(..., help="host or *.domain[:port]")) -> None:  # noqa: B008
        """Set the hosts document URLs may point at (https, public addresses only)."""
        from services.adapters.mongo import connect
        from services.adapters.own_system_admin import set_url_policy
        from services.adapters.settings import load_settings

        db = connect(load_settings())
        saved = set_url_policy(db, connection_id, host)
        _audit(db, connection_id, {"fields": ["url_allowlist"], "url_allowlist": saved["url_allowlist"],
                                   "allow_private_urls": saved["allow_private_urls"]})
        typer.echo("allowlist: " + ", ".join(saved["url_allowlist"]))
