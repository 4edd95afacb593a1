"""Contract: the object store (``adapters/s3.py``) and the publisher's refusals
(``adapters/kafka_producer.py``). Keys carry a fresh prefix: the real buckets outlive a test."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest

from services.core.errors import NotFoundError, SchemaViolationError

UNTIL = date(2030, 12, 31)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class TestObjectStoreContract:
    @pytest.fixture()
    def prefix(self) -> str:
        return f"contract/{uuid.uuid4().hex}"

    def test_staging_is_by_content_the_first_write_stays(self, repos: Any, prefix: str) -> None:
        store = repos.store
        store.stage(f"{prefix}/doc", b"%PDF-1 first", sha(b"%PDF-1 first"))
        store.stage(f"{prefix}/doc", b"%PDF-1 other", sha(b"%PDF-1 other"))
        assert store.read(repos.staging_bucket, f"{prefix}/doc") == b"%PDF-1 first"

    def test_archived_versions_stack_up_and_each_reads_back(self, repos: Any, prefix: str) -> None:
        store, key = repos.store, f"{prefix}/inv.pdf"
        assert store.latest(key) is None and store.versions(key) == []
        first = store.archive(key, b"one", sha(b"one"), UNTIL)
        second = store.archive(key, b"two" * 40000, sha(b"two" * 40000), UNTIL)
        assert first and second and first != second
        latest = store.latest(key)
        assert (latest.version_id, latest.sha256) == (second, sha(b"two" * 40000))
        assert {v.version_id for v in store.versions(key)} == {first, second}
        assert store.read(store.archive_bucket, key, first) == b"one"
        assert store.read(store.archive_bucket, key) == b"two" * 40000
        assert b"".join(store.stream(store.archive_bucket, key, second)) == b"two" * 40000

    def test_archived_keys_under_a_prefix_in_key_order(self, repos: Any, prefix: str) -> None:
        for name in ("b", "a", "c/d"):
            repos.store.archive(f"{prefix}/{name}", name.encode(), sha(name.encode()), UNTIL)
        assert repos.store.archived_keys(f"{prefix}/") == [f"{prefix}/a", f"{prefix}/b", f"{prefix}/c/d"]
        assert repos.store.archived_keys(f"{prefix}/none/") == []

    def test_a_legal_hold_is_set_read_and_lifted_per_version(self, repos: Any, prefix: str) -> None:
        store, key = repos.store, f"{prefix}/held.pdf"
        first = store.archive(key, b"one", sha(b"one"), UNTIL)
        second = store.archive(key, b"two", sha(b"two"), UNTIL)
        store.set_legal_hold(key, first, True)
        assert store.legal_hold(key, first) and not store.legal_hold(key, second)
        store.set_legal_hold(key, first, False)
        assert not store.legal_hold(key, first)

    def test_a_version_is_locked_until_the_end_of_its_retention_day(self, repos: Any, prefix: str) -> None:
        key = f"{prefix}/locked.pdf"
        version = repos.store.archive(key, b"one", sha(b"one"), UNTIL)
        until = repos.store.locked_until(key, version)
        assert until is not None and until.date() == UNTIL and until > datetime.now(UTC)

    def test_a_missing_object_is_not_found(self, repos: Any, prefix: str) -> None:
        with pytest.raises(NotFoundError):
            repos.store.read(repos.store.archive_bucket, f"{prefix}/missing")


class TestPublisherContract:
    def test_an_event_its_schema_refuses_is_not_sent(self, repos: Any) -> None:
        with pytest.raises(SchemaViolationError):
            repos.publisher.publish("invoice.raw", {"schema": "invoice.raw.v1", "tenant": "acme"})
