"""Every twin in ``tests/fakes`` satisfies the port its adapter does (``services/app/ports.py``) —
checked by mypy, not run, like ``adapters_fit_ports.py`` beside it.

Code written against a port then runs against the twin, and the contract suite (``tests/contract``)
checks that twin and adapter answer alike. This module is in ``[tool.mypy] files`` and ``test_ports.py``
runs mypy on it from the unit suite."""

from __future__ import annotations

from services.app import backfill as backfill_uc
from services.app import ports
from services.app import reference as reference_uc
from services.app import rules as rules_uc
from tests import fakes


def twins_fit_their_ports(repos: fakes.FakeRepos) -> None:
    invoices: ports.InvoiceRepo = repos.invoices
    reviews: ports.ReviewRepo = repos.reviews
    reference: ports.ReferenceRepo = repos.reference
    confirmations: ports.ConfirmationRepo = repos.confirmations
    connected: ports.ConnectionRepo = repos.connections
    tokens: ports.TokenRepo = repos.tokens
    payments: ports.PaymentStore = repos.payments
    objects: ports.ObjectStore = repos.store
    events: ports.Publisher = repos.publisher
    audit: ports.AuditLog = repos.audit
    rule_store: rules_uc.RuleStore = repos.rules
    reference_store: reference_uc.ReferenceStore = repos.reference
    backfill_jobs: backfill_uc.BackfillJobStore = repos.backfills
    latest_job_mark: backfill_uc.LatestJobMark = repos.connections
    del invoices, reviews, reference, confirmations, connected, tokens, payments, objects, events, audit
    del rule_store, reference_store, backfill_jobs, latest_job_mark
