"""``szamlatar stack init`` — topics, buckets and indexes for a running local stack."""

from __future__ import annotations

import time

import typer


def register(app: typer.Typer) -> None:
    stack = typer.Typer(help="The local stack (Kafka, S3, MongoDB).", no_args_is_help=True)
    app.add_typer(stack, name="stack")

    @stack.command("init")
    def init(wait: float = typer.Option(60.0, help="seconds to wait for the servers to answer")) -> None:
        """Create pipeline topics, the archive bucket (Object Lock + versioning) and indexes."""
        from services.adapters.kafka_producer import ensure_topics
        from services.adapters.mongo import connect, ensure_indexes
        from services.adapters.reference_repo import ensure_matching_indexes
        from services.adapters.s3 import S3ObjectStore
        from services.adapters.settings import load_settings
        from services.core.errors import Retryable
        from services.core.topics import PIPELINE_TOPICS

        settings = load_settings()
        deadline = time.monotonic() + wait
        steps = {
            "Kafka topics": lambda: ensure_topics(settings.kafka_bootstrap, PIPELINE_TOPICS, settings.kafka_auth),
            "S3 buckets": lambda: S3ObjectStore(settings).ensure_buckets(),
            "MongoDB indexes": lambda: ensure_indexes(connect(settings)),
            "MongoDB matching indexes": lambda: ensure_matching_indexes(connect(settings)),
        }
        for name, step in steps.items():
            while True:
                try:
                    step()
                    typer.echo(f"  {name}: ready")
                    break
                except Retryable as exc:
                    if time.monotonic() > deadline:
                        typer.echo(f"  {name}: {exc}", err=True)
                        raise typer.Exit(1) from exc
                    time.sleep(0.5)
