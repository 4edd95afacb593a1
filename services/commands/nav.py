"""``szamlatar nav connect|sync|digest|reconcile`` — NAV Online Számla as the proof of completeness.
The periodic sync is a process: ``szamlatar run nav-sync``.

Credentials come from options or ``NAV_*`` variables (typer reads them here, at the CLI edge).
``digest``'s defaults are the NAV emulator's demo technical user, so it works against the
emulator of ``make run`` with no setup.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import typer

from services.commands.context import context

if TYPE_CHECKING:
    from services.nav.completeness import Reconciliation, Record

app = typer.Typer(name="nav", no_args_is_help=True,
                  help="NAV Online Számla: the technical user, sync, digests, reconciliation against the archive.")

# The emulator's demo user (its DEMO_USER); repeated here so that loading the CLI imports no emulator.
_DEMO_LOGIN = "szamlatardemo01"
_DEMO_PASSWORD = "demo-password"
_DEMO_SIGNATURE_KEY = "demo-signature-key-000000000000"
_DEMO_EXCHANGE_KEY = "DEMOEXCHANGEKEY1"
_DEMO_TAX_NUMBER = "12345678"


@app.command("connect")
def connect(
    ctx: typer.Context,
    connection_id: str, tenant: str = typer.Option(...),
    url: str = typer.Option("http://127.0.0.1:8085/invoiceService/v3", envvar="NAV_URL"),
    login: str = typer.Option(..., envvar="NAV_LOGIN"),
    password: str = typer.Option(..., envvar="NAV_PASSWORD", show_default=False),
    tax_number: str = typer.Option(..., envvar="NAV_TAX_NUMBER", help="8-digit taxpayer id"),
    signature_key: str = typer.Option(..., envvar="NAV_SIGNATURE_KEY", show_default=False),
    exchange_key: str = typer.Option("", envvar="NAV_EXCHANGE_KEY", show_default=False),
    sync_from: str = typer.Option("", help="first issue date the nav-sync service imports and reconciles "
                                           "(YYYY-MM-DD; default: 35 days back)"),
) -> None:
    """Store the company's NAV technical user (secrets encrypted) as a connection (audited)."""
    from services.adapters.connections import ConnectionRepo
    from services.nav.connection import create_nav_connection

    c = context(ctx)
    existed = ConnectionRepo(c.db).get(connection_id) is not None
    create_nav_connection(c.db, c.settings, connection_id=connection_id, tenant=tenant, url=url,
                          login=login, password=password, tax_number=tax_number,
                          signature_key=signature_key, exchange_key=exchange_key)
    if sync_from:
        from datetime import date

        ConnectionRepo(c.db).set_fields(connection_id, {"sync_from": date.fromisoformat(sync_from).isoformat()})
    c.audit(tenant=tenant, action="connection.changed" if existed else "connection.created",
            target=connection_id, details={"kind": "nav", "url": url, "tax_number": tax_number,
                                           "credentials": ["login", "password", "signature_key", "exchange_key"]})
    typer.echo(f"NAV connection {connection_id} for tenant {tenant}, taxpayer {tax_number}")


@app.command("sync")
def sync(
    ctx: typer.Context,
    connection_id: str,
    date_from: str = typer.Option(..., "--from", help="first issue date, YYYY-MM-DD"),
    date_to: str = typer.Option(..., "--to", help="last issue date, YYYY-MM-DD"),
    direction: str = typer.Option("OUTBOUND"),
) -> None:
    """Import NAV's invoice data for the period as structured data (idempotent)."""
    from datetime import date

    from services.adapters.connections import ConnectionRepo
    from services.core.enums import Direction
    from services.core.errors import SzamlatarError
    from services.nav.client import NavClient
    from services.nav.connection import credentials_of
    from services.nav.repository import NavInvoiceRepo
    from services.nav.sync import sync_nav

    c = context(ctx)
    connection = ConnectionRepo(c.db).get(connection_id)
    if connection is None:
        raise typer.BadParameter(f"no connection {connection_id!r}")
    client = NavClient(connection["url"], credentials_of(connection, c.settings))
    try:
        report = sync_nav(client, NavInvoiceRepo(c.db), tenant=connection["tenant"], connection_id=connection_id,
                          date_from=date.fromisoformat(date_from), date_to=date.fromisoformat(date_to),
                          direction=Direction.from_nav(direction.upper()))
    except SzamlatarError as exc:
        typer.echo(f"NAV sync failed: {exc.reason.value}: {exc.message}", err=True)
        raise typer.Exit(2) from exc
    finally:
        client.close()
    typer.echo(f"NAV: {report.found} found, {report.imported} imported, {report.unchanged} unchanged, "
               f"{len(report.failed)} failed")
    for number, reason in report.failed:
        typer.echo(f"  {number}: {reason}")


