"""Billingo and Számlázz.hu: ``szamlatar backfill``, the ``billingo-poller`` and ``status-sync``
processes, and ``szamlatar billing demo`` (the demo connections of ``make run``)."""

from __future__ import annotations

import logging
import signal
import threading
import time
from datetime import UTC, date, datetime
from typing import Any

import typer

billing_app = typer.Typer(no_args_is_help=True, help="Billingo / Számlázz.hu connections (demo set-up).")


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    return stop


def register(app: typer.Typer) -> None:
    app.add_typer(billing_app, name="billing")

    @app.command()
    def backfill(
        connection: str = typer.Argument(..., help="the Billingo connection's id"),
        since: str = typer.Option(..., help="first invoice date to import, YYYY-MM-DD"),
        concurrency: int = typer.Option(None, help="parallel PDF downloads (default: SZAMLATAR_BILLINGO_CONCURRENCY)"),
    ) -> None:
        """Import a Billingo account's history: every invoice from --since, with its PDF, exactly once."""
        import dataclasses

        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        from services.adapters.billing import billing_repos
        from services.adapters.kafka_producer import EventPublisher
        from services.adapters.logging import configure_logging
        from services.adapters.mongo import connect
        from services.adapters.s3 import S3ObjectStore
        from services.adapters.settings import load_billing_settings, load_settings
        from services.ingest_billingo.importer import BACKFILL_RETRY, BillingoImporter

        configure_logging()
        logging.getLogger().setLevel(logging.WARNING)  # the progress bar tells the story; retries are expected
        console = Console(stderr=True)
        try:
            first = date.fromisoformat(since)
        except ValueError as exc:
            raise typer.BadParameter("--since must be a date, YYYY-MM-DD") from exc
        settings = load_settings()
        billing = load_billing_settings()
        if concurrency:
            billing = dataclasses.replace(billing, download_concurrency=max(1, concurrency))
        repos = billing_repos(connect(settings))
        doc = repos.connections.get(connection)
        if doc is None or doc.get("deleted"):
            console.print(f"[red]no connection {connection!r}[/red]")
            raise typer.Exit(2)
        if doc.get("kind") != "billingo":
            console.print(f"[red]{connection} is a {doc.get('kind')} connection: only Billingo has a list to back-fill "
                          "from (Számlázz.hu pushes every invoice itself)[/red]")
            raise typer.Exit(2)
        publisher = EventPublisher.of(settings, client_id="szamlatar-backfill")
        importer = BillingoImporter(settings=settings, billing=billing, repos=repos, store=S3ObjectStore(settings),
                                    publisher=publisher, retry=BACKFILL_RETRY)
        try:
            total = importer.count(doc, first)
            columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[summary]}"), TimeRemainingColumn())
            with Progress(*columns, console=console) as progress:
                task = progress.add_task(f"Billingo {connection}", total=total, summary="")
                seen: dict[str, int] = {}

                def advance(outcome: str) -> None:
                    seen[outcome] = seen.get(outcome, 0) + 1
                    summary = " ".join(f"{k}={v}" for k, v in sorted(seen.items()))
                    progress.update(task, advance=1, summary=summary)

                result = importer.backfill(doc, first, progress=advance)
        finally:
            publisher.close()
        console.print(f"listed {result.listed} of {total}: " + ", ".join(f"{v} {k}" for k, v in
                                                                         sorted(result.outcomes.items())))
        for error in result.errors[:10]:
            console.print(f"[yellow]{error}[/yellow]")
        if not result.complete:
            console.print("[red]not complete: run the same command again; nothing is imported twice[/red]")
            raise typer.Exit(1)

    @app.command("billingo-poller")
    def billingo_poller(
        host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics"),
        port: int = typer.Option(None, help="/healthz and /metrics (default: SZAMLATAR_BILLINGO_POLLER_PORT)"),
        interval: float = typer.Option(None, help="seconds between rounds (default: SZAMLATAR_BILLINGO_POLL_SECONDS)"),
    ) -> None:
        """Poll every enabled Billingo connection for new and changed documents (a long-running process)."""
        from services.adapters.logging import configure_logging
        from services.adapters.settings import load_billing_settings, load_settings
        from services.ingest_billingo.service import run_poller

        configure_logging()
        run_poller(load_settings(), load_billing_settings(), host=host, port=port, interval=interval,
                   stop=_stop_on_signals())

    @app.command("status-sync")
    def status_sync(
        host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics"),
        port: int = typer.Option(None, help="/healthz and /metrics (default: SZAMLATAR_STATUS_SYNC_PORT)"),
    ) -> None:
        """Consume invoice.payment: update the archive, write Számlatár's payments back (a long-running process)."""
        from services.adapters.logging import configure_logging
        from services.adapters.settings import load_billing_settings, load_settings
        from services.status_sync.service import run_status_sync

        configure_logging()
        run_status_sync(load_settings(), load_billing_settings(), host=host, port=port, stop=_stop_on_signals())


