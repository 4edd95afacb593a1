"""``szamlatar stack init`` — topics, buckets and indexes for a running local stack."""

from __future__ import annotations

import time
from collections.abc import Callable

import typer

from services.commands.context import context

app = typer.Typer(name="stack", help="The local stack (Kafka, S3, MongoDB).", no_args_is_help=True)


@app.command("init")
def init(ctx: typer.Context,
         wait: float = typer.Option(60.0, help="seconds to wait for the servers to answer")) -> None:
    """Create pipeline topics, the archive bucket (Object Lock + versioning) and indexes."""
    from services.adapters.kafka_producer import ensure_topics
    from services.adapters.mongo import ensure_indexes
    from services.adapters.payment_store import backfill_lists
    from services.adapters.reference_repo import ensure_matching_indexes
    from services.core.errors import Retryable
    from services.core.topics import PIPELINE_TOPICS

    c = context(ctx)
    settings = c.settings
    deadline = time.monotonic() + wait
    steps: dict[str, Callable[[], object]] = {
        "Kafka topics": lambda: ensure_topics(settings.kafka_bootstrap, PIPELINE_TOPICS, settings.kafka_auth),
        "S3 buckets": lambda: c.store.ensure_buckets(),
        "MongoDB indexes": lambda: ensure_indexes(c.db),
        "MongoDB matching indexes": lambda: ensure_matching_indexes(c.db),
        "MongoDB per-invoice lists": lambda: backfill_lists(c.db),
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
