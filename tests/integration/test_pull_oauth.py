"""A pull connection with OAuth 2.0 client credentials against the in-house emulator as a process,
with the real stores and Kafka: the token is fetched once per lifetime, fetched again after it
expired, and renewed once when the emulator answers 401 (it revoked its tokens)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from pymongo.database import Database

from services.adapters.ingest_state import IngestState
from services.adapters.kafka_producer import EventPublisher
from services.adapters.oauth_client import ClientCredentials
from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings
from services.core.connection_model import connection_of
from services.ingest_pull.connection import OAuthClient, create_pull_connection
from services.ingest_pull.poller import PullPoller
from szamlatar_dev.emulators.inhouse.app import DEMO_MAPPING
from tests.integration.conftest import SZT, Process

PORT = int(os.environ.get("SZAMLATAR_EMULATOR_PORT_BASE", "18100")) + 0
EMULATOR = f"http://127.0.0.1:{PORT}"
LIFETIME = 8  # long enough for a pass (PDFs are drawn on first download), short for the test


@pytest.fixture(scope="module")
def emulator() -> Iterator[str]:
    proc = Process("inhouse-oauth", [SZT, "emulator", "inhouse", "--port", str(PORT), "--invoices", "3",
                                     "--token", "static-" + uuid.uuid4().hex, "--oauth-client", "it-erp:it-secret",
                                     "--token-lifetime", str(LIFETIME)], f"{EMULATOR}/healthz")
    proc.start()
    yield EMULATOR
    proc.stop()


def _stats() -> dict[str, Any]:
    stats: dict[str, Any] = requests.get(f"{EMULATOR}/_emulator/stats", timeout=5).json()
    return stats


def _add(count: int, seed: int) -> None:
    assert requests.post(f"{EMULATOR}/_emulator/invoices", json={"count": count, "seed": seed}, timeout=30).ok


def test_the_token_is_reused_then_renewed_after_expiry_and_on_a_401(
        emulator: str, db: Database[dict[str, Any]], settings: Settings, store: S3ObjectStore,
        publisher: EventPublisher) -> None:
    cid = "oauth-pull-" + uuid.uuid4().hex[:8]
    create_pull_connection(db, settings, connection_id=cid, tenant="t" + uuid.uuid4().hex[:10], site="budapest",
                           pull={**DEMO_MAPPING, "list_url": f"{emulator}/api/v1/invoices", "page_size": 2},
                           url_hosts=[f"127.0.0.1:{PORT}"], allow_private=True,
                           oauth=OAuthClient(f"{emulator}/oauth/token", "it-erp", "it-secret", "invoices.read"))
    stored = db.connections.find_one({"_id": cid})
    assert stored is not None and "it-secret" not in str(stored)  # sealed
    poller = PullPoller(settings=settings, state=IngestState(db), store=store, publisher=publisher,
                        tokens=ClientCredentials(settings))

    def poll() -> dict[str, int]:
        connection = connection_of(db.connections.find_one({"_id": cid}) or {})
        result = poller.poll(connection)
        assert result.errors == [] and result.complete, result.errors
        return result.outcomes

    assert poll().get("imported") == 3
    assert _stats()["token_calls"] == 1  # two list pages and three PDFs on one token

    time.sleep(LIFETIME + 0.5)  # expired: a new token before the next request, none refused
    refused_before = _stats()["refused_bearers"]
    _add(1, 41)
    assert poll().get("imported") == 1
    stats = _stats()
    assert stats["token_calls"] == 2 and stats["refused_bearers"] == refused_before

    assert requests.post(f"{EMULATOR}/_emulator/oauth/revoke", timeout=5).json()["revoked"] >= 1
    _add(1, 42)
    assert poll().get("imported") == 1  # the 401 renewed the token once and the pass went on
    stats = _stats()
    assert stats["token_calls"] == 3 and stats["refused_bearers"] == refused_before + 1
    imported = db.ingest_items.count_documents({"connection_id": cid, "pdf_sha256": {"$exists": True}})
    assert imported == 5
