"""What the outbound webhook use cases (``app/subscriptions.py``) reach, out of the app's ports: the
subscription store, the delivery log and its replay (through the URL policy of the billing settings'
allowlist, as the downstream worker and `szamlatar dlq replay` send), the sealer behind creation."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends

from services.adapters.subscriptions import check_subscription_url, create_subscription, http_post
from services.app.subscriptions import SubscriptionPorts
from services.web.billing_deps import BillingContext, BillingDep
from services.web.deps import Ports, PortsDep, require_sites


def subscription_ports(ports: Ports, billing: BillingContext) -> SubscriptionPorts:
    allowlist = tuple(billing.settings.url_allowlist)

    def create(tenant: str, fields: dict[str, Any], actor: str) -> tuple[dict[str, Any], str]:
        return create_subscription(ports.subscriptions, ports.settings, tenant=tenant, fields=fields, actor=actor,
                                   url_allowlist=allowlist)

    log = ports.deliveries
    replay = None if log is None else (
        lambda entry: log.replay(entry, ports.publisher, ports.settings, http_post(allowlist)))
    return SubscriptionPorts(subscriptions=ports.subscriptions, audit=ports.audit, create=create,
                             check_url=lambda url: check_subscription_url(url, allowlist),
                             require_sites=require_sites, deliveries=log, replay=replay, url_allowlist=allowlist)


def get_subscription_ports(ports: PortsDep, billing: BillingDep) -> SubscriptionPorts:
    return subscription_ports(ports, billing)


SubscriptionsDep = Annotated[SubscriptionPorts, Depends(get_subscription_ports)]
