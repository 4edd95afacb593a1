"""The HTTP API: ``create_app(settings)`` builds the ports in the lifespan (never at import)."""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from typing import Any

from fastapi import APIRouter, FastAPI, Response
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from starlette.datastructures import MutableHeaders
from starlette.routing import Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.adapters.audit_anchors import AuditAnchors
from services.adapters.audit_index import open_node_audit_index
from services.adapters.billing_repos import billing_repos
from services.adapters.client_records import ClientRecords
from services.adapters.connections import ConnectionRepo
from services.adapters.dlq import DeadLetterCounts
from services.adapters.index_requests import IndexRequests
from services.adapters.kafka_producer import AT_THE_DOOR, EventPublisher
from services.adapters.metrics import http_metrics
from services.adapters.mongo import AuditLog, ClientRepo, InvoiceRepo, TokenRepo, connect
from services.adapters.oidc import SignIn
from services.adapters.own_system_admin import OwnSystemConnections, ProducerConnections
from services.adapters.pdf_sandbox import PdfSandbox
from services.adapters.reference_repo import ConfirmationRepo, ReferenceRepo, ReviewRepo, RuleRepo, SubscriptionRepo
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings, load_timestamp_settings
from services.adapters.tantivy_index import open_node_index
from services.adapters.users import Accounts
from services.adapters.webhook_deliveries import WebhookDeliveries
from services.adapters.webhook_nonces import WebhookNonces
from services.app.integrations import IntegrationSetup
from services.compliance.evidence import EvidenceDesk
from services.compliance.retention import RetentionRepo
from services.core.http_headers import docs_policy, security_headers
from services.ingest_pull.connection import change_pull_connection, create_pull_connection
from services.nav.connection import change_nav_connection, create_nav_connection
from services.nav.reconcile import ReconciliationRepo
from services.web import errors, routes
from services.web.deps import Ports
from services.web.ui import router as ui


def discover_routers() -> list[APIRouter]:
    """Every ``router`` in ``services/web/routes/*`` — a new route module needs no edit here."""
    found = []
    for info in sorted(pkgutil.iter_modules(routes.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{routes.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            found.append(router)
    return found


class HttpMiddleware:
    """A pure ASGI middleware of http requests (``http``); anything else passes by untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.http(scope, receive, send)

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


class SecurityHeaders(HttpMiddleware):
    """Adds ``core.http_headers.security_headers`` to every answer (pure ASGI, so a streamed PDF is
    not buffered). A header the route set itself is kept: the API docs pages bring their own policy.
    HSTS goes out only when the request came over https — as uvicorn reports it, which honours
    ``X-Forwarded-Proto`` from the proxies it trusts (``FORWARDED_ALLOW_IPS``, default 127.0.0.1)."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        wanted = security_headers(https=scope.get("scheme") == "https")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in wanted.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


class RequestMetrics(HttpMiddleware):
    """Counts and times each answer under the path template of the route that served it (pure ASGI: the
    decorator form, ``BaseHTTPMiddleware``, ran every request through an extra task and a memory stream,
    a cost the signed webhook paid on each invoice)."""

    async def http(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        # A mount (the static files) is found here, before routing rewrites the scope's path.
        mount = next((r for r in scope["app"].router.routes
                      if isinstance(r, Mount) and r.matches(scope)[0] is Match.FULL), None)
        status = ""

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = str(message["status"])
            await send(message)

        await self.app(scope, receive, send_noting_status)
        # Any other route the router records in the scope as it chooses it: its path template is the
        # label (a bounded set). Matching app.router.routes ourselves missed every route added by
        # include_router, which this FastAPI keeps nested, so they were all counted as "unmatched".
        chosen = scope.get("route") or mount
        route = str(getattr(chosen, "path", None) or "unmatched")
        ports = getattr(scope["app"].state, "ports", None)
        if ports is not None and status:
            ports.metrics.requests.labels(scope["method"], route, status).inc()
            ports.metrics.duration.labels(scope["method"], route).observe(time.perf_counter() - started)


def build_ports(settings: Settings, registry: CollectorRegistry) -> Ports:
    db = connect(settings, registry)
    store = S3ObjectStore(settings)
    index = open_node_index()
    return Ports(
        settings=settings,
        store=store,
        publisher=EventPublisher.of(settings, client_id="szamlatar-api", timeouts=AT_THE_DOOR),
        invoices=InvoiceRepo(db),
        clients=ClientRepo(db),
        connections=ConnectionRepo(db),
        tokens=TokenRepo(db),
        audit=AuditLog(db),
        metrics=http_metrics(registry),
        reviews=ReviewRepo(db),
        reference=ReferenceRepo(db),
        confirmations=ConfirmationRepo(db),
        rules=RuleRepo(db),
        subscriptions=SubscriptionRepo(db),
        producers=ProducerConnections(db),
        nonces=WebhookNonces(db),
        billing=billing_repos(db),
        reconciliation=ReconciliationRepo(db, index),
        accounts=Accounts(db),
        anchors=AuditAnchors(store, settings.retention_years),
        search=index,
        audit_index=open_node_audit_index(),
        index_requests=IndexRequests(db),
        retention=RetentionRepo(db),
        previews=PdfSandbox(workers=1),  # its child starts at the first preview
        evidence=EvidenceDesk(db, store, settings, load_timestamp_settings()),
        dead_letters=DeadLetterCounts(settings, db),
        client_records=ClientRecords(db),
        sign_in=SignIn.of(db, settings),
        deliveries=WebhookDeliveries(db),
        integration_setup=IntegrationSetup(own=OwnSystemConnections(db, settings),
                                           create_nav=partial(create_nav_connection, db, settings),
                                           create_pull=partial(create_pull_connection, db, settings),
                                           change_nav=partial(change_nav_connection, db, settings),
                                           change_pull=partial(change_pull_connection, db, settings)),
    )


def create_app(settings: Settings, ports: Ports | None = None) -> FastAPI:
    registry = CollectorRegistry()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.registry = registry  # route modules may register their own metrics on it
        app.state.ports = ports or build_ports(settings, registry)
        yield
        if ports is None:
            app.state.ports.publisher.close()
            if app.state.ports.previews is not None:
                app.state.ports.previews.close()

    app = FastAPI(
        title="Számlatár API",
        version="1.0.0",
        description="Számlatár — számlaarchívum. Collect, archive and find invoices.",
        lifespan=lifespan,
        docs_url=None,  # served below, each with a policy that lets its CDN bundle run
        redoc_url=None,
    )
    for router in discover_routers():
        app.include_router(router)
    ui.install(app)  # the pages under /ui, their static files, their answer to a refused page
    errors.install(app)  # every domain error a route raises, answered by one table

    app.add_middleware(RequestMetrics)
    app.add_middleware(SecurityHeaders)

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return _with_docs_policy(get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} - Swagger UI"))

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return _with_docs_policy(get_redoc_html(openapi_url="/openapi.json", title=f"{app.title} - ReDoc"))

    @app.get("/metrics", include_in_schema=False)
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/healthz", tags=["ops"])
    async def health() -> dict[str, Any]:
        return {"status": "ok"}

    return app


def _with_docs_policy(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = docs_policy(bytes(page.body).decode())
    return page
