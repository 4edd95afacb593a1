"""``szamlatar keys rotate|status`` — key-encryption keys: re-wrap every stored object's data key under
the current KEK (resumable, audited), and count the objects under each KEK id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import typer

from services.commands.context import Context, context

app = typer.Typer(name="keys", help="Key-encryption keys: rotate, and which key protects how many objects.",
                  no_args_is_help=True)


def _progress(label: str) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=Console(stderr=True))


def _report(counts: dict[str, int], secrets: Mapping[str, int], prom_file: str) -> None:
    if prom_file:
        from prometheus_client import CollectorRegistry, write_to_textfile

        from services.adapters.metrics import kek_metrics

        registry = CollectorRegistry()
        objects, sealed = kek_metrics(registry)
        for kek_id, n in counts.items():
            objects.labels(kek_id).set(n)
        for kek_id, n in secrets.items():
            sealed.labels(kek_id).set(n)
        write_to_textfile(prom_file, registry)
    for kek_id, n in sorted(counts.items()):
        typer.echo(f"{kek_id}: {n} objects")
    for kek_id, n in sorted(secrets.items()):
        typer.echo(f"{kek_id}: {n} sealed secrets")


def _audit_all(c: Context, details: dict[str, Any]) -> None:
    """A rotation concerns every tenant's objects: one entry in each tenant's chain."""
    from services.adapters.mongo import AuditLog

    for tenant in AuditLog(c.db).tenants():
        c.audit(tenant=tenant, action="keys.rotate", target=f"kek:{c.settings.kek_id}", details=details)


@app.command("rotate")
def rotate(
    ctx: typer.Context,
    prom_file: str = typer.Option("", help="also write objects per KEK id here (node-exporter textfile format)"),
) -> None:
    """Re-wrap every data key under SZAMLATAR_KEK (id SZAMLATAR_KEK_ID) and seal the stored secrets again
    under it; SZAMLATAR_OLD_KEKS opens the old ones. Bodies are not re-encrypted. Run again after an
    interruption: it resumes. Give every service the new KEK (and the old in SZAMLATAR_OLD_KEKS) first."""
    from services.adapters.sealer import Sealer, reseal_all, sealed_census
    from services.compliance.keys import rotate as run_rotate

    c = context(ctx)
    with _progress("keys rotate") as progress:
        task = progress.add_task("objects", total=None)
        done = run_rotate(c.store, c.settings, total=lambda n: progress.update(task, total=n),
                          progress=lambda n: progress.advance(task, n))
    # The secrets the services keep sealed in the store, so the old KEK protects nothing afterwards.
    records, before = reseal_all(c.db, Sealer.of(c.settings))
    resealed = sum(n for kek_id, n in before.items() if kek_id != c.settings.kek_id)
    _audit_all(c, {"to": c.settings.kek_id, "from": sorted(c.settings.old_keks), "rewrapped": done.rewrapped,
                   "already": done.already, "secrets_resealed": resealed})
    typer.echo(f"re-wrapped {done.rewrapped} data keys under {c.settings.kek_id} ({done.already} were already)")
    typer.echo(f"sealed {resealed} secrets again under {c.settings.kek_id} ({records} records)")
    _report(done.census, sealed_census(c.db), prom_file)


@app.command("status")
def status(
    ctx: typer.Context,
    prom_file: str = typer.Option("", help="also write objects per KEK id here (node-exporter textfile format)"),
) -> None:
    """How many stored objects and sealed secrets each KEK id protects."""
    from services.adapters.sealer import sealed_census
    from services.compliance.keys import buckets, census

    c = context(ctx)
    with _progress("keys status") as progress:
        task = progress.add_task("objects", total=None)
        counts = census(c.store, buckets(c.settings), progress=lambda n: progress.advance(task, n))
    _report(counts, sealed_census(c.db), prom_file)
