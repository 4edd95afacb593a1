"""``szamlatar api`` and ``szamlatar worker`` — the long-running processes."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def api(host: str = "127.0.0.1", port: int = typer.Option(None, help="default: SZAMLATAR_API_PORT")) -> None:
        """Run the HTTP API (search, downloads, webhooks) with uvicorn."""
        import uvicorn

        from services.adapters.logging import configure_logging
        from services.adapters.settings import load_settings
        from services.web.app import create_app

        configure_logging()
        settings = load_settings()
        uvicorn.run(create_app(settings), host=host, port=port or settings.api_port, log_level="warning",
                    access_log=False)

    @app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
    def worker(ctx: typer.Context) -> None:
        """Run the faust stream processors (parse → match → archive). Extra args go to faust."""
        import sys

        from services.pipeline.app import app as faust_app

        sys.argv = ["szamlatar-worker", "worker", "-l", "info", *ctx.args]
        faust_app.main()
