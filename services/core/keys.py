"""Every derived identifier in one place, so a replay computes the same ones (STYLE §3).

* partition key  ``tenant|source|connection|external_id`` — per-invoice ordering in Kafka
* invoice id     uuid5 over the same four parts — one invoice however often it arrives
* event id       uuid5 over stage + idempotency key (which adds the content sha256)
* client record id  uuid5 over tenant + client key (``core/clients.py``)
* the ids derived from another id or a position: a registered payment, an ``invoice.linked`` event,
  a webhook delivery, a dead letter, an audit entry written once per invoice version. Each keeps the
  namespace and name it was first derived with: stored records (write-back records, replay logs,
  receivers' dedupe keys) hold these values, so a changed derivation would make a replay look new.
  ``tests/unit/core/test_keys.py`` pins them.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from services.core.topics import INVOICE_DLQ

_NS = uuid.UUID("5b0f7e2c-9a43-4d2a-8a57-6f1f3c1e2d10")
_PAYMENT_NS = uuid.UUID("0d7a4f0e-5f6b-4b8e-9a51-3c1f1d1c4b21")
_CLIENT_NS = uuid.UUID("c1e47d52-93c8-4f1e-9d0b-1b7c0f3a6e41")


def partition_key(tenant: str, source_kind: str, connection_id: str, external_id: str) -> str:
    return f"{tenant}|{source_kind}|{connection_id}|{external_id}"


def partition_key_of(event: dict[str, Any]) -> str:
    src = event["source"]
    return partition_key(event["tenant"], src["kind"], src["connection_id"], event["external_id"])


def invoice_id_of(event: dict[str, Any]) -> str:
    return str(uuid.uuid5(_NS, "invoice:" + partition_key_of(event)))


def idempotency_key(event: dict[str, Any], sha256: str) -> str:
    return f"{partition_key_of(event)}|{sha256}"


def event_id_for(stage: str, event: dict[str, Any], sha256: str) -> str:
    return str(uuid.uuid5(_NS, f"{stage}:{idempotency_key(event, sha256)}"))


def payment_id(invoice_id: str, idempotency_key: str) -> str:
    """A payment registered through the API with an ``Idempotency-Key``: the same key for the same
    invoice names the same payment, so a retried request is one payment."""
    return str(uuid.uuid5(_PAYMENT_NS, f"{invoice_id}:{idempotency_key}"))


def linked_event_id(archived_event_id: str) -> str:
    """The ``invoice.linked`` event published for one ``invoice.archived`` event."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"linked:{archived_event_id}"))


def relinked_event_id(decision_id: str) -> str:
    """The ``invoice.linked`` event a review decision publishes for an archived invoice."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"relinked:{decision_id}"))


def delivery_id(subscription_id: str, event: str, source_event_id: str) -> str:
    """One webhook delivery (``X-Szamlatar-Delivery``): the same for every try and every replay of
    ``event`` for ``source_event_id`` to one subscription, so a receiver can dedupe on it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"webhook:{subscription_id}:{event}:{source_event_id}"))


def dlq_event_id(dlq: str, topic: str, partition: int | None, offset: int | None, value: bytes | None) -> str:
    """A dead letter's id, from where the failed message was (its content when there is no offset):
    the same message dead-lettered again after a crash keeps its id, while a replayed message that
    fails again (a new offset) is a new record. ``invoice.dlq`` names carry a ``dlq:`` prefix,
    ``downstream.dlq`` names none — as each was first written."""
    where = (f"{topic}:{partition}:{offset}" if offset is not None
             else f"{topic}:{hashlib.sha256(value or b'').hexdigest()}")
    return str(uuid.uuid5(uuid.NAMESPACE_URL, ("dlq:" if dlq == INVOICE_DLQ.name else "") + where))


def audit_entry_id(tenant: str, action: str, target: str, sha256: str) -> str:
    """An audit entry that records a fact about one version (``invoice.archived``, ``invoice.held`` of
    ``target`` with these bytes): the same for every replay, so the chain holds the fact once."""
    return str(uuid.uuid5(_NS, f"audit:{tenant}:{action}:{target}:{sha256}"))


def client_record_id(tenant: str, client_key: str) -> str:
    """A client record (``core/clients.client_key``: tax number, or name + address): the same from every
    door that writes it, and opaque, so a URL carrying it shows no tenant or tax number."""
    return str(uuid.uuid5(_CLIENT_NS, f"client:{tenant}|{client_key}"))


def staging_key(tenant: str, sha256: str) -> str:
    """Staged bytes are content-addressed: the same PDF is staged once per tenant."""
    return f"{tenant}/sha256/{sha256[:2]}/{sha256}"


def archive_key(tenant: str, invoice_id: str) -> str:
    """One object per invoice; every changed PDF becomes a new S3 version of it."""
    return f"{tenant}/invoices/{invoice_id}.pdf"


def timestamp_key(subject_key: str, sha256: str) -> str:
    """Where the RFC 3161 token for one stored version lives in the archive bucket: beside its subject
    (an invoice's object, an audit anchor), one per distinct content. Outside the subject's own prefix, so
    listing an invoice's or a tenant's anchors never meets a token."""
    return f"timestamps/{subject_key}/{sha256}.tsr"


KEY_WRAP_PREFIX = "key-wraps/"


def key_wrap_key(object_key: str, version_id: str | None) -> str:
    """Where an object version's re-wrapped data key lives (``szamlatar keys rotate``), in its own bucket."""
    return f"{KEY_WRAP_PREFIX}{object_key}@{version_id or 'null'}.json"
