"""``szamlatar subscription create|list|delete`` — outbound webhook subscriptions (the same as
``/api/v1/subscriptions``): the secret is printed once, stored encrypted."""

from __future__ import annotations

import typer

from services.commands.context import context

app = typer.Typer(name="subscription", help="Outbound webhook subscriptions (invoice.linked, rule.notify).",
                  no_args_is_help=True)


@app.command("create")
def create(ctx: typer.Context, url: str, tenant: str = typer.Option(...),
           event: list[str] = typer.Option(["invoice.linked"], help="invoice.linked and/or rule.notify"),  # noqa: B008
           site: list[str] = typer.Option([], help="only invoices of these sites (default: every site)"),  # noqa: B008
           sub_id: str = typer.Option(None, "--id"), description: str = typer.Option("")) -> None:
    """Create a subscription and print its signing secret (shown only now)."""
    from services.adapters.admin import cli_actor
    from services.adapters.reference_repo import SubscriptionRepo
    from services.adapters.subscriptions import create_subscription
    from services.core.errors import Rejected
    from services.core.subscriptions import validate_subscription

    c = context(ctx)
    allowlist = c.billing.url_allowlist
    body = {"url": url, "events": list(event), "sites": list(site), "description": description,
            **({"id": sub_id} if sub_id else {})}
    try:
        fields = validate_subscription(body, http_prefixes=allowlist)
        doc, secret = create_subscription(SubscriptionRepo(c.db), c.settings, tenant=tenant, fields=fields,
                                          actor=cli_actor(), url_allowlist=allowlist)
    except Rejected as exc:  # a bad field, or the URL policy (reason url_refused)
        typer.echo(f"refused ({exc.reason.value}): {exc.message}", err=True)
        raise typer.Exit(2) from exc
    c.audit(tenant=tenant, action="subscription.created", target=doc["id"],  # as the API writes it
            details={"url": doc["url"], "events": doc["events"]})
    typer.echo(f"subscription {doc['id']}: {doc['url']} ({', '.join(doc['events'])})")
    typer.echo(f"secret (shown once): {secret}")


@app.command("list")
def list_(ctx: typer.Context, tenant: str = typer.Option(...)) -> None:
    """The tenant's subscriptions (no secrets)."""
    from services.adapters.reference_repo import SubscriptionRepo

    for doc in SubscriptionRepo(context(ctx).db).list(tenant):
        state = "active" if doc.get("active", True) else "inactive"
        events, sites = ",".join(doc.get("events") or []), ",".join(doc.get("sites") or []) or "*"
        typer.echo(f"{doc.get('id') or doc['_id']}\t{doc['url']}\t{events}\t{sites}\t{state}")


@app.command("delete")
def delete(ctx: typer.Context, sub_id: str, tenant: str = typer.Option(...)) -> None:
    from services.adapters.reference_repo import SubscriptionRepo

    c = context(ctx)
    if not SubscriptionRepo(c.db).delete(tenant, sub_id):
        typer.echo(f"no subscription {sub_id}", err=True)
        raise typer.Exit(1)
    c.audit(tenant=tenant, action="subscription.deleted", target=sub_id, details={})
    typer.echo(f"deleted {sub_id}")
