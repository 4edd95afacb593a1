"""``szamlatar user create`` / ``szamlatar user demo`` — UI users (scrypt-hashed passwords)."""

from __future__ import annotations

import shlex
import sys
from typing import Annotated

import typer

DEMO_USERS = (  # username, role, sites, display name
    ("demo", "admin", (), "Demo Adminisztrátor"),
    ("konyvelo", "finance", (), "Kiss Könyvelő"),
    ("auditor", "auditor", (), "Auditor Anna"),
    ("debrecen", "viewer", ("debrecen",), "Debreceni Megtekintő"),
)
DEMO_PASSWORD = "szamlatar-demo"


def register(app: typer.Typer) -> None:
    user = typer.Typer(help="Web UI users.", no_args_is_help=True)
    app.add_typer(user, name="user")

    @user.command("create")
    def create(
        tenant: str = typer.Option(..., help="the tenant (organisation) the user belongs to"),
        username: str = typer.Option(...),
        role: str = typer.Option(..., help="admin, finance, viewer, auditor or service"),
        site: Annotated[list[str] | None, typer.Option("--site", help="limit to a site (repeatable)")] = None,
        display_name: str = typer.Option(None),
        language: str = typer.Option("hu", help="hu or en"),
        password_stdin: bool = typer.Option(False, help="read the password from the first line of stdin"),
    ) -> None:
        """Create (or replace) a UI user; the password is asked for, or read from stdin (audited)."""
        from services.adapters.admin import audit_cli
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings
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
        db = connect(load_settings())
        try:
            existed = UserRepo(db).get(tenant, validate_username(username)) is not None
            created = create_user(db, tenant=tenant, username=username, password=password,
                                  role=role_value, sites=tuple(site or ()), display_name=display_name,
                                  language=language)
        except ValueError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(2) from None
        # The action names the UI's user form writes ("user.create"); a replaced user is a change.
        audit_cli(db, tenant=tenant, action="user.change" if existed else "user.create",
                  target=f"user:{created['username']}", details={"role": created["role"], "sites": created["sites"]})
        scope = ", ".join(created["sites"]) or "every site"
        typer.echo(f"user {created['username']} ({created['role']}, {scope}) in tenant {tenant}")

    @user.command("demo")
    def demo(tenant: str = "demo",
             login_file: str = typer.Option(None, help="write the demo logins here (for the banner)")) -> None:
        """The demo users of ``make run``: an admin, a finance user, an auditor and a Debrecen-only viewer."""
        from services.adapters.mongo import connect
        from services.adapters.settings import load_settings
        from services.adapters.users import create_user
        from services.core.enums import Role

        db = connect(load_settings())
        lines = []
        for username, role, sites, name in DEMO_USERS:
            create_user(db, tenant=tenant, username=username, password=DEMO_PASSWORD, role=Role(role), sites=sites,
                        display_name=name)
            lines.append(f"{username:<10} {role:<8} {', '.join(sites) or 'every site'}")
        typer.echo(f"demo UI users in tenant {tenant}, password {DEMO_PASSWORD}:\n  " + "\n  ".join(lines))
        if login_file:
            with open(login_file, "w", encoding="utf-8") as fh:
                users = " ".join(u for u, *_ in DEMO_USERS)  # a shell-sourceable file (banner.sh)
                fh.write(f"tenant={shlex.quote(tenant)}\nusers={shlex.quote(users)}\n"
                         f"password={shlex.quote(DEMO_PASSWORD)}\n")
