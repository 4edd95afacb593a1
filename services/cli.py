"""``szamlatar`` — the one command line for everything, grouped by noun: ``szamlatar run PROCESS``
for the long-running processes, ``szamlatar nav …``, ``billing …``, ``token …`` and so on for the
rest. Each noun is a module of ``services/commands`` holding a typer app and its commands; the
commands share one lazily built context (``services/commands/context.py``).
"""

from __future__ import annotations

import typer

from services.commands import (
    audit,
    billing,
    client,
    connection,
    demo,
    dlq,
    emulator,
    imports,
    legacy,
    nav,
    parse,
    producer,
    pull,
    reference,
    run,
    stack,
    subscription,
    token,
    user,
    webhook,
)

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Számlatár invoice archive")

# In the order --help lists them: the processes, the ways in, the archive's own data, operations.
NOUNS = (run, imports, parse, billing, nav, pull, producer, connection, webhook, subscription, reference, client,
         token, user, dlq, audit, stack, emulator, demo)
for noun in NOUNS:
    app.add_typer(noun.app)
legacy.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
