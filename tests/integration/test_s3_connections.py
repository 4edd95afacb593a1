"""Against the real versitygw: requests without a body share one kept connection, and a PUT the store
refuses before reading its body (a staging PUT of a document staged already: 412) leaves nothing behind
that the next request on a connection would be read with (``adapters/s3.py`` ``KeptReads``)."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator

import pytest
import urllib3
from urllib3.connection import HTTPConnection

from services.adapters.s3 import S3ObjectStore
from services.adapters.settings import Settings


@pytest.fixture
def strict_store(settings: Settings) -> S3ObjectStore:
    """A store whose client retries nothing: an answer spoiled by a poisoned connection shows as an error."""
    store = S3ObjectStore(settings)
    store.client._http.connection_pool_kw["retries"] = urllib3.Retry(total=0, status_forcelist=())  # type: ignore[attr-defined]
    return store


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    opened: list[str] = []
    connect = HTTPConnection.connect

    def counted(self: HTTPConnection) -> None:
        opened.append(self.host)
        connect(self)

    monkeypatch.setattr(HTTPConnection, "connect", counted)
    yield opened


def test_reads_and_stats_share_one_connection(strict_store: S3ObjectStore, connects: list[str]) -> None:
    data = os.urandom(20_000)
    sha = hashlib.sha256(data).hexdigest()
    key = f"conn-test/{uuid.uuid4()}"
    strict_store.stage(key, data, sha)
    connects.clear()
    for _ in range(5):
        assert strict_store.latest(f"conn-test/missing-{uuid.uuid4()}") is None
        assert strict_store.read(strict_store._settings.staging_bucket, key) == data
    assert len(connects) == 1, "every S3 request opened a TCP connection: is versitygw started with --keep-alive?"


@pytest.mark.parametrize("size", [30_000, 120_000, 600_000])
def test_a_refused_staging_put_does_not_spoil_the_next_request(strict_store: S3ObjectStore, size: int) -> None:
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    key = f"conn-test/{uuid.uuid4()}"
    strict_store.stage(key, data, sha)
    # Whether the rest of a refused body reaches the next request is a race with the server's close: without
    # ``KeptReads`` 20 rounds a size spoiled 4 of 60 reads (400 BadRequest, 500 InternalError, a reset).
    for _ in range(20):
        strict_store.stage(key, data, sha)  # 412: staged already, refused before the body is read
        assert strict_store.read(strict_store._settings.staging_bucket, key) == data
