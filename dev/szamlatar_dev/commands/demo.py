"""``szamlatar demo seed|reference|users|billing|pull|nav|match-eval`` — the demo data of ``make run``
(each step one command, in the Makefile's order) and the matcher's measurement on a generated set.

Everything here talks to the emulators (``szamlatar emulator …``) and to a running stack; none of it
is part of the product.
"""

from __future__ import annotations

import json
import shlex
import time
from datetime import UTC, datetime
from typing import Any

import typer

from services.commands.context import context

app = typer.Typer(name="demo", no_args_is_help=True, help="Demo data for `make run` (emulators, demo tenant).")

DEMO_USERS = (  # username, role, sites, display name
    ("demo", "admin", (), "Demo Adminisztrátor"),
    ("konyvelo", "finance", (), "Kiss Könyvelő"),
    ("auditor", "auditor", (), "Auditor Anna"),
    ("debrecen", "viewer", ("debrecen",), "Debreceni Megtekintő"),
)
DEMO_PASSWORD = "szamlatar-demo"


@app.command("seed")
def seed(ctx: typer.Context, api: str = typer.Option("http://127.0.0.1:8000"), count: int = typer.Option(12),
         tenant: str = "demo", wait: float = typer.Option(120.0, help="seconds to wait until searchable"),
         token_file: str = typer.Option(None, help="write the demo token here")) -> None:
    """Feed Hungarian demo invoices (PDFs generated here) through the signed webhook."""
    import requests
    from rich.progress import track

    from services.adapters.admin import create_own_system_connection, create_token, upsert_client
    from services.adapters.webhook_client import post_signed, webhook_body
    from services.core.enums import Role
    from szamlatar_dev.demo.own_system import demo_book, demo_documents, invoice_metadata

    c = context(ctx)
    db = c.db
    book = demo_book(count)
    for i, partner in enumerate(book.partners):
        if partner.tax_number:
            upsert_client(db, tenant=tenant, client_id=f"client-{i + 1:03d}", name=partner.name,
                          tax_number=partner.tax_number)
    secret = create_own_system_connection(db, c.settings, connection_id="demo-erp", tenant=tenant,
                                          site="budapest")
    token = create_token(db, tenant=tenant, role=Role.ADMIN, name="demo")
    session = requests.Session()
    url = f"{api}/api/v1/webhooks/demo-erp"
    first = None
    cancelled = {i.related_number for i in book.invoices if i.kind.value == "storno"}
    for n, (inv, pdf) in enumerate(track(demo_documents(book), description="posting demo invoices")):
        body = webhook_body(f"erp-{inv.id}", pdf, filename=f"{inv.number.replace('/', '_')}.pdf",
                            invoice={**invoice_metadata(inv),
                                     **({} if inv.number in cancelled else _paid_in_part(inv, n))})
        response = post_signed(session, url, secret, body)
        if response.status_code != 202:
            typer.echo(f"webhook refused {inv.number}: {response.status_code} {response.text}", err=True)
            raise typer.Exit(1)
        first = first or inv
    headers = {"Authorization": f"Bearer {token}"}
    deadline = time.monotonic() + wait
    while True:
        found = session.get(f"{api}/api/v1/invoices", headers=headers, timeout=10).json()["total"]
        if found >= len(book.invoices) or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    typer.echo(f"{found} of {len(book.invoices)} demo invoices archived and searchable")
    if token_file:
        with open(token_file, "w", encoding="utf-8") as fh:
            fh.write(token + "\n")
    if first is not None:
        typer.echo(f"example number: {first.number}")
    _client_records(db, tenant, api, next((i.buyer for i in book.invoices if i.buyer.tax_number), None))


def _paid_in_part(inv: Any, n: int) -> dict[str, Any]:
    """What the in-house system says was paid, so client cards show paid, partly paid and open (overdue)
    invoices: every third paid on its due date, every third half paid, the rest unpaid. Stornos and
    corrections owe nothing and say nothing (nor, by the caller, do the invoices a storno cancels)."""
    if inv.gross_total <= 0 or inv.kind.value not in ("normal", "advance", "final"):
        return {}
    if n % 3 == 1:
        return {"payment_status": "unpaid", "payments": []}
    amount = inv.gross_total if n % 3 == 0 else (inv.gross_total / 2).quantize(inv.gross_total)
    return {"payment_status": "paid" if n % 3 == 0 else "partially_paid",
            "payments": [{"date": inv.due_date.isoformat(), "amount": str(amount), "method": "transfer",
                          "reference": None}]}


