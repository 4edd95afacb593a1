"""The sites an admin picks from (checkboxes on the user and webhook forms): the tenant's known sites —
those its connections, producers, users and subscriptions name — or, for a site-restricted admin, only
its own. A site not known yet is typed into the form's "other site" field."""

from __future__ import annotations

from collections.abc import Iterable

from services.app.connections import EVERY_KIND
from services.core.access import Principal
from services.web.deps import Ports


def known_sites(ports: Ports, principal: Principal) -> list[str]:
    if principal.sites:
        return sorted(principal.sites)
    found: set[str] = {"default"}
    for c in ports.billing.connections.list(kinds=EVERY_KIND, tenant=principal.tenant):
        found |= {str(c.doc.get("site") or ""), *(c.doc.get("sites") or ())}
    if ports.accounts is not None:
        for user in ports.accounts.users.list(principal.tenant):
            found |= set(user.get("sites") or ())
    for sub in ports.subscriptions.list(principal.tenant):
        found |= set(sub.get("sites") or ())
    return sorted(s for s in found if s)


def chosen_sites(ticked: Iterable[str] | None, other: str = "") -> list[str]:
    """The ticked sites and any typed in ``other``, in order, each once; a value may list several,
    comma-separated (the form's field before it had checkboxes, and a script's post)."""
    out: list[str] = []
    for site in ",".join([*(ticked or ()), other]).split(","):
        if site.strip() and site.strip() not in out:
            out.append(site.strip())
    return out
