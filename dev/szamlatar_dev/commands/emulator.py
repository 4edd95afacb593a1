"""``szamlatar emulator billingo|szamlazz|inhouse|nav|oidc`` — the SaaS and in-house systems Számlatár
talks to, emulated for tests and ``make run``.

Heavy modules (Starlette, uvicorn, reportlab) are imported inside the commands so that loading
the CLI stays fast for every other command.
"""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(name="emulator", no_args_is_help=True,
                  help="Run an emulator: Billingo, Számlázz.hu, an in-house system, NAV, an OpenID Connect "
                       "provider (tests and demo only).")


@app.command("billingo")
def billingo(
    port: int = typer.Option(..., help="TCP port to listen on"),
    host: str = typer.Option("127.0.0.1", help="Interface to bind"),
    seed: int = typer.Option(1, help="Seed of the demo data"),
    invoices: int = typer.Option(24, help="Number of demo documents"),
    read_key: str = typer.Option("demo-read-key", envvar="BILLINGO_EMULATOR_READ_KEY", help="Read-scope API key"),
    write_key: str = typer.Option("demo-write-key", envvar="BILLINGO_EMULATOR_WRITE_KEY", help="Write-scope API key"),
    rate_limit: int = typer.Option(300, help="Requests per minute per key"),
) -> None:
    """Billingo API v3 emulator at http://HOST:PORT/v3 (admin routes under /_emulator)."""
    import uvicorn

    from szamlatar_dev.emulators.billingo.app import create_app
    from szamlatar_dev.emulators.billingo.state import ApiKey, BillingoState
    from szamlatar_dev.emulators.demo_data import generate_demo

    state = BillingoState([ApiKey(read_key, write=False), ApiKey(write_key)], rate_limit=rate_limit)
    state.load_demo(generate_demo(seed=seed, invoices=invoices))
    uvicorn.run(create_app(state), host=host, port=port, log_level="warning")


@app.command("szamlazz")
def szamlazz(
    port: int = typer.Option(..., help="TCP port to listen on"),
    host: str = typer.Option("127.0.0.1", help="Interface to bind"),
    seed: int = typer.Option(1, help="Seed of the demo data"),
    invoices: int = typer.Option(24, help="Number of demo invoices"),
    agent_key: str = typer.Option("demo-agent-key", envvar="SZAMLA_AGENT_EMULATOR_KEY", help="Accepted agent key"),
    push_url: str | None = typer.Option(None, help="Pénzügyi adatkapcsolat receiver URL"),
    push_key: str = typer.Option("", envvar="SZAMLA_AGENT_EMULATOR_PUSH_KEY", help="X-Szamlazzhu-Key to send"),
) -> None:
    """Számla Agent emulator at http://HOST:PORT/szamla/ (admin routes under /_emulator)."""
    import uvicorn

    from szamlatar_dev.emulators.demo_data import generate_demo
    from szamlatar_dev.emulators.szamla_agent.app import create_app
    from szamlatar_dev.emulators.szamla_agent.push import PushDispatcher, PushTarget
    from szamlatar_dev.emulators.szamla_agent.state import AgentState

    push = PushDispatcher()
    if push_url:
        push.target = PushTarget(push_url, push_key)
    push.start()
    state = AgentState({agent_key}, push)
    state.load_demo(generate_demo(seed=seed, invoices=invoices))
    uvicorn.run(create_app(state), host=host, port=port, log_level="warning")


@app.command("inhouse")
def inhouse(
    port: int = typer.Option(..., help="TCP port to listen on"),
    host: str = typer.Option("127.0.0.1", help="Interface to bind"),
    invoices: int = typer.Option(24, help="Number of demo invoices"),
    seed: int = typer.Option(3, help="Seed of the demo data"),
    token: str = typer.Option("demo-inhouse-token", envvar="INHOUSE_EMULATOR_TOKEN", help="Accepted bearer token"),
    pdf_delay: float = typer.Option(0.0, help="seconds every PDF download takes (crash tests)"),
    oauth_client: list[str] = typer.Option(["demo-pull-client:demo-pull-secret"],  # noqa: B008
                                           help="client_id:secret accepted at POST /oauth/token (repeat)"),
    token_lifetime: float = typer.Option(3600.0, help="seconds an OAuth access token lives"),
) -> None:
    """In-house billing system: GET /api/v1/invoices?updated_since=&limit= and /files/<id>.pdf, a static
    bearer token or OAuth 2.0 client credentials (POST /oauth/token)."""
    import uvicorn

    from szamlatar_dev.emulators.inhouse.app import InhouseState, create_app

    clients = dict(pair.split(":", 1) for pair in oauth_client if ":" in pair)
    state = InhouseState(token=token, pdf_delay=pdf_delay, oauth_clients=clients, token_lifetime=token_lifetime)
    state.add(invoices, seed)
    uvicorn.run(create_app(state), host=host, port=port, log_level="warning")


@app.command("nav")
def nav(
    port: int = typer.Option(8085, help="port to listen on"),
    host: str = typer.Option("127.0.0.1", help="address to bind"),
    tax_number: str = typer.Option("12345678", help="taxpayer the seeded May 2021 invoices belong to"),
    seed: bool = typer.Option(True, help="start with a month of invoices issued and received by the taxpayer"),
    page_size: int = typer.Option(100, help="digests per page"),
) -> None:
    """Run the NAV Online Számla 3.0 emulator (tokenExchange, queryInvoiceDigest, queryInvoiceData)."""
    import uvicorn

    from szamlatar_dev.emulators.nav.app import DEMO_USER, EmulatorSettings, TechnicalUser, create_app

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


@app.command("oidc")
def oidc(
    port: int = typer.Option(..., help="TCP port to listen on"),
    host: str = typer.Option("127.0.0.1", help="Interface to bind"),
    issuer: str = typer.Option("", help="issuer URL (default http://HOST:PORT)"),
    client: list[str] = typer.Option(["szamlatar-demo:demo-oidc-secret"],  # noqa: B008
                                     help="client_id:secret of a relying party (repeat)"),
    token_lifetime: float = typer.Option(300.0, help="seconds an ID token is valid"),
) -> None:
    """A local OpenID Connect provider: discovery, JWKS, a form to pick a test user with groups, token."""
    import uvicorn

    from szamlatar_dev.emulators.oidc.app import IdpState, create_app

    state = IdpState(issuer=(issuer or f"http://{host}:{port}").rstrip("/"),
                     clients=dict(pair.split(":", 1) for pair in client if ":" in pair), token_lifetime=token_lifetime)
    typer.echo(f"OpenID Connect test provider {state.issuer} — clients {', '.join(state.clients)}")
    uvicorn.run(create_app(state), host=host, port=port, log_level="warning")


@app.command("tsa")
def tsa(
    port: int = typer.Option(..., help="TCP port to listen on"),
    host: str = typer.Option("127.0.0.1", help="Interface to bind"),
    directory: Path = typer.Option(..., "--dir", help="state directory for its key and certificates (made "  # noqa: B008
                                                      "at first start; chain.pem is the trust anchor)"),
) -> None:
    """A local RFC 3161 time-stamping authority at http://HOST:PORT/ (not qualified: tests and demo only)."""
    import uvicorn

    from szamlatar_dev.tsa import create_app, ensure_material

    material = ensure_material(directory)
    typer.echo(f"local TSA on http://{host}:{port}/ — trust anchor {directory / 'chain.pem'}")
    uvicorn.run(create_app(material), host=host, port=port, log_level="warning")
