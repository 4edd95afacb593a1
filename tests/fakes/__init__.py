"""One set of in-memory fakes for the repositories, the object store and the publisher: each a twin
of a concrete adapter, with the same public methods and return values, holding domain records in
dicts (no query language, except the filter ``InvoiceRepo``'s port takes — see ``mongo.keeps``).

``tests/contract`` runs the same tests against these twins (in the unit run) and against the real
adapters on FerretDB (in the integration run), so a twin that drifts from its adapter fails there.
``fake_repos`` wires them as one database would: the clients table is shared by the client,
reference and accounts twins, reconciliation reads the invoice, connection and NAV twins, and the
payment store writes onto the invoice twin's views."""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.fakes.billing import BackfillJobs, IngestState, LinkStore, PaymentStore
from tests.fakes.mongo import AuditLog, ClientRepo, ConnectionRepo, InvoiceRepo, TokenRepo
from tests.fakes.nav import NavInvoiceRepo, ReconciliationRepo
from tests.fakes.publisher import Publisher
from tests.fakes.reference_repo import (
    ConfirmationRepo,
    MetaRepo,
    ReferenceRepo,
    ReviewRepo,
    RuleRepo,
    SubscriptionRepo,
)
from tests.fakes.s3 import ObjectStore
from tests.fakes.users import Accounts, LoginThrottle, SessionRepo, UserRepo
from tests.fakes.webhook_nonces import WebhookNonces

__all__ = [
    "Accounts", "AuditLog", "BackfillJobs", "ClientRepo", "ConfirmationRepo", "ConnectionRepo", "FakeRepos",
    "IngestState",
    "InvoiceRepo", "LinkStore", "LoginThrottle", "MetaRepo", "NavInvoiceRepo", "ObjectStore", "PaymentStore",
    "Publisher", "ReconciliationRepo",
    "ReferenceRepo", "ReviewRepo", "RuleRepo", "SessionRepo", "SubscriptionRepo", "TokenRepo", "UserRepo",
    "WebhookNonces", "fake_repos",
]


@dataclass
class FakeRepos:
    invoices: InvoiceRepo
    clients: ClientRepo
    connections: ConnectionRepo
    tokens: TokenRepo
    audit: AuditLog
    meta: MetaRepo
    reference: ReferenceRepo
    rules: RuleRepo
    reviews: ReviewRepo
    confirmations: ConfirmationRepo
    subscriptions: SubscriptionRepo
    accounts: Accounts
    nav: NavInvoiceRepo
    reconciliation: ReconciliationRepo
    ingest: IngestState = field(default_factory=IngestState)
    payments: PaymentStore = field(default_factory=PaymentStore)
    links: LinkStore = field(default_factory=LinkStore)
    backfills: BackfillJobs = field(default_factory=BackfillJobs)
    nonces: WebhookNonces = field(default_factory=WebhookNonces)
    store: ObjectStore = field(default_factory=ObjectStore)
    publisher: Publisher = field(default_factory=Publisher)

    @property
    def staging_bucket(self) -> str:
        return self.store.staging_bucket

    @property
    def users(self) -> UserRepo:
        return self.accounts.users

    @property
    def sessions(self) -> SessionRepo:
        return self.accounts.sessions

    @property
    def throttle(self) -> LoginThrottle:
        return self.accounts.throttle


def fake_repos() -> FakeRepos:
    meta, clients = MetaRepo(), ClientRepo()
    invoices, connections, nav = InvoiceRepo(), ConnectionRepo(), NavInvoiceRepo()
    return FakeRepos(
        invoices=invoices, clients=clients, connections=connections, tokens=TokenRepo(), audit=AuditLog(),
        meta=meta, reference=ReferenceRepo(meta, clients.records), rules=RuleRepo(meta), reviews=ReviewRepo(),
        confirmations=ConfirmationRepo(meta), subscriptions=SubscriptionRepo(), accounts=Accounts(clients.records),
        nav=nav, reconciliation=ReconciliationRepo(invoices, nav, connections),
        payments=PaymentStore(invoices.views),  # the payment fields land on the archived views, as in one database
    )
