"""``szamlatar`` — the one command line for everything.

Each module in ``services/commands`` exposes ``register(app: typer.Typer) -> None``; they are
loaded here so that a new command is a new file, not an edit to a shared one.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer

from services import commands

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Számlatár invoice archive")


def _register_commands() -> None:
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
