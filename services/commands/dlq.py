"""``szamlatar dlq list`` and ``szamlatar dlq replay`` — inspect and replay dead letters of
``invoice.dlq`` (the pipeline's stages) or ``downstream.dlq`` (the downstream worker)."""

from __future__ import annotations

from typing import Any

import typer

from services.commands.context import context

app = typer.Typer(name="dlq", help="The dead-letter queues (invoice.dlq, downstream.dlq).", no_args_is_help=True)
_TOPIC_HELP = "invoice.dlq (pipeline stages) or downstream.dlq (webhook deliveries, downstream worker messages)"


def _filters(topic: str, **given: str | None) -> dict[str, str | None]:
    """The filters given on the command line, refused when ``topic``'s records have no such field."""
    from services.adapters.dlq import FILTERS

    if topic not in FILTERS:
        raise typer.BadParameter(f"one of {', '.join(FILTERS)}", param_hint="--topic")
    for name, value in given.items():
        if value is not None and name not in FILTERS[topic]:
            raise typer.BadParameter(f"{topic} records have no {name}; filter on {', '.join(FILTERS[topic])}",
                                     param_hint=f"--{name}")
    return given


def _row(topic: str, r: dict[str, Any]) -> tuple[str, ...]:
    if topic == "invoice.dlq":
        return r["failed_at"][:19], r["stage"], r["reason"], r["error_class"], r.get("tenant") or "", r["message"][:80]
    return r["failed_at"][:19], r["target"], r.get("event") or "", r.get("reason") or "", str(r["attempts"]), \
        r.get("tenant") or "", r["error"][:80]


@app.command("list")
def list_records(ctx: typer.Context, topic: str = typer.Option("invoice.dlq", help=_TOPIC_HELP),
                 stage: str = typer.Option(None), reason: str = typer.Option(None),
                 target: str = typer.Option(None, help="downstream.dlq: webhook:<subscription id> or a topic"),
                 tenant: str = typer.Option(None), limit: int = typer.Option(50)) -> None:
    """What failed, where and why (newest last)."""
    from rich.console import Console
    from rich.table import Table

    from services.adapters.dlq import matches, read_dlq

    filters = _filters(topic, stage=stage, reason=reason, target=target, tenant=tenant)
    table = (Table("failed at", "stage", "reason", "error", "tenant", "message") if topic == "invoice.dlq"
             else Table("failed at", "target", "event", "reason", "attempts", "tenant", "error"))
    shown = 0
    settings = context(ctx).settings
    for r in read_dlq(settings.kafka_bootstrap, topic, settings.kafka_auth):
        if not matches(r, filters):
            continue
        table.add_row(*_row(topic, r))
        shown += 1
        if shown >= limit:
            break
    Console().print(table)


@app.command("replay")
def replay_records(ctx: typer.Context, topic: str = typer.Option("invoice.dlq", help=_TOPIC_HELP),
                   stage: str = typer.Option(None), reason: str = typer.Option(None),
                   target: str = typer.Option(None, help="downstream.dlq: webhook:<subscription id> or a topic"),
                   tenant: str = typer.Option(None),
                   dry_run: bool = typer.Option(False, "--dry-run")) -> None:
    """Replay matching dead letters, each at most once: invoice.dlq and downstream worker messages go
    back to their topic; a webhook delivery is POSTed again with its delivery id (exit 1 if one fails).
    A dead-lettered tombstone (a record without a value) is reported as not replayable."""
    from rich.progress import track

    from services.adapters.dlq import Replay, ReplayResult, matches, read_dlq, replay, replay_downstream
    from services.adapters.subscriptions import http_post

    filters = _filters(topic, stage=stage, reason=reason, target=target, tenant=tenant)
    c = context(ctx)
    settings = c.settings
    records = [r for r in read_dlq(settings.kafka_bootstrap, topic, settings.kafka_auth) if matches(r, filters)]
    if dry_run:
        typer.echo(f"{len(records)} records would be replayed")
        return
    publisher, db = c.publisher("szamlatar-dlq-replay"), c.db
    post = http_post(c.billing.url_allowlist)  # the URL policy, as at delivery
    results: list[tuple[dict[str, Any], ReplayResult]] = []
    for record in track(records, description=f"replaying {topic}"):
        result = (replay(record, publisher, db) if topic == "invoice.dlq"
                  else replay_downstream(record, publisher, db, settings, post))
        results.append((record, result))
    count = {outcome: sum(1 for _, r in results if r.outcome is outcome) for outcome in Replay}
    failed = [(rec, r) for rec, r in results if r.outcome is Replay.FAILED]
    for rec, r in [*failed, *((rec, r) for rec, r in results if r.outcome is Replay.NOT_REPLAYABLE)][:20]:
        typer.echo(f"not replayed: {rec.get('target') or rec.get('topic')} {rec['event_id']}: {r.error}")
    typer.echo(f"replayed {count[Replay.REPLAYED]}, skipped {count[Replay.ALREADY_REPLAYED]} already replayed"
               + (f", {count[Replay.NOT_REPLAYABLE]} not replayable" if count[Replay.NOT_REPLAYABLE] else "")
               + (f", {count[Replay.FAILED]} failed (kept for the next replay)" if failed else ""))
    if failed:
        raise typer.Exit(1)
