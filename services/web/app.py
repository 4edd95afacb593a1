"""The HTTP API: ``create_app(settings)`` builds the ports in the lifespan (never at import)."""

from __future__ import annotations

import importlib
import pkgutil
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from starlette.routing import Match

from services.adapters.audit_anchors import AuditAnchors
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import http_metrics
from services.adapters.mongo import AuditLog, ClientRepo, ConnectionRepo, InvoiceRepo, TokenRepo, connect
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.adapters.users import Accounts
from services.core.errors import Rejected, Retryable
from services.web import routes
from services.web.deps import Ports


def discover_routers() -> list[APIRouter]:
    """Every ``router`` in ``services/web/routes/*`` — a new route module needs no edit here."""
    found = []
    for info in sorted(pkgutil.iter_modules(routes.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{routes.__name__}.{info.name}")
        router = getattr(module, "router", None)
        if isinstance(router, APIRouter):
            found.append(router)
    return found


def build_ports(settings: Settings, registry: CollectorRegistry) -> Ports:
    db = connect(settings)
    store = S3ObjectStore(settings)
    return Ports(
        settings=settings,
        store=store,
        publisher=EventPublisher.of(settings, client_id="szamlatar-api"),
        invoices=InvoiceRepo(db),
        clients=ClientRepo(db),
        connections=ConnectionRepo(db),
        tokens=TokenRepo(db),
        audit=AuditLog(db),
        metrics=http_metrics(registry),
        accounts=Accounts(db),
        anchors=AuditAnchors(store, settings.retention_years),
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

    app = FastAPI(
        title="Számlatár API",
        version="1.0.0",
        description="Számlatár — számlaarchívum. Collect, archive and find invoices.",
        lifespan=lifespan,
    )
    for router in discover_routers():
        app.include_router(router)

    @app.middleware("http")
    async def observe(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        route = "unmatched"
        for r in app.router.routes:
            match, _ = r.matches(request.scope)
            if match is Match.FULL:
                route = getattr(r, "path", "unmatched")
                break
        response = await call_next(request)
        metrics = getattr(request.app.state, "ports", None)
        if metrics is not None:
            m = metrics.metrics
            m.requests.labels(request.method, route, str(response.status_code)).inc()
            m.duration.labels(request.method, route).observe(time.perf_counter() - started)
        return response

    @app.exception_handler(Retryable)
    async def unavailable(request: Request, exc: Retryable) -> JSONResponse:
        return JSONResponse({"detail": {"reason": exc.reason.value, "message": exc.message}}, status_code=503,
                            headers={"Retry-After": str(int(exc.retry_after or 5))})

    @app.exception_handler(Rejected)
    async def rejected(request: Request, exc: Rejected) -> JSONResponse:
        return JSONResponse({"detail": {"reason": exc.reason.value, "message": exc.message}}, status_code=422)

    @app.get("/metrics", include_in_schema=False)
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/healthz", tags=["ops"])
    async def health() -> dict[str, Any]:
        return {"status": "ok"}

    return app
