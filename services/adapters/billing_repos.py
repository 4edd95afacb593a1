"""The repositories the billing integrations work with, built together for one database: the
connections, the ingest memory, the payment state, the invoice links and the history back-fill jobs."""

from __future__ import annotations

from dataclasses import dataclass

from services.adapters.backfill_jobs import BackfillJobs
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
    backfills: BackfillJobs


def billing_repos(db: MongoDb) -> BillingRepos:
    return BillingRepos(ConnectionRepo(db), IngestState(db), PaymentStore(db), LinkStore(db),
                        BackfillJobs(db))