def _client_records(db: Any, tenant: str, api: str, buyer: Any) -> None:
    """Client records for demo invoices a state from before them holds (the indexer keeps new ones),
    and a client card to open."""
    from services.adapters.client_records import ClientRecords
    from services.adapters.invoice_views import InvoiceViews
    from services.core.clients import client_key
    from services.core.keys import client_record_id
    from services.indexer.maintenance import backfill_clients

    report = backfill_clients(InvoiceViews(db), ClientRecords(db), tenant=tenant)
    typer.echo(f"client records: {report.changed} created or changed by the backfill "
               f"({report.invoices} invoices read)")
    key = client_key({"name": buyer.name, "tax_number": buyer.tax_number}) if buyer is not None else None
    if key:
        typer.echo(f"client card of {buyer.name}: {api}/ui/clients/{client_record_id(tenant, key)}")


@app.command("reference")
def reference(ctx: typer.Context, tenant: str = typer.Option("demo"),
              count: int = typer.Option(12, help="as in demo seed"), site: str = typer.Option("budapest")) -> None:
    """Clients, projects, contracts and orders for the demo tenant, matching `szamlatar demo seed`'s invoices
    (run it first so they are matched on arrival)."""
    from services.adapters.reference_repo import ReferenceRepo, RuleRepo
    from services.core.reference import RefKind, normalise_record
    from services.core.rules import validate_rule
    from szamlatar_dev.demo.own_system import demo_book
    from szamlatar_dev.demo.reference_demo import DEMO_APPROVAL_RULE, demo_reference_records

    db = context(ctx).db
    repo = ReferenceRepo(db)
    for kind, records in demo_reference_records(demo_book(count), site).items():
        n = repo.upsert_many(tenant, [normalise_record(RefKind(kind), tenant, r, site) for r in records])
        typer.echo(f"  {n} {kind} records for {tenant}")
    rule = validate_rule(DEMO_APPROVAL_RULE)
    if RuleRepo(db).get(tenant, rule["id"]) is None:  # a second `make run` keeps the admin's edits
        RuleRepo(db).save(tenant, rule, actor="demo")
    typer.echo(f"  rule {rule['id']}: {rule['name']}")


@app.command("users")
def users(ctx: typer.Context, tenant: str = "demo",
          login_file: str = typer.Option(None, help="write the demo logins here (for the banner)")) -> None:
    """The demo users of ``make run``: an admin, a finance user, an auditor and a Debrecen-only viewer."""
    from services.adapters.users import create_user
    from services.core.enums import Role

    db = context(ctx).db
    lines = []
    for username, role, sites, name in DEMO_USERS:
        create_user(db, tenant=tenant, username=username, password=DEMO_PASSWORD, role=Role(role), sites=sites,
                    display_name=name)
        lines.append(f"{username:<10} {role:<8} {', '.join(sites) or 'every site'}")
    typer.echo(f"demo UI users in tenant {tenant}, password {DEMO_PASSWORD}:\n  " + "\n  ".join(lines))
    if login_file:
        with open(login_file, "w", encoding="utf-8") as fh:
            names = " ".join(u for u, *_ in DEMO_USERS)  # a shell-sourceable file (banner.sh)
            fh.write(f"tenant={shlex.quote(tenant)}\nusers={shlex.quote(names)}\n"
                     f"password={shlex.quote(DEMO_PASSWORD)}\n")


@app.command("pull")
def pull(
    ctx: typer.Context,
    emulator: str = typer.Option("http://127.0.0.1:18082", envvar="SZAMLATAR_INHOUSE_EMULATOR_URL"),
    tenant: str = typer.Option("demo"),
    connection_id: str = typer.Option("demo-inhouse"),
    token: str = typer.Option("demo-inhouse-token", envvar="INHOUSE_EMULATOR_TOKEN", show_default=False),
    interval: float = typer.Option(15.0),
    oauth: bool = typer.Option(False, help="authenticate with OAuth 2.0 client credentials (the emulator's "
                                            "demo client) instead of the static bearer token"),
) -> None:
    """Connect the demo tenant to the in-house emulator (`szamlatar emulator inhouse`)."""
    from urllib.parse import urlsplit

    from services.ingest_pull.connection import OAuthClient, create_pull_connection
    from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING

    c = context(ctx)
    host = urlsplit(emulator).netloc
    create_pull_connection(c.db, c.settings, connection_id=connection_id, tenant=tenant,
                           pull={**DEMO_MAPPING, "list_url": f"{emulator.rstrip('/')}/api/v1/invoices"},
                           url_hosts=[host], allow_private=True,
                           authorization=None if oauth else f"Bearer {token}",
                           oauth=OAuthClient(f"{emulator.rstrip('/')}/oauth/token", "demo-pull-client",
                                             "demo-pull-secret", "invoices.read") if oauth else None,
                           interval_seconds=interval, site="budapest")
    typer.echo(f"pull connection {connection_id}: tenant {tenant} ← {emulator}")


