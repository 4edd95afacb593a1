"""``szamlatar emulator billingo|szamlazz``: run a billing-system emulator for tests and demos.

Heavy modules (Starlette, uvicorn, reportlab) are imported inside the commands so that loading
the CLI stays fast for every other command.
"""

from __future__ import annotations

import typer

emulator_app = typer.Typer(no_args_is_help=True, help="Run Billingo / Számlázz.hu emulators (test use only).")


@emulator_app.command("billingo")
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

    from services.emulators.billingo.app import create_app
    from services.emulators.billingo.state import ApiKey, BillingoState
    from services.emulators.demo_data import generate_demo

    state = BillingoState([ApiKey(read_key, write=False), ApiKey(write_key)], rate_limit=rate_limit)
    state.load_demo(generate_demo(seed=seed, invoices=invoices))
    uvicorn.run(create_app(state), host=host, port=port, log_level="warning")


@emulator_app.command("szamlazz")
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

    from services.emulators.demo_data import generate_demo
    from services.emulators.szamla_agent.app import create_app
    from services.emulators.szamla_agent.push import PushDispatcher, PushTarget
    from services.emulators.szamla_agent.state import AgentState

    push = PushDispatcher()
    if push_url:
        push.target = PushTarget(push_url, push_key)
    push.start()
    state = AgentState({agent_key}, push)
    state.load_demo(generate_demo(seed=seed, invoices=invoices))
    uvicorn.run(create_app(state), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.add_typer(emulator_app, name="emulator")
