"""Every adapter satisfies its port (``services/app/ports.py``) — checked by mypy, not run.

Each assignment below is a type check: a method renamed, dropped or retyped on either side makes it an
error. This module is in ``[tool.mypy] files`` (so ``mypy`` checks it) and ``test_ports.py`` runs mypy
on it from the unit suite."""

from __future__ import annotations

from services.adapters import (
    audit_anchors,
    backfill_jobs,
    connections,
    index_requests,
    kafka_producer,
    mongo,
    payment_store,
    reference_repo,
    s3,
)
from services.app import backfill as backfill_uc
from services.app import ports
from services.app import reference as reference_uc
from services.app import rules as rules_uc


def adapters_fit_their_ports(db: mongo.MongoDb, store: s3.S3ObjectStore, publisher: kafka_producer.EventPublisher,
                             anchors: audit_anchors.AuditAnchors) -> None:
    invoices: ports.InvoiceRepo = mongo.InvoiceRepo(db)
    reviews: ports.ReviewRepo = reference_repo.ReviewRepo(db)
    reference: ports.ReferenceRepo = reference_repo.ReferenceRepo(db)
    confirmations: ports.ConfirmationRepo = reference_repo.ConfirmationRepo(db)
    connected: ports.ConnectionRepo = connections.ConnectionRepo(db)
    tokens: ports.TokenRepo = mongo.TokenRepo(db)
    payments: ports.PaymentStore = payment_store.PaymentStore(db)
    objects: ports.ObjectStore = store
    events: ports.Publisher = publisher
    audit: ports.AuditLog = mongo.AuditLog(db)
    changed: ports.IndexRequests = index_requests.IndexRequests(db)
    anchored: ports.AuditAnchors = anchors
    clock: ports.Clock = ports.utc_now
    rule_store: rules_uc.RuleStore = reference_repo.RuleRepo(db)
    reference_store: reference_uc.ReferenceStore = reference_repo.ReferenceRepo(db)
    backfill_jobs_store: backfill_uc.BackfillJobStore = backfill_jobs.BackfillJobs(db)
    latest_job_mark: backfill_uc.LatestJobMark = connections.ConnectionRepo(db)
    del invoices, reviews, reference, confirmations, connected, tokens, payments, objects, events, audit
    del anchored, clock, changed, rule_store, reference_store, backfill_jobs_store, latest_job_mark
