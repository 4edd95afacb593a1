"""Each twin in ``tests/fakes`` has its adapter's public methods with the same parameters (names and
kinds), so code written against the adapter runs against the twin; the contract suite
(``tests/contract``) checks that they answer alike. A twin may add helpers for tests."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from services.adapters import backfill_jobs, connections, ingest_state, mongo, payment_store, reference_repo, users
from services.adapters.kafka_producer import EventPublisher
from services.adapters.s3 import S3ObjectStore
from services.adapters.webhook_nonces import WebhookNonces
from services.nav import reconcile, repository
from tests import fakes

PAIRS: list[tuple[type, type]] = [
    (mongo.InvoiceRepo, fakes.InvoiceRepo), (mongo.ClientRepo, fakes.ClientRepo),
    (connections.ConnectionRepo, fakes.ConnectionRepo), (mongo.TokenRepo, fakes.TokenRepo),
    (mongo.AuditLog, fakes.AuditLog),
    (reference_repo.MetaRepo, fakes.MetaRepo), (reference_repo.ReferenceRepo, fakes.ReferenceRepo),
    (reference_repo.RuleRepo, fakes.RuleRepo), (reference_repo.ReviewRepo, fakes.ReviewRepo),
    (reference_repo.ConfirmationRepo, fakes.ConfirmationRepo),
    (reference_repo.SubscriptionRepo, fakes.SubscriptionRepo), (users.UserRepo, fakes.UserRepo),
    (users.SessionRepo, fakes.SessionRepo), (users.LoginThrottle, fakes.LoginThrottle),
    (users.Accounts, fakes.Accounts), (repository.NavInvoiceRepo, fakes.NavInvoiceRepo),
    (reconcile.ReconciliationRepo, fakes.ReconciliationRepo), (S3ObjectStore, fakes.ObjectStore),
    (EventPublisher, fakes.Publisher), (WebhookNonces, fakes.WebhookNonces),
    (ingest_state.IngestState, fakes.IngestState), (payment_store.PaymentStore, fakes.PaymentStore),
    (payment_store.LinkStore, fakes.LinkStore), (backfill_jobs.BackfillJobs, fakes.BackfillJobs),
]


# What only the real adapter has, and why no twin needs it.
REAL_ONLY: dict[type, set[str]] = {
    # The encryption internals key rotation works on (compliance/keys.py runs only against versitygw,
    # tests/integration/test_keys.py); the twin stores plaintext.
    S3ObjectStore: {"header", "key_wrap", "put_key_wrap", "encrypted_versions"},
}


def _public(cls: type) -> dict[str, object]:
    """Public methods and properties; constructors (``__init__``, classmethods such as ``of``) are each
    side's own business."""
    out: dict[str, object] = {}
    for name, member in inspect.getmembers(cls):
        if name.startswith("_") or isinstance(inspect.getattr_static(cls, name), classmethod):
            continue
        if inspect.isfunction(member) or isinstance(member, property):
            out[name] = member
    return out


def _parameters(method: Any) -> list[tuple[str, inspect._ParameterKind]]:
    if isinstance(method, property):
        return []
    return [(p.name, p.kind) for p in inspect.signature(method).parameters.values()]


@pytest.mark.parametrize(("real", "twin"), PAIRS, ids=[real.__name__ for real, _ in PAIRS])
def test_a_twin_has_its_adapter_s_public_methods_with_the_same_parameters(real: type, twin: type) -> None:
    theirs = {k: v for k, v in _public(real).items() if k not in REAL_ONLY.get(real, set())}
    ours = _public(twin)
    assert sorted(set(theirs) - set(ours)) == [], f"{twin.__module__}.{twin.__name__} lacks these"
    for name, method in theirs.items():
        assert isinstance(ours[name], property) == isinstance(method, property), name
        assert _parameters(ours[name]) == _parameters(method), f"{real.__name__}.{name}"
