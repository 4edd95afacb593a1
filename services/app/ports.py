"""The ports of the service layer, declared once: what a use case may ask of the world.

Each is a ``typing.Protocol``, satisfied structurally by the adapter that implements it today (named
beside it); nothing here inherits from them, and ``tests/unit/app/test_ports.py`` has mypy prove that
every adapter fits its port. Documents are plain ``dict``s, as the repositories store them; a miss is
``None`` unless a method says otherwise. A failing store raises the domain errors of
``core/errors.py`` (``StorageUnavailableError`` …), never a driver's.

A port lists what callers outside the adapters use, no more: a test fake implements exactly this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any, Protocol

from services.core.audit_chain import Anchor
from services.core.connection_model import Connection
from services.core.reference import RefKind

Doc = dict[str, Any]


class InvoiceRepo(Protocol):
    """Invoice views (``invoices``) and their append-only versions. ``adapters/mongo.py`` ``InvoiceRepo``."""

    def versions(self, invoice_id: str) -> list[Doc]: ...
    def version(self, invoice_id: str, sha256: str) -> Doc | None: ...
    def record_version(self, record: Doc) -> None: ...
    def upsert_view(self, view: Doc) -> None: ...
    def get(self, tenant: str, invoice_id: str) -> Doc | None: ...
    def search(self, query: Doc, *, skip: int, limit: int) -> tuple[list[Doc], int]: ...
    def ids(self, query: Doc) -> list[str]: ...
    def latest(self, query: Doc, *, limit: int) -> list[Doc]: ...


class ReviewRepo(Protocol):
    """The review queue, one item per invoice. ``adapters/reference_repo.py`` ``ReviewRepo``."""

    def get(self, item_id: str) -> Doc | None: ...
    def put(self, item: Doc) -> None: ...
    def ids(self, tenant: str, sites: tuple[str, ...]) -> list[str]: ...
    def list(self, tenant: str, *, status: str, sites: tuple[str, ...], limit: int) -> list[Doc]: ...
    def decide(self, item_id: str, *, status: str, decision: Doc) -> Doc | None:
        """Close an open item; ``None`` if it was closed already."""
        ...
    def update_open(self, item_id: str, fields: Doc) -> None: ...


class ReferenceRepo(Protocol):
    """Reference records (clients, projects, contracts …). ``adapters/reference_repo.py`` ``ReferenceRepo``."""

    def get(self, tenant: str, kind: RefKind, ref_id: str) -> Doc:
        """The record; ``NotFoundError`` when there is none."""
        ...


class ConfirmationRepo(Protocol):
    """A person's assignments, which the learned matcher reads. ``adapters/reference_repo.py``."""

    def record(self, tenant: str, invoice_id: str, confirmation: Doc) -> None: ...


class ConnectionRepo(Protocol):
    """Connections of every kind by id (``adapters/connections.py``): ``connection`` reads one as the model,
    a deleted one included (its tombstone); ``active`` never returns a deleted one."""

    def get(self, connection_id: str) -> Doc | None: ...
    def connection(self, connection_id: str) -> Connection | None: ...
    def active(self, connection_id: str) -> Connection | None: ...
    def upsert(self, connection: Doc) -> None: ...


class TokenRepo(Protocol):
    """API tokens by the hash of their secret (``adapters/mongo.py``); a revoked one is not found."""

    def get(self, token_hash: str) -> Doc | None: ...


class PaymentStore(Protocol):
    """Payment state per invoice, which status-sync owns. ``adapters/payment_store.py`` ``PaymentStore``."""

    def state(self, invoice_id: str) -> Doc | None: ...
    def write_view(self, invoice_id: str, build: Callable[[Doc | None], Doc], upsert: Callable[[Doc], None], *,
                   new: bool = False) -> Doc:
        """Write an invoice's view built from its stored payment state, and keep it in step with a
        payment applied meanwhile; the view as written. ``new``: the caller found no view to replace."""
        ...


class StoredObject(Protocol):
    """One stored version of an archived object (``adapters/s3.py`` ``StoredVersion``)."""

    @property
    def version_id(self) -> str | None: ...
    @property
    def sha256(self) -> str | None: ...


class ObjectStore(Protocol):
    """Staged documents and the versioned, retention-locked archive. ``adapters/s3.py`` ``S3ObjectStore``."""

    @property
    def archive_bucket(self) -> str: ...
    def stage(self, key: str, plaintext: bytes, sha256: str) -> None: ...
    def read(self, bucket: str, key: str, version_id: str | None = None) -> bytes: ...
    def stream(self, bucket: str, key: str, version_id: str | None = None) -> Iterator[bytes]: ...
    def latest(self, key: str) -> StoredObject | None: ...
    def archive(self, key: str, plaintext: bytes, sha256: str, retain_until: date) -> str | None:
        """Store a new version retained until ``retain_until``; its version id."""
        ...
    def archived_keys(self, prefix: str) -> list[str]: ...


class Publisher(Protocol):
    """Kafka, waiting for the broker's ack. ``adapters/kafka_producer.py`` ``EventPublisher``."""

    def publish(self, topic: str, event: Doc) -> None: ...


class AuditLog(Protocol):
    """The per-tenant hash-chained audit log. ``adapters/mongo.py`` ``AuditLog``."""

    def append(self, *, tenant: str, actor: str, action: str, target: str, details: Doc) -> None: ...
    def tenants(self) -> list[str]: ...
    def head_seq(self, tenant: str) -> int:
        """The newest entry's seq, which is also how many entries the chain holds."""
        ...
    def seq_range(self, tenant: str, first: int, last: int, *, newest_first: bool = False) -> list[Doc]: ...
    def at_seqs(self, tenant: str, seqs: list[int]) -> list[Doc]:
        """The entries at ``seqs``, in that order (absent ones left out)."""
        ...
    def stream(self, tenant: str, *, up_to: int) -> Iterator[Doc]:
        """Entries 1‥``up_to`` in seq order, read in batches."""
        ...
    def about(self, tenant: str, targets: list[str], *, skip: int, limit: int) -> tuple[list[Doc], int]: ...
    def trail(self, tenant: str, target: str, *, after_seq: int = 0, limit: int = 0) -> list[Doc]: ...


class IndexRequests(Protocol):
    """Invoices a person just changed in place, which search reads from the store for a few seconds.
    ``adapters/index_requests.py``."""

    def note(self, invoice_id: str) -> None: ...


class AuditAnchors(Protocol):
    """Audit-chain heads kept retention-locked in the archive bucket. ``adapters/audit_anchors.py``."""

    def newest(self, tenant: str) -> Anchor | None: ...
    def write(self, anchor: Anchor, today: date) -> None: ...


class Clock(Protocol):
    """Now, timezone-aware (UTC): the use cases read the time through this, so a test can fix it."""

    def __call__(self) -> datetime: ...


def utc_now() -> datetime:
    """The system's clock, the ``Clock`` every process uses."""
    return datetime.now(UTC)
