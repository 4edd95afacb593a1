"""What the own-system and producer use cases (``app/integrations.py``) reach, out of the app's ports."""

from __future__ import annotations

from functools import partial
from typing import Annotated, Any

from fastapi import Depends

from services.adapters.own_system_admin import OwnSystemConnections
from services.app.integrations import IntegrationPorts
from services.ingest_pull.connection import create_pull_connection
from services.nav.connection import create_nav_connection
from services.web.billing_deps import BillingContext, BillingDep
from services.web.deps import Ports, PortsDep, require_sites


def integration_ports(ports: Ports, billing: BillingContext) -> IntegrationPorts:
    own = ports.own_systems or OwnSystemConnections(ports.producers.db, ports.settings)

    def first_signing_secret(doc: dict[str, Any]) -> str | None:
        return ports.producers.first_signing_secret(ports.settings, doc)

    db = ports.producers.db  # the one database behind the connections
    return IntegrationPorts(connections=ports.billing.connections, own=own, producers=ports.producers,
                            first_signing_secret=first_signing_secret, audit=ports.audit, require_sites=require_sites,
                            webhook_url=lambda cid: f"{billing.settings.public_url}/api/v1/webhooks/{cid}",
                            create_nav=partial(create_nav_connection, db, ports.settings),
                            create_pull=partial(create_pull_connection, db, ports.settings),
                            nav_url_prefixes=("https://", *billing.settings.url_allowlist))


def get_integration_ports(ports: PortsDep, billing: BillingDep) -> IntegrationPorts:
    return integration_ports(ports, billing)


IntegrationsDep = Annotated[IntegrationPorts, Depends(get_integration_ports)]
