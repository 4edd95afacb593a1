"""``szamlatar reference import KIND FILE`` — a tenant's reference data (clients, projects, contracts,
orders, …) from CSV, as the API's CSV import does it."""

from __future__ import annotations

from pathlib import Path

import typer

from services.commands.context import context

app = typer.Typer(name="reference", help="Reference data (clients, projects, contracts, orders, …).",
                  no_args_is_help=True)


@app.command("import")
def import_csv(ctx: typer.Context, kind: str, file: Path, tenant: str = typer.Option(...),
               site: str = typer.Option("default")) -> None:
    """Import a CSV (header row; ';' or ','; lists separated by '|') into the tenant's reference data (audited)."""
    from services.adapters.reference_repo import ReferenceRepo
    from services.core.reference import RefKind, records_from_csv

    records = records_from_csv(RefKind(kind), tenant, file.read_text(encoding="utf-8-sig"), site)
    c = context(ctx)
    n = ReferenceRepo(c.db).upsert_many(tenant, records)
    # As the API's CSV import writes it (routes/reference.py).
    c.audit(tenant=tenant, action="reference.csv_imported", target=kind,
            details={"count": n, "ids": [r["id"] for r in records[:50]]})
    typer.echo(f"{n} {kind} records upserted for {tenant}")
