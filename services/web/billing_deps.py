"""What the billing routes (connections, payments, the Számlázz.hu push) need beyond ``Ports``:
their repositories (``Ports.billing``), the upstream-call metrics and the billing settings — built
once per app, on first use, from the ports the lifespan made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from prometheus_client import CollectorRegistry

from services.adapters.billing_repos import BillingRepos
from services.adapters.metrics import UpstreamMetrics, upstream_metrics
from services.adapters.sealer import Sealer
from services.adapters.settings import BillingSettings, load_billing_settings
from services.app.backfill import BackfillPorts
from services.app.connections import ConnectionPorts
from services.billingo.probe import probe_billingo
from services.core.connection_model import connection_of
from services.core.connections import FetchOutcome
from services.ingest_pull.probe import probe_pull
from services.nav.probe import probe_nav
from services.szamlazz.probe import probe_szamlazz
from services.web.deps import Ports, PortsDep, require_sites


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


def connection_ports(ports: Ports, billing: BillingContext) -> ConnectionPorts:
    """What the connection use cases (``app/connections.py``) reach: the repositories, the kinds' test
    fetches, the sealer, and how this door refuses sites beyond a principal's."""

    def probe(doc: dict[str, Any], now: datetime) -> FetchOutcome:
        connection = connection_of(doc)  # the document as it is about to be stored, read as the model
        if connection.kind == "billingo":
            return probe_billingo(ports.settings, connection, billing.upstream, now)
        if connection.kind == "nav":
            return probe_nav(ports.settings, dict(doc), now)
        if connection.kind == "pull":
            return probe_pull(ports.settings, connection, billing.repos.ingest, now)
        return probe_szamlazz(ports.settings, connection, billing.repos.ingest, billing.upstream, now)

    return ConnectionPorts(connections=billing.repos.connections, ingest=billing.repos.ingest, audit=ports.audit,
                           probe=probe, seal=lambda value: Sealer.of(ports.settings).seal(value),
                           push_url=billing.push_url, require_sites=require_sites,
                           url_allowlist=tuple(billing.settings.url_allowlist))


def get_connection_ports(ports: PortsDep, billing: BillingDep) -> ConnectionPorts:
    return connection_ports(ports, billing)


ConnectionsDep = Annotated[ConnectionPorts, Depends(get_connection_ports)]


def get_backfill_ports(ports: PortsDep, billing: BillingDep) -> BackfillPorts:
    """The back-fill use cases (``app/backfill.py``): the connection ports, the jobs, the connection's mark."""
    return BackfillPorts(connections=connection_ports(ports, billing), jobs=billing.repos.backfills,
                         mark=billing.repos.connections)


BackfillDep = Annotated[BackfillPorts, Depends(get_backfill_ports)]
