"""The contract suite (``tests/contract``) against the real adapters: repositories on FerretDB (a
scratch database per test, dropped after it), the object store on versitygw, the publisher on Kafka.
``tests/unit/test_contract_fakes.py`` runs the same classes against the in-memory twins."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from pymongo.database import Database

from services.adapters.kafka_producer import EventPublisher
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from tests.contract import mongo_repos
from tests.contract.suite import *  # noqa: F403 -- the contract classes, collected here


@pytest.fixture()
def repos(db: Database[dict[str, Any]], store: S3ObjectStore, settings: Settings,
          publisher: EventPublisher) -> Iterator[SimpleNamespace]:
    """The real adapters over an empty database of their own, so counts over every tenant hold."""
    name = f"contract_{uuid.uuid4().hex[:16]}"
    yield mongo_repos(db.client[name], store, settings.staging_bucket, publisher)
    db.client.drop_database(name)
