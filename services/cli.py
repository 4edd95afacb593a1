"""``szamlatar`` — the one command line for everything, grouped by noun: ``szamlatar run PROCESS``
for the long-running processes, ``szamlatar nav …``, ``billing …``, ``token …`` and so on for the
rest. Each noun is a module of ``services/commands`` holding a typer app and its commands; the
commands share one lazily built context (``services/commands/context.py``). The emulators and the
demo data come from the development kit (``dev/``) when it is installed.
"""

from __future__ import annotations

import typer

from services.commands import (
    audit,
    billing,
    client,
    clients,
    connection,
    dlq,
    evidence,
    imports,
    index,
    keys,
    legacy,
    nav,
    parse,
    producer,
    pull,
    reference,
    retention,
    run,
    scrub,
    signin,
    stack,
    subscription,
    timestamp,
    token,
    user,
    webhook,
)

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Számlatár invoice archive")

# In the order --help lists them: the processes, the ways in, the archive's own data, operations.
NOUNS = (run, imports, parse, billing, nav, pull, producer, connection, webhook, subscription, reference, client,
         clients, token, user, signin, dlq, audit, timestamp, scrub, evidence, retention, keys, index, stack)
for noun in NOUNS:
    app.add_typer(noun.app)
legacy.register(app)

# Commands of other installed distributions join here: the development kit (dev/, installed by
# `uv sync`, never in the production wheel) adds `szamlatar emulator …` and `szamlatar demo …`.
# An entry-point group, so that the product names no package it does not ship.
PLUGINS = "szamlatar.commands"


def _register_plugins(root: typer.Typer) -> None:
    from importlib.metadata import entry_points

    for plugin in entry_points(group=PLUGINS):
        plugin.load()(root)


_register_plugins(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
