"""The billing repositories' twins (``tests/fakes``) bundled as ``BillingRepos``, and test settings."""

from __future__ import annotations

import base64
from typing import Any

from services.adapters.billing_repos import BillingRepos
from services.adapters.settings import Secret, Settings
from tests.fakes import BackfillJobs, ConnectionRepo, IngestState, LinkStore, PaymentStore
from tests.fakes import ObjectStore as FakeStore  # the twins, under their old names here
from tests.fakes import Publisher as FakePublisher

__all__ = ["FakePublisher", "FakeStore", "fake_repos", "settings"]

Doc = dict[str, Any]


def settings() -> Settings:
    return Settings(
        kafka_bootstrap="kafka:0", s3_endpoint="s3:0", s3_access_key=Secret("a"), s3_secret_key=Secret("b"),
        mongo_url="mongodb://x/", mongo_db="t", kek=base64.b64decode(base64.b64encode(b"k" * 32)), kek_id="test-1",
        staging_bucket="staging", archive_bucket="archive", api_port=1, worker_web_port=2, retention_years=8,
        retention_mode="GOVERNANCE", webhook_tolerance_seconds=300, max_document_bytes=5 * 1024 * 1024,
        app_id="t", worker_datadir="/tmp/t",
    )


def fake_repos() -> BillingRepos:
    return BillingRepos(ConnectionRepo(), IngestState(), PaymentStore(), LinkStore(),  # type: ignore[arg-type]
                        BackfillJobs())
