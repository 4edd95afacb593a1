"""Object storage through the minio SDK: staging by content hash, and the archive bucket with
versioning and Object Lock. Everything written is encrypted by us first (adapters.crypto).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

import urllib3
from minio import Minio
from minio.commonconfig import COMPLIANCE, ENABLED, GOVERNANCE
from minio.error import MinioException, S3Error
from minio.helpers import DictType
from minio.retention import Retention
from minio.versioningconfig import VersioningConfig

from services.adapters.crypto import HEADER_READ, KeyWrap, decrypt_stream, encrypt, read_header
from services.adapters.settings import Settings
from services.core.errors import NotFoundError, ObjectStoreUnavailableError
from services.core.keys import KEY_WRAP_PREFIX, key_wrap_key

logger = logging.getLogger(__name__)
SHA_META = "plaintext-sha256"  # user metadata: the sha256 of the plaintext, for dedup on retry


@contextmanager
def _translate(operation: str) -> Iterator[None]:
    try:
        yield
    except S3Error as exc:
        if exc.code in ("NoSuchKey", "NoSuchVersion", "NoSuchBucket"):
            raise NotFoundError(f"object storage: {operation}: {exc.code}") from exc
        raise ObjectStoreUnavailableError(f"object storage: {operation}: {exc.code}") from exc
    except (MinioException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise ObjectStoreUnavailableError(f"object storage: {operation}: {type(exc).__name__}") from exc


@dataclass(frozen=True)
class StoredVersion:
    version_id: str | None
    sha256: str | None
    last_modified: datetime | None


def body(response: Any) -> bytes:
    """A GET's whole body, its connection back in the pool for the next request (closing it instead, as
    a read-then-close does, makes every request open a new connection); a read that failed part-way
    closes it, since a half-read connection cannot carry another request."""
    try:
        return response.read()  # type: ignore[no-any-return]
    except BaseException:
        response.close()
        raise
    finally:
        response.release_conn()


# Connections kept per host: the worker's stages read and write side by side (``pipeline/app.py``,
# ``THREADS``), and a connection returned to a full pool is closed, so the next request opens one.
POOL_SIZE = 64
_SENDS_A_BODY = frozenset({"PUT", "POST"})


class KeptReads(urllib3.PoolManager):
    """Connections kept for the requests without a body (GET, HEAD, DELETE) and closed after one with a body.

    A kept connection saves a TCP connect per request (the store runs with ``--keep-alive``). But
    versitygw may answer a PUT before it has read the body — a staging PUT the store refuses with 412
    because the document is there already — and the rest of the body is then read as the connection's next
    request, which fails (``docs/scaling.md``). A request carrying ``Connection: close`` leaves no
    connection for that rest to poison. Added after minio has signed the request: SigV4 checks only
    the headers it names."""

    def urlopen(self, method: str, url: str, redirect: bool = True, **kw: Any) -> Any:  # type: ignore[override]  # as PoolManager
        if method in _SENDS_A_BODY:
            kw["headers"] = {**(kw.get("headers") or {}), "Connection": "close"}
        return super().urlopen(method, url, redirect, **kw)


class S3ObjectStore:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._keks = settings.keyring
        http = KeptReads(
            timeout=urllib3.Timeout(connect=5, read=60),
            maxsize=POOL_SIZE,
            retries=urllib3.Retry(total=3, backoff_factor=0.2, status_forcelist=(500, 502, 503, 504)),
        )
        self.client = Minio(
            settings.s3_endpoint,
            access_key=settings.s3_access_key.get(),
            secret_key=settings.s3_secret_key.get(),
            secure=False,
            region="us-east-1",
            http_client=http,
        )

    # --- setup ---------------------------------------------------------------------------------
    def ensure_buckets(self) -> None:
        """Staging and the export inbox: plain. Archive: Object Lock (only settable at creation) + versioning."""
        s = self._settings
        with _translate("create buckets"):
            for plain in (s.staging_bucket, s.inbox_bucket):  # the inbox: exports dropped by other systems
                if not self.client.bucket_exists(plain):
                    self.client.make_bucket(plain)
            if not self.client.bucket_exists(s.archive_bucket):
                self.client.make_bucket(s.archive_bucket, object_lock=True)
            self.client.set_bucket_versioning(s.archive_bucket, VersioningConfig(ENABLED))

    # --- staging (content-addressed) -----------------------------------------------------------
    def stage(self, key: str, plaintext: bytes, sha256: str) -> None:
        """Write the document unless its key (its content) is staged already: the first write stays.

        One conditional PUT (``If-None-Match: *``) instead of a HEAD and then a PUT: nearly every staged
        document is new, and the HEAD was a round trip (the API's CPU and the store's) for a 404."""
        bucket = self._settings.staging_bucket
        blob = encrypt(plaintext, self._settings.kek, self._settings.kek_id)
        headers: DictType = {"Content-Type": "application/octet-stream", f"X-Amz-Meta-{SHA_META}": sha256,
                             "If-None-Match": "*"}
        with _translate("stage document"):
            try:
                # minio's put_object takes no conditional header (any header it is given becomes user
                # metadata); its one-part upload does (tests/unit/adapters/test_s3_stage.py keeps it so).
                self.client._put_object(bucket, key, blob, headers=headers)
            except S3Error as exc:
                if exc.code != "PreconditionFailed":
                    raise  # PreconditionFailed: same content already staged

    def _put(
        self, bucket: str, key: str, plaintext: bytes, sha256: str, retention: Retention | None = None
    ) -> str | None:
        blob = encrypt(plaintext, self._settings.kek, self._settings.kek_id)
        result = self.client.put_object(
            bucket, key, io.BytesIO(blob), len(blob),
            content_type="application/octet-stream",
            metadata={SHA_META: sha256},
            retention=retention,
        )
        return result.version_id

    def read(self, bucket: str, key: str, version_id: str | None = None) -> bytes:
        return b"".join(self.stream(bucket, key, version_id))

    def stream(self, bucket: str, key: str, version_id: str | None = None) -> Generator[bytes, None, None]:
        """Decrypted bytes in segments; the S3 response is released when the iterator ends."""
        with _translate("get object"):
            response = self.client.get_object(bucket, key, version_id=version_id)
        try:
            with _translate("read object"):
                yield from decrypt_stream(response.stream(64 * 1024), self._keks,
                                          lambda: self.key_wrap(bucket, key, version_id))
        except BaseException:
            response.close()  # left part-read: the connection cannot carry another request
            raise
        finally:
            # Read to the end, the connection goes back to the pool: closing it made every read open a
            # new one (a TCP handshake and the server's accept, ~8 % of the worker's busy time).
            response.release_conn()

    def raw(self, bucket: str, key: str, version_id: str | None = None) -> bytes:
        """The stored (encrypted) bytes, for tests and audits that check what storage holds."""
        with _translate("get raw object"):
            response = self.client.get_object(bucket, key, version_id=version_id)
            return body(response)

    # --- archive (versioned, retention-locked) ---------------------------------------------------
    @property
    def archive_bucket(self) -> str:
        return self._settings.archive_bucket

    def latest(self, key: str) -> StoredVersion | None:
        with _translate("stat archived object"):
            try:
                st = self.client.stat_object(self._settings.archive_bucket, key)
            except S3Error as exc:
                if exc.code in ("NoSuchKey", "NoSuchObject", "NotFound", "NoSuchVersion"):
                    return None
                raise
        meta = {k.lower(): v for k, v in (st.metadata or {}).items()}
        return StoredVersion(st.version_id, meta.get(f"x-amz-meta-{SHA_META}"), st.last_modified)

    def archive(self, key: str, plaintext: bytes, sha256: str, retain_until: date) -> str | None:
        mode = COMPLIANCE if self._settings.retention_mode == "COMPLIANCE" else GOVERNANCE
        until = datetime.combine(retain_until, time(23, 59, 59), tzinfo=UTC)
        with _translate("archive object"):
            return self._put(self._settings.archive_bucket, key, plaintext, sha256, Retention(mode, until))

    def archived_keys(self, prefix: str) -> list[str]:
        """Names of the archive's objects under ``prefix``, in key order."""
        with _translate("list archived objects"):
            objs = self.client.list_objects(self._settings.archive_bucket, prefix=prefix, recursive=True)
            return sorted(o.object_name for o in objs if o.object_name is not None)

    def versions(self, key: str) -> list[StoredVersion]:
        with _translate("list versions"):
            objs = self.client.list_objects(
                self._settings.archive_bucket, prefix=key, include_version=True
            )
            return [
                StoredVersion(o.version_id, None, o.last_modified)
                for o in objs
                if o.object_name == key and not o.is_delete_marker
            ]

    # --- legal hold and retention purge (issue 14) ----------------------------------------------------
    def set_legal_hold(self, key: str, version_id: str | None, on: bool) -> None:
        """S3 Object Lock legal hold on one archived version: while on, the version outlives its retention."""
        with _translate("set legal hold"):
            if on:
                self.client.enable_object_legal_hold(self._settings.archive_bucket, key, version_id=version_id)
            else:
                self.client.disable_object_legal_hold(self._settings.archive_bucket, key, version_id=version_id)

    def legal_hold(self, key: str, version_id: str | None) -> bool:
        with _translate("read legal hold"):
            return bool(self.client.is_object_legal_hold_enabled(self._settings.archive_bucket, key,
                                                                  version_id=version_id))

    def locked_until(self, key: str, version_id: str | None) -> datetime | None:
        """The version's Object Lock retain-until date (None: no retention on it)."""
        with _translate("read retention"):
            try:
                retention = self.client.get_object_retention(self._settings.archive_bucket, key, version_id=version_id)
            except S3Error as exc:
                if exc.code in ("NoSuchObjectLockConfiguration", "ObjectLockConfigurationNotFoundError"):
                    return None
                raise
        return retention.retain_until_date if retention is not None else None

    def remove_version(self, key: str, version_id: str | None) -> None:
        """Delete one archived version for good (never with a governance bypass: a lock still refuses it)."""
        with _translate("remove archived version"):
            self.client.remove_object(self._settings.archive_bucket, key, version_id=version_id)

    # --- key rotation (issue 14) -------------------------------------------------------------------------
    def header(self, bucket: str, key: str, version_id: str | None) -> dict[str, Any]:
        """The encryption header of a stored object (its first bytes only: the body is not read)."""
        with _translate("read object header"):
            response = self.client.get_object(bucket, key, offset=0, length=HEADER_READ, version_id=version_id)
            return read_header(body(response))

    def key_wrap(self, bucket: str, key: str, version_id: str | None) -> KeyWrap | None:
        """The object's data key re-wrapped by a rotation (None: never rotated)."""
        with _translate("read key wrap"):
            try:
                response = self.client.get_object(bucket, key_wrap_key(key, version_id))
            except S3Error as exc:
                if exc.code in ("NoSuchKey", "NoSuchObject", "NotFound", "NoSuchVersion"):
                    return None
                raise
            return KeyWrap.from_json(body(response))

    def put_key_wrap(self, bucket: str, key: str, version_id: str | None, wrap: KeyWrap) -> None:
        body = wrap.to_json()
        with _translate("write key wrap"):
            self.client.put_object(bucket, key_wrap_key(key, version_id), io.BytesIO(body), len(body),
                                   content_type="application/json")

    def encrypted_versions(self, bucket: str) -> Iterator[tuple[str, str | None]]:
        """(key, version id) of every object version we encrypted in ``bucket`` (not the key wraps)."""
        with _translate("list object versions"):
            for o in self.client.list_objects(bucket, recursive=True, include_version=True):
                if o.object_name and not o.is_delete_marker and not o.object_name.startswith(KEY_WRAP_PREFIX):
                    yield o.object_name, o.version_id