@app.command("sso")
def sso(
    ctx: typer.Context,
    provider: str = typer.Option("http://127.0.0.1:18085", envvar="SZAMLATAR_OIDC_EMULATOR_URL",
                                 help="the local OpenID Connect provider (szamlatar emulator oidc)"),
    tenant: str = typer.Option("demo"),
    client_id: str = typer.Option("szamlatar-demo"),
    client_secret: str = typer.Option("demo-oidc-secret", envvar="SZAMLATAR_OIDC_EMULATOR_SECRET",
                                      show_default=False),
) -> None:
    """Let the demo tenant sign in with the local OpenID Connect provider, its groups mapped to roles and sites."""
    from services.adapters.oidc import OidcStore
    from services.core.enums import Role
    from szamlatar_dev.emulators.oidc.app import DEMO_GROUP_ROLES, DEMO_GROUP_SITES, DEMO_USERS

    c = context(ctx)
    saved = OidcStore(c.db, c.settings).save_provider(
        tenant=tenant, issuer=provider, client_id=client_id, client_secret=client_secret,
        group_roles={g: Role(r) for g, r in DEMO_GROUP_ROLES.items()}, group_sites=DEMO_GROUP_SITES,
        allow_private=True, now=datetime.now(UTC))
    c.audit(tenant=tenant, action="signin.oidc.changed", target=f"oidc:{provider}",
            details={"issuer": saved["issuer"], "client_id": client_id})
    typer.echo(f"company sign-in for tenant {tenant}: {provider} (test users: "
               f"{', '.join(u.username for u in DEMO_USERS)})")


@app.command("nav")
def nav_demo(
    ctx: typer.Context,
    api: str = typer.Option("http://127.0.0.1:8000"),
    nav: str = typer.Option("http://127.0.0.1:18083", envvar="SZAMLATAR_NAV_EMULATOR_URL",
                            help="the NAV emulator (szamlatar emulator nav --no-seed)"),
    tenant: str = typer.Option("demo"),
    wait: float = typer.Option(120.0, help="seconds to wait until the archive side is archived"),
) -> None:
    """Plant the demo's NAV gaps (demo/nav_gaps.py) and connect the demo tenant to the NAV emulator;
    the nav-sync service then syncs and reconciles March 2025, both directions."""
    import dataclasses

    import requests

    from services.adapters.admin import create_own_system_connection
    from services.adapters.connections import ConnectionRepo
    from services.nav.connection import create_nav_connection
    from szamlatar_dev.demo.nav_gaps import TAXPAYER, nav_gap_plan, plant

    c = context(ctx)
    settings, db = c.settings, c.db
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
    ConnectionRepo(db).set_fields("demo-nav", {"sync_from": plan.first_day.isoformat()})
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


@app.command("match-eval")
def match_eval(seed: int = typer.Option(1), clients: int = typer.Option(300), persons: int = typer.Option(60),
               invoices: int = typer.Option(800)) -> None:
    """Run the matcher over a generated, labelled reference set and print its quality."""
    from services.core.matching import snapshot
    from services.core.matching.evaluate import confirmations_from, evaluate
    from services.core.reference import RefKind, normalise_record
    from szamlatar_dev.demo.reference_set import generate_reference_set

    ref = generate_reference_set(seed=seed, clients=clients, persons=persons, invoices=invoices)
    snap = snapshot(normalise_record(RefKind(r["kind"]), "eval", r) for r in ref.records)
    kinds: dict[str, int] = {}
    for r in ref.records:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    typer.echo(f"reference set (seed {seed}): " + ", ".join(f"{v} {k}s" for k, v in sorted(kinds.items())))
    s = evaluate(ref.cases, snap)
    typer.echo(f"invoices: {s.cases} ({s.known} of known clients)")
    typer.echo(f"automatic matches: {s.auto}  precision {s.precision:.3f}  recall {s.recall:.3f}")
    typer.echo(f"review rate: {s.review_rate:.3f} ({s.review} ambiguous/weak), unmatched: {s.unmatched}")
    typer.echo(f"project linked correctly: {s.project_accuracy:.3f} ({s.projects_correct}/{s.projects}, "
               f"{s.projects_wrong} wrong)")
    half = len(ref.cases) // 2
    first, second = ref.cases[:half], ref.cases[half:]
    before = evaluate(second, snap)
    after = evaluate(second, snap, confirmations_from(first))
    typer.echo(f"learned (confirm the first {half}, measure the other {len(second)}):")
    typer.echo(f"  recall {before.recall:.3f} → {after.recall:.3f}, precision {before.precision:.3f} → "
               f"{after.precision:.3f}, review rate {before.review_rate:.3f} → {after.review_rate:.3f}, "
               f"project accuracy {before.project_accuracy:.3f} → {after.project_accuracy:.3f}")


@app.command("billing")
def billing(
    ctx: typer.Context,
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
    from services.core.enums import Role

    console = Console()
    c = context(ctx)
    api = api or f"http://127.0.0.1:{c.settings.api_port}"
    db = c.db
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
