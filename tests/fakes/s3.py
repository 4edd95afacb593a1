"""An in-memory twin of ``services/adapters/s3.py``'s ``S3ObjectStore``: staging by content hash,
and an archive that keeps every version, with legal holds and retention dates. It holds plaintext
(the real one encrypts), so ``raw`` returns what was written, and it has none of the real store's
encryption internals that key rotation works on (``tests/unit/test_fakes_match_adapters.py`` names them)."""

from __future__ import annotations

import itertools
from collections.abc import Generator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from services.adapters.s3 import StoredVersion
from services.core.errors import NotFoundError, ObjectStoreUnavailableError


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
        self.held: set[tuple[str, str]] = set()  # (key, version id) under legal hold

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

    # --- legal hold and retention purge --------------------------------------------------------
    def set_legal_hold(self, key: str, version_id: str | None, on: bool) -> None:
        found = self._version(self._archive_bucket, key, version_id)
        (self.held.add if on else self.held.discard)((key, found.version_id))

    def legal_hold(self, key: str, version_id: str | None) -> bool:
        return (key, self._version(self._archive_bucket, key, version_id).version_id) in self.held

    def locked_until(self, key: str, version_id: str | None) -> datetime | None:
        found = self._version(self._archive_bucket, key, version_id)
        if found.retain_until is None:
            return None
        return datetime.combine(found.retain_until, time(23, 59, 59), tzinfo=UTC)

    def remove_version(self, key: str, version_id: str | None) -> None:
        """Gone for good, unless held or still locked (the real store refuses those as well)."""
        found = self._version(self._archive_bucket, key, version_id)
        until = self.locked_until(key, found.version_id)
        if (key, found.version_id) in self.held or (until is not None and until > datetime.now(UTC)):
            raise ObjectStoreUnavailableError("object storage: remove archived version: AccessDenied")
        self.objects[(self._archive_bucket, key)].remove(found)

    # --- for tests ------------------------------------------------------------------------------
    @property
    def staged(self) -> dict[str, bytes]:
        """What the staging bucket holds, by key."""
        return {k: v[-1].data for (b, k), v in self.objects.items() if b == self.staging_bucket}
