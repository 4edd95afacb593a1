"""Fakes of the archive, the timestamp backlog and the TSA for the compliance tests: the archive keeps
objects encrypted with the real envelope crypto, so a flipped byte fails as it does in S3."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from services.adapters.crypto import decrypt_stream, encrypt
from services.adapters.metrics import timestamp_metrics
from services.adapters.s3 import StoredVersion
from services.adapters.tsp import TokenInfo, timestamp_request
from services.core.errors import NotFoundError, UpstreamError
from services.core.timestamps import Subject, backlog_entry
from services.timestamps.service import Stamper
from szamlatar_dev.tsa import TsaMaterial, ensure_material, sign

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KEK, KEK_ID = b"k" * 32, "test-1"


class FakeStore:
    """The archive bucket: ``objects`` holds (plaintext, sha256, retain until) per key, ``sealed`` the
    stored (encrypted) bytes that reads decrypt."""

    archive_bucket = "archive"

    def __init__(self) -> None:
        self.objects: dict[str, tuple[bytes, str, date]] = {}
        self.sealed: dict[str, bytes] = {}

    def latest(self, key: str) -> StoredVersion | None:
        held = self.objects.get(key)
        return StoredVersion("v1", held[1], NOW) if held else None

    def archive(self, key: str, plaintext: bytes, sha256: str, retain_until: date) -> str:
        self.objects[key] = (plaintext, sha256, retain_until)
        self.sealed[key] = encrypt(plaintext, KEK, KEK_ID)
        return "v1"

    def archived_keys(self, prefix: str) -> list[str]:
        return sorted(k for k in self.objects if k.startswith(prefix))

    def stream(self, bucket: str, key: str, version_id: str | None = None) -> Iterator[bytes]:
        if key not in self.sealed:
            raise NotFoundError(key)
        yield from decrypt_stream([self.sealed[key]], {KEK_ID: KEK})

    def read(self, bucket: str, key: str, version_id: str | None = None) -> bytes:
        return b"".join(self.stream(bucket, key, version_id))


class FakeRepo:
    def __init__(self) -> None:
        self.backlog: dict[str, dict[str, Any]] = {}
        self.marked: dict[str, TokenInfo] = {}
        self.retention: dict[str, date] = {}

    def retain_until(self, invoice_id: str) -> date | None:
        return self.retention.get(invoice_id)

    def mark_version(self, record_id: str, token_key: str, info: TokenInfo) -> None:
        self.marked[record_id] = info

    def queue(self, subject: Subject, *, error: str, now: datetime, base_seconds: float) -> None:
        self.backlog[subject.token_key] = backlog_entry(subject, error=error, now=now,
                                                        previous=self.backlog.get(subject.token_key),
                                                        base_seconds=base_seconds)

    def done(self, token_key: str) -> None:
        self.backlog.pop(token_key, None)

    def due(self, now: datetime, limit: int = 100) -> list[dict[str, Any]]:
        return [e for e in self.backlog.values() if e["next_try_at"] <= now][:limit]

    def queued_keys(self) -> set[str]:
        return set(self.backlog)

    def depth_and_oldest(self) -> tuple[int, datetime | None]:
        return len(self.backlog), min((e["queued_at"] for e in self.backlog.values()), default=None)


class FakeTsa:
    def __init__(self, material: TsaMaterial) -> None:
        self.material, self.up, self.requests = material, True, 0

    def timestamp(self, sha256_hex: str) -> bytes:
        self.requests += 1
        if not self.up:
            raise UpstreamError("TSA http://tsa/: ConnectionError")
        return sign(timestamp_request(sha256_hex, 7), self.material, self.requests, datetime.now(UTC))


class World:
    def __init__(self, tsa_dir: Path) -> None:
        self.clock_at = NOW
        self.store, self.repo, self.tsa = FakeStore(), FakeRepo(), FakeTsa(ensure_material(tsa_dir))
        self.chain = (tsa_dir / "chain.pem").read_bytes()
        self.registry = CollectorRegistry()
        self.stamper = Stamper(self.store, self.repo, self.tsa, self.chain,  # type: ignore[arg-type]
                               timestamp_metrics(self.registry), retry_seconds=60, retention_years=8,
                               clock=lambda: self.clock_at)

    def sample(self, name: str, labels: dict[str, str] | None = None) -> float | None:
        return self.registry.get_sample_value(name, labels or {})
