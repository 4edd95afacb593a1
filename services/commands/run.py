"""``szamlatar run PROCESS`` — every long-running process, one command each (what ``make run``,
``deploy/local/services.sh`` and ``docker-compose.yml`` start): each serves ``/healthz`` and
``/metrics`` and stops cleanly on SIGTERM.

Each command only wires settings to its process package; the heavy imports (uvicorn, faust, the
process package) happen inside it, so loading the CLI stays fast for every other command.
"""

from __future__ import annotations

import json
import signal
import threading
from pathlib import Path

import typer

from services.commands.context import context
from services.commands.imports import export_connection_id, export_paused, importer

app = typer.Typer(name="run", no_args_is_help=True, help="Run a long-running process (API, worker, pollers, …).")


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return stop


@app.command("api")
def api(ctx: typer.Context, host: str = "127.0.0.1",
        port: int = typer.Option(None, help="default: SZAMLATAR_API_PORT")) -> None:
    """Run the HTTP API (search, downloads, webhooks) with uvicorn."""
    import uvicorn

    from services.adapters.logging import configure_logging
    from services.web.app import create_app

    configure_logging()
    settings = context(ctx).settings
    uvicorn.run(create_app(settings), host=host, port=port or settings.api_port, log_level="warning",
                access_log=False)


