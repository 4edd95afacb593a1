"""Every contract class, for a runner module to take with one star import (pytest collects the
``Test*`` classes a test module holds, with that module's ``repos`` fixture)."""

from __future__ import annotations

from tests.contract.accounts import (
    TestLoginThrottleContract,
    TestSavedSearchesContract,
    TestSessionRepoContract,
    TestUserRepoContract,
)
from tests.contract.archive import (
    TestAuditLogContract,
    TestClientRepoContract,
    TestConnectionAndTokenRepoContract,
    TestInvoiceRepoContract,
)
from tests.contract.billing import (
    TestBackfillJobsContract,
    TestIngestStateContract,
    TestLinkStoreContract,
    TestPaymentStoreContract,
)
from tests.contract.ingest import TestWebhookNoncesContract
from tests.contract.matching import (
    TestConfirmationRepoContract,
    TestReferenceRepoContract,
    TestReviewRepoContract,
    TestRuleRepoContract,
    TestSubscriptionRepoContract,
)
from tests.contract.nav import TestNavInvoiceRepoContract, TestReconciliationRepoContract
from tests.contract.storage import TestObjectStoreContract, TestPublisherContract

__all__ = [
    "TestAuditLogContract",
    "TestBackfillJobsContract",
    "TestClientRepoContract",
    "TestConfirmationRepoContract",
    "TestConnectionAndTokenRepoContract",
    "TestIngestStateContract",
    "TestInvoiceRepoContract",
    "TestLinkStoreContract",
    "TestLoginThrottleContract",
    "TestNavInvoiceRepoContract",
    "TestObjectStoreContract",
    "TestPaymentStoreContract",
    "TestPublisherContract",
    "TestReconciliationRepoContract",
    "TestReferenceRepoContract",
    "TestReviewRepoContract",
    "TestRuleRepoContract",
    "TestSavedSearchesContract",
    "TestSessionRepoContract",
    "TestSubscriptionRepoContract",
    "TestUserRepoContract",
    "TestWebhookNoncesContract",
]
