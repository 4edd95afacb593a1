"""What the own-system and producer use cases (``app/integrations.py``) reach, out of the app's ports."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends

from services.app.integrations import IntegrationPorts
from services.web.billing_deps import BillingContext, BillingDep
from services.web.deps import Ports, PortsDep, require_sites


def integration_ports(ports: Ports, billing: BillingContext) -> IntegrationPorts:
    def first_signing_secret(doc: dict[str, Any]) -> str | None:
        return ports.producers.first_signing_secret(ports.settings, doc)

    return IntegrationPorts(connections=ports.billing.connections, setup=ports.integration_setup,
                            producers=ports.producers,
                            first_signing_secret=first_signing_secret, audit=ports.audit, require_sites=require_sites,
                            webhook_url=lambda cid: f"{billing.settings.public_url}/api/v1/webhooks/{cid}",
                            nav_url_prefixes=("https://", *billing.settings.url_allowlist))


def get_integration_ports(ports: PortsDep, billing: BillingDep) -> IntegrationPorts:
    return integration_ports(ports, billing)


IntegrationsDep = Annotated[IntegrationPorts, Depends(get_integration_ports)]
