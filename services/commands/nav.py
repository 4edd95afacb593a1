"""``szamlatar nav-emulator`` and ``szamlatar nav-digest``.

Top-level commands rather than an ``emulator`` sub-app, because ``services/commands/emulator.py``
owns that name. Credentials come from options or ``NAV_*`` variables (typer reads them here, at the
CLI edge); the defaults are the emulator's demo technical user, so both commands work together
with no setup.
"""

from __future__ import annotations

import typer

# The emulator's demo user (services/emulators/nav/app.py DEMO_USER); repeated here so that
# loading the CLI does not import FastAPI.
_DEMO_LOGIN = "szamlatardemo01"
_DEMO_PASSWORD = "demo-password"
_DEMO_SIGNATURE_KEY = "demo-signature-key-000000000000"
_DEMO_EXCHANGE_KEY = "DEMOEXCHANGEKEY1"
_DEMO_TAX_NUMBER = "12345678"


def register(app: typer.Typer) -> None:
    @app.command("nav-emulator")
    def nav_emulator(
        port: int = typer.Option(8085, help="port to listen on"),
        host: str = typer.Option("127.0.0.1", help="address to bind"),
        tax_number: str = typer.Option(_DEMO_TAX_NUMBER, help="taxpayer the seeded May 2021 invoices belong to"),
        seed: bool = typer.Option(True, help="start with a month of invoices issued and received by the taxpayer"),
        page_size: int = typer.Option(100, help="digests per page"),
    ) -> None:
        """Run the NAV Online Számla 3.0 emulator (tokenExchange, queryInvoiceDigest, queryInvoiceData)."""
        import uvicorn

        from services.emulators.nav.app import DEMO_USER, EmulatorSettings, TechnicalUser, create_app

        user = DEMO_USER
        if tax_number != DEMO_USER.tax_number:
            user = TechnicalUser(
                DEMO_USER.login, DEMO_USER.password_hash, tax_number, DEMO_USER.signature_key,
                DEMO_USER.exchange_key,
            )
        settings = EmulatorSettings(
            users=(user,), page_size=page_size, seed_tax_number=tax_number if seed else None
        )
        typer.echo(
            f"NAV emulator on http://{host}:{port}/invoiceService/v3 — technical user {user.login}, "
            f"tax number {tax_number}; admin at /_emulator/invoices"
        )
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")

    @app.command("nav-digest")
    def nav_digest(
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
            for digest in client.iter_digests_by_issue_date(start, end, wanted):
                count += 1
                outbound = wanted is Direction.OUTGOING
                other = digest.customer_tax_number if outbound else digest.supplier_tax_number
                net = digest.invoice_net_amount
                amount = "" if net is None else f"{net} {digest.currency or ''}"
                batch = f"#{digest.batch_index}" if digest.batch_index is not None else ""
                typer.echo(
                    f"{digest.invoice_issue_date}  {digest.invoice_number}{batch}  {digest.invoice_operation:<6}  "
                    f"{other or '-':<8}  {amount.strip()}"
                )
        except SzamlatarError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from exc
        finally:
            client.close()
        typer.echo(f"{count} invoice(s)")
