"""``szamlatar emulator …`` and ``szamlatar demo …``: registered into the ``szamlatar`` command line
by ``register``, the ``szamlatar.commands`` entry point of this distribution."""

from __future__ import annotations

import typer

from services.commands import billing, pull, reference, user
from services.commands.legacy import alias
from szamlatar_dev.commands import demo, emulator

# Old names of these commands, hidden, for one release (as services/commands/legacy.py for the rest).
OLD_NAMES: dict[str, tuple[typer.Typer, str]] = {
    "nav-emulator": (emulator.app, "nav"),
    "nav-demo": (demo.app, "nav"),
    "match-eval": (demo.app, "match-eval"),
}
OLD_SUBCOMMANDS: dict[tuple[typer.Typer, str], tuple[typer.Typer, str]] = {
    (pull.app, "demo"): (demo.app, "pull"),
    (reference.app, "demo"): (demo.app, "reference"),
    (billing.app, "demo"): (demo.app, "billing"),
    (user.app, "demo"): (demo.app, "users"),
}


def register(root: typer.Typer) -> None:
    root.add_typer(emulator.app)
    root.add_typer(demo.app)
    for old, (app, new) in OLD_NAMES.items():
        alias(root, old, app, new)
    for (parent, old), (app, new) in OLD_SUBCOMMANDS.items():
        alias(parent, old, app, new)