@app.command("worker", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def worker(ctx: typer.Context) -> None:
    """Run the faust stream processors (parse → match → archive). Extra args go to faust."""
    import sys

    from services.pipeline.app import app as faust_app

    sys.argv = ["szamlatar-worker", "worker", "-l", "info", *ctx.args]
    faust_app.main()


@app.command("downstream")
def downstream(ctx: typer.Context,
               port: int = typer.Option(None, help="health/metrics port; default SZAMLATAR_DOWNSTREAM_PORT "
                                                   "or API port + 2"),
               host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics")) -> None:
    """Run the downstream triggers (invoice.linked, certificates, outbound webhooks) and reference intake."""
    from services.adapters.logging import configure_logging
    from services.downstream.worker import serve

    configure_logging()
    settings = context(ctx).settings
    serve(settings, port or settings.downstream_port or settings.api_port + 2, host=host)


@app.command("status-sync")
def status_sync(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics"),
    port: int = typer.Option(None, help="/healthz and /metrics (default: SZAMLATAR_STATUS_SYNC_PORT)"),
) -> None:
    """Consume invoice.payment: update the archive, write Számlatár's payments back (a long-running process)."""
    from services.adapters.logging import configure_logging
    from services.status_sync.service import run_status_sync

    configure_logging()
    c = context(ctx)
    run_status_sync(c.settings, c.billing, host=host, port=port, stop=_stop_on_signals())


@app.command("indexer")
def indexer(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics"),
    port: int = typer.Option(None, help="/healthz and /metrics (default: SZAMLATAR_INDEXER_PORT)"),
) -> None:
    """Keep this node's query index current from invoice.archived and invoice.payment (one per node)."""
    from services.adapters.logging import configure_logging
    from services.adapters.settings import load_index_settings
    from services.indexer.service import run_indexer

    configure_logging()
    run_indexer(context(ctx).settings, load_index_settings(), host=host, port=port, stop=_stop_on_signals())


@app.command("billingo-poller")
def billingo_poller(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics"),
    port: int = typer.Option(None, help="/healthz and /metrics (default: SZAMLATAR_BILLINGO_POLLER_PORT)"),
    interval: float = typer.Option(None, help="seconds between rounds (default: SZAMLATAR_BILLINGO_POLL_SECONDS)"),
) -> None:
    """Poll every enabled Billingo connection for new and changed documents, and run the history back-fills
    asked for on the Integrációk page or through the API (a long-running process)."""
    from services.adapters.logging import configure_logging
    from services.billingo.service import run_poller

    configure_logging()
    c = context(ctx)
    run_poller(c.settings, c.billing, host=host, port=port, interval=interval, stop=_stop_on_signals())


@app.command("nav-sync")
def nav_sync(
    ctx: typer.Context,
    port: int = typer.Option(8008, envvar="SZAMLATAR_NAV_SYNC_PORT", help="/healthz and /metrics (0: off)"),
    interval: float = typer.Option(900.0, envvar="SZAMLATAR_NAV_SYNC_SECONDS", help="seconds between syncs"),
    lookback_days: int = typer.Option(35, help="days before the last synced day asked again (late reports)"),
    once: bool = typer.Option(False, help="sync every connection once, print the summary, exit"),
) -> None:
    """Sync every NAV connection periodically, then reconcile it against the archive (gap metrics)."""
    from services.adapters.logging import configure_logging
    from services.nav.service import run_nav_sync

    configure_logging()
    state = run_nav_sync(context(ctx).settings, port=port, interval=interval, lookback_days=lookback_days,
                         once=once)
    if once:
        typer.echo(json.dumps(state["connections"], indent=2, default=str))


@app.command("pull-poller")
def pull_poller(
    ctx: typer.Context,
    port: int = typer.Option(8007, envvar="SZAMLATAR_PULL_POLLER_PORT", help="/healthz and /metrics (0: off)"),
    interval: float = typer.Option(60.0, envvar="SZAMLATAR_PULL_INTERVAL_SECONDS",
                                   help="seconds between passes of a connection (a connection may set its own)"),
    once: bool = typer.Option(False, help="one pass of every connection, then exit"),
) -> None:
    """The pull poller: every pull connection, resumable from its cursor in MongoDB."""
    from services.adapters.logging import configure_logging
    from services.ingest_pull.service import run_pull

    configure_logging()
    state = run_pull(context(ctx).settings, port=port, interval=interval, once=once)
    if once:
        typer.echo(json.dumps(state["connections"], indent=2, default=str))


@app.command("import-watch")
def import_watch(
    ctx: typer.Context,
    directory: Path = typer.Argument(..., help="the inbox; drops move to .done/.failed with a report"),  # noqa: B008
    tenant: str = typer.Option(...),
    connection: str = typer.Option(None, help="export connection (default <tenant>-export)"),
    site: str = typer.Option("default"),
    mapping: Path | None = typer.Option(None),  # noqa: B008
    health_port: int = typer.Option(0, help="serve /healthz on this port (0: off)"),
    interval: float = typer.Option(2.0),
) -> None:
    """Watch a directory and import every zip, folder or PDF dropped into it."""
    from services.adapters.logging import configure_logging
    from services.ingest_drop.watch import serve_health, watch

    configure_logging()
    c = context(ctx)
    run = importer(c, tenant, connection, site, mapping)
    if health_port:
        serve_health(health_port)
    watch(directory, run, interval=interval, settle_seconds=interval,
          paused=export_paused(c, export_connection_id(tenant, connection)))


@app.command("s3-inbox")
def s3_inbox(
    ctx: typer.Context,
    tenant: list[str] = typer.Option(..., help="tenants whose inbox/<tenant>/ prefix is imported (repeat)"),  # noqa: B008
    site: str = typer.Option("default"),
    bucket: str = typer.Option(None, help="default: SZAMLATAR_INBOX_BUCKET (szamlatar-inbox)"),
    mapping: Path | None = typer.Option(None, help="JSON: our field → your CSV header"),  # noqa: B008
    health_port: int = typer.Option(0, help="serve /healthz on this port (0: off)"),
    interval: float = typer.Option(10.0, help="seconds between passes"),
    settle: float = typer.Option(10.0, help="a drop is imported once its newest object is this old"),
    once: bool = typer.Option(False, help="one pass, print the reports, exit"),
) -> None:
    """Import every zip, PDF or folder dropped under inbox/<tenant>/ of the inbox bucket; each is
    filed under inbox-done/ (or inbox-failed/) with <name>.report.json beside it."""
    import time

    from services.adapters.logging import configure_logging
    from services.adapters.s3_inbox import S3Inbox
    from services.ingest_drop.importer import ImportReport
    from services.ingest_drop.s3_inbox import scan_once, watch_inbox
    from services.ingest_drop.watch import serve_health

    configure_logging()
    c = context(ctx)
    runs = {t: importer(c, t, None, site, mapping) for t in tenant}  # makes <tenant>-export if missing

    def import_drop(t: str, path: Path) -> ImportReport:
        report: ImportReport = runs[t](path)
        return report

    pauses = {t: export_paused(c, export_connection_id(t)) for t in tenant}

    def paused(t: str) -> bool:
        return pauses[t]()

    store = S3Inbox(c.settings, bucket)
    if once:
        for report in scan_once(store, tenant, import_drop, now=time.time(), settle_seconds=settle, paused=paused):
            typer.echo(json.dumps({k: report[k] for k in ("source", "imported_count", "not_imported_count")},
                                  ensure_ascii=False))
        return
    if health_port:
        serve_health(health_port)
    watch_inbox(store, tenant, import_drop, interval=interval, settle_seconds=settle, paused=paused)


@app.command("timestamper")
def timestamper(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics"),
    port: int = typer.Option(None, help="/healthz and /metrics (default: SZAMLATAR_TIMESTAMPER_PORT)"),
) -> None:
    """Consume invoice.archived: an RFC 3161 token for each archived version and audit anchor (a backlog
    retried later when the TSA is down)."""
    from services.adapters.logging import configure_logging
    from services.adapters.settings import load_timestamp_settings
    from services.timestamps.service import run_timestamper

    configure_logging()
    run_timestamper(context(ctx).settings, load_timestamp_settings(), host=host, port=port,
                    stop=_stop_on_signals())


@app.command("scrubber")
def scrubber(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics"),
    port: int = typer.Option(8012, envvar="SZAMLATAR_SCRUBBER_PORT", help="/healthz and /metrics"),
    every_hours: float = typer.Option(168.0, help="a full integrity scrub when the last one is this old"),
) -> None:
    """The scheduled integrity scrub (szamlatar scrub of every tenant), its last pass's gauges on /metrics."""
    from services.adapters.logging import configure_logging
    from services.adapters.settings import load_timestamp_settings
    from services.compliance.scrub import run_scrubber

    configure_logging()
    c = context(ctx)
    run_scrubber(c.db, c.store, load_timestamp_settings().trust_chain(), every_seconds=every_hours * 3600,
                 port=port, host=host, stop=_stop_on_signals())
