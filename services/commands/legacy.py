"""The command names from before the CLI was grouped by noun, hidden and kept for one release so
that scripts, unit files and compose files written against them keep working; each says its new
name when run (a deprecation line on stderr). Delete this module, its call in ``services/cli.py``
and the development kit's own old names (``dev/``) in the release after.
"""

from __future__ import annotations

import typer

from services.commands import billing, nav, pull, run

# old name → (the app it now lives in, its name there); all at the top level unless nested below.
OLD_NAMES: dict[str, tuple[typer.Typer, str]] = {
    "api": (run.app, "api"),
    "worker": (run.app, "worker"),
    "downstream": (run.app, "downstream"),
    "status-sync": (run.app, "status-sync"),
    "billingo-poller": (run.app, "billingo-poller"),
    "nav-sync-service": (run.app, "nav-sync"),
    "import-watch": (run.app, "import-watch"),
    "import-s3-inbox": (run.app, "s3-inbox"),
    "backfill": (billing.app, "backfill"),
    "nav-connect": (nav.app, "connect"),
    "nav-sync": (nav.app, "sync"),
    "nav-digest": (nav.app, "digest"),
    "reconcile": (nav.app, "reconcile"),
}
# (app, old sub-command name) → (the app it now lives in, its name there)
OLD_SUBCOMMANDS: dict[tuple[typer.Typer, str], tuple[typer.Typer, str]] = {
    (pull.app, "run"): (run.app, "pull-poller"),
}


def alias(parent: typer.Typer, old: str, app: typer.Typer, new: str) -> None:
    """Register ``app``'s command ``new`` under ``parent`` as ``old`` too: hidden, the same options,
    and a line on stderr naming the new command when it is used."""
    info = next(c for c in app.registered_commands if c.name == new)
    assert info.callback is not None
    # typer annotates `deprecated` as a bool; the click it runs on prints a string after its warning.
    parent.command(old, hidden=True, deprecated=f"Use `szamlatar {app.info.name} {new}`.",  # type: ignore[arg-type]
                   context_settings=info.context_settings)(info.callback)


def register(root: typer.Typer) -> None:
    for old, (app, new) in OLD_NAMES.items():
        alias(root, old, app, new)
    for (parent, old), (app, new) in OLD_SUBCOMMANDS.items():
        alias(parent, old, app, new)
