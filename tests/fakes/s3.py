"""An in-memory twin of ``services/adapters/s3.py``'s ``S3ObjectStore``: staging by content hash,
and an archive that keeps every version. It holds plaintext (the real one encrypts), so ``raw``
returns what was written."""

from __future__ import annotations

import itertools
from collections.abc import Generator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from services.adapters.s3 import StoredVersion
from services.core.errors import NotFoundError


@dataclass(frozen=True)
class _Version:
    version_id: str
    data: bytes
    sha256: str
    at: datetime
    retain_until: date | None


class ObjectStore:
    def __init__(self, staging_bucket: str = "szamlatar-staging", archive_bucket: str = "szamlatar-archive") -> None:
        self.staging_bucket = staging_bucket
        self._archive_bucket = archive_bucket
        self.objects: dict[tuple[str, str], list[_Version]] = {}  # (bucket, key) → versions, oldest first
        self._ids = itertools.count(1)

    def ensure_buckets(self) -> None:
        return None

    def _put(self, bucket: str, key: str, data: bytes, sha256: str, retain_until: date | None = None) -> str:
        version = _Version(f"v{next(self._ids)}", bytes(data), sha256, datetime.now(UTC), retain_until)
        self.objects.setdefault((bucket, key), []).append(version)
        return version.version_id

    def stage(self, key: str, plaintext: bytes, sha256: str) -> None:
        if (self.staging_bucket, key) not in self.objects:  # same content already staged
            self._put(self.staging_bucket, key, plaintext, sha256)

    def _version(self, bucket: str, key: str, version_id: str | None) -> _Version:
        versions = self.objects.get((bucket, key)) or []
        found = [v for v in versions if version_id is None or v.version_id == version_id]
        if not found:
            raise NotFoundError(f"object storage: get object: {'NoSuchVersion' if versions else 'NoSuchKey'}")
        return found[-1]

    def read(self, bucket: str, key: str, version_id: str | None = None) -> bytes:
        return self._version(bucket, key, version_id).data

    def stream(self, bucket: str, key: str, version_id: str | None = None) -> Generator[bytes, None, None]:
        data = self._version(bucket, key, version_id).data
        for start in range(0, len(data), 64 * 1024):
            yield data[start:start + 64 * 1024]

    def raw(self, bucket: str, key: str, version_id: str | None = None) -> bytes:
        return self.read(bucket, key, version_id)

    @property
    def archive_bucket(self) -> str:
        return self._archive_bucket

    def latest(self, key: str) -> StoredVersion | None:
        versions = self.objects.get((self._archive_bucket, key))
        if not versions:
            return None
        newest = versions[-1]
        return StoredVersion(newest.version_id, newest.sha256, newest.at)

    def archive(self, key: str, plaintext: bytes, sha256: str, retain_until: date) -> str | None:
        return self._put(self._archive_bucket, key, plaintext, sha256, retain_until)

    def archived_keys(self, prefix: str) -> list[str]:
        return sorted(k for b, k in self.objects if b == self._archive_bucket and k.startswith(prefix))

    def versions(self, key: str) -> list[StoredVersion]:
        """Newest first, as S3 lists them."""
        stored = self.objects.get((self._archive_bucket, key), [])
        return [StoredVersion(v.version_id, None, v.at) for v in reversed(stored)]

    # --- for tests ------------------------------------------------------------------------------
    @property
    def staged(self) -> dict[str, bytes]:
        """What the staging bucket holds, by key."""
        return {k: v[-1].data for (b, k), v in self.objects.items() if b == self.staging_bucket}
