"""Outbound webhook subscriptions, one set of use cases for every door: the JSON API
(``/api/v1/subscriptions``, ``web/routes/subscriptions.py``) and the admin's Kimenő webhookok page
(``web/ui/pages/webhooks.py``) call these, so a subscription is validated, stored and audited the same
whichever way it came (the CLI, ``szamlatar subscription``, calls the same adapter and writes the
same audit actions).

A site-restricted admin sees and changes only subscriptions whose sites are all its own
(``Principal.covers``); one for every site needs an admin without a site limit. The signing secret
is answered once, at creation. The delivery log is read a page at a time, and a failed delivery is
sent again at most once (``adapters/webhook_deliveries.py``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from services.app.ports import AuditLog
from services.core.access import Principal
from services.core.errors import ConflictError, NotFoundError, ReasonCode, UnsupportedOperationError
from services.core.subscriptions import public_subscription, validate_subscription

Doc = dict[str, Any]
PAGE, MAX_PAGE = 25, 100  # delivery log entries per page: by default, at most


class SubscriptionStore(Protocol):
    """``adapters/reference_repo.SubscriptionRepo``."""

    def put(self, sub: Doc) -> None: ...
    def get(self, tenant: str, sub_id: str) -> Doc | None: ...
    def delete(self, tenant: str, sub_id: str) -> bool: ...
    def list(self, tenant: str) -> list[Doc]: ...


class Replayed(Protocol):
    """``adapters/dlq.ReplayResult``: the outcome (``replayed``, ``already_replayed``, ``failed``, …) and why."""

    @property
    def outcome(self) -> str: ...
    @property
    def error(self) -> str: ...


class DeliveryLog(Protocol):
    """``adapters/webhook_deliveries.WebhookDeliveries``, its replay bound to the app's publisher and URL policy."""

    def page(self, tenant: str, subscription: str, *, before: str = "", limit: int = PAGE) -> tuple[list[Doc], str]: ...
    def get(self, tenant: str, entry: str) -> Doc | None: ...


@dataclass(frozen=True)
class SubscriptionPorts:
    """What the subscription use cases reach (the web app builds it: ``web/deps.subscription_ports``)."""

    subscriptions: SubscriptionStore
    audit: AuditLog
    create: Callable[[str, Doc, str], tuple[Doc, str]]  # tenant, fields, actor → stored doc, plain secret
    check_url: Callable[[str], None]  # UrlRefusedError unless the URL may receive deliveries now
    require_sites: Callable[[Principal, Iterable[str]], None]  # ForbiddenError beyond the principal's sites
    deliveries: DeliveryLog | None = None
    replay: Callable[[Doc], Replayed] | None = None  # a failed log entry sent again
    url_allowlist: tuple[str, ...] = ()


def _audit(ports: SubscriptionPorts, principal: Principal, action: str, target: str, details: Doc) -> None:
    ports.audit.append(tenant=principal.tenant, actor=principal.subject, action=action, target=target,
                       details=details)


def visible(ports: SubscriptionPorts, principal: Principal, sub_id: str) -> Doc:
    """A subscription of the principal's tenant whose sites it covers; else ``NotFoundError``."""
    doc = ports.subscriptions.get(principal.tenant, sub_id)
    # stored before subscriptions had sites: every site
    if doc is None or not principal.covers(doc.get("sites") or ()):
        raise NotFoundError(f"no subscription {sub_id!r}")
    return doc


def list_subscriptions(ports: SubscriptionPorts, principal: Principal) -> list[Doc]:
    """The tenant's subscriptions this principal manages, as shown (never a secret)."""
    return [public_subscription(d) for d in ports.subscriptions.list(principal.tenant)
            if principal.covers(d.get("sites") or ())]


def create(ports: SubscriptionPorts, principal: Principal, body: Mapping[str, Any]) -> Doc:
    """A new subscription: ``{subscription, secret}`` — the secret exists nowhere else in plain text."""
    fields = validate_subscription(dict(body), http_prefixes=ports.url_allowlist)
    ports.require_sites(principal, fields["sites"])
    if fields.get("id") and ports.subscriptions.get(principal.tenant, fields["id"]) is not None:
        raise ConflictError(f"subscription {fields['id']!r} exists", reason=ReasonCode.EXISTS)
    doc, secret = ports.create(principal.tenant, fields, principal.subject)
    _audit(ports, principal, "subscription.created", doc["id"],
           {"url": doc["url"], "events": doc["events"], "sites": doc["sites"]})
    return {"subscription": public_subscription(doc), "secret": secret}


def change(ports: SubscriptionPorts, principal: Principal, sub_id: str, body: Mapping[str, Any]) -> Doc:
    """Change a subscription's URL, events, sites, description or ``active`` (disable / enable); its
    id and secret stay. A new URL passes the URL policy as at creation."""
    doc = visible(ports, principal, sub_id)
    if "id" in body:
        raise UnsupportedOperationError("a subscription's id cannot change")
    merged = {k: doc[k] for k in ("url", "events", "sites", "description", "active") if k in doc} | dict(body)
    fields = validate_subscription(merged, http_prefixes=ports.url_allowlist)
    ports.require_sites(principal, fields["sites"])
    if fields["url"] != doc.get("url"):
        ports.check_url(fields["url"])
    changed = sorted(k for k, v in fields.items() if doc.get(k, True if k == "active" else None) != v)
    if changed:
        ports.subscriptions.put({**doc, **fields})
        _audit(ports, principal, "subscription.changed", sub_id, {k: fields[k] for k in changed})
    return public_subscription({**doc, **fields})


def delete(ports: SubscriptionPorts, principal: Principal, sub_id: str) -> None:
    visible(ports, principal, sub_id)
    if not ports.subscriptions.delete(principal.tenant, sub_id):
        raise NotFoundError(f"no subscription {sub_id!r}")
    _audit(ports, principal, "subscription.deleted", sub_id, {})


def deliveries(ports: SubscriptionPorts, principal: Principal, sub_id: str, *, before: str = "",
               limit: int = PAGE) -> tuple[list[Doc], str]:
    """One page of the subscription's delivery log, newest first, and the cursor of the next page."""
    visible(ports, principal, sub_id)
    if ports.deliveries is None:
        return [], ""
    found, after = ports.deliveries.page(principal.tenant, sub_id, before=before, limit=max(1, min(limit, MAX_PAGE)))
    return [{k: v for k, v in d.items() if k not in ("payload", "payload_encoding")} for d in found], after


def replay(ports: SubscriptionPorts, principal: Principal, sub_id: str, entry_id: str) -> Doc:
    """A failed delivery of this subscription POSTed again (same body and delivery id), at most once:
    ``{outcome, error}``. Audited, whatever the receiver answered."""
    visible(ports, principal, sub_id)
    entry = ports.deliveries.get(principal.tenant, entry_id) if ports.deliveries is not None else None
    if entry is None or entry.get("subscription") != sub_id or ports.replay is None:
        raise NotFoundError(f"no delivery {entry_id!r}")
    if entry.get("ok"):
        raise UnsupportedOperationError("only a failed delivery is sent again")
    result = ports.replay(entry)
    outcome = str(getattr(result.outcome, "value", result.outcome))
    _audit(ports, principal, "subscription.replayed", sub_id,
           {"delivery": entry["delivery"], "outcome": outcome, **({"error": result.error} if result.error else {})})
    return {"outcome": outcome, "error": result.error}