@billing_app.command("demo")
def demo(
    api: str = typer.Option(None, help="the Számlatár API (default: 127.0.0.1 on SZAMLATAR_API_PORT)"),
    billingo: str = typer.Option("http://127.0.0.1:18080", envvar="SZAMLATAR_BILLINGO_EMULATOR_URL",
                                 help="the Billingo emulator"),
    szamlazz: str = typer.Option("http://127.0.0.1:18081", envvar="SZAMLATAR_SZAMLAZZ_EMULATOR_URL",
                                 help="the Számla Agent emulator"),
    tenant: str = typer.Option("demo"),
    wait: float = typer.Option(180.0, help="seconds to wait for the invoices and the write-back"),
) -> None:
    """Connect the demo tenant to both emulators through the API, watch their invoices arrive by
    themselves, then record a payment in Számlatár for one of each and watch it reach the emulator."""
    import requests
    from rich.console import Console

    from services.adapters.admin import create_token
    from services.adapters.mongo import connect
    from services.adapters.settings import load_settings
    from services.core.enums import Role

    console = Console()
    settings = load_settings()
    api = api or f"http://127.0.0.1:{settings.api_port}"
    db = connect(settings)
    token = create_token(db, tenant=tenant, role=Role.ADMIN, name="billing-demo")
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"

    def connect_service(body: dict[str, Any]) -> dict[str, Any]:
        response = http.post(f"{api}/api/v1/connections", json=body, timeout=60)
        if response.status_code == 409:  # a second `make run`: refresh the keys, run the test again
            changes = {k: v for k, v in body.items() if k not in ("id", "kind")}
            response = http.patch(f"{api}/api/v1/connections/{body['id']}", json=changes, timeout=60)
        if not response.ok:
            console.print(f"[red]{body['id']}: {response.status_code} {response.text}[/red]")
            raise typer.Exit(1)
        answer: dict[str, Any] = response.json()
        console.print(f"  {body['id']}: {answer['test']['message']['hu']}  /  {answer['test']['message']['en']}")
        return answer

    console.print("[bold]Billing systems[/bold] (emulators): connecting the demo tenant")
    connect_service({"id": "demo-billingo", "kind": "billingo", "api_key": "demo-write-key", "site": "budapest",
                     "base_url": f"{billingo}/v3", "import_since": "2024-01-01"})
    push_key = f"demo{int(time.time())}sztar"
    szamlazz_answer = connect_service({"id": "demo-szamlazz", "kind": "szamlazz", "agent_key": "demo-agent-key",
                                       "push_key": push_key, "site": "szeged", "base_url": f"{szamlazz}/szamla/"})
    # What an account owner does once in Számlázz.hu: register our receiver for Pénzügyi adatkapcsolat.
    requests.post(f"{szamlazz}/_emulator/push", json={"url": szamlazz_answer["connection"]["push_url"],
                                                      "key": push_key, "pdf": True}, timeout=10).raise_for_status()
    requests.post(f"{szamlazz}/_emulator/push/trigger", json={}, timeout=30).raise_for_status()

    deadline = time.monotonic() + wait
    expected = {"demo-billingo": _emulator_count(billingo, "billingo"), "demo-szamlazz": _emulator_count(szamlazz,
                                                                                                          "szamlazz")}
    with console.status("waiting for the emulators' invoices to be archived…"):
        while True:
            counts = {cid: db.invoices.count_documents({"tenant": tenant, "source.connection_id": cid})
                      for cid in expected}
            if all(counts[c] >= expected[c] for c in expected) or time.monotonic() > deadline:
                break
            time.sleep(1.0)
    for cid, n in counts.items():
        console.print(f"  {cid}: {n} of {expected[cid]} invoices archived")

    for cid in expected:
        state = db.payment_state.find_one({"tenant": tenant, "source.connection_id": cid, "status": "unpaid"},
                                          sort=[("invoice_number", 1)])
        if state is None:
            console.print(f"  {cid}: no unpaid invoice to pay")
            continue
        paid = http.post(f"{api}/api/v1/invoices/{state['_id']}/payments", timeout=30, json={
            "date": datetime.now(UTC).date().isoformat(), "amount": state["gross_total"], "method": "transfer",
            "reference": f"DEMO-{state['invoice_number']}"})
        if not paid.ok:
            console.print(f"[red]payment on {state['invoice_number']}: {paid.status_code} {paid.text}[/red]")
            continue
        label = paid.json()["label"]
        seen = _wait_in_emulator(cid, state, label, billingo, szamlazz, deadline)
        where = (f"curl -s -H 'X-API-KEY: demo-read-key' {billingo}/v3/documents/{state['external_id']}/payments"
                 if cid == "demo-billingo" else f"curl -s {szamlazz}/_emulator/payment-writes")
        verdict = "[green]visible in the emulator[/green]" if seen else "[yellow]not in the emulator yet[/yellow]"
        console.print(f"  paid {state['invoice_number']} in Számlatár ({label}): {verdict}\n    {where}")


def _emulator_count(base: str, kind: str) -> int:
    import requests

    if kind == "billingo":
        total = 0
        for doc_type in ("invoice", "advance", "cancellation", "modification"):  # no proformas, drafts, receipts
            response = requests.get(f"{base}/v3/documents", params={"per_page": 1, "type": doc_type}, timeout=10,
                                    headers={"X-API-KEY": "demo-read-key"})
            response.raise_for_status()
            total += int(response.json().get("total", 0))
        return total
    deliveries = requests.get(f"{base}/_emulator/push/deliveries", timeout=10).json()
    return len({d["invoice_number"] for d in deliveries})


def _wait_in_emulator(cid: str, state: dict[str, Any], label: str, billingo: str, szamlazz: str,
                      deadline: float) -> bool:
    import requests

    while time.monotonic() < deadline:
        if cid == "demo-billingo":
            history = requests.get(f"{billingo}/v3/documents/{state['external_id']}/payments", timeout=10,
                                   headers={"X-API-KEY": "demo-read-key"}).json()
            if any(h.get("voucher_number") == label for h in history):
                return True
        else:
            writes = requests.get(f"{szamlazz}/_emulator/payment-writes", timeout=10).json()
            if any(w["invoice_number"] == state["invoice_number"] and any(e.get("leiras") == label
                                                                          for e in w["entries"]) for w in writes):
                return True
        time.sleep(1.0)
    return False
