"""``szamlatar webhook rotate-secret|retire-old-secrets|allow-url-hosts`` for own-system connections."""

from __future__ import annotations

import typer


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
        typer.echo(rotate_webhook_secret(connect(settings), settings, connection_id))

    @webhook.command("retire-old-secrets")
    def retire(connection_id: str) -> None:
        """Keep only the newest secret."""
        from services.adapters.mongo import connect
        from services.adapters.own_system_admin import retire_old_secrets
        from services.adapters.settings import load_settings

        retire_old_secrets(connect(load_settings()), connection_id)
        typer.echo("only the newest secret is valid now")

    @webhook.command("allow-url-hosts")
    def allow(connection_id: str, host: list[str] = typer.Argument(..., help="host or *.domain[:port]")) -> None:  # noqa: B008
        """Set the hosts document URLs may point at (https, public addresses only)."""
        from services.adapters.mongo import connect
        from services.adapters.own_system_admin import set_url_policy
        from services.adapters.settings import load_settings

        saved = set_url_policy(connect(load_settings()), connection_id, host)
        typer.echo("allowlist: " + ", ".join(saved["url_allowlist"]))
