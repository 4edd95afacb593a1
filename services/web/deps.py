"""Ports and the current principal, as FastAPI dependencies (swappable in tests).

Every store a route or page reaches is a repository on ``Ports`` (built once in ``web/app.py``), never
the database handle behind it. Refusals are domain errors (``core/errors.py``), answered by
``web/errors.py``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Header, Request

from services.adapters.audit_anchors import AuditAnchors
from services.adapters.audit_index import AuditIndex
from services.adapters.billing_repos import BillingRepos
from services.adapters.client_records import ClientRecords
from services.adapters.dlq import DeadLetterCounts
from services.adapters.index_requests import IndexRequests
from services.adapters.kafka_producer import EventPublisher
from services.adapters.metrics import HttpMetrics
from services.adapters.mongo import ClientRepo
from services.adapters.oidc import SignIn
from services.adapters.own_system_admin import ProducerConnections
from services.adapters.pdf_sandbox import PdfSandbox
from services.adapters.recent_connections import RecentConnections
from services.adapters.reference_repo import ReferenceRepo, RuleRepo, SubscriptionRepo
from services.adapters.s3 import S3ObjectStore
from services.adapters.search_index import SearchIndex
from services.adapters.settings import Settings
from services.adapters.users import Accounts
from services.adapters.webhook_deliveries import WebhookDeliveries
from services.adapters.webhook_nonces import WebhookNonces
from services.app import ports as app_ports
from services.app.integrations import IntegrationSetup
from services.app.payments import PaymentPorts
from services.app.review import ReviewPorts
from services.compliance.evidence import EvidenceDesk
from services.compliance.retention import RetentionRepo
from services.core.access import Principal, sites_beyond, token_hash
from services.core.enums import Role
from services.core.errors import ForbiddenError, NotPermittedError, UnauthenticatedError
from services.nav.reconcile import ReconciliationRepo
from services.web.presentation import beyond_message
from services.web.sessions import cookie_principal


@dataclass
class Ports:
    settings: Settings
    store: S3ObjectStore  # the routes reach past the port (legal holds, a stream they close)
    publisher: EventPublisher
    invoices: app_ports.InvoiceRepo
    clients: ClientRepo
    connections: app_ports.ConnectionRepo
    tokens: app_ports.TokenRepo
    audit: app_ports.AuditLog
    metrics: HttpMetrics
    reviews: app_ports.ReviewRepo
    reference: ReferenceRepo
    confirmations: app_ports.ConfirmationRepo  # a person's assignments, which the learned matcher uses
    rules: RuleRepo
    subscriptions: SubscriptionRepo
    producers: ProducerConnections
    nonces: WebhookNonces  # signed webhooks already received
    billing: BillingRepos  # Billingo / Számlázz.hu connections, ingest state, payment state, links
    reconciliation: ReconciliationRepo  # NAV completeness
    accounts: Accounts | None = None  # UI users and sessions (services/web/sessions.py)
    anchors: AuditAnchors | None = None  # audit-chain anchors in the archive bucket
    search: SearchIndex | None = None  # the query index (read-only here; services/web/invoice_search.py)
    retention: RetentionRepo | None = None  # legal holds and retention classes (issue 14)
    previews: PdfSandbox | None = None  # draws the PDF previews, PDFium in a child process (issue 12)
    evidence: EvidenceDesk | None = None  # evidence packages from the web (issue 14)
    dead_letters: DeadLetterCounts | None = None  # the tenant's waiting dead letters (the start page)
    client_records: ClientRecords | None = None  # one per counterparty, made by the pipeline (core/clients.py)
    audit_index: AuditIndex | None = None  # which entries are about what (read-only here; web/audit_reads.py)
    index_requests: IndexRequests | None = None  # views a person just changed (web/invoice_search.py)
    sign_in: SignIn | None = None  # OpenID Connect sign-in per tenant (web/ui/pages/oidc_login.py)
    deliveries: WebhookDeliveries | None = None  # the outbound webhooks' delivery log (app/subscriptions.py)
    integration_setup: IntegrationSetup | None = None  # own-system, NAV and pull set-up (app/integrations.py)
    # ``connections`` kept for a second, for the signed webhook's read per request (routes/webhooks.py)
    recent_connections: RecentConnections = field(init=False)

    def __post_init__(self) -> None:
        # through the field, not its value now: the tests swap in another repository after construction
        self.recent_connections = RecentConnections(lambda connection_id: self.connections.get(connection_id))


def get_ports(request: Request) -> Ports:
    ports: Ports = request.app.state.ports
    return ports


PortsDep = Annotated[Ports, Depends(get_ports)]


def review_ports(ports: PortsDep) -> ReviewPorts:
    """What the review decisions (``app/review.py``) reach, out of the app's ports."""
    return ReviewPorts(reviews=ports.reviews, invoices=ports.invoices, payments=ports.billing.payments,
                       reference=ports.reference, confirmations=ports.confirmations, audit=ports.audit,
                       publisher=ports.publisher, index_requests=ports.index_requests)


ReviewDep = Annotated[ReviewPorts, Depends(review_ports)]


def payment_ports(ports: PortsDep) -> PaymentPorts:
    """What recording and reading a payment (``app/payments.py``) reach, out of the app's ports."""
    return PaymentPorts(invoices=ports.invoices, payments=ports.billing.payments, publisher=ports.publisher,
                        audit=ports.audit)


PaymentDep = Annotated[PaymentPorts, Depends(payment_ports)]


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
        raise UnauthenticatedError("missing bearer token")
    record: dict[str, Any] | None = ports.tokens.get(token_hash(authorization[7:].strip()))
    if record is None:
        raise UnauthenticatedError("unknown or revoked token")
    expires = record.get("expires_at")  # absent on tokens made before tokens expired: they keep working
    if isinstance(expires, datetime):
        expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)  # MongoDB returns naive UTC
        if expires <= datetime.now(UTC):
            raise UnauthenticatedError(f"token expired on {expires:%Y-%m-%d %H:%M} UTC; ask an admin for a new one",
                                       challenge='Bearer error="invalid_token"')
    return Principal(
        subject=record.get("name", "token"), tenant=record["tenant"], role=Role(record["role"]),
        sites=tuple(record.get("sites") or ()),
    )


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require(principal: Principal, permission: str) -> None:
    if not principal.can(permission):
        raise NotPermittedError(f"role {principal.role} may not {permission}")


def require_sites(principal: Principal, sites: Iterable[str]) -> None:
    """``ForbiddenError`` unless everything ``sites`` reaches (empty: every site) is in the principal's scope."""
    beyond = sites_beyond(principal.sites, sites)
    if beyond:
        raise ForbiddenError(beyond_message(beyond))
