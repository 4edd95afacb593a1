"""``szamlatar user create`` — UI users (scrypt-hashed passwords)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from services.commands.context import context

app = typer.Typer(name="user", help="Web UI users.", no_args_is_help=True)


@app.command("create")
def create(
    ctx: typer.Context,
    tenant: str = typer.Option(..., help="the tenant (organisation) the user belongs to"),
    username: str = typer.Option(...),
    role: str = typer.Option(..., help="admin, finance, viewer, auditor or service"),
    site: Annotated[list[str] | None, typer.Option("--site", help="limit to a site (repeatable)")] = None,
    display_name: str = typer.Option(None),
    language: str = typer.Option("hu", help="hu or en"),
    password_stdin: bool = typer.Option(False, help="read the password from the first line of stdin"),
) -> None:
    """Create (or replace) a UI user; the password is asked for, or read from stdin (audited)."""
    from services.adapters.users import UserRepo, create_user, validate_username
    from services.core.enums import Role

    try:
        role_value = Role(role)
    except ValueError:
        typer.echo(f"unknown role {role!r}: one of {', '.join(r.value for r in Role)}", err=True)
        raise typer.Exit(2) from None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    c = context(ctx)
    db = c.db
    try:
        existed = UserRepo(db).get(tenant, validate_username(username)) is not None
        created = create_user(db, tenant=tenant, username=username, password=password,
                              role=role_value, sites=tuple(site or ()), display_name=display_name,
                              language=language)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    # The action names the UI's user form writes ("user.create"); a replaced user is a change.
    c.audit(tenant=tenant, action="user.change" if existed else "user.create",
            target=f"user:{created['username']}", details={"role": created["role"], "sites": created["sites"]})
    scope = ", ".join(created["sites"]) or "every site"
    typer.echo(f"user {created['username']} ({created['role']}, {scope}) in tenant {tenant}")