@app.command("digest")
def digest(
    date_from: str = typer.Option(..., "--from", help="first issue date, YYYY-MM-DD"),
    date_to: str = typer.Option(..., "--to", help="last issue date, YYYY-MM-DD"),
    direction: str = typer.Option("OUTBOUND", help="OUTBOUND (we issued) or INBOUND (we received)"),
    url: str = typer.Option("http://127.0.0.1:8085/invoiceService/v3", envvar="NAV_URL"),
    login: str = typer.Option(_DEMO_LOGIN, envvar="NAV_LOGIN"),
    password: str = typer.Option(_DEMO_PASSWORD, envvar="NAV_PASSWORD", show_default=False),
    signature_key: str = typer.Option(_DEMO_SIGNATURE_KEY, envvar="NAV_SIGNATURE_KEY", show_default=False),
    exchange_key: str = typer.Option(_DEMO_EXCHANGE_KEY, envvar="NAV_EXCHANGE_KEY", show_default=False),
    tax_number: str = typer.Option(_DEMO_TAX_NUMBER, envvar="NAV_TAX_NUMBER"),
) -> None:
    """List the invoice digests NAV holds for an issue-date range (any length; split into 35-day windows)."""
    from datetime import date

    from services.core.enums import Direction
    from services.core.errors import SzamlatarError
    from services.nav.client import NavClient
    from services.nav.protocol.signing import NavCredentials

    try:
        start, end = date.fromisoformat(date_from), date.fromisoformat(date_to)
        wanted = Direction.from_nav(direction.upper())
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    credentials = NavCredentials.from_password(
        login=login, password=password, tax_number=tax_number,
        signature_key=signature_key, exchange_key=exchange_key,
    )
    client = NavClient(url, credentials)
    count = 0
    try:
        for found in client.iter_digests_by_issue_date(start, end, wanted):
            count += 1
            outbound = wanted is Direction.OUTGOING
            other = found.customer_tax_number if outbound else found.supplier_tax_number
            net = found.invoice_net_amount
            amount = "" if net is None else f"{net} {found.currency or ''}"
            batch = f"#{found.batch_index}" if found.batch_index is not None else ""
            typer.echo(
                f"{found.invoice_issue_date}  {found.invoice_number}{batch}  {found.invoice_operation:<6}  "
                f"{other or '-':<8}  {amount.strip()}"
            )
    except SzamlatarError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc
    finally:
        client.close()
    typer.echo(f"{count} invoice(s)")


@app.command("reconcile")
def reconcile(
    ctx: typer.Context,
    tenant: str = typer.Option(...),
    date_from: str = typer.Option(..., "--from", help="first issue date, YYYY-MM-DD"),
    date_to: str = typer.Option(..., "--to", help="last issue date, YYYY-MM-DD"),
    direction: str = typer.Option("outbound", help="outbound (we issued), inbound (we received) or both"),
    as_json: bool = typer.Option(False, "--json", help="print the full result as JSON"),
    prom_file: str = typer.Option("", help="also write the gap metrics here (node-exporter textfile format)"),
) -> None:
    """What NAV has and the archive lacks, the reverse, and what differs. Exit code 1 when gaps exist."""
    import time
    from datetime import date

    from prometheus_client import CollectorRegistry, write_to_textfile

    from services.adapters.metrics import reconciliation_metrics
    from services.adapters.tantivy_index import open_node_index
    from services.core.enums import Direction
    from services.nav.completeness import reconciliation_to_json
    from services.nav.reconcile import reconcile_tenant

    wanted = {"outbound": ("outbound",), "inbound": ("inbound",), "both": ("outbound", "inbound")}
    if direction.lower() not in wanted:
        raise typer.BadParameter("direction is outbound, inbound or both")
    start, end = date.fromisoformat(date_from), date.fromisoformat(date_to)
    db, index = context(ctx).db, open_node_index()  # the archive's side from this node's query index
    results = {d: reconcile_tenant(db, tenant, start, end, Direction.from_nav(d.upper()), index)[0]
               for d in wanted[direction.lower()]}
    if prom_file:
        registry = CollectorRegistry()
        metrics = reconciliation_metrics(registry)
        for d, result in results.items():
            metrics.record("all", result, time.time(), direction=d)
        write_to_textfile(prom_file, registry)
    if as_json:
        out = {d: reconciliation_to_json(r) for d, r in results.items()}
        # One direction prints its result as before, so scripts reading it keep working.
        typer.echo(json.dumps(out if len(out) > 1 else next(iter(out.values())), ensure_ascii=False, indent=2))
    else:
        for d, result in results.items():
            _print_text(d, result)
    raise typer.Exit(0 if all(r.complete for r in results.values()) else 1)


def _print_text(direction: str, result: Reconciliation) -> None:
    typer.echo(f"{direction} {result.date_from}..{result.date_to}: NAV {result.nav_count}, "
               f"archive {result.archive_count}, matched {result.matched}")
    # An incoming invoice is known by its supplier; an outgoing one's supplier is always us.
    def who(r: Record) -> str:
        return f"{r.supplier_name or r.supplier_taxpayer_id} " if direction == "inbound" else ""

    for r in result.missing_in_archive:
        typer.echo(f"  missing in archive: {who(r)}{r.number} ({r.issue_date}, {r.gross_total} {r.currency})")
    for r in result.missing_in_nav:
        typer.echo(f"  missing in NAV:     {who(r)}{r.number} ({r.issue_date}, {r.gross_total} {r.currency})")
    for d in result.differing:
        fields = ", ".join(f"{x.field}: NAV {x.nav} / archive {x.archive}" for x in d.differences)
        typer.echo(f"  differs:            {d.number}: {fields}")
    for r in result.without_pdf:
        typer.echo(f"  no PDF:             {r.number}")
    typer.echo("complete" if result.complete else "gaps: " + json.dumps(dict(result.gaps)))
