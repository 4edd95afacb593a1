"""``szamlatar match-eval`` (precision / recall of automatic matches, review rate, learned
effect on a generated reference set) and ``szamlatar reference import KIND FILE`` (CSV)."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    register_downstream(app)
    reference = typer.Typer(help="Reference data (clients, projects, contracts, orders, …).", no_args_is_help=True)
    app.add_typer(reference, name="reference")

    @app.command("match-eval")
    def match_eval(seed: int = typer.Option(1), clients: int = typer.Option(300), persons: int = typer.Option(60),
                   invoices: int = typer.Option(800)) -> None:
        """Run the matcher over a generated, labelled reference set and print its quality."""
        from services.core.matching import snapshot
        from services.core.matching.evaluate import confirmations_from, evaluate
        from services.core.reference import RefKind, normalise_record
        from services.demo.reference_set import generate_reference_set

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

    @reference.command("import")
    def reference_import(kind: str, file: Path, tenant: str = typer.Option(...),
                         site: str = typer.Option("default")) -> None:
        """Import a CSV (header row; ';' or ','; lists separated by '|') into the tenant's reference data (audited)."""
        from services.adapters.admin import audit_cli
        from services.adapters.mongo import connect
        from services.adapters.reference_repo import ReferenceRepo
        from services.adapters.settings import load_settings
        from services.core.reference import RefKind, records_from_csv

        records = records_from_csv(RefKind(kind), tenant, file.read_text(encoding="utf-8-sig"), site)
        db = connect(load_settings())
        n = ReferenceRepo(db).upsert_many(tenant, records)
        # As the API's CSV import writes it (routes/reference.py).
        audit_cli(db, tenant=tenant, action="reference.csv_imported", target=kind,
                  details={"count": n, "ids": [r["id"] for r in records[:50]]})
        typer.echo(f"{n} {kind} records upserted for {tenant}")


    @reference.command("demo")
    def reference_demo(tenant: str = typer.Option("demo"), count: int = typer.Option(12, help="as in demo seed"),
                       site: str = typer.Option("budapest")) -> None:
        """Clients, projects, contracts and orders for the demo tenant, matching `szamlatar demo seed`'s invoices
        (run it first so they are matched on arrival)."""
        from services.adapters.mongo import connect
        from services.adapters.reference_repo import ReferenceRepo, RuleRepo
        from services.adapters.settings import load_settings
        from services.core.reference import RefKind, normalise_record
        from services.core.rules import validate_rule
        from services.demo.own_system import demo_book
        from services.demo.reference_demo import DEMO_APPROVAL_RULE, demo_reference_records

        db = connect(load_settings())
        repo = ReferenceRepo(db)
        for kind, records in demo_reference_records(demo_book(count), site).items():
            n = repo.upsert_many(tenant, [normalise_record(RefKind(kind), tenant, r, site) for r in records])
            typer.echo(f"  {n} {kind} records for {tenant}")
        rule = validate_rule(DEMO_APPROVAL_RULE)
        if RuleRepo(db).get(tenant, rule["id"]) is None:  # a second `make run` keeps the admin's edits
            RuleRepo(db).save(tenant, rule, actor="demo")
        typer.echo(f"  rule {rule['id']}: {rule['name']}")


def register_downstream(app: typer.Typer) -> None:
    @app.command()
    def downstream(port: int = typer.Option(None, help="health/metrics port; default SZAMLATAR_DOWNSTREAM_PORT "
                                                       "or API port + 2"),
                   host: str = typer.Option("127.0.0.1", help="interface for /healthz and /metrics")) -> None:
        """Run the downstream triggers (invoice.linked, certificates, outbound webhooks) and reference intake."""
        from services.adapters.logging import configure_logging
        from services.adapters.settings import load_settings
        from services.downstream.worker import serve

        configure_logging()
        settings = load_settings()
        serve(settings, port or settings.downstream_port or settings.api_port + 2, host=host)
