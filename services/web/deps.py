"""Ports and the current principal, as FastAPI dependencies (swappable in tests)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Header, HTTPException, Request, status

from services.adapters.audit_anchors import AuditAnchors
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import HttpMetrics
from services.adapters.mongo import AuditLog, ClientRepo, ConnectionRepo, InvoiceRepo, TokenRepo
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.adapters.users import Accounts
from services.core.access import Principal, sites_beyond, token_hash
from services.core.enums import Role
from services.web.presentation import beyond_message
from services.web.sessions import cookie_principal


@dataclass
class Ports:
    settings: Settings
    store: S3ObjectStore
    publisher: EventPublisher
    invoices: InvoiceRepo
    clients: ClientRepo
    connections: ConnectionRepo
    tokens: TokenRepo
    audit: AuditLog
    metrics: HttpMetrics
    accounts: Accounts | None = None  # UI users and sessions (services/web/sessions.py)
    anchors: AuditAnchors | None = None  # audit-chain anchors in the archive bucket


def get_ports(request: Request) -> Ports:
    ports: Ports = request.app.state.ports
    return ports


PortsDep = Annotated[Ports, Depends(get_ports)]


def anchors_of(ports: Ports) -> AuditAnchors:
    # Optional on Ports only so test doubles can leave out what they do not exercise; a verify
    # without its anchors would pass a truncated chain, so it is an error, not a fallback.
    if ports.anchors is None:
        raise RuntimeError("the audit anchor store is not configured")
    return ports.anchors


def current_principal(
    request: Request, ports: PortsDep, authorization: Annotated[str | None, Header()] = None
) -> Principal:
    if not authorization or not authorization.lower().startswith("bearer "):
        # The UI's session cookie, on read-only methods only (so the API needs no CSRF tokens).
        from_cookie = cookie_principal(request, ports.accounts, datetime.now(UTC))
        if from_cookie is not None:
            return from_cookie
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "missing bearer token", headers={"WWW-Authenticate": "Bearer"}
        )
    record: dict[str, Any] | None = ports.tokens.get(token_hash(authorization[7:].strip()))
    if record is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, "unknown or revoked token", headers={"WWW-Authenticate": "Bearer"}
        )
    expires = record.get("expires_at")  # absent on tokens made before tokens expired: they keep working
    if isinstance(expires, datetime):
        expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)  # MongoDB returns naive UTC
        if expires <= datetime.now(UTC):
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED, f"token expired on {expires:%Y-%m-%d %H:%M} UTC; ask an admin for a "
                "new one", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
    return Principal(
        subject=record.get("name", "token"), tenant=record["tenant"], role=Role(record["role"]),
        sites=tuple(record.get("sites") or ()),
    )


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require(principal: Principal, permission: str) -> None:
    if not principal.can(permission):
        raise HTTPException(status.HTTP_403_FORBIDDEN, f"role {principal.role} may not {permission}")


def require_sites(principal: Principal, sites: Iterable[str]) -> None:
    """403 unless everything ``sites`` reaches (empty: every site) is in the principal's scope."""
    beyond = sites_beyond(principal.sites, sites)
    if beyond:
        raise HTTPException(status.HTTP_403_FORBIDDEN, {"reason": "forbidden", "message": beyond_message(beyond)})
