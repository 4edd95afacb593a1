"""What the billing routes (connections, payments, the Számlázz.hu push) need beyond ``Ports``:
their repositories (``Ports.billing``), the upstream-call metrics and the billing settings — built
once per app, on first use, from the ports the lifespan made."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from prometheus_client import CollectorRegistry

from services.adapters.billing_repos import BillingRepos
from services.adapters.metrics import UpstreamMetrics, upstream_metrics
from services.adapters.settings import BillingSettings, load_billing_settings


@dataclass(frozen=True)
class BillingContext:
    repos: BillingRepos
    upstream: UpstreamMetrics
    settings: BillingSettings

    def push_url(self, connection_id: str) -> str:
        return f"{self.settings.public_url}/api/v1/szamlazz/push/{connection_id}"


async def get_billing(request: Request) -> BillingContext:
    # async: runs on the event loop, so the check-and-set below cannot race with another request.
    found: BillingContext | None = getattr(request.app.state, "billing", None)
    if found is None:
        ports = request.app.state.ports
        registry = getattr(request.app.state, "registry", None) or CollectorRegistry()
        found = BillingContext(ports.billing, upstream_metrics(registry),
                               load_billing_settings(ports.settings.api_port))
        request.app.state.billing = found
    return found


BillingDep = Annotated[BillingContext, Depends(get_billing)]
