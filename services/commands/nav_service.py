"""``szamlatar nav-sync-service`` (NAV sync as a long-running process) and ``szamlatar nav-demo``
(NAV completeness in `make run`: a NAV connection to the emulator and the planted gaps)."""

from __future__ import annotations

import json

import typer


def register(app: typer.Typer) -> None:
    @app.command("nav-sync-service")
    def nav_sync_service(
        port: int = typer.Option(8008, envvar="SZAMLATAR_NAV_SYNC_PORT", help="/healthz and /metrics (0: off)"),
        interval: float = typer.Option(900.0, envvar="SZAMLATAR_NAV_SYNC_SECONDS", help="seconds between syncs"),
        lookback_days: int = typer.Option(35, help="days before the last synced day asked again (late reports)"),
        once: bool = typer.Option(False, help="sync every connection once, print the summary, exit"),
    ) -> None:
        """Sync every NAV connection periodically, then reconcile it against the archive (gap metrics)."""
        from services.adapters.logging import configure_logging
        from services.adapters.settings import load_settings
        from services.nav.service import run_nav_sync

        configure_logging()
        state = run_nav_sync(load_settings(), port=port, interval=interval, lookback_days=lookback_days, once=once)
        if once:
            typer.echo(json.dumps(state["connections"], indent=2, default=str))

    @app.command("nav-demo")
    def nav_demo(
        api: str = typer.Option("http://127.0.0.1:8000"),
        nav: str = typer.Option("http://127.0.0.1:18083", envvar="SZAMLATAR_NAV_EMULATOR_URL",
                                help="the NAV emulator (szamlatar nav-emulator --no-seed)"),
        tenant: str = typer.Option("demo"),
        wait: float = typer.Option(120.0, help="seconds to wait until the archive side is archived"),
    ) -> None:
        """Plant the demo's NAV gaps (services/demo/nav_gaps.py) and connect the demo tenant to the
        NAV emulator; the nav-sync service then syncs and reconciles March 2025, both directions."""
        import dataclasses
        import time

        import requests

        from services.adapters.admin import create_own_system_connection
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings
        from services.demo.nav_gaps import TAXPAYER, nav_gap_plan, plant
        from services.nav.connection import create_nav_connection

        settings = load_settings()
        db = connect(settings)
        plan = nav_gap_plan()
        known = {r["invoiceNumber"] for r in requests.get(f"{nav}/_emulator/invoices", timeout=10).json()}
        if all(number in known for number, _ in plan.nav_documents):
            plan = dataclasses.replace(plan, nav_documents=())
        secret = create_own_system_connection(db, settings, connection_id="demo-navdemo", tenant=tenant,
                                              site="budapest")
        plant(plan, nav_admin_url=nav, webhook_url=f"{api}/api/v1/webhooks/demo-navdemo", secret=secret)
        create_nav_connection(db, settings, connection_id="demo-nav", tenant=tenant, url=f"{nav}/invoiceService/v3",
                              login="szamlatardemo01", password="demo-password", tax_number=TAXPAYER,
                              signature_key="demo-signature-key-000000000000", exchange_key="DEMOEXCHANGEKEY1")
        db.connections.update_one({"_id": "demo-nav"}, {"$set": {"sync_from": plan.first_day.isoformat()}})
        numbers = [meta["number"] for _, meta, _ in plan.archive_posts]
        deadline = time.monotonic() + wait
        while db.invoices.count_documents({"tenant": tenant, "invoice_number": {"$in": numbers}}) < len(numbers):
            if time.monotonic() > deadline:
                typer.echo("the archive side is not archived yet; the reconciliation will catch up", err=True)
                break
            time.sleep(0.5)
        # The sync service's first round (both directions) imports what NAV holds; wait for it so the
        # reconciliation the banner points to is already there (its interval bounds the wait).
        in_nav = len(nav_gap_plan().nav_documents)
        while db.nav_invoices.count_documents({"tenant": tenant}) < in_nav:
            if time.monotonic() > deadline:
                typer.echo("the nav-sync service has not imported NAV's side yet; it will on its next round", err=True)
                break
            time.sleep(0.5)
        typer.echo(f"NAV demo: {len(plan.archive_posts)} invoices archived, NAV emulator holds "
                   f"{len(nav_gap_plan().nav_documents)}; planted gaps outbound {json.dumps(plan.expected)}, "
                   f"inbound {json.dumps(plan.expected_inbound)}; "
                   f"reconcile {plan.first_day}..{plan.last_day}")
