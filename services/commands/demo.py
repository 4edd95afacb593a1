"""``szamlatar demo seed`` — demo clients, a connection, a token, and invoices through the webhook."""

from __future__ import annotations

import time

import typer


def register(app: typer.Typer) -> None:
    demo = typer.Typer(help="Demo data.", no_args_is_help=True)
    app.add_typer(demo, name="demo")

    @demo.command("seed")
    def seed(api: str = typer.Option("http://127.0.0.1:8000"), count: int = typer.Option(12),
             tenant: str = "demo", wait: float = typer.Option(120.0, help="seconds to wait until searchable"),
             token_file: str = typer.Option(None, help="write the demo token here")) -> None:
        """Feed Hungarian demo invoices (PDFs generated here) through the signed webhook."""
        import requests
        from rich.progress import track

        from services.adapters.admin import create_own_system_connection, create_token, upsert_client
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings
        from services.adapters.webhook_client import post_signed, webhook_body
        from services.core.enums import Role
        from services.demo.own_system import demo_book, demo_documents, invoice_metadata

        settings = load_settings()
        db = connect(settings)
        book = demo_book(count)
        for i, partner in enumerate(book.partners):
            if partner.tax_number:
                upsert_client(db, tenant=tenant, client_id=f"client-{i + 1:03d}", name=partner.name,
                              tax_number=partner.tax_number)
        secret = create_own_system_connection(db, settings, connection_id="demo-erp", tenant=tenant,
                                              site="budapest")
        token = create_token(db, tenant=tenant, role=Role.ADMIN, name="demo")
        session = requests.Session()
        url = f"{api}/api/v1/webhooks/demo-erp"
        first = None
        for inv, pdf in track(demo_documents(book), description="posting demo invoices"):
            body = webhook_body(f"erp-{inv.id}", pdf, filename=f"{inv.number.replace('/', '_')}.pdf",
                                invoice=invoice_metadata(inv))
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
