"""The repositories the billing integrations work with, built together for one database: the
connections, the ingest memory, the payment state and the invoice links."""

from __future__ import annotations

from dataclasses import dataclass

from services.adapters.connections import ConnectionRepo
from services.adapters.ingest_state import IngestState
from services.adapters.mongo import MongoDb
from services.adapters.payment_store import LinkStore, PaymentStore


@dataclass(frozen=True)
class BillingRepos:
    connections: ConnectionRepo
    ingest: IngestState
    payments: PaymentStore
    links: LinkStore


def billing_repos(db: MongoDb) -> BillingRepos:
    return BillingRepos(ConnectionRepo(db), IngestState(db), PaymentStore(db), LinkStore(db))
