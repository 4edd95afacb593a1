"""The contract suite: one set of repository tests, run against the in-memory twins in
``tests/fakes`` (``tests/unit/test_contract_fakes.py``, in the unit run) and against the real adapters
on FerretDB and versitygw (``tests/integration/test_contract_ferretdb.py``, in the integration run).

The test classes live in modules not named ``test_*`` (``suite`` gathers them), so pytest collects
them only where a runner module imports them and supplies the ``repos`` fixture: a bundle with the
attributes of ``tests.fakes.FakeRepos`` (``mongo_repos`` below builds the real one). Each test starts
from an empty store — a fresh twin, or a scratch database — so counts over every tenant hold too."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from services.adapters.backfill_jobs import BackfillJobs
from services.adapters.connections import ConnectionRepo
from services.adapters.ingest_state import IngestState
from services.adapters.mongo import AuditLog, ClientRepo, InvoiceRepo, MongoDb, TokenRepo
from services.adapters.payment_store import LinkStore, PaymentStore
from services.adapters.reference_repo import (
    ConfirmationRepo,
    MetaRepo,
    ReferenceRepo,
    ReviewRepo,
    RuleRepo,
    SubscriptionRepo,
)
from services.adapters.users import Accounts
from services.adapters.webhook_nonces import WebhookNonces
from services.nav.reconcile import ReconciliationRepo
from services.nav.repository import NavInvoiceRepo

# The classes' plain asserts explain themselves on failure, as in a test module (before they are imported).
pytest.register_assert_rewrite(*(f"tests.contract.{name}" for name in ("accounts", "archive", "billing", "ingest",
                                                                       "matching", "nav", "storage")))


def mongo_repos(db: MongoDb, store: Any, staging_bucket: str, publisher: Any) -> SimpleNamespace:
    """The real adapters over one database, under the names ``tests.fakes.FakeRepos`` gives their twins."""
    accounts = Accounts(db)
    return SimpleNamespace(
        invoices=InvoiceRepo(db), clients=ClientRepo(db), connections=ConnectionRepo(db), tokens=TokenRepo(db),
        audit=AuditLog(db), meta=MetaRepo(db), reference=ReferenceRepo(db), rules=RuleRepo(db),
        reviews=ReviewRepo(db), confirmations=ConfirmationRepo(db), subscriptions=SubscriptionRepo(db),
        accounts=accounts, users=accounts.users, sessions=accounts.sessions, throttle=accounts.throttle,
        nav=NavInvoiceRepo(db), reconciliation=ReconciliationRepo(db), nonces=WebhookNonces(db), store=store,
        staging_bucket=staging_bucket, publisher=publisher, ingest=IngestState(db), payments=PaymentStore(db),
        links=LinkStore(db), backfills=BackfillJobs(db),
    )
